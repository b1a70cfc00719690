"""The queue-wait histogram: filed by start.lua's existing counter update (no command of its own), per type,
once per task (its first start), and shown as taskservice_task_queue_wait_seconds in seconds."""

from __future__ import annotations

import pytest
from pytest_aiohttp import AiohttpClient
from redis.asyncio import Redis

from service.config import Settings
from service.storage import TaskStorage, keys
from service.storage.codec import score_of
from service.storage.metrics import WAIT_BUCKETS, bucket_for
from tests.api_support import evaluate, start, submit
from tests.metrics_support import samples_of
from tests.worker_support import counters

WAIT = "taskservice_task_queue_wait_seconds"


def test_waits_fall_in_their_bucket() -> None:
    assert bucket_for(4_000, WAIT_BUCKETS) == "0.005"
    assert bucket_for(1_000_000, WAIT_BUCKETS) == "1.0"
    assert bucket_for(900 * 1_000_000, WAIT_BUCKETS) == "1800.0"
    assert bucket_for(2 * 3600 * 1_000_000, WAIT_BUCKETS) == "+Inf"


#: What one first start costs, commands run by start.lua included: the same with the queue-wait histogram as
#: without it (its fields ride on the counters' HMGET and HSET of the global hash).
START_COMMANDS = {"hmget": 4, "evalsha": 1, "zrem": 2, "zadd": 2, "hset": 3, "xadd": 1, "hgetall": 1}


async def commands(redis: Redis) -> dict[str, int]:
    stats = await redis.info("commandstats")
    calls = {name.removeprefix("cmdstat_"): int(value["calls"]) for name, value in stats.items()}
    # the event stream's periodic trim (_events.lua) comes and goes with the stream's ids, not with this change
    left_out = ("info", "config|resetstat", "xlen", "xrange", "xtrim")
    return {name: n for name, n in calls.items() if name not in left_out}


async def test_first_start_files_the_wait_in_the_same_commands(storage: TaskStorage, redis: Redis) -> None:
    warm, task_id = [(await storage.create(project_id="p", task_type="echo", task_data={})).task_id for _ in "ab"]
    await storage.start(warm, 1)  # the script is loaded (a first EVALSHA may need a SCRIPT LOAD)
    await redis.config_resetstat()
    moved = await storage.start(task_id, 1, worker_id="w", worker_queue=storage.queue_name)
    assert await commands(redis) == START_COMMANDS

    figures = await counters(redis)
    assert (figures["echo:wait_count"], sum(v for k, v in figures.items() if ":wait_bucket:" in k)) == (2, 2)
    assert moved.task.started_at is not None
    waited_us = score_of(moved.task.started_at) - score_of(moved.task.created_at)
    assert figures[f"echo:wait_bucket:{bucket_for(waited_us, WAIT_BUCKETS)}"] >= 1
    assert "wait_count" not in figures  # per type only, like the duration buckets
    assert not any(":wait_" in k for k in await counters(redis, keys.project_metrics("p")))


async def test_later_attempts_do_not_count_a_wait(storage: TaskStorage, redis: Redis) -> None:
    task_id = (await storage.create(project_id="p", task_type="echo", task_data={})).task_id
    await storage.start(task_id, 1)
    await storage.start(task_id, 2)  # a retry: its time since creation includes the first run
    assert (await counters(redis))["echo:wait_count"] == 1


async def test_metrics_show_the_wait_histogram_in_seconds(
    aiohttp_client: AiohttpClient, settings: Settings, storage: TaskStorage, redis: Redis
) -> None:
    client = await start(aiohttp_client, settings)
    task_ids = [(await submit(client, evaluate()))["task_id"] for _ in range(2)]
    for task_id in task_ids:
        await storage.start(task_id, 1)
    await redis.hset(keys.METRICS, "evaluate_department:wait_us_total", 3_500_000)  # type: ignore[misc]

    samples = samples_of(await (await client.get("/metrics")).text())
    label = (("task_type", "evaluate_department"),)
    assert samples[(f"{WAIT}_count", label)] == 2
    assert samples[(f"{WAIT}_sum", label)] == pytest.approx(3.5)
    assert samples[(f"{WAIT}_bucket", (("le", "+Inf"), *label))] == 2
    assert samples[(f"{WAIT}_bucket", (("le", "3600.0"), *label))] == 2
    assert (f"{WAIT}_count", (("task_type", "echo"),)) not in samples  # no start of that type yet
