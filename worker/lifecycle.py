"""Start-up and shut-down of a worker process: shared clients in ctx, heartbeat and reconciler loops."""

from __future__ import annotations

import asyncio
import logging
import os
import socket
import uuid
from collections.abc import Awaitable, Callable

import aiohttp

from service.config import Settings
from service.storage import TaskStorage
from service.storage.client import CONNECT_TIMEOUT_SECONDS, SOCKET_TIMEOUT_SECONDS, connect
from service.storage.metrics import forget_worker
from worker.context import WorkerContext
from worker.heartbeat import beat_forever
from worker.reconcile import reconcile_forever

log = logging.getLogger(__name__)

#: Default limit for an outgoing HTTP call (webhook delivery), so a hung receiver cannot hold a job slot.
HTTP_TIMEOUT_SECONDS = 30.0

Hook = Callable[[WorkerContext], Awaitable[None]]


def new_worker_id() -> str:
    return f"{socket.gethostname()}:{os.getpid()}:{uuid.uuid4().hex[:8]}"


def startup_hook(settings: Settings) -> Hook:
    """arq's on_startup for these settings (arq passes only ctx, so the settings ride in the closure)."""

    async def on_startup(ctx: WorkerContext) -> None:
        storage_redis = connect(
            settings.redis_target(),
            connect_timeout=CONNECT_TIMEOUT_SECONDS,
            timeout=SOCKET_TIMEOUT_SECONDS,
            max_connections=settings.redis_max_connections,
            wait_timeout=settings.redis_wait_seconds,
            idle_seconds=settings.redis_idle_seconds,
            pipelining=settings.redis_pipelining,
            name="worker",
        )
        ctx["settings"] = settings
        ctx["storage_redis"] = storage_redis
        ctx["storage"] = TaskStorage(
            storage_redis,
            retention_seconds=settings.task_retention_seconds,
            queue_name=settings.queue_name,
            events=settings.event_policy(),
            durability=settings.durability(),
        )
        ctx["http"] = aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=HTTP_TIMEOUT_SECONDS))
        ctx["worker_id"] = new_worker_id()
        ctx["pending_ends"] = {}
        ctx["background"] = [asyncio.create_task(beat_forever(ctx)), asyncio.create_task(reconcile_forever(ctx))]
        log.info("worker %s started on queue %s", ctx["worker_id"], settings.queue_name)

    return on_startup


async def on_shutdown(ctx: WorkerContext) -> None:
    """Stop the loops, leave the live-worker set, close the clients; each step even if an earlier one failed."""
    background = ctx.get("background", [])
    for task in background:
        task.cancel()
    await asyncio.gather(*background, return_exceptions=True)
    if "worker_id" in ctx:
        try:
            await forget_worker(ctx["storage_redis"], ctx["settings"].queue_name, ctx["worker_id"])
        except Exception:
            log.warning("worker %s not removed from the live set", ctx["worker_id"], exc_info=True)
    if "http" in ctx:
        await ctx["http"].close()
    if "storage" in ctx:
        await ctx["storage"].aclose()
    if "storage_redis" in ctx:
        await ctx["storage_redis"].aclose()
    log.info("worker %s stopped", ctx.get("worker_id"))
