"""`python -m service keys ...` as a real process against the test Redis, and the keys it makes, over HTTP."""

from __future__ import annotations

import asyncio
import os
import sys
from typing import NamedTuple

import pytest
from pytest_aiohttp import AiohttpClient
from redis.asyncio import Redis

from service.config import Settings
from service.storage import keys
from service.storage.apikeys import KEY_PREFIX, digest, key_id
from tests.api_support import Client, echo, error_of, hget, start, submit
from tests.processes import ROOT

SUBMIT = "/api/v1/tasks/submit"


class Ran(NamedTuple):
    code: int
    out: str
    err: str


async def keys_cli(redis_url: str, *args: str) -> Ran:
    """The CLI in its own process, given only the test Redis (never a developer's REDIS_URL or API_KEYS)."""
    proc = await asyncio.create_subprocess_exec(
        sys.executable,
        *("-m", "service", "keys", *args),
        env={"PATH": os.environ.get("PATH", ""), "REDIS_URL": redis_url},
        cwd=ROOT,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )
    out, err = await asyncio.wait_for(proc.communicate(), 30)
    return Ran(await proc.wait(), out.decode(), err.decode())


async def create_key(redis_url: str, *args: str) -> tuple[str, str]:
    """A new key and its id."""
    ran = await keys_cli(redis_url, "create", *args)
    assert ran.code == 0, ran.err
    [key] = ran.out.splitlines()
    assert key.startswith(KEY_PREFIX) and key not in ran.err
    return key, key_id(digest(key))


async def everything_in(redis_url: str) -> bytes:
    """Every key name and value in the database (arq's jobs are binary), as one blob to search."""
    parts: list[bytes] = []
    async with Redis.from_url(redis_url) as raw:
        async for name in raw.scan_iter():
            parts.append(name)
            kind = await raw.type(name)
            if kind == b"string":
                parts.append(await raw.get(name) or b"")
            elif kind == b"hash":
                parts.extend(f + b"=" + v for f, v in (await raw.hgetall(name)).items())
            elif kind == b"set":
                parts.extend(await raw.smembers(name))
            elif kind == b"zset":
                parts.extend(await raw.zrange(name, 0, -1))
    return b"\n".join(parts)


@pytest.fixture
async def client(aiohttp_client: AiohttpClient, settings: Settings, redis: Redis) -> Client:
    return await start(aiohttp_client, settings)


async def test_only_a_hash_of_a_created_key_is_stored(client: Client, redis: Redis, redis_url: str) -> None:
    key, ident = await create_key(redis_url, "--project", "proj-a", "--name", "ci")
    await submit(client, echo(), headers={"X-API-Key": key})
    stored = await everything_in(redis_url)
    assert b"api_key:" in stored and b"arq:job:" in stored  # the search does see records and jobs
    assert key.removeprefix(KEY_PREFIX).encode() not in stored
    assert await hget(redis, keys.api_key(ident), "hash") == digest(key)


async def test_scoped_key_works_only_for_its_projects(client: Client, redis_url: str) -> None:
    key, _ = await create_key(redis_url, "--project", "proj-a", "--project", "proj-c")
    mine = {"X-API-Key": key}
    task = await submit(client, echo("proj-c"), headers=mine)
    await error_of(await client.post(SUBMIT, json=echo("proj-b"), headers=mine), 403, "forbidden")
    await error_of(await client.get("/api/v1/tasks/metrics", headers=mine), 403, "forbidden")
    assert (await client.get(f"/api/v1/tasks/{task['task_id']}", headers=mine)).status == 200
    other = await submit(client, echo("proj-b"))
    await error_of(await client.get(f"/api/v1/tasks/{other['task_id']}", headers=mine), 404, "not_found")


async def test_key_without_projects_is_unrestricted(client: Client, redis_url: str) -> None:
    key, _ = await create_key(redis_url)
    await submit(client, echo("any-project"), headers={"X-API-Key": key})
    assert (await client.get("/api/v1/tasks/metrics", headers={"X-API-Key": key})).status == 200


async def test_revoked_key_is_refused_on_the_very_next_request(client: Client, redis_url: str) -> None:
    key, ident = await create_key(redis_url, "--project", "proj-a")
    await submit(client, echo(), headers={"X-API-Key": key})
    ran = await keys_cli(redis_url, "revoke", ident)
    assert ran.code == 0 and "revoked" in ran.out, ran.err
    await error_of(await client.post(SUBMIT, json=echo(), headers={"X-API-Key": key}), 401, "unauthorized")
    again = await keys_cli(redis_url, "revoke", ident)
    assert again.code == 0 and "already revoked" in again.out


async def test_list_shows_every_key_without_the_keys(redis: Redis, redis_url: str) -> None:
    first, first_id = await create_key(redis_url, "--project", "proj-b", "--project", "proj-a", "--name", "team")
    second, second_id = await create_key(redis_url)
    await keys_cli(redis_url, "revoke", second_id)
    ran = await keys_cli(redis_url, "list")
    assert ran.code == 0, ran.err
    header, *rows = [line.split("\t") for line in ran.out.splitlines()]
    assert header == ["id", "name", "projects", "created_at", "state"]
    assert [row[:3] for row in rows] == [[first_id, "team", "proj-a,proj-b"], [second_id, "-", "*"]]
    assert rows[0][3].endswith("Z") and rows[0][4] == "active" and rows[1][4].startswith("revoked ")
    assert first not in ran.out + ran.err and second not in ran.out + ran.err


async def test_revoking_an_unknown_id_fails(redis_url: str, redis: Redis) -> None:
    for ident in ("0123456789abcdef", "not-an-id"):
        ran = await keys_cli(redis_url, "revoke", ident)
        assert ran.code == 1 and "no key" in ran.err


async def test_invalid_project_is_refused(redis_url: str, redis: Redis) -> None:
    ran = await keys_cli(redis_url, "create", "--project", "no spaces")
    assert ran.code == 2 and "invalid project id" in ran.err
    assert int(await redis.dbsize()) == 0


async def test_configured_keys_keep_working_beside_created_ones(client: Client, redis_url: str) -> None:
    await create_key(redis_url)
    await submit(client)  # ADMIN, from API_KEYS
    await error_of(await client.post(SUBMIT, json=echo(), headers={"X-API-Key": "tsk_made-up"}), 401, "unauthorized")


async def test_unreachable_redis_is_two_lines_and_exit_1(redis: Redis) -> None:
    ran = await keys_cli("redis://127.0.0.1:1/0", "list", "--wait", "0.5")  # it waits 30 s by default
    waiting, gave_up = ran.err.strip().splitlines()
    assert ran.code == 1 and "does not answer yet" in waiting and "did not answer within 0.5 s" in gave_up, ran.err
