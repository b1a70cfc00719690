"""arq's on_job_start / after_job_end: one storage transition each, never raising.

A repeated or late hook changes nothing: the transition script refuses a start whose attempt is not
newer than the recorded one and any move out of a final state.
"""

from __future__ import annotations

import logging

from service.models import TaskStatus
from service.storage import TaskNotFound, keys
from service.storage.codec import now
from service.storage.metrics import bucket_for
from worker.context import WorkerContext
from worker.outcome import Failed, Outcome, Succeeded, describe_error

log = logging.getLogger(__name__)

_WEBHOOK_PREFIX = keys.webhook_job_id("")


def is_webhook_job(ctx: WorkerContext) -> bool:
    return ctx.get("job_id", "").startswith(_WEBHOOK_PREFIX)


async def on_job_start(ctx: WorkerContext) -> None:
    """Move the task to processing for this attempt; only then does ctx["task"] let the function run."""
    if is_webhook_job(ctx):
        return
    try:
        await _start(ctx)
    except Exception as exc:
        # an exception here would escape arq's run_job and stop the worker's poll loop
        log.exception("start of job %s (try %s) not recorded", ctx.get("job_id"), ctx.get("job_try"))
        ctx["start_error"] = describe_error(exc)


async def _start(ctx: WorkerContext) -> None:
    task_id, attempt = ctx["job_id"], ctx["job_try"]
    # a new attempt starts from scratch: its own start time, no progress yet; and it names its worker, whose
    # heartbeat then tells the reconciler whether the job is still held (service.storage.rescue)
    fields = {"started_at": now()[1], "progress": "0", **_owner(ctx)}
    try:
        moved = await ctx["storage"].transition(task_id, TaskStatus.PROCESSING, attempt=attempt, fields=fields)
    except TaskNotFound:
        log.info("task %s is gone (expired?); its job will not run", task_id)
        return
    if moved.applied:
        ctx["task"] = moved.task
    else:
        log.info("start of task %s (try %d) refused: it is %s", task_id, attempt, moved.task.status)


def _owner(ctx: WorkerContext) -> dict[str, str]:
    if "worker_id" not in ctx:
        return {}  # a hook called outside a started worker (tests): nobody to name
    return {"worker_id": ctx["worker_id"], "worker_queue": ctx["storage"].queue_name}


async def after_job_end(ctx: WorkerContext) -> None:
    """Record a completed or failed execution; a retry or a cancellation leaves the record as it is."""
    if is_webhook_job(ctx) or "task" not in ctx:
        return
    try:
        await _record(ctx, ctx.get("outcome"))
    except Exception:
        log.exception("outcome of job %s (try %s) not recorded", ctx.get("job_id"), ctx.get("job_try"))


async def _record(ctx: WorkerContext, outcome: Outcome | None) -> None:
    if not isinstance(outcome, Succeeded | Failed):
        return  # Retrying: arq runs it again; Interrupted: cancelled by the API, or re-run after shutdown
    task = ctx["task"]
    stamp = now()[1]
    if isinstance(outcome, Succeeded):
        to, fields = TaskStatus.COMPLETED, {"result": outcome.result_json, "progress": "100", "completed_at": stamp}
    else:
        to, fields = TaskStatus.FAILED, {"error": outcome.error, "completed_at": stamp}
    try:
        # project and type come from the start: with them, an expired record's counters are still settled
        moved = await ctx["storage"].transition(
            task.task_id,
            to,
            identity=(task.project_id, task.task_type),
            attempt=ctx["job_try"],
            duration_us=outcome.duration_us,
            bucket=bucket_for(outcome.duration_us),
            fields=fields,
        )
    except TaskNotFound:
        log.warning("task %s expired before its end: its outcome (%s) is counted, not recorded", task.task_id, to)
        return
    if not moved.applied:
        log.info("task %s not marked %s: it is already %s", task.task_id, to, moved.task.status)
