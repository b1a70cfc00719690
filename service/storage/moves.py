"""What start.lua and finish.lua take and return: a task's identity, the end it records, and named results.

The hooks' scripts move a task's status indexes, so they need its project and type, which the start hook does
not know (arq gives it the job id and try only). The start reads them first (one HMGET, with created_at: the
index score), rather than carrying them in the job's arguments: arq hands job arguments to the function, not to
on_job_start, so carrying them would mean a worker subclass re-reading arq's payload; the read is one O(1)
command. The end hook, a cancel (after its visibility check) and the reconciler reuse what they already hold.
"""

from __future__ import annotations

from enum import IntEnum
from typing import Any, NamedTuple

import msgspec

from service.models import Task, TaskStatus, WebhookOutcome, WebhookState
from service.storage import arqwire, keys
from service.storage.codec import Stamp, dump_json, load_task, score_of
from service.storage.events import EventPolicy
from service.storage.metrics import WAIT_BUCKETS, bucket_for
from service.storage.schedule import DEFAULT_STEP_MS, score
from service.storage.submit import as_dict

#: Name of the arq function that delivers callbacks (registered by the worker).
WEBHOOK_FUNCTION = "deliver_webhook"
_PENDING_WEBHOOK = dump_json(WebhookOutcome(state=WebhookState.PENDING))
#: What start.lua and finish.lua read of a task before they run (`queue`: submit.QUEUE_FIELD).
IDENTITY_FIELDS = ["project_id", "task_type", "created_at", "callback_url", "queue", "scheduled_for"]


class Started(IntEnum):
    """start.lua's result codes (the same table is in the script)."""

    MISSING = -1
    REFUSED = 0
    STARTED = 1


class Finished(IntEnum):
    """finish.lua's result codes (the same table is in the script)."""

    SETTLED = -2
    MISSING = -1
    REFUSED = 0
    FINISHED = 1


class Identity(NamedTuple):
    """What never changes in a task and locates its keys: project, type, index score, whether it has a callback,
    and the arq queue its record names ("": none recorded, its type's queue as this process routes it)."""

    project_id: str
    task_type: str
    score_us: int
    has_callback: bool
    queue: str = ""
    #: when a deferred task became due (µs; its scheduled_for), else its creation: where its queue wait starts
    due_us: int | None = None

    @classmethod
    def of(cls, task: Task) -> Identity:
        due = None if task.scheduled_for is None else score_of(task.scheduled_for)
        return cls(task.project_id, task.task_type, score_of(task.created_at), task.callback_url is not None, "", due)

    @classmethod
    def read(cls, values: list[str | None]) -> Identity | None:
        """From an HMGET of IDENTITY_FIELDS; None when the task is gone."""
        project_id, task_type, created_at, callback_url, queue, due = values
        if project_id is None or task_type is None or created_at is None:
            return None
        due_us = None if due is None else score_of(due)
        return cls(project_id, task_type, score_of(created_at), callback_url is not None, queue or "", due_us)


class Ending(msgspec.Struct, frozen=True):
    """A final state to record: completed with its result, failed with its error, or cancelled."""

    status: TaskStatus
    result_json: str = ""
    error: str = ""
    #: run time of the attempt, when it ran (counted in the duration figures)
    duration_us: int | None = None


class Moved(msgspec.Struct, frozen=True):
    """A start or final move: whether it applied, and the record after it."""

    applied: bool
    task: Task


class Ended(msgspec.Struct, frozen=True):
    """A worker's end of its attempt: FINISHED or REFUSED, and the task's status after it."""

    result: Finished
    status: str

    @property
    def applied(self) -> bool:
        return self.result is Finished.FINISHED


def start_keys(task_id: str, identity: Identity) -> list[str]:
    project_id, task_type = identity.project_id, identity.task_type
    return [
        keys.task(task_id),
        keys.METRICS,
        keys.project_metrics(project_id),
        keys.project_index(project_id, TaskStatus.QUEUED),
        keys.project_index(project_id, TaskStatus.QUEUED, task_type),
        keys.project_index(project_id, TaskStatus.PROCESSING),
        keys.project_index(project_id, TaskStatus.PROCESSING, task_type),
        keys.project_events(project_id),
    ]


def finish_keys(task_id: str, identity: Identity, to: TaskStatus, queue_name: str) -> list[str]:
    project_id, task_type = identity.project_id, identity.task_type
    started = start_keys(task_id, identity)
    return [
        *started[:3],
        keys.ACTIVE_TASKS,
        *started[3:7],
        keys.project_index(project_id, to),
        keys.project_index(project_id, to, task_type),
        keys.ARQ_ABORT,
        queue_name,
        keys.arq_job(keys.webhook_job_id(task_id)),
        started[7],
        keys.deferred(task_type),
    ]


def start_args(
    task_id: str, attempt: int, identity: Identity, when: Stamp, worker: tuple[str, str], events: EventPolicy
) -> list[Any]:
    """ARGV of start.lua; `worker` is the worker's id and queue. The wait (creation, or a deferred task's due time,
    to now) is clamped at 0: API and worker clocks may disagree by a little."""
    waited_us = max(when.us - max(identity.score_us, identity.due_us or 0), 0)
    args: list[Any] = [task_id, attempt, when.iso, identity.score_us, identity.task_type, *worker]
    return [*args, *events.args(when.ms), waited_us, bucket_for(waited_us, WAIT_BUCKETS)]


class FinishFlags(NamedTuple):
    #: also ask arq to abort the task's job (a cancel)
    abort: bool
    #: reply with the record after the move (the end hook does not need it)
    reply: bool
    #: life of the webhook's arq job
    webhook_ttl_ms: int
    events: EventPolicy
    #: PRIORITY_AGING_SECONDS in ms: a webhook job sorts as a task of priority 0 (schedule.py)
    step_ms: int = DEFAULT_STEP_MS


def finish_args(
    task_id: str, attempt: int, ending: Ending, identity: Identity, when: Stamp, flags: FinishFlags
) -> list[Any]:
    """ARGV of finish.lua."""
    duration = ending.duration_us
    webhook_job = keys.webhook_job_id(task_id)
    payload = arqwire.payload(WEBHOOK_FUNCTION, (task_id,), when.ms) if identity.has_callback else b""
    return [
        task_id,
        ending.status.value,
        attempt,
        when.iso,
        when.ms,
        identity.score_us,
        identity.task_type,
        ending.result_json,
        ending.error,
        "" if duration is None else duration,
        "" if duration is None else bucket_for(duration),
        "1" if flags.abort else "0",
        webhook_job,
        payload,
        flags.webhook_ttl_ms,
        _PENDING_WEBHOOK,
        keys.task_events(task_id),
        "1" if flags.reply else "0",
        *flags.events.args(when.ms),
        score(when.ms, 0, flags.step_ms),
    ]


def moved(reply: list[Any], applied_code: int) -> Moved:
    """A start or final move's reply ({code, record} or {code, status, record}) with its record."""
    return Moved(applied=int(reply[0]) == applied_code, task=load_task(as_dict(reply[-1])))
