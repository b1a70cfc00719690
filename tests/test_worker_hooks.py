"""on_job_start / after_job_end against real Redis: one transition each, idempotent, never raising."""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator

import pytest
from redis.asyncio import Redis

from deploy.redis_local import free_port
from service.models import TaskStatus
from service.storage import TaskStorage, keys
from tests.worker_support import counters
from worker.context import WorkerContext
from worker.hooks import after_job_end, on_job_start
from worker.outcome import Failed, Interrupted, Retrying, Succeeded

PROJECT = "hooks-proj"


async def new_task(storage: TaskStorage) -> str:
    return (await storage.create(project_id=PROJECT, task_type="echo", task_data={"n": 1})).task_id


def job_ctx(storage: TaskStorage, job_id: str, job_try: int = 1) -> WorkerContext:
    return {"storage": storage, "job_id": job_id, "job_try": job_try, "worker_id": "test-worker"}


async def started(storage: TaskStorage) -> tuple[str, WorkerContext]:
    """A new task whose start hook has run: its id and the job's ctx."""
    task_id = await new_task(storage)
    ctx = job_ctx(storage, task_id)
    await on_job_start(ctx)
    return task_id, ctx


async def snapshot(redis: Redis) -> tuple[dict[str, int], dict[str, int]]:
    return await counters(redis), await counters(redis, keys.project_metrics(PROJECT))


@pytest.fixture
async def dead_storage(settings: object) -> AsyncIterator[TaskStorage]:
    """Storage whose Redis refuses connections: every call raises."""
    client = Redis.from_url(f"redis://127.0.0.1:{free_port()}/0", decode_responses=True, socket_connect_timeout=1)
    yield TaskStorage(client, retention_seconds=3600, queue_name="arq:queue")
    await client.aclose()


async def test_start_moves_to_processing_and_lets_the_task_run(storage: TaskStorage, redis: Redis) -> None:
    task_id, ctx = await started(storage)
    task = await storage.get(task_id)
    assert ctx["task"].task_id == task_id
    assert (task.status, task.attempts, task.progress) == (TaskStatus.PROCESSING, 1, 0)
    assert task.started_at is not None
    assert (await counters(redis))["processing_tasks"] == 1


async def test_start_run_twice_changes_nothing(storage: TaskStorage, redis: Redis) -> None:
    task_id = await new_task(storage)
    await on_job_start(job_ctx(storage, task_id))
    before, record = await snapshot(redis), await storage.get(task_id)
    again = job_ctx(storage, task_id)
    await on_job_start(again)
    assert "task" not in again and "start_error" not in again
    assert await snapshot(redis) == before
    assert await storage.get(task_id) == record


async def test_end_run_twice_counts_once(storage: TaskStorage, redis: Redis) -> None:
    task_id, ctx = await started(storage)
    ctx["outcome"] = Succeeded('{"echo":{"n":1}}', 1500)
    await after_job_end(ctx)
    before, record = await snapshot(redis), await storage.get(task_id)
    await after_job_end(ctx)
    assert await snapshot(redis) == before and await storage.get(task_id) == record
    assert (record.status, record.result, record.progress) == (TaskStatus.COMPLETED, {"echo": {"n": 1}}, 100)
    assert before[0]["completed_tasks"] == 1 and before[0]["duration_count"] == 1
    assert before[0]["duration_us_total"] == 1500 and before[0]["echo:duration_bucket:0.005"] == 1


async def test_late_start_after_completion_changes_nothing(storage: TaskStorage, redis: Redis) -> None:
    task_id, ctx = await started(storage)
    ctx["outcome"] = Succeeded("{}", 10)
    await after_job_end(ctx)
    before, record = await snapshot(redis), await storage.get(task_id)
    late = job_ctx(storage, task_id, job_try=2)
    await on_job_start(late)
    assert "task" not in late
    assert await snapshot(redis) == before and await storage.get(task_id) == record
    assert (record.status, record.attempts) == (TaskStatus.COMPLETED, 1)


async def test_end_of_an_older_try_is_refused(storage: TaskStorage, redis: Redis) -> None:
    task_id = await new_task(storage)
    first, second = job_ctx(storage, task_id, 1), job_ctx(storage, task_id, 2)
    await on_job_start(first)
    await on_job_start(second)
    first["outcome"] = Failed("RuntimeError: from the lost worker", 10)
    await after_job_end(first)
    assert (await storage.get(task_id)).status == TaskStatus.PROCESSING
    second["outcome"] = Succeeded("1", 10)
    await after_job_end(second)
    task = await storage.get(task_id)
    assert (task.status, task.attempts, task.error) == (TaskStatus.COMPLETED, 2, None)
    figures = await counters(redis)
    assert (figures["retried_tasks"], figures["completed_tasks"], figures.get("failed_tasks", 0)) == (1, 1, 0)


@pytest.mark.parametrize("outcome", [Retrying(), Interrupted(), None])
async def test_retry_and_cancellation_leave_the_record(
    storage: TaskStorage, redis: Redis, outcome: Retrying | Interrupted | None
) -> None:
    task_id, ctx = await started(storage)
    if outcome is not None:
        ctx["outcome"] = outcome
    before, record = await snapshot(redis), await storage.get(task_id)
    await after_job_end(ctx)
    assert await snapshot(redis) == before and await storage.get(task_id) == record


async def test_failure_records_error_and_duration(storage: TaskStorage, redis: Redis) -> None:
    task_id, ctx = await started(storage)
    ctx["outcome"] = Failed("ValueError: nope", 2_000_000)
    await after_job_end(ctx)
    task = await storage.get(task_id)
    assert (task.status, task.error, task.result) == (TaskStatus.FAILED, "ValueError: nope", None)
    assert task.completed_at is not None
    figures = await counters(redis)
    assert (figures["failed_tasks"], figures["duration_us_total"], figures["echo:duration_bucket:2.5"]) == (
        1,
        2_000_000,
        1,
    )


async def test_start_of_a_missing_task_is_quiet(storage: TaskStorage) -> None:
    ctx = job_ctx(storage, "no-such-task")
    await on_job_start(ctx)
    assert "task" not in ctx and "start_error" not in ctx


async def test_hooks_never_raise_when_redis_is_down(dead_storage: TaskStorage, storage: TaskStorage) -> None:
    ctx = job_ctx(dead_storage, "some-task")
    await on_job_start(ctx)
    assert "task" not in ctx and "ConnectionError" in ctx["start_error"]
    # a task that did start, whose end cannot be written
    task_id = await new_task(storage)
    started = job_ctx(storage, task_id)
    await on_job_start(started)
    started["storage"], started["outcome"] = dead_storage, Succeeded("{}", 1)
    await after_job_end(started)
    assert (await storage.get(task_id)).status == TaskStatus.PROCESSING


async def test_hooks_never_raise_on_a_malformed_ctx() -> None:
    await on_job_start({})
    broken: WorkerContext = {"job_id": "x", "job_try": 1, "outcome": Succeeded("{}", 1)}
    broken["task"] = None  # type: ignore[typeddict-item]
    await after_job_end(broken)


async def test_webhook_jobs_are_skipped(
    dead_storage: TaskStorage, storage: TaskStorage, caplog: pytest.LogCaptureFixture
) -> None:
    task = await storage.get(await new_task(storage))
    ctx = job_ctx(dead_storage, keys.webhook_job_id(task.task_id))
    await on_job_start(ctx)
    ctx["task"], ctx["outcome"] = task, Succeeded("{}", 1)
    await after_job_end(ctx)
    # storage was never asked: it would have failed, and the hooks would have logged that
    assert "start_error" not in ctx
    assert not [r for r in caplog.records if r.levelno >= logging.WARNING]
    assert (await storage.get(task.task_id)).status == TaskStatus.QUEUED
