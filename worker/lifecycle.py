"""Start-up and shut-down of a worker process: shared clients in ctx, heartbeat and reconciler loops."""

from __future__ import annotations

import asyncio
import logging
import os
import socket
import uuid
from collections.abc import Awaitable, Callable, Collection, Mapping
from typing import Any

import aiohttp

from service.config import Settings
from service.registry import AnyTaskType, routes
from service.storage import TaskStorage
from service.storage.client import CONNECT_TIMEOUT_SECONDS, SOCKET_TIMEOUT_SECONDS, connect
from service.storage.deferred import DeferredTasks
from service.storage.metrics import forget_worker
from worker.caps import type_gate
from worker.context import WorkerContext
from worker.heartbeat import beat_forever
from worker.promote import promote_forever
from worker.reconcile import reconcile_forever
from worker.schedules import schedule_forever
from worker.served import served_types

log = logging.getLogger(__name__)

#: Default limit for an outgoing HTTP call (webhook delivery), so a hung receiver cannot hold a job slot.
HTTP_TIMEOUT_SECONDS = 30.0

Hook = Callable[[WorkerContext], Awaitable[None]]


def new_worker_id() -> str:
    return f"{socket.gethostname()}:{os.getpid()}:{uuid.uuid4().hex[:8]}"


def storage_of(settings: Settings, types: Mapping[str, AnyTaskType]) -> TaskStorage:
    """The worker's storage client and TaskStorage, routing these task types to their queues."""
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
    return TaskStorage(
        storage_redis,
        retention_seconds=settings.task_retention_seconds,
        queue_name=settings.queue_name,
        events=settings.event_policy(),
        routes=routes(types, settings.queue_name),
        durability=settings.durability(),
        priority_step_ms=settings.priority_step_ms(),
    )


def startup_hook(settings: Settings) -> Hook:
    """arq's on_startup for these settings (arq passes only ctx, so the settings ride in the closure)."""

    async def on_startup(ctx: WorkerContext) -> None:
        types = served_types(settings)
        # worker.group says which queues this process serves; arq's own CLI runs one Worker on QUEUE_NAME
        ctx.setdefault("queues", {settings.queue_name: list(types)})
        ctx["settings"] = settings
        ctx["storage"] = storage_of(settings, types)
        ctx["storage_redis"] = ctx["storage"].redis
        ctx["deferred"] = DeferredTasks(ctx["storage_redis"], step_ms=settings.priority_step_ms())
        ctx["gate"] = type_gate(settings, types, ctx["storage_redis"], ctx["queues"])  # None: no type is capped
        ctx["http"] = aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=HTTP_TIMEOUT_SECONDS))
        ctx["worker_id"] = new_worker_id()
        ctx["pending_ends"] = {}
        ctx["background"] = [asyncio.create_task(beat_forever(ctx)), asyncio.create_task(reconcile_forever(ctx))]
        ctx["background"].append(asyncio.create_task(promote_forever(ctx)))
        ctx["background"].append(asyncio.create_task(schedule_forever(ctx)))  # periodic schedules' ticks
        served = ", ".join(f"{queue} ({', '.join(names)})" for queue, names in ctx["queues"].items())
        log.info("worker %s started on %s", ctx["worker_id"], served)

    return on_startup


async def cancel_until_done(tasks: Collection[asyncio.Task[Any]], *, limit_seconds: float = 5.0) -> None:
    """Cancel `tasks` again and again until they end (at most `limit_seconds`): a cancellation that lands as a
    Redis reply arrives can be lost (Python 3.11's wait_for, redis-py's reads), and a loop that lost it runs on."""
    pending = {task for task in tasks if not task.done()}
    deadline = asyncio.get_running_loop().time() + limit_seconds
    while pending and asyncio.get_running_loop().time() < deadline:
        for task in pending:
            task.cancel()
        _, pending = await asyncio.wait(pending, timeout=0.1)
    if pending:
        log.warning("%d background task(s) still running after %g s of cancelling", len(pending), limit_seconds)


async def on_shutdown(ctx: WorkerContext) -> None:
    """Stop the loops, leave the live-worker set, close the clients; each step even if an earlier one failed."""
    await cancel_until_done(ctx.get("background", []))
    if (gate := ctx.get("gate")) is not None:
        await gate.release_all()  # never raises: a slot not given back lapses with its lease
    if "worker_id" in ctx:
        try:
            for queue, names in ctx["queues"].items():
                await forget_worker(ctx["storage_redis"], queue, ctx["worker_id"], task_types=names)
        except Exception as exc:  # Redis away at shutdown: the entries expire by themselves (3 beats)
            log.warning("worker %s not removed from the live set (%r); its entries expire", ctx["worker_id"], exc)
    if "http" in ctx:
        await ctx["http"].close()
    if "storage" in ctx:
        await ctx["storage"].aclose()
    if "storage_redis" in ctx:
        await ctx["storage_redis"].aclose()
    log.info("worker %s stopped", ctx.get("worker_id"))
