"""A queue holding jobs with no live worker on it (the seed's incident: a worker started on the wrong queue via
QUEUE_NAME) is reported by /ready and the metrics, and clears once a worker listens to the right queue.
"""

from __future__ import annotations

import time
from collections.abc import AsyncIterator

import pytest
from redis.asyncio import Redis

from service.storage import keys
from tests.constants import ADMIN_KEY
from tests.faults_support import Api, api_client, kill9, record_figure
from tests.processes import api_process, service_env, worker_process
from tests.waiting import until

QUEUE = "arq:queue"
WRONG_QUEUE = "arq:wrong-queue"
HEARTBEAT_S = 0.5
#: A worker that dies without a goodbye counts as live until its last beat is 3 beats old.
STALE_WINDOW_S = 3 * HEARTBEAT_S
PROJECT = "faults-queue"


@pytest.fixture
async def api(redis: Redis, redis_url: str) -> AsyncIterator[tuple[Api, dict[str, str]]]:
    env = service_env(redis_url, ADMIN_KEY, HEARTBEAT_SECONDS=str(HEARTBEAT_S))
    with api_process(env) as url:
        async with api_client(url) as client:
            yield client, env


async def stalled(api: Api) -> dict[str, object] | None:
    """/ready's 503 detail for the task queue, or None while it is ready."""
    status, body = await api.get("/api/v1/ready")
    if status == 200:
        return None
    assert status == 503 and body["error"]["code"] == "unavailable", body
    detail: dict[str, object] = next(d for d in body["error"]["details"] if d.get("queue") == QUEUE)
    return detail


async def ready(api: Api) -> bool:
    return await stalled(api) is None


async def test_queue_without_a_live_worker(api: tuple[Api, dict[str, str]], redis: Redis) -> None:
    client, env = api
    with worker_process({**env, "QUEUE_NAME": WRONG_QUEUE}):
        await until(lambda: redis.zcard(keys.workers(WRONG_QUEUE)), timeout=15)  # live, on the wrong queue
        assert await ready(client)  # nothing queued yet: nothing stalled
        task_id = await client.submit(PROJECT, "echo", {"n": 1})
        submitted_at = time.monotonic()
        detail = await until(lambda: stalled(client), timeout=1, interval=0.01)
        record_figure("queue_without_worker_reported_after_submit", time.monotonic() - submitted_at)
        assert detail == {"component": "queue", "queue": QUEUE, "depth": 1, "workers": 0}
        queues = (await client.metrics())["queues"]
        assert queues[QUEUE] == {"depth": 1, "workers": 0}
        with worker_process(env) as right:
            started_at = time.monotonic()
            await until(lambda: ready(client), timeout=15, interval=0.02)
            record_figure("queue_without_worker_cleared_after_worker_start", time.monotonic() - started_at)
            assert (await client.ok(f"/api/v1/tasks/{task_id}?wait=10"))["status"] == "completed"
            assert (await client.metrics())["queues"][QUEUE] == {"depth": 0, "workers": 1}
            killed_at = kill9(right)
        await client.submit(PROJECT, "echo", {"n": 2})
        await until(lambda: stalled(client), timeout=STALE_WINDOW_S + 1, interval=0.02)
        record_figure("queue_worker_killed_reported_after", time.monotonic() - killed_at)
