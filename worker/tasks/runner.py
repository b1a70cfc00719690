"""The wrapper arq runs for every task type: run only a started task, under its deadline, and record the outcome."""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any, cast

from arq import Retry
from arq.typing import WorkerCoroutine
from arq.worker import Function, func

from service.models import Task
from service.storage.codec import dump_json
from service.task_types import TaskData, parse_task_data
from worker.context import WorkerContext
from worker.outcome import Failed, Interrupted, Retrying, Succeeded, describe_error

log = logging.getLogger(__name__)

#: A task function: the worker context and its typed task_data in, a JSON-encodable result out.
TaskFunction = Callable[[WorkerContext, Any], Awaitable[Any]]

#: arq's own timeout trails the runner's, so the runner's deadline fires first and is recorded as a failure.
ARQ_TIMEOUT_MARGIN_SECONDS = 5.0
#: When on_job_start could not reach storage, arq tries the job again after this long.
START_RETRY_DEFER_SECONDS = 1.0


@dataclass(frozen=True)
class TaskSpec:
    name: str
    schema: type[TaskData] | None
    run: TaskFunction
    timeout_seconds: float


class TaskTimedOut(RuntimeError):
    """The task ran past its type's time limit."""


class RetriesExhausted(RuntimeError):
    """The task asked for another try on its last allowed one."""


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
        value, result_json = await _run(spec, ctx, task)
    except Retry as exc:
        if ctx["job_try"] >= max_tries:
            # arq would re-queue it and then drop it without hooks; fail it here, on the record
            exhausted = RetriesExhausted(f"still asking to retry after {max_tries} tries")
            ctx["outcome"] = _failure(exhausted, started)
            raise exhausted from exc
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


async def _run(spec: TaskSpec, ctx: WorkerContext, task: Task) -> tuple[Any, str]:
    data = parse_task_data(spec.schema, task.task_data)
    deadline = asyncio.timeout(spec.timeout_seconds)
    try:
        async with deadline:
            value = await spec.run(ctx, data)
    except TimeoutError as exc:
        if deadline.expired():
            raise TaskTimedOut(f"timed out after {spec.timeout_seconds:g} s") from exc
        raise
    return value, dump_json(value)


def _failure(exc: Exception, started_ns: int) -> Failed:
    return Failed(describe_error(exc), _elapsed_us(started_ns))


def _elapsed_us(started_ns: int) -> int:
    return (time.perf_counter_ns() - started_ns) // 1000
