"""GET /api/v1/projects/{project_id}/tasks: stable pages, filters, totals, isolation."""

from __future__ import annotations

from typing import Any

import pytest
from pytest_aiohttp import AiohttpClient
from redis.asyncio import Redis

from service.config import Settings
from service.models import TaskStatus
from service.storage import Ending, TaskStorage
from tests.api_support import ADMIN, OTHER_PROJECT, PROJECT, Client, echo, evaluate, start, submit

URL = f"/api/v1/projects/{PROJECT}/tasks"


@pytest.fixture
async def client(aiohttp_client: AiohttpClient, settings: Settings, redis: Redis) -> Client:
    return await start(aiohttp_client, settings)


async def listing(client: Client, **params: Any) -> dict[str, Any]:
    resp = await client.get(URL, params={k: str(v) for k, v in params.items()}, headers=ADMIN)
    assert resp.status == 200, await resp.text()
    body: dict[str, Any] = await resp.json()
    return body


async def walk(client: Client, limit: int, **params: Any) -> list[str]:
    """Every task id, page by page, checking the pagination block of each page."""
    seen: list[str] = []
    while True:
        page = await listing(client, limit=limit, offset=len(seen), **params)
        seen += [task["task_id"] for task in page["tasks"]]
        assert page["pagination"]["has_more"] == (len(seen) < page["pagination"]["total"])
        if not page["pagination"]["has_more"]:
            return seen


async def test_walking_all_pages_yields_each_task_once_in_creation_order(client: Client) -> None:
    created = [(await submit(client))["task_id"] for _ in range(125)]
    await submit(client, echo(OTHER_PROJECT))
    assert await walk(client, 17, order="asc") == created
    assert await walk(client, 50) == created[::-1]  # desc is the default
    assert await walk(client, 200, order="desc") == created[::-1]


async def test_filters_count_only_matching_tasks(client: Client, storage: TaskStorage) -> None:
    echoes = [(await submit(client))["task_id"] for _ in range(6)]
    evaluations = [(await submit(client, evaluate()))["task_id"] for _ in range(4)]
    for task_id in (*echoes[:3], evaluations[0]):
        await storage.start(task_id, 1)
    for task_id in (echoes[0], evaluations[0]):
        await storage.finish(task_id, 1, Ending(TaskStatus.COMPLETED))

    async def ids(**filters: Any) -> tuple[int, list[str]]:
        page = await listing(client, order="asc", **filters)
        return page["pagination"]["total"], [task["task_id"] for task in page["tasks"]]

    assert await ids() == (10, echoes + evaluations)
    assert await ids(task_type="evaluate_department") == (4, evaluations)
    assert await ids(status="queued") == (6, echoes[3:] + evaluations[1:])
    assert await ids(status="processing") == (2, echoes[1:3])
    assert await ids(status="completed") == (2, [echoes[0], evaluations[0]])
    assert await ids(status="completed", task_type="echo") == (1, echoes[:1])
    assert await ids(status="failed") == (0, [])


async def test_default_page_and_has_more(client: Client) -> None:
    created = [(await submit(client))["task_id"] for _ in range(52)]
    page = await listing(client)
    assert page["pagination"] == {"total": 52, "limit": 50, "offset": 0, "has_more": True, "next_offset": 50}
    assert [task["task_id"] for task in page["tasks"]] == created[:1:-1]
    last = await listing(client, offset=50)
    assert last["pagination"]["has_more"] is False
    assert [task["task_id"] for task in last["tasks"]] == created[1::-1]


async def test_listing_shows_only_the_project_asked_for(client: Client) -> None:
    await submit(client, echo(OTHER_PROJECT))
    page = await listing(client)
    assert page == {
        "tasks": [],
        "pagination": {"total": 0, "limit": 50, "offset": 0, "has_more": False, "next_offset": None},
    }
