"""The wrapper arq runs for every task type: run only a started task, under its deadline, and record the outcome.

The type's function gets a service.plugins.TaskContext (progress, task id and attempt, a bound logger, retries); a
RetryTask it raises becomes arq's own Retry, so arq's machinery defers and re-runs the job.
"""

from __future__ import annotations

import asyncio
import functools
import logging
import time
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass
from typing import Any, cast

from arq import Retry
from arq.typing import WorkerCoroutine
from arq.worker import Function, func

from service.config import Settings
from service.logs import bind
from service.models import Task
from service.plugins import RetryTask, TaskContext, TaskLogger
from service.registry import AnyTaskType, queue_of
from service.storage.codec import dump_json
from service.task_types import parse_task_data
from worker.context import WorkerContext
from worker.outcome import Failed, Interrupted, Retrying, Succeeded, describe_error
from worker.progress import report_progress

log = logging.getLogger(__name__)

#: A task function: the task's context and its typed task_data in, a JSON-encodable result out.
TaskFunction = Callable[[TaskContext, Any], Awaitable[Any]]

#: arq's own timeout trails the runner's, so the runner's deadline fires first and is recorded as a failure.
ARQ_TIMEOUT_MARGIN_SECONDS = 5.0
#: When on_job_start could not reach storage, arq tries the job again after this long.
START_RETRY_DEFER_SECONDS = 1.0


@dataclass(frozen=True)
class TaskSpec:
    """A task type as this worker runs it: its settings-dependent limits and its queue resolved."""

    name: str
    #: a msgspec Struct type, or None for any JSON object
    schema: type[Any] | None
    run: TaskFunction
    timeout_seconds: float
    #: arq queue (its Redis key) the type's jobs are in
    queue: str = ""
    #: whether the function may ask for another try (TaskType.retries)
    retries: bool = True
    #: attempts allowed (TaskType.tries); None: the worker's MAX_TRIES
    max_tries: int | None = None

    @classmethod
    def of(cls, kind: AnyTaskType, settings: Settings, timeouts: Mapping[str, float] | None = None) -> TaskSpec:
        """The spec of a registered type; `timeouts` overrides its time limit (tests)."""
        timeout = (timeouts or {}).get(kind.name, kind.time_limit(settings.job_timeout_seconds))
        queue = queue_of(kind, settings.queue_name)
        return cls(kind.name, kind.task_data, kind.run, timeout, queue, kind.retries, kind.tries(settings.max_tries))


class TaskTimedOut(RuntimeError):
    """The task ran past its type's time limit."""


class RetriesExhausted(RuntimeError):
    """The task asked for another try on its last allowed one."""


class RetryNotAllowed(RuntimeError):
    """The task asked for another try, and its type runs at most once (retries=False)."""


def job_function(spec: TaskSpec, *, max_tries: int) -> Function:
    """The arq function for a task type: named by the type, called with (ctx, task_id)."""

    async def run_job(ctx: WorkerContext, task_id: str) -> Any:
        task = ctx.get("task")
        if task is None:
            return _not_started(ctx, task_id)
        return await _execute(spec, ctx, task, max_tries)

    run_job.__qualname__ = f"run_{spec.name}"
    # arq types ctx as a plain dict; it is the dict that WorkerContext describes
    coroutine = cast(WorkerCoroutine, run_job)
    timeout = spec.timeout_seconds + ARQ_TIMEOUT_MARGIN_SECONDS
    return func(coroutine, name=spec.name, timeout=timeout, max_tries=max_tries)


def _not_started(ctx: WorkerContext, task_id: str) -> None:
    if "start_error" in ctx:
        # storage was unreachable: the task may still be queued, so it must run later, not vanish
        raise Retry(defer=START_RETRY_DEFER_SECONDS)
    log.info("task %s not run: cancelled, already final or gone", task_id)


async def _execute(spec: TaskSpec, ctx: WorkerContext, task: Task, max_tries: int) -> Any:
    started = time.perf_counter_ns()
    try:
        value, result_json = await _run(spec, ctx, task, max_tries)
    except Retry as exc:
        if not spec.retries or ctx["job_try"] >= max_tries:
            # arq would re-queue it and then drop it without hooks; fail it here, on the record
            refused = _refused_retry(spec, max_tries)
            ctx["outcome"] = _failure(refused, started)
            raise refused from exc
        ctx["outcome"] = Retrying()
        raise
    except asyncio.CancelledError:
        ctx["outcome"] = Interrupted()
        raise
    except Exception as exc:
        ctx["outcome"] = _failure(exc, started)
        raise
    ctx["outcome"] = Succeeded(result_json, _elapsed_us(started))
    return value


def _refused_retry(spec: TaskSpec, max_tries: int) -> Exception:
    if not spec.retries:
        return RetryNotAllowed(f"task type {spec.name!r} does not allow retries")
    return RetriesExhausted(f"still asking to retry after {max_tries} tries")


async def _run(spec: TaskSpec, ctx: WorkerContext, task: Task, max_tries: int) -> tuple[Any, str]:
    data = parse_task_data(spec.schema, task.task_data)
    deadline = asyncio.timeout(spec.timeout_seconds)
    try:
        async with deadline:
            value = await spec.run(task_context(ctx, task, max_tries), data)
    except TimeoutError as exc:
        if deadline.expired():
            raise TaskTimedOut(f"timed out after {spec.timeout_seconds:g} s") from exc
        raise
    except RetryTask as exc:
        raise Retry(defer=exc.delay_seconds) from exc
    return value, dump_json(value)


def task_context(ctx: WorkerContext, task: Task, max_tries: int) -> TaskContext:
    """The function's view of this attempt; progress goes through worker.progress (the started task in ctx)."""
    attempt = ctx["job_try"]
    bind(task_type=task.task_type)  # with the hooks' task_id and attempt, on every JSON line of this job
    return TaskContext(
        task_id=task.task_id,
        task_type=task.task_type,
        project_id=task.project_id,
        attempt=attempt,
        max_tries=max_tries,
        log=TaskLogger.bound(task.task_type, task.task_id, attempt),
        report=functools.partial(report_progress, ctx),
        arq=cast(Mapping[str, Any], ctx),
    )


def _failure(exc: Exception, started_ns: int) -> Failed:
    return Failed(describe_error(exc), _elapsed_us(started_ns))


def _elapsed_us(started_ns: int) -> int:
    return (time.perf_counter_ns() - started_ns) // 1000
