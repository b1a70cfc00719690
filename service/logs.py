"""Logging for API and worker processes: plain text lines, or one JSON object per line for log shippers.

JSON lines also carry the fields bound to the running request or job (`bind`): the request id in the API, the
task id and attempt in a worker, so one task can be followed from its submit to its webhook.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from types import MappingProxyType
from typing import Any

import msgspec

from service.config import Settings

_encode = msgspec.json.Encoder().encode

LogFields = MappingProxyType[str, str | int]
#: The current request's or job's fields. aiohttp runs each request, arq each job, in an asyncio task of its own,
#: whose context is a copy: what one binds is never seen by another.
_FIELDS: ContextVar[LogFields] = ContextVar("log_fields", default=MappingProxyType({}))
#: What a line always has; a bound field never replaces one of these.
_BASE = ("time", "level", "logger", "message", "exception")


def bind(**fields: str | int) -> None:
    """Add fields to every later line of the current task (request or job); they end with it."""
    _FIELDS.set(MappingProxyType({**_FIELDS.get(), **fields}))


def bound() -> LogFields:
    return _FIELDS.get()


@contextmanager
def log_fields(**fields: str | int) -> Iterator[None]:
    """Fields for the lines of a block only, in a task that outlives it (the reconciler's loop)."""
    token = _FIELDS.set(MappingProxyType({**_FIELDS.get(), **fields}))
    try:
        yield
    finally:
        _FIELDS.reset(token)


class JsonFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        entry: dict[str, Any] = {
            "time": self.formatTime(record),
            "level": record.levelname,
            "logger": record.name,
            "message": record.getMessage(),
        }
        if record.exc_info:
            entry["exception"] = self.formatException(record.exc_info)
        entry.update((name, value) for name, value in _FIELDS.get().items() if name not in _BASE)
        return _encode(entry).decode()


def configure_logging(settings: Settings) -> None:
    handler = logging.StreamHandler(sys.stderr)
    if settings.log_format == "json":
        handler.setFormatter(JsonFormatter())
    else:
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    logging.basicConfig(level=settings.log_level, handlers=[handler], force=True)
    if not settings.job_log:
        # arq logs two INFO lines per job: ~10 % of a worker's CPU at full speed (profiled)
        logging.getLogger("arq.worker").setLevel(max(logging.WARNING, logging.getLevelName(settings.log_level)))
