"""The workers' own figures in /metrics: starts and lost beats, the reconcile pass's actions and stuck attempts,
and taskservice_redis_up, which answers 0 (with a 200, when the scrape asks) while Redis is unreachable."""

from __future__ import annotations

import asyncio
import time
from pathlib import Path

import msgspec
from pytest_aiohttp import AiohttpClient
from redis.asyncio import Redis

from deploy.redis_local import start_redis
from service.config import Settings
from service.storage import TaskStorage, keys, upkeep
from service.storage.metrics import forget_worker, heartbeat
from service.storage.rescue import Claims
from tests.api_support import start
from tests.metrics_support import samples_of
from tests.waiting import until
from tests.worker_support import running_worker
from worker.rescue import Rescuer

PROJECT = "upkeep-proj"
STALE_S = 0.1


async def upkeep_hash(redis: Redis) -> dict[str, int]:
    return upkeep.upkeep_figures(await redis.hgetall(keys.UPKEEP_METRICS))  # type: ignore[misc]


async def claimed_by(storage: TaskStorage, redis: Redis, owner: str, beat_age_s: float) -> str:
    """A processing task whose arq job is claimed by `owner`, whose last beat is `beat_age_s` old."""
    task_id = (await storage.create(project_id=PROJECT, task_type="echo", task_data={})).task_id
    await redis.set(keys.arq_in_progress(task_id), "1", px=300_000)
    await redis.set(keys.arq_retry(task_id), 1)
    await storage.start(task_id, 1, worker_id=owner, worker_queue=storage.queue_name)
    await redis.zadd(keys.workers(storage.queue_name), {owner: (time.time() - beat_age_s) * 1000})
    return task_id


async def test_a_pass_counts_released_claims_and_stuck_attempts(storage: TaskStorage, redis: Redis) -> None:
    dead = await claimed_by(storage, redis, "host:1:dead", beat_age_s=60)
    stuck = await claimed_by(storage, redis, "host:2:live", beat_age_s=-60)  # live, but past echo's limit
    rescuer = Rescuer(Claims(redis), stale_after_seconds=STALE_S, limits={"echo": 0.0})
    for look in range(2):
        rescuer.start_pass()
        await rescuer.sweep([dead, stuck])
        rescuer.end_pass()
        if look == 0:
            assert rescuer.figures(0) == upkeep.PassFigures(stuck=2)  # nothing released on a first look
            await asyncio.sleep(STALE_S * 1.2)  # the window between two looks is what a release needs
    assert rescuer.figures(finalised=3) == upkeep.PassFigures(finalised=3, released=1, stuck=1)
    assert not await redis.exists(keys.arq_in_progress(dead))

    await upkeep.record_pass(redis, rescuer.figures(3), now_ms=1_700_000_000_000)
    await upkeep.record_pass(redis, upkeep.PassFigures(released=1), now_ms=1_700_000_001_000)
    assert await upkeep_hash(redis) == {
        **{field: 0 for field in upkeep.COUNTERS},
        upkeep.ORPHANS_FINALISED: 3,
        upkeep.CLAIMS_RELEASED: 2,
        upkeep.STUCK_PROCESSING: 0,  # a gauge: the latest pass's figure
        upkeep.RECONCILED_AT_MS: 1_700_000_001_000,
    }


async def test_an_attempt_within_its_limit_is_not_stuck(storage: TaskStorage, redis: Redis) -> None:
    task_id = await claimed_by(storage, redis, "host:2:live", beat_age_s=-60)
    for limits in ({"echo": 60.0}, {"sleep": 0.0}):  # within echo's limit; no limit known for echo
        rescuer = Rescuer(Claims(redis), stale_after_seconds=STALE_S, limits=limits)
        rescuer.start_pass()
        await rescuer.sweep([task_id])
        assert rescuer.figures(0).stuck == 0


async def test_a_worker_missing_its_beats_is_counted_lost_a_clean_stop_is_not(redis: Redis, settings: Settings) -> None:
    queue = settings.queue_name
    await heartbeat(redis, queue, "gone", stale_after_ms=60_000)
    await heartbeat(redis, queue, "leaving", stale_after_ms=60_000)
    await forget_worker(redis, queue, "leaving")
    await redis.zadd(keys.workers(queue), {"gone": 1})  # its last beat long ago
    await heartbeat(redis, queue, "live", stale_after_ms=60_000)
    await heartbeat(redis, queue, "live", stale_after_ms=60_000)
    assert (await upkeep_hash(redis))[upkeep.WORKERS_LOST] == 1


async def test_a_running_worker_shows_its_start_and_its_passes_in_metrics(
    aiohttp_client: AiohttpClient, settings: Settings, redis: Redis
) -> None:
    client = await start(aiohttp_client, settings)
    before_ms = time.time() * 1000
    async with running_worker(settings):  # reconcile passes every 0.5 s in the test settings

        async def passed() -> bool:
            return (await upkeep_hash(redis))[upkeep.RECONCILED_AT_MS] > before_ms

        await until(passed)
    samples = samples_of(await (await client.get("/metrics")).text())
    assert samples[("taskservice_workers_started_total", ())] == 1
    assert samples[("taskservice_workers_lost_total", ())] == 0
    assert samples[("taskservice_tasks_stuck_processing", ())] == 0
    assert samples[("taskservice_reconcile_last_pass_timestamp_seconds", ())] > before_ms / 1000
    assert samples[("taskservice_redis_up", ())] == 1
    for name in ("reconciler_orphans_finalised", "rescuer_claims_released", "rescuer_jobs_dropped"):
        assert samples[(f"taskservice_{name}_total", ())] == 0


async def test_metrics_answer_redis_down_with_a_200(
    aiohttp_client: AiohttpClient, settings: Settings, tmp_path: Path
) -> None:
    proc, url = start_redis(tmp_path, persistent=False)
    try:
        client = await start(aiohttp_client, msgspec.structs.replace(settings, redis_url=url))
        assert samples_of(await (await client.get("/metrics")).text())[("taskservice_redis_up", ())] == 1
    finally:
        proc.terminate()
        proc.wait(10)
    resp = await client.get("/metrics", params={"redis_down": "gauge"})
    assert resp.status == 200
    assert samples_of(await resp.text()) == {("taskservice_redis_up", ()): 0}
    assert (await client.get("/metrics")).status == 503  # without it, the envelope (tests/test_api_hardening.py)
    bad = await client.get("/metrics", params={"redis_down": "maybe"})
    assert bad.status == 422
