"""The reconciler finalises tasks whose arq job ended without hooks, from arq's result key; nothing else."""

from __future__ import annotations

import asyncio
import time
from typing import Any

import msgspec
from arq.connections import ArqRedis
from arq.jobs import serialize_result
from redis.asyncio import Redis

from service.config import Settings
from service.models import TaskStatus
from service.storage import TaskStorage, keys
from tests.waiting import until
from tests.worker_support import counters, run_burst, running_worker, status_is
from worker.reconcile import JOB_LOST, reconcile_once

PROJECT = "rec-proj"


async def orphan(storage: TaskStorage, redis: Redis, task_type: str = "echo") -> str:
    """A task whose arq job is gone without a trace, as if it ended without hooks."""
    task_id = (await storage.create(project_id=PROJECT, task_type=task_type, task_data={})).task_id
    await redis.delete(keys.arq_job(task_id))
    await redis.zrem(storage.queue_name, task_id)
    return task_id


async def write_result(redis: Redis, task_id: str, *, success: bool, result: Any) -> None:
    now_ms = int(time.time() * 1000)
    raw = serialize_result(
        "echo", (task_id,), {}, 1, now_ms - 50, success, result, now_ms - 40, now_ms, "r", "q", task_id
    )
    assert raw is not None
    await redis.set(keys.arq_result(task_id), raw)


async def reconcile(storage: TaskStorage, arq_pool: ArqRedis, **options: Any) -> int:
    return await reconcile_once(storage, arq_pool, grace_seconds=0, **options)


async def test_lost_job_without_result_fails(storage: TaskStorage, redis: Redis, arq_pool: ArqRedis) -> None:
    task_id = await orphan(storage, redis)
    assert await reconcile(storage, arq_pool) == 1
    task = await storage.get(task_id)
    assert (task.status, task.error) == (TaskStatus.FAILED, JOB_LOST)
    assert task.completed_at is not None
    figures = await counters(redis)
    assert (figures["failed_tasks"], figures["queued_tasks"], figures.get("duration_count", 0)) == (1, 0, 0)
    assert await redis.zscore(keys.ACTIVE_TASKS, task_id) is None
    assert await reconcile(storage, arq_pool) == 0


async def test_successful_result_completes(storage: TaskStorage, redis: Redis, arq_pool: ArqRedis) -> None:
    task_id = await orphan(storage, redis)
    await write_result(redis, task_id, success=True, result={"echo": {"a": 1}})
    assert await reconcile(storage, arq_pool) == 1
    task = await storage.get(task_id)
    assert (task.status, task.result, task.progress) == (TaskStatus.COMPLETED, {"echo": {"a": 1}}, 100)
    figures = await counters(redis)
    assert (figures["completed_tasks"], figures["duration_count"], figures["duration_us_total"]) == (1, 1, 40_000)


async def test_cancelled_result_cancels(storage: TaskStorage, redis: Redis, arq_pool: ArqRedis) -> None:
    task_id = await orphan(storage, redis)
    await write_result(redis, task_id, success=False, result=asyncio.CancelledError())
    assert await reconcile(storage, arq_pool) == 1
    assert (await storage.get(task_id)).status == TaskStatus.CANCELLED
    assert (await counters(redis))["cancelled_tasks"] == 1


async def test_failed_result_fails_with_its_text(storage: TaskStorage, redis: Redis, arq_pool: ArqRedis) -> None:
    task_id = await orphan(storage, redis)
    await write_result(redis, task_id, success=False, result=ValueError("broken input"))
    assert await reconcile(storage, arq_pool) == 1
    task = await storage.get(task_id)
    assert (task.status, task.error) == (TaskStatus.FAILED, "ValueError: broken input")
    assert (await counters(redis))["duration_count"] == 1  # it ran, so its time counts


async def test_live_jobs_are_left_alone(storage: TaskStorage, redis: Redis, arq_pool: ArqRedis) -> None:
    queued = (await storage.create(project_id=PROJECT, task_type="echo", task_data={})).task_id
    running = await orphan(storage, redis)
    await redis.set(keys.arq_in_progress(running), b"1")
    fresh = await orphan(storage, redis)
    assert await reconcile_once(storage, arq_pool, grace_seconds=60) == 0  # all younger than the grace
    assert await reconcile(storage, arq_pool) == 1
    statuses = [(await storage.get(t)).status for t in (queued, running, fresh)]
    assert statuses == [TaskStatus.QUEUED, TaskStatus.QUEUED, TaskStatus.FAILED]


async def test_every_batch_is_visited(storage: TaskStorage, redis: Redis, arq_pool: ArqRedis) -> None:
    async def live() -> None:
        await storage.create(project_id=PROJECT, task_type="echo", task_data={})

    await live()
    await live()  # a whole first batch that stays
    ids = [await orphan(storage, redis) for _ in range(5)]
    await live()
    ids += [await orphan(storage, redis) for _ in range(2)]
    assert await asyncio.wait_for(reconcile(storage, arq_pool, batch=2), 5) == 7
    assert {(await storage.get(t)).status for t in ids} == {TaskStatus.FAILED}


async def test_concurrent_reconcilers_count_each_task_once(
    storage: TaskStorage, redis: Redis, arq_pool: ArqRedis
) -> None:
    for _ in range(20):
        await orphan(storage, redis)
    done = await asyncio.gather(*(reconcile(storage, arq_pool, batch=7) for _ in range(3)))
    assert sum(done) == 20
    figures = await counters(redis)
    assert (figures["failed_tasks"], figures["queued_tasks"], figures["total_tasks"]) == (20, 0, 20)


async def test_expired_record_leaves_the_active_set(storage: TaskStorage, redis: Redis, arq_pool: ArqRedis) -> None:
    task_id = await orphan(storage, redis)
    await redis.delete(keys.task(task_id))
    assert await reconcile(storage, arq_pool) == 0
    assert await redis.zscore(keys.ACTIVE_TASKS, task_id) is None


async def test_unknown_function(settings: Settings, storage: TaskStorage, arq_pool: ArqRedis) -> None:
    task_id = (await storage.create(project_id=PROJECT, task_type="retired_type", task_data={})).task_id
    await run_burst(settings)
    assert (await storage.get(task_id)).status == TaskStatus.QUEUED  # arq dropped it without hooks
    assert await reconcile(storage, arq_pool) == 1
    task = await storage.get(task_id)
    assert (task.status, task.error) == (TaskStatus.FAILED, "JobExecutionFailed: function 'retired_type' not found")


async def test_diagnostic_type_on_a_worker_without_it(
    settings: Settings, storage: TaskStorage, arq_pool: ArqRedis
) -> None:
    task_id = (await storage.create(project_id=PROJECT, task_type="sleep", task_data={"seconds": 0})).task_id
    await run_burst(msgspec.structs.replace(settings, enable_diagnostic_tasks=False))
    assert await reconcile(storage, arq_pool) == 1
    assert (await storage.get(task_id)).error == "JobExecutionFailed: function 'sleep' not found"


async def test_worker_killed_too_often(
    settings: Settings, storage: TaskStorage, redis: Redis, arq_pool: ArqRedis
) -> None:
    task_id = (await storage.create(project_id=PROJECT, task_type="echo", task_data={})).task_id
    # five starts, each lost with its worker: the record says processing, arq's try counter says 5
    await storage.start(task_id, settings.max_tries)
    await redis.set(keys.arq_retry(task_id), settings.max_tries)
    await run_burst(settings)
    assert (await storage.get(task_id)).status == TaskStatus.PROCESSING
    assert await reconcile(storage, arq_pool) == 1
    task = await storage.get(task_id)
    expected = f"JobExecutionFailed: max {settings.max_tries} retries exceeded"
    assert (task.status, task.error, task.attempts) == (TaskStatus.FAILED, expected, settings.max_tries)
    assert (await counters(redis))["processing_tasks"] == 0


async def test_aborted_before_start(settings: Settings, storage: TaskStorage, redis: Redis, arq_pool: ArqRedis) -> None:
    task_id = (await storage.create(project_id=PROJECT, task_type="echo", task_data={})).task_id
    await redis.zadd(keys.ARQ_ABORT, {task_id: int(time.time() * 1000)})  # arq's Job.abort(), not the API's cancel
    await run_burst(settings)
    assert await reconcile(storage, arq_pool) == 1
    task = await storage.get(task_id)
    assert (task.status, task.attempts) == (TaskStatus.CANCELLED, 0)


async def test_expired_job(settings: Settings, storage: TaskStorage, redis: Redis, arq_pool: ArqRedis) -> None:
    task_id = (await storage.create(project_id=PROJECT, task_type="echo", task_data={})).task_id
    await redis.delete(keys.arq_job(task_id))  # its queue entry stays, as when the job key's TTL runs out
    await run_burst(settings)
    assert await reconcile(storage, arq_pool) == 1
    assert (await storage.get(task_id)).error == "JobExecutionFailed: job expired"


async def test_background_loop_finalises(settings: Settings, storage: TaskStorage, redis: Redis) -> None:
    task_id = await orphan(storage, redis)
    # make it older than the loop's grace instead of waiting for it
    await redis.zadd(keys.ACTIVE_TASKS, {task_id: (time.time() - 60) * 1_000_000})
    async with running_worker(settings):
        task = await until(lambda: status_is(storage, task_id, TaskStatus.FAILED), timeout=5)
    assert task is not None and task.error == JOB_LOST
