"""Domain errors raised by storage; the API maps them to HTTP statuses."""


class TaskNotFound(LookupError):
    """No such task (never created, or expired)."""


class DuplicateTask(RuntimeError):
    """A task or arq job with this id already exists."""
