"""Per-type concurrency limits (TYPE_CONCURRENCY, TaskType.concurrency_limit): the setting, the leased run slots in
Redis, real arq workers that never run more of a capped type at once than its limit, and the metrics."""

from __future__ import annotations

import asyncio
import contextlib
import time
from collections.abc import AsyncIterator
from typing import Any

import msgspec
import pytest
import taskclient
from pytest_aiohttp import AiohttpClient
from redis.asyncio import Redis

from service.config import Settings, load_settings
from service.plugins import TaskType
from service.registry import concurrency_limits
from service.setting_values import SettingsError
from service.storage import TaskStorage, keys
from service.storage.slots import Slot, TypeSlots
from tests.api_support import ADMIN, start
from tests.metrics_support import samples_of
from tests.waiting import until
from tests.worker_support import running_worker, status_is
from worker.caps import RECHECK_MS, type_gate

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


async def test_refused_jobs_join_the_back_of_their_types_line(redis: Redis) -> None:
    slots = TypeSlots(redis)
    await redis.zadd("q", {"a": 1, "b": 1, "c": 1, "other": 1})
    await slots.defer("q", "t", ["a", "b", "gone"], first_ms=1000, spacing_ms=500)
    await slots.defer("q", "t", ["c"], first_ms=1000, spacing_ms=500)
    score = {job: await redis.zscore("q", job) for job in ("a", "b", "c", "other")}
    assert await redis.zrange("q", 0, -1) == ["other", "a", "b", "c"]  # "gone" ended: not put back
    assert (score["b"] - score["a"], score["c"] - score["b"]) == (500, 500)  # type: ignore[operator]
    assert 0 < await redis.pttl(keys.type_line("t")) <= score["c"] - score["a"] + 2000  # type: ignore[operator]


@pytest.fixture
def capped(settings: Settings) -> Settings:
    return msgspec.structs.replace(settings, type_concurrency=f"sleep={LIMIT}", worker_concurrency=3)


class Sampler:
    """Read again and again while the workers run: the capped type's slots held, its tasks processing, and arq's
    claims (in-progress keys) of its jobs, which exist only while a worker runs the job."""

    def __init__(self, redis: Redis, task_ids: list[str]) -> None:
        self.redis = redis
        self.claim_keys = [keys.arq_in_progress(task_id) for task_id in task_ids]
        self.slots: list[int] = []
        self.processing: list[int] = []
        self.claims: list[int] = []

    async def run(self) -> None:
        while True:
            self.slots.append(await self.redis.zcard(keys.type_slots("sleep")))
            self.processing.append(int(await self.redis.hget(keys.METRICS, "sleep:processing_tasks") or 0))
            if self.claim_keys:
                self.claims.append(await self.redis.exists(*self.claim_keys))
            await asyncio.sleep(0.005)


@contextlib.asynccontextmanager
async def sampling(redis: Redis, task_ids: list[str] | None = None) -> AsyncIterator[Sampler]:
    sampler = Sampler(redis, task_ids or [])
    task = asyncio.create_task(sampler.run())
    try:
        yield sampler
    finally:
        task.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await task


async def all_completed(storage: TaskStorage, task_ids: list[str]) -> bool:
    return all(status == "completed" for status, _ in await statuses(storage, task_ids))


async def statuses(storage: TaskStorage, task_ids: list[str]) -> list[tuple[str, int]]:
    return [((task := await storage.get(task_id)).status.value, task.attempts) for task_id in task_ids]


async def test_two_workers_never_run_more_than_the_limit(capped: Settings, storage: TaskStorage, redis: Redis) -> None:
    sleeps = [
        (await storage.create(project_id="p", task_type="sleep", task_data={"seconds": SLEEP_S})).task_id
        for _ in range(SLEEPS)
    ]
    echoes = [(await storage.create(project_id="p", task_type="echo", task_data={})).task_id for _ in range(3)]
    async with (
        sampling(redis, sleeps) as sampler,
        running_worker(capped, queue_read_limit=READ_LIMIT),
        running_worker(capped, queue_read_limit=READ_LIMIT),
    ):

        async def echoes_done() -> bool:
            return all(status == "completed" for status, _ in await statuses(storage, echoes))

        await until(echoes_done, timeout=10)
        # the echo jobs sat behind the refused sleep jobs and still ran before the sleep backlog could drain
        sleeps_done = sum(status == "completed" for status, _ in await statuses(storage, sleeps))
        assert sleeps_done <= LIMIT  # blocked behind them, they would have waited for 5 of them

        await until(lambda: all_completed(storage, sleeps), timeout=30)
    assert max(sampler.slots) == LIMIT, sampler.slots
    assert max(sampler.claims) == LIMIT, sampler.claims
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
    typed = msgspec.json.decode(msgspec.json.encode(report), type=taskclient.Metrics)  # the SDK reads them too
    figures = typed.by_task_type["sleep"]
    assert (figures.concurrency_limit, figures.concurrency_running) == (LIMIT, 1)
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


async def test_a_full_type_is_not_read_on_every_poll(settings: Settings, storage: TaskStorage, redis: Redis) -> None:
    """While one long task holds the only slot, its 20 waiting peers come due in turn, about one per RECHECK_MS
    (a ZSCORE each in slot_defer.lua, and one in slot_acquire.lua per ask), not on each of the worker's polls."""
    one = msgspec.structs.replace(settings, type_concurrency="sleep=1")
    long = (await storage.create(project_id="p", task_type="sleep", task_data={"seconds": 2.0})).task_id
    waiting = [
        (await storage.create(project_id="p", task_type="sleep", task_data={"seconds": 0})).task_id for _ in range(20)
    ]
    async with running_worker(one):
        await until(lambda: status_is(storage, long, "processing"), timeout=10)
        await redis.config_resetstat()
        began = time.monotonic()
        await until(lambda: status_is(storage, long, "completed"), timeout=10)
        elapsed = time.monotonic() - began
        stats = await redis.info("commandstats")
        await until(lambda: all_completed(storage, waiting), timeout=30)
    calls = {name.removeprefix("cmdstat_"): int(value["calls"]) for name, value in stats.items()}
    asks = calls.get("zcard", 0)  # only slot_acquire.lua sends ZCARD here: one per ask for a slot
    assert asks * 4 < calls["zrangebyscore"], calls  # arq's read of the queue, once a poll
    rechecks = elapsed * 1000 / RECHECK_MS  # each lets one waiting job (the limit) come due
    assert calls.get("zscore", 0) <= 2 * rechecks + 20, (elapsed, calls)  # each of 20 jobs every recheck: 20x that
    assert await statuses(storage, waiting) == [("completed", 1)] * len(waiting)


async def test_a_task_cancelled_while_waiting_leaves_without_a_slot(
    settings: Settings, storage: TaskStorage, redis: Redis
) -> None:
    one = msgspec.structs.replace(settings, type_concurrency="sleep=1")
    long = (await storage.create(project_id="p", task_type="sleep", task_data={"seconds": 5.0})).task_id
    waiting = (await storage.create(project_id="p", task_type="sleep", task_data={"seconds": 0})).task_id
    async with running_worker(one):
        await until(lambda: status_is(storage, long, "processing"), timeout=10)
        await storage.cancel(waiting, await storage.identity(waiting))

        async def job_gone() -> bool:
            return not await redis.exists(keys.arq_job(waiting))

        await until(job_gone, timeout=3)  # arq aborts it at once: it needs no slot for that
        assert (await storage.get(long)).status == "processing"
    assert (await storage.get(waiting)).status == "cancelled"


async def test_a_retry_takes_a_slot_again(settings: Settings, storage: TaskStorage) -> None:
    one = msgspec.structs.replace(settings, type_concurrency="sleep=1")
    retried = (await storage.create(project_id="p", task_type="sleep", task_data={"seconds": 0, "retries": 1})).task_id
    other = (await storage.create(project_id="p", task_type="sleep", task_data={"seconds": 0})).task_id
    async with running_worker(one):
        await until(lambda: all_completed(storage, [retried, other]), timeout=10)
    assert await statuses(storage, [retried, other]) == [("completed", 2), ("completed", 1)]
