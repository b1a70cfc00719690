"""Waiting for tasks to finish: one pub/sub connection per process, fanned out to waiting requests."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from typing import Any

from redis.asyncio import Redis
from redis.exceptions import RedisError

from service.models import Task
from service.storage import keys
from service.storage.store import TaskStorage

log = logging.getLogger(__name__)

#: Waiters re-read the task at least this often, so a lost message costs latency, never correctness.
RECHECK_SECONDS = 0.5
_KEEPALIVE = "task_events:__keepalive__"


class TaskWaiter:
    def __init__(self, redis: Redis, storage: TaskStorage) -> None:
        self.storage = storage
        self.pubsub = redis.pubsub(ignore_subscribe_messages=True)
        self.events: dict[str, asyncio.Event] = {}
        self.listeners: dict[str, int] = {}
        self._reader: asyncio.Task[None] | None = None
        self._closing = False

    async def start(self) -> None:
        self._reader = asyncio.create_task(self._read_forever())

    async def close(self) -> None:
        # redis-py's get_message can swallow a cancellation (seen under load), so the loop also checks a flag
        # and the wait is bounded: shutdown must never hang on the listener.
        self._closing = True
        if self._reader is not None:
            self._reader.cancel()
            await asyncio.wait({self._reader}, timeout=2.0)
        await self.pubsub.aclose()  # type: ignore[no-untyped-call]

    async def wait(self, task_id: str, timeout: float) -> Task:
        """The task once it is final, or as it is when `timeout` seconds have passed."""
        deadline = time.monotonic() + timeout
        event = await self._listen(task_id)
        try:
            while True:
                task = await self.storage.get(task_id)
                remaining = deadline - time.monotonic()
                if task.is_final or remaining <= 0:
                    return task
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(event.wait(), min(remaining, RECHECK_SECONDS))
        finally:
            await self._unlisten(task_id)

    async def _listen(self, task_id: str) -> asyncio.Event:
        count = self.listeners.get(task_id, 0)
        self.listeners[task_id] = count + 1
        if count == 0:
            self.events[task_id] = asyncio.Event()
            with contextlib.suppress(RedisError):  # polling still works without the subscription
                await self.pubsub.subscribe(keys.task_events(task_id))
        return self.events[task_id]

    async def _unlisten(self, task_id: str) -> None:
        self.listeners[task_id] -= 1
        if self.listeners[task_id] == 0:
            del self.listeners[task_id], self.events[task_id]
            with contextlib.suppress(RedisError):
                await self.pubsub.unsubscribe(keys.task_events(task_id))

    async def _read_forever(self) -> None:
        while not self._closing:
            try:
                if not self.pubsub.subscribed:
                    await self.pubsub.subscribe(_KEEPALIVE)
                message = await self.pubsub.get_message(timeout=1.0)
            except (RedisError, OSError) as exc:
                log.warning("task event listener: %s; retrying", exc)
                await asyncio.sleep(1.0)
                continue
            if message is not None:
                self._dispatch(message)

    def _dispatch(self, message: dict[str, Any]) -> None:
        channel = str(message.get("channel", ""))
        event = self.events.get(channel.removeprefix(keys.task_events("")))
        if event is not None:
            event.set()
