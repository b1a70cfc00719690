"""Domain errors raised by storage; the API maps them to HTTP statuses."""


class TaskNotFound(LookupError):
    """No such task (never created, or expired)."""


class DuplicateTask(RuntimeError):
    """A task or arq job with this id already exists."""


class IdempotencyConflict(ValueError):
    """An Idempotency-Key already used, by the same API key, for a different request."""

    def __init__(self, task_id: str) -> None:
        super().__init__(task_id)
        self.task_id = task_id
