"""Handlers of /api/v1/projects: the projects, and one page of a project's tasks."""

from __future__ import annotations

from aiohttp import web

from service.api.appkeys import PROJECTS, SETTINGS, STORAGE
from service.api.auth import require_project
from service.api.errors import ApiError
from service.api.requests import caller, parse_query
from service.api.responses import json_response
from service.api.schemas import ListQuery, Pagination, ProjectList, ProjectsQuery, TaskPage
from service.storage.paging import PagesBusy


async def list_tasks(request: web.Request) -> web.Response:
    key = await caller(request)
    query = parse_query(request, ListQuery, project_id=request.match_info["project_id"])
    require_project(key, query.project_id)
    try:
        page = await request.app[STORAGE].page(
            query.project_id,
            status=query.status,
            task_type=query.task_type,
            offset=query.offset,
            limit=query.limit,
            order=query.order,
            max_bytes=request.app[SETTINGS].max_page_bytes,
        )
    except PagesBusy as exc:
        raise ApiError(503, f"too busy: {exc}; retry shortly", headers={"Retry-After": "1"}) from None
    more = page.next_offset is not None
    pagination = Pagination(
        total=page.total, limit=query.limit, offset=query.offset, has_more=more, next_offset=page.next_offset
    )
    return json_response(TaskPage(tasks=page.tasks, pagination=pagination))


async def list_projects(request: web.Request) -> web.Response:
    """The caller's projects with retained tasks, most recently active first (a scoped key: only its own)."""
    key = await caller(request)
    query = parse_query(request, ProjectsQuery)
    page = await request.app[PROJECTS].page(query.offset, query.limit, key.projects)
    end = query.offset + len(page.projects)
    next_offset = end if end < page.total else None
    pagination = Pagination(
        total=page.total, limit=query.limit, offset=query.offset, has_more=next_offset is not None,
        next_offset=next_offset,
    )  # fmt: skip
    return json_response(ProjectList(projects=page.projects, pagination=pagination))
