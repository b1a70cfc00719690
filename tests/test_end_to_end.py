"""The seed's flow and the service's promises, end to end: real API and worker processes, real HTTP."""

from __future__ import annotations

import asyncio
import hashlib
import hmac
import json
from collections.abc import AsyncIterator, Iterator
from typing import Any

import aiohttp
import pytest
from aiohttp import web
from redis.asyncio import Redis

from service.storage import keys
from tests.constants import ADMIN_KEY
from tests.processes import api_process, service_env, worker_process
from tests.waiting import until

HEADERS = {"X-API-Key": ADMIN_KEY}
SECRET = "e2e-webhook-secret"
SEED_TASK = {
    "project_id": "test-project-123",
    "task_type": "evaluate_department",
    "task_data": {"department_slug": "story", "department_number": 1, "gather_data": [], "threshold": 80},
}


@pytest.fixture(scope="module")
def service_url(redis_url: str) -> Iterator[str]:
    env = service_env(redis_url, ADMIN_KEY, WEBHOOK_SECRET=SECRET)
    with api_process(env) as url, worker_process(env):
        yield url


@pytest.fixture
async def http(redis: Redis, service_url: str) -> AsyncIterator[aiohttp.ClientSession]:
    async with aiohttp.ClientSession(base_url=service_url, headers=HEADERS) as session:
        yield session


async def submit(http: aiohttp.ClientSession, body: dict[str, Any]) -> dict[str, Any]:
    async with http.post("/api/v1/tasks/submit", json=body) as answer:
        assert answer.status == 202, await answer.text()
        return await answer.json()  # type: ignore[no-any-return]


async def get_json(http: aiohttp.ClientSession, path: str) -> dict[str, Any]:
    async with http.get(path) as answer:
        assert answer.status == 200, await answer.text()
        return await answer.json()  # type: ignore[no-any-return]


async def test_seed_flow(http: aiohttp.ClientSession) -> None:
    before = (await get_json(http, "/api/v1/tasks/metrics"))["metrics"]
    task = await submit(http, SEED_TASK)
    done = await get_json(http, f"/api/v1/tasks/{task['task_id']}?wait=20")
    assert done["status"] == "completed", done
    assert done["result"]["score"] == 0 and done["result"]["passed"] is False
    listing = await get_json(http, "/api/v1/projects/test-project-123/tasks")
    assert [(t["task_id"], t["status"]) for t in listing["tasks"]] == [(task["task_id"], "completed")]
    assert listing["tasks"][0]["result"] == done["result"]
    after = (await get_json(http, "/api/v1/tasks/metrics"))["metrics"]
    assert after["total_tasks"] == before["total_tasks"] + 1
    assert after["completed_tasks"] == before["completed_tasks"] + 1


async def test_concurrent_submits_are_counted_exactly(http: aiohttp.ClientSession) -> None:
    project = "load-project"
    bodies = [
        {"project_id": project, "task_type": "echo", "task_data": {"i": i}}
        if i % 4
        else {"project_id": project, "task_type": "sleep", "task_data": {"seconds": 0, "fail": True}}
        for i in range(200)
    ]
    tasks = await asyncio.gather(*(submit(http, body) for body in bodies))
    assert len({t["task_id"] for t in tasks}) == 200

    async def all_final() -> dict[str, Any] | None:
        report = await get_json(http, f"/api/v1/tasks/metrics?project_id={project}")
        figures = report["metrics"]
        return report if figures["completed_tasks"] + figures["failed_tasks"] == 200 else None

    report = await until(all_final, timeout=60)
    figures = report["metrics"]
    assert (figures["total_tasks"], figures["completed_tasks"], figures["failed_tasks"]) == (200, 150, 50)
    assert figures["queued_tasks"] == figures["processing_tasks"] == 0
    for status, expected in (("completed", 150), ("failed", 50)):
        listing = await get_json(http, f"/api/v1/projects/{project}/tasks?status={status}&limit=1")
        assert listing["pagination"]["total"] == expected
    by_type = report["by_task_type"]
    assert (by_type["echo"]["completed_tasks"], by_type["sleep"]["failed_tasks"]) == (150, 50)
    listing = await get_json(http, f"/api/v1/projects/{project}/tasks?task_type=sleep&limit=1")
    assert listing["pagination"]["total"] == 50


async def test_cancel_stops_a_running_task(http: aiohttp.ClientSession, redis: Redis) -> None:
    body = {"project_id": "p-cancel", "task_type": "sleep", "task_data": {"seconds": 30, "progress_steps": 60}}
    task = await submit(http, body)
    path = f"/api/v1/tasks/{task['task_id']}"
    await until(lambda: _progressed(http, path))
    async with http.post(f"{path}/cancel") as answer:
        assert answer.status == 200
        assert (await answer.json())["status"] == "cancelled"
    # the worker drops the job: arq's in-progress marker and queue entry go away long before the 30 s sleep ends
    await until(lambda: _job_gone(redis, task["task_id"]), timeout=10)
    final = await get_json(http, path)
    assert final["status"] == "cancelled" and final["completed_at"] is not None
    async with http.post(f"{path}/cancel") as answer:
        assert answer.status == 409
        assert (await answer.json())["error"]["code"] == "conflict"


async def _progressed(http: aiohttp.ClientSession, path: str) -> bool:
    task = await get_json(http, path)
    return task["status"] == "processing" and task["progress"] > 0


async def _job_gone(redis: Redis, task_id: str) -> bool:
    in_progress = await redis.exists(keys.arq_in_progress(task_id))
    return not in_progress and await redis.zscore("arq:queue", task_id) is None


async def test_webhook_is_delivered_signed(http: aiohttp.ClientSession) -> None:
    received: asyncio.Queue[tuple[bytes, dict[str, str]]] = asyncio.Queue()

    async def receive(request: web.Request) -> web.Response:
        await received.put((await request.read(), dict(request.headers)))
        return web.Response(text="ok")

    app = web.Application()
    app.router.add_post("/hook", receive)
    runner = web.AppRunner(app)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
    try:
        body = {"project_id": "p-hook", "task_type": "echo", "task_data": {"x": 1}}
        task = await submit(http, {**body, "callback_url": f"http://127.0.0.1:{port}/hook"})
        raw, headers = await asyncio.wait_for(received.get(), 20)
    finally:
        await runner.cleanup()
    expected = hmac.new(SECRET.encode(), raw, hashlib.sha256).hexdigest()
    assert headers["X-Signature"] == f"sha256={expected}"
    assert (headers["X-Task-Id"], headers["X-Task-Status"]) == (task["task_id"], "completed")
    assert headers["Content-Type"].startswith("application/json")
    assert json.loads(raw)["task_id"] == task["task_id"]

    async def delivered() -> bool:
        webhook = (await get_json(http, f"/api/v1/tasks/{task['task_id']}"))["webhook"]
        return bool(webhook and webhook["state"] == "delivered")

    await until(delivered)
