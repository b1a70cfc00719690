"""POST /api/v1/tasks/batch: all or nothing, one step in Redis, idempotent as a whole, its own body limit."""

from __future__ import annotations

import asyncio
import uuid
from typing import Any

import msgspec
import pytest
from pytest_aiohttp import AiohttpClient
from redis.asyncio import Redis

from service.config import Settings
from service.storage import TaskStorage, keys
from service.storage.batch import BatchCreated, batch_args, batch_keys
from service.storage.codec import stamp
from service.storage.scripts import register
from service.storage.submit import new_task
from tests.api_support import ADMIN, OTHER_PROJECT, PROJECT, SCOPED, Client, echo, error_of, evaluate, start
from tests.constants import SCOPED_PROJECT
from tests.worker_support import counters, run_burst

BATCH = "/api/v1/tasks/batch"


@pytest.fixture
async def client(aiohttp_client: AiohttpClient, settings: Settings, redis: Redis) -> Client:
    return await start(aiohttp_client, settings)


async def post(client: Client, items: list[Any], headers: dict[str, str] = ADMIN) -> Any:
    return await client.post(BATCH, json={"tasks": items}, headers=headers)


async def all_keys(redis: Redis) -> set[str]:
    return {key async for key in redis.scan_iter("*")}


async def test_batch_writes_every_record_job_and_counter_in_order(
    client: Client, redis: Redis, settings: Settings
) -> None:
    items = [echo(task_data={"n": i}) for i in range(5)] + [evaluate(), echo(OTHER_PROJECT), evaluate(OTHER_PROJECT)]
    resp = await post(client, items)
    assert resp.status == 202, await resp.text()
    tasks = (await resp.json())["tasks"]
    asked = [(item["project_id"], item["task_type"]) for item in items]
    assert [(t["project_id"], t["task_type"]) for t in tasks] == asked
    assert [t["task_data"]["n"] for t in tasks[:5]] == list(range(5))
    assert len({t["task_id"] for t in tasks}) == len(items) and {t["status"] for t in tasks} == {"queued"}
    for task in tasks:
        assert await redis.hget(keys.task(task["task_id"]), "status") == "queued"  # type: ignore[misc]
        assert await redis.exists(keys.arq_job(task["task_id"])) == 1
        assert await redis.zscore(settings.queue_name, task["task_id"]) is not None
    assert await counters(redis) == {
        "total_tasks": 8, "queued_tasks": 8, "echo:total_tasks": 6, "echo:queued_tasks": 6,
        "evaluate_department:total_tasks": 2, "evaluate_department:queued_tasks": 2,
    }  # fmt: skip
    mine = await counters(redis, keys.project_metrics(PROJECT))
    assert (mine["total_tasks"], mine["echo:queued_tasks"], mine["evaluate_department:total_tasks"]) == (6, 5, 1)
    assert (await counters(redis, keys.project_metrics(OTHER_PROJECT)))["total_tasks"] == 2
    listed = await client.get(f"/api/v1/projects/{PROJECT}/tasks?order=asc", headers=ADMIN)
    assert [t["task_id"] for t in (await listed.json())["tasks"]] == [t["task_id"] for t in tasks[:6]]


async def test_invalid_items_are_all_named_and_nothing_is_written(client: Client, redis: Redis) -> None:
    await post(client, [echo()])  # something there already, so "nothing written" is not "empty"
    before = await all_keys(redis)
    items = [echo(), evaluate(threshold=101), echo(), {"project_id": PROJECT}, echo(task_type="nope"), 7]
    error = await error_of(await post(client, items), 422, "validation_error")
    fields = [detail["field"] for detail in error["details"]]
    assert fields == ["$.tasks[3].task_type", "$.tasks[5]"]  # shape first: no item is looked at further
    items[3], items[5] = echo(), echo()
    error = await error_of(await post(client, items), 422, "validation_error")
    assert [d["field"] for d in error["details"]] == ["$.tasks[1].task_data.threshold", "$.tasks[4].task_type"]
    assert error["message"].startswith("$.tasks[1].task_data.threshold: ")
    assert await all_keys(redis) == before


async def test_foreign_project_is_403_and_nothing_is_written(client: Client, redis: Redis) -> None:
    before = await all_keys(redis)
    resp = await post(client, [echo(SCOPED_PROJECT), echo(SCOPED_PROJECT), echo(OTHER_PROJECT)], headers=SCOPED)
    await error_of(resp, 403, "forbidden")
    assert await all_keys(redis) == before
    assert (await post(client, [echo(SCOPED_PROJECT)] * 2, headers=SCOPED)).status == 202


async def test_a_thousand_items_pass_and_one_more_is_refused(client: Client, redis: Redis) -> None:
    error = await error_of(await post(client, [echo()] * 1001), 422, "validation_error")
    assert error["details"][0]["field"] == "$.tasks"
    error = await error_of(await post(client, []), 422, "validation_error")
    assert await all_keys(redis) == set()
    resp = await post(client, [echo()] * 1000)
    assert resp.status == 202, await resp.text()
    assert len((await resp.json())["tasks"]) == 1000
    assert (await counters(redis))["queued_tasks"] == 1000
    assert await redis.zcard(keys.ACTIVE_TASKS) == 1000


async def test_idempotency_key_covers_the_whole_batch(client: Client, redis: Redis) -> None:
    headers = {**ADMIN, "Idempotency-Key": "batch-1"}
    first = await post(client, [echo(), evaluate()], headers)
    assert first.status == 202
    again = await post(client, [echo(), evaluate()], headers)
    assert again.status == 202
    assert await again.json() == await first.json()
    assert (await counters(redis))["total_tasks"] == 2
    await error_of(await post(client, [echo(), echo()], headers), 409, "conflict")
    single = await client.post("/api/v1/tasks/submit", json=echo(), headers=headers)
    await error_of(single, 409, "conflict")
    ids = [t["task_id"] for t in (await first.json())["tasks"]]
    claim = [key async for key in redis.scan_iter("idempotency:*")]
    assert len(claim) == 1 and abs(await redis.pttl(claim[0]) - await redis.pttl(keys.task(ids[0]))) < 1000
    assert (await counters(redis))["total_tasks"] == 2


async def test_body_over_the_batch_limit_is_413_and_its_own_setting(
    aiohttp_client: AiohttpClient, settings: Settings, redis: Redis
) -> None:
    limits = msgspec.structs.replace(settings, max_body_bytes=4096, max_batch_body_bytes=64 * 1024)
    client = await start(aiohttp_client, limits)
    items = [echo(task_data={"pad": "x" * 1000}) for _ in range(20)]  # ~21 KB: over the single-request limit
    assert (await post(client, items)).status == 202
    big = [echo(task_data={"pad": "x" * 1000}) for _ in range(80)]  # ~85 KB
    error = await error_of(await post(client, big), 413, "payload_too_large")
    assert "65536" in error["message"]
    single = await client.post("/api/v1/tasks/submit", json=items[0] | {"metadata": {"p": "y" * 4000}}, headers=ADMIN)
    await error_of(single, 413, "payload_too_large")
    assert (await counters(redis))["total_tasks"] == 20


async def test_a_batch_costs_its_size_in_rate_limit_tokens(
    aiohttp_client: AiohttpClient, settings: Settings, redis: Redis
) -> None:
    limited = msgspec.structs.replace(settings, rate_limit_per_second=0.01, rate_limit_burst=10)
    client = await start(aiohttp_client, limited)
    assert (await post(client, [echo()] * 8)).status == 202  # 8 of 10 tokens
    assert (await post(client, [echo()] * 2)).status == 202  # the last 2
    error = await error_of(await post(client, [echo()]), 429, "rate_limited")
    assert error["details"][0]["retry_after_seconds"] >= 1
    assert (await counters(redis))["total_tasks"] == 10


async def test_a_batch_bigger_than_the_burst_leaves_a_debt(
    aiohttp_client: AiohttpClient, settings: Settings, redis: Redis
) -> None:
    limited = msgspec.structs.replace(settings, rate_limit_per_second=1, rate_limit_burst=5)
    client = await start(aiohttp_client, limited)
    assert (await post(client, [echo()] * 50)).status == 202
    error = await error_of(await client.post("/api/v1/tasks/submit", json=echo(), headers=ADMIN), 429, "rate_limited")
    assert error["details"][0]["retry_after_seconds"] >= 40  # about 45 s of refill owed


async def test_a_worker_runs_a_batch_to_the_end(
    client: Client, settings: Settings, storage: TaskStorage, redis: Redis
) -> None:
    resp = await post(client, [echo(task_data={"n": i}) for i in range(10)] + [evaluate()])
    tasks = (await resp.json())["tasks"]
    await run_burst(settings)
    done = [await storage.get(t["task_id"]) for t in tasks]
    assert {t.status.value for t in done} == {"completed"}
    assert [t.result for t in done[:3]] == [{"echo": {"n": i}} for i in range(3)]
    totals = await counters(redis)
    assert (totals["completed_tasks"], totals["queued_tasks"], totals["echo:completed_tasks"]) == (11, 0, 10)


async def test_a_taken_id_inside_a_batch_writes_nothing(storage: TaskStorage, redis: Redis, settings: Settings) -> None:
    taken = await storage.create(project_id=PROJECT, task_type="echo", task_data={})
    before = (await all_keys(redis), await counters(redis), await redis.zcard(settings.queue_name))
    when = stamp()
    tasks = [new_task(when, task_id, project_id=OTHER_PROJECT, task_type="echo", task_data={}) for task_id in
             (str(uuid.uuid4()), taken.task_id, str(uuid.uuid4()))]  # fmt: skip
    script = register(redis).create_batch
    args = batch_args(tasks, when, 60_000, None)
    reply = await script(keys=batch_keys(tasks, settings.queue_name, None), args=args)
    assert BatchCreated(int(reply[0])) is BatchCreated.DUPLICATE
    assert (await all_keys(redis), await counters(redis), await redis.zcard(settings.queue_name)) == before


async def test_concurrent_repeats_of_one_batch_create_it_once(client: Client, redis: Redis) -> None:
    headers = {**ADMIN, "Idempotency-Key": "race"}
    answers = await asyncio.gather(*(post(client, [echo(), evaluate()], headers) for _ in range(8)))
    assert {resp.status for resp in answers} == {202}
    assert len({tuple(t["task_id"] for t in (await resp.json())["tasks"]) for resp in answers}) == 1
    assert (await counters(redis))["total_tasks"] == 2
