"""kill -9 of a worker process holding the run slots of a capped type: the tasks over the limit wait queued without
using a try, the dead worker's slots come back by themselves within one lease (HEARTBEAT_SECONDS x
STALE_AFTER_BEATS), the waiting tasks then start on the other worker, and every task ends."""

from __future__ import annotations

import time

import pytest
from redis.asyncio import Redis

from service.config import load_settings
from service.storage import keys
from tests.constants import ADMIN_KEY
from tests.faults_support import Api, kill9, processing, record_figure
from tests.processes import service_env, worker_process
from tests.test_concurrency_limits import sampling
from tests.waiting import until
from worker.heartbeat import STALE_AFTER_BEATS
from worker.rescue import release_bound_s

LIMIT = 2
#: Long enough for the survivor to start (seconds on a loaded machine) while the doomed worker holds both slots.
HELD_S = 10.0
BEHIND = 4
#: Polls, the deferral of refused jobs and a start on a loaded 2-core machine, on top of the lease.
SLACK_S = 3.0


@pytest.fixture(scope="module")
def env(redis_url: str) -> dict[str, str]:
    return service_env(redis_url, ADMIN_KEY, TYPE_CONCURRENCY=f"sleep={LIMIT}", WORKER_CONCURRENCY="3")


async def two_live(api: Api) -> bool:
    return sum(queue["workers"] for queue in (await api.metrics())["queues"].values()) >= 2


async def scores(redis: Redis, task_ids: list[str]) -> list[float]:
    return [float(await redis.zscore("arq:queue", task_id) or 0) for task_id in task_ids]


async def deferred(redis: Redis, task_ids: list[str], first: list[float]) -> bool:
    """Whether each of these jobs was refused a slot since its queue scores were `first` (a refusal moves it
    later: to a time after the one it was due at)."""
    return all(now > then for now, then in zip(await scores(redis, task_ids), first, strict=True))


async def any_started(api: Api, task_ids: list[str]) -> bool:
    return any(task["status"] != "queued" for task in await api.tasks(task_ids))


async def test_a_killed_workers_slots_come_back(api: Api, redis: Redis, env: dict[str, str]) -> None:
    settings = load_settings(env)
    lease_s = settings.heartbeat_seconds * STALE_AFTER_BEATS
    project = "caps-kill"
    async with sampling(redis) as sampler:
        with worker_process(env) as doomed:
            held = [await api.submit(project, "sleep", {"seconds": HELD_S}) for _ in range(LIMIT)]
            await until(lambda: processing(api, held), timeout=15, interval=0.02)
            behind = [await api.submit(project, "sleep", {"seconds": 0.2}) for _ in range(BEHIND)]
            first = await scores(redis, behind)
            with worker_process(env):  # the survivor, started once the doomed worker holds both slots
                await until(lambda: two_live(api), timeout=15)
                await until(lambda: deferred(redis, behind, first), timeout=10, interval=0.02)
                # refused, not failed: queued, no try counted by arq or on the record
                tasks = await api.tasks(behind)
                assert [(task["status"], task["attempts"]) for task in tasks] == [("queued", 0)] * BEHIND
                assert not [task_id for task_id in behind if await redis.exists(keys.arq_retry(task_id))]
                sleep = (await api.metrics())["by_task_type"]["sleep"]
                assert (sleep["concurrency_limit"], sleep["concurrency_running"]) == (LIMIT, LIMIT)

                killed_at = kill9(doomed)
                # nobody gives the slots back: their leases lapse, and the survivor takes them
                await until(lambda: any_started(api, behind), timeout=lease_s + SLACK_S, interval=0.02)
                record_figure("type_slots_back_after_kill", time.monotonic() - killed_at)
                beats, interval = settings.heartbeat_seconds, settings.reconcile_interval_seconds
                bound = release_bound_s(beats, interval, STALE_AFTER_BEATS) + HELD_S + 2 * SLACK_S
                tasks = await api.until_final(held + behind, bound)
    assert max(sampler.slots) <= LIMIT, sampler.slots
    # the killed worker's tasks ran again (their claims released by the rescuer), the waiting ones once
    assert [(task["status"], task["attempts"]) for task in tasks] == [("completed", 2)] * LIMIT + [
        ("completed", 1)
    ] * BEHIND
