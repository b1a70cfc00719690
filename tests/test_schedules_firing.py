"""Schedules fired by real worker processes, created through a real API process: exactly one task per tick with
three workers racing (200 ticks), no replay of ticks missed while no worker ran, and a disabled or deleted
schedule fires no more while the workers run on."""

from __future__ import annotations

import time
from collections import defaultdict
from collections.abc import AsyncIterator, Iterator
from contextlib import ExitStack
from datetime import datetime
from typing import Any

import pytest
from redis.asyncio import Redis

from service.storage import keys
from tests.constants import ADMIN_KEY
from tests.faults_support import Api, api_client
from tests.processes import api_process, service_env, worker_process
from tests.waiting import until

PROJECT = "ticks"
BASE = f"/api/v1/projects/{PROJECT}/schedules"
SCHEDULES = 20
TICKS_EACH = 10  # 20 schedules x 10 one-second ticks: 200 ticks


@pytest.fixture(scope="module")
def env(redis_url: str) -> dict[str, str]:
    return service_env(redis_url, ADMIN_KEY)


@pytest.fixture(scope="module")
def api_url(env: dict[str, str]) -> Iterator[str]:
    with api_process(env) as url:
        yield url


@pytest.fixture
async def api(redis: Redis, api_url: str) -> AsyncIterator[Api]:
    async with api_client(api_url) as client:
        yield client


def ms(iso: str) -> int:
    return round(datetime.fromisoformat(iso).timestamp() * 1000)


async def create(api: Api, body: dict[str, Any]) -> dict[str, Any]:
    async with api.http.post(BASE, json=body) as answer:
        assert answer.status == 201, await answer.text()
        return dict(await answer.json())


async def change(api: Api, schedule_id: str, body: dict[str, Any]) -> dict[str, Any]:
    async with api.http.patch(f"{BASE}/{schedule_id}", json=body) as answer:
        assert answer.status == 200, await answer.text()
        return dict(await answer.json())


async def all_tasks(api: Api) -> list[dict[str, Any]]:
    """Every task of the project (the listing, page by page, oldest first)."""
    found: list[dict[str, Any]] = []
    offset: int | None = 0
    while offset is not None:
        page = await api.ok(f"/api/v1/projects/{PROJECT}/tasks?order=asc&limit=200&offset={offset}")
        found += page["tasks"]
        offset = page["pagination"]["next_offset"]
    return found


async def ticks_by_schedule(api: Api) -> dict[str, list[int]]:
    ticks: dict[str, list[int]] = defaultdict(list)
    for task in await all_tasks(api):
        ticks[task["metadata"]["schedule_id"]].append(ms(task["metadata"]["scheduled_tick"]))
    return {schedule_id: sorted(found) for schedule_id, found in ticks.items()}


async def total(api: Api) -> int:
    return int((await api.ok(f"/api/v1/projects/{PROJECT}/tasks?limit=1"))["pagination"]["total"])


async def workers_alive(redis: Redis, count: int) -> bool:
    return await redis.zcard(keys.workers("arq:queue")) >= count


async def test_three_workers_fire_each_of_200_ticks_once(api: Api, redis: Redis, env: dict[str, str]) -> None:
    with ExitStack() as stack:
        for _ in range(3):
            stack.enter_context(worker_process(env))
        await until(lambda: workers_alive(redis, 3), timeout=60)
        made = [await create(api, {"task_type": "echo", "every_seconds": 1}) for _ in range(SCHEDULES)]
        need = SCHEDULES * (TICKS_EACH + 1)
        await until(lambda: _at_least(api, need), timeout=60, interval=0.2)
        stopped = int(time.time() * 1000)
        for schedule in made:
            async with api.http.delete(f"{BASE}/{schedule['schedule_id']}") as answer:
                assert answer.status == 204
        assert await workers_alive(redis, 3)  # all three ran throughout
    ticks = await ticks_by_schedule(api)
    assert set(ticks) == {schedule["schedule_id"] for schedule in made}
    for schedule in made:
        found = ticks[schedule["schedule_id"]]
        first = ms(schedule["next_run_at"])
        # none twice, none missed: every tick from the first one to the last, once each
        assert found == list(range(first, found[-1] + 1, 1000)), (schedule["schedule_id"], found)
        assert found[-1] >= stopped - 2500, (found[-1], stopped)  # and on until the schedule was deleted
    assert sum(len(found) for found in ticks.values()) >= SCHEDULES * TICKS_EACH


async def _at_least(api: Api, count: int) -> bool:
    return await total(api) >= count


async def test_ticks_missed_while_no_worker_ran_are_not_replayed(api: Api, redis: Redis, env: dict[str, str]) -> None:
    schedule = await create(api, {"task_type": "echo", "every_seconds": 1, "metadata": {"from": "schedule"}})
    first = ms(schedule["next_run_at"])
    await until(lambda: _past(first + 4000), timeout=10, interval=0.05)  # four ticks or more missed
    with worker_process(env):
        started = int(time.time() * 1000)
        await until(lambda: _at_least(api, 1), timeout=60, interval=0.05)
        await until(lambda: _at_least(api, 2), timeout=10, interval=0.05)  # and it ticks on
    ticks = (await ticks_by_schedule(api))[schedule["schedule_id"]]
    # one catch-up task, for the latest tick when the worker came up: none of the missed ones before it
    assert ticks[0] >= max(first + 4000, started - 1000), (first, started, ticks)
    assert ticks == list(range(ticks[0], ticks[-1] + 1, 1000)), ticks  # then each tick once
    tasks = await all_tasks(api)
    last = max(tasks, key=lambda task: task["metadata"]["scheduled_tick"])
    now = await api.ok(f"{BASE}/{schedule['schedule_id']}")
    assert (now["last_task_id"], now["last_run_at"]) == (last["task_id"], last["created_at"])
    assert ms(now["next_run_at"]) == ms(last["metadata"]["scheduled_tick"]) + 1000
    assert ms(now["next_run_at"]) > ms(last["created_at"])
    assert last["metadata"] == {"from": "schedule", "schedule_id": schedule["schedule_id"], "scheduled_tick": ANY_TICK}


class _AnyTick:
    def __eq__(self, other: object) -> bool:
        return isinstance(other, str) and other.endswith("Z")


ANY_TICK = _AnyTick()


async def _past(at_ms: int) -> bool:
    return time.time() * 1000 > at_ms


async def test_disabled_then_deleted_schedules_fire_no_more(api: Api, redis: Redis, env: dict[str, str]) -> None:
    with worker_process(env):
        await until(lambda: workers_alive(redis, 1), timeout=60)
        schedule = await create(api, {"task_type": "sleep", "task_data": {"seconds": 30}, "every_seconds": 1})
        await until(lambda: _at_least(api, 2), timeout=10, interval=0.05)
        off = await change(api, schedule["schedule_id"], {"enabled": False})
        assert off["next_run_at"] is None
        count = await total(api)
        await until(lambda: _past(ms(off["updated_at"]) + 2500), timeout=10, interval=0.05)  # two ticks' time
        assert await total(api) == count
        on = await change(api, schedule["schedule_id"], {"enabled": True})
        assert ms(on["next_run_at"]) > ms(on["updated_at"])
        await until(lambda: _at_least(api, count + 1), timeout=10, interval=0.05)
        # a tick's task is a normal task: listed, and cancellable while it runs
        task = (await all_tasks(api))[-1]
        async with api.http.post(f"/api/v1/tasks/{task['task_id']}/cancel") as answer:
            assert answer.status == 200, await answer.text()
        async with api.http.delete(f"{BASE}/{schedule['schedule_id']}") as answer:
            assert answer.status == 204
        count = await total(api)
        deleted_at = int(time.time() * 1000)
        await until(lambda: _past(deleted_at + 2500), timeout=10, interval=0.05)
        assert await total(api) == count
