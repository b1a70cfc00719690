"""Handlers of /api/v1/projects: one page of a project's tasks."""

from __future__ import annotations

from aiohttp import web

from service.api.appkeys import STORAGE
from service.api.auth import require_project
from service.api.requests import caller, parse_query
from service.api.responses import json_response
from service.api.schemas import ListQuery, Pagination, TaskPage


async def list_tasks(request: web.Request) -> web.Response:
    key = await caller(request)
    query = parse_query(request, ListQuery, project_id=request.match_info["project_id"])
    require_project(key, query.project_id)
    page = await request.app[STORAGE].page(
        query.project_id,
        status=query.status,
        task_type=query.task_type,
        offset=query.offset,
        limit=query.limit,
        order=query.order,
    )
    pagination = Pagination(
        total=page.total, limit=query.limit, offset=query.offset, has_more=query.offset + query.limit < page.total
    )
    return json_response(TaskPage(tasks=page.tasks, pagination=pagination))
