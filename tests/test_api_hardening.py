"""Redis gone (503, promptly) and a battery of malformed input that must never produce a 500."""

from __future__ import annotations

import asyncio
import socket
import time
from collections.abc import Iterator
from typing import Any

import msgspec
import pytest
from pytest_aiohttp import AiohttpClient
from redis.asyncio import Redis

import service.api.app
from deploy.redis_local import free_port
from service.config import Settings
from tests.api_support import ADMIN, PROJECT, Client, echo, error_of, start

SUBMIT = "/api/v1/tasks/submit"
TASK = "/api/v1/tasks/0f0e0d0c-0b0a-4908-8706-050403020100"
#: Requests that all need Redis, as (method, path, json body).
NEEDS_REDIS: list[tuple[str, str, Any]] = [
    ("POST", SUBMIT, echo()),
    ("GET", TASK, None),
    ("GET", f"{TASK}?wait=5", None),
    ("POST", f"{TASK}/cancel", None),
    ("GET", f"/api/v1/projects/{PROJECT}/tasks", None),
    ("GET", "/api/v1/tasks/metrics", None),
    ("GET", "/api/v1/ready", None),
    ("GET", "/metrics", None),
]


@pytest.fixture
async def client(aiohttp_client: AiohttpClient, settings: Settings, redis: Redis) -> Client:
    return await start(aiohttp_client, settings)


@pytest.fixture
def black_hole() -> Iterator[int]:
    """A port that accepts TCP connections (into the backlog) and never answers."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        sock.listen(1)
        yield int(sock.getsockname()[1])


async def assert_unavailable(client: Client, deadline: float) -> None:
    for method, path, body in NEEDS_REDIS:
        started = time.monotonic()
        resp = await client.request(method, path, json=body, headers=ADMIN)
        error = await error_of(resp, 503, "unavailable")
        assert error["details"][0]["component"] == "redis", (path, error)
        assert time.monotonic() - started < deadline, path
    assert (await client.get("/api/v1/health")).status == 200


async def test_503_promptly_when_redis_port_is_closed(aiohttp_client: AiohttpClient, settings: Settings) -> None:
    dead = msgspec.structs.replace(settings, redis_url=f"redis://127.0.0.1:{free_port()}/0")
    await assert_unavailable(await start(aiohttp_client, dead), deadline=1.0)


async def test_503_within_the_timeout_when_redis_never_answers(
    aiohttp_client: AiohttpClient, settings: Settings, black_hole: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(service.api.app, "REDIS_CONNECT_TIMEOUT", 0.2)
    monkeypatch.setattr(service.api.app, "REDIS_SOCKET_TIMEOUT", 0.2)
    silent = msgspec.structs.replace(settings, redis_url=f"redis://127.0.0.1:{black_hole}/0")
    await assert_unavailable(await start(aiohttp_client, silent), deadline=2.0)


def _nested(levels: int) -> bytes:
    return b'{"a":' * levels + b"1" + b"}" * levels


GARBAGE_BODIES = [
    b"",
    b"null",
    b"[]",
    b'"text"',
    b"123",
    b"{",
    b"\xff\xfe\x00{}",
    b"\x00" * 16,
    b"1e999999",
    b'{"project_id": "\\ud800", "task_type": "echo", "task_data": {}}',
    b'{"project_id": "p", "project_id": "q", "task_type": "echo", "task_data": {}}',
    b'{"project_id": "p", "task_type": "echo", "task_data": {"n": 1e400}}',
    b'{"project_id": "p", "task_type": "echo", "task_data": {"n": 184467440737095516150}}',
    b'{"project_id": "p", "task_type": "sleep", "task_data": {"seconds": 1e308}}',
    b'{"project_id": "p", "task_type": "evaluate_department", "task_data": {"department_number": true}}',
    b'{"project_id": "p\\u0000", "task_type": "echo", "task_data": {}}',
    b'{"project_id": "p", "task_type": "echo\\n", "task_data": {}}',
    b"[" * 100_000,
    _nested(100_000),
    *(b'{"project_id": "p", "task_type": "echo", "task_data": ' + _nested(n) + b"}" for n in (500, 900, 990, 1000)),
]


@pytest.mark.parametrize("body", GARBAGE_BODIES, ids=range(len(GARBAGE_BODIES)))
async def test_garbage_bodies_never_500(client: Client, body: bytes) -> None:
    resp = await client.post(SUBMIT, data=body, headers={**ADMIN, "Content-Type": "application/json"})
    assert resp.status in (202, 400, 422), await resp.text()
    if resp.status == 202:  # whatever was accepted can be read back
        task_id = (await resp.json())["task_id"]
        assert (await client.get(f"/api/v1/tasks/{task_id}", headers=ADMIN)).status == 200
    else:
        await error_of(resp, resp.status, {400: "invalid_json", 422: "validation_error"}[resp.status])


GARBAGE_URLS = [
    f"/api/v1/projects/{PROJECT}/tasks?limit=%00",
    f"/api/v1/projects/{PROJECT}/tasks?limit=1.5",
    f"/api/v1/projects/{PROJECT}/tasks?limit=%zz",
    f"/api/v1/projects/{PROJECT}/tasks?offset=99999999999999999999999999",
    f"/api/v1/projects/{PROJECT}/tasks?status=%FF",
    f"/api/v1/projects/{PROJECT}/tasks?status=&order=",
    f"/api/v1/projects/{PROJECT}/tasks?limit=1&limit=x",
    f"/api/v1/projects/{PROJECT}/tasks?task_type=" + "x" * 5000,
    "/api/v1/projects/%00/tasks",
    "/api/v1/projects/../tasks",
    "/api/v1/projects/%C3%A9/tasks",
    "/api/v1/projects/%ZZ/tasks",
    "/api/v1/projects/" + "p" * 4000 + "/tasks",
    f"{TASK}?wait=1e309",
    f"{TASK}?wait=-0",
    f"{TASK}?wait=%00",
    "/api/v1/tasks/metrics?project_id=",
    "/api/v1/tasks/%00",
    "/api/v1/tasks/" + "f" * 5000,
]


@pytest.mark.parametrize("url", GARBAGE_URLS)
async def test_garbage_query_and_path_never_500(client: Client, url: str) -> None:
    resp = await client.get(url, headers=ADMIN)
    assert resp.status in (200, 404, 422), await resp.text()
    if resp.status != 200:
        await error_of(resp, resp.status, {404: "not_found", 422: "validation_error"}[resp.status])


async def raw_status(client: Client, request: bytes) -> int:
    """Send bytes as they are (aiohttp's client would refuse some) and return the answer's status."""
    assert client.server.host is not None and client.server.port is not None
    reader, writer = await asyncio.open_connection(client.server.host, client.server.port)
    try:
        writer.write(request)
        await writer.drain()
        status_line = await asyncio.wait_for(reader.readline(), 5)
    finally:
        writer.close()
        await writer.wait_closed()
    return int(status_line.split()[1])


def _post(headers: bytes, body: bytes = msgspec.json.encode(echo())) -> bytes:
    head = b"POST /api/v1/tasks/submit HTTP/1.1\r\nHost: x\r\nConnection: close\r\n"
    return head + headers + b"Content-Length: %d\r\n\r\n" % len(body) + body


#: Raw requests and the status each gets; 400s from the HTTP parser itself are plain text, not the envelope.
GARBAGE_REQUESTS = [
    (_post(b"X-API-Key: \xff\xfe\x80\r\nContent-Type: application/json\r\n"), 401),
    (_post(b"X-API-Key: \xe2\x82\xac\r\nContent-Type: application/json\r\n"), 401),
    (_post(b"X-API-Key: " + b"k" * 8000 + b"\r\n"), 401),
    (_post(b"X-API-Key: test-admin-key\r\nContent-Type: application/json; charset=\xff\r\n"), 202),
    (_post(b"X-API-Key: test-admin-key\r\nContent-Type: ;;;\r\n"), 415),
    (_post(b"X-API-Key: test-admin-key\r\nContent-Type: application/json\r\nContent-Encoding: gzip\r\n"), 400),
    (_post(b"X-API-Key: test-admin-key\r\nContent-Encoding: br\r\n", b"\x00" * 32), 400),
    (_post(b"X-API-Key: test-admin-key\r\nContent-Type: application/json\r\nContent-Encoding: bogus\r\n"), 202),
    (b"GET /api/v1/tasks/metrics HTTP/1.1\r\nHost: x\r\nX-API-Key: test-admin-key\r\nX-API-Key: b\r\n\r\n", 200),
    (
        b"POST /api/v1/tasks/submit HTTP/1.1\r\nHost: x\r\nX-API-Key: test-admin-key\r\n"
        b"Transfer-Encoding: chunked\r\nContent-Type: application/json\r\n\r\nzz\r\n{}\r\n0\r\n\r\n",
        400,
    ),
    (b"GET /api/v1/tasks/metrics?\xff=\xfe HTTP/1.1\r\nHost: x\r\nX-API-Key: test-admin-key\r\n\r\n", 400),
]


@pytest.mark.parametrize(("request_bytes", "status"), GARBAGE_REQUESTS, ids=range(len(GARBAGE_REQUESTS)))
async def test_garbage_headers_never_500(client: Client, request_bytes: bytes, status: int) -> None:
    assert await raw_status(client, request_bytes) == status
