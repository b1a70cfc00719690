"""Claims left by a dead worker on jobs whose task became final (cancelled) are dropped, not kept until arq's
claim expiry (345 s) with every idle worker re-reading them on each poll."""

from __future__ import annotations

import asyncio
import time

import pytest
from redis.asyncio import Redis

from service.config import load_settings
from service.models import TaskStatus
from service.storage import TaskStorage, keys
from service.storage.rescue import Claims
from tests.constants import ADMIN_KEY
from tests.faults_support import Api, kill9, processing
from tests.processes import service_env, worker_process
from tests.waiting import until
from worker.heartbeat import STALE_AFTER_BEATS
from worker.rescue import Rescuer, release_bound_s

PROJECT = "stale-claims"
STALE_S = 0.1
DEAD, LIVE = "host:1:dead", "host:2:live"
HELD = 10
#: Starting the replacement worker and its first passes, on a loaded 2-core machine.
START_SLACK_S = 10.0


def arq_keys(task_id: str) -> list[str]:
    return [keys.arq_in_progress(task_id), keys.arq_job(task_id), keys.arq_retry(task_id)]


async def cancelled_while_claimed(storage: TaskStorage, redis: Redis, owner: str) -> str:
    """A task started by `owner` (its arq job claimed), then cancelled as the API does."""
    task_id = (await storage.create(project_id=PROJECT, task_type="sleep", task_data={"seconds": 60})).task_id
    await redis.set(keys.arq_in_progress(task_id), "1", px=300_000)
    await redis.set(keys.arq_retry(task_id), 1)
    await storage.start(task_id, 1, worker_id=owner, worker_queue=storage.queue_name)
    await storage.cancel(task_id, await storage.identity(task_id))
    return task_id


async def two_passes(rescuer: Rescuer) -> int:
    dropped = 0
    for _ in range(2):
        rescuer.start_pass()
        dropped += await rescuer.sweep_queue()
        rescuer.end_pass()
        await asyncio.sleep(STALE_S * 1.2)
    return dropped


@pytest.fixture
def rescuer(redis: Redis, storage: TaskStorage) -> Rescuer:
    return Rescuer(Claims(redis, queue_name=storage.queue_name), stale_after_seconds=STALE_S)


async def test_final_task_of_a_dead_worker_is_dropped(storage: TaskStorage, redis: Redis, rescuer: Rescuer) -> None:
    task_id = await cancelled_while_claimed(storage, redis, DEAD)
    assert await two_passes(rescuer) == 1
    assert await redis.exists(*arq_keys(task_id)) == 0
    assert await redis.zscore(storage.queue_name, task_id) is None
    assert await redis.zscore(keys.ARQ_ABORT, task_id) is None
    assert (await storage.get(task_id)).status == TaskStatus.CANCELLED  # the record is left as it is


async def test_final_task_of_a_live_worker_is_left_to_it(storage: TaskStorage, redis: Redis, rescuer: Rescuer) -> None:
    task_id = await cancelled_while_claimed(storage, redis, LIVE)
    await redis.zadd(keys.workers(storage.queue_name), {LIVE: (time.time() + 60) * 1000})
    assert await two_passes(rescuer) == 0
    assert await redis.exists(*arq_keys(task_id)) == 3  # it is aborting the job itself


async def test_claim_of_a_gone_record_is_dropped(storage: TaskStorage, redis: Redis, rescuer: Rescuer) -> None:
    task_id = await cancelled_while_claimed(storage, redis, DEAD)
    await redis.delete(keys.task(task_id))
    assert await two_passes(rescuer) == 1
    assert await redis.exists(*arq_keys(task_id)) == 0


async def test_one_look_drops_nothing(storage: TaskStorage, redis: Redis, rescuer: Rescuer) -> None:
    task_id = await cancelled_while_claimed(storage, redis, DEAD)
    rescuer.start_pass()
    assert await rescuer.sweep_queue() == 0
    rescuer.end_pass()
    assert await redis.exists(*arq_keys(task_id)) == 3


# --- real processes: kill -9 a worker holding 10 tasks, cancel them all, start a new worker ---


@pytest.fixture(scope="module")
def env(redis_url: str) -> dict[str, str]:
    return service_env(redis_url, ADMIN_KEY, WORKER_CONCURRENCY=str(HELD))


async def arq_left(redis: Redis, queue_name: str) -> tuple[int, int, int]:
    """(queue entries, in-progress keys, abort markers)"""
    claims = [key async for key in redis.scan_iter(match=keys.arq_in_progress("*"), count=1000)]
    return await redis.zcard(queue_name), len(claims), await redis.zcard(keys.ARQ_ABORT)


async def test_killed_worker_then_cancel_leaves_no_claim(api: Api, redis: Redis, env: dict[str, str]) -> None:
    settings = load_settings(env)
    with worker_process(env) as doomed:
        task_ids = [await api.submit(PROJECT, "sleep", {"seconds": 120}) for _ in range(HELD)]
        await until(lambda: processing(api, task_ids), timeout=20, interval=0.05)
        kill9(doomed)
    for task_id in task_ids:
        async with api.http.post(f"/api/v1/tasks/{task_id}/cancel") as answer:
            assert answer.status == 200, await answer.text()
    assert await arq_left(redis, settings.queue_name) == (HELD, HELD, HELD)
    bound = release_bound_s(settings.heartbeat_seconds, settings.reconcile_interval_seconds, STALE_AFTER_BEATS)
    with worker_process(env):

        async def cleared() -> bool:
            return await arq_left(redis, settings.queue_name) == (0, 0, 0)

        await until(cleared, timeout=bound + START_SLACK_S, interval=0.1)
    figures = (await api.metrics(PROJECT))["metrics"]
    assert (figures["cancelled_tasks"], figures["processing_tasks"], figures["queued_tasks"]) == (HELD, 0, 0)
