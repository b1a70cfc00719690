"""ScheduleStore and the timing of ticks, against a real Redis: one task per tick however many fire it, no replay of
missed ticks, a disabled or deleted schedule fires no more, and the schedule's own record follows each tick."""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator
from datetime import UTC, datetime

import msgspec
import pytest
from redis.asyncio import Redis

from service.config import Settings
from service.models import TaskStatus
from service.schedules import Definition, Timing, cron_problem, iso_of_ms
from service.storage import TaskStorage, keys
from service.storage.schedules import Fired, ScheduleStore
from worker.schedules import fire_due

PROJECT = "sched-project"
ECHO = Definition(task_type="echo", task_data={"n": 1}, every_seconds=1, metadata={"mine": True})


@pytest.fixture
async def store(redis: Redis, settings: Settings) -> AsyncIterator[ScheduleStore]:
    store = ScheduleStore(redis, queue_name=settings.queue_name, retention_seconds=settings.task_retention_seconds)
    yield store
    await store.aclose()


def ms(when: datetime) -> int:
    return round(when.timestamp() * 1000)


def test_periodic_ticks_keep_to_their_anchor() -> None:
    timing = Timing(None, 10, anchor_ms=1_000)
    assert [timing.next_after(at) for at in (1_000, 10_999, 11_000, 55_500)] == [11_000, 11_000, 21_000, 61_000]
    assert [timing.latest_at_or_before(at) for at in (11_000, 20_999, 55_500)] == [11_000, 11_000, 51_000]


def test_cron_ticks_are_utc_minutes() -> None:
    timing = Timing("*/5 * * * *", None, anchor_ms=0)
    at = ms(datetime(2026, 12, 1, 10, 4, 59, 500_000, tzinfo=UTC))
    assert timing.next_after(at) == ms(datetime(2026, 12, 1, 10, 5, tzinfo=UTC))
    assert timing.next_after(ms(datetime(2026, 12, 1, 10, 5, tzinfo=UTC))) == ms(
        datetime(2026, 12, 1, 10, 10, tzinfo=UTC)
    )
    assert timing.latest_at_or_before(at) == ms(datetime(2026, 12, 1, 10, 0, tzinfo=UTC))
    assert timing.latest_at_or_before(ms(datetime(2026, 12, 1, 10, 5, tzinfo=UTC))) == ms(
        datetime(2026, 12, 1, 10, 5, tzinfo=UTC)
    )


@pytest.mark.parametrize(
    ("expression", "words"),
    [
        ("*/5 * * * *", None),
        ("0 9 * * MON-FRI", None),
        ("* * * *", "expected 5 fields"),
        ("0 0 * * * *", "expected 5 fields"),
        ("61 * * * *", "Bad minute"),
        ("0 0 30 2 *", "Bad day-of-month"),
        ("@daily", "expected 5 fields"),
        ("* " * 100, "longer than"),
    ],
)
def test_cron_problems_are_named(expression: str, words: str | None) -> None:
    problem = cron_problem(expression)
    assert problem is None if words is None else words in (problem or ""), problem


async def overdue(redis: Redis, schedule_id: str, seconds: int) -> int:
    """Move a 1-second schedule's ticks back as if no worker had run for `seconds`: its due score, read back."""
    anchor = int(time.time() * 1000) - seconds * 1000
    await redis.hset(keys.schedule(schedule_id), mapping={"anchor_ms": anchor, "next_run_ms": anchor + 1000})  # type: ignore[misc]
    await redis.zadd(keys.SCHEDULES_DUE, {schedule_id: anchor + 1000})
    return anchor + 1000


async def test_many_concurrent_fires_of_one_tick_make_one_task(
    store: ScheduleStore, storage: TaskStorage, redis: Redis, settings: Settings
) -> None:
    schedule = await store.create(PROJECT, ECHO, limit=10)
    due = await overdue(redis, schedule.schedule_id, 1)
    others = [ScheduleStore(redis, queue_name=settings.queue_name, retention_seconds=60) for _ in range(4)]
    try:
        results = await asyncio.gather(*(s.fire(schedule.schedule_id, due) for s in [store, *others] * 10))
    finally:
        for other in others:
            await other.aclose()
    assert sorted(results) == [Fired.STALE] * 49 + [Fired.FIRED]
    page = await storage.page(PROJECT)
    assert page.total == 1
    task = page.tasks[0]
    tick = ms(datetime.fromisoformat(task.metadata["scheduled_tick"]))
    assert task.metadata == {"mine": True, "schedule_id": schedule.schedule_id, "scheduled_tick": iso_of_ms(tick)}
    assert tick >= due and (tick - due) % 1000 == 0
    assert (task.status, task.task_type, task.task_data) == (TaskStatus.QUEUED, "echo", {"n": 1})
    assert await redis.zscore(settings.queue_name, task.task_id) is not None  # its arq job waits like a submit's
    after = await store.get(PROJECT, schedule.schedule_id)
    assert after is not None
    assert (after.last_task_id, after.last_run_at) == (task.task_id, task.created_at)
    assert after.next_run_at == iso_of_ms(tick + 1000)
    assert (await store.fire(schedule.schedule_id, due)) is Fired.STALE  # the same tick, read again: nothing


async def test_missed_ticks_are_not_replayed(store: ScheduleStore, storage: TaskStorage, redis: Redis) -> None:
    schedule = await store.create(PROJECT, ECHO, limit=10)
    due = await overdue(redis, schedule.schedule_id, 30)
    before = int(time.time() * 1000)
    fired, more = await fire_due(store)
    assert (fired, more) == (1, False)
    page = await storage.page(PROJECT)
    assert page.total == 1  # one task for the 30 ticks missed: the latest
    tick = page.tasks[0].metadata["scheduled_tick"]
    tick_ms = ms(datetime.fromisoformat(tick))
    assert before - 1000 < tick_ms <= int(time.time() * 1000) and (tick_ms - due) % 1000 == 0
    after = await store.get(PROJECT, schedule.schedule_id)
    assert after is not None and after.next_run_at == iso_of_ms(tick_ms + 1000)
    assert ms(datetime.fromisoformat(after.next_run_at)) > before
    assert await store.due(int(time.time() * 1000) - 1, 10) == []  # nothing left overdue


async def test_a_disabled_or_deleted_schedule_fires_no_more(
    store: ScheduleStore, storage: TaskStorage, redis: Redis
) -> None:
    disabled = await store.create(PROJECT, ECHO, limit=10)
    deleted = await store.create(PROJECT, ECHO, limit=10)
    due = {s.schedule_id: await overdue(redis, s.schedule_id, 3) for s in (disabled, deleted)}
    # each was read due by a worker, then changed before the worker's script ran
    changed = await store.change(PROJECT, disabled.schedule_id, lambda d: msgspec.structs.replace(d, enabled=False))
    assert changed is not None and changed.next_run_at is None
    assert await store.delete(PROJECT, deleted.schedule_id)
    for schedule_id, due_ms in due.items():
        assert (await store.fire(schedule_id, due_ms)) is Fired.STALE
    assert await store.due(int(time.time() * 1000), 10) == []
    assert (await storage.page(PROJECT)).total == 0


async def test_a_tick_task_is_a_normal_task(store: ScheduleStore, storage: TaskStorage, redis: Redis) -> None:
    schedule = await store.create(PROJECT, ECHO, limit=10)
    assert (await store.fire(schedule.schedule_id, await overdue(redis, schedule.schedule_id, 1))) is Fired.FIRED
    task = (await storage.page(PROJECT)).tasks[0]
    assert (await storage.get(task.task_id)).metadata["schedule_id"] == schedule.schedule_id
    cancelled = await storage.cancel(task.task_id)
    assert cancelled.applied and cancelled.task.status is TaskStatus.CANCELLED
