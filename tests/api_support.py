"""Helpers for the API tests: a real server for the app, request bodies, and checks of the error envelope."""

from __future__ import annotations

from typing import Any

from aiohttp import web
from aiohttp.test_utils import TestClient
from pytest_aiohttp import AiohttpClient
from redis.asyncio import Redis

from service.api.app import create_app
from service.config import Settings
from tests.constants import ADMIN_KEY, SCOPED_KEY

Client = TestClient[web.Request, web.Application]

ADMIN = {"X-API-Key": ADMIN_KEY}
SCOPED = {"X-API-Key": SCOPED_KEY}
PROJECT = "proj-a"
OTHER_PROJECT = "proj-b"


async def start(aiohttp_client: AiohttpClient, settings: Settings) -> Client:
    """A real HTTP server on 127.0.0.1 running the app, and a client for it."""
    return await aiohttp_client(create_app(settings))


def echo(project_id: str = PROJECT, **fields: Any) -> dict[str, Any]:
    return {"project_id": project_id, "task_type": "echo", "task_data": {"n": 1}, **fields}


def evaluate(project_id: str = PROJECT, **task_data: Any) -> dict[str, Any]:
    data = {"department_slug": "story", "department_number": 1, **task_data}
    return {"project_id": project_id, "task_type": "evaluate_department", "task_data": data}


async def submit(client: Client, body: dict[str, Any] | None = None, headers: dict[str, str] = ADMIN) -> dict[str, Any]:
    resp = await client.post("/api/v1/tasks/submit", json=body or echo(), headers=headers)
    assert resp.status == 202, await resp.text()
    task: dict[str, Any] = await resp.json()
    return task


async def error_of(resp: Any, status: int, code: str) -> dict[str, Any]:
    """Assert the response is the error envelope with this status and code; return its `error` object."""
    text = await resp.text()
    assert resp.status == status, text
    assert resp.content_type == "application/json", text
    body = await resp.json()
    assert set(body) == {"error"} and set(body["error"]) == {"code", "message", "details"}, body
    assert body["error"]["code"] == code, body
    assert "Traceback" not in text
    error: dict[str, Any] = body["error"]
    return error


async def hget(redis: Redis, key: str, field: str) -> str | None:
    value: str | None = await redis.hget(key, field)  # type: ignore[misc]  # redis-py types it sync-or-async
    return value
