"""The Python client (taskclient) against real API and worker processes: every call, its types and its errors."""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import pytest
from redis.asyncio import Redis
from taskclient import (
    AsyncClient,
    Client,
    ConfigError,
    Conflict,
    Forbidden,
    InvalidRequest,
    Metrics,
    NotFound,
    Task,
    TaskRequest,
    TaskStatus,
    Unauthorized,
)

from service.storage import keys
from tests.constants import ADMIN_KEY, SCOPED_KEY, SCOPED_PROJECT
from tests.processes import service_env, worker_process
from tests.waiting import until

PROJECT = "client-project"


@pytest.fixture(scope="module")
def env(redis_url: str) -> dict[str, str]:
    return service_env(redis_url, f"{ADMIN_KEY},{SCOPED_KEY}:{SCOPED_PROJECT}")


@pytest.fixture(scope="module")
def service(api_url: str, env: dict[str, str]) -> Iterator[str]:
    with worker_process(env):
        yield api_url


@pytest.fixture
async def client(service: str) -> AsyncIterator[AsyncClient]:
    async with AsyncClient(service, ADMIN_KEY) as client:
        yield client


async def test_submit_then_wait_gives_the_typed_final_task(client: AsyncClient) -> None:
    task = await client.submit(PROJECT, "echo", {"x": 1}, metadata={"who": "test"})
    assert isinstance(task, Task) and task.status is TaskStatus.QUEUED and not task.is_final
    assert (task.project_id, task.task_type, task.task_data, task.metadata) == (
        PROJECT,
        "echo",
        {"x": 1},
        {"who": "test"},
    )
    done = await client.wait(task.task_id, timeout=20)
    assert done.status is TaskStatus.COMPLETED and done.result == {"echo": {"x": 1}}
    assert done.completed_at is not None and done.completed_at >= done.created_at  # datetimes, not strings
    assert await client.get(task.task_id) == done


async def test_wait_asks_again_past_the_servers_hold_and_stops_at_its_timeout(
    client: AsyncClient, redis: Redis
) -> None:
    client.max_hold = 0.3  # as if the server held each request 0.3 s: waiting 1.5 s takes several requests
    task = await client.submit(PROJECT, "sleep", {"seconds": 1.5})
    assert (await client.wait(task.task_id)).status is TaskStatus.COMPLETED
    slow = await client.submit(PROJECT, "sleep", {"seconds": 30})
    started = time.monotonic()
    still = await client.wait(slow.task_id, timeout=1.0)
    assert not still.is_final and 0.9 <= time.monotonic() - started < 5
    await client.cancel(slow.task_id)
    # before the next test's flush can take the abort marker: the worker has stopped the job
    await until(lambda: _job_gone(redis, slow.task_id))


async def _job_gone(redis: Redis, task_id: str) -> bool:
    return not await redis.exists(keys.arq_in_progress(task_id))


async def test_cancel_returns_the_cancelled_task_and_a_second_cancel_is_a_conflict(client: AsyncClient) -> None:
    task = await client.submit(PROJECT, "sleep", {"seconds": 30})
    cancelled = await client.cancel(task.task_id)
    assert cancelled.status is TaskStatus.CANCELLED and cancelled.task_id == task.task_id
    with pytest.raises(Conflict) as caught:
        await client.cancel(task.task_id)
    assert (caught.value.status, caught.value.code) == (409, "conflict")
    assert caught.value.message == "task is already cancelled" and caught.value.details["status"] == "cancelled"


async def test_submit_many_chunks_and_keeps_the_order(client: AsyncClient) -> None:
    requests = [TaskRequest(project_id=PROJECT, task_type="echo", task_data={"i": i}) for i in range(25)]
    chunks = [chunk async for chunk in client.submit_batches(requests, chunk_size=10)]
    assert [len(chunk) for chunk in chunks] == [10, 10, 5]
    tasks = [task for chunk in chunks for task in chunk]
    assert [task.task_data["i"] for task in tasks] == list(range(25))
    more = await client.submit_many(requests[:3], chunk_size=2)
    assert [task.task_data for task in more] == [{"i": 0}, {"i": 1}, {"i": 2}]
    assert len({task.task_id for task in tasks + more}) == 28


async def test_an_idempotency_key_returns_the_first_task_and_covers_every_chunk(client: AsyncClient) -> None:
    first = await client.submit(PROJECT, "echo", {"n": 1}, idempotency_key="client-once")
    again = await client.submit(PROJECT, "echo", {"n": 1}, idempotency_key="client-once")
    assert again.task_id == first.task_id
    with pytest.raises(Conflict):
        await client.submit(PROJECT, "echo", {"n": 2}, idempotency_key="client-once")
    requests = [TaskRequest(project_id=PROJECT, task_type="echo", task_data={"i": i}) for i in range(5)]
    batch = await client.submit_many(requests, chunk_size=2, idempotency_key="client-batch")
    repeat = await client.submit_many(requests, chunk_size=2, idempotency_key="client-batch")
    assert [t.task_id for t in repeat] == [t.task_id for t in batch]
    assert (await client.list_tasks(PROJECT, limit=1)).pagination.total == 6


async def test_iter_tasks_walks_every_page_with_filters(client: AsyncClient) -> None:
    requests = [TaskRequest(project_id=PROJECT, task_type="echo", task_data={"i": i}) for i in range(23)]
    created = await client.submit_many(requests)
    await client.cancel((await client.submit(PROJECT, "sleep", {"seconds": 30})).task_id)
    walked = [task.task_id async for task in client.iter_tasks(PROJECT, task_type="echo", order="asc", page_size=5)]
    assert walked == [task.task_id for task in created]
    newest = [task.task_id async for task in client.iter_tasks(PROJECT, task_type="echo", page_size=7)]
    assert newest == walked[::-1]
    page = await client.list_tasks(PROJECT, task_type="echo", limit=5, offset=20)
    assert (len(page.tasks), page.pagination.total, page.pagination.has_more) == (3, 23, False)
    assert page.pagination.following() is None


async def test_metrics_projects_and_task_types(client: AsyncClient) -> None:
    task = await client.submit(PROJECT, "echo", {})
    await client.wait(task.task_id, timeout=20)
    await client.submit("client-other", "echo", {})
    report = await client.metrics(PROJECT)
    assert isinstance(report, Metrics) and report.metrics.total_tasks == 1
    assert report.by_task_type["echo"].completed_tasks == 1
    assert "arq:queue" in (await client.metrics()).queues
    projects = await client.projects()
    assert [p.project_id for p in projects] == ["client-other", PROJECT]  # most recently active first
    assert projects[1].completed_tasks == 1
    types = {kind.name: kind for kind in await client.task_types()}
    assert {"echo", "sleep", "evaluate_department"} <= set(types)
    assert "department_slug" in types["evaluate_department"].task_data_schema["properties"]


async def test_errors_carry_the_envelope(client: AsyncClient, service: str) -> None:
    with pytest.raises(NotFound) as missing:
        await client.get("00000000-0000-4000-8000-000000000000")
    assert (missing.value.status, missing.value.code) == (404, "not_found")
    assert "00000000-0000-4000-8000-000000000000" in missing.value.message
    with pytest.raises(InvalidRequest) as invalid:
        await client.submit(PROJECT, "evaluate_department", {"department_slug": "x", "department_number": 0})
    assert invalid.value.code == "validation_error"
    assert [d["field"] for d in invalid.value.details] == ["$.task_data.department_number"]
    async with AsyncClient(service, "not-a-key") as stranger:
        with pytest.raises(Unauthorized):
            await stranger.projects()
    async with AsyncClient(service, SCOPED_KEY) as scoped:
        with pytest.raises(Forbidden):
            await scoped.submit(PROJECT, "echo", {})
        with pytest.raises(NotFound):  # a foreign task looks missing
            await scoped.get((await client.submit(PROJECT, "echo", {})).task_id)


async def test_the_blocking_client_runs_the_same_calls_from_plain_code(service: str) -> None:
    def use() -> tuple[Task, list[str]]:
        with Client(service, ADMIN_KEY) as sync:
            task = sync.submit(PROJECT, "echo", {"sync": True})
            done = sync.wait(task.task_id, timeout=20)
            sync.submit_many([TaskRequest(project_id=PROJECT, task_type="echo")] * 3)
            walked = [t.task_id for t in sync.iter_tasks(PROJECT, order="asc", page_size=2)]
            with pytest.raises(NotFound):
                sync.cancel("00000000-0000-4000-8000-000000000000")
        sync.close()  # a second close does nothing
        return done, walked

    done, walked = await asyncio.to_thread(use)  # from a thread of its own, as plain code would
    assert done.status is TaskStatus.COMPLETED and done.result == {"echo": {"sync": True}}
    assert len(walked) == 4 and walked[0] == done.task_id


async def test_from_env_takes_the_variables_else_the_files_of_make_run(
    service: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("TASKS_URL", raising=False)
    monkeypatch.delenv("TASKS_API_KEY", raising=False)
    with pytest.raises(ConfigError, match="TASKS_URL"):
        AsyncClient.from_env()
    (tmp_path / "var").mkdir()
    (tmp_path / "var" / "api-url").write_text(service + "\n")  # as `make run` leaves them
    (tmp_path / "var" / "dev-api-key").write_text("not-the-key")
    monkeypatch.setenv("TASKS_API_KEY", ADMIN_KEY)  # a variable wins over the file
    async with AsyncClient.from_env() as client:
        assert client.base_url == service and await client.projects() == []
    monkeypatch.setenv("TASKS_URL", "ftp://example")
    with pytest.raises(ValueError, match="http://"):
        AsyncClient.from_env()
