"""GET /api/v1/tasks/{id} (with ?wait=) and POST /api/v1/tasks/{id}/cancel, including project isolation."""

from __future__ import annotations

import asyncio
import time

import pytest
from pytest_aiohttp import AiohttpClient
from redis.asyncio import Redis

from service.api.appkeys import WAITER
from service.config import Settings
from service.models import TaskStatus
from service.storage import Ending, TaskStorage, keys
from tests.api_support import ADMIN, SCOPED, Client, echo, error_of, hget, start, submit
from tests.constants import SCOPED_PROJECT
from tests.waiting import until


@pytest.fixture
async def client(aiohttp_client: AiohttpClient, settings: Settings, redis: Redis) -> Client:
    return await start(aiohttp_client, settings)


async def test_get_task_accepts_upper_case_id(client: Client) -> None:
    task = await submit(client)
    resp = await client.get(f"/api/v1/tasks/{task['task_id'].upper()}", headers=ADMIN)
    assert resp.status == 200
    assert await resp.json() == task


async def test_wait_returns_promptly_once_another_coroutine_finalises(
    client: Client, storage: TaskStorage, redis: Redis
) -> None:
    task_id = (await submit(client))["task_id"]
    request = asyncio.create_task(client.get(f"/api/v1/tasks/{task_id}?wait=30", headers=ADMIN))

    async def parked() -> bool:  # the request is held by the waiter
        return client.app[WAITER].waiting > 0

    await until(parked)
    assert not request.done()
    await storage.start(task_id, 1)
    await storage.finish(task_id, 1, Ending(TaskStatus.COMPLETED, result_json='{"ok": true}'))
    finalised = time.monotonic()
    resp = await asyncio.wait_for(request, 5)
    assert time.monotonic() - finalised < 2  # far from the 30 s it was allowed to wait
    body = await resp.json()
    assert (resp.status, body["status"], body["result"]) == (200, "completed", {"ok": True})


async def test_wait_answers_with_the_unfinished_task_when_time_is_up(client: Client) -> None:
    task_id = (await submit(client))["task_id"]
    started = time.monotonic()
    resp = await client.get(f"/api/v1/tasks/{task_id}", params={"wait": "0.3"}, headers=ADMIN)
    assert time.monotonic() - started >= 0.3
    assert resp.status == 200 and (await resp.json())["status"] == "queued"


async def test_wait_on_foreign_task_is_404_at_once(client: Client) -> None:
    task_id = (await submit(client))["task_id"]
    started = time.monotonic()
    resp = await client.get(f"/api/v1/tasks/{task_id}?wait=30", headers=SCOPED)
    await error_of(resp, 404, "not_found")
    assert time.monotonic() - started < 2


async def test_foreign_task_reads_and_cancels_like_a_missing_one(client: Client, storage: TaskStorage) -> None:
    foreign = (await submit(client))["task_id"]
    missing = "0f0e0d0c-0b0a-4908-8706-050403020100"
    answers = []
    for task_id in (foreign, missing):
        got = await error_of(await client.get(f"/api/v1/tasks/{task_id}", headers=SCOPED), 404, "not_found")
        cancelled = await client.post(f"/api/v1/tasks/{task_id}/cancel", headers=SCOPED)
        answers.append(repr((got, await error_of(cancelled, 404, "not_found"))).replace(task_id, "ID"))
    assert answers[0] == answers[1]  # but for the id each message names
    assert (await storage.get(foreign)).status == TaskStatus.QUEUED  # the scoped key changed nothing


async def test_scoped_key_reads_and_cancels_its_own_tasks(client: Client) -> None:
    task_id = (await submit(client, echo(SCOPED_PROJECT), headers=SCOPED))["task_id"]
    assert (await client.get(f"/api/v1/tasks/{task_id}", headers=SCOPED)).status == 200
    assert (await client.post(f"/api/v1/tasks/{task_id}/cancel", headers=SCOPED)).status == 200


async def test_cancel_queued_task_then_again_is_conflict(client: Client, redis: Redis) -> None:
    task_id = (await submit(client))["task_id"]
    resp = await client.post(f"/api/v1/tasks/{task_id}/cancel", headers=ADMIN)
    assert resp.status == 200
    task = await resp.json()
    assert task["status"] == "cancelled" and task["completed_at"] is not None
    assert await redis.zscore(keys.ARQ_ABORT, task_id) is not None  # the worker will never run it
    assert await hget(redis, keys.METRICS, "cancelled_tasks") == "1"

    again = await client.post(f"/api/v1/tasks/{task_id}/cancel", headers=ADMIN)
    error = await error_of(again, 409, "conflict")
    assert error["details"]["task_id"] == task_id and error["details"]["status"] == "cancelled"
    assert await hget(redis, keys.METRICS, "cancelled_tasks") == "1"


async def test_cancel_processing_task(client: Client, storage: TaskStorage) -> None:
    task_id = (await submit(client))["task_id"]
    await storage.start(task_id, 1)
    resp = await client.post(f"/api/v1/tasks/{task_id}/cancel", headers=ADMIN)
    assert resp.status == 200 and (await resp.json())["status"] == "cancelled"


async def test_cancel_completed_task_is_conflict(client: Client, storage: TaskStorage) -> None:
    task_id = (await submit(client))["task_id"]
    await storage.finalise_orphan(task_id, Ending(TaskStatus.COMPLETED))
    error = await error_of(await client.post(f"/api/v1/tasks/{task_id}/cancel", headers=ADMIN), 409, "conflict")
    assert error["details"]["status"] == "completed"
    assert (await storage.get(task_id)).status == TaskStatus.COMPLETED
