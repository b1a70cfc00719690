"""Many live-event subscribers of one project in one process, driven by tests/bench/live_events.py.

`python -m tests.bench.sse_clients URL PROJECT COUNT`: opens COUNT connections to
GET /api/v1/projects/PROJECT/events (plain HTTP/1.1 on asyncio protocols, uvloop: each read is one callback
with whatever the socket held), prints `ready <open> <refused>` once every one has its response headers (the
API subscribes before it answers: from then on no event is missed). It then reads `expect <events> <grace_s>`
from stdin and, once every open stream has had that many events or grace_s has passed, prints one JSON line
of figures and exits. Only the `id:` lines are looked at: an event's delivery latency is when it arrives
(time.time()) minus its id's milliseconds, the time Redis added it (same machine, same clock). The process
ends by itself after --max-seconds, whatever happens.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import re
import resource
import sys
import time
from array import array
from typing import Any, cast
from urllib.parse import urlsplit

from service.eventloop import new_event_loop
from tests.bench.config import KEY
from tests.bench.results import percentile

#: An event's id line ("id: <ms>-<seq>"); the body's chunk-size lines put a "\n" before the first one too.
EVENT_ID = re.compile(rb"\nid: (\d+)-")
HEAD_END = b"\r\n\r\n"
#: Connections being opened at once: below the server's listen backlog.
OPENING = 64
CHECK_S = 0.02


class Subscriber(asyncio.Protocol):
    """One event stream: its status, the events it got, their latencies (into the shared array)."""

    def __init__(self, request: bytes, latencies: array[float], answered: asyncio.Future[int]) -> None:
        self.request = request
        self.latencies = latencies
        self.answered = answered
        self.transport: asyncio.Transport | None = None
        self.head = b""
        self.tail = b""  # an incomplete last line, kept for the next read
        self.events = 0
        self.reads = 0  # reads that brought events (fewer than events: the API writes a batch at once)
        self.closed = False  # by the server (or the network) before the end

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        self.transport = cast(asyncio.Transport, transport)  # uvloop's are not asyncio.Transport subclasses
        self.transport.write(self.request)

    def data_received(self, data: bytes) -> None:
        now_ms = time.time() * 1000
        if not self.answered.done() and not (data := self._past_head(data)):
            return
        if self.tail:
            data = self.tail + data
        cut = data.rfind(b"\n")
        self.tail = data[cut:] if cut >= 0 else data
        found = EVENT_ID.findall(data, 0, cut)
        self.events += len(found)
        self.reads += bool(found)
        self.latencies.extend([now_ms - int(ms) for ms in found])

    def _past_head(self, data: bytes) -> bytes:
        """Collect the response head; once complete, note the status and return what follows it."""
        self.head += data
        end = self.head.find(HEAD_END)
        if end == -1:
            return b""
        self.answered.set_result(int(self.head.split(b" ", 2)[1]))
        return self.head[end + len(HEAD_END) - 1 :]  # from the last "\n": a first id line right after matches

    def connection_lost(self, exc: Exception | None) -> None:
        self.closed = True
        if not self.answered.done():
            self.answered.set_result(0)

    def close(self) -> None:
        if self.transport is not None:
            self.transport.abort()


async def open_all(url: str, project: str, count: int) -> tuple[list[Subscriber], array[float]]:
    """COUNT subscribers, each until its response head has come (or its connection failed); the array their
    events' latencies go to (ms)."""
    loop = asyncio.get_running_loop()
    parts = urlsplit(url)
    host, port = parts.hostname or "127.0.0.1", parts.port or 80
    request = (
        f"GET /api/v1/projects/{project}/events HTTP/1.1\r\nHost: {parts.netloc}\r\nX-API-Key: {KEY}\r\n"
        "Accept: text/event-stream\r\n\r\n"
    ).encode()
    latencies: array[float] = array("d")
    subscribers = [Subscriber(request, latencies, loop.create_future()) for _ in range(count)]
    gate = asyncio.Semaphore(OPENING)

    async def open_one(subscriber: Subscriber) -> None:
        async with gate:
            try:
                await loop.create_connection(lambda: subscriber, host, port)
            except OSError:
                subscriber.answered.set_result(0)
            await subscriber.answered

    await asyncio.gather(*(open_one(subscriber) for subscriber in subscribers))
    return subscribers, latencies


async def read_expectation() -> tuple[int, float]:
    """`expect <events> <grace_s>` from stdin (an end of input is an error: the driver is gone)."""
    loop = asyncio.get_running_loop()
    reader = asyncio.StreamReader()
    await loop.connect_read_pipe(lambda: asyncio.StreamReaderProtocol(reader), sys.stdin)
    words = (await reader.readline()).split()
    if len(words) != 3 or words[0] != b"expect":
        raise SystemExit(f"sse_clients: expected `expect <events> <grace_s>`, got {words!r}")
    return int(words[1]), float(words[2])


async def settle(subscribers: list[Subscriber], expected: int, grace_s: float) -> None:
    """Until every stream still open has had `expected` events, or grace_s."""
    deadline = time.monotonic() + grace_s
    while time.monotonic() < deadline and any(s.events < expected and not s.closed for s in subscribers):
        await asyncio.sleep(CHECK_S)


def figures(subscribers: list[Subscriber], latencies: array[float], refused: int, expected: int) -> dict[str, Any]:
    counts = [s.events for s in subscribers]
    return {
        "subscribers": len(subscribers),
        "refused": refused,
        "received": sum(counts),
        "reads": sum(s.reads for s in subscribers),
        "fewest": min(counts, default=0),
        "missed": sum(1 for n in counts if n < expected),  # subscribers short of the events sent
        "closed": sum(1 for s in subscribers if s.closed),  # streams the server ended (a dropped subscriber)
        "p50_ms": percentile(latencies, 50) if latencies else None,
        "p99_ms": percentile(latencies, 99) if latencies else None,
    }


async def run(url: str, project: str, count: int) -> dict[str, Any]:
    subscribers, latencies = await open_all(url, project, count)
    live = [s for s in subscribers if s.answered.result() == 200]
    for subscriber in subscribers:
        if subscriber.answered.result() != 200:
            subscriber.close()
    print(f"ready {len(live)} {count - len(live)}", flush=True)
    expected, grace_s = await read_expectation()
    await settle(live, expected, grace_s)
    for subscriber in live:
        subscriber.close()
    return figures(live, latencies, count - len(live), expected)


async def bounded(seconds: float, url: str, project: str, count: int) -> dict[str, Any]:
    async with asyncio.timeout(seconds):
        return await run(url, project, count)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.bench.sse_clients", description=__doc__)
    parser.add_argument("url")
    parser.add_argument("project")
    parser.add_argument("count", type=int)
    parser.add_argument("--max-seconds", type=float, default=120.0)
    args = parser.parse_args(argv)
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)  # a socket per stream: raise the soft limit if need be
    resource.setrlimit(resource.RLIMIT_NOFILE, (max(soft, min(hard, args.count + 64)), hard))
    with asyncio.Runner(loop_factory=new_event_loop) as loop:
        result = loop.run(bounded(args.max_seconds, args.url, args.project, args.count))
    print(json.dumps(result), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
