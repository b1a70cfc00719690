"""Helpers for the worker tests: real arq Workers in this process, and reads of the records they leave."""

from __future__ import annotations

import asyncio
import contextlib
import warnings
from collections.abc import AsyncIterator, Mapping
from typing import Any

from arq.worker import Worker
from redis.asyncio import Redis

from service.config import Settings
from service.models import Task
from service.storage import TaskStorage, keys
from worker.resilient import ResilientWorker
from worker.settings import worker_options


def build_worker(settings: Settings, *, timeouts: Mapping[str, float] | None = None, **overrides: Any) -> Worker:
    """The worker `python -m worker` runs, in this process, e.g. build_worker(settings, burst=True, poll_delay=0)."""
    return ResilientWorker(**{**worker_options(settings, timeouts=timeouts), "handle_signals": False, **overrides})


async def close_worker(worker: Worker) -> None:
    """Worker.close(), which calls redis-py's deprecated close(); the warning is arq's to fix, not ours."""
    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", message="Call to deprecated close", category=DeprecationWarning)
        await worker.close()


async def run_burst(settings: Settings, **overrides: Any) -> Worker:
    """Run a worker until the queue is empty (deferred retries included), then shut it down."""
    worker = build_worker(settings, burst=True, poll_delay=0, **overrides)
    try:
        await asyncio.wait_for(worker.main(), 30)
    finally:
        await close_worker(worker)
    return worker


@contextlib.asynccontextmanager
async def running_worker(settings: Settings, **overrides: Any) -> AsyncIterator[Worker]:
    """A worker polling in the background for the duration of the block."""
    worker = build_worker(settings, poll_delay=0.01, **overrides)
    main = asyncio.create_task(worker.main())
    try:
        yield worker
    finally:
        # redis-py can swallow a cancellation that lands inside a read (see storage/waiter.py): cancel until it ends
        while not main.done():
            main.cancel()
            await asyncio.wait({main}, timeout=1.0)
        with contextlib.suppress(asyncio.CancelledError):
            await main
        await close_worker(worker)


async def counters(redis: Redis, key: str = keys.METRICS) -> dict[str, int]:
    return {k: int(v) for k, v in (await redis.hgetall(key)).items()}  # type: ignore[misc]


async def status_is(storage: TaskStorage, task_id: str, *statuses: str) -> Task | None:
    task = await storage.get(task_id)
    return task if task.status in statuses else None
