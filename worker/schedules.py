"""The workers' schedule loop: fire every due tick of the periodic schedules (service/storage/schedules.py).

Every worker runs it; they may race on a tick, which is safe because firing is a compare-and-set in one script
(exactly one task per tick). The loop wakes at the earliest next run, at most MAX_PAUSE_SECONDS later, and fires at
most BATCH schedules a pass; a late worker fires only the latest tick of a schedule (missed ones are not replayed).
"""

from __future__ import annotations

import asyncio
import logging
import random
import time

from redis.exceptions import ConnectionError as RedisConnectionError
from redis.exceptions import TimeoutError as RedisTimeoutError

from service.storage import NotReplicated
from service.storage.schedules import Fired, ScheduleStore
from worker.context import WorkerContext

log = logging.getLogger(__name__)

#: Schedules fired per pass, at most (the rest in the next pass, at once).
BATCH = 100
#: The longest sleep between passes: a schedule created or changed meanwhile is seen within this.
MAX_PAUSE_SECONDS = 1.0
#: Redis away or replicas slow: the whole pass stops, one log line without a traceback (as the heartbeat's)
UNREACHABLE = (RedisConnectionError, RedisTimeoutError, OSError, NotReplicated)


def store_of(ctx: WorkerContext) -> ScheduleStore:
    settings, storage = ctx["settings"], ctx["storage"]
    return ScheduleStore(
        ctx["storage_redis"],
        queue_name=settings.queue_name,
        retention_seconds=settings.task_retention_seconds,
        events=settings.event_policy(),
        durability=settings.durability(),
        routes=storage.queues.routes,
    )


async def fire_due(store: ScheduleStore, batch: int = BATCH) -> tuple[int, bool]:
    """One pass: fire the schedules due now; how many this worker fired, and whether more were due."""
    due = await store.due(int(time.time() * 1000), batch)
    random.shuffle(due)  # workers racing on the same ticks then mostly take different ones first
    fired = 0
    for schedule_id, due_ms in due:
        try:
            fired += await store.fire(schedule_id, due_ms) is Fired.FIRED
        except UNREACHABLE:
            raise
        except Exception:  # one bad record must not stop the others; the next pass tries it again
            log.exception("schedule %s: firing its tick failed", schedule_id)
    return fired, len(due) >= batch


async def pause(store: ScheduleStore) -> float:
    """Seconds until the earliest next run, capped at MAX_PAUSE_SECONDS."""
    earliest = await store.earliest()
    if earliest is None:
        return MAX_PAUSE_SECONDS
    return min(max(earliest / 1000 - time.time(), 0.0), MAX_PAUSE_SECONDS)


async def schedule_forever(ctx: WorkerContext) -> None:
    """The background loop started with the worker (stopped by on_shutdown)."""
    store = store_of(ctx)
    try:
        while True:
            try:
                _, more = await fire_due(store)
                wait = 0.0 if more else await pause(store)
            except UNREACHABLE as exc:
                log.warning("schedule pass failed (%r); retrying in %g s", exc, MAX_PAUSE_SECONDS)
                wait = MAX_PAUSE_SECONDS
            except Exception:
                log.exception("schedule pass failed; retrying in %g s", MAX_PAUSE_SECONDS)
                wait = MAX_PAUSE_SECONDS
            await asyncio.sleep(wait)
    finally:
        await store.aclose()
