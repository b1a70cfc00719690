"""`echo`: returns its task_data (load tests and smoke tests)."""

from __future__ import annotations

from typing import Any

from worker.context import WorkerContext


async def run(ctx: WorkerContext, data: dict[str, Any]) -> dict[str, Any]:
    return {"echo": data}
