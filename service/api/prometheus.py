"""GET /metrics: the shared figures in Prometheus text exposition, rendered from one Redis snapshot.

Global and per-task-type figures only, never a project's: the endpoint is open by default (Prometheus convention,
for an internal network), or needs a bearer token when METRICS_TOKEN is set. An unreachable Redis answers 503,
or with `?redis_down=gauge` (the kit's scrape asks for it) 200 and `taskservice_redis_up 0` only: to Prometheus a
failed scrape looks the same as a dead API process.
"""

from __future__ import annotations

import hashlib
import hmac
import logging
from collections.abc import Collection, Iterable, Mapping

from aiohttp import web
from prometheus_client import CONTENT_TYPE_LATEST, CollectorRegistry, generate_latest
from prometheus_client.core import CounterMetricFamily, GaugeMetricFamily, HistogramMetricFamily, Metric
from redis.exceptions import RedisError

from service.api.appkeys import METRICS, SETTINGS, TASK_TYPES
from service.api.errors import ApiError
from service.api.requests import parse_query
from service.api.schemas import ScrapeQuery
from service.models import COUNTERS, GAUGES, QueueStats
from service.storage import upkeep
from service.storage.metrics import DURATION_BUCKETS, INF_BUCKET, WAIT_BUCKETS, split_by_type

log = logging.getLogger(__name__)

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
#: upkeep hash field -> metric name and help text (counters: the workers' liveness and the reconciler's actions)
UPKEEP_COUNTERS = {
    upkeep.WORKERS_STARTED: ("workers_started", "Worker processes started (first heartbeat)"),
    upkeep.WORKERS_LOST: (
        "workers_lost",
        "Workers dropped from the live set after missing their beats (not a clean stop)",
    ),
    upkeep.ORPHANS_FINALISED: (
        "reconciler_orphans_finalised",
        "Tasks finalised by the reconciler: their job ended without hooks",
    ),
    upkeep.CLAIMS_RELEASED: ("rescuer_claims_released", "Claims of dead workers released, so their jobs run again"),
    upkeep.JOBS_DROPPED: ("rescuer_jobs_dropped", "Claimed jobs of final or gone tasks dropped by the rescuer"),
    upkeep.ABORT_MARKERS_DROPPED: ("rescuer_abort_markers_dropped", "Stale abort markers removed by the rescuer"),
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
    deferred = GaugeMetricFamily(PREFIX + "queue_deferred", "Of the queue's jobs, those not due yet", labels=["queue"])
    for name, stats in sorted(queues.items()):
        depth.add_metric([name], stats.depth)
        workers.add_metric([name], stats.workers)
        deferred.add_metric([name], stats.deferred)
    return [depth, workers, deferred]


def _histogram(name: str, text: str, typed: Typed, field: str, bounds: tuple[float, ...]) -> Metric:
    """Storage files each value under one bucket (non-cumulative), fields `{field}_bucket:{le}`,
    `{field}_us_total`, `{field}_count`; Prometheus wants cumulative counts."""
    family = HistogramMetricFamily(PREFIX + name, text, labels=["task_type"])
    for task_type, values in sorted(typed.items()):
        count = values.get(f"{field}_count", 0)
        if not count:
            continue
        cumulative, buckets = 0, []
        for bound in (*map(str, bounds), INF_BUCKET):
            cumulative += values.get(f"{field}_bucket:{bound}", 0)
            buckets.append((bound, float(cumulative)))
        buckets[-1] = (INF_BUCKET, float(max(cumulative, count)))  # a value filed without a bucket still counts
        family.add_metric([task_type], buckets, sum_value=values.get(f"{field}_us_total", 0) / 1_000_000)
    return family


def _upkeep(figures: dict[str, int]) -> list[Metric]:
    families: list[Metric] = [
        CounterMetricFamily(PREFIX + name, text, value=figures[field])
        for field, (name, text) in UPKEEP_COUNTERS.items()
    ]
    stuck = "Tasks processing longer than their type's time limit, as the latest reconcile pass saw them"
    families.append(GaugeMetricFamily(PREFIX + "tasks_stuck_processing", stuck, value=figures[upkeep.STUCK_PROCESSING]))
    passed = figures[upkeep.RECONCILED_AT_MS] / 1000
    last = "End of the latest reconcile pass by any worker (Unix time; 0: none yet)"
    families.append(GaugeMetricFamily(PREFIX + "reconcile_last_pass_timestamp_seconds", last, value=passed))
    return families


def _limits(limits: Mapping[str, int], running: Mapping[str, int]) -> list[Metric]:
    """The capped task types' limits and run slots held (service.storage.slots); no sample for an uncapped type."""
    text = "Tasks of a type that may run at once across all workers (TYPE_CONCURRENCY or the type's own)"
    limit = GaugeMetricFamily(PREFIX + "type_concurrency_limit", text, labels=["task_type"])
    held = GaugeMetricFamily(
        PREFIX + "type_running", "Tasks of a capped type holding one of its run slots now", labels=["task_type"]
    )
    for task_type, value in sorted(limits.items()):
        limit.add_metric([task_type], value)
        held.add_metric([task_type], running.get(task_type, 0))
    return [limit, held]


def _redis_up(up: bool) -> Metric:
    return GaugeMetricFamily(
        PREFIX + "redis_up", "Whether this API process could read Redis for this scrape", value=int(up)
    )


def _exposition(families: list[Metric]) -> bytes:
    registry = CollectorRegistry()
    registry.register(_Snapshot(families))
    return generate_latest(registry)


def render(
    raw: dict[str, str],
    queues: dict[str, QueueStats],
    task_types: Collection[str],
    upkeep_figures: dict[str, int] | None = None,
    *,
    limits: Mapping[str, int] | None = None,
    running: Mapping[str, int] | None = None,
) -> bytes:
    """Only registered task types become labels: nothing else in the hash (a project id, say) is ever exposed.
    Without `upkeep_figures` (the workers' upkeep hash), its figures show as 0; `limits` and `running`: the capped
    types' concurrency limits and run slots held."""
    totals, typed = split_by_type(raw)
    typed = {name: values for name, values in typed.items() if name in task_types}
    families = [family for field in (*COUNTERS, *GAUGES) for family in _figure(field, totals, typed)]
    run_time = _histogram("task_duration_seconds", "Task run time", typed, "duration", DURATION_BUCKETS)
    wait = _histogram(
        "task_queue_wait_seconds", "Time from submit to a task's first start", typed, "wait", WAIT_BUCKETS
    )
    upkept = _upkeep(upkeep.upkeep_figures({}) if upkeep_figures is None else upkeep_figures)
    capped = _limits(limits or {}, running or {})
    return _exposition([*families, *_queues(queues), run_time, wait, *upkept, *capped, _redis_up(True)])


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
    query = parse_query(request, ScrapeQuery)
    try:
        scrape = await request.app[METRICS].scrape()
    except (RedisError, OSError) as exc:
        if query.redis_down == "error":
            raise  # the 503 envelope (errors.py)
        log.warning("GET /metrics: redis unreachable (%r); answering taskservice_redis_up 0", exc)
        body = _exposition([_redis_up(False)])
    else:
        reader = request.app[METRICS]
        body = render(
            scrape.raw,
            scrape.queues,
            request.app[TASK_TYPES].keys(),
            scrape.upkeep,
            limits=reader.limits,
            running=scrape.running,
        )
    return web.Response(body=body, headers={"Content-Type": CONTENT_TYPE_LATEST})
