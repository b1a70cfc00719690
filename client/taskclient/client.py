"""AsyncClient: every endpoint of the task service's API as a typed coroutine or async iterator."""

from __future__ import annotations

import time
import uuid
from collections.abc import AsyncGenerator, AsyncIterator, Iterable, Iterator
from datetime import datetime
from itertools import islice
from types import TracebackType
from typing import Any, Literal, Self, overload
from urllib.parse import quote

import msgspec

from taskclient import events
from taskclient.config import discover
from taskclient.models import (
    BatchAnswer,
    Metrics,
    Page,
    Project,
    ProjectEvent,
    ProjectPage,
    Reset,
    Task,
    TaskRequest,
    TaskStatus,
    TaskType,
    TaskTypeList,
)
from taskclient.schedules import ScheduleMethods
from taskclient.transport import RetryPolicy, Timeouts, Transport, decode

#: The most the server holds a `?wait=` request, and the most tasks in one batch (API.md).
MAX_WAIT_SECONDS = 60.0
MAX_BATCH = 1000
#: Idempotency-Key's limit on the server; submit_many appends ":<chunk>" to the caller's key.
MAX_IDEMPOTENCY_KEY = 128
_CHUNK_SUFFIX = 12


class _Batch(msgspec.Struct):
    tasks: list[TaskRequest]


_encode = msgspec.json.Encoder().encode


class AsyncClient(ScheduleMethods):
    """A client of one service (`base_url`, e.g. http://127.0.0.1:8000) with one API key; use it as an async
    context manager, or call `aclose()`. Every method raises a TaskServiceError subclass when it fails."""

    #: the longest `?wait=` the server holds (API.md: 60 s); `wait()` asks again past it
    max_hold: float = MAX_WAIT_SECONDS

    def __init__(
        self, base_url: str, api_key: str, *, timeouts: Timeouts | None = None, retry: RetryPolicy | None = None
    ) -> None:
        self._http = Transport(base_url, api_key, timeouts or Timeouts(), retry or RetryPolicy())

    @classmethod
    def from_env(cls, *, timeouts: Timeouts | None = None, retry: RetryPolicy | None = None) -> Self:
        """TASKS_URL and TASKS_API_KEY, else the var/ files of a `make run` in the current directory."""
        found = discover()
        return cls(found.url, found.api_key, timeouts=timeouts, retry=retry)

    @property
    def base_url(self) -> str:
        return self._http.base_url

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.aclose()

    async def aclose(self) -> None:
        await self._http.aclose()

    async def submit(
        self,
        project_id: str,
        task_type: str,
        task_data: dict[str, Any] | None = None,
        *,
        metadata: dict[str, Any] | None = None,
        callback_url: str | None = None,
        idempotency_key: str | None = None,
        run_at: datetime | None = None,
        delay_seconds: float | None = None,
        priority: int | None = None,
    ) -> Task:
        """Submit one task; without `idempotency_key` the client makes one, so its retries never submit twice.
        `run_at` or `delay_seconds` defer it; `priority` (-10..10) orders it among due tasks."""
        request = TaskRequest(
            project_id=project_id, task_type=task_type, task_data=task_data or {}, metadata=metadata,
            callback_url=callback_url, run_at=run_at, delay_seconds=delay_seconds, priority=priority,
        )  # fmt: skip
        headers = {"Idempotency-Key": idempotency_key or str(uuid.uuid4())}
        content = await self._http.call("POST", "/api/v1/tasks/submit", body=_encode(request), headers=headers)
        return decode(content, Task)

    async def submit_batches(
        self, requests: Iterable[TaskRequest], *, chunk_size: int = MAX_BATCH, idempotency_key: str | None = None
    ) -> AsyncIterator[list[Task]]:
        """Submit through the batch endpoint, `chunk_size` tasks a request; yields each chunk's tasks in order.
        A chunk is all or nothing; one that fails raises, and the chunks before it stay submitted. With
        `idempotency_key` K, chunk 0 uses K and chunk i K:i (so one chunk is the same as a batch under K)."""
        if not 1 <= chunk_size <= MAX_BATCH:
            raise ValueError(f"chunk_size must be 1..{MAX_BATCH}, not {chunk_size}")
        if idempotency_key is not None and len(idempotency_key) > MAX_IDEMPOTENCY_KEY - _CHUNK_SUFFIX:
            raise ValueError(f"idempotency_key: at most {MAX_IDEMPOTENCY_KEY - _CHUNK_SUFFIX} characters")
        for index, chunk in enumerate(_chunks(requests, chunk_size)):
            key = str(uuid.uuid4()) if idempotency_key is None else idempotency_key + (f":{index}" if index else "")
            body = _encode(_Batch(chunk))
            content = await self._http.call("POST", "/api/v1/tasks/batch", body=body, headers={"Idempotency-Key": key})
            yield decode(content, BatchAnswer).tasks

    async def submit_many(
        self, requests: Iterable[TaskRequest], *, chunk_size: int = MAX_BATCH, idempotency_key: str | None = None
    ) -> list[Task]:
        """Every task of `requests`, submitted in batches of `chunk_size`, in the order given."""
        tasks: list[Task] = []
        async for chunk in self.submit_batches(requests, chunk_size=chunk_size, idempotency_key=idempotency_key):
            tasks += chunk
        return tasks

    async def get(self, task_id: str) -> Task:
        return decode(await self._http.call("GET", _task_path(task_id)), Task)

    async def wait(self, task_id: str, timeout: float | None = None) -> Task:
        """The task once it is final, or as it is after `timeout` seconds (None: no limit); the server holds each
        request up to 60 s, and the client asks again until the task is final or the time is up."""
        deadline = None if timeout is None else time.monotonic() + timeout
        while True:
            hold = self.max_hold if deadline is None else min(self.max_hold, deadline - time.monotonic())
            hold = round(max(0.0, hold), 3)
            content = await self._http.call("GET", _task_path(task_id), params={"wait": str(hold)}, hold=hold)
            task = decode(content, Task)
            if task.is_final or (deadline is not None and time.monotonic() >= deadline):
                return task

    async def cancel(self, task_id: str) -> Task:
        """Cancel a queued or running task; Conflict (with the task in `details`) when it is already final."""
        # Not repeated after a lost answer: a second cancel of a task the first one cancelled is a 409.
        content = await self._http.call("POST", _task_path(task_id) + "/cancel", replayable=False)
        return decode(content, Task)

    @overload
    def events(self, *, task_id: str) -> AsyncGenerator[Task, None]: ...

    @overload
    def events(
        self,
        *,
        project_id: str,
        status: TaskStatus | str | None = None,
        task_type: str | None = None,
        last_event_id: str | None = None,
    ) -> AsyncGenerator[ProjectEvent | Reset, None]: ...

    def events(
        self,
        *,
        task_id: str | None = None,
        project_id: str | None = None,
        status: TaskStatus | str | None = None,
        task_type: str | None = None,
        last_event_id: str | None = None,
    ) -> AsyncGenerator[Task, None] | AsyncGenerator[ProjectEvent | Reset, None]:
        """`task_id=`: the task now, then each change, ending after its final state. `project_id=`: every change
        to the project's tasks (optionally filtered), without end, resuming after `last_event_id` if given; a
        Reset means events were lost (re-read the listing). Both reconnect when the connection drops; `aclose()` (or
        leaving an `async for`) closes the connection."""
        if (task_id is None) == (project_id is None):
            raise ValueError("events(): give task_id or project_id, not both")
        if task_id is not None:
            return events.task_events(self._http, task_id)
        assert project_id is not None
        return events.project_events(
            self._http, project_id, status=status, task_type=task_type, last_event_id=last_event_id
        )

    async def list_tasks(
        self,
        project_id: str,
        *,
        status: TaskStatus | str | None = None,
        task_type: str | None = None,
        limit: int = 50,
        offset: int = 0,
        order: Literal["asc", "desc"] = "desc",
    ) -> Page:
        """One page of the project's tasks (newest first unless order="asc")."""
        params = {"limit": str(limit), "offset": str(offset), "order": order}
        params |= {name: str(value) for name, value in (("status", status), ("task_type", task_type)) if value}
        content = await self._http.call("GET", f"/api/v1/projects/{quote(project_id, safe='')}/tasks", params=params)
        return decode(content, Page)

    async def iter_tasks(
        self,
        project_id: str,
        *,
        status: TaskStatus | str | None = None,
        task_type: str | None = None,
        order: Literal["asc", "desc"] = "desc",
        page_size: int = 200,
    ) -> AsyncIterator[Task]:
        """Every matching task, page after page. order="asc" is stable while tasks are being submitted."""
        offset: int | None = 0
        while offset is not None:
            page = await self.list_tasks(
                project_id, status=status, task_type=task_type, limit=page_size, offset=offset, order=order
            )
            for task in page.tasks:
                yield task
            offset = page.pagination.following()

    async def metrics(self, project_id: str | None = None) -> Metrics:
        params = {"project_id": project_id} if project_id else None
        return decode(await self._http.call("GET", "/api/v1/tasks/metrics", params=params), Metrics)

    async def projects(self) -> list[Project]:
        """Every project with retained tasks (that the key may see), most recently active first."""
        projects: list[Project] = []
        offset: int | None = 0
        while offset is not None:
            params = {"limit": "200", "offset": str(offset)}
            page = decode(await self._http.call("GET", "/api/v1/projects", params=params), ProjectPage)
            projects += page.projects
            offset = page.pagination.following()
        return projects

    async def task_types(self) -> list[TaskType]:
        return decode(await self._http.call("GET", "/api/v1/task-types"), TaskTypeList).task_types


def _task_path(task_id: str) -> str:
    return f"/api/v1/tasks/{quote(task_id, safe='')}"


def _chunks(requests: Iterable[TaskRequest], size: int) -> Iterator[list[TaskRequest]]:
    it = iter(requests)
    while chunk := list(islice(it, size)):
        yield chunk
