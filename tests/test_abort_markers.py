"""arq abort markers never outlive their use: a cancel that loses the race against the job's end leaves none,
and markers no job will read are removed by the reconciler."""

from __future__ import annotations

import asyncio
import time

from arq.connections import ArqRedis
from redis.asyncio import Redis

from service.config import Settings
from service.models import TaskStatus
from service.storage import Ending, TaskStorage, keys
from service.storage.rescue import Claims
from tests.waiting import until
from tests.worker_support import counters, running_worker
from worker.context import WorkerContext
from worker.hooks import after_job_end, is_webhook_job
from worker.reconcile import reconcile_once
from worker.rescue import ABORT_MARKER_MAX_AGE_SECONDS, Rescuer

PROJECT = "abort-proj"


async def cancel(storage: TaskStorage, task_id: str) -> bool:
    """What POST /tasks/{id}/cancel does."""
    identity = await storage.identity(task_id)
    moved = await storage.cancel(task_id, identity)
    return moved.applied


async def markers(redis: Redis) -> list[str]:
    return list(await redis.zrange(keys.ARQ_ABORT, 0, -1))


async def no_markers(redis: Redis) -> bool:
    return not await markers(redis)


async def test_cancel_after_the_function_returned_leaves_no_marker(
    settings: Settings, storage: TaskStorage, redis: Redis
) -> None:
    entered, resume = asyncio.Event(), asyncio.Event()

    async def late_after_job_end(ctx: WorkerContext) -> None:
        if not is_webhook_job(ctx):
            entered.set()  # the function has returned and arq has finished the job: the record is still processing
            await resume.wait()
        await after_job_end(ctx)

    task_id = (await storage.create(project_id=PROJECT, task_type="sleep", task_data={"seconds": 0})).task_id
    async with running_worker(settings, after_job_end=late_after_job_end):
        await asyncio.wait_for(entered.wait(), 15)
        assert await cancel(storage, task_id)  # wins the record, loses the race against the job
        assert await markers(redis) == [task_id]
        resume.set()
        await until(lambda: no_markers(redis), timeout=5)
    task = await storage.get(task_id)
    assert task.status == TaskStatus.CANCELLED
    figures = await counters(redis)
    assert (figures["cancelled_tasks"], figures.get("completed_tasks", 0), figures["processing_tasks"]) == (1, 0, 0)


async def test_an_older_attempts_end_keeps_the_newer_attempts_marker(storage: TaskStorage, redis: Redis) -> None:
    task_id = (await storage.create(project_id=PROJECT, task_type="echo", task_data={})).task_id
    identity = await storage.identity(task_id)
    for attempt in (1, 2):  # attempt 1's worker was presumed dead; attempt 2 runs elsewhere
        await storage.start(task_id, attempt)
    assert await cancel(storage, task_id)
    done = Ending(TaskStatus.COMPLETED, duration_us=1)
    late = await storage.finish(task_id, 1, done, identity)
    assert not late.applied and await markers(redis) == [task_id]  # attempt 2 must still be aborted
    await storage.finish(task_id, 2, done, identity)
    assert await no_markers(redis)


async def test_reconciler_removes_markers_no_job_will_read(
    storage: TaskStorage, redis: Redis, arq_pool: ArqRedis
) -> None:
    old_ms = (time.time() - ABORT_MARKER_MAX_AGE_SECONDS - 60) * 1000
    await redis.zadd(keys.ARQ_ABORT, {"ended-long-ago": old_ms, "held-by-a-worker": old_ms, "just-cancelled": 0})
    await redis.zadd(keys.ARQ_ABORT, {"just-cancelled": time.time() * 1000})
    await redis.set(keys.arq_in_progress("held-by-a-worker"), "1", px=60_000)
    rescuer = Rescuer(Claims(redis, queue_name=storage.queue_name), stale_after_seconds=0.1)
    await reconcile_once(storage, arq_pool, rescuer=rescuer)
    assert sorted(await markers(redis)) == ["held-by-a-worker", "just-cancelled"]
