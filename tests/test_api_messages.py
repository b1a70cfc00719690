"""Error messages a newcomer can act on: a 404 on a task names the id, a bad project id gets the rule in words."""

from __future__ import annotations

import pytest
from pytest_aiohttp import AiohttpClient
from redis.asyncio import Redis

from service.config import Settings
from tests.api_support import ADMIN, SCOPED, Client, echo, error_of, start, submit

MISSING = "0f0e0d0c-0b0a-4908-8706-050403020100"
RULE = "1 to 64 characters of A-Z a-z 0-9 . _ -"


@pytest.fixture
async def client(aiohttp_client: AiohttpClient, settings: Settings, redis: Redis) -> Client:
    return await start(aiohttp_client, settings)


async def test_a_missing_task_is_named(client: Client) -> None:
    for resp in (
        await client.get(f"/api/v1/tasks/{MISSING}", headers=ADMIN),
        await client.get(f"/api/v1/tasks/{MISSING}?wait=1", headers=ADMIN),
        await client.post(f"/api/v1/tasks/{MISSING}/cancel", headers=ADMIN),
    ):
        assert (await error_of(resp, 404, "not_found"))["message"] == f"no task with id {MISSING!r}"


async def test_a_foreign_task_is_named_like_a_missing_one(client: Client) -> None:
    foreign = (await submit(client))["task_id"]
    error = await error_of(await client.get(f"/api/v1/tasks/{foreign}", headers=SCOPED), 404, "not_found")
    assert error["message"] == f"no task with id {foreign!r}"


async def test_a_literal_placeholder_is_named_unlike_a_wrong_route(client: Client) -> None:
    resp = await client.get("/api/v1/tasks/TASK_ID?wait=10", headers=ADMIN)
    message = (await error_of(resp, 404, "not_found"))["message"]
    assert message == "no task with id 'TASK_ID' (task ids are UUIDs, as submit returns them)"
    for path in ("/api/v1/nope", "/api/v1/tasks", "/api/v1/tasks/x/y", "/api/v1/task/TASK_ID"):
        assert (await error_of(await client.get(path, headers=ADMIN), 404, "not_found"))["message"] == "Not Found"


async def test_a_bad_project_id_is_explained_in_words(client: Client, redis: Redis) -> None:
    answers = [
        await client.post("/api/v1/tasks/submit", json=echo("no spaces"), headers=ADMIN),
        await client.get("/api/v1/projects/a%20b/tasks", headers=ADMIN),
        await client.get("/api/v1/tasks/metrics?project_id=a/b", headers=ADMIN),
    ]
    for resp, field in zip(answers, ("$.project_id", "project_id", "project_id"), strict=True):
        error = await error_of(resp, 422, "validation_error")
        assert error["message"] == f"{field}: Expected {RULE}", error
        assert error["details"] == [{"field": field, "message": f"Expected {RULE}"}]
    assert await redis.dbsize() == 0
