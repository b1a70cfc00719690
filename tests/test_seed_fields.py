"""The seed's `task:{id}` hash layout: every seed field is present from creation on, through every transition.

Other internal services read the hash directly, so `result` and `error` are "" until set, never missing;
the API still answers `null` for them.
"""

from __future__ import annotations

from typing import Any

from pytest_aiohttp import AiohttpClient
from redis.asyncio import Redis

from service.config import Settings
from service.storage import TaskStorage, keys
from tests.api_support import ADMIN, Client, echo, start, submit
from tests.waiting import until
from tests.worker_support import running_worker, status_is

#: The fields /work/shared/SEED-task-storage-fix.md lists for `task:{task_id}`.
SEED_FIELDS = "task_id project_id task_type status task_data result error created_at updated_at".split()


async def raw(redis: Redis, task_id: str) -> dict[str, str]:
    fields: dict[str, str] = await redis.hgetall(keys.task(task_id))  # type: ignore[misc]
    assert set(SEED_FIELDS) <= set(fields), sorted(set(SEED_FIELDS) - set(fields))
    return fields


async def api_task(client: Client, task_id: str) -> dict[str, Any]:
    resp = await client.get(f"/api/v1/tasks/{task_id}", headers=ADMIN)
    assert resp.status == 200, await resp.text()
    body: dict[str, Any] = await resp.json()
    return body


def sleeping(seconds: float, **task_data: Any) -> dict[str, Any]:
    return echo(task_type="sleep", task_data={"seconds": seconds, **task_data})


async def test_a_new_task_has_every_seed_field(aiohttp_client: AiohttpClient, settings: Settings, redis: Redis) -> None:
    client = await start(aiohttp_client, settings)
    task = await submit(client)
    fields = await raw(redis, task["task_id"])
    assert (fields["status"], fields["result"], fields["error"]) == ("queued", "", "")
    assert (task["result"], task["error"]) == (None, None)  # the HTTP contract is unchanged
    answered = await api_task(client, task["task_id"])
    assert (answered["result"], answered["error"]) == (None, None)


async def test_completed_and_failed_tasks_keep_every_seed_field(
    aiohttp_client: AiohttpClient, settings: Settings, redis: Redis, storage: TaskStorage
) -> None:
    client = await start(aiohttp_client, settings)
    done = await submit(client, echo(task_data={"n": 7}))
    broken = await submit(client, sleeping(0, fail=True))
    async with running_worker(settings):
        await until(lambda: status_is(storage, done["task_id"], "completed"))
        await until(lambda: status_is(storage, broken["task_id"], "failed"))
    completed, failed = await raw(redis, done["task_id"]), await raw(redis, broken["task_id"])
    assert (completed["status"], completed["error"]) == ("completed", "")
    assert (failed["status"], failed["result"]) == ("failed", "")
    assert failed["error"]
    assert (await api_task(client, done["task_id"]))["error"] is None
    assert (await api_task(client, broken["task_id"]))["result"] is None


async def test_running_and_cancelled_tasks_keep_every_seed_field(
    aiohttp_client: AiohttpClient, settings: Settings, redis: Redis, storage: TaskStorage
) -> None:
    client = await start(aiohttp_client, settings)
    tasks = [await submit(client, sleeping(30)) for _ in range(2)]

    async def waiting_and_running() -> tuple[dict[str, Any], dict[str, Any]] | None:
        by_status = {str((await storage.get(task["task_id"])).status): task for task in tasks}
        return (by_status["queued"], by_status["processing"]) if set(by_status) == {"queued", "processing"} else None

    async with running_worker(settings, max_jobs=1):  # one job at a time: the other stays queued
        found = await until(waiting_and_running, timeout=20)
        assert found is not None
        waiting, running = found
        fields = await raw(redis, running["task_id"])
        assert (fields["status"], fields["result"], fields["error"]) == ("processing", "", "")
        for task in (waiting, running):
            resp = await client.post(f"/api/v1/tasks/{task['task_id']}/cancel", headers=ADMIN)
            assert resp.status == 200, await resp.text()
            fields = await raw(redis, task["task_id"])
            assert (fields["status"], fields["result"], fields["error"]) == ("cancelled", "", "")
            assert (await api_task(client, task["task_id"]))["error"] is None
