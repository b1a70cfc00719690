"""The pipelined connection answers what redis-py answers: every kind of reply and error, and every command of the
hot path (each sent to a mirror database by redis-py too); the API follows REDIS_PIPELINING."""

from __future__ import annotations

import asyncio
import uuid
from collections.abc import AsyncIterator, Awaitable
from typing import Any

import msgspec
import pytest
from pytest_aiohttp import AiohttpClient
from redis.asyncio import Redis
from redis.exceptions import AuthenticationError, NoScriptError
from redis.exceptions import ConnectionError as RedisConnectionError

from service.api.app import CLIENT_NAME
from service.config import Settings
from service.storage.client import connect
from service.storage.pipelined import PipelinedConnection
from tests.api_support import ADMIN, echo, start
from tests.worker_support import run_burst

_UNTEED = PipelinedConnection.execute


# Conformance: what the pipelined connection answers is what redis-py answers, value for value, error for error.

Outcome = tuple[str, Any]


def _normal(value: Any) -> Any:
    """A reply with the error objects nested in it (a Lua table may hold one) made comparable."""
    if isinstance(value, list):
        return [_normal(item) for item in value]
    if isinstance(value, Exception):
        return (type(value).__name__, str(value))
    return value


async def _outcome(call: Awaitable[Any]) -> Outcome:
    try:
        return ("reply", _normal(await call))
    except Exception as exc:  # the error itself is the outcome compared
        return ("error", _normal(exc))


REPLIES = {
    "integer": ("return 42", []),
    "float, truncated": ("return 3.99", []),
    "true, false": ("return {true, false}", []),
    "nil": ("return nil", []),
    "text": ("return ARGV[1]", ["ü € \u2028 ascii"]),
    "number argument": ("return ARGV[1]", [1234567890123]),
    "empty table": ("return {}", []),
    "nested table": ("return {1, {'a', {2, 'b'}}, 'c'}", []),
    "status": ("return redis.status_reply('OK')", []),
    "hash as a flat list": ("redis.call('HSET', KEYS[1], 'f', 'v', 'g', '') return redis.call('HGETALL', KEYS[1])", []),
    "big": ("return string.rep('x', 2 * 1024 * 1024)", []),
    "error reply": ("return redis.error_reply('ERR made up')", []),
    "error inside a table": ("return {1, redis.error_reply('ERR inner')}", []),
    "READONLY error": ("return redis.error_reply('READONLY You can not write against a read only replica.')", []),
    "LOADING error": ("return redis.error_reply('LOADING Redis is loading the dataset in memory')", []),
    "wrong type": ("redis.call('SET', KEYS[1], 'v') return redis.call('HGET', KEYS[1], 'f')", []),
    "unknown command": ("return redis.call('NO_SUCH_COMMAND')", []),
    "script error": ("return nil + 1", []),
}


@pytest.fixture
async def plain(redis_url: str) -> AsyncIterator[Redis]:
    """redis-py as it comes: its own pool and connection, no shortcut of ours."""
    client = Redis.from_url(redis_url, decode_responses=True)
    yield client
    await client.aclose()


@pytest.mark.parametrize("source, args", REPLIES.values(), ids=REPLIES.keys())
async def test_every_kind_of_reply_and_error_is_what_redis_py_gives(
    pipelined: PipelinedConnection, plain: Redis, source: str, args: list[Any]
) -> None:
    sha = await plain.script_load(source)
    command = ("EVALSHA", sha, 1, "conformance:key", *args)
    ours = await _outcome(pipelined.execute(*command))
    await plain.delete("conformance:key")  # the same state for the second run
    assert ours == await _outcome(plain.execute_command(*command))


async def test_an_unknown_script_is_the_same_noscript_error(pipelined: PipelinedConnection, plain: Redis) -> None:
    command = ("EVALSHA", "0" * 40, 0)
    ours = await _outcome(pipelined.execute(*command))
    assert ours == await _outcome(plain.execute_command(*command))
    assert ours[1][0] == NoScriptError.__name__  # storage reloads the script on exactly this class


async def test_a_refused_password_is_the_same_error(redis_url: str, plain: Redis) -> None:
    await plain.acl_setuser("conformance", enabled=True, passwords=["+right"], keys=["*"], commands=["+@all"])
    wrong = redis_url.replace("redis://", "redis://conformance:wrong@")
    ours = PipelinedConnection.beside(connect(wrong))
    assert ours is not None
    theirs = Redis.from_url(wrong, decode_responses=True)
    try:
        outcome = await _outcome(ours.execute("ECHO", "x"))
        assert outcome == await _outcome(theirs.execute_command("ECHO", "x"))
        assert outcome[1][0] == AuthenticationError.__name__
        right = PipelinedConnection.beside(connect(redis_url.replace("redis://", "redis://conformance:right@")))
        assert right is not None
        assert await right.execute("ACL", "WHOAMI") == "conformance"
        await right.aclose()
    finally:
        await ours.aclose()
        await theirs.aclose()
        await plain.acl_deluser("conformance")


async def test_a_connection_lost_mid_reply_is_the_same_error() -> None:
    async def half_a_reply(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        await reader.read(1)  # a command arrived
        writer.write(b"*2\r\n:1\r\n")  # the first of two elements, then the server goes away
        await writer.drain()
        writer.close()

    server = await asyncio.start_server(half_a_reply, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    ours = PipelinedConnection({"host": "127.0.0.1", "port": port, "socket_timeout": 5})
    # no CLIENT SETINFO on connect: the fake server answers only the command itself
    theirs = Redis(host="127.0.0.1", port=port, socket_timeout=5, lib_name=None, lib_version=None)
    try:
        command = ("EVALSHA", "0" * 40, 0)
        outcomes = [await _outcome(ours.execute(*command)), await _outcome(theirs.execute_command(*command))]
        assert [kind for kind, (name, _) in outcomes] == ["error", "error"], outcomes
        assert {name for _, (name, _) in outcomes} == {RedisConnectionError.__name__}, outcomes
    finally:
        await ours.aclose()
        await theirs.aclose()
        server.close()
        await server.wait_closed()


@pytest.fixture
async def mirrored(redis_url: str, monkeypatch: pytest.MonkeyPatch) -> AsyncIterator[list[tuple[Any, ...]]]:
    """Every command any PipelinedConnection sends is sent by redis-py too, to a mirror database that receives
    nothing else; yields (command, our outcome, redis-py's outcome) for each, for the test to compare."""
    mirror = Redis.from_url(redis_url.rsplit("/", 1)[0] + "/2", decode_responses=True)
    await mirror.flushdb()
    execute, seen = PipelinedConnection.execute, []

    async def teed(self: PipelinedConnection, *args: Any) -> Any:
        try:
            reply = await execute(self, *args)
        except Exception as exc:
            seen.append((args, ("error", _normal(exc)), await _outcome(mirror.execute_command(*args))))
            raise
        seen.append((args, ("reply", _normal(reply)), await _outcome(mirror.execute_command(*args))))
        return reply

    monkeypatch.setattr(PipelinedConnection, "execute", teed)
    yield seen
    await mirror.flushdb()
    await mirror.aclose()


async def submit_cancel_and_run(aiohttp_client: AiohttpClient, settings: Settings) -> list[int]:
    """Each hot script with each of its outcomes: created, repeated, conflicting, cancelled, refused, missing,
    then started and finished by a worker."""
    client = await start(aiohttp_client, settings)
    submit, repeat = "/api/v1/tasks/submit", {**ADMIN, "Idempotency-Key": "conformance"}
    answers = [await client.post(submit, json=echo(), headers=ADMIN) for _ in range(3)]
    answers += [await client.post(submit, json=echo(), headers=repeat) for _ in range(2)]
    answers.append(await client.post(submit, json=echo(task_data={"n": 2}), headers=repeat))
    first = (await answers[0].json())["task_id"]
    for task_id in (first, first, str(uuid.uuid4())):
        answers.append(await client.post(f"/api/v1/tasks/{task_id}/cancel", headers=ADMIN))
    await run_burst(settings)
    return [answer.status for answer in answers]


async def test_the_hot_path_gets_from_it_what_redis_py_gives(
    aiohttp_client: AiohttpClient, settings: Settings, redis: Redis, mirrored: list[tuple[Any, ...]]
) -> None:
    settings = msgspec.structs.replace(settings, redis_pipelining=True)  # whatever REDIS_PIPELINING says
    with pytest.MonkeyPatch.context() as untouched:  # a first run loads every script: NOSCRIPT is tested above
        untouched.setattr(PipelinedConnection, "execute", _UNTEED)
        await submit_cancel_and_run(aiohttp_client, settings)
    await redis.flushdb()
    mirrored.clear()
    statuses = await submit_cancel_and_run(aiohttp_client, settings)
    assert statuses[:6] == [202] * 5 + [409] and statuses[6:] == [200, 409, 404], statuses
    scripts = {command[1] for command, _, _ in mirrored if command[0] == "EVALSHA"}
    assert len(scripts) >= 2  # create, and the script(s) of the state changes (storage may send other reads too)
    assert len(mirrored) >= 6 + 2 * 3  # every submit, and the start and end of the three tasks left to run
    for command, ours, theirs in mirrored:
        assert ours == theirs, command


@pytest.mark.parametrize("on", [True, False], ids=["REDIS_PIPELINING=true", "REDIS_PIPELINING=false"])
async def test_the_api_follows_the_switch(
    aiohttp_client: AiohttpClient, settings: Settings, redis: Redis, on: bool
) -> None:
    client = await start(aiohttp_client, msgspec.structs.replace(settings, redis_pipelining=on))
    assert (await client.post("/api/v1/tasks/submit", json=echo(), headers=ADMIN)).status == 202
    # the pipelined connection is the one without a name; off, every script goes through the API's named pool
    by = {connection.get("name") for connection in await redis.client_list() if connection.get("cmd") == "evalsha"}
    assert ("" in by) == on and (on or CLIENT_NAME in by), by
