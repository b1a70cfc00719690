"""Releasing arq claims no live worker holds: only on a second look, only once per try, never a live one's."""

from __future__ import annotations

import asyncio
import time

import pytest
from redis.asyncio import Redis

from service.storage import TaskStorage, keys
from service.storage.rescue import GIVEN_UP, Claims
from worker.rescue import Rescuer

PROJECT = "rescue-proj"
STALE_S = 0.1
DEAD, LIVE = "host:1:dead", "host:2:live"


@pytest.fixture
def rescuer(redis: Redis) -> Rescuer:
    return Rescuer(Claims(redis), stale_after_seconds=STALE_S)


async def claimed(storage: TaskStorage, redis: Redis, *, owner: str | None, tries: int | None = 1) -> str:
    """A task whose arq job is claimed (in-progress key set), started by `owner` unless None."""
    task_id = (await storage.create(project_id=PROJECT, task_type="echo", task_data={})).task_id
    await redis.set(keys.arq_in_progress(task_id), "1", px=300_000)
    if tries is not None:
        await redis.set(keys.arq_retry(task_id), tries)
    if owner is not None:
        await storage.start(task_id, tries or 1, worker_id=owner, worker_queue=storage.queue_name)
    return task_id


async def beat(redis: Redis, storage: TaskStorage, worker_id: str, age_s: float) -> None:
    await redis.zadd(keys.workers(storage.queue_name), {worker_id: (time.time() - age_s) * 1000})


async def sweep(rescuer: Rescuer, *task_ids: str) -> int:
    rescuer.start_pass()
    released = await rescuer.sweep(list(task_ids))
    rescuer.end_pass()
    return released


async def two_looks(rescuer: Rescuer, *task_ids: str) -> int:
    first = await sweep(rescuer, *task_ids)
    await asyncio.sleep(STALE_S * 1.2)  # the window between the looks is what is under test
    return first + await sweep(rescuer, *task_ids)


async def held(redis: Redis, task_id: str) -> bool:
    return bool(await redis.exists(keys.arq_in_progress(task_id)))


async def test_dead_owner_is_released_on_the_second_look(storage: TaskStorage, redis: Redis, rescuer: Rescuer) -> None:
    task_id = await claimed(storage, redis, owner=DEAD)
    await beat(redis, storage, DEAD, age_s=60)
    assert await sweep(rescuer, task_id) == 0  # one look proves nothing
    assert await held(redis, task_id)
    await asyncio.sleep(STALE_S * 1.2)
    assert await sweep(rescuer, task_id) == 1
    assert not await held(redis, task_id)
    assert await redis.exists(keys.arq_job(task_id))  # arq runs it again from its queue entry


async def test_live_owner_keeps_its_claim(storage: TaskStorage, redis: Redis, rescuer: Rescuer) -> None:
    task_id = await claimed(storage, redis, owner=LIVE)
    await beat(redis, storage, LIVE, age_s=-60)  # beats well into the future: live at every look
    assert await two_looks(rescuer, task_id) == 0
    assert await held(redis, task_id)


async def test_owner_that_beats_again_between_looks_keeps_it(
    storage: TaskStorage, redis: Redis, rescuer: Rescuer
) -> None:
    # as after a Redis outage: every heartbeat looks stale at the first look, the live worker beats again
    task_id = await claimed(storage, redis, owner=LIVE)
    await beat(redis, storage, LIVE, age_s=60)
    assert await sweep(rescuer, task_id) == 0
    await beat(redis, storage, LIVE, age_s=-60)
    await asyncio.sleep(STALE_S * 1.2)
    assert await sweep(rescuer, task_id) == 0
    assert await held(redis, task_id)


async def test_claimed_but_never_started_is_released(storage: TaskStorage, redis: Redis, rescuer: Rescuer) -> None:
    task_id = await claimed(storage, redis, owner=None, tries=None)  # worker died between claim and start
    assert await two_looks(rescuer, task_id) == 1
    assert not await held(redis, task_id)


async def test_one_release_per_try(storage: TaskStorage, redis: Redis) -> None:
    task_id = await claimed(storage, redis, owner=None, tries=None)
    rescuers = [Rescuer(Claims(redis), stale_after_seconds=STALE_S) for _ in range(3)]
    for rescuer in rescuers:
        await sweep(rescuer, task_id)
    await asyncio.sleep(STALE_S * 1.2)
    assert await sweep(rescuers[0], task_id) == 1
    # a new worker claims it and has not counted its try yet: the other reconcilers must leave it be
    await redis.set(keys.arq_in_progress(task_id), "1", px=300_000)
    assert [await sweep(rescuer, task_id) for rescuer in rescuers[1:]] == [0, 0]
    assert await held(redis, task_id)


async def test_a_re_claim_that_never_counts_its_try_is_released_again(
    storage: TaskStorage, redis: Redis, rescuer: Rescuer
) -> None:
    task_id = await claimed(storage, redis, owner=None, tries=None)
    assert await two_looks(rescuer, task_id) == 1
    # re-claimed, and that worker failed before counting its try (Redis went away under it): nobody holds it
    await redis.set(keys.arq_in_progress(task_id), "1", px=300_000)
    assert await two_looks(rescuer, task_id) == 1
    assert not await held(redis, task_id)


async def test_a_claim_that_moved_starts_the_clock_over(storage: TaskStorage, redis: Redis, rescuer: Rescuer) -> None:
    task_id = await claimed(storage, redis, owner=DEAD)
    await beat(redis, storage, DEAD, age_s=60)
    assert await sweep(rescuer, task_id) == 0
    await redis.incr(keys.arq_retry(task_id))  # another start since the first look
    await asyncio.sleep(STALE_S * 1.2)
    assert await sweep(rescuer, task_id) == 0
    assert await held(redis, task_id)


async def test_given_up_claim_is_released_though_its_owner_lives(
    storage: TaskStorage, redis: Redis, rescuer: Rescuer
) -> None:
    task_id = await claimed(storage, redis, owner=LIVE)
    await beat(redis, storage, LIVE, age_s=-60)
    claims = Claims(redis)
    assert not await claims.disown(task_id, DEAD)  # only the recorded owner may give it up
    assert await claims.disown(task_id, LIVE)
    assert (await redis.hget(keys.task(task_id), "worker_id")) == GIVEN_UP  # type: ignore[misc]
    assert await two_looks(rescuer, task_id) == 1


async def test_release_rechecks_the_heartbeat(storage: TaskStorage, redis: Redis) -> None:
    task_id = await claimed(storage, redis, owner=DEAD)
    claims = Claims(redis)
    (claim,) = await claims.held([task_id])
    await beat(redis, storage, DEAD, age_s=0)  # it beat after the look
    assert not await claims.release(claim, live_since_ms=int((time.time() - 5) * 1000))
    assert await claims.release(claim, live_since_ms=int((time.time() + 5) * 1000))


async def test_finished_and_unclaimed_jobs_are_not_claims(storage: TaskStorage, redis: Redis) -> None:
    queued = (await storage.create(project_id=PROJECT, task_type="echo", task_data={})).task_id
    ended = await claimed(storage, redis, owner=DEAD)
    await redis.delete(keys.arq_job(ended))
    assert await Claims(redis).held([queued, ended]) == []


async def test_a_task_naming_this_live_worker_that_it_does_not_run_is_given_up_then_released(
    storage: TaskStorage, redis: Redis
) -> None:
    """After a failover undid its end (or its give-up), a task names a live worker that no longer runs its job."""
    task_id = await claimed(storage, redis, owner=LIVE)
    await beat(redis, storage, LIVE, age_s=0)
    running: set[str] = {task_id}
    rescuer = Rescuer(Claims(redis), stale_after_seconds=STALE_S, own=(LIVE, running))
    assert await two_looks(rescuer, task_id) == 0  # it runs the job: its claim stands
    running.clear()
    assert await sweep(rescuer, task_id) == 0  # given up (worker_id "-"): a dead worker's now
    assert await two_looks(rescuer, task_id) == 1
    assert not await held(redis, task_id)
