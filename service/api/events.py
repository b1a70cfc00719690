"""Handlers of the live event streams (Server-Sent Events through aiohttp-sse): a task's, and a project's.

Both ride the process's project feed (service/storage/feeds.py): a task's stream is its project's events for
that task, each answered with the task as it is then. aiohttp-sse sends the headers and a comment line every
EVENT_HEARTBEAT_SECONDS, and aborts a connection whose client stops taking data; the events themselves are
written as frames encoded once per event (encode_frame), whatever the number of clients watching.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator, Awaitable, Iterable
from contextlib import asynccontextmanager

import msgspec
from aiohttp import web
from aiohttp_sse import EventSourceResponse

from service.api.appkeys import FEEDS, SETTINGS, STORAGE
from service.api.auth import require_project
from service.api.errors import ApiError
from service.api.requests import caller, parse_query, task_id_of
from service.api.responses import ENCODER
from service.api.schemas import EventsQuery
from service.models import Task, TaskStatus
from service.storage import TaskStorage
from service.storage.errors import TaskNotFound
from service.storage.events import EventLog, ProjectEvent, id_key, is_event_id
from service.storage.feeds import Batch, FeedLimit, Subscription

#: Events read from the stream per call while catching a client up after Last-Event-ID.
CATCH_UP_PAGE = 500
_RESET = b"event: reset\r\ndata: {}\r\n\r\n"


def encode_frame(event_id: str, event: ProjectEvent) -> bytes:
    return b"id: %s\r\nevent: task\r\ndata: %s\r\n\r\n" % (event_id.encode(), ENCODER.encode(event))


def _task_frame(task: Task) -> bytes:
    return b"event: task\r\ndata: %s\r\n\r\n" % ENCODER.encode(task)


@asynccontextmanager
async def _subscribed(request: web.Request, project_id: str) -> AsyncIterator[Subscription]:
    try:
        async with request.app[FEEDS].subscribe(project_id) as subscription:
            yield subscription
    except FeedLimit as exc:
        details = [{"retry_after_seconds": 1, "limit": exc.limit}]
        status, where = (429, "this project") if exc.per_project else (503, "this server")
        message = f"{exc.limit} event streams are already open on {where}; retry later"
        raise ApiError(status, message, details, headers={"Retry-After": "1"}) from None


class _Stream(EventSourceResponse):
    """aiohttp-sse's response, written to with frames encoded beforehand."""

    def __init__(self, heartbeat_seconds: float, send_timeout: float) -> None:
        super().__init__(ping_interval=heartbeat_seconds, send_timeout=send_timeout)
        self.write_timeout = send_timeout

    async def put(self, data: bytes) -> None:
        """One write; a client that takes nothing for EVENT_SEND_TIMEOUT_SECONDS is cut off, as send() does."""
        try:
            async with asyncio.timeout(self.write_timeout):
                await self.write(data)
        except TimeoutError:
            self.stop_streaming()
            self._abort_transport()
            raise


async def _opened(request: web.Request) -> _Stream:
    settings = request.app[SETTINGS]
    stream = _Stream(settings.event_heartbeat_seconds, settings.event_send_timeout_seconds)
    await stream.prepare(request)
    return stream


async def task_events(request: web.Request) -> web.StreamResponse:
    key = await caller(request)
    task_id = task_id_of(request)
    storage = request.app[STORAGE]
    project_id = (await storage.get(task_id, key.projects)).project_id  # 404 for a missing or foreign task
    if request.method == "HEAD":
        return web.Response(content_type="text/event-stream")  # the headers, no stream
    async with _subscribed(request, project_id) as subscription:
        task = await storage.get(task_id)  # read after subscribing: no change after it is missed
        stream = await _opened(request)
        await stream.put(_task_frame(task))
        await _until_max_time(request, _follow(stream, storage, task, subscription))
    return stream


async def _follow(stream: _Stream, storage: TaskStorage, task: Task, subscription: Subscription) -> None:
    """One event per change of the task's status, progress or attempts, until it is final.

    The record is read once per batch of its events; each event is sent as that record with the event's own
    status, progress, attempts and time, so changes that came together are still sent one by one."""
    sent = _state(task)
    while not task.is_final and (batches := await subscription.take()) is not None:
        changes = [event for batch in batches for _, event in batch.events if event.task_id == task.task_id]
        if not changes:
            continue
        try:
            current = await storage.get(task.task_id)
        except TaskNotFound:  # expired meanwhile: nothing more will happen to it
            return
        for change in changes:
            task = current if current.is_final and change.status == current.status.value else _as_of(current, change)
            if _state(task) != sent:
                sent = _state(task)
                await stream.put(_task_frame(task))
            if task.is_final:
                return


def _as_of(task: Task, change: ProjectEvent) -> Task:
    """The task as a change left it: the record read later, with the change's figures and no final fields."""
    return msgspec.structs.replace(
        task, status=TaskStatus(change.status), progress=change.progress, attempts=change.attempts,
        updated_at=change.updated_at, result=None, error=None, completed_at=None,
    )  # fmt: skip


async def _until_max_time(request: web.Request, streaming: Awaitable[None]) -> None:
    """Stream until done or EVENT_STREAM_MAX_SECONDS (the client reconnects then); a send timeout ends it too."""
    with contextlib.suppress(TimeoutError):
        async with asyncio.timeout(request.app[SETTINGS].event_stream_max_seconds):
            await streaming


def _state(task: Task) -> tuple[str, int, int]:
    return task.status.value, task.progress, task.attempts


async def project_events(request: web.Request) -> web.StreamResponse:
    key = await caller(request)
    query = parse_query(request, EventsQuery, project_id=request.match_info["project_id"])
    require_project(key, query.project_id)
    if request.method == "HEAD":
        return web.Response(content_type="text/event-stream")  # the headers, no stream
    last_id = request.headers.get("Last-Event-ID")
    async with _subscribed(request, query.project_id) as subscription:
        stream = await _opened(request)
        log = EventLog(request.app[STORAGE].redis)
        await _until_max_time(request, _relay(stream, log, query, last_id, subscription))
    return stream


async def _relay(
    stream: _Stream, log: EventLog, query: EventsQuery, last_id: str | None, subscription: Subscription
) -> None:
    if last_id is not None:
        await _catch_up(stream, log, query, last_id, subscription.start)
    while (batches := await subscription.take()) is not None:
        await stream.put(b"".join(_frames(batches, query)))


def _frames(batches: Iterable[Batch], query: EventsQuery) -> Iterable[bytes]:
    if query.status is None and query.task_type is None:
        return (batch.joined for batch in batches)
    return (
        frame
        for batch in batches
        for (_, event), frame in zip(batch.events, batch.frames, strict=True)
        if query.matches(event)
    )


async def _catch_up(stream: _Stream, log: EventLog, query: EventsQuery, last_id: str, until: str) -> None:
    """The retained events after `last_id` up to `until` (the live feed's start), or `reset` when some are gone."""
    first, _ = await log.bounds(query.project_id)
    if not is_event_id(last_id) or first is None or id_key(last_id) < id_key(first):
        await stream.put(_RESET)
        return
    end = id_key(until)
    while id_key(last_id) < end:
        events = [(i, e) for i, e in await log.after(query.project_id, last_id, CATCH_UP_PAGE) if id_key(i) <= end]
        if not events:
            return
        frames = [encode_frame(i, e) for i, e in events if query.matches(e)]
        if frames:
            await stream.put(b"".join(frames))
        last_id = events[-1][0]
