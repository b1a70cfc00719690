"""`echo`: returns its task_data (load tests and smoke tests)."""

from __future__ import annotations

from typing import Any

from service.plugins import TaskContext, TaskType


async def run(context: TaskContext, data: dict[str, Any]) -> dict[str, Any]:
    return {"echo": data}


ECHO = TaskType(
    name="echo",
    run=run,
    description="Return the task_data as given (smoke and load tests).",
    diagnostic=True,
)
