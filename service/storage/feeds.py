"""Live project events for one API process: one reader of Redis however many clients watch.

A client watching a project (or one of its tasks) subscribes here; the process keeps one feed per watched
project and a single reader loop that XREADs every watched stream in one blocking call on its own
connection, then hands each new event to every subscriber of its project. Redis is read once per project
event and process, not once per client. A feed starts at the stream's newest entry when its first subscriber
comes, and a subscriber starts at its feed's position: what came before is the caller's to read (EventLog).

Each event is encoded once (by the API's encoder) and handed to the subscribers in batches, one per read, so
a client costs one wake-up and one write per read, not per event: under load, reads grow and batches with
them. Bounded: subscribers per process and per project (FeedLimit beyond), and events waiting per subscriber;
a subscriber with more waiting (a client that does not read) is dropped, and the caller ends its stream (the
client reconnects with Last-Event-ID and reads what it missed from the stream). A new project joins the
reader's next call, at most `block_ms` later, and loses nothing meanwhile: its position was taken first.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections import deque
from collections.abc import AsyncIterator, Callable
from typing import NamedTuple

from redis.asyncio import Redis
from redis.exceptions import RedisError

from service.storage import keys
from service.storage.events import EventLog, ProjectEvent, decode, id_key

log = logging.getLogger(__name__)

#: How an event is written to clients (by the API): made once per event, whatever the number of subscribers.
Encoder = Callable[[str, ProjectEvent], bytes]
#: Events one XREAD takes per stream.
READ_COUNT = 500
#: The position of a stream that has no entry yet: its first entry comes after it.
_START = "0-0"


class FeedLimit(Exception):
    """Too many subscribers: on this project (`per_project`) or in this process."""

    def __init__(self, limit: int, *, per_project: bool) -> None:
        super().__init__(f"{limit} event subscribers {'on this project' if per_project else 'in this process'}")
        self.limit = limit
        self.per_project = per_project


class Batch(NamedTuple):
    """The events one read brought for a project, each with its encoded form (made once for every subscriber)."""

    events: list[tuple[str, ProjectEvent]]
    frames: list[bytes]
    #: every frame, joined: what a subscriber without filters writes
    joined: bytes


class Subscription:
    """One client's share of a project's events after `start`, in batches as they were read."""

    def __init__(self, project_id: str, start: str, limit: int) -> None:
        self.project_id = project_id
        #: the task serving this subscription's client: cancelled when the client falls too far behind
        self.watcher = asyncio.current_task()
        self.start = start
        self.limit = limit
        self.batches: deque[Batch] = deque()
        self.pending = 0
        #: set when more than `limit` events waited for the client: it missed events and must end
        self.dropped = False
        #: set when the process stops: the stream ends (the client reconnects elsewhere)
        self.ended = False
        self._wakeup = asyncio.Event()

    def offer(self, batch: Batch) -> None:
        if self.dropped:
            return
        self.pending += len(batch.events)
        if self.pending > self.limit:
            self.dropped = True
            self.batches.clear()
            self.pending = 0
            if self.watcher is not None:  # stuck writing to a client that does not read: end it now
                self.watcher.cancel()
        else:
            self.batches.append(batch)
        self._wakeup.set()

    def end(self) -> None:
        self.ended = True
        self._wakeup.set()

    async def take(self) -> list[Batch] | None:
        """Every batch that came since the last take (waiting for one), or None once dropped or ended."""
        while not self.batches and not self.dropped and not self.ended:
            self._wakeup.clear()
            await self._wakeup.wait()
        if self.dropped or self.ended:
            return None
        taken = list(self.batches)
        self.batches.clear()
        self.pending = 0
        return taken


class _Feed:
    """A watched project: the last event id handed out, its subscribers, and how many are joining or joined."""

    def __init__(self) -> None:
        self.position: str | None = None  # None until a first subscriber has read the stream's end
        self.lock = asyncio.Lock()
        self.members = 0
        self.subscribers: set[Subscription] = set()


class ProjectFeeds:
    def __init__(
        self, reader: Redis, log_reader: EventLog, encode: Encoder, *, max_subscribers: int, max_per_project: int,
        queue_size: int, block_ms: int = 100,
    ) -> None:  # fmt: skip
        self.reader = reader  # a client of its own: its connection blocks in XREAD
        self.log = log_reader
        self.encode = encode
        self.max_subscribers = max_subscribers
        self.max_per_project = max_per_project
        self.queue_size = queue_size
        self.block_ms = block_ms
        self.feeds: dict[str, _Feed] = {}
        self.subscribers = 0
        self._watched = asyncio.Event()
        self._task: asyncio.Task[None] | None = None
        self._closing = False

    async def start(self) -> None:
        self._task = asyncio.create_task(self._read_forever())

    async def close(self) -> None:
        # redis-py can swallow a cancellation that lands in a read (as in waiter.py): the loop checks a flag too
        self._closing = True
        self._watched.set()
        if self._task is not None:
            self._task.cancel()
            await asyncio.wait({self._task}, timeout=2.0)
        await self.reader.aclose()

    def end_all(self) -> None:
        """End every subscriber's stream now (the process is stopping: its clients reconnect to another)."""
        for feed in self.feeds.values():
            for subscription in feed.subscribers:
                subscription.end()

    @contextlib.asynccontextmanager
    async def subscribe(self, project_id: str) -> AsyncIterator[Subscription]:
        """A subscription to the project's events from now on (FeedLimit when full); gone on exit."""
        feed = self._join(project_id)
        try:
            async with feed.lock:  # one read of the stream's end per feed; a cancelled reader leaves it to the next
                if feed.position is None:
                    feed.position = await self.log.last_id(project_id) or _START
                    self._watched.set()
            subscription = Subscription(project_id, feed.position, self.queue_size)
            feed.subscribers.add(subscription)
            try:
                yield subscription
            finally:
                feed.subscribers.discard(subscription)
        finally:
            self._leave(project_id, feed)

    def _join(self, project_id: str) -> _Feed:
        if self.subscribers >= self.max_subscribers:
            raise FeedLimit(self.max_subscribers, per_project=False)
        feed = self.feeds.get(project_id) or self.feeds.setdefault(project_id, _Feed())
        if feed.members >= self.max_per_project:
            raise FeedLimit(self.max_per_project, per_project=True)
        feed.members += 1
        self.subscribers += 1
        return feed

    def _leave(self, project_id: str, feed: _Feed) -> None:
        feed.members -= 1
        self.subscribers -= 1
        if feed.members == 0 and self.feeds.get(project_id) is feed:
            del self.feeds[project_id]

    async def _read_forever(self) -> None:
        while not self._closing:
            streams = {keys.project_events(p): f.position for p, f in self.feeds.items() if f.position is not None}
            if not streams:
                self._watched.clear()
                await self._watched.wait()
                continue
            try:
                found = await self.reader.xread(streams, count=READ_COUNT, block=self.block_ms)  # type: ignore[arg-type]
            except (RedisError, OSError) as exc:  # the subscribers wait: nothing is lost, positions are kept
                log.warning("project event reader: %s; retrying", exc)
                await asyncio.sleep(1.0)
                continue
            for stream, entries in found or ():
                self._dispatch(stream.removeprefix(keys.PROJECT_EVENTS_PREFIX), entries)

    def _dispatch(self, project_id: str, entries: list[tuple[str, dict[str, str]]]) -> None:
        feed = self.feeds.get(project_id)
        if feed is None:
            return
        # a read started before the feed was (re)made may bring what its subscribers start after: skip it
        after = id_key(feed.position) if feed.position is not None else (0, 0)
        events = [event for event in map(decode, entries) if id_key(event[0]) > after]
        if not events:
            return
        frames = [self.encode(event_id, event) for event_id, event in events]
        batch = Batch(events, frames, b"".join(frames))
        feed.position = events[-1][0]
        for subscription in tuple(feed.subscribers):
            subscription.offer(batch)
