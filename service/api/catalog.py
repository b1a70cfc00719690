"""GET /task-types: every registered type with its JSON Schemas, time limit and tries, rendered once per app."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import msgspec
from aiohttp import web

from service.api.appkeys import TASK_TYPES_DOCUMENT
from service.api.requests import caller
from service.api.schemas import TaskTypeInfo, TaskTypeList
from service.config import Settings
from service.task_types import DESCRIPTIONS, TaskData, default_timeouts

#: What msgspec says of task_data typed as any object (echo's), as the OpenAPI document inlines it.
ANY_OBJECT: dict[str, Any] = msgspec.json.schema(dict[str, Any])


def schema_of(kind: type[TaskData] | None) -> dict[str, Any]:
    """A standalone JSON Schema of `kind`: the OpenAPI component, with the types it refers to under $defs."""
    if kind is None:
        return dict(ANY_OBJECT)
    _, components = msgspec.json.schema_components([kind], ref_template="#/$defs/{name}")
    schema = components.pop(kind.__name__)
    return {**schema, "$defs": components} if components else schema


def describe(task_types: Mapping[str, type[TaskData] | None], settings: Settings) -> TaskTypeList:
    timeouts = default_timeouts(settings)
    return TaskTypeList(
        task_types=[
            TaskTypeInfo(
                name=name,
                description=DESCRIPTIONS.get(name, ""),
                task_data_schema=schema_of(kind),
                result_schema={},  # no built-in type declares its result yet: any JSON value, as Task.result
                timeout_seconds=timeouts.get(name, settings.job_timeout_seconds),
                max_tries=settings.max_tries,
            )
            for name, kind in task_types.items()
        ]
    )


def render(task_types: Mapping[str, type[TaskData] | None], settings: Settings) -> bytes:
    return msgspec.json.encode(describe(task_types, settings))


async def task_types(request: web.Request) -> web.Response:
    """Any valid key may read the catalogue: it names no project."""
    await caller(request)
    return web.Response(body=request.app[TASK_TYPES_DOCUMENT], content_type="application/json", charset="utf-8")
