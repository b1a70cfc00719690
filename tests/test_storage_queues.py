"""Task types with queues of their own, in storage: where create and batch enqueue, what the record says, and how
cancel, the reconciler's look-ups, the queue-head sweep and the per-type worker counts follow each task's queue."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest
from redis.asyncio import Redis

from service.config import Settings
from service.storage import MetricsReader, TaskStorage, keys
from service.storage.metrics import forget_worker, heartbeat
from service.storage.reconcile import jobs_gone
from service.storage.rescue import Claims

PROJECT = "queues-proj"
DEFAULT = "arq:queue"
GPU = keys.type_queue(DEFAULT, "gpu")
ROUTES = {"render": GPU, "echo": DEFAULT}


@pytest.fixture
async def routed(redis: Redis, settings: Settings) -> AsyncIterator[TaskStorage]:
    """Storage of a process that has `render` (queue gpu) and `echo` (QUEUE_NAME)."""
    storage = TaskStorage(redis, retention_seconds=3600, queue_name=DEFAULT, routes=ROUTES)
    yield storage
    await storage.aclose()


async def queued_in(redis: Redis, task_id: str) -> list[str]:
    return [queue for queue in (DEFAULT, GPU) if await redis.zscore(queue, task_id) is not None]


async def test_create_enqueues_into_the_types_queue_and_records_it(routed: TaskStorage, redis: Redis) -> None:
    render = await routed.create(project_id=PROJECT, task_type="render", task_data={})
    echo = await routed.create(project_id=PROJECT, task_type="echo", task_data={})
    assert await queued_in(redis, render.task_id) == [GPU]
    assert await queued_in(redis, echo.task_id) == [DEFAULT]
    assert await redis.hget(keys.task(render.task_id), "queue") == GPU
    assert await redis.hget(keys.task(echo.task_id), "queue") is None  # QUEUE_NAME: nothing more in the record
    assert routed.queues.names == [DEFAULT, GPU]


async def test_a_batch_enqueues_each_type_into_its_queue(routed: TaskStorage, redis: Redis) -> None:
    items = [{"project_id": p, "task_type": t, "task_data": {}} for p in ("a", "b") for t in ("render", "echo")]
    tasks = await routed.create_batch(items, None)
    assert [await queued_in(redis, task.task_id) for task in tasks] == [[GPU], [DEFAULT], [GPU], [DEFAULT]]
    assert (await redis.zcard(GPU), await redis.zcard(DEFAULT)) == (2, 2)
    assert [await redis.hget(keys.task(task.task_id), "queue") for task in tasks] == [GPU, None, GPU, None]


async def test_a_process_without_the_type_follows_the_records_queue(
    routed: TaskStorage, storage: TaskStorage, redis: Redis
) -> None:
    """`storage` knows no routes (an API with ENABLED_TASK_TYPES, a worker without the plugin): a cancel still asks
    for the abort in the job's own queue and puts the webhook job there, where workers that have the type look."""
    task = await routed.create(project_id=PROJECT, task_type="render", task_data={}, callback_url="http://h/cb")
    await redis.zadd(GPU, {task.task_id: 10**15})  # deferred (a retry): a cancel moves it to the head
    assert (await storage.cancel(task.task_id)).applied
    assert await redis.zscore(GPU, task.task_id) == 1
    assert await redis.zscore(GPU, keys.webhook_job_id(task.task_id)) is not None
    assert await redis.zscore(DEFAULT, keys.webhook_job_id(task.task_id)) is None


async def test_a_start_names_the_tasks_queue_for_the_heartbeat(routed: TaskStorage, redis: Redis) -> None:
    task = await routed.create(project_id=PROJECT, task_type="render", task_data={})
    assert (await routed.start(task.task_id, 1, worker_id="w-1")).applied
    assert await redis.hget(keys.task(task.task_id), "worker_queue") == GPU


async def test_jobs_gone_looks_in_every_queue(routed: TaskStorage, redis: Redis) -> None:
    render = await routed.create(project_id=PROJECT, task_type="render", task_data={})
    echo = await routed.create(project_id=PROJECT, task_type="echo", task_data={})
    ids = [render.task_id, echo.task_id]
    assert await jobs_gone(redis, [DEFAULT, GPU], ids) == []
    assert await jobs_gone(redis, [DEFAULT], ids) == []  # not in a queue it knows, but its job key is there
    await redis.zrem(GPU, render.task_id)
    await redis.delete(keys.arq_job(render.task_id))
    assert await jobs_gone(redis, [DEFAULT, GPU], ids) == [render.task_id]


async def test_the_queue_head_sweep_covers_every_queue(routed: TaskStorage, redis: Redis) -> None:
    render = await routed.create(project_id=PROJECT, task_type="render", task_data={})
    echo = await routed.create(project_id=PROJECT, task_type="echo", task_data={})
    head = await Claims(redis, queue_name=DEFAULT, queue_names=[GPU]).queue_head(10)
    assert sorted(head) == sorted([render.task_id, echo.task_id])
    claim = await redis.set(keys.arq_in_progress(render.task_id), b"1")
    assert claim and [c.job_queue for c in await Claims(redis).held([render.task_id])] == [GPU]


async def test_workers_are_counted_per_type(routed: TaskStorage, redis: Redis) -> None:
    reader = MetricsReader(redis, queue_names=(DEFAULT, GPU), heartbeat_seconds=1, routes=ROUTES)
    await routed.create(project_id=PROJECT, task_type="render", task_data={})
    stats = await reader.task_types()
    assert (stats["render"].queue, stats["render"].queued, stats["render"].runners) == (GPU, 1, 0)
    await heartbeat(redis, GPU, "w-other", stale_after_ms=60_000, task_types=["upscale"])
    assert (await reader.task_types())["render"].runners == 0  # live on the queue, without the type
    await heartbeat(redis, GPU, "w-old", stale_after_ms=60_000)  # says nothing: an earlier version, runs them all
    assert (await reader.task_types())["render"].runners == 1
    await forget_worker(redis, GPU, "w-old")
    await heartbeat(redis, GPU, "w-gpu", stale_after_ms=60_000, task_types=["render"])
    assert (await reader.task_types())["render"].runners == 1
    assert (await reader.queues())[GPU].workers == 2
    await forget_worker(redis, GPU, "w-gpu", task_types=["render"])
    assert (await reader.task_types())["render"].runners == 0
