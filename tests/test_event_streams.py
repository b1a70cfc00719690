"""A project's event stream in Redis: bounded by count, window and cap, off when asked, gone with its project."""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable

import pytest
from redis.asyncio import Redis

from service.api.events import encode_frame
from service.config import Settings
from service.storage import TaskStorage, keys
from service.storage.events import EventLog, EventPolicy
from service.storage.feeds import ProjectFeeds
from tests.api_support import PROJECT, echo

STREAM = keys.project_events(PROJECT)
Make = Callable[[EventPolicy], TaskStorage]


@pytest.fixture
async def storage_with(redis: Redis, settings: Settings) -> AsyncIterator[Callable[[EventPolicy], TaskStorage]]:
    """TaskStorage with an event policy of the test's (each closed after the test)."""
    made: list[TaskStorage] = []

    def make(policy: EventPolicy) -> TaskStorage:
        made.append(TaskStorage(redis, retention_seconds=3600, queue_name=settings.queue_name, events=policy))
        return made[-1]

    yield make
    for storage in made:
        await storage.aclose()


async def add_events(storage: TaskStorage, count: int) -> None:
    for _ in range(count // 100):
        await storage.create_batch([echo()] * 100, None)


async def test_old_events_beyond_the_kept_ones_are_trimmed(redis: Redis, storage_with: Make) -> None:
    # window 0: every event is "old", so only the newest `keep` must stay (plus what a trim has not reached yet)
    storage = storage_with(EventPolicy(keep=50, window_seconds=0, cap=100_000))
    for _ in range(300):
        await storage.create(project_id=PROJECT, task_type="echo", task_data={})
    length = await redis.xlen(STREAM)
    assert 50 <= length < 300 - 100, length  # a trim every 16th ms removes up to 32: it keeps pace
    newest = [entry[0] for entry in await redis.xrevrange(STREAM, count=50)]
    assert len(newest) == 50


async def test_events_inside_the_window_are_all_kept(redis: Redis, storage_with: Make) -> None:
    storage = storage_with(EventPolicy(keep=50, window_seconds=3600, cap=100_000))
    await add_events(storage, 1000)
    for _ in range(200):  # single creations: each may trim
        await storage.create(project_id=PROJECT, task_type="echo", task_data={})
    assert await redis.xlen(STREAM) == 1200


async def test_the_cap_bounds_a_stream_whatever_the_window(redis: Redis, storage_with: Make) -> None:
    storage = storage_with(EventPolicy(keep=10, window_seconds=3600, cap=200))
    await add_events(storage, 3000)
    assert 200 <= await redis.xlen(STREAM) <= 400  # MAXLEN ~: whole stream nodes (100 entries) at a time


async def test_cap_zero_writes_no_events(redis: Redis, storage_with: Make) -> None:
    storage = storage_with(EventPolicy(cap=0))
    task = await storage.create(project_id=PROJECT, task_type="echo", task_data={})
    await storage.start(task.task_id, 1)
    await storage.progress(task.task_id, 50, PROJECT)
    await storage.cancel(task.task_id)
    await add_events(storage, 100)
    assert not await redis.exists(STREAM)
    assert (await storage.get(task.task_id)).status.value == "cancelled"


async def test_a_change_never_makes_a_stream_without_its_creation(storage: TaskStorage, redis: Redis) -> None:
    task = await storage.create(project_id=PROJECT, task_type="echo", task_data={})
    await redis.delete(STREAM)  # as the index trim does when the project's tasks are gone
    await storage.start(task.task_id, 1)
    await storage.progress(task.task_id, 50, PROJECT)
    await storage.cancel(task.task_id)
    assert not await redis.exists(STREAM)  # no stream left behind without its project (NOMKSTREAM)


async def test_a_late_read_never_hands_out_what_a_feed_started_after(redis: Redis) -> None:
    """A blocking read begun for an earlier feed of the project may answer after a new feed took its position."""
    feeds = ProjectFeeds(redis, EventLog(redis), encode_frame, max_subscribers=2, max_per_project=2, queue_size=500)
    fields = {"task_id": "t", "task_type": "echo", "status": "queued", "progress": "0", "attempts": "0",
              "updated_at": "2026-12-01T00:00:00Z"}  # fmt: skip
    async with feeds.subscribe(PROJECT) as subscription:
        feeds.feeds[PROJECT].position = "100-5"  # as if the feed had been made again, at a later end
        feeds._dispatch(PROJECT, [("100-4", fields), ("100-5", fields), ("100-6", fields)])
        batches = await subscription.take()
        assert batches is not None and [event_id for b in batches for event_id, _ in b.events] == ["100-6"]
        feeds._dispatch(PROJECT, [("90-0", fields)])  # an even older read: nothing, and no step back
        assert feeds.feeds[PROJECT].position == "100-6" and not subscription.batches
