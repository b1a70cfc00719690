"""The default task_data limit follows the body limit: a body under MAX_BODY_BYTES whose only size is its
task_data is accepted (API.md promises a 1 MiB body), and such a task runs and reads back whole."""

from __future__ import annotations

import io
from typing import Any

import msgspec
from pytest_aiohttp import AiohttpClient
from redis.asyncio import Redis

from service.config import Settings, load_settings
from service.storage import TaskStorage
from tests.api_support import ADMIN, echo, error_of, start
from tests.waiting import until
from tests.worker_support import running_worker, status_is

SUBMIT = "/api/v1/tasks/submit"
MIB = 1024 * 1024


def body_of(size: int) -> bytes:
    """An echo submit body of exactly `size` bytes, all of it but ~60 bytes task_data."""
    empty = msgspec.json.encode(echo(task_data={"blob": ""}))
    return msgspec.json.encode(echo(task_data={"blob": "x" * (size - len(empty))}))


async def post(client: Any, body: bytes) -> Any:
    return await client.post(SUBMIT, data=io.BytesIO(body), headers={**ADMIN, "Content-Type": "application/json"})


def test_the_default_task_data_limit_is_the_body_limit() -> None:
    assert load_settings({}).task_data_limit() == load_settings({}).max_body_bytes == MIB
    assert load_settings({"MAX_BODY_BYTES": "2048"}).task_data_limit() == 2048
    assert load_settings({"MAX_TASK_DATA_BYTES": "4096"}).task_data_limit() == 4096  # a tighter bound still works
    assert load_settings({"MAX_TASK_DATA_BYTES": "0", "MAX_BODY_BYTES": "8192"}).task_data_limit() == 8192


async def test_a_900_kib_task_data_is_accepted_by_default(
    aiohttp_client: AiohttpClient, settings: Settings, redis: Redis
) -> None:
    client = await start(aiohttp_client, settings)
    resp = await post(client, body_of(900 * 1024))
    assert resp.status == 202, (await resp.text())[:300]


async def test_a_body_at_the_limit_is_accepted_and_one_byte_more_is_413(
    aiohttp_client: AiohttpClient, settings: Settings, redis: Redis
) -> None:
    client = await start(aiohttp_client, settings)
    await error_of(await post(client, body_of(MIB + 1)), 413, "payload_too_large")
    assert int(await redis.dbsize()) == 0
    resp = await post(client, body_of(MIB))
    assert resp.status == 202, (await resp.text())[:300]


async def test_a_1_mib_task_runs_and_reads_back_whole(
    aiohttp_client: AiohttpClient, settings: Settings, redis: Redis, storage: TaskStorage
) -> None:
    client = await start(aiohttp_client, settings)
    body = body_of(MIB)
    resp = await post(client, body)
    assert resp.status == 202, (await resp.text())[:300]
    task_id = (await resp.json())["task_id"]
    async with running_worker(settings):  # through arq, the worker's hooks and Redis with a 1 MiB record
        await until(lambda: status_is(storage, task_id, "completed"), timeout=30)
    resp = await client.get(f"/api/v1/tasks/{task_id}", headers=ADMIN)
    assert resp.status == 200
    task = await resp.json()
    sent = msgspec.json.decode(body)["task_data"]
    assert task["task_data"] == sent and task["result"] == {"echo": sent}
    listing = await client.get(f"/api/v1/projects/{task['project_id']}/tasks", headers=ADMIN)
    assert listing.status == 200 and (await listing.json())["tasks"][0]["task_id"] == task_id
