"""Live events (SSE): a task's stream and a project's, over real HTTP, with changes made by storage and a worker."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest
from pytest_aiohttp import AiohttpClient
from redis.asyncio import Redis

from service.config import Settings
from service.models import TaskStatus
from service.storage import Ending, TaskStorage, keys
from tests.api_support import ADMIN, OTHER_PROJECT, PROJECT, SCOPED, Client, echo, error_of, evaluate, start, submit
from tests.constants import SCOPED_PROJECT
from tests.sse_support import events, next_frame, project_stream, rest, subscriptions, task_stream, watching
from tests.waiting import until
from tests.worker_support import run_burst

PROJECT_FIELDS = {"task_id", "task_type", "status", "progress", "attempts", "updated_at"}


@pytest.fixture
async def client(aiohttp_client: AiohttpClient, settings: Settings, redis: Redis) -> Client:
    return await start(aiohttp_client, settings)


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
        subscription = next(iter(subscriptions(client)))
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
