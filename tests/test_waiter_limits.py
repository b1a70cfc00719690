"""`?wait=` long-polls: they stop with their client, cost Redis nothing while held, and are bounded.

Also the plain GET of a foreign task (issue 7 item 9): it must never read the record out of Redis.
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

import aiohttp
import msgspec
import pytest
from aiohttp import web
from pytest_aiohttp import AiohttpClient
from redis.asyncio import Redis

from service.api import server
from service.api.app import create_app
from service.api.appkeys import WAITER
from service.config import Settings
from service.models import TaskStatus
from service.storage import Ending, TaskStorage, keys
from tests.api_support import ADMIN, SCOPED, Client, echo, error_of, start, submit
from tests.constants import ADMIN_KEY, SCOPED_PROJECT
from tests.waiting import until

MISSING = "00000000-0000-4000-8000-000000000000"
_NOT_COUNTED = {"cmdstat_info", "cmdstat_client", "cmdstat_hello", "cmdstat_select", "cmdstat_auth"}


@asynccontextmanager
async def served(settings: Settings) -> AsyncIterator[tuple[web.Application, int]]:
    """The app served the way `python -m service` serves it (ApiRunner); yields it and its port."""
    app = create_app(settings)
    runner = await server.start(app, "127.0.0.1", 0, shutdown_grace=1.0)
    try:
        yield app, int(runner.addresses[0][1])
    finally:
        await runner.cleanup()


@asynccontextmanager
async def hung_up_waits(port: int, task_ids: list[str]) -> AsyncIterator[list[asyncio.StreamWriter]]:
    """Raw `GET ?wait=60` requests whose answers are never read; closing a writer hangs up (all at the end)."""
    writers: list[asyncio.StreamWriter] = []
    try:
        for task_id in task_ids:
            _, writer = await asyncio.open_connection("127.0.0.1", port)
            writers.append(writer)
            path = f"/api/v1/tasks/{task_id}?wait=60"
            writer.write(f"GET {path} HTTP/1.1\r\nHost: x\r\nX-API-Key: {ADMIN_KEY}\r\n\r\n".encode())
        yield writers
    finally:
        for writer in writers:
            writer.close()
        await asyncio.gather(*(writer.wait_closed() for writer in writers), return_exceptions=True)


async def command_calls(redis: Redis) -> dict[str, int]:
    """Calls per Redis command so far (INFO commandstats), without INFO's own and a new connection's set-up."""
    stats: dict[str, Any] = await redis.info("commandstats")
    # Redis 7 counts subcommands apart ("cmdstat_client|setname")
    return {name: int(stat["calls"]) for name, stat in stats.items() if name.partition("|")[0] not in _NOT_COUNTED}


def delta(before: dict[str, int], after: dict[str, int]) -> dict[str, int]:
    return {name: calls - before.get(name, 0) for name, calls in after.items() if calls != before.get(name, 0)}


@pytest.fixture
async def client(aiohttp_client: AiohttpClient, settings: Settings, redis: Redis) -> Client:
    return await start(aiohttp_client, settings)


async def test_waiters_stop_when_their_clients_disconnect(settings: Settings, redis: Redis) -> None:
    async with served(settings) as (app, port):
        async with session(port) as http:
            task_ids = [(await submit_raw(http))["task_id"] for _ in range(3)]
        async with hung_up_waits(port, task_ids * 10) as writers:
            await holding(app, 30)
            for writer in writers:
                writer.close()

            async def all_gone() -> bool:  # well before the 60 s they asked for
                return bool(app[WAITER].waiting == 0 and not app[WAITER].tasks)

            await until(all_gone, timeout=5)


def session(port: int) -> aiohttp.ClientSession:
    return aiohttp.ClientSession(f"http://127.0.0.1:{port}", headers=ADMIN)


async def holding(app: web.Application, count: int) -> None:
    """Until the app's waiter holds exactly `count` requests."""

    async def check() -> bool:
        return bool(app[WAITER].waiting == count)

    await until(check)


async def submit_raw(http: aiohttp.ClientSession) -> dict[str, Any]:
    async with http.post("/api/v1/tasks/submit", json=echo()) as resp:
        assert resp.status == 202
        task: dict[str, Any] = await resp.json()
        return task


async def test_a_held_wait_costs_redis_nothing(client: Client, redis: Redis) -> None:
    task_id = (await submit(client))["task_id"]
    request = asyncio.create_task(client.get(f"/api/v1/tasks/{task_id}?wait=2", headers=ADMIN))

    async def parked() -> bool:
        return bool(client.app[WAITER].waiting == 1)

    await until(parked)
    before = await command_calls(redis)
    resp = await asyncio.wait_for(request, 10)  # the request's own 2 s are the window watched
    assert resp.status == 200 and (await resp.json())["status"] == "queued"
    # One read when time is up; the old waiter re-read the record every 0.5 s.
    assert delta(before, await command_calls(redis)) == {"cmdstat_hgetall": 1}


async def test_a_lost_final_event_is_recovered_when_the_subscription_returns(
    client: Client, storage: TaskStorage, redis: Redis
) -> None:
    task_id = (await submit(client))["task_id"]
    request = asyncio.create_task(client.get(f"/api/v1/tasks/{task_id}?wait=30", headers=ADMIN))

    async def parked() -> bool:
        return bool(client.app[WAITER].waiting == 1 and await redis.pubsub_numpat() == 1)

    await until(parked)
    assert await redis.client_kill_filter(_type="pubsub") == 1  # the process's one subscription
    await storage.start(task_id, 1)
    await storage.finish(task_id, 1, Ending(TaskStatus.COMPLETED))  # published to nobody
    resp = await asyncio.wait_for(request, 10)  # woken by the re-subscription, far before 30 s
    assert (resp.status, (await resp.json())["status"]) == (200, "completed")


async def test_waiters_beyond_the_per_task_limit_get_429(settings: Settings, redis: Redis) -> None:
    limited = msgspec.structs.replace(settings, max_waiters=10, max_waiters_per_task=2)
    async with served(limited) as (app, port), session(port) as http:
        task_id = (await submit_raw(http))["task_id"]
        other_id = (await submit_raw(http))["task_id"]
        async with hung_up_waits(port, [task_id, task_id]):
            await holding(app, 2)
            async with http.get(f"/api/v1/tasks/{task_id}?wait=30") as resp:
                error = await asyncio.wait_for(error_of(resp, 429, "rate_limited"), 10)
                assert resp.headers["Retry-After"] == "1"
            assert "2 requests are already waiting on this task" in error["message"]
            async with http.get(f"/api/v1/tasks/{other_id}?wait=0.1") as other:
                assert other.status == 200  # another task is not affected


async def test_waiters_beyond_the_process_limit_get_503(settings: Settings, redis: Redis) -> None:
    limited = msgspec.structs.replace(settings, max_waiters=3, max_waiters_per_task=100)
    async with served(limited) as (app, port), session(port) as http:
        task_ids = [(await submit_raw(http))["task_id"] for _ in range(4)]
        async with hung_up_waits(port, task_ids[:3]) as writers:
            await holding(app, 3)
            async with http.get(f"/api/v1/tasks/{task_ids[3]}?wait=30") as resp:
                error = await asyncio.wait_for(error_of(resp, 503, "unavailable"), 10)
                assert resp.headers["Retry-After"] == "1"
            assert "maximum of 3 waiting requests" in error["message"]
            writers[0].close()  # one leaves: there is room again
            await holding(app, 2)
            async with http.get(f"/api/v1/tasks/{task_ids[3]}?wait=0.1") as resp:
                assert resp.status == 200


async def test_a_foreign_task_is_never_read_and_answers_like_a_missing_one(client: Client, redis: Redis) -> None:
    big = echo(task_data={"blob": "x" * 200_000})
    foreign = (await submit(client, big))["task_id"]
    before = await command_calls(redis)
    got = await client.get(f"/api/v1/tasks/{foreign}", headers=SCOPED)
    assert "cmdstat_hgetall" not in delta(before, await command_calls(redis))  # the record never left Redis
    missing = await client.get(f"/api/v1/tasks/{MISSING}", headers=SCOPED)
    answers = [
        repr(await error_of(resp, 404, "not_found")).replace(id_, "ID")
        for resp, id_ in ((got, foreign), (missing, MISSING))
    ]
    assert answers[0] == answers[1]  # the same answer, but for the id it may quote
    assert (await client.get(f"/api/v1/tasks/{foreign}", headers=ADMIN)).status == 200  # still there


async def test_a_scoped_key_reads_its_own_task_in_one_round_trip(client: Client, redis: Redis) -> None:
    task = await submit(client, echo(SCOPED_PROJECT), headers=SCOPED)
    before = await command_calls(redis)
    resp = await client.get(f"/api/v1/tasks/{task['task_id']}", headers=SCOPED)
    assert resp.status == 200 and await resp.json() == task
    assert delta(before, await command_calls(redis)) == {"cmdstat_evalsha": 1, "cmdstat_hget": 1, "cmdstat_hgetall": 1}
    assert await redis.exists(keys.task(task["task_id"]))


async def test_submits_cut_off_by_their_clients_leave_consistent_records(settings: Settings, redis: Redis) -> None:
    """Guard for ApiRunner's handler cancellation: a submit cancelled anywhere writes all or nothing."""
    body = json.dumps(echo()).encode()
    head = f"POST /api/v1/tasks/submit HTTP/1.1\r\nHost: x\r\nX-API-Key: {ADMIN_KEY}\r\n"
    request = f"{head}Content-Type: application/json\r\nContent-Length: {len(body)}\r\n\r\n".encode() + body
    async with served(settings) as (app, port):
        for attempt in range(60):
            _, writer = await asyncio.open_connection("127.0.0.1", port)
            writer.write(request)
            await asyncio.sleep(attempt % 6 / 2000)  # hang up 0-2.5 ms after sending: before, during, after
            writer.close()
        async with session(port) as http:
            task_id = (await submit_raw(http))["task_id"]
            async with http.get(f"/api/v1/tasks/{task_id}") as resp:  # replies still matched in order
                assert (await resp.json())["task_id"] == task_id
    records = len([key async for key in redis.scan_iter(match=keys.task("*"), count=1000)])
    counted = int(await redis.hget(keys.METRICS, "total_tasks") or 0)  # type: ignore[misc]
    queued = await redis.zcard(settings.queue_name)
    assert records == counted == queued == await redis.zcard(keys.ACTIVE_TASKS) >= 1
