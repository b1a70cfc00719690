"""The workers' own figures for /metrics: worker starts and lost beats, and what each reconcile pass did.

A few commands per worker start, lost worker or reconcile pass, never per task: one hash, `upkeep_metrics`.
"""

from __future__ import annotations

from typing import NamedTuple

from redis.asyncio import Redis

from service.storage import keys

#: Cumulative counters of the hash (fields), each a `taskservice_<field>_total` in /metrics.
WORKERS_STARTED = "workers_started"
WORKERS_LOST = "workers_lost"
ORPHANS_FINALISED = "orphans_finalised"
CLAIMS_RELEASED = "claims_released"
JOBS_DROPPED = "jobs_dropped"
ABORT_MARKERS_DROPPED = "abort_markers_dropped"
COUNTERS = (WORKERS_STARTED, WORKERS_LOST, ORPHANS_FINALISED, CLAIMS_RELEASED, JOBS_DROPPED, ABORT_MARKERS_DROPPED)
#: Gauges: processing attempts past their type's time limit as the latest full pass saw them, and when (ms).
STUCK_PROCESSING = "stuck_processing"
RECONCILED_AT_MS = "reconciled_at_ms"


class PassFigures(NamedTuple):
    """What one reconcile pass did and saw."""

    finalised: int = 0
    released: int = 0
    dropped: int = 0
    abort_markers: int = 0
    stuck: int = 0


async def record_pass(redis: Redis, figures: PassFigures, now_ms: int) -> None:
    """Add a full pass's actions to the counters and set the stuck gauge (passes of several workers may overlap:
    each saw every active task, so the last one's gauge is as good as any)."""
    counted = {
        ORPHANS_FINALISED: figures.finalised,
        CLAIMS_RELEASED: figures.released,
        JOBS_DROPPED: figures.dropped,
        ABORT_MARKERS_DROPPED: figures.abort_markers,
    }
    async with redis.pipeline(transaction=False) as pipe:
        for field, value in counted.items():
            if value:
                pipe.hincrby(keys.UPKEEP_METRICS, field, value)
        pipe.hset(keys.UPKEEP_METRICS, mapping={STUCK_PROCESSING: figures.stuck, RECONCILED_AT_MS: now_ms})
        await pipe.execute()


async def count(redis: Redis, field: str, amount: int = 1) -> None:
    await redis.hincrby(keys.UPKEEP_METRICS, field, amount)  # type: ignore[misc]


def upkeep_figures(raw: dict[str, str]) -> dict[str, int]:
    """The hash's known fields as integers (0 when never written)."""
    return {field: int(raw.get(field, 0)) for field in (*COUNTERS, STUCK_PROCESSING, RECONCILED_AT_MS)}
