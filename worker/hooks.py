"""arq's on_job_start / after_job_end: one storage operation each (start, finish), never raising.

A repeated or late hook changes nothing: storage refuses a start whose attempt is not newer than the recorded
one, the end of an older attempt, and any move out of a final state. An end that Redis failed (an outage, a
failover) or that no replica confirmed (REDIS_WAIT_REPLICAS) is kept and recorded again by the reconciler loop
(`record_pending`) until it is: otherwise a failover that lost it would leave the task processing under a live
worker's arq claim, and arq's own record of the job may be gone with it.
"""

from __future__ import annotations

import logging

from redis.exceptions import RedisError

from service.logs import bind
from service.models import MIN_PRIORITY, TaskStatus
from service.storage import Ending, Identity, NotReplicated, TaskNotFound, TaskStorage, keys
from worker.context import WorkerContext
from worker.outcome import Failed, Outcome, PendingEnd, Retrying, Succeeded, describe_error

log = logging.getLogger(__name__)


def is_webhook_job(ctx: WorkerContext) -> bool:
    return ctx.get("job_id", "").startswith(keys.WEBHOOK_JOB_PREFIX)


async def on_job_start(ctx: WorkerContext) -> None:
    """Move the task to processing for this attempt; only then does ctx["task"] let the function run."""
    # the job's task id is bound by the worker (resilient.run_job); a delivery's try is not the task's attempt
    if is_webhook_job(ctx):
        bind(webhook_attempt=ctx.get("job_try", 0))
        return
    bind(attempt=ctx.get("job_try", 0))
    try:
        await _start(ctx)
    except Exception as exc:
        # an exception here would escape arq's run_job and stop the worker's poll loop
        log.exception("start of job %s (try %s) not recorded", ctx.get("job_id"), ctx.get("job_try"))
        ctx["start_error"] = describe_error(exc)


async def _start(ctx: WorkerContext) -> None:
    task_id, attempt, storage = ctx["job_id"], ctx["job_try"], ctx["storage"]
    # the attempt names its worker, whose heartbeat (on the task's queue) then tells the reconciler whether the job
    # is still held (service.storage.rescue)
    try:
        moved = await storage.start(task_id, attempt, worker_id=ctx["worker_id"])
    except TaskNotFound:
        log.info("task %s is gone (expired?); its job will not run", task_id)
        return
    if moved.applied:
        ctx["task"] = moved.task
    else:
        log.info("start of task %s (try %d) refused: it is %s", task_id, attempt, moved.task.status)


async def after_job_end(ctx: WorkerContext) -> None:
    """Record a completed or failed execution; a retry or a cancellation leaves the record as it is."""
    if is_webhook_job(ctx) or "task" not in ctx:
        return
    if isinstance(ctx.get("outcome"), Retrying):
        await keep_priority(ctx)
        return
    end = ending(ctx.get("outcome"))
    if end is None:
        return
    pending, kept = PendingEnd(ctx["task"], ctx["job_try"], end), ctx.get("pending_ends")
    try:
        await record_end(ctx["storage"], pending)
    except (NotReplicated, RedisError, OSError) as exc:
        if kept is not None:  # None: a ctx without the worker's start-up (tests), nothing retries
            kept[pending.task.task_id] = pending
        log.warning("end of task %s (%s) not confirmed (%r); %s", pending.task.task_id, end.status, exc,
                    "recording it again shortly" if kept is not None else "not recorded")  # fmt: skip
    except Exception:
        log.exception("outcome of job %s (try %s) not recorded", ctx.get("job_id"), ctx.get("job_try"))


async def keep_priority(ctx: WorkerContext) -> None:
    """arq re-queued a deferred retry at its due time, where it sorts as of the lowest priority: enter it among the
    deferred tasks, so that the promoter gives it back its priority's place once due. Never raises: at worst the
    retry runs in the lowest priority's place."""
    task = ctx["task"]
    if task.priority == MIN_PRIORITY or "deferred" not in ctx:
        return
    try:
        await ctx["deferred"].retried(task.task_type, ctx["storage"].queues.of(task.task_type), task.task_id)
    except Exception as exc:
        log.warning("retry of task %s keeps the lowest priority's place (%r)", task.task_id, exc)


def ending(outcome: Outcome | None) -> Ending | None:
    """The final state an execution's outcome records; None for a retry or an interruption."""
    if isinstance(outcome, Succeeded):
        return Ending(TaskStatus.COMPLETED, result_json=outcome.result_json, duration_us=outcome.duration_us)
    if isinstance(outcome, Failed):
        return Ending(TaskStatus.FAILED, error=outcome.error, duration_us=outcome.duration_us)
    return None  # Retrying: arq runs it again; Interrupted: cancelled by the API, or re-run after shutdown


async def record_end(storage: TaskStorage, pending: PendingEnd) -> None:
    task, end = pending.task, pending.ending
    # project and type come from the start: with them, an expired record's counters are still settled
    try:
        ended = await storage.finish(task.task_id, pending.attempt, end, Identity.of(task))
    except TaskNotFound:
        log.warning(
            "task %s expired before its end: its outcome (%s) is counted, not recorded", task.task_id, end.status
        )
        return
    if not ended.applied:
        log.info("task %s not marked %s: it is already %s", task.task_id, end.status, ended.status)


async def record_pending(ctx: WorkerContext) -> int:
    """Record again the ends after_job_end kept; how many are now recorded (an error leaves the rest for later)."""
    pending = ctx.get("pending_ends", {})
    done = 0
    for task_id, end in list(pending.items()):
        await record_end(ctx["storage"], end)  # applied, or refused as already final: either way it holds now
        del pending[task_id]
        done += 1
    return done
