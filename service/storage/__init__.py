"""Redis storage shared by API and worker: every key and Lua script lives here."""

from service.storage.errors import DuplicateTask, TaskNotFound
from service.storage.metrics import MetricsReader
from service.storage.store import Page, TaskStorage, TransitionResult

__all__ = ["DuplicateTask", "MetricsReader", "Page", "TaskNotFound", "TaskStorage", "TransitionResult"]
