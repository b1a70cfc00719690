"""Redis storage shared by API and worker: every key and Lua script lives here."""

from service.storage.apikeys import ApiKeyStore, RateLimit
from service.storage.errors import DuplicateTask, IdempotencyConflict, NotReplicated, TaskNotFound
from service.storage.idempotency import Idempotency
from service.storage.metrics import MetricsReader
from service.storage.moves import Ended, Ending, Identity, Moved
from service.storage.paging import Page
from service.storage.store import TaskStorage

__all__ = [
    "ApiKeyStore",
    "DuplicateTask",
    "Ended",
    "Ending",
    "Idempotency",
    "IdempotencyConflict",
    "Identity",
    "MetricsReader",
    "Moved",
    "NotReplicated",
    "Page",
    "RateLimit",
    "TaskNotFound",
    "TaskStorage",
]
