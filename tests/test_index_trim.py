"""Every index entry leaves with its record, and a quiet project leaves no key but its cumulative metrics.

Tasks are written with a short retention through the storage API (the minimum of TASK_RETENTION_SECONDS applies
to the environment only), then every key of Redis is counted once their records have expired.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator

import msgspec
import pytest
from arq.connections import ArqRedis
from redis.asyncio import Redis

from service.config import Settings
from service.models import TaskStatus
from service.storage import Ending, TaskStorage, keys
from service.storage.trim import REMOVALS_PER_CALL, IndexTrimmer
from tests.waiting import until
from worker.context import WorkerContext
from worker.reconcile import reconcile_forever

QUIET, BUSY = "quiet-project", "busy-project"
RETENTION_S = 2


@pytest.fixture
async def short(redis: Redis, settings: Settings) -> AsyncIterator[TaskStorage]:
    storage = TaskStorage(redis, retention_seconds=RETENTION_S, queue_name=settings.queue_name)
    yield storage
    await storage.aclose()


async def tasks_in_every_state(storage: TaskStorage, project_id: str) -> list[str]:
    """20 tasks of two types: completed, failed, cancelled while queued and while processing."""
    created = []
    for i in range(20):
        task = await storage.create(project_id=project_id, task_type=("echo", "sleep")[i % 2], task_data={"i": i})
        created.append(task.task_id)
        if i % 4 != 3:
            await storage.start(task.task_id, 1)
        final = (TaskStatus.COMPLETED, TaskStatus.FAILED, TaskStatus.CANCELLED, TaskStatus.CANCELLED)[i % 4]
        await storage.finish(task.task_id, 1, Ending(final))
    return created


async def every_key(redis: Redis) -> set[str]:
    return {key async for key in redis.scan_iter(count=1000)}


async def expired(redis: Redis, task_ids: list[str]) -> bool:
    return int(await redis.exists(*(keys.task(task_id) for task_id in task_ids))) == 0


async def test_a_pass_removes_every_index_key_of_an_expired_project(short: TaskStorage, redis: Redis) -> None:
    quiet = await tasks_in_every_state(short, QUIET)
    indexes = {key for key in await every_key(redis) if key.startswith(f"project_tasks:{QUIET}")}
    assert len(indexes) == 10  # project, 3 statuses, 2 types, 4 (status, type) pairs
    assert await redis.zscore(keys.PROJECTS, QUIET) is not None
    await until(lambda: expired(redis, quiet), timeout=RETENTION_S + 3)
    busy = (await short.create(project_id=BUSY, task_type="echo", task_data={})).task_id  # still retained
    trimmer = IndexTrimmer(redis, retention_seconds=RETENTION_S, period_seconds=60)
    assert await trimmer.run("test") == 20 * 4  # each task was in four indexes
    assert await trimmer.run("another worker") is None  # one pass per period, whoever runs it

    left = await every_key(redis)
    assert {key for key in left if QUIET in key} == {keys.project_metrics(QUIET)}  # cumulative by contract
    busy_keys = {keys.task(busy), keys.arq_job(busy), keys.project_metrics(BUSY), keys.project_events(BUSY)}
    busy_keys |= {
        keys.project_index(BUSY, status, task_type) for status in ("", "queued") for task_type in ("", "echo")
    }
    shared = {keys.METRICS, keys.ACTIVE_TASKS, short.queue_name, keys.PROJECTS}
    assert left == {keys.project_metrics(QUIET), *busy_keys, *shared, keys.INDEX_TRIM_LOCK, keys.INDEX_TRIM_CURSOR}
    assert await redis.zrange(keys.PROJECTS, 0, -1) == [BUSY]
    for index in (keys.project_index(BUSY), keys.project_index(BUSY, "queued", "echo")):
        assert await redis.zrange(index, 0, -1) == [busy]


async def test_the_worker_reconcile_loop_trims(
    short: TaskStorage, redis: Redis, arq_pool: ArqRedis, settings: Settings
) -> None:
    quiet = await tasks_in_every_state(short, QUIET)
    await until(lambda: expired(redis, quiet), timeout=RETENTION_S + 3)
    ctx = WorkerContext(
        settings=msgspec.structs.replace(settings, reconcile_interval_seconds=0.1),
        storage=short,
        storage_redis=redis,
        redis=arq_pool,
        worker_id="test-worker",
    )

    async def only_metrics_left() -> bool:
        return {key for key in await every_key(redis) if QUIET in key} == {keys.project_metrics(QUIET)}

    loop = asyncio.create_task(reconcile_forever(ctx))
    try:
        await until(only_metrics_left, timeout=5)
        assert await redis.zcard(keys.PROJECTS) == 0
    finally:
        loop.cancel()
        await asyncio.gather(loop, return_exceptions=True)


async def test_a_long_backlog_is_trimmed_in_bounded_steps(short: TaskStorage, redis: Redis) -> None:
    live = (await short.create(project_id=QUIET, task_type="echo", task_data={})).task_id
    index = keys.project_index(QUIET, TaskStatus.COMPLETED, "echo")
    await redis.zadd(index, {f"expired-{i}": 1_000_000 + i for i in range(REMOVALS_PER_CALL + 500)})
    trimmer = IndexTrimmer(redis, retention_seconds=RETENTION_S, period_seconds=60)
    assert await trimmer.trim(QUIET, max_calls=1) == (False, REMOVALS_PER_CALL, 1)
    assert await redis.zcard(index) == 500
    assert await trimmer.trim(QUIET) == (True, 500, 1)
    assert not await redis.exists(index)
    assert await redis.zrange(keys.project_index(QUIET), 0, -1) == [live]
    assert await redis.zrange(keys.PROJECTS, 0, -1) == [QUIET]  # it still has a task
