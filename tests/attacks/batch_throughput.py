"""Batch submit against single submit (issue 9 §2): tasks accepted per second and Redis commands per task.

One API process (no worker: tasks stay queued, which is all acceptance needs) on a throwaway Redis. For
DURATION_S each: single submit with CONCURRENCY requests in flight, then POST /tasks/batch with batches of 100
and of 1,000 (BATCH_CONCURRENCY in flight). Redis commands come from `INFO commandstats` (Lua's own calls
included, the snapshots' INFO excluded). Prints tasks/s, the ratio to single submit, and commands per task.

    .venv/bin/python -m tests.attacks.batch_throughput

Self-contained (stdlib, aiohttp, redis, and the project's deploy.redis_local and tests.processes); only
127.0.0.1; stops by itself in well under a minute.
"""

from __future__ import annotations

import asyncio
import tempfile
import time
from pathlib import Path
from typing import Any

import aiohttp
from redis.asyncio import Redis

from deploy.redis_local import start_redis
from tests.processes import api_process, service_env, stop

KEY = "bench-batch-key"
DURATION_S = 6.0
CONCURRENCY = 32
BATCH_CONCURRENCY = 4
ITEM = {"project_id": "bench-batch", "task_type": "echo", "task_data": {"n": 1}}


async def commands(redis: Redis) -> int:
    stats = await redis.info("commandstats")
    return sum(int(v["calls"]) for k, v in stats.items() if k != "cmdstat_info")


async def phase(session: aiohttp.ClientSession, url: str, size: int) -> int:
    """Tasks accepted in DURATION_S, with `size` 0 meaning single submits."""
    path, body = ("/api/v1/tasks/submit", ITEM) if size == 0 else ("/api/v1/tasks/batch", {"tasks": [ITEM] * size})
    accepted, deadline = 0, time.monotonic() + DURATION_S

    async def loop() -> None:
        nonlocal accepted
        while time.monotonic() < deadline:
            async with session.post(url + path, json=body, headers={"X-API-Key": KEY}) as resp:
                await resp.read()
                if resp.status == 202:
                    accepted += max(size, 1)

    await asyncio.gather(*(loop() for _ in range(CONCURRENCY if size == 0 else BATCH_CONCURRENCY)))
    return accepted


async def measure(url: str, redis_url: str) -> list[tuple[str, float, float]]:
    rows = []
    async with Redis.from_url(redis_url) as redis, aiohttp.ClientSession() as session:
        for size in (0, 100, 1000):
            await redis.flushall()
            before, started = await commands(redis), time.monotonic()
            accepted = await phase(session, url, size)
            rate = accepted / (time.monotonic() - started)
            per_task = (await commands(redis) - before) / max(accepted, 1)
            rows.append(("single submit" if size == 0 else f"batches of {size}", rate, per_task))
    return rows


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        server, redis_url = start_redis(Path(tmp), persistent=False)
        try:
            with api_process(service_env(redis_url, KEY)) as url:
                rows: Any = asyncio.run(measure(url, redis_url))
        finally:
            stop(server)
    single = rows[0][1]
    for name, rate, per_task in rows:
        print(f"{name:>18}: {rate:8.0f} tasks/s ({rate / single:4.1f}x single)  {per_task:5.1f} Redis commands/task")


if __name__ == "__main__":
    main()
