"""Waiting for tasks to finish: one pattern subscription per process wakes the waiting requests.

A waiter costs Redis one read when it starts and one per wake-up, nothing while it waits. The process holds
one PSUBSCRIBE on every task's events channel, made once, instead of a SUBSCRIBE per waited id: a waiter
registers in memory before its first read, so it needs no confirmation round trip, and the subscription is
re-made by redis-py after a reconnection. Every (re)confirmation of it wakes all waiters to re-read once:
a message lost while the connection was down costs a read, never a wait to the deadline. The price is one
small message per finished task per API process, whether anyone waits or not.
"""

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

_PATTERN = keys.task_events("*")


class WaiterLimit(Exception):
    """Too many requests waiting: on this task (`per_task`) or in this process."""

    def __init__(self, limit: int, *, per_task: bool) -> None:
        super().__init__(f"{limit} waiters {'on this task' if per_task else 'in this process'}")
        self.limit = limit
        self.per_task = per_task


class _Waiting:
    """The waiters of one task: how many, and the event the next message sets (then replaces)."""

    __slots__ = ("count", "event")

    def __init__(self) -> None:
        self.count = 0
        self.event = asyncio.Event()


class TaskWaiter:
    def __init__(self, redis: Redis, storage: TaskStorage, *, max_waiters: int, max_per_task: int) -> None:
        self.storage = storage
        self.pubsub = redis.pubsub()  # subscribe confirmations are wanted: each one wakes every waiter
        self.tasks: dict[str, _Waiting] = {}
        self.waiting = 0
        self.max_waiters = max_waiters
        self.max_per_task = max_per_task
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
        """The task once it is final, or as it is when `timeout` seconds have passed; WaiterLimit if full."""
        deadline = time.monotonic() + timeout
        waiting = self._register(task_id)  # before the first read: a final event after it wakes us
        try:
            while True:
                event = waiting.event  # taken before the read, so a message during the read is not lost
                task = await self.storage.get(task_id)
                remaining = deadline - time.monotonic()
                if task.is_final or remaining <= 0:
                    return task
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(event.wait(), remaining)
        finally:
            self._unregister(task_id, waiting)

    def _register(self, task_id: str) -> _Waiting:
        if self.waiting >= self.max_waiters:
            raise WaiterLimit(self.max_waiters, per_task=False)
        waiting = self.tasks.get(task_id) or self.tasks.setdefault(task_id, _Waiting())
        if waiting.count >= self.max_per_task:
            raise WaiterLimit(self.max_per_task, per_task=True)
        waiting.count += 1
        self.waiting += 1
        return waiting

    def _unregister(self, task_id: str, waiting: _Waiting) -> None:
        waiting.count -= 1
        self.waiting -= 1
        if waiting.count == 0:
            del self.tasks[task_id]

    async def _read_forever(self) -> None:
        while not self._closing:
            try:
                if not self.pubsub.subscribed:
                    await self.pubsub.psubscribe(_PATTERN)
                message = await self.pubsub.get_message(timeout=1.0)
            except (RedisError, OSError) as exc:  # redis-py reconnects and re-subscribes on the next read
                log.warning("task event listener: %s; retrying", exc)
                await asyncio.sleep(1.0)
                continue
            if message is not None:
                self._dispatch(message)

    def _dispatch(self, message: dict[str, Any]) -> None:
        kind = message.get("type")
        if kind == "pmessage":
            waiting = self.tasks.get(str(message["channel"]).removeprefix(keys.TASK_EVENTS_PREFIX))
            if waiting is not None:
                self._wake(waiting)
        elif kind == "psubscribe":  # (re)subscribed: whatever was published meanwhile is re-read
            for waiting in self.tasks.values():
                self._wake(waiting)

    @staticmethod
    def _wake(waiting: _Waiting) -> None:
        waiting.event.set()
        waiting.event = asyncio.Event()
