"""Handlers of /api/v1/projects/{project_id}/schedules: create, list, read, change and delete periodic schedules.

Isolation and validation as for submit: the key must cover the project (403), a schedule of another project is
answered as a missing one (404), and the body is checked as a submit body is (checked_task_data).
"""

from __future__ import annotations

from collections.abc import AsyncIterator

import msgspec
from aiohttp import web

from service.api.appkeys import SCHEDULES, SETTINGS, STORAGE, TASK_TYPES
from service.api.auth import require_project
from service.api.errors import ApiError, not_found, validation_error
from service.api.requests import caller, checked_task_data, parse_query, read_json
from service.api.responses import json_response
from service.api.schedule_schemas import (
    ChangeSchedule,
    CreateSchedule,
    ProjectPath,
    ScheduleList,
    SchedulePath,
    ScheduleQuery,
)
from service.api.schemas import Pagination, SubmitRequest
from service.schedules import SCHEDULE_ID_FIELD, TICK_FIELD, Definition, cron_problem
from service.storage.schedules import ScheduleLimit, ScheduleMoving, ScheduleStore

_create_decoder = msgspec.json.Decoder(CreateSchedule)
_change_decoder = msgspec.json.Decoder(ChangeSchedule)
#: values as long as a tick's own metadata fields (a schedule id, an RFC 3339 tick)
_SOME_ID = "00000000-0000-0000-0000-000000000000"
_SOME_TICK = "2026-01-01T00:00:00.000000Z"


async def schedules_ctx(app: web.Application) -> AsyncIterator[None]:
    """The schedule store, beside the task storage (after storage_ctx: it shares its client and routes)."""
    settings, storage = app[SETTINGS], app[STORAGE]
    app[SCHEDULES] = ScheduleStore(
        storage.redis,
        queue_name=settings.queue_name,
        retention_seconds=settings.task_retention_seconds,
        events=settings.event_policy(),
        durability=settings.durability(),
        routes=storage.queues.routes,
    )
    yield
    await app[SCHEDULES].aclose()


def checked(request: web.Request, project_id: str, definition: Definition) -> Definition:
    """The definition to store: one timing, a cron expression that fires, task_data checked as a submit's."""
    if (definition.cron is None) == (definition.every_seconds is None):
        raise validation_error("$.cron", "give exactly one of cron and every_seconds")
    if definition.cron is not None and (problem := cron_problem(definition.cron)):
        raise validation_error("$.cron", problem)
    # the metadata checked is a tick's task's, with the fields a tick adds: its task is within a submit's limits
    metadata = {**definition.metadata, SCHEDULE_ID_FIELD: _SOME_ID, TICK_FIELD: _SOME_TICK}
    as_submit = SubmitRequest(
        project_id=project_id, task_type=definition.task_type, task_data=definition.task_data, metadata=metadata
    )
    limit = request.app[SETTINGS].task_data_limit()
    task_data = checked_task_data(as_submit, request.app[TASK_TYPES], limit)
    return msgspec.structs.replace(definition, task_data=task_data)


async def create_schedule(request: web.Request) -> web.Response:
    key = await caller(request)
    project_id = parse_query(request, ProjectPath, project_id=request.match_info["project_id"]).project_id
    require_project(key, project_id)
    definition = checked(request, project_id, (await read_json(request, _create_decoder)).definition())
    limit = request.app[SETTINGS].max_schedules_per_project
    try:
        schedule = await request.app[SCHEDULES].create(project_id, definition, limit=limit)
    except ScheduleLimit as exc:
        raise ApiError(409, str(exc), [{"limit": limit}]) from None
    location = f"/api/v1/projects/{project_id}/schedules/{schedule.schedule_id}"
    return json_response(schedule, status=201, headers={"Location": location})


async def list_schedules(request: web.Request) -> web.Response:
    key = await caller(request)
    query = parse_query(request, ScheduleQuery, project_id=request.match_info["project_id"])
    require_project(key, query.project_id)
    schedules, total = await request.app[SCHEDULES].page(query.project_id, query.offset, query.limit)
    end = query.offset + len(schedules)
    next_offset = end if end < total else None
    pagination = Pagination(
        total=total, limit=query.limit, offset=query.offset, has_more=next_offset is not None, next_offset=next_offset
    )
    return json_response(ScheduleList(schedules=schedules, pagination=pagination))


async def _path(request: web.Request) -> SchedulePath:
    key = await caller(request)
    path = parse_query(request, SchedulePath, **request.match_info)
    require_project(key, path.project_id)
    return path


async def get_schedule(request: web.Request) -> web.Response:
    path = await _path(request)
    schedule = await request.app[SCHEDULES].get(path.project_id, path.schedule_id.lower())
    if schedule is None:
        raise not_found("schedule")
    return json_response(schedule)


async def change_schedule(request: web.Request) -> web.Response:
    path = await _path(request)
    change = await read_json(request, _change_decoder)
    try:
        schedule = await request.app[SCHEDULES].change(
            path.project_id,
            path.schedule_id.lower(),
            lambda current: checked(request, path.project_id, change.applied_to(current)),
        )
    except ScheduleMoving:
        raise ApiError(409, "the schedule kept changing while this change was applied; retry") from None
    if schedule is None:
        raise not_found("schedule")
    return json_response(schedule)


async def delete_schedule(request: web.Request) -> web.Response:
    path = await _path(request)
    if not await request.app[SCHEDULES].delete(path.project_id, path.schedule_id.lower()):
        raise not_found("schedule")
    return web.Response(status=204)
