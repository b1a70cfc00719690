"""A listing page is bounded by bytes as well as by count, and no Redis reply carries more than the bound.

200 tasks of ~260 KB made one `?limit=200` page a single 52 MB script reply: every other client of Redis waited
for it. The replies are measured where they arrive, on the client's connection (each command of a pipeline is
its own reply).
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from typing import Any

import msgspec
import pytest
from pytest_aiohttp import AiohttpClient
from redis.asyncio import Connection, ConnectionPool, Redis

from service.api.appkeys import STORAGE
from service.config import Settings
from service.storage import TaskStorage
from tests.api_support import ADMIN, OTHER_PROJECT, PROJECT, Client, error_of, start
from tests.waiting import until

BLOB = 260_000
TASKS = 200
MAX_BYTES = 2 * 1024 * 1024


def reply_size(reply: Any) -> int:
    if isinstance(reply, str | bytes):
        return len(reply)
    if isinstance(reply, list | tuple):
        return sum(reply_size(item) for item in reply)
    return 8


class Measured(msgspec.Struct):
    storage: TaskStorage
    replies: list[int]


@pytest.fixture
async def measured(redis_url: str, redis: Redis, settings: Settings) -> AsyncIterator[Measured]:
    """Storage over a client whose connections record the size of every reply they read."""
    replies: list[int] = []

    class MeasuringConnection(Connection):
        async def read_response(self, *args: Any, **kwargs: Any) -> Any:
            reply = await super().read_response(*args, **kwargs)
            replies.append(reply_size(reply))
            return reply

    client = Redis.from_pool(
        ConnectionPool.from_url(redis_url, decode_responses=True, connection_class=MeasuringConnection)
    )
    storage = TaskStorage(client, retention_seconds=settings.task_retention_seconds, queue_name=settings.queue_name)
    yield Measured(storage, replies)
    await storage.aclose()
    await client.aclose()


async def fill(storage: TaskStorage, count: int = TASKS) -> list[str]:
    """`count` echo tasks of ~260 KB each, oldest first."""
    created = []
    for i in range(count):
        task = await storage.create(project_id=PROJECT, task_type="echo", task_data={"i": i, "blob": "x" * BLOB})
        created.append(task.task_id)
    return created


async def test_a_big_page_stops_under_the_byte_bound_and_says_where_to_go_on(measured: Measured) -> None:
    await fill(measured.storage)
    measured.replies.clear()
    page = await measured.storage.page(PROJECT, limit=TASKS, order="asc", max_bytes=MAX_BYTES)
    assert page.total == TASKS
    assert 1 < len(page.tasks) < TASKS and page.next_offset == len(page.tasks)
    assert len(page.tasks) * BLOB <= MAX_BYTES < (len(page.tasks) + 1) * BLOB
    # what Redis sent for this page: no reply, and not all of them together, beyond the bound
    assert max(measured.replies) <= MAX_BYTES
    assert sum(measured.replies) <= MAX_BYTES
    # each record its own command: no reply holds two records
    assert max(measured.replies) < 2 * BLOB


async def test_walking_next_offset_yields_every_task_once_in_order(measured: Measured) -> None:
    created = await fill(measured.storage)
    for order, expected in (("asc", created), ("desc", created[::-1])):
        seen: list[str] = []
        offset: int | None = 0
        while offset is not None:
            measured.replies.clear()
            page = await measured.storage.page(PROJECT, offset=offset, limit=TASKS, order=order, max_bytes=MAX_BYTES)  # type: ignore[arg-type]
            assert page.tasks and sum(measured.replies) <= MAX_BYTES
            seen += [task.task_id for task in page.tasks]
            offset = page.next_offset
        assert seen == expected


async def test_a_task_larger_than_the_bound_is_a_page_of_its_own(measured: Measured) -> None:
    created = await fill(measured.storage, 3)
    pages = []
    offset: int | None = 0
    while offset is not None:
        page = await measured.storage.page(PROJECT, offset=offset, limit=50, order="asc", max_bytes=BLOB // 2)
        pages.append([task.task_id for task in page.tasks])
        offset = page.next_offset
    assert pages == [[task_id] for task_id in created]


async def test_the_api_page_says_has_more_and_next_offset(
    aiohttp_client: AiohttpClient, settings: Settings, storage: TaskStorage
) -> None:
    created = await fill(storage)
    client: Client = await start(aiohttp_client, msgspec.structs.replace(settings, max_page_bytes=MAX_BYTES))
    seen: list[str] = []
    offset: int | None = 0
    while offset is not None:
        params = {"limit": str(TASKS), "offset": str(offset), "order": "asc"}
        resp = await client.get(f"/api/v1/projects/{PROJECT}/tasks", params=params, headers=ADMIN)
        assert resp.status == 200
        assert len(await resp.read()) <= MAX_BYTES
        body = await resp.json()
        pagination, count = body["pagination"], len(body["tasks"])
        assert 1 <= count < TASKS and pagination["limit"] == TASKS and pagination["total"] == TASKS
        assert pagination["offset"] == offset
        assert pagination["next_offset"] == (offset + count if offset + count < TASKS else None)
        assert pagination["has_more"] is (pagination["next_offset"] is not None)
        seen += [task["task_id"] for task in body["tasks"]]
        offset = pagination["next_offset"]
    assert seen == created


async def test_large_pages_are_read_one_at_a_time_and_small_ones_go_between(storage: TaskStorage) -> None:
    big = await fill(storage, 3)
    small = (await storage.create(project_id=OTHER_PROJECT, task_type="echo", task_data={"n": 1})).task_id

    async def waiting() -> bool:
        return storage.pages.queued == 1

    async with storage.pages.slot:  # a large page of this process is being read
        reading = asyncio.create_task(storage.page(PROJECT, order="asc"))
        await until(waiting)
        assert [t.task_id for t in (await storage.page(OTHER_PROJECT)).tasks] == [small]  # did not wait
        assert not reading.done()
    assert [t.task_id for t in (await reading).tasks] == big


async def test_too_many_large_pages_waiting_is_a_503(
    aiohttp_client: AiohttpClient, settings: Settings, storage: TaskStorage
) -> None:
    await fill(storage, 2)
    client: Client = await start(aiohttp_client, settings)
    client.app[STORAGE].pages.max_waiting = 0  # as if the process already had its fill of large pages waiting
    resp = await client.get(f"/api/v1/projects/{PROJECT}/tasks", headers=ADMIN)
    error = await error_of(resp, 503, "unavailable")
    assert "retry" in error["message"] and resp.headers["Retry-After"] == "1"
    small = await client.get(f"/api/v1/projects/{PROJECT}/tasks", params={"limit": "1"}, headers=ADMIN)
    assert small.status == 200  # a page under the large-page size never waits
