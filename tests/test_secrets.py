"""No API key, webhook secret or webhook signature in a log line, an error body or the CLI's output."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from typing import Any

import aiohttp
import msgspec
import pytest
from aiohttp import web
from arq.worker import Retry
from pytest_aiohttp import AiohttpClient, AiohttpServer
from redis.asyncio import Redis

from service.api.app import create_app
from service.api.requests import caller
from service.config import Settings
from service.models import TaskStatus
from service.storage import ApiKeyStore, Ending, TaskStorage
from tests.api_support import PROJECT, Client, echo, error_of, start
from tests.constants import ADMIN_KEY, SCOPED_KEY
from tests.test_api_keys import create_key, keys_cli
from worker.webhooks import DeliveryPolicy, deliver

SUBMIT = "/api/v1/tasks/submit"
UNKNOWN_KEY = "tsk_not-a-key-but-secret-all-the-same"


@pytest.fixture
def logs(caplog: pytest.LogCaptureFixture) -> Iterator[pytest.LogCaptureFixture]:
    """Everything every logger says, access log included, at DEBUG."""
    with caplog.at_level(logging.DEBUG):
        yield caplog


def logged(caplog: pytest.LogCaptureFixture) -> str:
    """The log as a handler would write it: messages, arguments and formatted tracebacks."""
    formatter = logging.Formatter("%(name)s %(levelname)s %(message)s")
    return "\n".join(formatter.format(record) for record in caplog.records)


def assert_nowhere(secrets: list[str], *texts: str) -> None:
    for secret in secrets:
        for text in texts:
            assert secret not in text


async def test_auth_failures_never_echo_the_key(
    aiohttp_client: AiohttpClient, settings: Settings, redis: Redis, logs: pytest.LogCaptureFixture
) -> None:
    tight = msgspec.structs.replace(settings, rate_limit_per_second=0.1, rate_limit_burst=1)
    client = await start(aiohttp_client, tight)
    revoked, stored = await ApiKeyStore(redis).create(name="gone", projects=None)
    await ApiKeyStore(redis).revoke(stored.key_id)
    bodies = []
    for key, status in [(UNKNOWN_KEY, 401), (revoked, 401), (SCOPED_KEY, 403), (ADMIN_KEY, 202), (ADMIN_KEY, 429)]:
        resp = await client.post(SUBMIT, json=echo(PROJECT), headers={"X-API-Key": key})
        assert resp.status == status
        bodies.append(await resp.text())
    assert any(record.name == "aiohttp.access" for record in logs.records)  # the access log is captured too
    assert_nowhere([UNKNOWN_KEY, revoked, SCOPED_KEY, ADMIN_KEY, "test-webhook-secret"], logged(logs), *bodies)


async def test_the_500_safety_net_logs_no_secret(
    aiohttp_client: AiohttpClient, settings: Settings, redis: Redis, logs: pytest.LogCaptureFixture
) -> None:
    async def broken(request: web.Request) -> web.Response:
        await caller(request)
        raise RuntimeError("an unexpected bug")

    app = create_app(settings)
    app.router.add_post("/broken", broken)
    client: Client = await aiohttp_client(app)
    resp = await client.post("/broken", json=echo(), headers={"X-API-Key": ADMIN_KEY, "Idempotency-Key": "k"})
    await error_of(resp, 500, "internal_server_error")
    text = logged(logs)
    assert "an unexpected bug" in text  # the traceback is logged, for the operator
    assert_nowhere([ADMIN_KEY, settings.webhook_secret], text, await resp.text())


async def test_the_cli_shows_a_new_key_exactly_once(redis_url: str, redis: Redis) -> None:
    key, ident = await create_key(redis_url, "--project", PROJECT, "--name", "once")
    later = [await keys_cli(redis_url, *args) for args in (["list"], ["revoke", ident], ["list"])]
    assert all(ran.code == 0 for ran in later)
    assert_nowhere([key, key.removeprefix("tsk_")], *(ran.out + ran.err for ran in later))


async def test_webhook_delivery_logs_neither_secret_nor_signature(
    aiohttp_server: AiohttpServer,
    storage: TaskStorage,
    settings: Settings,
    logs: pytest.LogCaptureFixture,
) -> None:
    signatures: list[str] = []

    async def receive(request: web.Request) -> web.Response:
        signatures.append(request.headers["X-Signature"])
        return web.Response(status=500 if len(signatures) == 1 else 200)

    app = web.Application()
    app.router.add_post("/hook", receive)
    server = await aiohttp_server(app)
    task = await storage.create(
        project_id=PROJECT, task_type="echo", task_data={}, callback_url=f"{server.make_url('/hook')}"
    )
    await storage.start(task.task_id, 1)
    await storage.finish(task.task_id, 1, Ending(TaskStatus.COMPLETED))
    policy = DeliveryPolicy(max_attempts=2, base_delay=0.01)
    async with aiohttp.ClientSession() as http:
        ctx: dict[str, Any] = {"storage": storage, "settings": settings, "http": http, "job_try": 1}
        with pytest.raises(Retry):  # the 500: a failed attempt, logged
            await deliver(ctx, task.task_id, policy)
        await deliver({**ctx, "job_try": 2}, task.task_id, policy)
    assert len(signatures) == 2 and "webhook for task" in logged(logs)
    assert_nowhere(
        [settings.webhook_secret, *signatures, *(s.removeprefix("sha256=") for s in signatures)], logged(logs)
    )
