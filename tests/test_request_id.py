"""X-Request-Id: kept from the client when safe, else a new one; on every answer (errors and streams included);
and the JSON log formatter's bound fields."""

from __future__ import annotations

import asyncio
import json
import logging
import re

import pytest
from pytest_aiohttp import AiohttpClient
from redis.asyncio import Redis

from service.api.openapi import build_document
from service.api.request_id import request_id_of
from service.config import Settings
from service.logs import JsonFormatter, bind, bound, log_fields
from service.task_types import registered_types
from tests.api_support import ADMIN, start, submit

NEW_ID = re.compile(r"[0-9a-f]{32}")


@pytest.mark.parametrize("given", ["abc", "trace-1.2_3:4@host/x+y=z", "a" * 128])
def test_a_safe_client_id_is_kept(given: str) -> None:
    assert request_id_of(given) == given


@pytest.mark.parametrize("given", [None, "", "a" * 129, "has space", 'quote"', "new\nline", "é", "semi;colon"])
def test_anything_else_gets_a_new_id(given: str | None) -> None:
    assert NEW_ID.fullmatch(request_id_of(given))


async def test_every_answer_carries_the_id(aiohttp_client: AiohttpClient, settings: Settings, redis: Redis) -> None:
    client = await start(aiohttp_client, settings)
    resp = await client.get("/api/v1/health", headers={"X-Request-Id": "probe-7"})
    assert resp.headers["X-Request-Id"] == "probe-7"
    created = await client.post("/api/v1/tasks/submit", json={"project_id": "p"}, headers=ADMIN)
    assert created.status == 422 and NEW_ID.fullmatch(created.headers["X-Request-Id"])
    missing = await client.get("/api/v1/nowhere", headers={"X-Request-Id": "x" * 200})
    assert missing.status == 404 and NEW_ID.fullmatch(missing.headers["X-Request-Id"])
    task = await submit(client)
    headers = {**ADMIN, "X-Request-Id": "stream-1"}
    async with client.get(f"/api/v1/tasks/{task['task_id']}/events", headers=headers) as stream:
        assert stream.status == 200 and stream.headers["X-Request-Id"] == "stream-1"  # sent before the body


def line(record: logging.LogRecord) -> dict[str, object]:
    return json.loads(JsonFormatter().format(record))  # type: ignore[no-any-return]


def test_json_lines_carry_the_bound_fields_of_their_block_only() -> None:
    record = logging.LogRecord("x", logging.INFO, __file__, 1, "hello %s", ("you",), None)
    assert set(line(record)) == {"time", "level", "logger", "message"}
    with log_fields(task_id="t-1", attempt=2, message="never replaces the message"):
        entry = line(record)
        assert (entry["task_id"], entry["attempt"], entry["message"]) == ("t-1", 2, "hello you")
        with log_fields(attempt=3):
            assert line(record)["attempt"] == 3
        assert bound() == {"task_id": "t-1", "attempt": 2, "message": "never replaces the message"}
    assert "task_id" not in line(record)


async def test_bind_lasts_for_its_asyncio_task_only() -> None:
    async def job() -> object:
        bind(task_id="inside")
        return bound().get("task_id")

    assert await asyncio.create_task(job()) == "inside"
    assert "task_id" not in bound()


def test_the_document_declares_the_answer_header(settings: Settings) -> None:
    document = build_document(registered_types(diagnostics=True), settings)
    accepted = document["paths"]["/api/v1/tasks/submit"]["post"]["responses"]["202"]
    assert set(accepted["headers"]) == {"X-Request-Id", "Location"}
    responses = document["components"]["responses"]
    assert "X-Request-Id" in responses["not_found"]["headers"] and "headers" not in responses["uri_too_long"]
