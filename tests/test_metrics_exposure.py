"""What the metrics endpoints show, and to whom: /metrics is open by default or behind METRICS_TOKEN, never
shows a project id; a scoped key's project metrics leave out the global queues and workers."""

from __future__ import annotations

from typing import Any

import msgspec
import pytest
from pytest_aiohttp import AiohttpClient
from redis.asyncio import Redis

from service.api.openapi import build_document
from service.config import Settings
from service.models import TaskStatus
from service.storage import Ending, TaskStorage, keys
from service.task_types import registered_types
from tests.api_support import ADMIN, SCOPED, echo, error_of, start, submit
from tests.constants import SCOPED_PROJECT
from tests.waiting import until
from tests.worker_support import running_worker, status_is

TOKEN = "metrics-token-for-tests"
#: A project id no figure name, label or help text could contain by chance.
DISTINCTIVE = "zq-distinctive-project-7f3a"


def with_token(settings: Settings) -> Settings:
    return msgspec.structs.replace(settings, metrics_token=TOKEN)


@pytest.mark.parametrize(
    "authorization",
    [None, "Bearer wrong-token", f"Bearer {TOKEN}x", f"Basic {TOKEN}", TOKEN, "Bearer", f"Bearer {TOKEN[:-1]}"],
)
async def test_with_a_token_metrics_refuses_anything_else(
    aiohttp_client: AiohttpClient, settings: Settings, redis: Redis, authorization: str | None
) -> None:
    client = await start(aiohttp_client, with_token(settings))
    headers = {**ADMIN} if authorization is None else {**ADMIN, "Authorization": authorization}
    resp = await client.get("/metrics", headers=headers)  # an API key does not open it either
    error = await error_of(resp, 401, "unauthorized")
    assert TOKEN not in error["message"] and resp.headers["WWW-Authenticate"].startswith("Bearer")


async def test_metrics_is_open_without_a_token_and_answers_the_bearer_with_one(
    aiohttp_client: AiohttpClient, settings: Settings, redis: Redis
) -> None:
    open_client = await start(aiohttp_client, settings)
    assert (await open_client.get("/metrics", headers={"Authorization": "Bearer anything"})).status == 200
    client = await start(aiohttp_client, with_token(settings))
    for scheme in ("Bearer", "bearer"):
        resp = await client.get("/metrics", headers={"Authorization": f"{scheme} {TOKEN}"})
        assert resp.status == 200 and "taskservice_tasks_submitted_total" in await resp.text()
    assert (await client.get("/api/v1/health")).status == 200  # the probes stay open


async def test_no_project_id_ever_appears_in_metrics(
    aiohttp_client: AiohttpClient, settings: Settings, redis: Redis, storage: TaskStorage
) -> None:
    client = await start(aiohttp_client, settings)
    done = await submit(client, echo(DISTINCTIVE))
    failed = await submit(client, echo(DISTINCTIVE, task_type="sleep", task_data={"seconds": 0, "fail": True}))
    async with running_worker(settings):
        await until(lambda: status_is(storage, done["task_id"], "completed"))
        await until(lambda: status_is(storage, failed["task_id"], "failed"))
    cancelled = await submit(client, echo(DISTINCTIVE))
    await storage.finalise_orphan(cancelled["task_id"], Ending(TaskStatus.CANCELLED))
    # another writer of the shared hash (the seed's services write to it directly) filing a figure per project
    await redis.hincrby(keys.METRICS, f"{DISTINCTIVE}:total_tasks", 3)  # type: ignore[misc]
    resp = await client.get("/metrics")
    text = await resp.text()
    assert resp.status == 200 and "taskservice_tasks_completed_by_type_total" in text
    assert DISTINCTIVE not in text


async def queues_seen(client: Any, headers: dict[str, str], project_id: str) -> dict[str, Any]:
    resp = await client.get("/api/v1/tasks/metrics", params={"project_id": project_id}, headers=headers)
    assert resp.status == 200, await resp.text()
    body: dict[str, Any] = await resp.json()
    assert body["metrics"]["total_tasks"] == 1
    queues: dict[str, Any] = body["queues"]
    return queues


async def test_a_scoped_key_sees_no_global_queues_or_workers(
    aiohttp_client: AiohttpClient, settings: Settings, redis: Redis
) -> None:
    client = await start(aiohttp_client, settings)
    await submit(client, echo(SCOPED_PROJECT), headers=SCOPED)
    assert await queues_seen(client, SCOPED, SCOPED_PROJECT) == {}
    assert await queues_seen(client, ADMIN, SCOPED_PROJECT) == {settings.queue_name: {"depth": 1, "workers": 0}}


def test_the_document_declares_the_token_only_when_set(settings: Settings) -> None:
    types = registered_types(diagnostics=True)
    open_op = build_document(types, settings)["paths"]["/metrics"]["get"]
    assert open_op["security"] == [] and "401" not in open_op["responses"]
    document = build_document(types, with_token(settings))
    guarded = document["paths"]["/metrics"]["get"]
    assert guarded["security"] == [{"MetricsToken": []}] and "401" in guarded["responses"]
    assert document["components"]["securitySchemes"]["MetricsToken"] == {"type": "http", "scheme": "bearer"}
