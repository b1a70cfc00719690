"""Bare arq baselines: how fast jobs enqueue, and jobs/s and queue wait through the bare worker (the ceiling)."""

from __future__ import annotations

import time

from arq.connections import ArqRedis
from arq.constants import result_key_prefix
from arq.jobs import JobResult, deserialize_result

from tests.bench import plain_arq
from tests.bench.clients import wait_until


async def enqueue(pool: ArqRedis, queue: str, ids: list[str], concurrency: int) -> float:
    """Enqueue one no-op job per id, `concurrency` at a time; jobs/s."""
    started = time.perf_counter()
    await plain_arq.enqueue(pool, queue, ids, concurrency)
    return len(ids) / (time.perf_counter() - started)


async def end_to_end(pool: ArqRedis, queue: str, ids: list[str], concurrency: int) -> tuple[float, list[float]]:
    """Enqueue the jobs and wait for all their results; jobs/s (first enqueue to last finish) and waits (ms)."""
    await enqueue(pool, queue, ids, concurrency)
    result_keys = [result_key_prefix + job_id for job_id in ids]

    async def finished() -> bool:
        return int(await pool.exists(*result_keys)) == len(ids)

    await wait_until(finished, 60 + len(ids) / 50, "bare arq jobs")
    results: list[JobResult] = [deserialize_result(raw) for raw in await pool.mget(result_keys)]
    first = min(result.enqueue_time for result in results)
    last = max(result.finish_time for result in results)
    waits = [(result.start_time - result.enqueue_time).total_seconds() * 1000 for result in results]
    return len(ids) / (last - first).total_seconds(), waits
