"""Reading requests: the caller's key, JSON bodies, query and path values; failures become ApiErrors."""

from __future__ import annotations

import asyncio
import re
import time
from collections.abc import Mapping
from datetime import UTC, datetime, timedelta
from typing import Any, TypeVar

import msgspec
from aiohttp import hdrs, web

from service.api.appkeys import API_KEY_STORE, KEYRING, SETTINGS
from service.api.auth import Caller, authenticate
from service.api.errors import ApiError, validation_error
from service.api.responses import ENCODER
from service.api.schemas import MAX_METADATA_BYTES, MAX_NESTING, SubmitRequest, nesting_exceeds
from service.registry import AnyTaskType
from service.storage.schedule import Schedule
from service.task_types import parse_task_data

T = TypeVar("T")
_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
_MICROSECOND = timedelta(microseconds=1)

_AT = " - at `"
_NAMED_FIELD = re.compile(r"^Object (?:contains unknown|missing required) field `(?P<name>[^`]*)`")


async def caller(request: web.Request) -> Caller:
    return await authenticate(request, request.app[KEYRING], request.app[API_KEY_STORE])


def task_id_of(request: web.Request) -> str:
    # The route only matches the UUID form; ids are stored lower-case.
    return request.match_info["task_id"].lower()


def split_error(message: str) -> tuple[str, str]:
    """msgspec's "Expected `int`, got `str` - at `$.a`" -> ("$.a", "Expected `int`, got `str`")."""
    text, sep, path = message.rpartition(_AT)
    if not sep:
        text, path = message, "$"
    path = path.removesuffix("`")
    if named := _NAMED_FIELD.match(text):  # name the field itself, not the object holding it
        path = f"{path}.{named['name']}"
    return path, text


def invalid(exc: msgspec.ValidationError, prefix: str = "$") -> ApiError:
    path, message = split_error(str(exc))
    return validation_error(prefix + path.removeprefix("$"), message)


class SlowBody(ApiError):
    """408: the body did not arrive in time. The connection is closed: its unread rest cannot be trusted."""

    def __init__(self, seconds: float) -> None:
        super().__init__(408, f"the request body did not arrive within {seconds:g} s")

    def response(self) -> web.Response:
        response = super().response()
        response.force_close()
        return response


def _is_json(content_type: str) -> bool:
    return content_type == "application/json" or (
        content_type.startswith("application/") and content_type.endswith("+json")
    )


async def read_json(request: web.Request, decoder: msgspec.json.Decoder[T]) -> T:
    """Decode the body: 415 for a non-JSON type (none at all is taken as JSON), 400 bad JSON, 422 bad shape."""
    if hdrs.CONTENT_TYPE in request.headers and not _is_json(request.content_type):
        raise ApiError(415, f"Content-Type must be application/json, not {request.content_type!r}")
    seconds = request.app[SETTINGS].body_timeout_seconds
    try:
        body = await _read_body(request, seconds)  # 413 past client_max_size
    except TimeoutError:
        raise SlowBody(seconds) from None
    except web.RequestPayloadError as exc:  # e.g. a Content-Encoding that does not decode
        raise ApiError(400, f"body could not be read: {exc}") from None
    try:
        return decoder.decode(body)
    except msgspec.ValidationError as exc:
        raise invalid(exc) from None
    except (msgspec.DecodeError, RecursionError) as exc:
        raise ApiError(400, f"body is not valid JSON: {exc}") from None


async def _read_body(request: web.Request, seconds: float) -> bytes:
    if request.content.is_eof():  # the whole body came with the headers: no timer (~7 % of a submit's CPU)
        return await request.read()
    # aiohttp bounds headers (idle timeout) but not the body: a client trickling it would hold the handler.
    async with asyncio.timeout(seconds):
        return await request.read()


def parse_query(request: web.Request, kind: type[T], **path_values: str) -> T:
    """Query parameters (and path values) converted to `kind`; a 422 names the parameter."""
    raw = {**request.query, **path_values}
    for name in raw.keys() & set(getattr(kind, "__struct_fields__", ())):
        if len(request.query.getall(name, ())) > 1:  # otherwise the first would silently win
            raise validation_error(name, "given more than once")
    try:
        parsed = msgspec.convert(raw, kind, strict=False)
    except msgspec.ValidationError as exc:
        field, message = split_error(str(exc))
        raise validation_error(field.removeprefix("$."), message) from None
    for name in raw:  # lax mode reads "null" as None, which only ever means "not given"
        if getattr(parsed, name, ...) is None:
            raise validation_error(name, "Expected a value, got `null`")
    return parsed


def checked_task_data(
    body: SubmitRequest,
    types: Mapping[str, AnyTaskType],
    max_task_data_bytes: int,
) -> dict[str, Any]:
    """The task_data to store: checked against its type's schema, with the schema's defaults filled in."""
    if body.task_type not in types:
        allowed = sorted(types)
        raise validation_error("$.task_type", f"unknown task type; allowed: {', '.join(allowed)}", allowed=allowed)
    for field, value in (("$.task_data", body.task_data), ("$.metadata", body.metadata)):
        if nesting_exceeds(value):
            raise validation_error(field, f"nested deeper than {MAX_NESTING} levels")
    if len(ENCODER.encode(body.metadata)) > MAX_METADATA_BYTES:
        raise validation_error("$.metadata", f"larger than {MAX_METADATA_BYTES} bytes encoded")
    if len(ENCODER.encode(body.task_data)) > max_task_data_bytes:
        raise validation_error("$.task_data", f"larger than {max_task_data_bytes} bytes encoded")
    try:
        parsed = parse_task_data(types[body.task_type].task_data, body.task_data)
    except msgspec.ValidationError as exc:
        raise invalid(exc, prefix="$.task_data") from None
    return parsed if isinstance(parsed, dict) else msgspec.to_builtins(parsed)


def schedule_of(body: SubmitRequest, retention_seconds: int) -> Schedule:
    """When the task is due (run_at, or now + delay_seconds) and its priority; a 422 names the field when both are
    given or the time is more than the retention ahead (the record would not outlive the wait). A past run_at is
    due now."""
    run_at, delay = body.run_at, body.delay_seconds
    if isinstance(run_at, datetime) and isinstance(delay, float | int):
        message = "give run_at or delay_seconds, not both"
        details = [{"field": field, "message": message} for field in ("$.run_at", "$.delay_seconds")]
        raise ApiError(422, f"$.run_at, $.delay_seconds: {message}", details)
    now_us = time.time_ns() // 1000
    if isinstance(run_at, datetime):
        field, due_us = "$.run_at", (run_at - _EPOCH) // _MICROSECOND  # exact: no float on the way
        ahead = (due_us - now_us) / 1_000_000
    elif isinstance(delay, float | int):
        field, ahead = "$.delay_seconds", delay
    else:
        return Schedule(None, int(body.priority))
    if ahead > retention_seconds:  # compared before any arithmetic: a huge number is refused, never overflows
        raise validation_error(field, f"more than TASK_RETENTION_SECONDS ({retention_seconds} s) ahead")
    if not isinstance(run_at, datetime):  # from the task's creation, which storage stamps
        return Schedule(None, int(body.priority), delay_us=round(ahead * 1_000_000))
    return Schedule(due_us, int(body.priority))
