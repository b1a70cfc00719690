"""Batch submit: tasks accepted per second by POST /tasks/batch, the API alone (no worker), in rounds; and the
batches of the end-to-end variant that submits that way (tests/bench/interleaved.py)."""

from __future__ import annotations

import asyncio
import time

import aiohttp
import msgspec

from tests.bench.clients import JSON, fan_out, session

BATCH = "/api/v1/tasks/batch"
SIZES = (100, 1000)
#: Batches in flight: a few, as a load-testing script or an SDK's submit_many would send them.
CONCURRENCY = 4


def row(size: int) -> str:
    return f"batch submit ({size})"


def echo_batch(project: str, size: int) -> bytes:
    item = {"project_id": project, "task_type": "echo", "task_data": {"n": 1}}
    return msgspec.json.encode({"tasks": [item] * size})


async def submit_in_batches(client: aiohttp.ClientSession, project: str, n: int, size: int) -> list[str]:
    """n echo tasks in batches of `size` (the last one smaller), CONCURRENCY batches in flight; their ids."""
    ids: list[str] = []

    async def one(i: int) -> None:
        body = echo_batch(project, min(size, n - i * size))
        async with client.post(BATCH, data=body, headers=JSON) as response:
            if response.status != 202:
                raise RuntimeError(f"batch: {response.status} {await response.text()}")
            ids.extend(task["task_id"] for task in msgspec.json.decode(await response.read())["tasks"])

    await fan_out(-(-n // size), CONCURRENCY, one)
    return ids


async def batch_round(url: str, size: int, seconds: float) -> float:
    """Tasks/s accepted with batches of `size`, CONCURRENCY at a time, for `seconds`."""
    body = echo_batch("bench-batch", size)
    accepted, deadline = 0, time.monotonic() + seconds

    async def lane(client: aiohttp.ClientSession) -> None:
        nonlocal accepted
        while time.monotonic() < deadline:
            async with client.post(BATCH, data=body, headers=JSON) as response:
                if response.status != 202:
                    raise RuntimeError(f"batch: {response.status} {await response.text()}")
                await response.read()
                accepted += size

    started = time.monotonic()
    async with session(url, CONCURRENCY) as client:
        await asyncio.gather(*(lane(client) for _ in range(CONCURRENCY)))
    return accepted / (time.monotonic() - started)
