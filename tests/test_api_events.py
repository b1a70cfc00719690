"""Live events (SSE): a task's stream and a project's, over real HTTP, with changes made by storage and a worker."""

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
from service.models import TaskStatus
from service.storage import Ending, TaskStorage, keys
from service.storage.errors import DuplicateTask
from tests.api_support import ADMIN, OTHER_PROJECT, PROJECT, SCOPED, Client, echo, error_of, evaluate, start, submit
from tests.constants import SCOPED_PROJECT
from tests.processes import ROOT, service_env, stop
from tests.sse_support import events, next_frame, rest
from tests.waiting import until
from tests.worker_support import run_burst

PROJECT_FIELDS = {"task_id", "task_type", "status", "progress", "attempts", "updated_at"}


@pytest.fixture
async def client(aiohttp_client: AiohttpClient, settings: Settings, redis: Redis) -> Client:
    return await start(aiohttp_client, settings)


def task_stream(client: Client, task_id: str, headers: dict[str, str] = ADMIN) -> Any:
    return client.get(f"/api/v1/tasks/{task_id}/events", headers=headers)


def project_stream(client: Client, project: str = PROJECT, headers: dict[str, str] = ADMIN, **query: str) -> Any:
    return client.get(f"/api/v1/projects/{project}/events", headers=headers, params=query)


async def watching(client: Client, count: int = 1) -> None:
    """Until `count` streams are subscribed in the app (their feed position taken)."""
    await until(lambda: _subscribed(client, count))


async def _subscribed(client: Client, count: int) -> bool:
    feeds = client.app[FEEDS]
    return sum(len(feed.subscribers) for feed in feeds.feeds.values()) >= count


async def test_a_task_stream_follows_the_task_until_it_is_final(client: Client, storage: TaskStorage) -> None:
    task = await submit(client)
    async with task_stream(client, task["task_id"]) as resp:
        assert resp.status == 200 and resp.content_type == "text/event-stream"
        [first] = await events(resp, 1)
        assert first.event == "task" and first.json() == task  # the task object, as GET returns it
        await storage.start(task["task_id"], 1)
        await storage.progress(task["task_id"], 40, PROJECT)
        await storage.progress(task["task_id"], 40, PROJECT)  # no change: no event
        await storage.finish(task["task_id"], 1, Ending(TaskStatus.COMPLETED, result_json='{"ok": true}'))
        frames = await rest(resp)
    states = [(f.json()["status"], f.json()["progress"], f.json()["attempts"]) for f in frames]
    assert states == [("processing", 0, 1), ("processing", 40, 1), ("completed", 100, 1)]
    assert frames[-1].json()["result"] == {"ok": True}


async def test_changes_that_come_together_are_still_sent_one_by_one(client: Client, storage: TaskStorage) -> None:
    task = await submit(client)
    async with task_stream(client, task["task_id"]) as resp:
        await events(resp, 1)
        subscription = next(iter(_subscriptions(client)))
        held = _Held(subscription)
        await submit(client)  # another task's event: the handler takes it, skips it and comes back to wait
        await until(held.waiting)
        await storage.start(task["task_id"], 1)
        for percent in (20, 40):
            await storage.progress(task["task_id"], percent, PROJECT)
        await until(lambda: _pending(subscription, 3))
        held.release()  # the three changes reach the handler in one take
        frames = await events(resp, 3)
    assert [(f.json()["status"], f.json()["progress"]) for f in frames] == [
        ("processing", 0), ("processing", 20), ("processing", 40)
    ]  # fmt: skip
    assert all(f.json()["completed_at"] is None and f.json()["started_at"] for f in frames)


class _Held:
    """Holds a subscription's next take() until released, so that what is offered meanwhile stays queued."""

    def __init__(self, subscription: Any) -> None:
        self.take = subscription.take
        self.gate = asyncio.Event()
        self.entered = asyncio.Event()
        subscription.take = self._take_later

    async def _take_later(self) -> Any:
        self.entered.set()
        await self.gate.wait()
        return await self.take()

    async def waiting(self) -> bool:
        return self.entered.is_set()

    def release(self) -> None:
        self.gate.set()


async def _pending(subscription: Any, count: int) -> bool:
    return subscription.pending >= count


async def test_a_real_worker_moves_a_watched_task(client: Client, settings: Settings) -> None:
    task = await submit(client)
    async with task_stream(client, task["task_id"]) as resp:
        await events(resp, 1)
        await run_burst(settings)
        frames = await rest(resp)
    assert [f.json()["status"] for f in frames] == ["processing", "completed"]
    assert frames[-1].json()["result"] == {"echo": {"n": 1}}


async def test_a_final_task_gives_one_event_then_the_end(client: Client, storage: TaskStorage) -> None:
    task = await submit(client)
    await storage.cancel(task["task_id"])
    async with task_stream(client, task["task_id"]) as resp:
        frames = await rest(resp)
    assert [f.json()["status"] for f in frames] == ["cancelled"]


async def test_task_stream_of_a_missing_or_foreign_task_is_404(client: Client) -> None:
    foreign = await submit(client, echo(OTHER_PROJECT))
    async with task_stream(client, foreign["task_id"], SCOPED) as resp:
        await error_of(resp, 404, "not_found")
    async with task_stream(client, "00000000-0000-4000-8000-000000000000") as resp:
        error = await error_of(resp, 404, "not_found")
        assert error["message"] == "no task with id '00000000-0000-4000-8000-000000000000'"
    async with task_stream(client, foreign["task_id"], {}) as resp:
        await error_of(resp, 401, "unauthorized")


async def test_a_project_stream_carries_every_change_in_order(client: Client, storage: TaskStorage) -> None:
    async with project_stream(client) as resp:
        await watching(client)
        a = await submit(client)
        b = await submit(client, evaluate())
        await submit(client, echo(OTHER_PROJECT))  # another project's: not in this stream
        await storage.start(a["task_id"], 1)
        await storage.progress(a["task_id"], 30, PROJECT)
        await storage.finish(a["task_id"], 1, Ending(TaskStatus.FAILED, error="boom"))
        await storage.start(a["task_id"], 2)  # refused: a is final, so no event
        await storage.cancel(b["task_id"])
        frames = await events(resp, 6)
    seen = [(f.json()["task_id"], f.json()["status"], f.json()["progress"], f.json()["attempts"]) for f in frames]
    assert seen == [
        (a["task_id"], "queued", 0, 0),
        (b["task_id"], "queued", 0, 0),
        (a["task_id"], "processing", 0, 1),
        (a["task_id"], "processing", 30, 1),
        (a["task_id"], "failed", 30, 1),
        (b["task_id"], "cancelled", 0, 0),
    ]
    assert all(f.event == "task" and set(f.json()) == PROJECT_FIELDS for f in frames)
    ids = [f.id for f in frames]
    assert all(ids) and ids == sorted(ids, key=lambda i: tuple(map(int, str(i).split("-"))))
    assert frames[1].json()["task_type"] == "evaluate_department"


async def test_filters_by_status_and_type(client: Client, storage: TaskStorage) -> None:
    async with (
        project_stream(client, status="cancelled") as cancelled,
        project_stream(client, task_type="evaluate_department") as evaluations,
    ):
        await watching(client, 2)
        a, b = await submit(client), await submit(client, evaluate())
        await storage.cancel(a["task_id"])
        await storage.cancel(b["task_id"])
        assert [f.json()["task_id"] for f in await events(cancelled, 2)] == [a["task_id"], b["task_id"]]
        assert [f.json()["status"] for f in await events(evaluations, 2)] == ["queued", "cancelled"]
    async with project_stream(client, status="done") as resp:
        assert (await error_of(resp, 422, "validation_error"))["details"][0]["field"] == "status"


async def test_scoped_keys_see_their_projects_only(client: Client) -> None:
    async with project_stream(client, OTHER_PROJECT, SCOPED) as resp:
        await error_of(resp, 403, "forbidden")
    async with project_stream(client, SCOPED_PROJECT, SCOPED) as resp:
        assert resp.status == 200
        await watching(client)
        task = await submit(client, echo(SCOPED_PROJECT), SCOPED)
        assert (await events(resp, 1))[0].json()["task_id"] == task["task_id"]


async def test_last_event_id_resumes_after_it(client: Client, storage: TaskStorage) -> None:
    async with project_stream(client) as resp:
        await watching(client)
        tasks = [await submit(client) for _ in range(4)]
        frames = await events(resp, 4)
    async with project_stream(client, headers={**ADMIN, "Last-Event-ID": str(frames[1].id)}) as resp:
        missed = await events(resp, 2)  # retained, after the id given
        assert [f.id for f in missed] == [frames[2].id, frames[3].id]
        await storage.cancel(tasks[0]["task_id"])  # then the live stream, nothing twice
        [live] = await events(resp, 1)
    assert live.json()["status"] == "cancelled" and live.id not in {f.id for f in frames}


@pytest.mark.parametrize("last_id", ["1-0", "not-an-id", "0"])
async def test_an_id_older_than_the_window_gets_a_reset_first(client: Client, last_id: str) -> None:
    await submit(client)  # the stream's oldest event is newer than 1-0
    async with project_stream(client, headers={**ADMIN, "Last-Event-ID": last_id}) as resp:
        first = await next_frame(resp)
        assert first is not None and first.event == "reset"
        await watching(client)
        task = await submit(client)
        assert (await events(resp, 1))[0].json()["task_id"] == task["task_id"]


async def test_a_deleted_stream_is_a_reset_too(client: Client, redis: Redis) -> None:
    await submit(client)
    await redis.delete(keys.project_events(PROJECT))  # as the index trim does once the project's tasks are gone
    async with project_stream(client, headers={**ADMIN, "Last-Event-ID": "1700000000000-0"}) as resp:
        assert (await events(resp, 1))[0].event == "reset"


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
    [mine] = _subscriptions(client)
    stalled = await _stalled_stream(client)
    await watching(client, 2)
    [theirs] = _subscriptions(client) - {mine}
    sent = 0
    while theirs in _subscriptions(client):  # the stalled client's socket buffers fill, then its queue
        await storage.create_batch([echo()] * 500, None)
        sent += 500
        assert sent <= 100_000, "the stalled client was never dropped"
        assert len(await events(reader, 500)) == 500  # the reading client keeps up all along
    # dropped for its queue (long before the send timeout), and nothing more is held for it
    assert theirs.dropped and theirs.pending == 0 and not theirs.batches
    assert _subscriptions(client) == {mine} and not mine.dropped
    stalled.close()
    await stalled.wait_closed()
    reader.close()


def _subscriptions(client: Client) -> set[Any]:
    return {s for feed in client.app[FEEDS].feeds.values() for s in feed.subscribers}


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
