"""The client's event streams against real processes: a task's until its final state, a project's with filters,
resuming after an event id, `reset`, and reconnecting across an API restart without missing an event."""

from __future__ import annotations

import asyncio
import signal
import subprocess
from collections.abc import AsyncIterator, Iterator
from contextlib import asynccontextmanager, suppress
from typing import Any

import pytest
from taskclient import AsyncClient, Client, NotFound, ProjectEvent, Reset, Task, TaskStatus

from deploy.redis_local import free_port
from tests.client_support import api_on
from tests.constants import ADMIN_KEY
from tests.processes import service_env, worker_process
from tests.waiting import until

PROJECT = "events-project"


@pytest.fixture(scope="module")
def env(redis_url: str) -> dict[str, str]:
    return service_env(redis_url, ADMIN_KEY)


@pytest.fixture(scope="module")
def worker(env: dict[str, str]) -> Iterator[None]:
    with worker_process(env):
        yield


@pytest.fixture
async def client(api_url: str, worker: None) -> AsyncIterator[AsyncClient]:
    async with AsyncClient(api_url, ADMIN_KEY) as client:
        yield client


class Follower:
    """A project stream read in the background: every item, and the ids of the tasks that primed it."""

    def __init__(self) -> None:
        self.received: list[ProjectEvent | Reset] = []
        self.primers: set[str] = set()
        self.reader: asyncio.Task[None] | None = None

    async def stop(self) -> None:
        """Close the stream (and its connection) before going on."""
        if self.reader is not None:
            self.reader.cancel()
            with suppress(asyncio.CancelledError):
                await self.reader

    def tasks(self) -> list[ProjectEvent]:
        """The task events, primers left out."""
        return [e for e in self.received if isinstance(e, ProjectEvent) and e.task_id not in self.primers]

    async def has(self, *wanted: tuple[str, str]) -> bool:
        return set(wanted) <= {(e.task_id, e.status.value) for e in self.tasks()}

    async def progressed(self, at_least: int) -> bool:
        return any(e.progress >= at_least for e in self.tasks())


@asynccontextmanager
async def following(
    client: AsyncClient, primer: tuple[str, dict[str, Any]] = ("echo", {}), **filters: str
) -> AsyncIterator[Follower]:
    """A Follower, live once this is entered: `primer` tasks (which the filters let through) are submitted until
    one shows, as a stream gives no other sign that it is subscribed."""
    follower = Follower()

    async def read() -> None:
        async for item in client.events(project_id=PROJECT, **filters):
            follower.received.append(item)

    reader = asyncio.create_task(read())

    async def primed() -> bool:
        follower.primers.add((await client.submit(PROJECT, *primer)).task_id)
        await asyncio.sleep(0.1)  # this poll's interval: the primer's events come within it, or a later one's
        return bool(follower.received) or reader.done()

    follower.reader = reader
    try:
        await until(primed, interval=0)
        assert not reader.done(), reader.exception()
        yield follower
    finally:
        await follower.stop()


async def test_a_task_stream_follows_progress_to_the_final_state_and_ends(client: AsyncClient) -> None:
    task = await client.submit(PROJECT, "sleep", {"seconds": 0.6, "progress_steps": 3})
    async with asyncio.timeout(20):
        seen = [event async for event in client.events(task_id=task.task_id)]
    assert all(isinstance(event, Task) and event.task_id == task.task_id for event in seen)
    assert seen[-1].status is TaskStatus.COMPLETED and seen[-1].result == {"slept": 0.6}
    assert [event.progress for event in seen] == sorted(event.progress for event in seen)
    assert len({(e.status, e.progress, e.attempts) for e in seen}) == len(seen) >= 3  # each a change
    async with asyncio.timeout(10):
        assert [event async for event in client.events(task_id=task.task_id)] == [seen[-1]]  # final: one event


async def test_a_task_stream_of_an_unknown_task_is_not_found(client: AsyncClient) -> None:
    with pytest.raises(NotFound):
        async for _ in client.events(task_id="00000000-0000-4000-8000-000000000000"):
            pass


async def test_the_blocking_client_iterates_a_task_stream(api_url: str, worker: None) -> None:
    def follow() -> list[Task]:
        with Client(api_url, ADMIN_KEY) as sync:
            task = sync.submit(PROJECT, "sleep", {"seconds": 0.2})
            return list(sync.events(task_id=task.task_id))

    seen = await asyncio.wait_for(asyncio.to_thread(follow), 20)
    assert seen[-1].status is TaskStatus.COMPLETED and seen[0].status is not TaskStatus.COMPLETED


async def test_a_project_stream_sends_each_change_in_order_and_filters(client: AsyncClient) -> None:
    quick = ("sleep", {"seconds": 0})
    async with (
        following(client) as everything,
        following(client, quick, status="completed", task_type="sleep") as done,
    ):
        ok = await client.submit(PROJECT, "sleep", {"seconds": 0.2, "progress_steps": 2})
        bad = await client.submit(PROJECT, "sleep", {"seconds": 0, "fail": True})
        await until(lambda: everything.has((ok.task_id, "completed"), (bad.task_id, "failed")), timeout=20)
        await until(lambda: done.has((ok.task_id, "completed")))
    ours = [e for e in everything.tasks() if e.task_id == ok.task_id]
    assert [e.status for e in ours][0] is TaskStatus.QUEUED and ours[-1].status is TaskStatus.COMPLETED
    assert [e.progress for e in ours] == sorted(e.progress for e in ours) and ours[-1].progress == 100
    ids = [e.event_id for e in everything.received if isinstance(e, ProjectEvent)]
    assert len(set(ids)) == len(ids) and all(ids)
    assert [(e.task_id, e.status) for e in done.tasks()] == [(ok.task_id, TaskStatus.COMPLETED)]
    assert all(e.status is TaskStatus.COMPLETED for e in done.received if isinstance(e, ProjectEvent))


async def test_resuming_after_an_event_id_replays_what_came_later_and_an_old_id_is_a_reset(
    client: AsyncClient,
) -> None:
    async with following(client) as first:
        task = await client.submit(PROJECT, "sleep", {"seconds": 0.1, "progress_steps": 2})
        await until(lambda: first.has((task.task_id, "completed")), timeout=20)
    events = [e for e in first.received if isinstance(e, ProjectEvent)]
    replay = client.events(project_id=PROJECT, last_event_id=events[0].event_id)
    async with asyncio.timeout(10):
        again = [await anext(replay) for _ in events[1:]]
    assert again == events[1:]  # the same events, ids and all
    stale = client.events(project_id=PROJECT, last_event_id="0-1")  # before anything the project retains
    async with asyncio.timeout(10):
        reset = await anext(stale)
    assert isinstance(reset, Reset) and reset.last_event_id == "0-1"


async def test_a_project_stream_reconnects_across_an_api_restart_without_a_gap(
    env: dict[str, str], worker: None
) -> None:
    port = free_port()
    async with api_on(port, env) as api:
        async with AsyncClient(f"http://127.0.0.1:{port}", ADMIN_KEY) as client:
            seen, again = await _across_a_restart(client, api, port, env)
    for task_id in {e.task_id for e in seen}:
        ours = [e for e in seen if e.task_id == task_id]
        assert ours[-1].status is TaskStatus.COMPLETED and ours[-1].progress == 100
    assert [e.event_id for e in again] == [e.event_id for e in seen[1:]]  # every retained event, none twice


async def _across_a_restart(
    client: AsyncClient, api: subprocess.Popen[bytes], port: int, env: dict[str, str]
) -> tuple[list[ProjectEvent], list[ProjectEvent]]:
    """What a project stream received while the API crashed and came back, and a replay of the same events."""
    async with following(client) as follower:
        tasks = [await client.submit(PROJECT, "sleep", {"seconds": 1.5, "progress_steps": 6}) for _ in range(3)]
        await until(lambda: follower.progressed(10))
        api.send_signal(signal.SIGKILL)  # a crash: the stream breaks mid-way while the tasks go on
        await asyncio.to_thread(api.wait, 10)
        async with api_on(port, env):
            await until(lambda: follower.has(*((task.task_id, "completed") for task in tasks)), timeout=30)
            seen = [e for e in follower.received if isinstance(e, ProjectEvent)]
            assert not any(isinstance(e, Reset) for e in follower.received)
            replay = client.events(project_id=PROJECT, last_event_id=seen[0].event_id)
            async with asyncio.timeout(10):
                again = [await anext(replay) for _ in seen[1:]]
            await replay.aclose()
            await follower.stop()  # an API stopped while a project stream is open lingers ~20 s before it exits
    return seen, [e for e in again if isinstance(e, ProjectEvent)]
