"""POST /api/v1/tasks/batch: 1..1000 submit bodies, checked in full, then created in one storage step or not at all."""

from __future__ import annotations

from typing import Any

import msgspec
from aiohttp import web

from service.api.appkeys import API_KEY_STORE, SETTINGS, STORAGE, TASK_TYPES
from service.api.auth import Caller, rate_limited, require_project
from service.api.errors import ApiError
from service.api.idempotency import idempotency_of
from service.api.requests import caller, checked_task_data, invalid, read_json, schedule_of
from service.api.responses import json_response
from service.api.schemas import BatchBody, BatchResponse, SubmitRequest

_batch_decoder = msgspec.json.Decoder(BatchBody)
_item_decoder = msgspec.json.Decoder(SubmitRequest)


async def submit_batch(request: web.Request) -> web.Response:
    key = await caller(request)
    idempotency = idempotency_of(request, key)
    # Its own body limit: aiohttp's client_max_size, raised for this request only (413 above it, as elsewhere).
    big = request.clone(client_max_size=request.app[SETTINGS].max_batch_body_bytes)
    items = _items(await read_json(big, _batch_decoder))
    for project_id in dict.fromkeys(item.project_id for item in items):
        require_project(key, project_id)
    asked = _checked(request, items)
    await _charge(request, key, len(items))
    tasks = await request.app[STORAGE].create_batch(asked, idempotency)
    return json_response(BatchResponse(tasks=tasks), status=202)


def _items(body: BatchBody) -> list[SubmitRequest]:
    """Every item decoded; a 422 names every bad one ($.tasks[i]...)."""
    items, errors = [], []
    for i, raw in enumerate(body.tasks):
        try:
            items.append(_item_decoder.decode(raw))
        except msgspec.ValidationError as exc:
            errors += _at(i, invalid(exc))
        except msgspec.DecodeError as exc:  # not an object at all (Raw holds any JSON value)
            errors.append({"field": f"$.tasks[{i}]", "message": str(exc)})
    _raise_if(errors)
    return items


def _checked(request: web.Request, items: list[SubmitRequest]) -> list[dict[str, Any]]:
    """create()'s values of every item, task_data checked against its type; a 422 names every bad one."""
    settings, types = request.app[SETTINGS], request.app[TASK_TYPES]
    asked, errors = [], []
    for i, item in enumerate(items):
        try:
            task_data = checked_task_data(item, types, settings.task_data_limit())
            schedule = schedule_of(item, settings.task_retention_seconds)
        except ApiError as exc:
            errors += _at(i, exc)
            continue
        values: dict[str, Any] = {"task_data": task_data, "metadata": item.metadata, "schedule": schedule}
        values["callback_url"] = item.callback_url
        asked.append({"project_id": item.project_id, "task_type": item.task_type, **values})
    _raise_if(errors)
    return asked


def _at(i: int, error: ApiError) -> list[dict[str, Any]]:
    """An item's 422 details, their paths moved under $.tasks[i]."""
    return [{**d, "field": f"$.tasks[{i}]" + d["field"].removeprefix("$")} for d in error.details]


def _raise_if(errors: list[dict[str, Any]]) -> None:
    if errors:
        first = errors[0]
        more = f" (and {len(errors) - 1} more)" if len(errors) > 1 else ""
        raise ApiError(422, f"{first['field']}: {first['message']}{more}", errors)


async def _charge(request: web.Request, key: Caller, size: int) -> None:
    """The rate limit charged one token for the request; a batch costs one per task (README)."""
    wait_ms = await request.app[API_KEY_STORE].charge(key.key_id, size - 1)
    if wait_ms > 0:
        raise rate_limited(wait_ms)
