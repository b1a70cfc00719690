"""Exceptions: one base, the API's error envelope (code, message, details) on every HTTP error, and transport ones."""

from __future__ import annotations

import math
from typing import Any

import msgspec


class TaskServiceError(Exception):
    """Anything that kept a call from its answer."""

    def __init__(
        self,
        message: str,
        *,
        status: int | None = None,
        code: str | None = None,
        details: Any = None,
        retry_after: float | None = None,
    ) -> None:
        super().__init__(message)
        self.message = message
        #: HTTP status; None when no answer came (connection, timeout)
        self.status = status
        #: the envelope's `error.code` (`not_found`, `rate_limited`, ...)
        self.code = code
        #: the envelope's `error.details` (422: the bad fields by path; 409 on cancel: the task)
        self.details = details
        #: seconds the server asked to wait (Retry-After), if it did
        self.retry_after = retry_after

    def __str__(self) -> str:
        return f"{self.message} ({self.status} {self.code})" if self.status else self.message


class APIError(TaskServiceError):
    """The server answered with an error status."""


class BadRequest(APIError):
    """400 and other client errors without a class of their own."""


class Unauthorized(APIError):
    """401: missing or unknown API key."""


class Forbidden(APIError):
    """403: the key may not use that project."""


class NotFound(APIError):
    """404: unknown, expired or foreign task (they look alike), or unknown route."""


class Conflict(APIError):
    """409: cancel of a final task, or an Idempotency-Key reused with another body."""


class PayloadTooLarge(APIError):
    """413."""


class InvalidRequest(APIError):
    """422: well-formed JSON or query that breaks the schema; `details` names each bad field by its path."""


class RateLimited(APIError):
    """429 (retried by the client until its retry budget is spent)."""


class ServerError(APIError):
    """5xx."""


class Unavailable(ServerError):
    """503: Redis unreachable, queue refusing, or the server's limits (retried like 429)."""


class TransportError(TaskServiceError):
    """No HTTP answer: the connection failed or broke, or the time ran out."""


class ConnectFailed(TransportError):
    """No connection to the server could be made (nothing was sent)."""


class Disconnected(TransportError):
    """The connection broke after the request was sent: the server may or may not have acted on it."""


class TimedOut(TransportError, TimeoutError):
    """The call's time limit passed."""


class ProtocolError(TaskServiceError):
    """An answer the client cannot read (not the documented JSON or event stream)."""


_BY_STATUS: dict[int, type[APIError]] = {
    401: Unauthorized,
    403: Forbidden,
    404: NotFound,
    409: Conflict,
    413: PayloadTooLarge,
    422: InvalidRequest,
    429: RateLimited,
    503: Unavailable,
}


class _ErrorBody(msgspec.Struct):
    code: str
    message: str
    details: Any = None


class _Envelope(msgspec.Struct):
    error: _ErrorBody


_envelope = msgspec.json.Decoder(_Envelope)


def error_for(status: int, body: bytes, retry_after: float | None = None) -> APIError:
    """The exception for an error answer; a body that is not the envelope (a proxy's page) still gives one."""
    kind = _BY_STATUS.get(status) or (ServerError if status >= 500 else BadRequest)
    try:
        error = _envelope.decode(body).error
    except msgspec.DecodeError:
        text = body[:200].decode("utf-8", "replace").strip() or f"HTTP {status}"
        return kind(text, status=status, code=None, retry_after=retry_after)
    return kind(error.message, status=status, code=error.code, details=error.details, retry_after=retry_after)


def retry_after_of(value: str | None) -> float | None:
    """Retry-After in seconds; the HTTP-date form is not used by the service and counts as absent."""
    try:
        seconds = float(value) if value is not None else math.nan
    except ValueError:
        return None
    return max(0.0, seconds) if math.isfinite(seconds) else None
