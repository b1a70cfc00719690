"""One error envelope for every failure, and the middleware that maps exceptions onto API.md's table."""

from __future__ import annotations

import logging
import re
from collections.abc import Awaitable, Callable, Mapping
from http import HTTPStatus
from typing import Any

import msgspec
from aiohttp import web
from redis.exceptions import ConnectionError as RedisConnectionError
from redis.exceptions import RedisError
from redis.exceptions import TimeoutError as RedisTimeoutError

from service.api.responses import json_response
from service.models import PROJECT_ID_PATTERN, PROJECT_ID_RULE, TASK_ID_PATTERN
from service.storage import DuplicateTask, IdempotencyConflict, NotReplicated, TaskNotFound

log = logging.getLogger(__name__)

Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]

#: API.md's codes by status; anything else the framework raises gets its reason phrase in snake_case.
CODES = {
    400: "invalid_json",
    401: "unauthorized",
    403: "forbidden",
    404: "not_found",
    405: "method_not_allowed",
    409: "conflict",
    413: "payload_too_large",
    415: "unsupported_media_type",
    422: "validation_error",
    429: "rate_limited",
    503: "unavailable",
}


class ErrorBody(msgspec.Struct):
    code: str
    message: str
    details: Any


class Envelope(msgspec.Struct):
    error: ErrorBody


class ApiError(Exception):
    """An answer the API gives on purpose: an HTTP status, its code, a message and details."""

    def __init__(
        self, status: int, message: str, details: Any = None, *, headers: Mapping[str, str] | None = None
    ) -> None:
        super().__init__(message)
        self.status = status
        self.message = message
        self.details = [] if details is None else details
        self.headers = headers

    @property
    def code(self) -> str:
        return CODES.get(self.status) or HTTPStatus(self.status).phrase.lower().replace(" ", "_")

    def response(self) -> web.Response:
        body = Envelope(ErrorBody(self.code, self.message, self.details))
        return json_response(body, status=self.status, headers=self.headers)


#: msgspec's words for a value that fails a pattern name the regex; a person is told the rule instead.
_IN_WORDS = {f"Expected `str` matching regex {PROJECT_ID_PATTERN!r}": f"Expected {PROJECT_ID_RULE}"}
#: A task's paths, whatever the id: a 404 there names the id asked for (a literal TASK_ID pasted from an
#: example is then told apart from a wrong route).
_TASK_PATH = re.compile(r"^/api/v1/tasks/(?P<task_id>[^/]+)(?:/cancel|/events)?$")
_SHOWN_ID_CHARS = 100


def validation_error(field: str, message: str, **extra: Any) -> ApiError:
    """422 naming the bad field: a JSON path for bodies, the parameter name for query and path values."""
    message = _IN_WORDS.get(message, message)
    return ApiError(422, f"{field}: {message}", [{"field": field, "message": message, **extra}])


def not_found(what: str = "task") -> ApiError:
    return ApiError(404, f"{what} not found")


#: Exceptions from below the handlers (checked in order, by isinstance) -> status, message, details.
_DOMAIN: tuple[tuple[type[BaseException], int, str, list[dict[str, str]]], ...] = (
    (TaskNotFound, 404, "task not found", []),
    (IdempotencyConflict, 409, "Idempotency-Key already used for a different request", [{"header": "Idempotency-Key"}]),
    (DuplicateTask, 503, "the queue refused the job", [{"component": "queue", "reason": "duplicate job id"}]),
    # the write may exist all the same: a repeat with the same Idempotency-Key answers with it once it is replicated
    (NotReplicated, 503, "storage unavailable", [{"component": "redis", "reason": "replicas did not confirm"}]),
    (RedisError, 503, "storage unavailable", [{"component": "redis", "reason": "unreachable or failing"}]),
    (OSError, 503, "storage unavailable", [{"component": "redis", "reason": "unreachable"}]),
)


def _from_http(exc: web.HTTPException) -> ApiError:
    details: list[dict[str, Any]] = []
    if isinstance(exc, web.HTTPMethodNotAllowed):
        details.append({"allowed_methods": sorted(exc.allowed_methods)})
    allow = exc.headers.get("Allow")
    # aiohttp's default text is "404: Not Found"; a specific one (413 names the limit) is worth passing on.
    message = exc.reason if not exc.text or exc.text.startswith(f"{exc.status}:") else exc.text
    return ApiError(exc.status, message, details, headers={"Allow": allow} if allow else None)


def _from_exception(request: web.Request, exc: Exception) -> ApiError:
    for kind, status, message, details in _DOMAIN:
        if isinstance(exc, kind):
            if status == 503:
                _log_unavailable(request, exc)
            return ApiError(status, message, details)
    log.exception("unhandled error on %s %s", request.method, request.path)
    return ApiError(500, "internal error")


def _log_unavailable(request: web.Request, exc: Exception) -> None:
    # Redis going away is expected operations noise; anything else (a script error) deserves a traceback.
    expected = (RedisConnectionError, RedisTimeoutError, OSError, DuplicateTask, NotReplicated)
    log.warning("%s %s: %r", request.method, request.path, exc, exc_info=not isinstance(exc, expected))


def _naming_the_task(request: web.Request, error: ApiError) -> ApiError:
    """A 404 on a task's path says which id has no task: missing, expired, foreign (alike) or not a UUID."""
    found = _TASK_PATH.match(request.path) if error.status == 404 else None
    if not found:
        return error
    task_id = found["task_id"]
    shown = task_id if len(task_id) <= _SHOWN_ID_CHARS else f"{task_id[:_SHOWN_ID_CHARS]}..."
    hint = "" if re.fullmatch(TASK_ID_PATTERN, task_id) else " (task ids are UUIDs, as submit returns them)"
    return ApiError(404, f"no task with id {shown!r}{hint}", error.details, headers=error.headers)


@web.middleware
async def error_middleware(request: web.Request, handler: Handler) -> web.StreamResponse:
    """Every failure, the framework's own 404/405/413 included, leaves as the JSON error envelope."""
    try:
        return await handler(request)
    except ApiError as exc:
        error = exc
    except web.HTTPException as exc:
        if exc.status < 400:
            raise
        error = _from_http(exc)
    except Exception as exc:
        error = _from_exception(request, exc)
    return _naming_the_task(request, error).response()
