"""`sleep`: waits, reporting progress; can be asked to fail or to be retried (demos, load and failure tests)."""

from __future__ import annotations

import asyncio
from typing import Any

from service.plugins import TaskContext, TaskType
from service.task_types import SLEEP_TIMEOUT_SECONDS, Sleep

#: Delay before a requested retry runs: short, so demos and tests stay quick.
RETRY_DEFER_SECONDS = 0.05


class SleepFailed(RuntimeError):
    """The failure a `sleep` task with `fail: true` ends with."""


async def run(context: TaskContext, data: Sleep) -> dict[str, Any]:
    if context.attempt <= data.retries:
        context.retry(RETRY_DEFER_SECONDS)
    steps = max(data.progress_steps, 1)
    for step in range(1, steps + 1):
        await asyncio.sleep(data.seconds / steps)
        if data.progress_steps:
            await context.progress(step * 100 / steps)
    if data.fail:
        raise SleepFailed(f"asked to fail after sleeping {data.seconds:g} s")
    return {"slept": data.seconds}


SLEEP = TaskType(
    name="sleep",
    run=run,
    task_data=Sleep,
    description="Wait, reporting progress; can fail or ask to be retried on demand (demos and failure tests).",
    timeout_seconds=SLEEP_TIMEOUT_SECONDS,
    diagnostic=True,
)
