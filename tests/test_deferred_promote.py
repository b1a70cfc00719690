"""The promoter (service/storage/deferred.py, promote.lua, retried.lua) on a real Redis: a due deferred job gets
its priority's place once, and only a job still where its deferral put it; a deferred retry keeps its priority."""

from __future__ import annotations

import time

import pytest
from redis.asyncio import Redis

from service.storage import TaskStorage, keys
from service.storage.codec import score_of
from service.storage.deferred import DeferredTasks
from service.storage.schedule import DEFAULT_STEP_MS, Schedule
from tests.waiting import until
from worker.context import WorkerContext
from worker.hooks import after_job_end, on_job_start
from worker.outcome import Retrying

PROJECT = "promote"
QUEUES = {"echo": "arq:queue"}


def now_ms() -> int:
    return int(time.time() * 1000)


async def deferred_task(storage: TaskStorage, priority: int, delay_ms: int = 200) -> tuple[str, int]:
    """A task due `delay_ms` from now; its id and due time (ms)."""
    schedule = Schedule(None, priority, delay_us=delay_ms * 1000)
    task = await storage.create(project_id=PROJECT, task_type="echo", task_data={}, schedule=schedule)
    assert task.scheduled_for is not None
    return task.task_id, -(-score_of(task.scheduled_for) // 1000)


async def due(at_ms: int) -> bool:
    return now_ms() > at_ms


async def test_a_due_job_is_rescored_by_its_priority_once(storage: TaskStorage, redis: Redis) -> None:
    deferred = DeferredTasks(redis, step_ms=DEFAULT_STEP_MS)
    high, high_due = await deferred_task(storage, 6)
    lowest, lowest_due = await deferred_task(storage, -10)
    assert await deferred.promote(QUEUES) == 0  # not due yet: left alone
    assert await redis.zscore("arq:queue", high) == high_due
    await until(lambda: due(max(high_due, lowest_due)), timeout=5)
    assert await deferred.promote(QUEUES) == 1
    assert await redis.zscore("arq:queue", high) == high_due - 16 * DEFAULT_STEP_MS
    assert await redis.zscore("arq:queue", lowest) == lowest_due  # the lowest priority's place is its due time
    assert await redis.zcard(keys.deferred("echo")) == 0
    assert await deferred.promote(QUEUES) == 0


async def test_only_a_job_where_its_deferral_put_it_is_moved(storage: TaskStorage, redis: Redis) -> None:
    deferred = DeferredTasks(redis, step_ms=DEFAULT_STEP_MS)
    running, running_due = await deferred_task(storage, 5)
    moved, moved_due = await deferred_task(storage, 5)
    gone, _ = await deferred_task(storage, 5)
    await redis.set(keys.arq_in_progress(running), "1")  # a worker holds it
    await redis.zadd("arq:queue", {moved: 1})  # moved by someone else (an abort)
    await redis.delete(keys.task(gone))  # its record is gone
    await until(lambda: due(max(running_due, moved_due)), timeout=5)
    assert await deferred.promote(QUEUES) == 0
    assert await redis.zscore("arq:queue", running) == running_due
    assert await redis.zscore("arq:queue", moved) == 1
    assert await redis.zcard(keys.deferred("echo")) == 0  # every entry left


async def test_a_deferred_retry_gets_its_priority_back_once_due(storage: TaskStorage, redis: Redis) -> None:
    deferred = DeferredTasks(redis, step_ms=DEFAULT_STEP_MS)
    task = await storage.create(project_id=PROJECT, task_type="echo", task_data={}, schedule=Schedule(None, 3))
    assert not await deferred.retried("echo", "arq:queue", task.task_id)  # due now: keeps its place
    retry_at = now_ms() + 200
    await redis.zadd("arq:queue", {task.task_id: retry_at})  # what arq's Retry(defer=0.2) writes
    assert await deferred.retried("echo", "arq:queue", task.task_id)
    await until(lambda: due(retry_at), timeout=5)
    assert await deferred.promote(QUEUES) == 1
    assert await redis.zscore("arq:queue", task.task_id) == retry_at - 13 * DEFAULT_STEP_MS


@pytest.mark.parametrize(("priority", "entered"), [(4, True), (-10, False)])
async def test_the_end_hook_enters_a_deferred_retry(
    storage: TaskStorage, redis: Redis, priority: int, entered: bool
) -> None:
    """after_job_end of a retry that arq deferred (its job scored later): entered for the promoter, unless of the
    lowest priority (whose place is its due time anyway)."""
    task = await storage.create(project_id=PROJECT, task_type="echo", task_data={}, schedule=Schedule(None, priority))
    ctx: WorkerContext = {"storage": storage, "job_id": task.task_id, "job_try": 1, "worker_id": "w"}
    ctx["deferred"] = DeferredTasks(redis, step_ms=DEFAULT_STEP_MS)
    await on_job_start(ctx)
    retry_at = now_ms() + 60_000
    await redis.zadd("arq:queue", {task.task_id: retry_at})  # arq's ZINCRBY after Retry(defer=60)
    ctx["outcome"] = Retrying()
    await after_job_end(ctx)
    expected = retry_at if entered else None
    assert await redis.zscore(keys.deferred("echo"), task.task_id) == expected
    assert (await storage.get(task.task_id)).status == "processing"  # a retry leaves the record as it is
