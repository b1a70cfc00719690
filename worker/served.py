"""What this worker runs: the registered task types it serves, their specs, and the queues they route to."""

from __future__ import annotations

from collections.abc import Mapping

from service.config import Settings
from service.registry import AnyTaskType, queues
from service.task_types import registered_types
from worker.tasks.runner import TaskSpec


def served_types(settings: Settings) -> dict[str, AnyTaskType]:
    """The installed types, less the diagnostic ones unless ENABLE_DIAGNOSTIC_TASKS, and only ENABLED_TASK_TYPES
    when set; PluginError when one cannot be loaded."""
    return registered_types(diagnostics=settings.enable_diagnostic_tasks, enabled=settings.enabled_types())


def task_specs(settings: Settings, *, timeouts: Mapping[str, float] | None = None) -> list[TaskSpec]:
    """Each served type with its time limit, tries and queue (`timeouts` overrides time limits: tests)."""
    return [TaskSpec.of(kind, settings, timeouts) for kind in served_types(settings).values()]


def served_queues(settings: Settings) -> dict[str, list[str]]:
    """The queues this worker listens to, each with the types it runs from there: QUEUE_NAME when any served type
    routes there, and the own queue of every served type that names one."""
    return {queue: names for queue, names in queues(served_types(settings), settings.queue_name).items() if names}
