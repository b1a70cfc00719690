"""Live events (SSE): their bounds — heartbeats, caps, slow and vanished clients, maximum time, shutdown — and cost."""

from __future__ import annotations

import asyncio
import signal
import socket
import subprocess
import sys
from typing import Any

import aiohttp
import msgspec
import pytest
from pytest_aiohttp import AiohttpClient
from redis.asyncio import Redis

from deploy.redis_local import free_port
from deploy.run_local import wait_healthy
from service.api.appkeys import FEEDS
from service.config import Settings
from service.storage import TaskStorage, keys
from service.storage.errors import DuplicateTask
from tests.api_support import ADMIN, OTHER_PROJECT, PROJECT, Client, echo, error_of, start, submit
from tests.processes import ROOT, service_env, stop
from tests.sse_support import events, next_frame, project_stream, rest, subscriptions, task_stream, watching
from tests.waiting import until

PROJECT_FIELDS = {"task_id", "task_type", "status", "progress", "attempts", "updated_at"}


@pytest.fixture
async def client(aiohttp_client: AiohttpClient, settings: Settings, redis: Redis) -> Client:
    return await start(aiohttp_client, settings)


async def test_heartbeat_comments_while_nothing_happens(aiohttp_client: AiohttpClient, settings: Settings) -> None:
    client = await start(aiohttp_client, msgspec.structs.replace(settings, event_heartbeat_seconds=0.2))
    async with project_stream(client) as resp:
        frame = await next_frame(resp, timeout=5)
    assert frame is not None and frame.comment == "ping"


async def test_subscribers_are_capped_per_project_and_per_process(
    aiohttp_client: AiohttpClient, settings: Settings
) -> None:
    capped = msgspec.structs.replace(settings, max_event_subscribers=3, max_event_subscribers_per_project=2)
    client = await start(aiohttp_client, capped)
    async with project_stream(client) as one, project_stream(client) as two:
        assert (one.status, two.status) == (200, 200)
        async with project_stream(client) as third:
            error = await error_of(third, 429, "rate_limited")
            assert third.headers["Retry-After"] == "1" and error["details"][0]["limit"] == 2
        async with project_stream(client, OTHER_PROJECT) as other:
            assert other.status == 200
            async with project_stream(client, "proj-c") as fourth:
                await error_of(fourth, 503, "unavailable")


async def test_a_client_that_goes_away_costs_nothing(client: Client, storage: TaskStorage) -> None:
    feeds = client.app[FEEDS]
    task = await submit(client)
    resp = await project_stream(client)
    stream = await task_stream(client, task["task_id"])
    await watching(client, 2)
    resp.close()
    stream.close()
    await until(lambda: _gone(feeds))
    await storage.cancel(task["task_id"])  # nobody to deliver to: nothing breaks, nothing waits


async def _gone(feeds: Any) -> bool:
    return feeds.subscribers == 0 and not feeds.feeds


async def test_a_client_that_does_not_read_is_dropped(
    aiohttp_client: AiohttpClient, settings: Settings, storage: TaskStorage
) -> None:
    slow = msgspec.structs.replace(settings, event_queue_size=600, event_send_timeout_seconds=60)
    client = await start(aiohttp_client, slow)
    reader = await project_stream(client)
    await watching(client, 1)
    [mine] = subscriptions(client)
    stalled = await _stalled_stream(client)
    await watching(client, 2)
    [theirs] = subscriptions(client) - {mine}
    sent = 0
    while theirs in subscriptions(client):  # the stalled client's socket buffers fill, then its queue
        await storage.create_batch([echo()] * 500, None)
        sent += 500
        assert sent <= 100_000, "the stalled client was never dropped"
        assert len(await events(reader, 500)) == 500  # the reading client keeps up all along
    # dropped for its queue (long before the send timeout), and nothing more is held for it
    assert theirs.dropped and theirs.pending == 0 and not theirs.batches
    assert subscriptions(client) == {mine} and not mine.dropped
    stalled.close()
    await stalled.wait_closed()
    reader.close()


async def _stalled_stream(client: Client) -> asyncio.StreamWriter:
    """A raw connection with a small receive buffer that asks for the project's stream and never reads it."""
    assert client.port is not None
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 4096)
    sock.setblocking(False)
    await asyncio.get_running_loop().sock_connect(sock, ("127.0.0.1", client.port))
    _, writer = await asyncio.open_connection(sock=sock)
    writer.transport.pause_reading()  # type: ignore[attr-defined]
    request = f"GET /api/v1/projects/{PROJECT}/events HTTP/1.1\r\nHost: x\r\nX-API-Key: {ADMIN['X-API-Key']}\r\n\r\n"
    writer.write(request.encode())
    await writer.drain()
    return writer


async def _subscribed_exactly(client: Client, count: int) -> bool:
    return sum(len(feed.subscribers) for feed in client.app[FEEDS].feeds.values()) == count


async def test_many_watchers_of_one_project_cost_one_read(client: Client, redis: Redis) -> None:
    before = await stream_reads(redis)
    streams = [await project_stream(client).__aenter__() for _ in range(20)]
    await watching(client, 20)
    joined = await stream_reads(redis)
    task = await submit(client)
    for resp in streams:
        assert (await events(resp, 1))[0].json()["task_id"] == task["task_id"]
    after = await stream_reads(redis)
    for resp in streams:
        resp.close()
    # the feed read the stream's end once, when its first client came; then only XREADs, none per client
    assert joined["xrevrange"] - before["xrevrange"] == 1
    assert (after["xrevrange"], after["xrange"]) == (joined["xrevrange"], before["xrange"])


async def stream_reads(redis: Redis) -> dict[str, int]:
    stats = await redis.info("commandstats")
    return {name: stats.get(f"cmdstat_{name}", {}).get("calls", 0) for name in ("xrevrange", "xrange")}


async def test_a_change_refused_or_failed_writes_no_event(storage: TaskStorage, redis: Redis) -> None:
    task = await storage.create(project_id=PROJECT, task_type="echo", task_data={})
    stream = keys.project_events(PROJECT)
    await storage.start(task.task_id, 1)
    assert await redis.xlen(stream) == 2
    await storage.start(task.task_id, 1)  # a repeated hook
    await storage.progress(task.task_id, 0, PROJECT)  # no change
    with pytest.raises(DuplicateTask):
        await storage.create(project_id=PROJECT, task_type="echo", task_data={}, task_id=task.task_id)
    assert await redis.xlen(stream) == 2
    await storage.cancel(task.task_id)
    await storage.cancel(task.task_id)
    assert [e["status"] for _, e in await redis.xrange(stream)] == ["queued", "processing", "cancelled"]


async def test_a_stream_ends_after_its_maximum_time(aiohttp_client: AiohttpClient, settings: Settings) -> None:
    client = await start(aiohttp_client, msgspec.structs.replace(settings, event_stream_max_seconds=0.3))
    task = await submit(client)
    async with project_stream(client) as resp:
        assert await rest(resp) == []  # ends by itself, cleanly (the client reconnects with Last-Event-ID)
    async with task_stream(client, task["task_id"]) as resp:
        assert [f.json()["status"] for f in await rest(resp)] == ["queued"]
    assert client.app[FEEDS].subscribers == 0


async def test_a_stopping_api_ends_its_streams_at_once(redis_url: str) -> None:
    """SIGTERM: open streams end (their clients reconnect elsewhere) instead of holding the shutdown grace."""
    env = service_env(redis_url, ADMIN["X-API-Key"])
    port = free_port()
    proc = subprocess.Popen([sys.executable, "-m", "service", "--host", "127.0.0.1", "--port", str(port)], env=env,
                            cwd=ROOT)  # fmt: skip
    try:
        url = f"http://127.0.0.1:{port}"
        await asyncio.to_thread(wait_healthy, url, [proc])
        async with (
            aiohttp.ClientSession(url, headers=ADMIN) as http,
            http.get(f"/api/v1/projects/{PROJECT}/events") as resp,
        ):
            assert resp.status == 200
            await until(lambda: _has_subscriber(redis_url))
            proc.send_signal(signal.SIGTERM)
            assert await rest(resp, timeout=5) == []  # the stream ends cleanly
        await asyncio.to_thread(proc.wait, 5)  # well inside the 10 s aiohttp would wait for a running handler
        assert proc.returncode == 0
    finally:
        stop(proc)


async def _has_subscriber(redis_url: str) -> bool:
    """The API's event reader is blocked in XREAD: its connection shows in CLIENT LIST."""
    client = Redis.from_url(redis_url, decode_responses=True)
    try:
        return any(c.get("name") == "api-events" and c.get("cmd") == "xread" for c in await client.client_list())
    finally:
        await client.aclose()
