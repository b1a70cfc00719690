"""What a task function receives besides its task_data: the task's identity, progress, a logger and retries."""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable, Mapping, MutableMapping
from typing import Any, NoReturn

#: Records progress (0..100) of the running task; False when it was not recorded (the task is no longer running).
ProgressReporter = Callable[[float], Awaitable[bool]]


class RetryTask(Exception):
    """Run the task again after `delay_seconds`: another attempt, counted against the type's tries.

    Raise it (or call `TaskContext.retry`) from a task function. On the last allowed attempt, or for a type with
    `retries=False`, the task fails instead.
    """

    def __init__(self, delay_seconds: float = 0.0) -> None:
        if delay_seconds < 0:
            raise ValueError(f"delay_seconds must be >= 0, not {delay_seconds!r}")
        super().__init__(f"retry in {delay_seconds:g} s")
        self.delay_seconds = float(delay_seconds)


class TaskLogger(logging.LoggerAdapter[logging.Logger]):
    """A logger bound to one attempt of one task: each line starts with the task id and the attempt, and carries
    `task_id`, `task_type` and `attempt` as record attributes (the service's JSON log lines show them)."""

    def process(self, msg: Any, kwargs: MutableMapping[str, Any]) -> tuple[Any, MutableMapping[str, Any]]:
        extra = dict(self.extra or {})
        kwargs["extra"] = {**extra, **kwargs.get("extra", {})}
        return f"task {extra.get('task_id')} (try {extra.get('attempt')}): {msg}", kwargs

    @classmethod
    def bound(cls, task_type: str, task_id: str, attempt: int) -> TaskLogger:
        """The logger `taskservice.tasks.<type>`, bound to this attempt."""
        logger = logging.getLogger(f"taskservice.tasks.{task_type}")
        return cls(logger, {"task_id": task_id, "task_type": task_type, "attempt": attempt})


async def _not_recorded(percent: float) -> bool:
    return False


class TaskContext:
    """One attempt of one task, as its function sees it.

    The worker builds it; a plugin's own tests can build one too (`TaskContext(task_id="t1", ...)`, with a
    `report` that records the progress it is given).
    """

    def __init__(
        self,
        *,
        task_id: str,
        task_type: str,
        project_id: str = "",
        attempt: int = 1,
        max_tries: int = 1,
        log: logging.LoggerAdapter[logging.Logger] | None = None,
        report: ProgressReporter = _not_recorded,
        arq: Mapping[str, Any] | None = None,
    ) -> None:
        #: the task's id (a UUID), as the API shows it
        self.task_id = task_id
        self.task_type = task_type
        self.project_id = project_id
        #: 1 for the first run; a retry, or a re-run after a worker was lost or stopped, is the next one
        self.attempt = attempt
        #: the attempts this type allows: `attempt == max_tries` is the last one
        self.max_tries = max_tries
        #: a logger bound to this task and attempt
        self.log = log if log is not None else TaskLogger.bound(task_type, task_id, attempt)
        #: arq's own ctx of the job (job_id, job_try, enqueue_time, score, redis), read-only by convention
        self.arq: Mapping[str, Any] = arq if arq is not None else {}
        self._report = report

    @property
    def last_attempt(self) -> bool:
        """Whether a retry asked for now would fail the task instead."""
        return self.attempt >= self.max_tries

    async def progress(self, percent: float) -> bool:
        """Record progress (0..100, clamped; shown on the task and its event streams) while the task runs.

        Informative only: False when it was not recorded (the task was cancelled meanwhile, or Redis failed);
        the task goes on either way. Each call is one Redis write: report steps, not every item.
        """
        return await self._report(percent)

    def retry(self, delay_seconds: float = 0.0) -> NoReturn:
        """Stop this attempt and run the task again after `delay_seconds` (raises RetryTask)."""
        raise RetryTask(delay_seconds)

    def __repr__(self) -> str:
        return f"<TaskContext {self.task_type} {self.task_id} try {self.attempt}/{self.max_tries}>"
