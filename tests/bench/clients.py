"""Client-side helpers shared by the scenarios: concurrent lanes, polling with a deadline, timed requests."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable, Callable, Mapping
from datetime import datetime
from typing import Any

import aiohttp
import msgspec

from tests.bench.config import AUTH

SUBMIT = "/api/v1/tasks/submit"
JSON = {"Content-Type": "application/json"}
POLL_S = 0.02
#: Seconds a single request may take before the run fails rather than hangs.
REQUEST_TIMEOUT = aiohttp.ClientTimeout(total=30)


def session(url: str, connections: int = 100) -> aiohttp.ClientSession:
    connector = aiohttp.TCPConnector(limit=connections)
    return aiohttp.ClientSession(url, connector=connector, headers=AUTH, timeout=REQUEST_TIMEOUT)


async def fan_out(n: int, concurrency: int, call: Callable[[int], Awaitable[object]]) -> None:
    """call(0) .. call(n - 1), at most `concurrency` at a time."""
    indexes = iter(range(n))

    async def lane() -> None:
        for i in indexes:  # the lanes share one iterator: each index is taken once
            await call(i)

    await asyncio.gather(*(lane() for _ in range(min(n, concurrency))))


async def submit_all(
    client: aiohttp.ClientSession, project: str, n: int, concurrency: int, extra: Mapping[str, Any] | None = None
) -> list[str]:
    """Submit n echo tasks (with `extra` fields in each body), `concurrency` at a time; their ids."""
    body = msgspec.json.encode({"project_id": project, "task_type": "echo", "task_data": {"n": 1}, **(extra or {})})
    ids: list[str] = []

    async def one(_: int) -> None:
        async with client.post(SUBMIT, data=body, headers=JSON) as response:
            if response.status != 202:
                raise RuntimeError(f"submit: {response.status} {await response.text()}")
            ids.append(msgspec.json.decode(await response.read())["task_id"])

    await fan_out(n, concurrency, one)
    return ids


async def wait_until(check: Callable[[], Awaitable[bool]], timeout: float, what: str, every: float = POLL_S) -> None:
    deadline = time.monotonic() + timeout
    while not await check():
        if time.monotonic() > deadline:
            raise TimeoutError(f"{what}: not done after {timeout:g} s")
        await asyncio.sleep(every)


async def timed_gets(client: aiohttp.ClientSession, paths: list[str]) -> list[float]:
    """GET each path in turn (one request in flight: latency, not throughput); milliseconds each."""
    timings = []
    for path in paths:
        started = time.perf_counter()
        async with client.get(path) as response:
            await response.read()
            if response.status != 200:
                raise RuntimeError(f"GET {path}: {response.status} {await response.text()}")
        timings.append((time.perf_counter() - started) * 1000)
    return timings


def epoch(stamp: str) -> float:
    """Seconds since the epoch of an RFC 3339 timestamp as the records store it."""
    return datetime.fromisoformat(stamp).timestamp()
