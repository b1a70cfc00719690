"""`sleep`: waits, reporting progress; can be asked to fail or to be retried (demos, load and failure tests)."""

from __future__ import annotations

import asyncio
from typing import Any

from arq import Retry

from service.task_types import Sleep
from worker.context import WorkerContext
from worker.progress import report_progress

#: Delay before a requested retry runs: short, so demos and tests stay quick.
RETRY_DEFER_SECONDS = 0.05


class SleepFailed(RuntimeError):
    """The failure a `sleep` task with `fail: true` ends with."""


async def run(ctx: WorkerContext, data: Sleep) -> dict[str, Any]:
    if ctx["job_try"] <= data.retries:
        raise Retry(defer=RETRY_DEFER_SECONDS)
    steps = max(data.progress_steps, 1)
    for step in range(1, steps + 1):
        await asyncio.sleep(data.seconds / steps)
        if data.progress_steps:
            await report_progress(ctx, step * 100 / steps)
    if data.fail:
        raise SleepFailed(f"asked to fail after sleeping {data.seconds:g} s")
    return {"slept": data.seconds}
