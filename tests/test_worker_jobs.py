"""Every status transition through a real arq Worker running in this process against real Redis."""

from __future__ import annotations

import asyncio
import time
from typing import Any

import msgspec
from arq.connections import ArqRedis
from arq.jobs import deserialize_result
from redis.asyncio import Redis

from service.config import Settings
from service.models import TaskStatus
from service.storage import Ending, TaskStorage, keys
from tests.waiting import until
from tests.worker_support import counters, run_burst, running_worker, status_is

PROJECT = "jobs-proj"


async def submit(storage: TaskStorage, task_type: str, task_data: dict[str, Any]) -> str:
    return (await storage.create(project_id=PROJECT, task_type=task_type, task_data=task_data)).task_id


async def test_echo_completes(settings: Settings, storage: TaskStorage, redis: Redis) -> None:
    task_id = await submit(storage, "echo", {"x": [1, "two"]})
    await run_burst(settings)
    task = await storage.get(task_id)
    assert (task.status, task.result, task.error) == (TaskStatus.COMPLETED, {"echo": {"x": [1, "two"]}}, None)
    assert (task.progress, task.attempts) == (100, 1)
    assert task.started_at is not None and task.completed_at is not None
    figures = await counters(redis)
    assert (figures["completed_tasks"], figures["queued_tasks"], figures["processing_tasks"]) == (1, 0, 0)
    assert figures["echo:duration_count"] == 1
    assert await redis.zscore(keys.ACTIVE_TASKS, task_id) is None


async def test_evaluate_department_completes(settings: Settings, storage: TaskStorage) -> None:
    data = {"department_slug": "story", "department_number": 1, "gather_data": [], "threshold": 80}
    task_id = await submit(storage, "evaluate_department", data)
    await run_burst(settings)
    task = await storage.get(task_id)
    assert task.status == TaskStatus.COMPLETED
    assert (task.result["score"], task.result["passed"], task.result["evaluated_items"]) == (0, False, 0)


async def test_failure_is_recorded(settings: Settings, storage: TaskStorage, redis: Redis) -> None:
    task_id = await submit(storage, "sleep", {"seconds": 0, "fail": True})
    await run_burst(settings)
    task = await storage.get(task_id)
    assert (task.status, task.attempts, task.result) == (TaskStatus.FAILED, 1, None)
    assert task.error == "SleepFailed: asked to fail after sleeping 0 s"
    assert task.completed_at is not None
    figures = await counters(redis)
    assert (figures["failed_tasks"], figures.get("completed_tasks", 0), figures["processing_tasks"]) == (1, 0, 0)


async def test_timeout_fails_the_task(settings: Settings, storage: TaskStorage) -> None:
    task_id = await submit(storage, "sleep", {"seconds": 30})
    started = time.monotonic()
    await run_burst(settings, timeouts={"sleep": 0.2})
    assert time.monotonic() - started < 10
    task = await storage.get(task_id)
    assert (task.status, task.error) == (TaskStatus.FAILED, "TaskTimedOut: timed out after 0.2 s")


async def test_retries_count_attempts(settings: Settings, storage: TaskStorage, redis: Redis) -> None:
    task_id = await submit(storage, "sleep", {"seconds": 0, "retries": 2})
    await run_burst(settings)
    task = await storage.get(task_id)
    assert (task.status, task.attempts, task.result) == (TaskStatus.COMPLETED, 3, {"slept": 0.0})
    figures = await counters(redis)
    assert (figures["total_tasks"], figures["retried_tasks"], figures["completed_tasks"]) == (1, 2, 1)
    assert figures["sleep:retried_tasks"] == 2
    # the project's hash holds the same figures (the duration and queue-wait histograms are kept globally only)
    global_figures = {k: v for k, v in figures.items() if "duration_bucket" not in k and ":wait_" not in k}
    assert await counters(redis, keys.project_metrics(PROJECT)) == global_figures


async def test_retries_beyond_max_tries_fail_on_the_record(
    settings: Settings, storage: TaskStorage, redis: Redis
) -> None:
    task_id = await submit(storage, "sleep", {"seconds": 0, "retries": 5})
    await run_burst(msgspec.structs.replace(settings, max_tries=2))
    task = await storage.get(task_id)
    assert (task.status, task.attempts) == (TaskStatus.FAILED, 2)
    assert task.error == "RetriesExhausted: still asking to retry after 2 tries"
    assert (await counters(redis))["retried_tasks"] == 1


async def test_cancel_while_queued_never_runs(settings: Settings, storage: TaskStorage, redis: Redis) -> None:
    task_id = await submit(storage, "sleep", {"seconds": 0, "fail": True})
    await storage.cancel(task_id)
    worker = await run_burst(settings)
    task = await storage.get(task_id)
    assert (task.status, task.attempts, task.started_at) == (TaskStatus.CANCELLED, 0, None)
    figures = await counters(redis)
    assert (figures["cancelled_tasks"], figures["queued_tasks"], figures.get("failed_tasks", 0)) == (1, 0, 0)
    assert worker.jobs_failed == 1  # arq's "aborted before start"
    assert await redis.zscore(storage.queue_name, task_id) is None


async def test_cancelled_task_is_not_run_even_without_the_abort_marker(
    settings: Settings, storage: TaskStorage, redis: Redis
) -> None:
    task_id = await submit(storage, "sleep", {"seconds": 0, "fail": True})
    await storage.finalise_orphan(task_id, Ending(TaskStatus.CANCELLED))  # the API's abort request got lost
    worker = await run_burst(settings)
    task = await storage.get(task_id)
    assert (task.status, task.attempts, task.error) == (TaskStatus.CANCELLED, 0, None)
    assert (worker.jobs_complete, worker.jobs_failed) == (1, 0)  # the job ran as a no-op, not the task


async def test_cancel_while_running_stops_it(
    settings: Settings, storage: TaskStorage, redis: Redis, arq_pool: ArqRedis
) -> None:
    task_id = await submit(storage, "sleep", {"seconds": 30, "progress_steps": 60})
    async with running_worker(settings) as worker:
        await until(lambda: status_is(storage, task_id, TaskStatus.PROCESSING))
        started = time.monotonic()
        await storage.cancel(task_id)
        await until(lambda: arq_pool.get(keys.arq_result(task_id)), timeout=5)
        assert time.monotonic() - started < 5
        assert task_id not in worker.job_tasks and not await redis.exists(keys.arq_in_progress(task_id))
        progress = (await storage.get(task_id)).progress
        assert worker.jobs_failed == 1  # arq counts an abort as a failed job
    info = deserialize_result(await arq_pool.get(keys.arq_result(task_id)))
    assert isinstance(info.result, asyncio.CancelledError)
    task = await storage.get(task_id)
    assert (task.status, task.attempts, task.progress) == (TaskStatus.CANCELLED, 1, progress)
    figures = await counters(redis)
    assert (figures["cancelled_tasks"], figures["processing_tasks"], figures.get("failed_tasks", 0)) == (1, 0, 0)


async def test_progress_is_visible_while_running(settings: Settings, storage: TaskStorage) -> None:
    task_id = await submit(storage, "sleep", {"seconds": 0.6, "progress_steps": 3})

    async def partial_progress() -> int:
        task = await storage.get(task_id)
        return task.progress if task.status == TaskStatus.PROCESSING and 0 < task.progress < 100 else 0

    async with running_worker(settings):
        seen = await until(partial_progress)
        done = await until(lambda: status_is(storage, task_id, TaskStatus.COMPLETED))
    assert seen in (33, 66)
    assert done is not None and done.progress == 100


async def test_invalid_task_data_fails_the_task(settings: Settings, storage: TaskStorage) -> None:
    task_id = await submit(storage, "sleep", {"seconds": "soon"})  # storage does not validate; the API does
    await run_burst(settings)
    task = await storage.get(task_id)
    assert task.status == TaskStatus.FAILED
    assert task.error is not None and task.error.startswith("ValidationError") and "$.seconds" in task.error


async def test_shutdown_mid_task_reruns_it_as_a_new_attempt(
    settings: Settings, storage: TaskStorage, redis: Redis
) -> None:
    task_id = await submit(storage, "sleep", {"seconds": 30})
    async with running_worker(settings):
        await until(lambda: status_is(storage, task_id, TaskStatus.PROCESSING))
    # the worker stopped mid-task: the record waits, processing, while arq keeps the job queued
    task = await storage.get(task_id)
    assert (task.status, task.attempts) == (TaskStatus.PROCESSING, 1)
    assert await redis.zscore(storage.queue_name, task_id) is not None
    await run_burst(settings, timeouts={"sleep": 0.1})  # the next worker runs it again (and times it out fast)
    task = await storage.get(task_id)
    assert (task.status, task.attempts, task.error) == (TaskStatus.FAILED, 2, "TaskTimedOut: timed out after 0.1 s")
    figures = await counters(redis)
    assert (figures["retried_tasks"], figures["failed_tasks"], figures["processing_tasks"]) == (1, 1, 0)
