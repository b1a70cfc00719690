"""Logging for API and worker processes: plain text lines, or one JSON object per line for log shippers."""

from __future__ import annotations

import logging
import sys

import msgspec

from service.config import Settings

_encode = msgspec.json.Encoder().encode
#: Record attributes a line carries when set: a task's logger (service.plugins.TaskLogger) binds them.
TASK_FIELDS = ("task_id", "task_type", "attempt")


class JsonFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        entry = {
            "time": self.formatTime(record),
            "level": record.levelname,
            "logger": record.name,
            "message": record.getMessage(),
        }
        entry.update({name: getattr(record, name) for name in TASK_FIELDS if hasattr(record, name)})
        if record.exc_info:
            entry["exception"] = self.formatException(record.exc_info)
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
