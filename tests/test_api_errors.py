"""One test per rejection in API.md's error table (400 401 403 404 405 409 413 415 422), always the envelope."""

from __future__ import annotations

from typing import Any

import msgspec
import pytest
from aiohttp import web
from pytest_aiohttp import AiohttpClient
from redis.asyncio import Redis

from service.api.app import create_app
from service.config import Settings
from tests.api_support import ADMIN, OTHER_PROJECT, PROJECT, SCOPED, Client, echo, error_of, evaluate, start
from tests.constants import SCOPED_PROJECT

SUBMIT = "/api/v1/tasks/submit"
SECRET = "secret-in-the-exception"
MISSING_TASK = "0f0e0d0c-0b0a-4908-8706-050403020100"


@pytest.fixture
async def client(aiohttp_client: AiohttpClient, settings: Settings, redis: Redis) -> Client:
    return await start(aiohttp_client, settings)


async def nothing_written(redis: Redis) -> bool:
    return int(await redis.dbsize()) == 0


async def test_400_body_is_not_json(client: Client, redis: Redis) -> None:
    resp = await client.post(SUBMIT, data=b'{"project_id": "p",', headers={**ADMIN, "Content-Type": "application/json"})
    await error_of(resp, 400, "invalid_json")
    assert await nothing_written(redis)


async def test_401_without_key(client: Client) -> None:
    await error_of(await client.post(SUBMIT, json=echo()), 401, "unauthorized")
    await error_of(await client.get(f"/api/v1/projects/{PROJECT}/tasks"), 401, "unauthorized")


async def test_401_unknown_key(client: Client) -> None:
    for key in ("nope", "", f"{ADMIN['X-API-Key']}x", ADMIN["X-API-Key"][:-1]):
        await error_of(await client.post(SUBMIT, json=echo(), headers={"X-API-Key": key}), 401, "unauthorized")


async def test_403_scoped_key_submits_to_another_project(client: Client, redis: Redis) -> None:
    await error_of(await client.post(SUBMIT, json=echo(OTHER_PROJECT), headers=SCOPED), 403, "forbidden")
    assert await nothing_written(redis)


async def test_403_scoped_key_lists_another_project(client: Client) -> None:
    await error_of(await client.get(f"/api/v1/projects/{OTHER_PROJECT}/tasks", headers=SCOPED), 403, "forbidden")
    assert (await client.get(f"/api/v1/projects/{SCOPED_PROJECT}/tasks", headers=SCOPED)).status == 200


# ("/" redirects to the dashboard: tests/test_api_pages.py)
@pytest.mark.parametrize(
    "path", ["/api/v1/nope", "/nope", "/api/v1/tasks", "/api/v1/projects/p/tasks/x", "/dashboard/"]
)
async def test_404_unknown_route(client: Client, path: str) -> None:
    await error_of(await client.get(path, headers=ADMIN), 404, "not_found")


async def test_404_unknown_task(client: Client) -> None:
    await error_of(await client.get(f"/api/v1/tasks/{MISSING_TASK}", headers=ADMIN), 404, "not_found")
    await error_of(await client.post(f"/api/v1/tasks/{MISSING_TASK}/cancel", headers=ADMIN), 404, "not_found")


@pytest.mark.parametrize("task_id", ["not-a-uuid", "1234", f"{MISSING_TASK}0", MISSING_TASK.replace("-", "")])
async def test_404_malformed_task_id(client: Client, task_id: str) -> None:
    await error_of(await client.get(f"/api/v1/tasks/{task_id}", headers=ADMIN), 404, "not_found")
    await error_of(await client.post(f"/api/v1/tasks/{task_id}/cancel", headers=ADMIN), 404, "not_found")


@pytest.mark.parametrize(
    ("method", "path", "allowed"),
    [
        ("GET", SUBMIT, "POST"),
        ("DELETE", f"/api/v1/tasks/{MISSING_TASK}", "GET,HEAD"),
        ("GET", f"/api/v1/tasks/{MISSING_TASK}/cancel", "POST"),
        ("POST", "/api/v1/health", "GET,HEAD"),
    ],
)
async def test_405_wrong_method(client: Client, method: str, path: str, allowed: str) -> None:
    resp = await client.request(method, path, headers=ADMIN)
    error = await error_of(resp, 405, "method_not_allowed")
    assert set(resp.headers["Allow"].split(",")) == set(allowed.split(","))
    assert set(error["details"][0]["allowed_methods"]) == set(allowed.split(","))


async def test_413_body_over_the_limit(aiohttp_client: AiohttpClient, settings: Settings, redis: Redis) -> None:
    client = await start(aiohttp_client, msgspec.structs.replace(settings, max_body_bytes=2048))
    body = echo(task_data={"blob": "x" * 4000})
    error = await error_of(await client.post(SUBMIT, json=body, headers=ADMIN), 413, "payload_too_large")
    assert "2048" in error["message"]
    assert await nothing_written(redis)


@pytest.mark.parametrize("content_type", ["text/plain", "application/x-www-form-urlencoded", "multipart/form-data"])
async def test_415_body_that_is_not_json(client: Client, redis: Redis, content_type: str) -> None:
    resp = await client.post(SUBMIT, data=msgspec.json.encode(echo()), headers={**ADMIN, "Content-Type": content_type})
    await error_of(resp, 415, "unsupported_media_type")
    assert await nothing_written(redis)


def _without(body: dict[str, Any], field: str) -> dict[str, Any]:
    return {name: value for name, value in body.items() if name != field}


def _deep(levels: int) -> dict[str, Any]:
    value: dict[str, Any] = {}
    for _ in range(levels - 1):
        value = {"a": value}
    return value


BAD_BODIES: list[tuple[Any, str]] = [
    (_without(echo(), "project_id"), "$.project_id"),
    (_without(echo(), "task_type"), "$.task_type"),
    (echo("bad/id"), "$.project_id"),
    (echo("p" * 65), "$.project_id"),
    (echo(""), "$.project_id"),
    ({**echo(), "project_id": 7}, "$.project_id"),
    ({**echo(), "task_type": "nope"}, "$.task_type"),
    (evaluate(department_number="x"), "$.task_data.department_number"),
    (evaluate(department_number=0), "$.task_data.department_number"),
    (evaluate(threshold=101), "$.task_data.threshold"),
    (evaluate(gather_data=[1]), "$.task_data.gather_data[0]"),
    (evaluate(colour="red"), "$.task_data.colour"),
    ({**evaluate(), "task_data": {"department_number": 1}}, "$.task_data.department_slug"),
    ({**echo(), "task_data": [1]}, "$.task_data"),
    ({**echo(), "task_type": "sleep", "task_data": {"seconds": -1}}, "$.task_data.seconds"),
    (echo(urgency=1), "$.urgency"),  # an unknown field
    (echo(priority=11), "$.priority"),
    (echo(callback_url="ftp://x.test/h"), "$.callback_url"),
    (echo(callback_url="https://"), "$.callback_url"),
    (echo(callback_url="https://x.test/" + "a" * 2040), "$.callback_url"),
    (echo(metadata={"k": "x" * 4100}), "$.metadata"),
    (echo(metadata=[1]), "$.metadata"),
    (echo(task_data=_deep(65)), "$.task_data"),
    (echo(metadata=_deep(65)), "$.metadata"),
    ([echo()], "$"),
]


@pytest.mark.parametrize(("body", "field"), BAD_BODIES)
async def test_422_body_names_the_bad_field(client: Client, redis: Redis, body: Any, field: str) -> None:
    error = await error_of(await client.post(SUBMIT, json=body, headers=ADMIN), 422, "validation_error")
    assert [detail["field"] for detail in error["details"]] == [field]
    assert await nothing_written(redis)


async def test_422_unknown_task_type_lists_the_allowed_ones(client: Client) -> None:
    error = await error_of(
        await client.post(SUBMIT, json={**echo(), "task_type": "x"}, headers=ADMIN), 422, "validation_error"
    )
    assert error["details"][0]["allowed"] == ["echo", "evaluate_department", "sleep"]


async def test_nesting_up_to_the_limit_is_accepted(client: Client) -> None:
    assert (await client.post(SUBMIT, json=echo(task_data=_deep(64)), headers=ADMIN)).status == 202


BAD_QUERIES = [
    (f"/api/v1/projects/{PROJECT}/tasks?limit=0", "limit"),
    (f"/api/v1/projects/{PROJECT}/tasks?limit=201", "limit"),
    (f"/api/v1/projects/{PROJECT}/tasks?limit=ten", "limit"),
    (f"/api/v1/projects/{PROJECT}/tasks?offset=-1", "offset"),
    (f"/api/v1/projects/{PROJECT}/tasks?offset=10000000000000", "offset"),
    (f"/api/v1/projects/{PROJECT}/tasks?order=sideways", "order"),
    (f"/api/v1/projects/{PROJECT}/tasks?status=done", "status"),
    (f"/api/v1/projects/{PROJECT}/tasks?task_type=a:b", "task_type"),
    ("/api/v1/projects/bad!id/tasks", "project_id"),
    ("/api/v1/projects/a%2Fb/tasks", "project_id"),
    (f"/api/v1/projects/{'p' * 65}/tasks", "project_id"),
    (f"/api/v1/tasks/{MISSING_TASK}?wait=61", "wait"),
    (f"/api/v1/tasks/{MISSING_TASK}?wait=-1", "wait"),
    (f"/api/v1/tasks/{MISSING_TASK}?wait=soon", "wait"),
    (f"/api/v1/tasks/{MISSING_TASK}?wait=nan", "wait"),
    ("/api/v1/tasks/metrics?project_id=a:b", "project_id"),
]


@pytest.mark.parametrize(("url", "field"), BAD_QUERIES)
async def test_422_query_names_the_bad_parameter(client: Client, url: str, field: str) -> None:
    error = await error_of(await client.get(url, headers=ADMIN), 422, "validation_error")
    assert [detail["field"] for detail in error["details"]] == [field]


async def test_500_is_the_envelope_logged_without_traceback(
    aiohttp_client: AiohttpClient, settings: Settings, caplog: pytest.LogCaptureFixture
) -> None:
    async def broken(request: web.Request) -> web.Response:
        raise RuntimeError(SECRET)

    app = create_app(settings)
    app.router.add_get("/broken", broken)  # no real route can fail like this; the safety net must still hold
    client = await aiohttp_client(app)
    resp = await client.get("/broken")
    error = await error_of(resp, 500, "internal_server_error")
    assert SECRET not in await resp.text() and error["message"] == "internal error"
    assert any(record.exc_info and SECRET in str(record.exc_info[1]) for record in caplog.records)
