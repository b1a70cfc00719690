"""Client: the AsyncClient for code without an event loop, run on a private loop in a thread of its own."""

from __future__ import annotations

import asyncio
import threading
from collections.abc import AsyncIterator, Coroutine, Iterable, Iterator
from datetime import datetime
from types import TracebackType
from typing import Any, Literal, Self, TypeVar, overload

from taskclient.client import MAX_BATCH, AsyncClient
from taskclient.config import discover
from taskclient.models import (
    Metrics,
    Page,
    Project,
    ProjectEvent,
    Reset,
    Schedule,
    Task,
    TaskRequest,
    TaskStatus,
    TaskType,
)
from taskclient.transport import RetryPolicy, Timeouts

T = TypeVar("T")


class _LoopThread:
    """An event loop running in a daemon thread; coroutines are handed to it and waited for."""

    def __init__(self) -> None:
        self.loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self.loop.run_forever, name="taskclient", daemon=True)
        self._thread.start()

    def run(self, coroutine: Coroutine[Any, Any, T]) -> T:
        return asyncio.run_coroutine_threadsafe(coroutine, self.loop).result()

    def iterate(self, iterator: AsyncIterator[T]) -> Iterator[T]:
        """A blocking iterator over an async one; leaving it early closes the async one (and its connection)."""

        async def step() -> list[T]:
            try:
                return [await anext(iterator)]
            except StopAsyncIteration:
                return []

        try:
            while item := self.run(step()):
                yield item[0]
        finally:
            close = getattr(iterator, "aclose", None)
            if close is not None:
                self.run(close())

    def stop(self) -> None:
        self.loop.call_soon_threadsafe(self.loop.stop)
        self._thread.join()
        self.loop.close()


class Client:
    """The same methods as AsyncClient, blocking. Use it as a context manager, or call `close()`."""

    def __init__(
        self, base_url: str, api_key: str, *, timeouts: Timeouts | None = None, retry: RetryPolicy | None = None
    ) -> None:
        self._async = AsyncClient(base_url, api_key, timeouts=timeouts, retry=retry)
        self._loop = _LoopThread()
        self._closed = False

    @classmethod
    def from_env(cls, *, timeouts: Timeouts | None = None, retry: RetryPolicy | None = None) -> Self:
        """TASKS_URL and TASKS_API_KEY, else the var/ files of a `make run` in the current directory."""
        found = discover()
        return cls(found.url, found.api_key, timeouts=timeouts, retry=retry)

    def __enter__(self) -> Self:
        return self

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None) -> None:
        self.close()

    def close(self) -> None:
        """Close the connections and end the private loop's thread; closing again does nothing."""
        if self._closed:
            return
        self._closed = True
        self._loop.run(self._async.aclose())
        self._loop.stop()

    def submit(
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
        return self._loop.run(
            self._async.submit(
                project_id, task_type, task_data, metadata=metadata, callback_url=callback_url,
                idempotency_key=idempotency_key, run_at=run_at, delay_seconds=delay_seconds, priority=priority,
            )
        )  # fmt: skip

    def submit_many(
        self, requests: Iterable[TaskRequest], *, chunk_size: int = MAX_BATCH, idempotency_key: str | None = None
    ) -> list[Task]:
        return self._loop.run(self._async.submit_many(requests, chunk_size=chunk_size, idempotency_key=idempotency_key))

    def get(self, task_id: str) -> Task:
        return self._loop.run(self._async.get(task_id))

    def wait(self, task_id: str, timeout: float | None = None) -> Task:
        return self._loop.run(self._async.wait(task_id, timeout))

    def cancel(self, task_id: str) -> Task:
        return self._loop.run(self._async.cancel(task_id))

    @overload
    def events(self, *, task_id: str) -> Iterator[Task]: ...

    @overload
    def events(
        self,
        *,
        project_id: str,
        status: TaskStatus | str | None = None,
        task_type: str | None = None,
        last_event_id: str | None = None,
    ) -> Iterator[ProjectEvent | Reset]: ...

    def events(
        self,
        *,
        task_id: str | None = None,
        project_id: str | None = None,
        status: TaskStatus | str | None = None,
        task_type: str | None = None,
        last_event_id: str | None = None,
    ) -> Iterator[Task] | Iterator[ProjectEvent | Reset]:
        if task_id is not None and project_id is None:
            return self._loop.iterate(self._async.events(task_id=task_id))
        if project_id is not None and task_id is None:
            stream = self._async.events(
                project_id=project_id, status=status, task_type=task_type, last_event_id=last_event_id
            )
            return self._loop.iterate(stream)
        raise ValueError("events(): give task_id or project_id, not both")

    def list_tasks(
        self,
        project_id: str,
        *,
        status: TaskStatus | str | None = None,
        task_type: str | None = None,
        limit: int = 50,
        offset: int = 0,
        order: Literal["asc", "desc"] = "desc",
    ) -> Page:
        return self._loop.run(
            self._async.list_tasks(
                project_id, status=status, task_type=task_type, limit=limit, offset=offset, order=order
            )
        )

    def iter_tasks(
        self,
        project_id: str,
        *,
        status: TaskStatus | str | None = None,
        task_type: str | None = None,
        order: Literal["asc", "desc"] = "desc",
        page_size: int = 200,
    ) -> Iterator[Task]:
        return self._loop.iterate(
            self._async.iter_tasks(project_id, status=status, task_type=task_type, order=order, page_size=page_size)
        )

    def metrics(self, project_id: str | None = None) -> Metrics:
        return self._loop.run(self._async.metrics(project_id))

    def projects(self) -> list[Project]:
        return self._loop.run(self._async.projects())

    def task_types(self) -> list[TaskType]:
        return self._loop.run(self._async.task_types())

    def create_schedule(
        self, project_id: str, task_type: str, task_data: dict[str, Any] | None = None, **options: Any
    ) -> Schedule:
        """AsyncClient.create_schedule: cron= or every_seconds=, name=, enabled=, metadata=, callback_url=."""
        return self._loop.run(self._async.create_schedule(project_id, task_type, task_data, **options))

    def schedules(self, project_id: str) -> list[Schedule]:
        return self._loop.run(self._async.schedules(project_id))

    def get_schedule(self, project_id: str, schedule_id: str) -> Schedule:
        return self._loop.run(self._async.get_schedule(project_id, schedule_id))

    def update_schedule(self, project_id: str, schedule_id: str, **changes: Any) -> Schedule:
        return self._loop.run(self._async.update_schedule(project_id, schedule_id, **changes))

    def delete_schedule(self, project_id: str, schedule_id: str) -> None:
        self._loop.run(self._async.delete_schedule(project_id, schedule_id))
