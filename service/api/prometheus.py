"""GET /metrics: the shared figures in Prometheus text exposition, rendered from one Redis snapshot.

Global and per-task-type figures only, never a project's: the endpoint is open by default (Prometheus convention,
for an internal network), or needs a bearer token when METRICS_TOKEN is set.
"""

from __future__ import annotations

import hashlib
import hmac
from collections.abc import Collection, Iterable

from aiohttp import web
from prometheus_client import CONTENT_TYPE_LATEST, CollectorRegistry, generate_latest
from prometheus_client.core import CounterMetricFamily, GaugeMetricFamily, HistogramMetricFamily, Metric

from service.api.appkeys import METRICS, SETTINGS, TASK_TYPES
from service.api.errors import ApiError
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
_CHALLENGE = {"WWW-Authenticate": 'Bearer realm="metrics"'}


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


def render(raw: dict[str, str], queues: dict[str, QueueStats], task_types: Collection[str]) -> bytes:
    """Only registered task types become labels: nothing else in the hash (a project id, say) is ever exposed."""
    totals, typed = split_by_type(raw)
    typed = {name: values for name, values in typed.items() if name in task_types}
    families = [family for field in (*COUNTERS, *GAUGES) for family in _figure(field, totals, typed)]
    registry = CollectorRegistry()
    registry.register(_Snapshot([*families, *_queues(queues), _durations(typed)]))
    return generate_latest(registry)


def _digest(text: str) -> bytes:
    # Digests of equal length: the comparison's time tells nothing, not even the token's length.
    # surrogatepass: a header may carry any code point (aiohttp decodes undecodable bytes to surrogates).
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).digest()


def require_token(request: web.Request, token: str) -> None:
    """401 unless the request carries `Authorization: Bearer <token>`, compared in constant time."""
    scheme, _, presented = request.headers.get("Authorization", "").partition(" ")
    if not (scheme.lower() == "bearer" and hmac.compare_digest(_digest(presented.strip()), _digest(token))):
        raise ApiError(401, "GET /metrics needs Authorization: Bearer <METRICS_TOKEN>", headers=_CHALLENGE)


async def exposition(request: web.Request) -> web.Response:
    if token := request.app[SETTINGS].metrics_token:
        require_token(request, token)
    reader = request.app[METRICS]
    body = render(await reader.raw(), await reader.queues(), request.app[TASK_TYPES].keys())
    return web.Response(body=body, headers={"Content-Type": CONTENT_TYPE_LATEST})
