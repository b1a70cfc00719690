"""The task wrapper on its own: what runs, what is recorded in ctx, what arq gets to see."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest
from arq import Retry

from service.models import Task, TaskStatus
from service.plugins import RetryTask, TaskContext
from service.task_types import Sleep
from worker.context import WorkerContext
from worker.outcome import Failed, Interrupted, Retrying, Succeeded
from worker.tasks.runner import RetriesExhausted, RetryNotAllowed, TaskSpec, TaskTimedOut, job_function


def make_task(task_data: dict[str, Any]) -> Task:
    stamp = "2026-11-28T16:12:23.123456Z"
    return Task(
        task_id="t-1",
        project_id="p",
        task_type="probe",
        status=TaskStatus.PROCESSING,
        task_data=task_data,
        created_at=stamp,
        updated_at=stamp,
    )


class Probe:
    """A task function whose behaviour each test scripts, and which remembers being called."""

    def __init__(self, behaviour: Any = None) -> None:
        self.behaviour = behaviour
        self.calls: list[Any] = []

    async def __call__(self, context: TaskContext, data: Any) -> Any:
        self.calls.append(data)
        if isinstance(self.behaviour, BaseException):
            raise self.behaviour
        if callable(self.behaviour):
            return await self.behaviour(context, data)
        if self.behaviour == "hang":
            await asyncio.Event().wait()
        return {"ok": True} if self.behaviour is None else self.behaviour


async def call(probe: Probe, ctx: WorkerContext, *, schema: Any = None, timeout: float = 5.0, tries: int = 3) -> Any:
    function = job_function(TaskSpec("probe", schema, probe, timeout), max_tries=tries)
    return await function.coroutine(ctx, "t-1")  # type: ignore[arg-type]


def ctx_for(task_data: dict[str, Any] | None = None, job_try: int = 1) -> WorkerContext:
    ctx: WorkerContext = {"job_id": "t-1", "job_try": job_try}
    if task_data is not None:
        ctx["task"] = make_task(task_data)
    return ctx


async def test_success_is_recorded_with_its_json() -> None:
    ctx = ctx_for({"n": 1})
    assert await call(Probe(), ctx) == {"ok": True}
    outcome = ctx["outcome"]
    assert isinstance(outcome, Succeeded) and outcome.result_json == '{"ok":true}' and outcome.duration_us >= 0


async def test_not_started_task_never_runs() -> None:
    probe, ctx = Probe(), ctx_for(None)
    assert await call(probe, ctx) is None
    assert probe.calls == [] and "outcome" not in ctx


async def test_start_not_recorded_asks_arq_for_another_try() -> None:
    probe, ctx = Probe(), ctx_for(None)
    ctx["start_error"] = "ConnectionError: refused"
    with pytest.raises(Retry):
        await call(probe, ctx)
    assert probe.calls == []


async def test_exception_is_recorded_and_reraised() -> None:
    error = ValueError("bad input")
    ctx = ctx_for({})
    with pytest.raises(ValueError) as raised:
        await call(Probe(error), ctx)
    assert raised.value is error
    assert ctx["outcome"] == Failed("ValueError: bad input", ctx["outcome"].duration_us)  # type: ignore[union-attr]


async def test_invalid_task_data_fails_without_running() -> None:
    probe, ctx = Probe(), ctx_for({"seconds": "soon"})
    with pytest.raises(Exception, match=r"\$\.seconds"):
        await call(probe, ctx, schema=Sleep)
    assert probe.calls == []
    assert isinstance(ctx["outcome"], Failed) and "ValidationError" in ctx["outcome"].error


async def test_typed_task_data_reaches_the_function() -> None:
    probe = Probe()
    await call(probe, ctx_for({"seconds": 1}), schema=Sleep)
    assert probe.calls == [Sleep(seconds=1.0)]


async def test_result_that_is_not_json_fails() -> None:
    ctx = ctx_for({})
    with pytest.raises(TypeError):
        await call(Probe({"when": object()}), ctx)
    assert isinstance(ctx["outcome"], Failed) and ctx["outcome"].error.startswith("TypeError")


async def test_retry_is_recorded_and_reraised_for_arq() -> None:
    ctx = ctx_for({}, job_try=1)
    with pytest.raises(Retry):
        await call(Probe(Retry(defer=0.5)), ctx)
    assert ctx["outcome"] == Retrying()


async def test_retry_on_the_last_try_fails_the_task() -> None:
    ctx = ctx_for({}, job_try=3)
    with pytest.raises(RetriesExhausted):
        await call(Probe(Retry(defer=0.5)), ctx, tries=3)
    assert isinstance(ctx["outcome"], Failed) and "after 3 tries" in ctx["outcome"].error


async def test_deadline_fails_the_task() -> None:
    ctx = ctx_for({})
    with pytest.raises(TaskTimedOut):
        await call(Probe("hang"), ctx, timeout=0.05)
    assert isinstance(ctx["outcome"], Failed) and ctx["outcome"].error == "TaskTimedOut: timed out after 0.05 s"


async def test_own_timeout_error_is_an_ordinary_failure() -> None:
    ctx = ctx_for({})
    with pytest.raises(TimeoutError):
        await call(Probe(TimeoutError("upstream slow")), ctx)
    assert isinstance(ctx["outcome"], Failed) and ctx["outcome"].error == "TimeoutError: upstream slow"


async def test_cancellation_is_recorded_and_propagates() -> None:
    probe, ctx = Probe("hang"), ctx_for({})
    job = asyncio.create_task(call(probe, ctx))
    while not probe.calls:
        await asyncio.sleep(0)
    job.cancel()
    with pytest.raises(asyncio.CancelledError):
        await job
    assert ctx["outcome"] == Interrupted()


class Recorder:
    """Storage as the progress reporter sees it: remembers what it is told."""

    def __init__(self) -> None:
        self.progress_calls: list[tuple[str, int, str | None]] = []

    async def progress(self, task_id: str, percent: int, project_id: str | None = None) -> bool:
        self.progress_calls.append((task_id, percent, project_id))
        return True


async def test_the_function_gets_a_context_of_its_attempt() -> None:
    seen: list[TaskContext] = []

    async def probe(context: TaskContext, data: Any) -> Any:
        seen.append(context)
        assert await context.progress(40)
        context.log.info("working")
        return {"attempt": context.attempt}

    storage = Recorder()
    ctx = ctx_for({}, job_try=2)
    ctx["storage"] = storage  # type: ignore[typeddict-item]
    assert await call(Probe(probe), ctx, tries=4) == {"attempt": 2}
    context = seen[0]
    assert (context.task_id, context.task_type, context.project_id) == ("t-1", "probe", "p")
    assert (context.attempt, context.max_tries, context.last_attempt) == (2, 4, False)
    assert context.arq["job_try"] == 2 and storage.progress_calls == [("t-1", 40, "p")]


async def test_retry_task_is_arqs_retry_with_its_delay() -> None:
    ctx = ctx_for({}, job_try=1)
    with pytest.raises(Retry) as raised:
        await call(Probe(RetryTask(2.5)), ctx)
    assert raised.value.defer_score == 2500 and ctx["outcome"] == Retrying()


async def test_a_type_without_retries_fails_a_retry() -> None:
    ctx = ctx_for({}, job_try=1)
    spec = TaskSpec("probe", None, Probe(RetryTask(0)), 5.0, retries=False, max_tries=1)
    with pytest.raises(RetryNotAllowed):
        await job_function(spec, max_tries=1).coroutine(ctx, "t-1")  # type: ignore[arg-type]
    assert isinstance(ctx["outcome"], Failed) and ctx["outcome"].error == (
        "RetryNotAllowed: task type 'probe' does not allow retries"
    )
