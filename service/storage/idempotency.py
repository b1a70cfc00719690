"""Idempotency-Key claims: which API key used which header value for which request."""

from __future__ import annotations

import hashlib
from typing import Any

import msgspec

from service.models import Task
from service.storage import keys

# Sorted keys: the same request written with another key order or spacing has the same fingerprint.
_canonical = msgspec.json.Encoder(order="sorted").encode


class Idempotency(msgspec.Struct, frozen=True):
    """An Idempotency-Key as sent, and the API key that sent it (claims are per API key)."""

    key_id: str
    key: str

    def claim_key(self) -> str:
        return keys.idempotency(self.key_id, hashlib.sha256(self.key.encode("utf-8", "surrogatepass")).hexdigest())


def fingerprint(task: Task) -> str:
    """sha256 of what the client asked for (task_data with its schema's defaults filled in)."""
    asked: list[Any] = [task.project_id, task.task_type, task.task_data, task.metadata, task.callback_url]
    if task.priority:  # only when set, so that a plain request's fingerprint is what it always was
        asked.append(task.priority)
    return hashlib.sha256(_canonical(asked)).hexdigest()
