"""Reading the shared counters, queue depths and worker heartbeats; the duration and queue-wait buckets."""

from __future__ import annotations

import time
from collections import defaultdict
from typing import NamedTuple

from redis.asyncio import Redis
from redis.asyncio.client import Pipeline

from service.models import COUNTERS, GAUGES, Figures, MetricsReport, QueueStats
from service.storage import keys
from service.storage.codec import now_iso
from service.storage.upkeep import WORKERS_LOST, count, upkeep_figures

#: Upper bounds (seconds) of the task-duration histogram buckets; the worker files each duration under one.
DURATION_BUCKETS = (0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0, 60.0, 120.0, 300.0)
#: Upper bounds (seconds) of the queue-wait histogram (creation to first start): a backlog waits minutes, not ms.
WAIT_BUCKETS = (*DURATION_BUCKETS, 600.0, 1800.0, 3600.0)
INF_BUCKET = "+Inf"


def bucket_for(duration_us: int, bounds: tuple[float, ...] = DURATION_BUCKETS) -> str:
    seconds = duration_us / 1_000_000
    return next((str(bound) for bound in bounds if seconds <= bound), INF_BUCKET)


def figures(raw: dict[str, int]) -> Figures:
    values = {name: raw.get(name, 0) for name in (*COUNTERS, *GAUGES)}
    finished = values["completed_tasks"] + values["failed_tasks"]
    count = raw.get("duration_count", 0)
    return Figures(
        **values,
        success_rate=round(values["completed_tasks"] / finished, 6) if finished else 0.0,
        avg_duration_ms=round(raw.get("duration_us_total", 0) / count / 1000, 3) if count else 0.0,
    )


def split_by_type(raw: dict[str, str]) -> tuple[dict[str, int], dict[str, dict[str, int]]]:
    """Separate a metrics hash into its totals and its "{type}:{field}" entries."""
    totals: dict[str, int] = {}
    typed: dict[str, dict[str, int]] = defaultdict(dict)
    for field, value in raw.items():
        task_type, sep, name = field.partition(":")
        if sep:
            typed[task_type][name] = int(value)
        else:
            totals[field] = int(value)
    return totals, dict(typed)


class Scrape(NamedTuple):
    """Everything /metrics shows, read in one MULTI: the global hash, the queues, the workers' upkeep figures."""

    raw: dict[str, str]
    queues: dict[str, QueueStats]
    upkeep: dict[str, int]


class MetricsReader:
    def __init__(self, redis: Redis, *, queue_names: tuple[str, ...], heartbeat_seconds: float) -> None:
        self.redis = redis
        self.queue_names = queue_names
        self.live_window_ms = int(heartbeat_seconds * 3 * 1000)

    async def raw(self, project_id: str | None = None) -> dict[str, str]:
        key = keys.METRICS if project_id is None else keys.project_metrics(project_id)
        return await self.redis.hgetall(key)  # type: ignore[no-any-return, misc]

    async def report(self, project_id: str | None = None, *, with_queues: bool = True) -> MetricsReport:
        """The figures of everything or of one project; `with_queues=False` leaves out the shared queues and
        workers (global figures a key scoped to some projects has no business seeing)."""
        totals, typed = split_by_type(await self.raw(project_id))
        return MetricsReport(
            metrics=figures(totals),
            by_task_type={name: figures(values) for name, values in sorted(typed.items())},
            queues=await self.queues() if with_queues else {},
            timestamp=now_iso(),
        )

    async def queues(self) -> dict[str, QueueStats]:
        async with self.redis.pipeline(transaction=False) as pipe:
            self._ask_queues(pipe)
            return self._queue_stats(await pipe.execute())

    async def scrape(self) -> Scrape:
        async with self.redis.pipeline(transaction=True) as pipe:
            pipe.hgetall(keys.METRICS)
            pipe.hgetall(keys.UPKEEP_METRICS)
            self._ask_queues(pipe)
            raw, upkeep, *answers = await pipe.execute()
        return Scrape(raw, self._queue_stats(answers), upkeep_figures(upkeep))

    def _ask_queues(self, pipe: Pipeline) -> None:
        since = int(time.time() * 1000) - self.live_window_ms
        for name in self.queue_names:
            pipe.zcard(name)
            pipe.zcount(keys.workers(name), since, "+inf")

    def _queue_stats(self, answers: list[int]) -> dict[str, QueueStats]:
        return {
            name: QueueStats(depth=answers[2 * i], workers=answers[2 * i + 1])
            for i, name in enumerate(self.queue_names)
        }


async def heartbeat(redis: Redis, queue_name: str, worker_id: str, *, stale_after_ms: int) -> None:
    """Mark a worker live on a queue and forget workers silent for longer than `stale_after_ms`."""
    now_ms = int(time.time() * 1000)
    async with redis.pipeline(transaction=True) as pipe:
        pipe.zadd(keys.workers(queue_name), {worker_id: now_ms})
        pipe.zremrangebyscore(keys.workers(queue_name), "-inf", now_ms - stale_after_ms)
        _, lost = await pipe.execute()
    if lost:  # workers that stopped beating without leaving (a clean stop leaves): rare, so one more command
        await count(redis, WORKERS_LOST, lost)


async def forget_worker(redis: Redis, queue_name: str, worker_id: str) -> None:
    await redis.zrem(keys.workers(queue_name), worker_id)
