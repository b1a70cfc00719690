"""The storage client's two shortcuts (hiredis packing, a lock-free pool) keep redis-py's behaviour;
REDIS_PIPELINING=false drops the first (and the pipelined connection beside it)."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest
from redis.asyncio import Connection

from service.storage.client import HiredisPackedConnection, connect
from service.storage.pipelined import PipelinedConnection


@pytest.mark.parametrize(
    "args",
    [
        ("EVALSHA", "a" * 40, 2, "task:1", "project_tasks:p", "ü", b"\x00\xff", 1234567890123, "1.5"),
        ("CLIENT SETINFO", "LIB-NAME", "redis-py"),
        ("SET", "k", ""),
    ],
)
def test_hiredis_packs_the_bytes_redis_py_packs(args: tuple[Any, ...]) -> None:
    assert b"".join(HiredisPackedConnection().pack_command(*args)) == b"".join(Connection().pack_command(*args))


async def test_concurrent_commands_each_get_their_own_reply(redis_url: str) -> None:
    client = connect(redis_url)
    try:
        await asyncio.gather(*(client.set(f"k{i}", f"v{i}") for i in range(200)))
        assert await asyncio.gather(*(client.get(f"k{i}") for i in range(200))) == [f"v{i}" for i in range(200)]
    finally:
        await client.aclose()


async def test_a_command_cancelled_mid_reply_leaves_no_stale_reply(redis_url: str) -> None:
    client = connect(redis_url)
    try:
        await client.set("answer", "42")
        blocked = asyncio.create_task(client.blpop(["empty-list"], timeout=5))
        await asyncio.sleep(0)  # let it send BLPOP and wait for the reply
        while not client.connection_pool._in_use_connections:  # type: ignore[attr-defined]
            await asyncio.sleep(0.001)
        blocked.cancel()
        with pytest.raises(asyncio.CancelledError):
            await blocked
        await client.rpush("empty-list", "late")  # a reply the cancelled BLPOP's connection would now read
        assert [await client.get("answer") for _ in range(5)] == ["42"] * 5
    finally:
        await client.aclose()


async def test_switched_off_it_is_redis_py_s_own_connection_and_nothing_beside(redis_url: str) -> None:
    client = connect(redis_url, pipelining=False)  # REDIS_PIPELINING=false
    try:
        assert client.connection_pool.connection_class is Connection
        assert PipelinedConnection.beside(client) is None  # storage's hot scripts go through redis-py too
        assert await client.set("k", "v") and await client.get("k") == "v"
    finally:
        await client.aclose()
