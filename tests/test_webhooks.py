"""Webhook delivery through a real arq worker and Redis to a real HTTP receiver on 127.0.0.1."""

from __future__ import annotations

import asyncio
import hashlib
import hmac
import socket
from collections.abc import AsyncIterator
from typing import Any, NamedTuple

import aiohttp
import msgspec
import pytest
from aiohttp import web
from arq.connections import ArqRedis
from arq.jobs import Job
from arq.worker import Worker, func
from pytest_aiohttp import AiohttpServer
from redis.asyncio import Redis

from deploy.redis_local import free_port
from service.config import Settings
from service.models import Task, TaskStatus, WebhookOutcome
from service.storage import Ending, TaskStorage, keys
from service.storage.codec import dump_json
from worker.webhooks import DeliveryPolicy, deliver, webhook_function

PROJECT = "hooks"
TASK_TYPE = "echo"
#: Short delays instead of sleeps: the whole retry schedule runs in milliseconds.
FAST = DeliveryPolicy(max_attempts=3, base_delay=0.01, max_delay=0.02, attempt_timeout=5.0)


class Received(NamedTuple):
    path: str
    headers: dict[str, str]
    body: bytes
    verified: bool  # the receiver's own HMAC over the raw body matches X-Signature


class Receiver:
    """Records every request; answers with scripted statuses, then `default`; can hang or stream endlessly."""

    def __init__(self, secret: str) -> None:
        self.secret = secret.encode()
        self.requests: list[Received] = []
        self.statuses: list[int] = []
        self.default = 200
        self.mode = "answer"  # or "hang" (never answer), "endless" (headers, then a body that never ends)
        self.release = asyncio.Event()
        self.port = 0
        self.url = ""

    async def handle(self, request: web.Request) -> web.StreamResponse:
        body = await request.read()
        expected = "sha256=" + hmac.new(self.secret, body, hashlib.sha256).hexdigest()
        verified = hmac.compare_digest(expected, request.headers.get("X-Signature", ""))
        self.requests.append(Received(request.path, dict(request.headers), body, verified))
        if self.mode == "hang":
            await self.release.wait()
        status = self.statuses.pop(0) if self.statuses else self.default
        if self.mode == "endless":
            response = web.StreamResponse(status=status)
            await response.prepare(request)
            await response.write(b"x" * 128 * 1024)
            await self.release.wait()
            return response
        return web.Response(status=status, headers={"Location": "/followed"} if 300 <= status < 400 else None)


@pytest.fixture
async def receiver(aiohttp_server: AiohttpServer, settings: Settings) -> AsyncIterator[Receiver]:
    receiver = Receiver(settings.webhook_secret)
    app = web.Application()
    app.router.add_route("*", "/{path:.*}", receiver.handle)
    server = await aiohttp_server(app)
    receiver.port = server.port or 0
    receiver.url = f"http://127.0.0.1:{receiver.port}/hook"
    yield receiver
    receiver.release.set()  # let hanging handlers end before the server shuts down


@pytest.fixture
async def http() -> AsyncIterator[aiohttp.ClientSession]:
    async with aiohttp.ClientSession() as session:
        yield session


@pytest.fixture
def ctx(storage: TaskStorage, settings: Settings, http: aiohttp.ClientSession) -> dict[str, Any]:
    return {"storage": storage, "settings": settings, "http": http}


async def _task_job(ctx: dict[str, Any], task_id: str) -> None:
    """Stands in for the task's own job, which storage.create enqueues beside the webhook job."""


async def run_worker(arq_pool: ArqRedis, ctx: dict[str, Any], policy: DeliveryPolicy = FAST) -> None:
    """Run a burst worker until the queue is empty (deferred retries included), with a deadline."""
    functions = [webhook_function(policy), func(_task_job, name=TASK_TYPE)]
    worker = Worker(functions, redis_pool=arq_pool, burst=True, poll_delay=0, handle_signals=False, ctx=ctx)
    async with asyncio.timeout(30):
        await worker.main()


async def finished_task(storage: TaskStorage, callback_url: str | None, to: TaskStatus = TaskStatus.COMPLETED) -> str:
    task = await storage.create(project_id=PROJECT, task_type=TASK_TYPE, task_data={"n": 1}, callback_url=callback_url)
    if to is not TaskStatus.CANCELLED:
        await storage.start(task.task_id, 1)
    await storage.finish(task.task_id, 1, Ending(to, result_json=dump_json({"echo": {"n": 1}})))
    return task.task_id


async def webhook_of(storage: TaskStorage, task_id: str) -> WebhookOutcome:
    outcome = (await storage.get(task_id)).webhook
    assert outcome is not None
    return outcome


async def test_delivers_the_signed_final_task(
    storage: TaskStorage, receiver: Receiver, ctx: dict[str, Any], arq_pool: ArqRedis
) -> None:
    task_id = await finished_task(storage, receiver.url)
    await run_worker(arq_pool, ctx, policy=DeliveryPolicy())  # the production entry point, deliver_webhook
    [request] = receiver.requests
    final = await storage.get(task_id)
    assert request.verified
    assert request.body == msgspec.json.encode(msgspec.structs.replace(final, webhook=WebhookOutcome(state="pending")))
    assert request.headers["Content-Type"] == "application/json"
    assert (request.headers["X-Task-Id"], request.headers["X-Task-Status"]) == (task_id, "completed")
    assert request.headers["Host"] == f"127.0.0.1:{receiver.port}"
    assert final.webhook is not None and final.webhook.delivered_at is not None
    assert (final.webhook.state, final.webhook.attempts, final.webhook.last_status_code) == ("delivered", 1, 200)


async def test_retries_after_500_until_delivered(
    storage: TaskStorage, receiver: Receiver, ctx: dict[str, Any], arq_pool: ArqRedis
) -> None:
    receiver.statuses = [500, 500]
    task_id = await finished_task(storage, receiver.url)
    await run_worker(arq_pool, ctx)
    assert [r.headers["X-Webhook-Attempt"] for r in receiver.requests] == ["1", "2", "3"]
    # each body carries the outcome recorded by the attempt before it
    seen = [msgspec.json.decode(r.body, type=Task).webhook for r in receiver.requests]
    assert seen[1] == WebhookOutcome(state="pending", attempts=1, last_status_code=500, last_error="HTTP 500")
    outcome = await webhook_of(storage, task_id)
    assert outcome.delivered_at is not None
    assert msgspec.structs.replace(outcome, delivered_at=None) == WebhookOutcome(
        state="delivered", attempts=3, last_status_code=200
    )


@pytest.mark.parametrize("status", [503, 307])
async def test_gives_up_after_max_attempts_and_never_follows_redirects(
    status: int, storage: TaskStorage, receiver: Receiver, ctx: dict[str, Any], arq_pool: ArqRedis
) -> None:
    receiver.default = status
    task_id = await finished_task(storage, receiver.url)
    await run_worker(arq_pool, ctx)
    assert [r.path for r in receiver.requests] == ["/hook"] * FAST.max_attempts  # never "/followed"
    info = await Job(keys.webhook_job_id(task_id), arq_pool).result_info()
    assert info is not None and (info.success, info.job_try) == (True, FAST.max_attempts)  # no extra run
    outcome = await webhook_of(storage, task_id)
    assert outcome == WebhookOutcome(state="failed", attempts=3, last_status_code=status, last_error=f"HTTP {status}")


async def test_connection_error_is_retried_then_failed(
    storage: TaskStorage, ctx: dict[str, Any], arq_pool: ArqRedis
) -> None:
    task_id = await finished_task(storage, f"http://127.0.0.1:{free_port()}/hook")  # nothing listens there
    await run_worker(arq_pool, ctx)
    outcome = await webhook_of(storage, task_id)
    assert (outcome.state, outcome.attempts, outcome.last_status_code) == ("failed", 3, None)
    assert outcome.last_error is not None and "ClientConnectorError" in outcome.last_error


async def test_attempt_time_is_bounded(
    storage: TaskStorage, receiver: Receiver, ctx: dict[str, Any], arq_pool: ArqRedis
) -> None:
    receiver.mode = "hang"
    task_id = await finished_task(storage, receiver.url)
    await run_worker(arq_pool, ctx, DeliveryPolicy(max_attempts=1, attempt_timeout=0.3))
    outcome = await webhook_of(storage, task_id)
    assert (outcome.state, outcome.last_error) == ("failed", "timed out after 0.3 s")


async def test_endless_answer_is_read_only_up_to_the_limit(
    storage: TaskStorage, receiver: Receiver, ctx: dict[str, Any], arq_pool: ArqRedis
) -> None:
    receiver.mode = "endless"
    task_id = await finished_task(storage, receiver.url)
    await run_worker(arq_pool, ctx, DeliveryPolicy(max_attempts=1, attempt_timeout=2.0, max_response_bytes=1024))
    assert (await webhook_of(storage, task_id)).state == "delivered"


async def test_cancelled_task_gets_its_webhook(
    storage: TaskStorage, receiver: Receiver, ctx: dict[str, Any], arq_pool: ArqRedis
) -> None:
    task_id = await finished_task(storage, receiver.url, TaskStatus.CANCELLED)
    await run_worker(arq_pool, ctx)
    [request] = receiver.requests
    assert request.verified and request.headers["X-Task-Status"] == "cancelled"
    assert (await webhook_of(storage, task_id)).state == "delivered"


async def test_task_without_callback_enqueues_no_webhook(storage: TaskStorage, redis: Redis) -> None:
    task_id = await finished_task(storage, None)
    job_id = keys.webhook_job_id(task_id)
    assert not await redis.exists(keys.arq_job(job_id))
    assert await redis.zscore(storage.queue_name, job_id) is None
    assert (await storage.get(task_id)).webhook is None


async def test_loopback_callback_is_refused_without_retry(
    storage: TaskStorage, receiver: Receiver, ctx: dict[str, Any], arq_pool: ArqRedis, settings: Settings
) -> None:
    ctx["settings"] = msgspec.structs.replace(settings, webhook_allow_private=False)
    task_id = await finished_task(storage, receiver.url)
    await run_worker(arq_pool, ctx)
    assert receiver.requests == []
    expected = WebhookOutcome(state="refused", attempts=1, last_error="127.0.0.1 resolves to a loopback address")
    assert await webhook_of(storage, task_id) == expected


async def test_connects_to_the_checked_address_with_the_original_host(
    storage: TaskStorage, receiver: Receiver, ctx: dict[str, Any], arq_pool: ArqRedis, monkeypatch: pytest.MonkeyPatch
) -> None:
    # "receiver.test" exists only in this resolver, and only for its first answer: a second lookup (a client
    # resolving the name again after the check, as in DNS rebinding) fails. The unreachable ::1 listed
    # first also exercises the fallback to the next checked address.
    loop = asyncio.get_running_loop()
    real = loop.getaddrinfo
    port = receiver.port
    lookups: list[str] = []

    async def fake(host: str, *args: Any, **kwargs: Any) -> list[Any]:
        if host != "receiver.test":
            return await real(host, *args, **kwargs)
        lookups.append(host)
        if len(lookups) > 1:
            raise socket.gaierror(socket.EAI_NONAME, "rebound")
        stream = socket.SOCK_STREAM
        return [
            (socket.AF_INET6, stream, 6, "", ("::1", port, 0, 0)),
            (socket.AF_INET, stream, 6, "", ("127.0.0.1", port)),
        ]

    monkeypatch.setattr(loop, "getaddrinfo", fake)
    task_id = await finished_task(storage, f"http://receiver.test:{port}/hook")
    await run_worker(arq_pool, ctx, DeliveryPolicy(max_attempts=1))
    [request] = receiver.requests
    assert request.headers["Host"] == f"receiver.test:{port}" and request.verified
    assert lookups == ["receiver.test"]
    assert (await webhook_of(storage, task_id)).state == "delivered"


async def test_gone_task_sends_nothing(
    storage: TaskStorage, receiver: Receiver, ctx: dict[str, Any], arq_pool: ArqRedis, redis: Redis
) -> None:
    task_id = await finished_task(storage, receiver.url)
    await redis.delete(keys.task(task_id))
    await run_worker(arq_pool, ctx)
    assert receiver.requests == []
    info = await Job(keys.webhook_job_id(task_id), arq_pool).result_info()
    assert info is not None and info.success


@pytest.mark.parametrize(("state", "job_try", "after"), [("delivered", 2, "delivered"), ("pending", 4, "failed")])
async def test_rerun_of_the_job_sends_nothing(
    state: str, job_try: int, after: str, storage: TaskStorage, receiver: Receiver, ctx: dict[str, Any]
) -> None:
    # A job re-run after a lost worker: a finished outcome stays; past the last attempt, pending turns failed.
    task_id = await finished_task(storage, receiver.url)
    last = WebhookOutcome(state=state, attempts=FAST.max_attempts, last_status_code=502, last_error="HTTP 502")
    await storage.set_webhook(task_id, last)
    await deliver({**ctx, "job_try": job_try}, task_id, FAST)
    assert receiver.requests == []
    assert await webhook_of(storage, task_id) == msgspec.structs.replace(last, state=after)
