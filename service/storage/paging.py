"""Listing pages bounded by bytes as well as by count, read so that Redis never makes one large reply.

page.lua returns a page's ids, sizes.lua the size of each record (HSTRLEN of its large fields: O(1) each); the
page stops before MAX_PAGE_BYTES of records, and the records are read each by its own HGETALL, in round
trips of about READ_CHUNK_BYTES, one large page at a time per process. One script that returned the records
themselves copied 52 MB in 160-170 ms for 200 tasks of 260 KB, while every other client of Redis waited.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Iterator, Sequence
from contextlib import asynccontextmanager, nullcontext
from typing import Any, Literal

import msgspec
from redis.asyncio import Redis
from redis.commands.core import AsyncScript

from service.models import Task
from service.storage import keys
from service.storage.codec import load_task

Order = Literal["asc", "desc"]

#: Default bound of a page's records (the API passes its MAX_PAGE_BYTES setting, of the same default).
MAX_PAGE_BYTES = 4 * 1024 * 1024
#: Records read per round trip, about: Redis serves other clients between two of them.
READ_CHUNK_BYTES = 1024 * 1024
#: A page with more records than this waits for the process's large-page slot; smaller ones never wait.
SMALL_PAGE_BYTES = 256 * 1024
#: Large pages holding or waiting for the slot, per process; beyond them a listing is refused (PagesBusy).
MAX_WAITING_PAGES = 64
#: The record fields whose size varies; page.lua sums their lengths.
SIZED_FIELDS = ("task_data", "result", "metadata", "error")
#: The rest of a record (ids, status, timestamps, webhook...) and its framing: well under this.
RECORD_OVERHEAD = 1024


class Page(msgspec.Struct, frozen=True):
    tasks: list[Task]
    total: int
    #: offset of the next page, None when this one reaches the end
    next_offset: int | None = None


class PagesBusy(Exception):
    """Too many large pages are waiting for this process's large-page slot."""


class PageReader:
    """Reads listing pages. A page of more than SMALL_PAGE_BYTES of records waits for the process's one
    large-page slot: decoding records is CPU that every other request of the process waits for, so one tenant's
    concurrent large pages are read one after another while small pages and other requests go between them.
    """

    def __init__(
        self, redis: Redis, page: AsyncScript, sizes: AsyncScript, *, max_waiting: int = MAX_WAITING_PAGES
    ) -> None:
        self.redis = redis
        self._page = page
        self._sizes = sizes
        self.slot = asyncio.Lock()
        self.max_waiting = max_waiting
        self._queued = 0  # pages holding or waiting for the slot

    async def read(self, index: str, cutoff_us: int, offset: int, limit: int, order: Order, max_bytes: int) -> Page:
        """A page of `index` (trimmed below `cutoff_us` first) stopping before `max_bytes` of records."""
        total, ids = await self._page(keys=[index], args=[cutoff_us, offset, limit, order])
        measured = await self._sizes(keys=[keys.task(task_id) for task_id in ids], args=SIZED_FIELDS) if ids else []
        sizes = [int(size) + RECORD_OVERHEAD for size in measured]
        taken = fitting(sizes, max_bytes)
        large = sum(sizes[:taken]) > SMALL_PAGE_BYTES
        async with self._large_page() if large else nullcontext():
            tasks = await self._records(ids[:taken], sizes[:taken])
        end = offset + taken
        return Page(tasks=tasks, total=int(total), next_offset=end if end < int(total) else None)

    @property
    def queued(self) -> int:
        """Large pages holding or waiting for the slot."""
        return self._queued

    @asynccontextmanager
    async def _large_page(self) -> AsyncIterator[None]:
        if self._queued >= self.max_waiting:
            raise PagesBusy(f"{self._queued} large listing pages are being read")
        self._queued += 1
        try:
            async with self.slot:
                yield
        finally:
            self._queued -= 1

    async def _records(self, task_ids: Sequence[str], sizes: Sequence[int]) -> list[Task]:
        """The records of `task_ids`, in order, each its own HGETALL, READ_CHUNK_BYTES per round trip."""
        tasks: list[Task] = []
        for chunk in chunks(task_ids, sizes, READ_CHUNK_BYTES):
            async with self.redis.pipeline(transaction=False) as pipe:
                for task_id in chunk:
                    pipe.hgetall(keys.task(task_id))
                rows: list[Any] = await pipe.execute()
            tasks += [load_task(row) for row in rows if row]  # an expired record is skipped
        return tasks


def fitting(sizes: Sequence[int], budget: int) -> int:
    """How many leading records fit in `budget` bytes: at least one, so that every page moves on."""
    used = 0
    for count, size in enumerate(sizes):
        used += size
        if used > budget:
            return max(count, 1)
    return len(sizes)


def chunks(ids: Sequence[str], sizes: Sequence[int], budget: int) -> Iterator[Sequence[str]]:
    """`ids` in consecutive runs of at most `budget` bytes (a larger record is a run of its own)."""
    start, used = 0, 0
    for i, size in enumerate(sizes):
        if used + size > budget and i > start:
            yield ids[start:i]
            start, used = i, 0
        used += size
    if start < len(ids):
        yield ids[start:]
