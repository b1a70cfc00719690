"""Reading the shared counters, queue depths and worker heartbeats; the duration and queue-wait buckets."""

from __future__ import annotations

import time
from collections import defaultdict
from collections.abc import Collection, Mapping
from typing import NamedTuple

import msgspec
from redis.asyncio import Redis
from redis.asyncio.client import Pipeline

from service.models import COUNTERS, GAUGES, Figures, MetricsReport, Percentiles, QueueStats, TypeFigures
from service.storage import keys
from service.storage.codec import now_iso
from service.storage.slots import ask_running
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


def percentiles(values: dict[str, int], field: str, bounds: tuple[float, ...]) -> Percentiles | None:
    """p50/p90/p99 (ms) of a histogram filed as `{field}_bucket:{le}` (one bucket per value) and `{field}_count`."""
    counts = [values.get(f"{field}_bucket:{bound}", 0) for bound in (*map(str, bounds), INF_BUCKET)]
    total = sum(counts)
    if not total:
        return None
    found = [_quantile(counts, bounds, total * share) * 1000 for share in (0.5, 0.9, 0.99)]
    return Percentiles(**{f"p{p}": round(v, 3) for p, v in zip((50, 90, 99), found, strict=True)})


def _quantile(counts: list[int], bounds: tuple[float, ...], rank: float) -> float:
    """Seconds at `rank` among the bucketed values; past the last finite bound, that bound (as Prometheus)."""
    seen, lower = 0, 0.0
    for upper, n in zip(bounds, counts, strict=False):
        if n and seen + n >= rank:
            return lower + (upper - lower) * (rank - seen) / n
        seen, lower = seen + n, upper
    return bounds[-1]


def type_figures(raw: dict[str, int], *, histograms: bool) -> TypeFigures:
    base = figures(raw)
    if not histograms:
        return TypeFigures(**msgspec.structs.asdict(base))
    return TypeFigures(
        **msgspec.structs.asdict(base),
        run_time_ms=percentiles(raw, "duration", DURATION_BUCKETS),
        queue_wait_ms=percentiles(raw, "wait", WAIT_BUCKETS),
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
    #: each capped type's run slots held now (service.storage.slots)
    running: dict[str, int]


class TypeStats(NamedTuple):
    """A task type's queue, its queued tasks, and the live workers of that queue that run it."""

    queue: str
    #: queued and due: deferred tasks not due yet are left out
    queued: int
    #: workers that say they run it, and those of its queue that say nothing (an earlier version's: all of them)
    runners: int


class MetricsReader:
    def __init__(
        self,
        redis: Redis,
        *,
        queue_names: tuple[str, ...],
        heartbeat_seconds: float,
        routes: Mapping[str, str] | None = None,
        limits: Mapping[str, int] | None = None,
    ) -> None:
        self.redis = redis
        #: capped task type -> its concurrency limit (service.registry.concurrency_limits)
        self.limits = dict(limits or {})
        self.queue_names = queue_names
        #: task type -> its queue, for task_types()
        self.routes = dict(routes or {})
        self.live_window_ms = int(heartbeat_seconds * 3 * 1000)

    async def raw(self, project_id: str | None = None) -> dict[str, str]:
        key = keys.METRICS if project_id is None else keys.project_metrics(project_id)
        return await self.redis.hgetall(key)  # type: ignore[no-any-return, misc]

    async def report(self, project_id: str | None = None, *, with_queues: bool = True) -> MetricsReport:
        """The figures of everything or of one project; `with_queues=False` leaves out the shared queues and
        workers (global figures a key scoped to some projects has no business seeing)."""
        totals, typed = split_by_type(await self.raw(project_id))
        by_type = {name: type_figures(values, histograms=project_id is None) for name, values in typed.items()}
        if project_id is None and self.limits:  # slots are shared by every project: the all-projects report only
            by_type = await self._with_limits(by_type)
        return MetricsReport(
            metrics=figures(totals),
            by_task_type=dict(sorted(by_type.items())),
            queues=await self.queues() if with_queues else {},
            timestamp=now_iso(),
        )

    async def _with_limits(self, by_type: dict[str, TypeFigures]) -> dict[str, TypeFigures]:
        async with self.redis.pipeline(transaction=False) as pipe:
            ask_running(pipe, self.limits)
            running = await pipe.execute()
        for (name, limit), held in zip(self.limits.items(), running, strict=True):
            found = by_type.get(name) or TypeFigures()
            by_type[name] = msgspec.structs.replace(found, concurrency_limit=limit, concurrency_running=held)
        return by_type

    async def queues(self) -> dict[str, QueueStats]:
        async with self.redis.pipeline(transaction=False) as pipe:
            self._ask_queues(pipe)
            return self._queue_stats(await pipe.execute())

    async def scrape(self) -> Scrape:
        async with self.redis.pipeline(transaction=True) as pipe:
            pipe.hgetall(keys.METRICS)
            pipe.hgetall(keys.UPKEEP_METRICS)
            ask_running(pipe, self.limits)
            self._ask_queues(pipe)
            raw, upkeep, *answers = await pipe.execute()
        running = dict(zip(self.limits, answers, strict=False))
        return Scrape(raw, self._queue_stats(answers[len(running) :]), upkeep_figures(upkeep), running)

    def _ask_queues(self, pipe: Pipeline) -> None:
        now_ms = int(time.time() * 1000)
        for name in self.queue_names:
            pipe.zcard(name)
            pipe.zcount(keys.workers(name), now_ms - self.live_window_ms, "+inf")
            pipe.zcount(name, f"({now_ms}", "+inf")  # deferred jobs: not due yet (schedule.py)

    def _queue_stats(self, answers: list[int]) -> dict[str, QueueStats]:
        return {
            name: QueueStats(depth=answers[3 * i], workers=answers[3 * i + 1], deferred=answers[3 * i + 2])
            for i, name in enumerate(self.queue_names)
        }

    async def task_types(self) -> dict[str, TypeStats]:
        """Per routed task type: its queue, queued tasks that are due (the global gauge less its deferred tasks not
        due yet) and live workers that run it."""
        names = list(self.routes)
        if not names:
            return {}
        queues = sorted(set(self.routes.values()))
        now_ms = int(time.time() * 1000)
        since = now_ms - self.live_window_ms
        async with self.redis.pipeline(transaction=False) as pipe:
            pipe.hmget(keys.METRICS, [f"{name}:queued_tasks" for name in names])
            for name in names:
                pipe.zcount(keys.deferred(name), f"({now_ms}", "+inf")
            for queue in queues:
                pipe.zcount(keys.workers(queue), since, "+inf")
                pipe.zcount(keys.typed_workers(queue), since, "+inf")
            for name in names:
                pipe.zcount(keys.type_workers(name, self.routes[name]), since, "+inf")
            queued, *counts = await pipe.execute()
        waiting, counts = counts[: len(names)], counts[len(names) :]
        untyped = {queue: max(counts[2 * i] - counts[2 * i + 1], 0) for i, queue in enumerate(queues)}
        running = counts[2 * len(queues) :]
        return {
            name: TypeStats(queue, max(int(queued[i] or 0) - waiting[i], 0), running[i] + untyped[queue])
            for i, (name, queue) in enumerate(self.routes.items())
        }


def _beat_sets(queue_name: str, task_types: Collection[str] | None) -> list[str]:
    if task_types is None:  # says nothing of its types: counted for every type of its queue
        return [keys.workers(queue_name)]
    return [keys.workers(queue_name), keys.typed_workers(queue_name)] + [
        keys.type_workers(name, queue_name) for name in task_types
    ]


async def heartbeat(
    redis: Redis, queue_name: str, worker_id: str, *, stale_after_ms: int, task_types: Collection[str] | None = None
) -> None:
    """Mark a worker live on a queue (and as running `task_types` from it) and forget workers silent for longer
    than `stale_after_ms`. The per-type sets expire when nothing beats into them any more."""
    now_ms = int(time.time() * 1000)
    async with redis.pipeline(transaction=True) as pipe:
        for position, key in enumerate(_beat_sets(queue_name, task_types)):
            pipe.zadd(key, {worker_id: now_ms})
            pipe.zremrangebyscore(key, "-inf", now_ms - stale_after_ms)
            if position:
                pipe.pexpire(key, 2 * stale_after_ms)
        _, lost, *_ = await pipe.execute()  # lost: from workers:{queue}, once per queue the worker served
    if lost:  # workers that stopped beating without leaving (a clean stop leaves): rare, so one more command
        await count(redis, WORKERS_LOST, lost)


async def forget_worker(
    redis: Redis, queue_name: str, worker_id: str, *, task_types: Collection[str] | None = None
) -> None:
    async with redis.pipeline(transaction=True) as pipe:
        for key in _beat_sets(queue_name, task_types):
            pipe.zrem(key, worker_id)
        await pipe.execute()
