"""Progress reports from inside a running task."""

from __future__ import annotations

import logging

from worker.context import WorkerContext

log = logging.getLogger(__name__)


async def report_progress(ctx: WorkerContext, percent: float) -> bool:
    """Record progress (0..100) of the running task; False when it is no longer processing (or Redis failed).

    Progress is informative only, so a Redis error is logged rather than failing the task.
    """
    task = ctx.get("task")
    if task is None:
        return False
    try:
        return await ctx["storage"].progress(task.task_id, int(percent), task.project_id)
    except Exception:
        log.warning("progress of task %s not recorded", task.task_id, exc_info=True)
        return False
