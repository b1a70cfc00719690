"""GET /api/v1/tasks/metrics, GET /metrics (Prometheus), GET /api/v1/health and /api/v1/ready."""

from __future__ import annotations

import pytest
from prometheus_client.parser import text_string_to_metric_families
from pytest_aiohttp import AiohttpClient
from redis.asyncio import Redis

from service.config import Settings
from service.models import TaskStatus
from service.storage import Ending, TaskStorage
from service.storage.metrics import heartbeat
from tests.api_support import ADMIN, OTHER_PROJECT, SCOPED, Client, echo, error_of, evaluate, start, submit
from tests.constants import SCOPED_PROJECT


@pytest.fixture
async def client(aiohttp_client: AiohttpClient, settings: Settings, redis: Redis) -> Client:
    return await start(aiohttp_client, settings)


async def test_metrics_reflect_submits_globally_and_per_project(client: Client, storage: TaskStorage) -> None:
    for body in (echo(), echo(), evaluate(), echo(OTHER_PROJECT)):
        task = await submit(client, body)
    await storage.finalise_orphan(task["task_id"], Ending(TaskStatus.CANCELLED))

    resp = await client.get("/api/v1/tasks/metrics", headers=ADMIN)
    assert resp.status == 200
    report = await resp.json()
    assert report["metrics"]["total_tasks"] == 4
    assert (report["metrics"]["queued_tasks"], report["metrics"]["cancelled_tasks"]) == (3, 1)
    assert report["by_task_type"]["echo"]["total_tasks"] == 3
    assert report["by_task_type"]["evaluate_department"]["total_tasks"] == 1
    assert report["queues"] == {"arq:queue": {"depth": 4, "workers": 0}}
    assert report["timestamp"].endswith("Z")

    resp = await client.get("/api/v1/tasks/metrics", params={"project_id": OTHER_PROJECT}, headers=ADMIN)
    project = await resp.json()
    assert (project["metrics"]["total_tasks"], project["metrics"]["cancelled_tasks"]) == (1, 1)
    assert list(project["by_task_type"]) == ["echo"]


async def test_scoped_key_sees_only_its_own_project_metrics(client: Client) -> None:
    await submit(client, echo(SCOPED_PROJECT), headers=SCOPED)
    await error_of(await client.get("/api/v1/tasks/metrics", headers=SCOPED), 403, "forbidden")
    foreign = await client.get("/api/v1/tasks/metrics", params={"project_id": OTHER_PROJECT}, headers=SCOPED)
    await error_of(foreign, 403, "forbidden")
    own = await client.get("/api/v1/tasks/metrics", params={"project_id": SCOPED_PROJECT}, headers=SCOPED)
    assert own.status == 200 and (await own.json())["metrics"]["total_tasks"] == 1


async def test_prometheus_exposition_has_counters_gauges_and_histogram(client: Client, storage: TaskStorage) -> None:
    finished = (await submit(client, evaluate()))["task_id"]
    await submit(client)
    await storage.start(finished, 1)
    duration_us = 300_000  # 0.3 s: falls in the 0.5 s bucket
    await storage.finish(finished, 1, Ending(TaskStatus.COMPLETED, duration_us=duration_us))

    resp = await client.get("/metrics")  # no key needed
    assert resp.status == 200 and resp.content_type == "text/plain"
    families = {family.name: family for family in text_string_to_metric_families(await resp.text())}
    samples = {(s.name, tuple(sorted(s.labels.items()))): s.value for f in families.values() for s in f.samples}
    assert samples[("taskservice_tasks_submitted_total", ())] == 2
    assert samples[("taskservice_tasks_submitted_by_type_total", (("task_type", "echo"),))] == 1
    assert samples[("taskservice_tasks_completed_by_type_total", (("task_type", "evaluate_department"),))] == 1
    assert samples[("taskservice_tasks_queued", ())] == 1
    assert samples[("taskservice_queue_depth", (("queue", "arq:queue"),))] == 2
    assert samples[("taskservice_queue_workers", (("queue", "arq:queue"),))] == 0

    histogram = families["taskservice_task_duration_seconds"]
    assert histogram.type == "histogram"
    buckets = {s.labels["le"]: s.value for s in histogram.samples if s.name.endswith("_bucket")}
    assert (buckets["0.25"], buckets["0.5"], buckets["300.0"], buckets["+Inf"]) == (0, 1, 1, 1)  # cumulative
    by_name = {s.name: s.value for s in histogram.samples}
    assert by_name["taskservice_task_duration_seconds_count"] == 1
    assert by_name["taskservice_task_duration_seconds_sum"] == pytest.approx(0.3)


async def test_health_needs_no_key(client: Client) -> None:
    resp = await client.get("/api/v1/health")
    assert resp.status == 200 and await resp.json() == {"status": "ok"}


async def test_ready_without_jobs(client: Client) -> None:
    resp = await client.get("/api/v1/ready")
    assert resp.status == 200 and (await resp.json())["status"] == "ready"


async def test_ready_names_a_queue_with_jobs_and_no_worker_until_a_heartbeat(
    client: Client, redis: Redis, settings: Settings
) -> None:
    await submit(client)
    error = await error_of(await client.get("/api/v1/ready"), 503, "unavailable")
    assert error["details"] == [{"component": "queue", "queue": settings.queue_name, "depth": 1, "workers": 0}]

    await heartbeat(redis, settings.queue_name, "worker-1", stale_after_ms=60_000)
    resp = await client.get("/api/v1/ready")
    assert resp.status == 200
    assert (await resp.json())["queues"] == {settings.queue_name: {"depth": 1, "workers": 1}}
