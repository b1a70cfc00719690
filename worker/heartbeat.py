"""The worker's liveness beat: the API's readiness and metrics count live workers per queue from it."""

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
            await heartbeat(ctx["storage_redis"], settings.queue_name, ctx["worker_id"], stale_after_ms=stale_after_ms)
            if not counted:
                await count(ctx["storage_redis"], WORKERS_STARTED)
                counted = True
        except Exception:
            log.warning("heartbeat of worker %s not recorded", ctx["worker_id"], exc_info=True)
        await asyncio.sleep(settings.heartbeat_seconds)
