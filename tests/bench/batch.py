"""Batch submit: tasks accepted per second by POST /tasks/batch, the API alone (no worker), in rounds."""

from __future__ import annotations

import asyncio
import time

import aiohttp
import msgspec

from tests.bench.clients import session

BATCH = "/api/v1/tasks/batch"
SIZES = (100, 1000)
#: Batches in flight: a few, as a load-testing script or an SDK's submit_many would send them.
CONCURRENCY = 4


def row(size: int) -> str:
    return f"batch submit ({size})"


async def batch_round(url: str, size: int, seconds: float) -> float:
    """Tasks/s accepted with batches of `size`, CONCURRENCY at a time, for `seconds`."""
    item = {"project_id": "bench-batch", "task_type": "echo", "task_data": {"n": 1}}
    body = msgspec.json.encode({"tasks": [item] * size})
    accepted, deadline = 0, time.monotonic() + seconds

    async def lane(client: aiohttp.ClientSession) -> None:
        nonlocal accepted
        while time.monotonic() < deadline:
            async with client.post(BATCH, data=body, headers={"Content-Type": "application/json"}) as response:
                if response.status != 202:
                    raise RuntimeError(f"batch: {response.status} {await response.text()}")
                await response.read()
                accepted += size

    started = time.monotonic()
    async with session(url, CONCURRENCY) as client:
        await asyncio.gather(*(lane(client) for _ in range(CONCURRENCY)))
    return accepted / (time.monotonic() - started)
