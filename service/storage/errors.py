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


class NotReplicated(RuntimeError):
    """A write Redis applied, but fewer replicas than REDIS_WAIT_REPLICAS confirmed it in time (WAIT): it may be
    lost if the master fails now, and it may also stay. A submit answers 503; its Idempotency-Key finds it again."""

    def __init__(self, acked: int, wanted: int) -> None:
        super().__init__(f"{acked} of {wanted} replica(s) confirmed the write in time")
        self.acked = acked
        self.wanted = wanted
