"""POST /api/v1/tasks/submit: what a successful submit writes and answers."""

from __future__ import annotations

import uuid

import msgspec
import pytest
from pytest_aiohttp import AiohttpClient
from redis.asyncio import Redis

from service.config import Settings
from service.storage import TaskStorage, keys
from tests.api_support import ADMIN, PROJECT, SCOPED, Client, echo, error_of, evaluate, hget, start, submit
from tests.constants import SCOPED_PROJECT


@pytest.fixture
async def client(aiohttp_client: AiohttpClient, settings: Settings, redis: Redis) -> Client:
    return await start(aiohttp_client, settings)


async def test_submit_writes_record_job_and_counters(client: Client, redis: Redis, settings: Settings) -> None:
    resp = await client.post("/api/v1/tasks/submit", json=evaluate(), headers=ADMIN)
    assert resp.status == 202, await resp.text()
    task = await resp.json()
    task_id = task["task_id"]
    assert str(uuid.UUID(task_id)) == task_id
    assert resp.headers["Location"] == f"/api/v1/tasks/{task_id}"
    assert (task["status"], task["project_id"], task["task_type"]) == ("queued", PROJECT, "evaluate_department")
    assert (task["progress"], task["attempts"], task["result"], task["error"]) == (0, 0, None, None)
    assert task["created_at"].endswith("Z") and task["created_at"] == task["updated_at"]

    assert await hget(redis, keys.task(task_id), "status") == "queued"
    assert await redis.zscore(settings.queue_name, task_id) is not None
    assert await redis.exists(keys.arq_job(task_id)) == 1
    assert await hget(redis, keys.METRICS, "total_tasks") == "1"
    assert await hget(redis, keys.METRICS, "evaluate_department:queued_tasks") == "1"
    assert await hget(redis, keys.project_metrics(PROJECT), "total_tasks") == "1"

    again = await client.get(resp.headers["Location"], headers=ADMIN)
    assert again.status == 200
    assert await again.json() == task


async def test_submit_stores_normalized_task_data(client: Client, storage: TaskStorage) -> None:
    task = await submit(client, evaluate(gather_data=[{"k": "v"}]))
    expected = {"department_slug": "story", "department_number": 1, "gather_data": [{"k": "v"}], "threshold": 80}
    assert task["task_data"] == expected
    assert (await storage.get(task["task_id"])).task_data == expected


async def test_submit_keeps_echo_data_metadata_and_callback(client: Client, storage: TaskStorage) -> None:
    body = echo(task_data={"nested": {"list": [1, 2.5, None]}}, metadata={"who": "me"}, callback_url="https://x.test/h")
    task = await submit(client, body)
    stored = await storage.get(task["task_id"])
    assert stored.task_data == {"nested": {"list": [1, 2.5, None]}}
    assert (stored.metadata, stored.callback_url) == ({"who": "me"}, "https://x.test/h")
    assert task["metadata"] == {"who": "me"} and task["callback_url"] == "https://x.test/h"


@pytest.mark.parametrize("content_type", [None, "application/json; charset=utf-8", "application/vnd.api+json"])
async def test_submit_accepts_json_content_types(client: Client, content_type: str | None) -> None:
    # None: no Content-Type at all (aiohttp's client would otherwise label bytes application/octet-stream)
    headers = {**ADMIN, **({"Content-Type": content_type} if content_type else {})}
    body = msgspec.json.encode(echo())
    resp = await client.post("/api/v1/tasks/submit", data=body, headers=headers, skip_auto_headers=["Content-Type"])
    assert resp.status == 202, await resp.text()


async def test_scoped_key_submits_to_its_project(client: Client) -> None:
    task = await submit(client, echo(SCOPED_PROJECT), headers=SCOPED)
    assert task["project_id"] == SCOPED_PROJECT


async def test_diagnostic_types_can_be_turned_off(
    aiohttp_client: AiohttpClient, settings: Settings, redis: Redis
) -> None:
    client = await start(aiohttp_client, msgspec.structs.replace(settings, enable_diagnostic_tasks=False))
    resp = await client.post("/api/v1/tasks/submit", json=echo(), headers=ADMIN)
    error = await error_of(resp, 422, "validation_error")
    assert error["details"][0]["field"] == "$.task_type"
    assert error["details"][0]["allowed"] == ["evaluate_department"]
    await submit(client, evaluate())
