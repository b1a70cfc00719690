"""Project event streams: what the scripts add (lua/_events.lua) and how the API reads them back.

Each project has one Redis Stream, `project_events:{project}`: an entry per change of one of its tasks' status,
progress or attempts, added by the very script that makes the change (create, start, progress, finish), so a
change and its event are written together or not at all. A stream, rather than pub/sub, because a client that
reconnects must get what it missed (`Last-Event-ID`): the entry ids are the event ids. It is bounded three
ways: the newest `keep` entries and those younger than `window_seconds` stay, older ones are trimmed a few at
a time as events are added; `cap` is a hard bound on entries (XADD MAXLEN ~) that wins over the window, so a
project writing more than cap/window events a second keeps a shorter window; and the worker's index trim
deletes the stream when the project's last task has expired.
"""

from __future__ import annotations

import re
from typing import Any, NamedTuple

import msgspec
from redis.asyncio import Redis

from service.storage import keys

#: An event id as Redis makes them ("<ms>-<seq>"); anything else in Last-Event-ID is not one of ours.
_EVENT_ID = re.compile(r"\d{1,20}-\d{1,20}")


class EventPolicy(NamedTuple):
    """How much of a project's event stream is kept (the settings EVENTS_*)."""

    #: entries always kept, however old
    keep: int = 10_000
    #: entries younger than this are kept, however many
    window_seconds: int = 3600
    #: hard bound on a stream's entries (0: no events are written at all)
    cap: int = 200_000

    def args(self, now_ms: int) -> list[int]:
        """The policy as the scripts take it: cap, keep, cutoff (ms)."""
        return [self.cap, self.keep, now_ms - self.window_seconds * 1000]


DEFAULT_POLICY = EventPolicy()


class ProjectEvent(msgspec.Struct, frozen=True):
    """One change of a task, as a project's event stream carries it (and as SSE `data`)."""

    task_id: str
    task_type: str
    status: str
    progress: int
    attempts: int
    updated_at: str


def is_event_id(value: str) -> bool:
    return _EVENT_ID.fullmatch(value) is not None


def id_key(event_id: str) -> tuple[int, int]:
    """An event id as a sortable pair."""
    ms, _, seq = event_id.partition("-")
    return int(ms), int(seq)


def decode(entry: tuple[str, dict[str, str]]) -> tuple[str, ProjectEvent]:
    event_id, fields = entry
    return event_id, msgspec.convert(fields, ProjectEvent, strict=False)


class EventLog:
    """Reads of project event streams (the writes are the scripts')."""

    def __init__(self, redis: Redis) -> None:
        self.redis = redis

    async def after(self, project_id: str, event_id: str, count: int) -> list[tuple[str, ProjectEvent]]:
        """Up to `count` events after `event_id`, oldest first."""
        rows: list[Any] = await self.redis.xrange(keys.project_events(project_id), f"({event_id}", "+", count=count)
        return [decode(row) for row in rows]

    async def last_id(self, project_id: str) -> str | None:
        """The newest retained event id (None for no stream)."""
        rows: list[Any] = await self.redis.xrevrange(keys.project_events(project_id), "+", "-", count=1)
        return rows[0][0] if rows else None

    async def bounds(self, project_id: str) -> tuple[str | None, str | None]:
        """The oldest and the newest retained event ids (None, None for no stream)."""
        stream = keys.project_events(project_id)
        async with self.redis.pipeline(transaction=False) as pipe:
            pipe.xrange(stream, "-", "+", count=1)
            pipe.xrevrange(stream, "+", "-", count=1)
            first, last = await pipe.execute()
        return (first[0][0] if first else None), (last[0][0] if last else None)
