"""The Idempotency-Key header of submit: checked here, claimed atomically by storage."""

from __future__ import annotations

import re

from aiohttp import web

from service.api.auth import Caller
from service.api.errors import validation_error
from service.storage import Idempotency

HEADER = "Idempotency-Key"
MAX_LENGTH = 128
_PRINTABLE_ASCII = re.compile(rf"[\x20-\x7e]{{1,{MAX_LENGTH}}}")


def idempotency_of(request: web.Request, caller: Caller) -> Idempotency | None:
    """The claim a submit asks for, scoped to the caller's key; 422 naming the header when it is malformed."""
    value = request.headers.get(HEADER)
    if value is None:
        return None
    if not _PRINTABLE_ASCII.fullmatch(value):
        raise validation_error(HEADER, f"must be 1 to {MAX_LENGTH} printable ASCII characters")
    return Idempotency(key_id=caller.key_id, key=value)
