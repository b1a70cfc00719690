"""Task <-> Redis hash fields, and the clock formats the records use."""

from __future__ import annotations

import time
from datetime import UTC, datetime, timedelta
from typing import Any, NamedTuple

import msgspec

from service.models import Task, TaskStatus, WebhookOutcome

_encode = msgspec.json.Encoder().encode
_decode_object = msgspec.json.Decoder(dict[str, Any]).decode
_decode_any = msgspec.json.Decoder().decode
_decode_webhook = msgspec.json.Decoder(WebhookOutcome).decode


_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
_MICROSECOND = timedelta(microseconds=1)


def rfc3339(epoch_seconds: float) -> str:
    return datetime.fromtimestamp(epoch_seconds, UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


class Stamp(NamedTuple):
    """One instant as the records hold it: microseconds since the epoch (index scores) and its RFC 3339 text."""

    us: int
    iso: str

    @property
    def ms(self) -> int:
        return self.us // 1000


def stamp() -> Stamp:
    """The current time; `iso` is exactly `us` (score_of(iso) == us), so an index score derives from a record."""
    us = time.time_ns() // 1000
    return Stamp(us, iso_of(us))


def iso_of(us: int) -> str:
    """RFC 3339 text of an instant in µs since the epoch, exactly (score_of(iso_of(us)) == us)."""
    return (_EPOCH + timedelta(microseconds=us)).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def now_iso() -> str:
    return stamp().iso


def score_of(created_at: str) -> int:
    """A task's index score (creation, µs) from its created_at: what create.lua scored it with."""
    return (datetime.fromisoformat(created_at) - _EPOCH) // _MICROSECOND


def text(value: str | bytes | None) -> str:
    """A reply value as text, whichever client (bytes or decoded) read it; None as ""."""
    if value is None:
        return ""
    return value.decode() if isinstance(value, bytes) else value


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
    if task.scheduled_for is not None:
        fields["scheduled_for"] = task.scheduled_for
    if task.priority:
        fields["priority"] = str(task.priority)
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
        scheduled_for=fields.get("scheduled_for"),
        priority=int(fields.get("priority", 0)),
    )


def pairs(fields: dict[str, str]) -> list[str]:
    """Flatten a mapping into the field/value list that the scripts take as ARGV."""
    return [item for pair in fields.items() for item in pair]
