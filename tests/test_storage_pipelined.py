"""The pipelined connection of the submit path: order kept under cancellation, NOSCRIPT, db, reconnects."""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator

import pytest
from redis.asyncio import Redis
from redis.exceptions import TimeoutError as RedisTimeoutError

from service.storage import TaskStorage, keys
from service.storage.client import connect
from service.storage.pipelined import PipelinedConnection


async def test_replies_reach_their_callers_even_when_others_give_up(pipelined: PipelinedConnection) -> None:
    calls = [asyncio.create_task(pipelined.execute("ECHO", f"reply-{i}")) for i in range(60)]
    for i in range(0, 60, 3):
        calls[i].cancel()
    results = await asyncio.gather(*calls, return_exceptions=True)
    for i, result in enumerate(results):
        assert isinstance(result, asyncio.CancelledError) if i % 3 == 0 else result == f"reply-{i}"
    assert await pipelined.execute("ECHO", "after") == "after"


async def test_commands_sent_in_one_turn_of_the_loop_reach_redis_in_one_read(
    pipelined: PipelinedConnection, redis: Redis
) -> None:
    await pipelined.execute("PING")  # connected

    async def reads() -> int:
        return int((await redis.info("stats"))["total_reads_processed"])

    before = await reads()
    replies = await asyncio.gather(*(pipelined.execute("ECHO", f"reply-{i}") for i in range(100)))
    assert replies == [f"reply-{i}" for i in range(100)]
    # one read for each INFO and one for the 100 commands, written together (one syscall, not 100; written one by
    # one they took 12 to 73 reads); one more is left for a stray client of the shared test Redis
    assert await reads() - before <= 3


@pytest.fixture
async def storage(redis_url: str, redis: Redis) -> AsyncIterator[TaskStorage]:
    """Storage on a client with the pipelined connection, whatever REDIS_PIPELINING says (conftest's follows it)."""
    client = connect(redis_url)
    storage = TaskStorage(client, retention_seconds=3600, queue_name="arq:queue")
    yield storage
    await storage.aclose()
    await client.aclose()


async def test_create_survives_a_script_flush(storage: TaskStorage, redis: Redis) -> None:
    await storage.create(project_id="p", task_type="echo", task_data={})
    await redis.script_flush()
    await storage.create(project_id="p", task_type="echo", task_data={})
    assert await redis.hget(keys.METRICS, "total_tasks") == "2"  # type: ignore[misc]


async def test_create_reconnects_after_the_connection_is_killed(storage: TaskStorage, redis: Redis) -> None:
    await storage.create(project_id="p", task_type="echo", task_data={})
    assert await redis.client_kill_filter(_type="normal", skipme=True) >= 1
    await storage.create(project_id="p", task_type="echo", task_data={})
    assert await redis.hget(keys.METRICS, "total_tasks") == "2"  # type: ignore[misc]


async def test_the_database_of_the_url_is_used(redis_url: str, redis: Redis) -> None:
    other_db = redis_url.rsplit("/", 1)[0] + "/3"
    client = connect(other_db, timeout=5)
    storage = TaskStorage(client, retention_seconds=3600, queue_name="arq:queue")
    try:
        await client.flushdb()
        task = await storage.create(project_id="p", task_type="echo", task_data={})
        assert await client.exists(keys.task(task.task_id)) and not await redis.exists(keys.task(task.task_id))
    finally:
        await storage.aclose()
        await client.flushdb()
        await client.aclose()


def test_unix_sockets_are_left_to_redis_py_and_tls_is_pipelined_too() -> None:
    assert PipelinedConnection.beside(connect("unix:///tmp/redis.sock")) is None
    tls = PipelinedConnection.beside(connect("rediss://127.0.0.1:6380/0"))
    assert tls is not None and tls._ssl is not None  # tests/test_redis_tls.py runs it against a TLS server
    assert PipelinedConnection.beside(connect("rediss://127.0.0.1:6380/0", pipelining=False)) is None


async def test_a_redis_that_never_answers_fails_callers_within_the_timeout() -> None:
    async def swallow(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        await reader.read(-1)  # reads everything, answers nothing
        writer.close()

    server = await asyncio.start_server(swallow, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    connection = PipelinedConnection({"host": "127.0.0.1", "port": port, "socket_timeout": 0.3})
    try:
        started = time.monotonic()
        calls = [asyncio.create_task(connection.execute("PING")) for _ in range(5)]
        results = await asyncio.gather(*calls, return_exceptions=True)
        assert all(isinstance(result, RedisTimeoutError) for result in results), results
        assert time.monotonic() - started < 0.3 * 1.25 + 0.5
    finally:
        await connection.aclose()
        server.close()
        await server.wait_closed()
