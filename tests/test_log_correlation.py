"""One task followed through the logs of real processes (LOG_FORMAT=json): the API's lines carry the client's
X-Request-Id and the task id, the worker's the task id and attempt, the webhook delivery's the task id."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import aiohttp
import pytest
from aiohttp import web
from redis.asyncio import Redis

from tests.constants import ADMIN_KEY
from tests.processes import api_process, service_env, worker_process
from tests.waiting import until

REQUEST_ID = "trace-4f2a.submit"
Lines = list[dict[str, Any]]


def read_lines(path: Path) -> Lines:
    """The JSON lines written so far (a line still being written is left for the next read)."""
    lines = []
    for raw in path.read_text().splitlines():
        try:
            lines.append(json.loads(raw))
        except json.JSONDecodeError:
            continue
    return lines


@pytest.fixture
async def callback_url() -> AsyncIterator[str]:
    """A receiver answering 200 to every webhook."""
    app = web.Application()
    app.router.add_post("/hook", _ok)
    runner = web.AppRunner(app)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
    yield f"http://127.0.0.1:{port}/hook"
    await runner.cleanup()


async def _ok(request: web.Request) -> web.Response:
    await request.read()
    return web.Response(text="ok")


async def test_one_task_is_followed_across_api_worker_and_webhook_logs(
    redis_url: str, redis: Redis, tmp_path: Path, callback_url: str
) -> None:
    env = service_env(redis_url, ADMIN_KEY, LOG_FORMAT="json", ACCESS_LOG="true", JOB_LOG="true")
    api_log, worker_log = tmp_path / "api.log", tmp_path / "worker.log"
    with api_log.open("wb") as api_err, worker_log.open("wb") as worker_err:
        with api_process(env, stderr=api_err) as url, worker_process(env, stderr=worker_err):
            task_id = await submit_and_deliver(url, callback_url)
            await until(lambda: _lines(api_log, task_id, "aiohttp.access"))
            await until(lambda: _lines(worker_log, task_id, "worker.webhooks"))

    # the API's access lines name the request and the task: the one it created, the one in its path
    access = [entry for entry in read_lines(api_log) if entry.get("task_id") == task_id]
    requests = {entry["message"].split('"')[1].split()[0] for entry in access}
    assert requests == {"POST", "GET"} and {entry["request_id"] for entry in access} == {REQUEST_ID}
    worker = [entry for entry in read_lines(worker_log) if entry.get("task_id") == task_id]
    # arq's start and end lines of the task's job, then of its webhook's job (a delivery try is no task attempt)
    arq = [entry for entry in worker if entry["logger"] == "arq.worker"]
    runs = [(entry["message"].split()[1], entry.get("attempt")) for entry in arq if "webhook:" not in entry["message"]]
    assert runs == [("→", 1), ("←", 1)]
    deliveries = [
        (entry["message"].split()[1], entry["webhook_attempt"]) for entry in arq if "webhook:" in entry["message"]
    ]
    assert deliveries == [("→", 1), ("←", 1)]
    hooks = [entry for entry in worker if entry["logger"] == "worker.webhooks"]
    assert hooks and all(entry["webhook_attempt"] == 1 and "attempt" not in entry for entry in hooks)
    assert not any("request_id" in entry for entry in read_lines(worker_log))  # a worker never inherits one


async def submit_and_deliver(url: str, callback_url: str) -> str:
    """Submit a task with a callback under REQUEST_ID; its id once the webhook is delivered."""
    headers = {"X-API-Key": ADMIN_KEY, "X-Request-Id": REQUEST_ID}
    body = {"project_id": "logs", "task_type": "echo", "task_data": {"n": 1}, "callback_url": callback_url}
    async with aiohttp.ClientSession(base_url=url, headers=headers) as http:
        async with http.post("/api/v1/tasks/submit", json=body) as answer:
            assert answer.status == 202 and answer.headers["X-Request-Id"] == REQUEST_ID
            task_id: str = (await answer.json())["task_id"]
        await until(lambda: _delivered(http, task_id), timeout=30)
    return task_id


async def _delivered(http: aiohttp.ClientSession, task_id: str) -> bool:
    async with http.get(f"/api/v1/tasks/{task_id}") as answer:
        webhook = (await answer.json())["webhook"]
    return bool(webhook and webhook["state"] == "delivered")


async def _lines(path: Path, task_id: str, logger: str) -> Lines:
    return [entry for entry in read_lines(path) if entry.get("task_id") == task_id and entry["logger"] == logger]
