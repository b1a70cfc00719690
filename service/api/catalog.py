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
from service.registry import AnyTaskType, queue_of

#: What msgspec says of task_data typed as any object (echo's), as the OpenAPI document inlines it.
ANY_OBJECT: dict[str, Any] = msgspec.json.schema(dict[str, Any])


def schema_of(kind: Any) -> dict[str, Any]:
    """A standalone JSON Schema of `kind` (a Struct or any type msgspec describes; None: any object): the
    OpenAPI component, with the types it refers to under $defs."""
    if kind is None:
        return dict(ANY_OBJECT)
    (schema,), components = msgspec.json.schema_components([kind], ref_template="#/$defs/{name}")
    if "$ref" in schema:  # a Struct: its own component, inlined
        schema = components.pop(schema["$ref"].rsplit("/", 1)[1])
    return {**schema, "$defs": components} if components else schema


def describe(task_types: Mapping[str, AnyTaskType], settings: Settings) -> TaskTypeList:
    return TaskTypeList(
        task_types=[
            TaskTypeInfo(
                name=name,
                description=kind.description,
                task_data_schema=schema_of(kind.task_data),
                # {}: any JSON value, as Task.result, when the type declares no result type
                result_schema={} if kind.result is None else schema_of(kind.result),
                timeout_seconds=kind.time_limit(settings.job_timeout_seconds),
                max_tries=kind.tries(settings.max_tries),
                queue=queue_of(kind, settings.queue_name),
            )
            for name, kind in task_types.items()
        ]
    )


def render(task_types: Mapping[str, AnyTaskType], settings: Settings) -> bytes:
    return msgspec.json.encode(describe(task_types, settings))


async def task_types(request: web.Request) -> web.Response:
    """Any valid key may read the catalogue: it names no project."""
    await caller(request)
    return web.Response(body=request.app[TASK_TYPES_DOCUMENT], content_type="application/json", charset="utf-8")
