"""Reading Server-Sent Events in tests: the frames of a text/event-stream response, comments included."""

from __future__ import annotations

import asyncio
import json
from dataclasses import dataclass, field
from typing import Any

import aiohttp

from service.api.appkeys import FEEDS
from tests.api_support import ADMIN, PROJECT, Client
from tests.waiting import until


@dataclass
class Frame:
    """One SSE frame: its fields (data joined with newlines), or a comment line."""

    event: str = "message"
    data: str = ""
    id: str | None = None
    comment: str | None = None
    lines: list[str] = field(default_factory=list)

    def json(self) -> Any:
        return json.loads(self.data)


async def next_frame(resp: aiohttp.ClientResponse, timeout: float = 10.0) -> Frame | None:
    """The next frame or comment, None at the end of the stream; TimeoutError when nothing comes in time."""
    frame = Frame()
    async with asyncio.timeout(timeout):
        while True:
            raw = await resp.content.readline()
            if not raw:
                return None
            line = raw.decode().rstrip("\r\n")
            if line.startswith(":"):
                return Frame(comment=line[1:].strip())
            if not line:
                if frame.lines:
                    return frame
                continue
            name, _, value = line.partition(":")
            value = value.removeprefix(" ")
            frame.lines.append(line)
            if name == "data":
                frame.data = f"{frame.data}\n{value}" if frame.data else value
            elif name in ("event", "id"):
                setattr(frame, name, value)


async def events(resp: aiohttp.ClientResponse, count: int, timeout: float = 10.0) -> list[Frame]:
    """The next `count` event frames (comments skipped); AssertionError if the stream ends first."""
    found: list[Frame] = []
    while len(found) < count:
        frame = await next_frame(resp, timeout)
        assert frame is not None, f"the stream ended after {len(found)} of {count} events"
        if frame.comment is None:
            found.append(frame)
    return found


async def rest(resp: aiohttp.ClientResponse, timeout: float = 10.0) -> list[Frame]:
    """Every event frame until the stream ends."""
    found: list[Frame] = []
    while (frame := await next_frame(resp, timeout)) is not None:
        if frame.comment is None:
            found.append(frame)
    return found


def task_stream(client: Client, task_id: str, headers: dict[str, str] = ADMIN) -> Any:
    return client.get(f"/api/v1/tasks/{task_id}/events", headers=headers)


def project_stream(client: Client, project: str = PROJECT, headers: dict[str, str] = ADMIN, **query: str) -> Any:
    return client.get(f"/api/v1/projects/{project}/events", headers=headers, params=query)


def subscriptions(client: Client) -> set[Any]:
    """The subscriptions of the app's event streams."""
    return {s for feed in client.app[FEEDS].feeds.values() for s in feed.subscribers}


async def watching(client: Client, count: int = 1) -> None:
    """Until `count` streams are subscribed in the app (their feed position taken)."""

    async def subscribed() -> bool:
        return len(subscriptions(client)) >= count

    await until(subscribed)
