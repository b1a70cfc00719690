"""Run-time and queue-wait percentiles per task type in GET /tasks/metrics, from the histograms' buckets."""

from __future__ import annotations

from service.config import Settings
from service.models import Percentiles
from service.storage import MetricsReader, TaskStorage
from service.storage.metrics import DURATION_BUCKETS, WAIT_BUCKETS, percentiles
from tests.api_support import PROJECT
from tests.worker_support import run_burst


def test_percentiles_interpolate_inside_buckets_as_prometheus_does() -> None:
    # 100 values: 50 in (0, 0.005], 40 in (0.005, 0.01], 10 in (0.01, 0.025]
    filed = {"duration_bucket:0.005": 50, "duration_bucket:0.01": 40, "duration_bucket:0.025": 10}
    assert percentiles(filed, "duration", DURATION_BUCKETS) == Percentiles(p50=5.0, p90=10.0, p99=23.5)
    beyond = {"wait_bucket:+Inf": 1}  # past the last finite bound: that bound
    assert percentiles(beyond, "wait", WAIT_BUCKETS) == Percentiles(p50=3_600_000.0, p90=3_600_000.0, p99=3_600_000.0)
    assert percentiles({}, "duration", DURATION_BUCKETS) is None


async def test_the_report_gives_them_per_type_for_all_projects_only(
    storage: TaskStorage, metrics_reader: MetricsReader, settings: Settings
) -> None:
    count = 5
    for _ in range(count):
        await storage.create(project_id=PROJECT, task_type="echo", task_data={})
    await run_burst(settings)
    echo = (await metrics_reader.report()).by_task_type["echo"]
    assert echo.run_time_ms is not None and echo.queue_wait_ms is not None
    assert 0 < echo.run_time_ms.p50 <= echo.run_time_ms.p90 <= echo.run_time_ms.p99
    assert 0 < echo.queue_wait_ms.p50 <= echo.queue_wait_ms.p99
    in_project = (await metrics_reader.report(PROJECT)).by_task_type["echo"]
    assert (in_project.completed_tasks, in_project.run_time_ms, in_project.queue_wait_ms) == (count, None, None)
