"""The Redis pools of API and worker are bounded (commands wait, with a deadline) and close idle connections."""

from __future__ import annotations

import asyncio
import random
import time
import uuid
from collections import Counter

import aiohttp
import msgspec
import pytest
from pytest_aiohttp import AiohttpClient
from redis.asyncio import Redis
from redis.exceptions import ConnectionError as RedisConnectionError

from service.api.app import CLIENT_NAME
from service.api.appkeys import REDIS
from service.config import Settings
from service.storage.client import WAITERS_PER_CONNECTION, connect
from tests.api_support import ADMIN, Client, error_of, start
from tests.waiting import until
from tests.worker_support import build_worker, close_worker

MISSING_TASK = f"/api/v1/tasks/{uuid.uuid4()}"


async def named(redis: Redis, name: str) -> int:
    """How many connections Redis has from clients called `name`."""
    return sum(1 for client in await redis.client_list() if client.get("name") == name)


async def burst(client: Client, count: int, headers: dict[str, str]) -> list[int]:
    """`count` concurrent requests, each on its own HTTP connection (the test client's pool stops at 100)."""
    async with aiohttp.ClientSession(connector=aiohttp.TCPConnector(limit=0, force_close=True)) as session:

        async def one() -> int:
            async with session.get(client.make_url(MISSING_TASK), headers=headers) as resp:
                return resp.status

        return await asyncio.gather(*(one() for _ in range(count)))


def pooled(settings: Settings, **fields: object) -> Settings:
    return msgspec.structs.replace(settings, **fields)


async def test_a_pool_never_opens_more_than_its_maximum(redis_url: str, redis: Redis) -> None:
    client = connect(redis_url, max_connections=5, name="bounded")
    try:
        counts = await asyncio.gather(*(client.incr("n") for _ in range(1000)))
        assert sorted(counts) == list(range(1, 1001))  # every command waited for a connection and ran
        assert 1 <= await named(redis, "bounded") <= 5
    finally:
        await client.aclose()


async def test_a_cancelled_command_is_cancelled(redis_url: str) -> None:
    """A cancellation is never lost: with redis-py's send (wait_for around the drain, Python 3.11) about 5 % of
    these commands ran on as if not cancelled, and a worker's background loop then never stopped."""
    client = connect(redis_url, timeout=5, connect_timeout=2)
    outcomes: Counter[str] = Counter()

    async def command() -> None:
        try:
            await client.set("k", "v")
        except asyncio.CancelledError:
            outcomes["cancelled"] += 1
            raise
        current = asyncio.current_task()
        outcomes["lost" if current is not None and current.cancelling() else "done first"] += 1

    jitter = random.Random(7)
    try:
        for _ in range(2000):
            task = asyncio.create_task(command())
            await asyncio.sleep(jitter.uniform(0, 0.0005))  # lands before, during and after the write and reply
            task.cancel()
            await asyncio.wait({task})
    finally:
        await client.aclose()
    assert outcomes["lost"] == 0, outcomes
    assert outcomes["cancelled"] > 0, outcomes  # the cancels did land mid-command


async def test_a_command_waits_no_longer_than_the_deadline(redis_url: str, redis: Redis) -> None:
    client = connect(redis_url, max_connections=1, wait_timeout=0.3)
    try:
        holder = asyncio.create_task(client.blpop(["held"], timeout=10))  # takes the only connection
        await until(lambda: named_in_use(client, 1))
        started = time.monotonic()
        with pytest.raises(RedisConnectionError, match="no Redis connection free"):
            await client.get("x")
        assert time.monotonic() - started < 3
        await redis.rpush("held", "go")
        assert await holder == ("held", "go")
        assert await client.get("x") is None  # the connection came back and serves again
    finally:
        await client.aclose()


async def named_in_use(client: Redis, count: int) -> bool:
    return len(client.connection_pool._in_use_connections) == count


async def test_a_cancelled_waiter_does_not_take_the_connection_with_it(redis_url: str, redis: Redis) -> None:
    client = connect(redis_url, max_connections=1, wait_timeout=5, name="single")
    try:
        holder = asyncio.create_task(client.blpop(["held"], timeout=10))
        await until(lambda: named_in_use(client, 1))
        waiting = [asyncio.create_task(client.get("x")) for _ in range(3)]
        await asyncio.sleep(0)  # they queue for the connection
        for task in waiting[:2]:
            task.cancel()
        await redis.rpush("held", "go")
        await holder
        assert await asyncio.wait_for(waiting[2], 3) is None  # the one left gets it, past the cancelled ones
        assert await asyncio.wait_for(client.get("x"), 3) is None
        assert await named(redis, "single") == 1
    finally:
        await client.aclose()


async def test_idle_connections_are_closed_after_a_burst(redis_url: str, redis: Redis) -> None:
    client = connect(redis_url, max_connections=50, idle_seconds=0.5, name="bursty")
    try:
        await asyncio.gather(*(client.incr("n") for _ in range(500)))
        assert await named(redis, "bursty") > 5  # the burst did open many
        await until(lambda: _at_most(redis, "bursty", 0), timeout=10)  # no traffic: all of them go
    finally:
        await client.aclose()


async def _at_most(redis: Redis, name: str, count: int) -> bool:
    return await named(redis, name) <= count


async def test_api_holds_at_most_its_maximum_under_1000_concurrent_requests(
    aiohttp_client: AiohttpClient, settings: Settings, redis: Redis
) -> None:
    client = await start(aiohttp_client, pooled(settings, redis_max_connections=10, redis_idle_seconds=60.0))
    statuses = await burst(client, 1000, {"X-API-Key": "guess"})
    assert set(statuses) <= {401, 429} and statuses.count(429) > 900, statuses  # nothing failed for want of Redis
    assert 1 <= await named(redis, CLIENT_NAME) <= 10 + 1  # the pool, plus the waiter's subscription


async def test_api_falls_back_to_few_connections_after_a_burst(
    aiohttp_client: AiohttpClient, settings: Settings, redis: Redis
) -> None:
    client = await start(aiohttp_client, pooled(settings, redis_idle_seconds=0.5))
    await burst(client, 300, {"X-API-Key": "guess"})
    assert await named(redis, CLIENT_NAME) > 5

    async def few_while_served() -> bool:  # light traffic goes on: it keeps one connection busy, not the burst's
        assert (await client.get(MISSING_TASK, headers=ADMIN)).status == 404
        return await _at_most(redis, CLIENT_NAME, 2)

    await until(few_while_served, timeout=10, interval=0.05)


async def test_api_answers_503_when_no_connection_frees_in_time(
    aiohttp_client: AiohttpClient, settings: Settings, redis: Redis
) -> None:
    client = await start(aiohttp_client, pooled(settings, redis_max_connections=2, redis_wait_seconds=0.5))
    app_redis: Redis = client.server.app[REDIS]
    holders = [asyncio.create_task(app_redis.blpop([f"held{i}"], timeout=10)) for i in range(2)]
    await until(lambda: named_in_use(app_redis, 2))
    error = await error_of(await client.get(MISSING_TASK, headers={"X-API-Key": "guess"}), 503, "unavailable")
    assert error["details"] == [{"component": "redis", "reason": "unreachable or failing"}]
    for i in range(2):
        await redis.rpush(f"held{i}", "go")
    await asyncio.gather(*holders, return_exceptions=True)  # a holder may itself have waited in vain
    await error_of(await client.get(MISSING_TASK, headers={"X-API-Key": "guess"}), 401, "unauthorized")


async def test_worker_arq_pool_is_bounded(settings: Settings, redis: Redis) -> None:
    worker = build_worker(pooled(settings, redis_max_connections=3))
    try:
        await asyncio.gather(*(worker.pool.incr("n") for _ in range(300)))
        assert await redis.get("n") == "300"
        assert 1 <= await named(redis, "worker-arq") <= 3
    finally:
        await close_worker(worker)


async def test_a_connection_handed_to_a_waiter_cancelled_at_that_moment_goes_back(redis_url: str) -> None:
    client = connect(redis_url, max_connections=1)
    pool = client.connection_pool
    try:
        connection = await pool.get_connection()
        waiter = asyncio.create_task(pool.get_connection())
        await asyncio.sleep(0)  # it queues for the only connection
        await pool.release(connection)  # handed to the waiter, which has not run yet...
        waiter.cancel()  # ...and is cancelled before it could use it
        with pytest.raises(asyncio.CancelledError):
            await waiter
        assert (len(pool._in_use_connections), len(pool._available_connections)) == (0, 1)
    finally:
        await client.aclose()


async def test_the_queue_of_waiting_commands_is_bounded(redis_url: str, redis: Redis) -> None:
    client = connect(redis_url, max_connections=1, wait_timeout=1.0)
    try:
        holder = asyncio.create_task(client.blpop(["held"], timeout=10))
        await until(lambda: named_in_use(client, 1))
        queued = [asyncio.create_task(client.get("x")) for _ in range(WAITERS_PER_CONNECTION)]
        await asyncio.sleep(0)  # they all queue
        started = time.monotonic()
        with pytest.raises(RedisConnectionError, match="already wait"):
            await client.get("x")
        assert time.monotonic() - started < 0.5  # refused at once, not after the wait deadline
        outcomes = await asyncio.gather(*queued, return_exceptions=True)
        assert all(isinstance(outcome, RedisConnectionError) for outcome in outcomes)  # each its own deadline
        waiting = asyncio.create_task(client.get("x"))  # the expired waiters left the queue: room again
        await redis.rpush("held", "go")
        await holder
        assert await asyncio.wait_for(waiting, 3) is None
    finally:
        await client.aclose()
