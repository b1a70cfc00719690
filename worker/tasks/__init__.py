"""One module per task type; `task_specs` pairs each registered type with its function and time limit."""

from __future__ import annotations

from collections.abc import Mapping

from service.config import Settings
from service.task_types import default_timeouts, registered_types
from worker.tasks import echo, evaluate_department, sleep
from worker.tasks.runner import TaskFunction, TaskSpec

RUNNERS: dict[str, TaskFunction] = {
    "evaluate_department": evaluate_department.run,
    "echo": echo.run,
    "sleep": sleep.run,
}


def task_specs(settings: Settings, *, timeouts: Mapping[str, float] | None = None) -> list[TaskSpec]:
    """The task types this worker runs (settings.enable_diagnostic_tasks adds echo and sleep)."""
    limits = {**default_timeouts(settings), **(timeouts or {})}
    types = registered_types(diagnostics=settings.enable_diagnostic_tasks)
    return [TaskSpec(name, schema, RUNNERS[name], limits[name]) for name, schema in types.items()]
