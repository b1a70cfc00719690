"""Echo tasks through the whole service: submitted over HTTP, run by the worker(s), read back from the records."""

from __future__ import annotations

import asyncio
import random
import time
from collections.abc import Awaitable, Callable
from typing import NamedTuple

import aiohttp
from redis.asyncio import Redis

from service.storage import keys
from tests.bench.clients import epoch, submit_all, wait_until

#: How a round's tasks are submitted: (client, project, n) -> their ids.
Submit = Callable[[aiohttp.ClientSession, str, int], Awaitable[list[str]]]


class Round(NamedTuple):
    rate: float  # tasks/s, first enqueue to last completion
    waits_ms: list[float]  # enqueue -> start, per task
    bytes_per_task: float  # Redis memory held per retained task


async def wait_completed(redis: Redis, project: str, n: int) -> None:
    completed, failed = keys.project_index(project, "completed"), keys.project_index(project, "failed")

    async def done() -> bool:
        pipe = redis.pipeline(transaction=False)
        pipe.zcard(completed)
        pipe.zcard(failed)
        counts = await pipe.execute()
        if counts[1]:
            raise RuntimeError(f"{counts[1]} echo tasks failed in project {project}")
        return int(counts[0]) >= n

    await wait_until(done, 60 + n / 50, f"{n} tasks of {project} completed")


async def timings(redis: Redis, ids: list[str]) -> list[tuple[float, float, float]]:
    """(created, started, completed) of each task, in epoch seconds, from its record."""
    pipe = redis.pipeline(transaction=False)
    for task_id in ids:
        pipe.hmget(keys.task(task_id), ["created_at", "started_at", "completed_at"])
    return [(epoch(c), epoch(s), epoch(d)) for c, s, d in await pipe.execute()]


async def used_memory(redis: Redis) -> int:
    return int((await redis.info("memory"))["used_memory"])


async def full_round(client: aiohttp.ClientSession, redis: Redis, project: str, n: int, submit: Submit) -> Round:
    """n tasks as fast as `submit` sends them, until all are completed."""
    before = await used_memory(redis)
    ids = await submit(client, project, n)
    await wait_completed(redis, project, n)
    records = await timings(redis, ids)
    # arq keeps a job's result for a minute (the reconciler's window): not part of a retained task
    await redis.delete(*(keys.arq_result(task_id) for task_id in ids))
    held = (await used_memory(redis) - before) / n
    span = max(done for _, _, done in records) - min(created for created, _, _ in records)
    return Round(n / span, [(started - created) * 1000 for created, started, _ in records], held)


async def light_round(client: aiohttp.ClientSession, redis: Redis, project: str, n: int, gap_s: float) -> list[float]:
    """n tasks submitted one at a time, gap_s apart on average; the queue wait of each (ms)."""
    ids, rng = [], random.Random(n)
    for _ in range(n):
        started = time.monotonic()
        ids += await submit_all(client, project, 1, 1)
        # a random gap: a fixed one in step with the worker's poll period would give every task the same wait
        pause = rng.uniform(0.5, 1.5) * gap_s
        await asyncio.sleep(max(0.0, pause - (time.monotonic() - started)))
    await wait_completed(redis, project, n)
    return [(started - created) * 1000 for created, started, _ in await timings(redis, ids)]
