"""One module per task type; `task_specs` pairs each registered type with its function and time limit."""

from __future__ import annotations

from collections.abc import Mapping

from service.config import Settings
from service.task_types import SLEEP_MAX_SECONDS, registered_types
from worker.tasks import echo, evaluate_department, sleep
from worker.tasks.runner import TaskFunction, TaskSpec

RUNNERS: dict[str, TaskFunction] = {
    "evaluate_department": evaluate_department.run,
    "echo": echo.run,
    "sleep": sleep.run,
}
#: `sleep`'s time limit: its longest valid request and room for its progress reports, so none is cut short.
SLEEP_TIMEOUT_SECONDS = SLEEP_MAX_SECONDS + 30.0


def default_timeouts(settings: Settings) -> dict[str, float]:
    return {
        "evaluate_department": settings.job_timeout_seconds,
        "echo": settings.job_timeout_seconds,
        "sleep": max(settings.job_timeout_seconds, SLEEP_TIMEOUT_SECONDS),
    }


def task_specs(settings: Settings, *, timeouts: Mapping[str, float] | None = None) -> list[TaskSpec]:
    """The task types this worker runs (settings.enable_diagnostic_tasks adds echo and sleep)."""
    limits = {**default_timeouts(settings), **(timeouts or {})}
    types = registered_types(diagnostics=settings.enable_diagnostic_tasks)
    return [TaskSpec(name, schema, RUNNERS[name], limits[name]) for name, schema in types.items()]
