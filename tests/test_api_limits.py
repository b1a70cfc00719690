"""Limits on what a client controls: each answers with the JSON envelope and leaves nothing in Redis.

Body size, metadata, wait and page size are covered in test_api_errors.py (413 and 422 tests).
"""

from __future__ import annotations

import asyncio
import json
import time
from collections.abc import AsyncIterator
from contextlib import suppress
from typing import Any, NamedTuple

import msgspec
import pytest
from pytest_aiohttp import AiohttpClient
from redis.asyncio import Redis

from service.api import server
from service.api.app import create_app
from service.config import Settings
from tests.api_support import ADMIN, Client, echo, error_of, evaluate, start
from tests.constants import ADMIN_KEY
from tests.processes import api_process, service_env

SUBMIT = "/api/v1/tasks/submit"
FAST = 0.5  # body and idle timeouts of the `port` fixture, in seconds
MARGIN = 2.0  # scheduling slack on a loaded machine


class Answer(NamedTuple):
    status: int
    headers: dict[str, str]
    body: bytes


@pytest.fixture
async def client(aiohttp_client: AiohttpClient, settings: Settings, redis: Redis) -> Client:
    return await start(aiohttp_client, msgspec.structs.replace(settings, max_task_data_bytes=2048))


@pytest.fixture
async def port(settings: Settings, redis: Redis) -> AsyncIterator[int]:
    """The app served the way `python -m service` serves it (ApiRunner), with short timeouts."""
    fast = msgspec.structs.replace(settings, body_timeout_seconds=FAST, idle_timeout_seconds=FAST)
    runner = await server.start(create_app(fast), "127.0.0.1", 0, shutdown_grace=1.0)
    yield int(runner.addresses[0][1])
    await runner.cleanup()


async def nothing_written(redis: Redis) -> bool:
    return int(await redis.dbsize()) == 0


async def read_answer(reader: asyncio.StreamReader) -> Answer | None:
    """One HTTP/1.1 response, or None when the server closed the connection without one."""
    try:
        head = await reader.readuntil(b"\r\n\r\n")
    except asyncio.IncompleteReadError:
        return None
    status_line, *lines = head.decode("latin-1").strip().split("\r\n")
    headers = {name.strip().lower(): value.strip() for name, _, value in (line.partition(":") for line in lines)}
    body = await reader.readexactly(int(headers.get("content-length", "0")))
    return Answer(int(status_line.split()[1]), headers, body)


async def _trickle(writer: asyncio.StreamWriter, data: bytes, every: float) -> None:
    with suppress(ConnectionError):  # the server hanging up on us is the point
        for index in range(len(data)):
            writer.write(data[index : index + 1])
            await writer.drain()
            await asyncio.sleep(every)


async def exchange(port: int, data: bytes, trickle: bytes = b"", every: float = 0.1) -> tuple[Answer | None, float]:
    """Send `data` at once and `trickle` byte by byte; the answer (None: closed without one) and its delay."""
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    started = time.monotonic()
    writer.write(data)
    slow = asyncio.create_task(_trickle(writer, trickle, every))
    try:
        answer = await asyncio.wait_for(read_answer(reader), FAST + 10 * MARGIN)
        return answer, time.monotonic() - started
    finally:
        slow.cancel()
        with suppress(asyncio.CancelledError):
            await slow
        writer.close()
        with suppress(ConnectionError):
            await writer.wait_closed()


def envelope(answer: Answer | None, status: int, code: str) -> dict[str, Any]:
    assert answer is not None, "the connection closed without an answer"
    assert answer.status == status, answer
    assert answer.headers["content-type"].startswith("application/json"), answer
    error: dict[str, Any] = json.loads(answer.body)["error"]
    assert error["code"] == code and error["details"] == [], error
    return error


def request(target: str = SUBMIT, headers: bytes = b"", body: bytes = msgspec.json.encode(echo())) -> bytes:
    head = f"POST {target} HTTP/1.1\r\nHost: x\r\nX-API-Key: {ADMIN_KEY}\r\nContent-Type: application/json\r\n"
    return head.encode() + headers + b"Content-Length: %d\r\n\r\n" % len(body) + body


async def test_task_data_over_the_limit_is_422(client: Client, redis: Redis) -> None:
    body = echo(task_data={"blob": "x" * (2048 - len('{"blob":""}') + 1)})
    error = await error_of(await client.post(SUBMIT, json=body, headers=ADMIN), 422, "validation_error")
    assert error["details"][0]["field"] == "$.task_data" and "2048" in error["message"]
    assert await nothing_written(redis)


async def test_task_data_at_the_limit_is_accepted(client: Client) -> None:
    body = echo(task_data={"blob": "x" * (2048 - len('{"blob":""}'))})
    assert (await client.post(SUBMIT, json=body, headers=ADMIN)).status == 202


async def test_gather_data_longer_than_10000_items_is_422(
    aiohttp_client: AiohttpClient, settings: Settings, redis: Redis
) -> None:
    client = await start(aiohttp_client, settings)
    body = evaluate(gather_data=[{}] * 10_001)  # 30 kB: within the default size limits, over the length limit
    error = await error_of(await client.post(SUBMIT, json=body, headers=ADMIN), 422, "validation_error")
    assert error["details"][0]["field"] == "$.task_data.gather_data"
    assert await nothing_written(redis)


async def test_url_over_the_limit_is_414(port: int, redis: Redis) -> None:
    answer, _ = await exchange(port, request(SUBMIT + "?pad=" + "p" * server.MAX_URL_BYTES))
    assert str(server.MAX_URL_BYTES) in envelope(answer, 414, "uri_too_long")["message"]
    assert await nothing_written(redis)


async def test_header_over_the_limit_is_431(port: int, redis: Redis) -> None:
    answer, _ = await exchange(port, request(headers=b"X-Pad: " + b"k" * (server.MAX_HEADER_BYTES + 1) + b"\r\n"))
    error = envelope(answer, 431, "request_header_fields_too_large")
    assert "kkk" not in error["message"]  # the client's bytes are never echoed (they could be a key)
    assert await nothing_written(redis)


async def test_too_many_headers_is_431(port: int, redis: Redis) -> None:
    many = b"".join(b"X-H%d: v\r\n" % n for n in range(server.MAX_HEADERS + 1))
    answer, _ = await exchange(port, request(headers=many))
    assert str(server.MAX_HEADERS) in envelope(answer, 431, "request_header_fields_too_large")["message"]
    assert await nothing_written(redis)


async def test_headers_within_the_limits_are_served(port: int, redis: Redis) -> None:
    some = b"".join(b"X-H%d: v\r\n" % n for n in range(server.MAX_HEADERS - 10))
    answer, _ = await exchange(port, request(headers=some + b"X-Pad: " + b"k" * 8000 + b"\r\n"))
    assert answer is not None and answer.status == 202, answer


async def test_malformed_request_line_is_400(port: int, redis: Redis) -> None:
    answer, _ = await exchange(port, b"GET /api/v1/health HTTP/1.1 extra\r\nHost: x\r\n\r\n")
    envelope(answer, 400, "bad_request")


async def test_slow_headers_are_cut_off(port: int, redis: Redis) -> None:
    start_line = b"POST /api/v1/tasks/submit HTTP/1.1\r\n"
    answer, elapsed = await exchange(port, start_line, trickle=b"X-Slow: " + b"s" * 200 + b"\r\n\r\n")
    assert answer is None and elapsed < FAST + MARGIN, (answer, elapsed)  # 20 s of trickle, cut at the idle timeout
    assert await nothing_written(redis)


async def test_slow_body_is_408(port: int, redis: Redis) -> None:
    body = msgspec.json.encode(echo())
    head = request(body=body)[: -len(body)]
    answer, elapsed = await exchange(port, head, trickle=body)
    assert "0.5 s" in envelope(answer, 408, "request_timeout")["message"]
    assert answer is not None and answer.headers["connection"] == "close"
    assert elapsed < FAST + MARGIN, elapsed
    assert await nothing_written(redis)


async def test_the_entry_point_serves_with_these_limits(redis_url: str, redis: Redis) -> None:
    with api_process(service_env(redis_url, ADMIN_KEY)) as url:
        answer, _ = await exchange(int(url.rsplit(":", 1)[1]), request(headers=b"X-Big: " + b"k" * 9000 + b"\r\n"))
    envelope(answer, 431, "request_header_fields_too_large")
