"""The worker's liveness beat, on every queue it serves with the task types it runs from there: the API's readiness
and metrics count live workers per queue, and per task type, from it."""

from __future__ import annotations

import asyncio
import logging

from service.storage.metrics import heartbeat
from service.storage.upkeep import WORKERS_STARTED, count
from worker.context import WorkerContext

log = logging.getLogger(__name__)

#: A worker silent for this many beats is no longer counted as live.
STALE_AFTER_BEATS = 3


async def beat_forever(ctx: WorkerContext) -> None:
    """Beat every settings.heartbeat_seconds until cancelled; a failed beat is logged, never fatal. The first beat
    that lands also counts the worker's start (taskservice_workers_started_total: a crash loop shows there)."""
    settings = ctx["settings"]
    stale_after_ms = int(settings.heartbeat_seconds * STALE_AFTER_BEATS * 1000)
    counted = False
    while True:
        try:
            for queue, names in ctx["queues"].items():
                await heartbeat(
                    ctx["storage_redis"], queue, ctx["worker_id"], stale_after_ms=stale_after_ms, task_types=names
                )
            if (gate := ctx.get("gate")) is not None:  # the leases of the run slots this worker's jobs hold
                await gate.renew()
            if not counted:
                await count(ctx["storage_redis"], WORKERS_STARTED)
                counted = True
        except Exception:
            log.warning("heartbeat of worker %s not recorded", ctx["worker_id"], exc_info=True)
        await asyncio.sleep(settings.heartbeat_seconds)
