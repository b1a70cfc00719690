"""REDIS_WAIT_REPLICAS against the suite's own Redis, which has no replica: the WAIT path without a cluster.

Off (the default), no WAIT is ever sent; on, a create or a final transition that no replica confirmed raises
NotReplicated although Redis applied it, and the API answers 503 — the task exists, and a repeat with the same
Idempotency-Key finds it. tests/test_sentinel_client.py and tests/test_failover.py run it with real replicas.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator

import msgspec
import pytest
from pytest_aiohttp import AiohttpClient
from redis.asyncio import Redis

from service.config import Settings
from service.models import TaskStatus
from service.storage import Ending, NotReplicated, TaskStorage, keys
from service.storage.client import connect
from service.storage.durable import Durability
from tests.api_support import ADMIN, PROJECT, echo, error_of, start

NO_REPLICA = Durability(1, 20)


async def wait_calls(redis: Redis) -> int:
    stats = await redis.info("commandstats")
    return int(stats.get("cmdstat_wait", {}).get("calls", 0))


@pytest.fixture(params=[True, False], ids=["pipelined", "redis-py"])
async def durable(request: pytest.FixtureRequest, redis_url: str) -> AsyncIterator[TaskStorage]:
    client = connect(redis_url, pipelining=request.param)
    storage = TaskStorage(client, retention_seconds=3600, queue_name="arq:queue", durability=NO_REPLICA)
    yield storage
    await storage.aclose()
    await client.aclose()


async def test_off_by_default_sends_no_wait(storage: TaskStorage, redis: Redis) -> None:
    before = await wait_calls(redis)
    tasks = await asyncio.gather(
        *(storage.create(project_id=PROJECT, task_type="echo", task_data={}) for _ in range(5))
    )
    await storage.start(tasks[0].task_id, 1)
    await storage.finish(tasks[0].task_id, 1, Ending(TaskStatus.COMPLETED, result_json="1"))
    await storage.cancel(tasks[1].task_id)
    assert await wait_calls(redis) == before


async def test_an_unconfirmed_create_is_not_replicated_yet_written(durable: TaskStorage, redis: Redis) -> None:
    before = await wait_calls(redis)
    with pytest.raises(NotReplicated, match="0 of 1"):
        await durable.create(project_id=PROJECT, task_type="echo", task_data={}, task_id=TASK_ID)
    assert (await durable.get(TASK_ID)).status is TaskStatus.QUEUED  # applied: a failover may or may not keep it
    assert await wait_calls(redis) == before + 1


async def test_final_transitions_wait_and_start_does_not(
    durable: TaskStorage, storage: TaskStorage, redis: Redis
) -> None:
    task = await storage.create(project_id=PROJECT, task_type="echo", task_data={})
    before = await wait_calls(redis)
    await durable.start(task.task_id, 1)
    assert await wait_calls(redis) == before  # a lost start is redone: not worth a WAIT
    with pytest.raises(NotReplicated):
        await durable.finish(task.task_id, 1, Ending(TaskStatus.COMPLETED, result_json="1"))
    assert (await durable.get(task.task_id)).status is TaskStatus.COMPLETED
    other = await storage.create(project_id=PROJECT, task_type="echo", task_data={})
    with pytest.raises(NotReplicated):
        await durable.cancel(other.task_id)
    assert await wait_calls(redis) == before + 2


async def test_the_api_answers_503_and_the_idempotency_key_finds_the_task(
    aiohttp_client: AiohttpClient, settings: Settings, redis: Redis
) -> None:
    waiting = msgspec.structs.replace(settings, redis_wait_replicas=1, redis_wait_replicas_seconds=0.02)
    client = await start(aiohttp_client, waiting)
    headers = {**ADMIN, "Idempotency-Key": "once"}
    for _ in range(2):  # the repeat is refused the same way while no replica confirms
        error = await error_of(
            await client.post("/api/v1/tasks/submit", json=echo(), headers=headers), 503, "unavailable"
        )
        assert error["details"] == [{"component": "redis", "reason": "replicas did not confirm"}]
    assert await redis.zcard(keys.project_index(PROJECT)) == 1  # written once, under the key's claim


TASK_ID = "5d6f1c2e-8a9b-4c3d-9e8f-7a6b5c4d3e2f"
