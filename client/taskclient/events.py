"""Event streams (API.md v1.1): one task's changes until its final state, and a project's changes, reconnecting
when the connection drops (the project stream resumes after the last event id it saw: Last-Event-ID)."""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncGenerator, AsyncIterator
from dataclasses import dataclass, field
from urllib.parse import quote

import msgspec

from taskclient.errors import RateLimited, ServerError, TaskServiceError, TransportError
from taskclient.models import ProjectEvent, Reset, Task
from taskclient.sse import ServerSentEvent, SSEDecoder
from taskclient.transport import Transport, decode

#: What a reconnect may cure: the connection, a restarting or busy server. Anything else (401, 403, 404) is final.
_PASSING = (TransportError, RateLimited, ServerError)


@dataclass
class _Stream:
    """Where a stream is and what its reconnects send."""

    path: str
    params: dict[str, str] = field(default_factory=dict)
    #: send Last-Event-ID on reconnect (the project stream; the task stream starts with the task as it is)
    resumable: bool = False
    last_event_id: str | None = None
    #: the Last-Event-ID sent on the current connection
    sent_id: str | None = None
    retry_ms: int | None = None
    opened: bool = False


async def _connection(transport: Transport, stream: _Stream) -> AsyncIterator[ServerSentEvent]:
    """The events of one connection, until the server ends it."""
    stream.sent_id = stream.last_event_id if stream.resumable else None
    headers = {"Last-Event-ID": stream.sent_id} if stream.sent_id else {}
    decoder = SSEDecoder()
    async with transport.stream(stream.path, stream.params, headers) as answer:
        stream.opened = True
        async for chunk in answer.content.iter_any():
            for event in decoder.feed(chunk):
                stream.last_event_id = decoder.last_event_id or stream.last_event_id
                yield event
            stream.retry_ms = decoder.retry_ms if decoder.retry_ms is not None else stream.retry_ms


async def _reconnecting(transport: Transport, stream: _Stream) -> AsyncIterator[ServerSentEvent]:
    """Events across connections. Until a first answer, failures are retried as a request's are; once a stream
    was open, it reconnects for up to `reconnect_seconds` after its last successful open."""
    policy = transport.retry
    failures, since, ever_opened = 0, time.monotonic(), False
    while True:
        stream.opened = False
        failure: TaskServiceError | None = None
        try:
            async for event in _connection(transport, stream):
                yield event
        except _PASSING as exc:
            failure = exc
        if stream.opened:
            failures, since, ever_opened = 0, time.monotonic(), True
        else:
            failures += 1
        delay = policy.delay(failures, failure.retry_after if failure else None)
        if stream.retry_ms is not None and failures == 0:
            delay = stream.retry_ms / 1000  # the server's `retry:` for the first reconnect after a drop
        late = time.monotonic() + delay - since > (policy.reconnect_seconds if ever_opened else policy.max_seconds)
        if failure is not None and (late or (not ever_opened and failures >= policy.attempts)):
            raise failure
        if failure is not None:
            policy.notify(failure, delay)
        await asyncio.sleep(delay)


async def task_events(transport: Transport, task_id: str) -> AsyncGenerator[Task, None]:
    """The task as it is, then each change; ends after the final state (reconnecting in between if need be)."""
    stream = _Stream(f"/api/v1/tasks/{quote(task_id, safe='')}/events")
    last: Task | None = None
    async for event in _reconnecting(transport, stream):
        if event.event != "task":
            continue
        task = decode(event.data, Task)
        if task == last:
            continue  # a reconnect starts with the task as it is: seen already if nothing changed meanwhile
        last = task
        yield task
        if task.is_final:
            return


async def project_events(
    transport: Transport,
    project_id: str,
    *,
    status: str | None = None,
    task_type: str | None = None,
    last_event_id: str | None = None,
) -> AsyncGenerator[ProjectEvent | Reset, None]:
    """Every change to the project's tasks, never ending; a Reset when events after `last_event_id` were lost."""
    params = {name: value for name, value in (("status", status), ("task_type", task_type)) if value}
    stream = _Stream(f"/api/v1/projects/{quote(project_id, safe='')}/events", params, True, last_event_id)
    async for event in _reconnecting(transport, stream):
        if event.event == "reset":
            yield Reset(last_event_id=stream.sent_id, event_id=event.id)
        elif event.event == "task":
            yield msgspec.structs.replace(decode(event.data, ProjectEvent), event_id=event.id)
