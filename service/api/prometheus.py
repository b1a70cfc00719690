"""GET /metrics: the shared figures in Prometheus text exposition, rendered from one Redis snapshot."""

from __future__ import annotations

from collections.abc import Iterable

from aiohttp import web
from prometheus_client import CONTENT_TYPE_LATEST, CollectorRegistry, generate_latest
from prometheus_client.core import CounterMetricFamily, GaugeMetricFamily, HistogramMetricFamily, Metric

from service.api.appkeys import METRICS
from service.models import COUNTERS, GAUGES, QueueStats
from service.storage.metrics import DURATION_BUCKETS, INF_BUCKET, split_by_type

PREFIX = "taskservice_"
#: metrics-hash field -> metric name (counters get "_total" from prometheus_client) and its help text
NAMES = {
    "total_tasks": ("tasks_submitted", "Tasks submitted"),
    "completed_tasks": ("tasks_completed", "Tasks completed"),
    "failed_tasks": ("tasks_failed", "Tasks failed"),
    "retried_tasks": ("tasks_retried", "Task executions retried"),
    "cancelled_tasks": ("tasks_cancelled", "Tasks cancelled"),
    "queued_tasks": ("tasks_queued", "Tasks waiting to run"),
    "processing_tasks": ("tasks_processing", "Tasks running"),
}
Typed = dict[str, dict[str, int]]


class _Snapshot:
    """A collector of families computed beforehand: collecting must not wait on Redis."""

    def __init__(self, families: list[Metric]) -> None:
        self.families = families

    def collect(self) -> Iterable[Metric]:
        return self.families


def _figure(field: str, totals: dict[str, int], typed: Typed) -> list[Metric]:
    """The figure over all task types and, under a separate name, per task type (so sums never double)."""
    kind = CounterMetricFamily if field in COUNTERS else GaugeMetricFamily
    name, text = NAMES[field]
    total = kind(PREFIX + name, f"{text}, all task types", value=totals.get(field, 0))
    by_type = kind(f"{PREFIX}{name}_by_type", f"{text}, by task type", labels=["task_type"])
    for task_type, values in sorted(typed.items()):
        by_type.add_metric([task_type], values.get(field, 0))
    return [total, by_type]


def _queues(queues: dict[str, QueueStats]) -> list[Metric]:
    depth = GaugeMetricFamily(PREFIX + "queue_depth", "Jobs waiting in an arq queue", labels=["queue"])
    workers = GaugeMetricFamily(PREFIX + "queue_workers", "Live workers on an arq queue", labels=["queue"])
    for name, stats in sorted(queues.items()):
        depth.add_metric([name], stats.depth)
        workers.add_metric([name], stats.workers)
    return [depth, workers]


def _durations(typed: Typed) -> Metric:
    """The worker files each duration under one bucket (non-cumulative); Prometheus wants cumulative counts."""
    family = HistogramMetricFamily(PREFIX + "task_duration_seconds", "Task run time", labels=["task_type"])
    for task_type, values in sorted(typed.items()):
        count = values.get("duration_count", 0)
        if not count:
            continue
        cumulative, buckets = 0, []
        for bound in (*map(str, DURATION_BUCKETS), INF_BUCKET):
            cumulative += values.get(f"duration_bucket:{bound}", 0)
            buckets.append((bound, float(cumulative)))
        buckets[-1] = (INF_BUCKET, float(max(cumulative, count)))  # a duration filed without a bucket still counts
        family.add_metric([task_type], buckets, sum_value=values.get("duration_us_total", 0) / 1_000_000)
    return family


def render(raw: dict[str, str], queues: dict[str, QueueStats]) -> bytes:
    totals, typed = split_by_type(raw)
    families = [family for field in (*COUNTERS, *GAUGES) for family in _figure(field, totals, typed)]
    registry = CollectorRegistry()
    registry.register(_Snapshot([*families, *_queues(queues), _durations(typed)]))
    return generate_latest(registry)


async def exposition(request: web.Request) -> web.Response:
    reader = request.app[METRICS]
    body = render(await reader.raw(), await reader.queues())
    return web.Response(body=body, headers={"Content-Type": CONTENT_TYPE_LATEST})
