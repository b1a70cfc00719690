"""Deferred tasks and priorities as the API takes them, with no worker running: validation (422 naming the
field), `scheduled_for` and `priority` on the task, a deferred task listed and counted as queued, its job scored
by its due time, and /ready, which does not call a queue whose only jobs are not due yet stalled."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from redis.asyncio import Redis

from service.storage import keys
from service.storage.codec import score_of
from tests.constants import ADMIN_KEY
from tests.faults_support import Api
from tests.processes import service_env

PROJECT = "sched-api"
RETENTION = 600
STEP_MS = 1000
QUEUE = "arq:queue"
#: stands for a run_at more than the retention ahead of the test's own time
FAR = "far ahead"


@pytest.fixture(scope="module")
def env(redis_url: str) -> dict[str, str]:
    extra = {"TASK_RETENTION_SECONDS": str(RETENTION), "PRIORITY_AGING_SECONDS": str(STEP_MS / 1000)}
    return service_env(redis_url, ADMIN_KEY, **extra)


def body(**extra: Any) -> dict[str, Any]:
    return {"project_id": PROJECT, "task_type": "echo", "task_data": {}, **extra}


async def post(api: Api, path: str, payload: dict[str, Any]) -> tuple[int, Any]:
    async with api.http.post(path, json=payload) as answer:
        return answer.status, await answer.json()


async def submit(api: Api, **extra: Any) -> dict[str, Any]:
    status, task = await post(api, "/api/v1/tasks/submit", body(**extra))
    assert status == 202, task
    return task  # type: ignore[no-any-return]


def iso(moment: datetime) -> str:
    return moment.isoformat().replace("+00:00", "Z")


def fields(answer: Any) -> set[str]:
    return {detail["field"] for detail in answer["error"]["details"]}


@pytest.mark.parametrize(
    ("extra", "named"),
    [
        ({"delay_seconds": 5, "run_at": "2030-01-01T00:00:00Z"}, {"$.run_at", "$.delay_seconds"}),
        ({"delay_seconds": RETENTION + 1}, {"$.delay_seconds"}),
        ({"run_at": FAR}, {"$.run_at"}),
        ({"run_at": "2030-01-01T00:00:00"}, {"$.run_at"}),  # no offset: ambiguous
        ({"run_at": "tomorrow"}, {"$.run_at"}),
        ({"delay_seconds": -1}, {"$.delay_seconds"}),
        ({"priority": 11}, {"$.priority"}),
        ({"priority": -11}, {"$.priority"}),
        ({"priority": 1.5}, {"$.priority"}),
    ],
)
async def test_bad_schedules_are_422_naming_the_field(api: Api, extra: dict[str, Any], named: set[str]) -> None:
    if extra.get("run_at") == FAR:  # computed now: the parameters are made when the tests are collected
        extra = {"run_at": iso(datetime.now(UTC) + timedelta(seconds=RETENTION + 60))}
    status, answer = await post(api, "/api/v1/tasks/submit", body(**extra))
    assert status == 422 and fields(answer) == named, answer
    status, answer = await post(api, "/api/v1/tasks/batch", {"tasks": [body(), body(**extra)]})
    assert status == 422 and fields(answer) == {f"$.tasks[1]{name[1:]}" for name in named}, answer


async def test_a_plain_task_is_not_scheduled_and_sorts_at_priority_zero(api: Api, redis: Redis) -> None:
    task = await submit(api)
    assert task["scheduled_for"] is None and task["priority"] == 0
    created_ms = score_of(task["created_at"]) // 1000
    assert await redis.zscore(QUEUE, task["task_id"]) == created_ms - 10 * STEP_MS
    assert await redis.zcard(keys.deferred("echo")) == 0


async def test_priority_moves_the_queue_score(api: Api, redis: Redis) -> None:
    for priority in (-10, 3, 10):
        task = await submit(api, priority=priority)
        assert task["priority"] == priority
        created_ms = score_of(task["created_at"]) // 1000
        assert await redis.zscore(QUEUE, task["task_id"]) == created_ms - (priority + 10) * STEP_MS


async def test_a_deferred_task_is_queued_listed_counted_and_due_at_its_time(api: Api, redis: Redis) -> None:
    task = await submit(api, delay_seconds=120, priority=4)
    created_us, due_us = score_of(task["created_at"]), score_of(task["scheduled_for"])
    assert task["status"] == "queued" and due_us - created_us == 120_000_000
    assert (await api.ok(f"/api/v1/tasks/{task['task_id']}"))["scheduled_for"] == task["scheduled_for"]
    listed = await api.ok(f"/api/v1/projects/{PROJECT}/tasks?status=queued")
    assert [t["task_id"] for t in listed["tasks"]] == [task["task_id"]]
    figures = (await api.ok(f"/api/v1/tasks/metrics?project_id={PROJECT}"))["metrics"]
    assert figures["queued_tasks"] == 1
    # arq's own deferral: the job's score is its due time; the record and job outlive it by the retention
    assert await redis.zscore(QUEUE, task["task_id"]) == -(-due_us // 1000)
    assert await redis.zscore(keys.deferred("echo"), task["task_id"]) == -(-due_us // 1000)
    assert await redis.pttl(keys.task(task["task_id"])) > (120 + RETENTION - 5) * 1000
    assert await redis.pttl(keys.arq_job(task["task_id"])) > (120 + RETENTION - 5) * 1000
    # the deferred set goes with its longest-lived task, even if no worker ever promotes its entries
    assert await redis.pttl(keys.deferred("echo")) > (120 + RETENTION - 5) * 1000


async def test_run_at_in_the_past_or_a_zero_delay_is_due_now(api: Api, redis: Redis) -> None:
    for extra in ({"run_at": "2001-02-03T04:05:06+01:00"}, {"delay_seconds": 0}):
        task = await submit(api, **extra)
        assert task["scheduled_for"] == task["created_at"]
        created_ms = score_of(task["created_at"]) // 1000
        assert await redis.zscore(QUEUE, task["task_id"]) == created_ms - 10 * STEP_MS
    assert await redis.zcard(keys.deferred("echo")) == 0


async def test_batch_items_are_deferred_each_on_its_own(api: Api, redis: Redis) -> None:
    run_at = iso(datetime.now(UTC) + timedelta(seconds=90))
    items = [body(run_at=run_at), body(priority=7), body(delay_seconds=30, priority=-2)]
    status, answer = await post(api, "/api/v1/tasks/batch", {"tasks": items})
    assert status == 202, answer
    first, second, third = answer["tasks"]
    assert score_of(first["scheduled_for"]) == score_of(run_at) and first["priority"] == 0
    assert second["scheduled_for"] is None and second["priority"] == 7
    assert third["priority"] == -2 and score_of(third["scheduled_for"]) > score_of(third["created_at"])
    deferred = await redis.zrange(keys.deferred("echo"), 0, -1)
    assert sorted(deferred) == sorted([first["task_id"], third["task_id"]])
    assert await redis.pttl(keys.deferred("echo")) > (90 + RETENTION - 5) * 1000  # the longest-lived entry's
    created_ms = score_of(second["created_at"]) // 1000
    assert await redis.zscore(QUEUE, second["task_id"]) == created_ms - 17 * STEP_MS


async def test_cancel_of_a_deferred_task_moves_its_job_to_the_head(api: Api, redis: Redis) -> None:
    task = await submit(api, delay_seconds=300)
    async with api.http.post(f"/api/v1/tasks/{task['task_id']}/cancel") as answer:
        assert answer.status == 200 and (await answer.json())["status"] == "cancelled"
    # as arq's Job.abort: a worker takes it at once, and aborts it instead of running it
    assert await redis.zscore(QUEUE, task["task_id"]) == 1
    assert await redis.zscore(keys.ARQ_ABORT, task["task_id"]) is not None
    assert await redis.zcard(keys.deferred("echo")) == 0


async def test_ready_ignores_jobs_not_due_yet(api: Api) -> None:
    await submit(api, delay_seconds=300)
    status, answer = await api.get("/api/v1/ready")
    assert status == 200, answer
    assert answer["queues"][QUEUE] == {"depth": 1, "workers": 0, "deferred": 1}
    await submit(api)
    status, answer = await api.get("/api/v1/ready")
    assert status == 503, answer
    assert {"component": "queue", "queue": QUEUE, "depth": 1, "workers": 0} in answer["error"]["details"]
