"""Deferred tasks and priorities end to end: a real API, ONE real worker running one job at a time, real HTTP.

A deferred task starts no earlier than its time; due tasks start highest priority first, except that an older
task overtakes a newer one of higher priority once it has waited the difference x PRIORITY_AGING_SECONDS (set
small here); a deferred task is promoted to its priority's place once due. The start order is read from the
tasks' started_at. A "blocker" (a long sleep task) holds the only slot while the others are queued, then is
cancelled to let them run.
"""

from __future__ import annotations

import time
from collections.abc import AsyncIterator, Iterator
from typing import Any

import aiohttp
import pytest
from redis.asyncio import Redis

from service.storage import keys
from service.storage.codec import score_of
from tests.constants import ADMIN_KEY
from tests.processes import api_process, service_env, worker_process
from tests.waiting import until

HEADERS = {"X-API-Key": ADMIN_KEY}
PROJECT = "sched-e2e"
STEP_S = 0.2  # PRIORITY_AGING_SECONDS here: one level is worth 0.2 s of waiting


@pytest.fixture(scope="module")
def service_url(redis_url: str) -> Iterator[str]:
    env = service_env(redis_url, ADMIN_KEY, WORKER_CONCURRENCY="1", PRIORITY_AGING_SECONDS=str(STEP_S))
    with api_process(env) as url, worker_process(env):
        yield url


@pytest.fixture
async def http(redis: Redis, service_url: str) -> AsyncIterator[aiohttp.ClientSession]:
    async with aiohttp.ClientSession(base_url=service_url, headers=HEADERS) as session:
        yield session


async def submit(http: aiohttp.ClientSession, task_type: str = "echo", **extra: Any) -> dict[str, Any]:
    body = {"project_id": PROJECT, "task_type": task_type, "task_data": extra.pop("task_data", {}), **extra}
    async with http.post("/api/v1/tasks/submit", json=body) as answer:
        assert answer.status == 202, await answer.text()
        return await answer.json()  # type: ignore[no-any-return]


async def read(http: aiohttp.ClientSession, task_id: str, wait: float = 0) -> dict[str, Any]:
    async with http.get(f"/api/v1/tasks/{task_id}", params={"wait": str(wait)} if wait else None) as answer:
        assert answer.status == 200, await answer.text()
        return await answer.json()  # type: ignore[no-any-return]


async def status_is(http: aiohttp.ClientSession, task_id: str, status: str) -> dict[str, Any] | None:
    task = await read(http, task_id)
    return task if task["status"] == status else None


async def blocker(http: aiohttp.ClientSession) -> str:
    """A task that holds the worker's only slot until cancelled."""
    task = await submit(http, "sleep", task_data={"seconds": 60})
    await until(lambda: status_is(http, task["task_id"], "processing"), timeout=10)
    return str(task["task_id"])


async def release(http: aiohttp.ClientSession, blocker_id: str) -> None:
    async with http.post(f"/api/v1/tasks/{blocker_id}/cancel") as answer:
        assert answer.status == 200, await answer.text()


async def start_order(http: aiohttp.ClientSession, tasks: list[dict[str, Any]]) -> list[str]:
    done = [await read(http, task["task_id"], wait=20) for task in tasks]
    assert all(task["status"] == "completed" for task in done), done
    return [task["task_id"] for task in sorted(done, key=lambda task: task["started_at"])]


def by_score(tasks: list[dict[str, Any]]) -> list[str]:
    """The order the formula gives: due time (creation, or scheduled_for) - (priority + 10) x step."""

    def score(task: dict[str, Any]) -> float:
        due = score_of(task["scheduled_for"] or task["created_at"]) / 1e6
        return due - (task["priority"] + 10) * STEP_S

    return [task["task_id"] for task in sorted(tasks, key=score)]


async def test_due_tasks_start_highest_priority_first(http: aiohttp.ClientSession) -> None:
    held = await blocker(http)
    tasks = [await submit(http, priority=p) for p in (0, -10, 10, 3, -4, 7)]
    await release(http, held)
    order = await start_order(http, tasks)
    assert order == by_score(tasks)
    assert order[0] == tasks[2]["task_id"] and order[-1] == tasks[1]["task_id"]  # 10 first, -10 last


async def test_an_older_task_overtakes_a_newer_one_of_higher_priority(http: aiohttp.ClientSession) -> None:
    held = await blocker(http)
    old = await submit(http, priority=0)
    # the old task waits 3 steps: it now sorts above a newer priority 2, still below a newer priority 10
    start = score_of(old["created_at"]) / 1e6

    async def waited() -> bool:
        return time.time() - start > 3 * STEP_S

    await until(waited, timeout=5)
    newer, urgent = await submit(http, priority=2), await submit(http, priority=10)
    await release(http, held)
    order = await start_order(http, [old, newer, urgent])
    assert order == by_score([old, newer, urgent])
    assert order.index(old["task_id"]) < order.index(newer["task_id"])  # aging beat priority 2


async def test_a_deferred_task_starts_no_earlier_than_its_time(http: aiohttp.ClientSession) -> None:
    task = await submit(http, delay_seconds=1.5)
    assert task["status"] == "queued" and task["scheduled_for"] is not None
    assert (await read(http, task["task_id"]))["status"] == "queued"
    done = await read(http, task["task_id"], wait=20)
    assert done["status"] == "completed"
    assert score_of(done["started_at"]) >= score_of(task["scheduled_for"])


async def test_past_run_at_runs_now(http: aiohttp.ClientSession) -> None:
    task = await submit(http, run_at="2020-01-01T00:00:00Z")
    assert task["scheduled_for"] == task["created_at"]
    assert (await read(http, task["task_id"], wait=20))["status"] == "completed"


async def test_batch_items_are_deferred(http: aiohttp.ClientSession) -> None:
    items = [
        {"project_id": PROJECT, "task_type": "echo", "task_data": {}, **extra} for extra in ({"delay_seconds": 1}, {})
    ]
    async with http.post("/api/v1/tasks/batch", json={"tasks": items}) as answer:
        assert answer.status == 202, await answer.text()
        later, now = (await answer.json())["tasks"]
    done_later, done_now = await read(http, later["task_id"], wait=20), await read(http, now["task_id"], wait=20)
    assert done_later["status"] == done_now["status"] == "completed"
    assert score_of(done_later["started_at"]) >= score_of(later["scheduled_for"])
    assert done_now["started_at"] < done_later["started_at"]


async def test_a_due_deferred_task_is_promoted_to_its_priority(http: aiohttp.ClientSession, redis: Redis) -> None:
    held = await blocker(http)
    plain = await submit(http, priority=0)
    deferred = await submit(http, delay_seconds=0.5, priority=10)
    assert await redis.zscore(keys.deferred("echo"), deferred["task_id"]) is not None
    # once due, the promoter re-scores it as a priority 10 task due at its time: ahead of the older priority 0
    await until(lambda: no_entry(redis, deferred["task_id"]), timeout=10)
    await release(http, held)
    order = await start_order(http, [plain, deferred])
    assert order == [deferred["task_id"], plain["task_id"]] == by_score([plain, deferred])


async def no_entry(redis: Redis, task_id: str) -> bool:
    return await redis.zscore(keys.deferred("echo"), task_id) is None


async def test_a_cancelled_deferred_task_never_runs(http: aiohttp.ClientSession, redis: Redis) -> None:
    task = await submit(http, delay_seconds=60)
    async with http.post(f"/api/v1/tasks/{task['task_id']}/cancel") as answer:
        assert answer.status == 200 and (await answer.json())["status"] == "cancelled"

    async def job_gone() -> bool:  # the worker took the job at once (moved to the head) and aborted it
        return not await redis.exists(keys.arq_job(task["task_id"])) and not await redis.zscore(
            "arq:queue", task["task_id"]
        )

    await until(job_gone, timeout=10)
    final = await read(http, task["task_id"])
    assert final["status"] == "cancelled" and final["started_at"] is None
