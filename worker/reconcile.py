"""Finalise tasks whose arq job ended without hooks: expired, aborted before start, unknown function, max tries;
and release the claims of jobs whose worker is gone, so they run again at once (worker.rescue).

Every worker runs the loop; they may overlap, which is safe because a move out of a final state is
refused, so each task is finalised (and counted) once.
"""

from __future__ import annotations

import asyncio
import logging
import time

import msgspec
from arq.jobs import DeserializationError, deserialize_result
from arq.worker import JobExecutionFailed
from redis.asyncio import Redis

from service.logs import log_fields
from service.models import TaskStatus
from service.storage import Ending, TaskNotFound, TaskStorage
from service.storage.codec import dump_json
from service.storage.reconcile import active_before, forget_active, job_result, jobs_gone
from service.storage.rescue import Claims
from service.storage.trim import IndexTrimmer
from service.storage.upkeep import record_pass
from worker.context import WorkerContext
from worker.heartbeat import STALE_AFTER_BEATS
from worker.hooks import record_pending
from worker.outcome import describe_error
from worker.rescue import Rescuer
from worker.served import task_specs
from worker.tasks.runner import ARQ_TIMEOUT_MARGIN_SECONDS

log = logging.getLogger(__name__)

#: Tasks younger than this are left alone: their job is normally still ahead of them.
GRACE_SECONDS = 2.0
BATCH = 500
JOB_LOST = "job lost: its arq job ended without a result"


async def reconcile_once(
    storage: TaskStorage,
    arq_redis: Redis,
    *,
    grace_seconds: float = GRACE_SECONDS,
    batch: int = BATCH,
    rescuer: Rescuer | None = None,
) -> int:
    """One pass over the active tasks older than `grace_seconds`; returns how many it finalised.

    With a rescuer, the pass also releases claims that no live worker holds, so arq re-runs those jobs now,
    drops the claimed jobs of final tasks and removes abort markers nothing will read (worker.rescue).
    """
    cutoff_us = int((time.time() - grace_seconds) * 1_000_000)
    finalised, after_us = 0, None
    if rescuer is not None:
        rescuer.start_pass()
    while True:
        rows = await active_before(storage.redis, cutoff_us, after_us=after_us, limit=batch)
        finalised += await _batch(storage, arq_redis, [task_id for task_id, _ in rows], rescuer)
        if len(rows) < batch:
            if rescuer is not None:
                await rescuer.end_of_pass()
            return finalised
        after_us = rows[-1][1]


async def _batch(storage: TaskStorage, arq_redis: Redis, task_ids: list[str], rescuer: Rescuer | None) -> int:
    """Finalise those of `task_ids` whose job is gone and sweep their claims; how many were finalised."""
    if not task_ids:
        return 0
    finalised = 0
    for task_id in await jobs_gone(arq_redis, storage.queues.names, task_ids):
        finalised += await _finalise(storage, arq_redis, task_id)
    if rescuer is not None:
        await rescuer.sweep(task_ids)
    return finalised


async def _finalise(storage: TaskStorage, arq_redis: Redis, task_id: str) -> bool:
    with log_fields(task_id=task_id):
        return await _finalise_task(storage, arq_redis, task_id)


async def _finalise_task(storage: TaskStorage, arq_redis: Redis, task_id: str) -> bool:
    result = await job_result(arq_redis, task_id)
    found = verdict(result)
    try:
        moved = await storage.finalise_orphan(task_id, found)
    except TaskNotFound:
        # the record expired before its job ended. While arq's result is kept, the worker that ended the job may
        # not have run after_job_end yet, which settles the counters once, taking this active_tasks entry.
        if result is None:
            await forget_active(storage.redis, task_id)
        return False
    if moved.applied:
        log.warning("task %s finalised by the reconciler as %s", task_id, found.status)
    return moved.applied


def verdict(raw: bytes | None) -> Ending:
    """What arq's stored result (or its absence) says about a job that ended without hooks."""
    if raw is None:
        return Ending(TaskStatus.FAILED, error=JOB_LOST)
    try:
        info = deserialize_result(raw)
    except DeserializationError:
        return Ending(TaskStatus.FAILED, error="job result unreadable")
    result = info.result
    if isinstance(result, asyncio.CancelledError):
        return Ending(TaskStatus.CANCELLED)
    # arq's own refusals (expired, max tries, unknown function) never ran the function: no duration to count
    ran = not isinstance(result, JobExecutionFailed)
    duration_us = max(int((info.finish_time - info.start_time).total_seconds() * 1_000_000), 0) if ran else None
    if not info.success:
        error = describe_error(result) if isinstance(result, BaseException) else str(result)
        return Ending(TaskStatus.FAILED, error=error, duration_us=duration_us)
    try:
        result_json = dump_json(result)
    except (TypeError, ValueError, msgspec.EncodeError) as exc:
        return Ending(TaskStatus.FAILED, error=f"result not JSON: {describe_error(exc)}", duration_us=duration_us)
    return Ending(TaskStatus.COMPLETED, result_json=result_json, duration_us=duration_us)


async def reconcile_forever(ctx: WorkerContext) -> None:
    """The background loop started with the worker: a pass every settings.reconcile_interval_seconds."""
    settings = ctx["settings"]
    interval = settings.reconcile_interval_seconds
    stale_after = settings.heartbeat_seconds * STALE_AFTER_BEATS
    # an attempt still processing past arq's own limit (the type's + margin) is stuck: nothing will end it
    limits = {spec.name: spec.timeout_seconds + ARQ_TIMEOUT_MARGIN_SECONDS for spec in task_specs(settings)}
    storage = ctx["storage"]
    claims = Claims(ctx["storage_redis"], queue_name=settings.queue_name, queue_names=storage.queues.names)
    own = (ctx["worker_id"], ctx["running_jobs"]) if "running_jobs" in ctx else None
    rescuer = Rescuer(claims, stale_after_seconds=stale_after, limits=limits, own=own)
    trimmer = IndexTrimmer(storage.redis, retention_seconds=storage.retention_seconds, period_seconds=interval)
    while True:
        await asyncio.sleep(interval)
        try:
            if await record_pending(ctx):
                log.info("ends kept after a Redis failure are now recorded")
            count = await reconcile_once(ctx["storage"], ctx["redis"], rescuer=rescuer)
            await record_pass(storage.redis, rescuer.figures(count), int(time.time() * 1000))
            await trimmer.run(ctx["worker_id"])
        except Exception:
            rescuer.forget()
            log.exception("reconcile pass failed; retrying in %g s", interval)
        else:
            if count:
                log.info("reconciler finalised %d task(s)", count)
