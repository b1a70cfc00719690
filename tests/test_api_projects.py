"""GET /projects (newest activity first, counts per status, pages, isolation, retention) and GET /task-types."""

from __future__ import annotations

import time
from typing import Any

import msgspec
import pytest
from pytest_aiohttp import AiohttpClient
from redis.asyncio import Redis

from service.config import Settings
from service.models import TaskStatus
from service.storage import Ending, TaskStorage, keys
from service.storage.trim import IndexTrimmer
from service.task_types import SLEEP_TIMEOUT_SECONDS
from tests.api_support import ADMIN, SCOPED, Client, start
from tests.constants import SCOPED_PROJECT
from tests.waiting import until

RETENTION_S = 2
Body = dict[str, Any]


async def next_ms() -> None:
    """Wait for the millisecond clock to move, so that projects created on either side never tie."""
    now = time.time_ns() // 1_000_000

    async def moved() -> bool:
        return time.time_ns() // 1_000_000 > now

    await until(moved)


async def add(storage: TaskStorage, project_id: str, n: int = 1) -> list[str]:
    created = [await storage.create(project_id=project_id, task_type="echo", task_data={}) for _ in range(n)]
    await next_ms()
    return [task.task_id for task in created]


async def projects(client: Client, headers: dict[str, str] = ADMIN, **query: Any) -> Body:
    resp = await client.get("/api/v1/projects", params=query, headers=headers)
    assert resp.status == 200, await resp.text()
    body: Body = await resp.json()
    return body


def names(body: Body) -> list[str]:
    return [row["project_id"] for row in body["projects"]]


async def test_most_recently_active_first(
    aiohttp_client: AiohttpClient, settings: Settings, storage: TaskStorage
) -> None:
    for project_id in ("p-a", "p-b", "p-c", "p-a"):  # p-a comes back last: the most recently active
        await add(storage, project_id)
    client = await start(aiohttp_client, settings)
    body = await projects(client)
    assert names(body) == ["p-a", "p-c", "p-b"]
    stamps = [row["last_activity_at"] for row in body["projects"]]
    assert stamps == sorted(stamps, reverse=True)
    last = await storage.get((await add(storage, "p-b"))[0])
    assert names(await projects(client)) == ["p-b", "p-a", "p-c"]
    newest = (await projects(client))["projects"][0]["last_activity_at"]
    assert newest.endswith("Z") and newest[:23] == last.created_at[:23]  # the last creation, to the ms


async def test_counts_follow_the_tasks(aiohttp_client: AiohttpClient, settings: Settings, storage: TaskStorage) -> None:
    ids = await add(storage, "counted", 6)
    await storage.start(ids[1], 1)
    for task_id, status in zip(ids[2:5], (TaskStatus.COMPLETED, TaskStatus.FAILED, TaskStatus.COMPLETED), strict=True):
        await storage.start(task_id, 1)
        await storage.finish(task_id, 1, Ending(status))
    await storage.cancel(ids[5])
    client = await start(aiohttp_client, settings)
    (row,) = (await projects(client))["projects"]
    counts = {name: value for name, value in row.items() if name.endswith("_tasks")}
    assert counts == {
        "total_tasks": 6, "queued_tasks": 1, "processing_tasks": 1, "completed_tasks": 2, "failed_tasks": 1,
        "cancelled_tasks": 1,
    }  # fmt: skip
    await storage.finish(ids[1], 1, Ending(TaskStatus.COMPLETED))
    (row,) = (await projects(client))["projects"]
    assert (row["processing_tasks"], row["completed_tasks"], row["total_tasks"]) == (0, 3, 6)


async def test_pages(aiohttp_client: AiohttpClient, settings: Settings, storage: TaskStorage) -> None:
    for i in range(5):
        await add(storage, f"page-{i}")
    client = await start(aiohttp_client, settings)
    first = await projects(client, limit=2)
    assert names(first) == ["page-4", "page-3"]
    assert first["pagination"] == {"total": 5, "limit": 2, "offset": 0, "has_more": True, "next_offset": 2}
    last = await projects(client, limit=2, offset=4)
    assert names(last) == ["page-0"]
    assert last["pagination"] == {"total": 5, "limit": 2, "offset": 4, "has_more": False, "next_offset": None}
    assert names(await projects(client, limit=2, offset=9)) == []
    for query in ({"limit": 201}, {"limit": 0}, {"offset": -1}):
        resp = await client.get("/api/v1/projects", params=query, headers=ADMIN)
        assert resp.status == 422
        assert (await resp.json())["error"]["details"][0]["field"] == next(iter(query))


async def test_a_scoped_key_sees_only_its_projects(
    aiohttp_client: AiohttpClient, settings: Settings, storage: TaskStorage
) -> None:
    await add(storage, SCOPED_PROJECT, 2)
    for i in range(3):
        await add(storage, f"foreign-{i}")
    client = await start(aiohttp_client, settings)
    body = await projects(client, SCOPED, limit=1)
    assert names(body) == [SCOPED_PROJECT]
    assert body["projects"][0]["total_tasks"] == 2
    assert body["pagination"] == {"total": 1, "limit": 1, "offset": 0, "has_more": False, "next_offset": None}
    assert names(await projects(client, SCOPED, offset=1)) == []
    assert (await projects(client))["pagination"]["total"] == 4


async def test_expired_tasks_are_not_counted_and_an_expired_project_leaves(
    aiohttp_client: AiohttpClient, settings: Settings, redis: Redis
) -> None:
    short = msgspec.structs.replace(settings, task_retention_seconds=RETENTION_S)
    storage = TaskStorage(redis, retention_seconds=RETENTION_S, queue_name=settings.queue_name)
    old = await add(storage, "quiet") + await add(storage, "busy")
    client = await start(aiohttp_client, short)
    assert names(await projects(client)) == ["busy", "quiet"]

    async def gone() -> bool:
        return int(await redis.exists(*(keys.task(task_id) for task_id in old))) == 0

    await until(gone, timeout=RETENTION_S + 5)
    await add(storage, "busy")
    body = await projects(client)  # exact before any trim pass: expired tasks and projects are left out
    assert names(body) == ["busy"] and body["projects"][0]["total_tasks"] == 1
    assert body["pagination"]["total"] == 1
    assert await redis.zscore(keys.PROJECTS, "quiet") is not None
    await IndexTrimmer(redis, retention_seconds=RETENTION_S, period_seconds=60).run("test")
    assert await redis.zscore(keys.PROJECTS, "quiet") is None
    assert names(await projects(client)) == ["busy"]
    await storage.aclose()


@pytest.mark.parametrize("diagnostics", [True, False])
async def test_task_types_with_the_documents_schemas(
    aiohttp_client: AiohttpClient, settings: Settings, diagnostics: bool
) -> None:
    client = await start(aiohttp_client, msgspec.structs.replace(settings, enable_diagnostic_tasks=diagnostics))
    resp = await client.get("/api/v1/task-types", headers=SCOPED)  # any valid key
    assert resp.status == 200
    listed = {row["name"]: row for row in (await resp.json())["task_types"]}
    expected = ["evaluate_department", "echo", "sleep"] if diagnostics else ["evaluate_department"]
    assert list(listed) == expected
    document = await (await client.get("/api/v1/openapi.json")).json()
    components = document["components"]["schemas"]
    for name, row in listed.items():
        variant = components["Submit" + "".join(part.capitalize() for part in name.split("_"))]
        in_document = dict(variant["properties"]["task_data"])
        in_document.pop("default", None)  # the submit field's default ({}), not part of the type
        if "$ref" in in_document:
            in_document = components[in_document["$ref"].rsplit("/", 1)[1]]
        assert row["task_data_schema"] == in_document
        assert row["description"] and row["result_schema"] == {} and row["max_tries"] == settings.max_tries
    assert listed["evaluate_department"]["timeout_seconds"] == settings.job_timeout_seconds
    assert listed["evaluate_department"]["task_data_schema"]["required"] == ["department_slug", "department_number"]
    if diagnostics:
        assert listed["sleep"]["timeout_seconds"] == SLEEP_TIMEOUT_SECONDS
        assert listed["echo"]["task_data_schema"] == {"type": "object"}


@pytest.mark.parametrize("path", ["/api/v1/projects", "/api/v1/task-types"])
async def test_a_key_is_required(aiohttp_client: AiohttpClient, settings: Settings, path: str) -> None:
    client = await start(aiohttp_client, settings)
    for headers in ({}, {"X-API-Key": "not-a-key"}):
        resp = await client.get(path, headers=headers)
        assert resp.status == 401
        assert (await resp.json())["error"]["code"] == "unauthorized"
