"""When a task's job is due and where it sorts in arq's queue: deferral and priority as queue scores.

arq takes due jobs (score <= now) in score order, so the score alone orders them; there is no second queue.
A task due now is scored `due_ms - (priority + 10) * step_ms` (step_ms: PRIORITY_AGING_SECONDS): every such
score is <= now, a higher priority sorts first, and a task that has waited `w` sorts as if its priority were
`priority + w / step` ("effective priority"), so an older task overtakes a newer one of higher priority once it
has waited (difference of priorities) x step: nothing starves. A deferred task is scored `run_at` exactly, so
no worker takes it before then; once due, the promoter (promote.lua) re-scores it as if submitted at run_at.
"""

from __future__ import annotations

from typing import NamedTuple

from service.models import MIN_PRIORITY, Task
from service.storage.codec import Stamp, iso_of, score_of

#: PRIORITY_AGING_SECONDS' default: one priority level is worth this long a wait.
DEFAULT_STEP_MS = 10_000


class Schedule(NamedTuple):
    """What a submit asked: when the task is due (unix µs), or how long after its creation (µs); its priority."""

    due_us: int | None = None
    priority: int = 0
    delay_us: int | None = None


#: A plain submit's: due now, priority 0.
PLAIN = Schedule()


def score(due_ms: int, priority: int, step_ms: int) -> int:
    """The queue score of a job due at `due_ms` with this priority (module docstring)."""
    return due_ms - (priority - MIN_PRIORITY) * step_ms


def scheduled_for(schedule: Schedule, when: Stamp) -> str | None:
    """A task's scheduled_for: None when no time was asked, else the asked time, or now when that has passed."""
    if schedule.delay_us is not None:
        return iso_of(when.us + max(schedule.delay_us, 0))
    if schedule.due_us is None:
        return None
    return iso_of(max(schedule.due_us, when.us))


class Placed(NamedTuple):
    """Where a new task's job goes: its queue score, and its due time (ms) when that is later than its creation."""

    score_ms: int
    deferred_ms: int | None

    def ahead_ms(self, when: Stamp) -> int:
        """How long after its creation the job is due (0: now)."""
        return 0 if self.deferred_ms is None else self.deferred_ms - when.ms


def place(task: Task, when: Stamp, step_ms: int) -> Placed:
    """A new task's place: deferred (scored by its due time, rounded up) or due now, scored by its priority."""
    if task.scheduled_for is not None and (due_us := score_of(task.scheduled_for)) > when.us:
        due_ms = -(-due_us // 1000)
        return Placed(due_ms, due_ms)
    return Placed(score(when.ms, task.priority, step_ms), None)
