"""arq's wire format as storage writes it (service/storage/arqwire.py, lua/_arq.lua) is byte for byte what the
installed arq writes: the same job enqueued by `ArqRedis.enqueue_job` and by storage.create, and the same job
aborted by `Job.abort` and by storage.cancel, leave the same keys, values and scores in a real Redis."""

from __future__ import annotations

import asyncio
from datetime import timedelta

import arq.connections
import arq.jobs
import pytest
from arq.connections import ArqRedis
from arq.jobs import Job
from redis.asyncio import Redis

from service.storage import TaskStorage, arqwire, keys, store
from service.storage.codec import Stamp, rfc3339
from service.storage.schedule import DEFAULT_STEP_MS, Schedule

TASK_ID = "00000000-0000-4000-8000-00000000a70a"
NOW_MS = 1_900_000_000_123  # a fixed clock for both writers
DEFERRED_MS = NOW_MS + 60_000


@pytest.fixture(autouse=True)
def frozen_clock(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(arq.connections, "timestamp_ms", lambda: NOW_MS)
    monkeypatch.setattr(arq.jobs, "timestamp_ms", lambda: NOW_MS)
    monkeypatch.setattr(store, "stamp", lambda: Stamp(NOW_MS * 1000, rfc3339(NOW_MS / 1000)))


async def job_state(arq_pool: ArqRedis, queue: str) -> tuple[bytes | None, float | None, float | None, int]:
    """The job key's value, its queue score, its abort marker's score, and the job key's ttl (ms)."""
    value = await arq_pool.get(arqwire.job_key(TASK_ID))
    queued = await arq_pool.zscore(queue, TASK_ID)
    aborted = await arq_pool.zscore(arqwire.ABORT_SET, TASK_ID)
    return value, queued, aborted, await arq_pool.pttl(arqwire.job_key(TASK_ID))


async def create(storage: TaskStorage) -> None:
    await storage.create(task_id=TASK_ID, project_id="wire", task_type="echo", task_data={})


@pytest.mark.parametrize(("priority", "delay_ms"), [(0, 0), (7, 0), (3, 60_000)], ids=["plain", "priority", "deferred"])
async def test_create_enqueues_the_job_as_enqueue_job_does(
    storage: TaskStorage, redis: Redis, arq_pool: ArqRedis, priority: int, delay_ms: int
) -> None:
    """A job due now is enqueued as arq's deferred by -(priority + 10) steps (ahead of "now": schedule.py), a
    deferred one at its due time; both expire with their record, the retention after they are due."""
    queue, retention = storage.queue_name, timedelta(seconds=storage.retention_seconds, milliseconds=delay_ms)
    defer = timedelta(milliseconds=delay_ms or -(priority + 10) * DEFAULT_STEP_MS)
    assert await arq_pool.enqueue_job(
        "echo", TASK_ID, _job_id=TASK_ID, _queue_name=queue, _expires=retention, _defer_by=defer
    )
    by_arq = await job_state(arq_pool, queue)
    await redis.flushdb()
    due_us = (NOW_MS + delay_ms) * 1000 if delay_ms else None
    schedule = Schedule(due_us, priority)
    await storage.create(task_id=TASK_ID, project_id="wire", task_type="echo", task_data={}, schedule=schedule)
    ours = await job_state(arq_pool, queue)
    assert by_arq[0] is not None and ours[:3] == by_arq[:3]
    assert abs(ours[3] - by_arq[3]) < 5_000  # both expire with the record, from now


@pytest.mark.parametrize("due_ms", [NOW_MS, DEFERRED_MS], ids=["due", "deferred"])
async def test_cancel_aborts_the_job_as_job_abort_does(
    storage: TaskStorage, redis: Redis, arq_pool: ArqRedis, due_ms: int
) -> None:
    """A job due now keeps its place; a deferred one (a retry's defer) moves to the head (score 1)."""
    queue = storage.queue_name
    await create(storage)
    await redis.zadd(queue, {TASK_ID: due_ms})
    with pytest.raises(asyncio.TimeoutError):  # abort() then waits for the job's result: no worker here
        await Job(TASK_ID, arq_pool, _queue_name=queue).abort(timeout=0.05, poll_delay=0.01)
    by_arq = await job_state(arq_pool, queue)
    await redis.flushdb()
    await create(storage)
    await redis.zadd(queue, {TASK_ID: due_ms})
    assert (await storage.cancel(TASK_ID)).applied
    assert (await job_state(arq_pool, queue))[:3] == by_arq[:3]
    assert by_arq[1] == (1 if due_ms > NOW_MS else due_ms) and by_arq[2] == NOW_MS
    assert await redis.exists(keys.task(TASK_ID))
