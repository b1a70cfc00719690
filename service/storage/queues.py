"""Which arq queue a task's job is in: QUEUE_NAME, or the queue of its own that its type names (TaskType.queue)."""

from __future__ import annotations

from collections.abc import Mapping


class TaskQueues:
    """The queues a process knows: the default one and its task types' own (`routes`: type -> queue)."""

    def __init__(self, default: str, routes: Mapping[str, str] | None = None) -> None:
        #: QUEUE_NAME
        self.default = default
        #: the task types whose jobs go to another queue than the default one, with it
        self.routes = {name: queue for name, queue in (routes or {}).items() if queue != default}

    @property
    def names(self) -> list[str]:
        """The default queue, then every other one."""
        return [self.default, *sorted(set(self.routes.values()))]

    def of(self, task_type: str, recorded: str = "") -> str:
        """A task's queue: the one its record names (submit.QUEUE_FIELD), else its type's, else the default."""
        return recorded or self.routes.get(task_type, self.default)
