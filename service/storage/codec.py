"""Task <-> Redis hash fields, and the clock formats the records use."""

from __future__ import annotations

import time
from datetime import UTC, datetime
from typing import Any

import msgspec

from service.models import Task, TaskStatus, WebhookOutcome

_encode = msgspec.json.Encoder().encode
_decode_object = msgspec.json.Decoder(dict[str, Any]).decode
_decode_any = msgspec.json.Decoder().decode
_decode_webhook = msgspec.json.Decoder(WebhookOutcome).decode


def rfc3339(epoch_seconds: float) -> str:
    return datetime.fromtimestamp(epoch_seconds, UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def now() -> tuple[float, str]:
    """The current time as epoch seconds and as the RFC 3339 text stored in records."""
    t = time.time()
    return t, rfc3339(t)


def dump_json(value: Any) -> str:
    return _encode(value).decode()


def task_fields(task: Task) -> dict[str, str]:
    """The hash fields of a new task: every seed field from the start (other services read the hash directly),
    `result` and `error` as "" until set; optional fields of our own are simply not stored when absent."""
    fields = {
        "task_id": task.task_id,
        "project_id": task.project_id,
        "task_type": task.task_type,
        "status": task.status.value,
        "task_data": dump_json(task.task_data),
        "result": "",
        "error": "",
        "metadata": dump_json(task.metadata),
        "progress": str(task.progress),
        "attempts": str(task.attempts),
        "created_at": task.created_at,
        "updated_at": task.updated_at,
    }
    if task.callback_url is not None:
        fields["callback_url"] = task.callback_url
    return fields


def load_task(fields: dict[str, str]) -> Task:
    result = fields.get("result")  # "" is no result: a stored result is JSON, never empty
    webhook = fields.get("webhook")
    return Task(
        task_id=fields["task_id"],
        project_id=fields["project_id"],
        task_type=fields["task_type"],
        status=TaskStatus(fields["status"]),
        task_data=_decode_object(fields["task_data"]),
        result=_decode_any(result) if result else None,
        error=fields.get("error") or None,
        progress=int(fields.get("progress", 0)),
        attempts=int(fields.get("attempts", 0)),
        metadata=_decode_object(fields.get("metadata", "{}")),
        callback_url=fields.get("callback_url"),
        created_at=fields["created_at"],
        updated_at=fields["updated_at"],
        started_at=fields.get("started_at"),
        completed_at=fields.get("completed_at"),
        webhook=None if webhook is None else _decode_webhook(webhook),
    )


def pairs(fields: dict[str, str]) -> list[str]:
    """Flatten a mapping into the field/value list that the scripts take as ARGV."""
    return [item for pair in fields.items() for item in pair]
