"""Handlers of /api/v1/tasks: submit, read (optionally waiting), cancel, metrics."""

from __future__ import annotations

import msgspec
from aiohttp import web

from service.api.appkeys import METRICS, SETTINGS, STORAGE, TASK_TYPES, WAITER
from service.api.auth import require_project, require_visible
from service.api.errors import ApiError
from service.api.idempotency import idempotency_of
from service.api.requests import caller, checked_task_data, parse_query, read_json, schedule_of, task_id_of
from service.api.responses import json_response
from service.api.schemas import MetricsQuery, SubmitRequest, TaskQuery
from service.logs import bind
from service.storage.waiter import WaiterLimit

_submit_decoder = msgspec.json.Decoder(SubmitRequest)


async def submit(request: web.Request) -> web.Response:
    key = await caller(request)
    idempotency = idempotency_of(request, key)
    body = await read_json(request, _submit_decoder)
    require_project(key, body.project_id)
    settings = request.app[SETTINGS]
    task_data = checked_task_data(body, request.app[TASK_TYPES], settings.task_data_limit())
    schedule = schedule_of(body, settings.task_retention_seconds)
    task = await request.app[STORAGE].create(
        project_id=body.project_id,
        task_type=body.task_type,
        task_data=task_data,
        metadata=body.metadata,
        callback_url=body.callback_url,
        idempotency=idempotency,
        schedule=schedule,
    )
    bind(task_id=task.task_id)  # the request's access line then names the task it created
    return json_response(task, status=202, headers={"Location": f"/api/v1/tasks/{task.task_id}"})


async def get_task(request: web.Request) -> web.Response:
    key = await caller(request)
    query = parse_query(request, TaskQuery)
    task_id = task_id_of(request)
    storage = request.app[STORAGE]
    if query.wait > 0:
        # Check ownership before holding the request: a foreign task must answer as fast as a missing one.
        require_visible(key, (await storage.identity(task_id)).project_id)
        try:
            return json_response(await request.app[WAITER].wait(task_id, query.wait))
        except WaiterLimit as exc:
            raise too_many_waiters(exc) from None
    return json_response(await storage.get(task_id, key.projects))


def too_many_waiters(exc: WaiterLimit) -> ApiError:
    details = [{"retry_after_seconds": 1, "limit": exc.limit}]
    if exc.per_task:
        message = f"{exc.limit} requests are already waiting on this task; retry later, or without ?wait"
        return ApiError(429, message, details, headers={"Retry-After": "1"})
    message = f"this server is holding its maximum of {exc.limit} waiting requests; retry later"
    return ApiError(503, message, details, headers={"Retry-After": "1"})


async def cancel(request: web.Request) -> web.Response:
    key = await caller(request)
    task_id = task_id_of(request)
    storage = request.app[STORAGE]
    identity = await storage.identity(task_id)
    require_visible(key, identity.project_id)
    result = await storage.cancel(task_id, identity)
    if not result.applied:
        raise ApiError(409, f"task is already {result.task.status.value}", result.task)
    return json_response(result.task)


async def metrics(request: web.Request) -> web.Response:
    key = await caller(request)
    query = parse_query(request, MetricsQuery)
    require_project(key, query.project_id)  # no project_id means all projects: unrestricted keys only
    # Queue depths and worker counts are global: a scoped key sees its projects' figures only.
    return json_response(await request.app[METRICS].report(query.project_id, with_queues=key.projects is None))
