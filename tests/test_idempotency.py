"""Idempotency-Key on submit: one task per (API key, Idempotency-Key), whatever the timing of the repeats."""

from __future__ import annotations

import asyncio
import hashlib

import pytest
from pytest_aiohttp import AiohttpClient
from redis.asyncio import Redis

from service.config import Settings
from service.storage import keys
from service.storage.apikeys import digest, key_id
from tests.api_support import ADMIN, SCOPED, Client, echo, error_of, evaluate, hget, start, submit
from tests.constants import ADMIN_KEY, SCOPED_KEY, SCOPED_PROJECT

SUBMIT = "/api/v1/tasks/submit"
IDEMPOTENT = {**ADMIN, "Idempotency-Key": "order-42"}


@pytest.fixture
async def client(aiohttp_client: AiohttpClient, settings: Settings, redis: Redis) -> Client:
    return await start(aiohttp_client, settings)


async def queued_jobs(redis: Redis, settings: Settings) -> int:
    return int(await redis.zcard(settings.queue_name))


async def test_repeat_returns_the_first_task_without_a_second_job(
    client: Client, redis: Redis, settings: Settings
) -> None:
    first = await submit(client, evaluate(), headers=IDEMPOTENT)
    resp = await client.post(SUBMIT, json=evaluate(), headers=IDEMPOTENT)
    assert resp.status == 202, await resp.text()
    assert await resp.json() == first
    assert resp.headers["Location"] == f"/api/v1/tasks/{first['task_id']}"
    assert await queued_jobs(redis, settings) == 1
    assert await hget(redis, keys.METRICS, "total_tasks") == "1"


async def test_same_request_in_another_form_is_the_same_request(client: Client) -> None:
    # key order, spacing and a schema default spelled out do not make it another request
    first = await submit(client, evaluate(), headers=IDEMPOTENT)
    body = b'{"task_data": {"threshold": 80, "department_number": 1, "department_slug": "story"},\n'
    body += b'  "task_type": "evaluate_department", "project_id": "proj-a"}'
    resp = await client.post(SUBMIT, data=body, headers={**IDEMPOTENT, "Content-Type": "application/json"})
    assert resp.status == 202 and (await resp.json())["task_id"] == first["task_id"]


async def test_repeat_after_the_task_moved_on_returns_it_as_it_is_now(client: Client, redis: Redis) -> None:
    first = await submit(client, echo(), headers=IDEMPOTENT)
    await client.post(f"/api/v1/tasks/{first['task_id']}/cancel", headers=ADMIN)
    again = await submit(client, echo(), headers=IDEMPOTENT)
    assert (again["task_id"], again["status"]) == (first["task_id"], "cancelled")


async def test_different_body_is_a_409(client: Client, redis: Redis, settings: Settings) -> None:
    await submit(client, echo(), headers=IDEMPOTENT)
    resp = await client.post(SUBMIT, json=echo(task_data={"n": 2}), headers=IDEMPOTENT)
    error = await error_of(resp, 409, "conflict")
    assert "Idempotency-Key" in error["message"]
    assert await queued_jobs(redis, settings) == 1


async def test_concurrent_identical_submits_create_one_task(client: Client, redis: Redis, settings: Settings) -> None:
    answers = await asyncio.gather(*(client.post(SUBMIT, json=echo(), headers=IDEMPOTENT) for _ in range(20)))
    assert [resp.status for resp in answers] == [202] * 20
    assert len({(await resp.json())["task_id"] for resp in answers}) == 1
    assert await queued_jobs(redis, settings) == 1
    assert await hget(redis, keys.METRICS, "total_tasks") == "1"


async def test_claims_are_per_api_key(client: Client, redis: Redis) -> None:
    same_key = "shared-retry-key"
    body = echo(SCOPED_PROJECT)
    mine = await submit(client, body, headers={**ADMIN, "Idempotency-Key": same_key})
    theirs = await submit(client, body, headers={**SCOPED, "Idempotency-Key": same_key})
    assert mine["task_id"] != theirs["task_id"]
    assert await hget(redis, keys.METRICS, "total_tasks") == "2"


async def test_without_the_header_every_submit_is_new(client: Client) -> None:
    assert (await submit(client))["task_id"] != (await submit(client))["task_id"]


async def test_claim_stores_hashes_and_expires_with_the_task(client: Client, redis: Redis) -> None:
    task = await submit(client, echo(), headers=IDEMPOTENT)
    claim = keys.idempotency(key_id(digest(ADMIN_KEY)), hashlib.sha256(b"order-42").hexdigest())
    assert await hget(redis, claim, "task_id") == task["task_id"]
    # the same PEXPIREAT (PEXPIRETIME needs Redis 7; the two PTTLs are read a moment apart)
    assert abs(await redis.pttl(claim) - await redis.pttl(keys.task(task["task_id"]))) < 1000
    assert ADMIN_KEY not in claim and "order-42" not in claim


async def test_expired_task_frees_its_idempotency_key(client: Client, redis: Redis) -> None:
    first = await submit(client, echo(), headers=IDEMPOTENT)
    await redis.delete(keys.task(first["task_id"]))  # as if it expired (the claim outliving it by a moment)
    second = await submit(client, echo(task_data={"n": 3}), headers=IDEMPOTENT)
    assert second["task_id"] != first["task_id"]
    assert (await submit(client, echo(task_data={"n": 3}), headers=IDEMPOTENT))["task_id"] == second["task_id"]


@pytest.mark.parametrize("value", ["", "x" * 129, "caf\u00e9", "tab\there"])
async def test_malformed_header_is_a_422_naming_it(client: Client, redis: Redis, value: str) -> None:
    resp = await client.post(SUBMIT, json=echo(), headers={**ADMIN, "Idempotency-Key": value})
    error = await error_of(resp, 422, "validation_error")
    assert [detail["field"] for detail in error["details"]] == ["Idempotency-Key"]
    assert int(await redis.dbsize()) == 0


@pytest.mark.parametrize("value", ["k", "x" * 128, "~ !\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}"])
async def test_any_printable_ascii_up_to_128_is_accepted(client: Client, value: str) -> None:
    first = await submit(client, echo(), headers={**ADMIN, "Idempotency-Key": value})
    assert (await submit(client, echo(), headers={**ADMIN, "Idempotency-Key": value}))["task_id"] == first["task_id"]


async def test_scoped_key_cannot_use_a_claim_for_another_project(client: Client) -> None:
    resp = await client.post(SUBMIT, json=echo("proj-b"), headers={**SCOPED, "Idempotency-Key": "k"})
    await error_of(resp, 403, "forbidden")
    assert SCOPED_KEY not in await resp.text()
