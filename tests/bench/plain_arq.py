"""Plain arq, the per-job baseline: `python -m tests.bench.plain_arq` runs arq's own Worker, as shipped (arq's
own connection pool, no hooks), with one no-op function and the service's queue, concurrency and poll delay.

It imports nothing from the service but its settings, so that it measures the same thing before and after
any change to the service's storage or worker.
"""

from __future__ import annotations

import asyncio
from typing import Any

from arq.connections import ArqRedis, RedisSettings
from arq.constants import health_check_key_suffix, result_key_prefix
from arq.jobs import deserialize_result
from arq.worker import Worker, func

from service.config import Settings, load_settings
from service.eventloop import new_event_loop
from tests.bench.clients import fan_out, wait_until

NOOP = "noop"
POLL_S = 0.1


async def noop(ctx: dict[str, Any]) -> None:
    return None


def worker(settings: Settings) -> Worker:
    return Worker(
        functions=[func(noop, name=NOOP)],
        redis_settings=RedisSettings.from_dsn(settings.redis_url),
        queue_name=settings.queue_name,
        max_jobs=settings.worker_concurrency,
        poll_delay=settings.poll_delay_seconds,
    )


async def wait_live(pool: ArqRedis, queue: str, timeout: float = 60) -> None:
    """Until an arq worker on `queue` has written arq's health-check key (it does on its first poll)."""

    async def live() -> bool:
        return bool(await pool.exists(queue + health_check_key_suffix))

    await wait_until(live, timeout, "arq worker start")


async def enqueue(pool: ArqRedis, queue: str, ids: list[str], concurrency: int) -> None:
    await fan_out(len(ids), concurrency, lambda i: pool.enqueue_job(NOOP, _job_id=ids[i], _queue_name=queue))


async def wait_done(pool: ArqRedis, queue: str, ids: list[str]) -> int:
    """Until the queue is empty: arq takes a job off it in the transaction that stores its result. How many
    ZCARD that took (the caller takes them out of the count); an error if a job has no result."""
    polls = 0

    async def empty() -> bool:
        nonlocal polls
        polls += 1
        return not await pool.zcard(queue)

    await wait_until(empty, 60 + len(ids) / 50, "plain arq jobs", POLL_S)
    return polls


async def span(pool: ArqRedis, ids: list[str]) -> float:
    """Seconds from the first job's enqueue to the last one's finish, from arq's results."""
    raws = await pool.mget([result_key_prefix + job_id for job_id in ids])
    if None in raws:
        raise RuntimeError(f"plain arq: {raws.count(None)} of {len(ids)} jobs have no result")
    results = [deserialize_result(raw) for raw in raws]
    first = min(result.enqueue_time for result in results)
    return (max(result.finish_time for result in results) - first).total_seconds()


def main() -> None:
    asyncio.set_event_loop(new_event_loop())  # the service worker's loop; arq's Worker takes the current one
    worker(load_settings()).run()


if __name__ == "__main__":
    main()
