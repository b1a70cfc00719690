"""Per-type concurrency limits (TYPE_CONCURRENCY, TaskType.concurrency_limit): the setting, the leased run slots in
Redis, real arq workers that never run more of a capped type at once than its limit, and the metrics."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator
from typing import Any

import msgspec
import pytest
from pytest_aiohttp import AiohttpClient
from redis.asyncio import Redis

from service.config import Settings, SettingsError, load_settings
from service.plugins import TaskType
from service.registry import concurrency_limits
from service.storage import TaskStorage, keys
from service.storage.slots import Slot, TypeSlots
from tests.api_support import ADMIN, start
from tests.metrics_support import samples_of
from tests.waiting import until
from tests.worker_support import running_worker
from worker.caps import type_gate

LIMIT = 2
SLEEPS = 8
SLEEP_S = 1.0
#: arq reads this many due jobs a poll: fewer than the refused sleep jobs ahead of the echo jobs
READ_LIMIT = 4


async def _run(context: Any, data: Any) -> None:
    return None


def kind(name: str, limit: int | None = None) -> TaskType[Any, Any]:
    return TaskType(name=name, run=_run, concurrency_limit=limit)


def test_the_setting_reads_type_equals_limit() -> None:
    settings = load_settings({"TYPE_CONCURRENCY": " sleep=2, evaluate_department = 4 ,"})
    assert settings.concurrency_limits() == {"sleep": 2, "evaluate_department": 4}
    assert load_settings({}).concurrency_limits() == {}


@pytest.mark.parametrize(
    ("raw", "says"),
    [
        ("sleep", "is not TYPE=N"),
        ("sleep=two", "is not TYPE=N"),
        ("Sleep=2", "is not TYPE=N"),
        ("sleep=2,sleep=3", "is not TYPE=N"),
        ("sleep=-1", "is not TYPE=N"),
        ("sleep=0", "the limit must be 1 to 100000"),
        ("sleep=100001", "the limit must be 1 to 100000"),
    ],
)
def test_a_bad_setting_is_named(raw: str, says: str) -> None:
    with pytest.raises(SettingsError, match=f"^TYPE_CONCURRENCY: .*{says}"):
        load_settings({"TYPE_CONCURRENCY": raw})


def test_a_type_declares_its_limit_and_the_setting_overrides_it() -> None:
    types = {"a": kind("a", 3), "b": kind("b"), "c": kind("c", 5)}
    assert concurrency_limits(types, {}) == {"a": 3, "c": 5}
    assert concurrency_limits(types, {"a": 1, "b": 2, "not_served": 7}) == {"a": 1, "b": 2, "c": 5}


@pytest.mark.parametrize("limit", [0, -1, True, 2.0, "2", 100_001])
def test_a_bad_declared_limit_is_refused(limit: Any) -> None:
    with pytest.raises(ValueError, match="concurrency_limit must be an integer from 1 to 100000"):
        kind("a", limit)


async def test_slots_are_bounded_by_the_limit_and_leased(redis: Redis) -> None:
    slots = TypeSlots(redis)
    assert [await slots.acquire("t", job, limit=2, lease_ms=60_000) for job in "abc"] == [
        Slot.ACQUIRED,
        Slot.ACQUIRED,
        Slot.REFUSED,
    ]
    assert await slots.acquire("t", "a", limit=2, lease_ms=60_000) is Slot.HELD
    assert 0 < await redis.pttl(keys.type_slots("t")) <= 60_000
    await slots.release("t", "a")
    assert await slots.acquire("t", "c", limit=2, lease_ms=60_000) is Slot.ACQUIRED
    assert await redis.zcard(keys.type_slots("t")) == 2

    # a lease nobody renews lapses by itself (its worker died): the slot is taken by the next job that asks
    assert await slots.acquire("u", "dead", limit=1, lease_ms=100) is Slot.ACQUIRED
    assert await until(lambda: slots.acquire("u", "next", limit=1, lease_ms=60_000), timeout=5) is Slot.ACQUIRED
    assert await redis.zrange(keys.type_slots("u"), 0, -1) == ["next"]
    # renewal keeps live leases and never brings a lapsed one back
    assert await slots.renew({"next": "u", "dead": "u"}, lease_ms=60_000) == 1
    assert await redis.zrange(keys.type_slots("u"), 0, -1) == ["next"]


async def test_deferring_moves_only_jobs_still_queued(redis: Redis) -> None:
    await redis.zadd("q", {"queued": 1})
    await TypeSlots(redis).defer("q", {"queued": 1000, "gone": 1000})
    assert await redis.zrange("q", 0, -1) == ["queued"]
    assert await redis.zscore("q", "queued") > 1  # type: ignore[operator]


@pytest.fixture
def capped(settings: Settings) -> Settings:
    return msgspec.structs.replace(settings, type_concurrency=f"sleep={LIMIT}", worker_concurrency=3)


class Sampler:
    """The capped type's slots held and tasks processing, read again and again while the workers run."""

    def __init__(self, redis: Redis) -> None:
        self.redis = redis
        self.slots: list[int] = []
        self.processing: list[int] = []

    async def run(self) -> None:
        while True:
            self.slots.append(await self.redis.zcard(keys.type_slots("sleep")))
            self.processing.append(int(await self.redis.hget(keys.METRICS, "sleep:processing_tasks") or 0))
            await asyncio.sleep(0.005)


@contextlib.asynccontextmanager
async def sampling(redis: Redis) -> AsyncIterator[Sampler]:
    sampler = Sampler(redis)
    task = asyncio.create_task(sampler.run())
    try:
        yield sampler
    finally:
        task.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await task


async def statuses(storage: TaskStorage, task_ids: list[str]) -> list[tuple[str, int]]:
    return [((task := await storage.get(task_id)).status.value, task.attempts) for task_id in task_ids]


async def test_two_workers_never_run_more_than_the_limit(capped: Settings, storage: TaskStorage, redis: Redis) -> None:
    sleeps = [
        (await storage.create(project_id="p", task_type="sleep", task_data={"seconds": SLEEP_S})).task_id
        for _ in range(SLEEPS)
    ]
    echoes = [(await storage.create(project_id="p", task_type="echo", task_data={})).task_id for _ in range(3)]
    async with (
        sampling(redis) as sampler,
        running_worker(capped, queue_read_limit=READ_LIMIT),
        running_worker(capped, queue_read_limit=READ_LIMIT),
    ):

        async def echoes_done() -> bool:
            return all(status == "completed" for status, _ in await statuses(storage, echoes))

        await until(echoes_done, timeout=10)
        # the echo jobs sat behind the refused sleep jobs and still ran before the sleep backlog could drain
        sleeps_done = sum(status == "completed" for status, _ in await statuses(storage, sleeps))
        assert sleeps_done <= LIMIT  # blocked behind them, they would have waited for 5 of them

        async def sleeps_done_all() -> bool:
            return all(status == "completed" for status, _ in await statuses(storage, sleeps))

        await until(sleeps_done_all, timeout=30)
    assert max(sampler.slots) == LIMIT, sampler.slots
    assert max(sampler.processing) == LIMIT, sampler.processing
    # a job refused a slot was never claimed: every task ran once, on its first try
    assert await statuses(storage, sleeps) == [("completed", 1)] * SLEEPS
    assert not await redis.exists(keys.type_slots("sleep"))  # every slot given back


async def test_metrics_show_the_limit_and_the_running_count(
    aiohttp_client: AiohttpClient, capped: Settings, redis: Redis
) -> None:
    client = await start(aiohttp_client, capped)
    await TypeSlots(redis).acquire("sleep", "job", limit=LIMIT, lease_ms=60_000)

    report = await (await client.get("/api/v1/tasks/metrics", headers=ADMIN)).json()
    sleep = report["by_task_type"]["sleep"]
    assert (sleep["concurrency_limit"], sleep["concurrency_running"], sleep["total_tasks"]) == (LIMIT, 1, 0)
    assert "echo" not in report["by_task_type"]  # no task of it yet, no limit: nothing to show
    project = await (await client.get("/api/v1/tasks/metrics?project_id=p", headers=ADMIN)).json()
    assert "sleep" not in project["by_task_type"]  # slots are shared by every project

    samples = samples_of(await (await client.get("/metrics")).text())
    assert samples[("taskservice_type_concurrency_limit", (("task_type", "sleep"),))] == LIMIT
    assert samples[("taskservice_type_running", (("task_type", "sleep"),))] == 1
    assert not [name for name, labels in samples if name.startswith("taskservice_type_") and "echo" in str(labels)]


def test_without_a_limit_a_worker_has_no_gate(settings: Settings, redis: Redis) -> None:
    types = {"a": kind("a"), "b": kind("b")}
    assert type_gate(settings, types, redis, {"q": ["a", "b"]}) is None  # arq's own start: no command added
    gate = type_gate(msgspec.structs.replace(settings, type_concurrency="b=1"), types, redis, {"q": ["a"], "r": ["b"]})
    assert gate is not None and (gate.capped("q"), gate.capped("r"), gate.limits) == ([], ["b"], {"b": 1})
    assert gate.lease_ms == int(settings.heartbeat_seconds * 3 * 1000)
