"""What a task execution ended with, as the runner records it in ctx for after_job_end (and the reconciler reads)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import NamedTuple

from service.models import Task
from service.storage import Ending

#: Error texts are stored in the task record; keep a runaway message from bloating it.
MAX_ERROR_CHARS = 4000


@dataclass(frozen=True)
class Succeeded:
    result_json: str
    duration_us: int


@dataclass(frozen=True)
class Failed:
    error: str
    duration_us: int


@dataclass(frozen=True)
class Retrying:
    """The function asked arq for another try; the record stays processing."""


@dataclass(frozen=True)
class Interrupted:
    """Cancelled: aborted by a cancel (the record is already cancelled) or by shutdown (arq runs it again)."""


Outcome = Succeeded | Failed | Retrying | Interrupted


class PendingEnd(NamedTuple):
    """An end after_job_end could not record for sure (Redis failed, or replicas did not confirm): the reconciler
    loop records it again (worker.hooks.record_pending)."""

    task: Task
    attempt: int
    ending: Ending


def describe_error(exc: BaseException) -> str:
    """One line for the record: the exception's class and message, truncated."""
    text = f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__
    return text if len(text) <= MAX_ERROR_CHARS else text[: MAX_ERROR_CHARS - 3] + "..."
