"""The OpenAPI 3.1 document of API.md, generated from the msgspec types that validate requests; built once per app."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any, Literal, cast

import msgspec
from aiohttp import web

from service.api import idempotency
from service.api.errors import CODES, Envelope
from service.api.schemas import (
    MAX_METADATA_BYTES,
    MAX_NESTING,
    ListQuery,
    MetricsQuery,
    SubmitRequest,
    TaskPage,
    TaskQuery,
)
from service.config import Settings
from service.models import TASK_ID_PATTERN, MetricsReport, QueueStats, Task
from service.task_types import TaskData

DOCUMENT = web.AppKey("openapi_document", bytes)
PATH = "/api/v1/openapi.json"
JSON = "application/json"
REF = "#/components/schemas/{name}"
Schema = dict[str, Any]

#: Printable ASCII, and no space at either end: HTTP strips it, so the server would see another key (or none).
IDEMPOTENCY_KEY: Schema = {
    "type": "string",
    "minLength": 1,
    "maxLength": idempotency.MAX_LENGTH,
    "pattern": f"^[\\x21-\\x7e](?:[\\x20-\\x7e]{{0,{idempotency.MAX_LENGTH - 2}}}[\\x21-\\x7e])?$",
}
TASK_ID: Schema = {"type": "string", "format": "uuid", "pattern": f"^{TASK_ID_PATTERN}$"}
#: Error code of every status an operation can answer: API.md's table (405 belongs to no operation), the slow
#: body of a submit (408), and what the HTTP protocol layer answers itself (service/api/server.py describe()).
ERROR_CODES = {
    **{status: code for status, code in CODES.items() if status != 405},
    408: "request_timeout",
    414: "uri_too_long",
    431: "request_header_fields_too_large",
}
#: When each error happens (API.md's table), for the document's readers.
WHEN = {
    400: "The body is not valid JSON, or could not be read (a bad Content-Encoding).",
    401: "Missing or unknown X-API-Key.",
    403: "The key is not allowed for that project (or, without project_id, for all projects).",
    404: "Unknown, expired or foreign task.",
    408: "The body did not arrive in time.",
    409: "The task is already final (it is in `details`), or the Idempotency-Key was used with another body.",
    413: "The body is over the size limit.",
    414: "The request line is too long.",
    415: "The body is not JSON.",
    422: "Well-formed, but breaks the schema; `details` name the field (a JSON path or a parameter name).",
    429: "The key's rate limit is exceeded; retry after Retry-After seconds.",
    431: "A request header is too large, or there are too many.",
    503: "Redis is unreachable or the queue refused the job (nothing is half-written); ready: what is missing.",
}
AnyObject = dict[str, Any]


class Health(msgspec.Struct):
    status: Literal["ok"]


class Ready(msgspec.Struct):
    status: Literal["ready"]
    queues: dict[str, QueueStats]


@dataclass(frozen=True)
class Operation:
    """One route as the document describes it: success status and body type (None: Prometheus text)."""

    method: str
    path: str
    operation_id: str
    summary: str
    ok: tuple[int, Any]
    errors: tuple[int, ...]
    params: type[msgspec.Struct] | None = None  # the Struct the handler converts path values and query into
    keyed: bool = True


_TASK = "/api/v1/tasks/{task_id}"
_KEYED = (401, 429, 503, 414, 431)
_OPEN = (414, 431)
OPERATIONS = (
    Operation("post", "/api/v1/tasks/submit", "submitTask", "Submit a task", (202, Task),
              (400, 403, 408, 409, 413, 415, 422, *_KEYED)),
    Operation("get", _TASK, "getTask", "Read a task, optionally waiting until it is final", (200, Task),
              (404, 422, *_KEYED), TaskQuery),
    Operation("post", f"{_TASK}/cancel", "cancelTask", "Cancel a queued or running task", (200, Task),
              (404, 409, *_KEYED)),
    Operation("get", "/api/v1/tasks/metrics", "getMetrics", "Metrics of all projects or of one", (200, MetricsReport),
              (403, 422, *_KEYED), MetricsQuery),
    Operation("get", "/api/v1/projects/{project_id}/tasks", "listProjectTasks", "A page of a project's tasks",
              (200, TaskPage), (403, 422, *_KEYED), ListQuery),
    Operation("get", "/api/v1/health", "health", "Liveness", (200, Health), _OPEN, keyed=False),
    Operation("get", "/api/v1/ready", "ready", "Redis answers and every queue with jobs has a live worker",
              (200, Ready), (503, *_OPEN), keyed=False),
    Operation("get", "/metrics", "prometheusMetrics", "Prometheus text exposition", (200, None), (503, *_OPEN),
              keyed=False),
    Operation("get", PATH, "openapi", "This document", (200, AnyObject), _OPEN, keyed=False),
)  # fmt: skip


def _camel(task_type: str) -> str:
    return "".join(part.capitalize() for part in task_type.replace("-", "_").replace(".", "_").split("_"))


def submit_variants(task_types: Mapping[str, type[TaskData] | None]) -> dict[str, type[SubmitRequest]]:
    """One SubmitRequest subtype per registered task type: task_type fixed, task_data typed as the worker's."""
    variants: dict[str, type[SubmitRequest]] = {}
    for name, schema in task_types.items():
        data: tuple[str, Any] | tuple[str, Any, Any] = ("task_data", AnyObject, {})  # echo: any object
        if schema is not None:  # an omitted task_data is {}: required exactly when the type has a required field
            required = any(field.required for field in msgspec.structs.fields(schema))
            data = ("task_data", schema) if required else ("task_data", schema, msgspec.field(default_factory=schema))
        fields = [("task_type", Literal[name]), data]
        variant = msgspec.defstruct(f"Submit{_camel(name)}", fields, bases=(SubmitRequest,))
        variants[name] = cast(type[SubmitRequest], variant)
    return variants


def _query_schema(schema: Schema) -> Schema:
    """A query value is absent or a value: drop the null branch (and null default) of an optional field."""
    result = {key: value for key, value in schema.items() if key != "anyOf" and value is not None}
    options = [option for option in schema.get("anyOf", ()) if option != {"type": "null"}]
    if len(options) == 1:
        result.update(options[0])
    elif options:
        result["anyOf"] = options
    return result


def _parameters(op: Operation, schemas: Mapping[str, Schema]) -> list[Schema]:
    found: list[Schema] = []
    if "{task_id}" in op.path:
        found.append({"name": "task_id", "in": "path", "required": True, "schema": TASK_ID})
    if op.params is not None:
        component = schemas[op.params.__name__]
        for name, schema in component["properties"].items():
            where = "path" if f"{{{name}}}" in op.path else "query"
            required = where == "path" or name in component.get("required", ())
            found.append({"name": name, "in": where, "required": required, "schema": _query_schema(schema)})
    if op.operation_id == "submitTask":
        found.append({"name": idempotency.HEADER, "in": "header", "required": False, "schema": IDEMPOTENCY_KEY})
    return found


def _error_response(status: int) -> Schema:
    code = ERROR_CODES[status]
    only_this_code = {"properties": {"error": {"properties": {"code": {"const": code}}}}}
    schema = {"allOf": [{"$ref": REF.format(name="Envelope")}, only_this_code]}
    response: Schema = {"description": f"`{code}`: {WHEN[status]}", "content": {JSON: {"schema": schema}}}
    if status == 429:
        response["headers"] = {"Retry-After": {"required": True, "schema": {"type": "integer", "minimum": 1}}}
    return response


def _ok_response(op: Operation, schema: Schema | None) -> Schema:
    if schema is None:
        return {"description": "OK", "content": {"text/plain": {"schema": {"type": "string"}}}}
    response: Schema = {"description": "OK", "content": {JSON: {"schema": schema}}}
    if op.operation_id == "submitTask":
        location = {"required": True, "schema": {"type": "string"}, "description": "/api/v1/tasks/{task_id}"}
        response["headers"] = {"Location": location}
        response["links"] = {
            name: {"operationId": target, "parameters": {"task_id": "$response.body#/task_id"}}
            for name, target in (("GetTask", "getTask"), ("CancelTask", "cancelTask"))
        }
    return response


def _submit_body(variants: Mapping[str, type[SubmitRequest]], schemas: Mapping[str, Schema], limits: str) -> Schema:
    refs = {name: schemas[variant.__name__]["$ref"] for name, variant in variants.items()}
    body: Schema = {"oneOf": [{"$ref": ref} for ref in refs.values()]}
    body["discriminator"] = {"propertyName": "task_type", "mapping": refs}
    return {"required": True, "description": limits, "content": {JSON: {"schema": body}}}


def _limits(settings: Settings) -> str:
    """What JSON Schema cannot say about a submit body."""
    return (
        f"At most {settings.max_body_bytes} bytes (413); task_data at most {settings.task_data_limit()} and "
        f"metadata at most {MAX_METADATA_BYTES} bytes encoded, neither nested deeper than {MAX_NESTING} levels (422)."
    )


def _operation(op: Operation, schemas: Mapping[str, Schema], body: Schema | None) -> Schema:
    status, kind = op.ok
    responses = {str(status): _ok_response(op, None if kind is None else schemas[_key(kind)])}
    responses.update({str(code): {"$ref": f"#/components/responses/{ERROR_CODES[code]}"} for code in sorted(op.errors)})
    operation: Schema = {"operationId": op.operation_id, "summary": op.summary, "responses": responses}
    if parameters := _parameters(op, schemas):
        operation["parameters"] = parameters
    if body is not None:
        operation["requestBody"] = body
    if not op.keyed:
        operation["security"] = []
    return operation


def _key(kind: Any) -> str:
    return getattr(kind, "__name__", repr(kind))


def _schemas(types: Iterable[Any]) -> tuple[dict[str, Schema], dict[str, Schema]]:
    """Schemas by type name (a $ref for Structs), and the components they refer to."""
    kinds = list(types)
    found, components = msgspec.json.schema_components(kinds, ref_template=REF)
    by_name = {_key(kind): schema for kind, schema in zip(kinds, found, strict=True)}
    for op in OPERATIONS:  # parameters are inlined, not components
        if op.params is not None:
            by_name[op.params.__name__] = components.pop(op.params.__name__)
    return by_name, components


def build_document(task_types: Mapping[str, type[TaskData] | None], settings: Settings) -> Schema:
    variants = submit_variants(task_types)
    kinds = [*variants.values(), Envelope, *(op.ok[1] for op in OPERATIONS if op.ok[1] is not None)]
    schemas, components = _schemas([*kinds, *(op.params for op in OPERATIONS if op.params is not None)])
    paths: dict[str, Schema] = {}
    for op in OPERATIONS:
        body = _submit_body(variants, schemas, _limits(settings)) if op.operation_id == "submitTask" else None
        paths.setdefault(op.path, {})[op.method] = _operation(op, schemas, body)
    security_schemes: Schema = {"ApiKey": {"type": "apiKey", "in": "header", "name": "X-API-Key"}}
    if settings.metrics_token:  # GET /metrics then needs the bearer token
        security_schemes["MetricsToken"] = {"type": "http", "scheme": "bearer"}
        prometheus = paths["/metrics"]["get"]
        prometheus["security"] = [{"MetricsToken": []}]
        prometheus["responses"]["401"] = {"$ref": f"#/components/responses/{ERROR_CODES[401]}"}
    return {
        "openapi": "3.1.0",
        "info": {"title": "Task service", "version": "1", "description": "See API.md. HEAD is answered as GET."},
        "paths": paths,
        "components": {
            "schemas": components,
            "responses": {ERROR_CODES[status]: _error_response(status) for status in sorted(ERROR_CODES)},
            "securitySchemes": security_schemes,
        },
        "security": [{"ApiKey": []}],
    }


def render(task_types: Mapping[str, type[TaskData] | None], settings: Settings) -> bytes:
    return msgspec.json.encode(build_document(task_types, settings))


async def serve(request: web.Request) -> web.Response:
    """GET /api/v1/openapi.json: the bytes rendered at app creation (no key needed)."""
    return web.Response(body=request.app[DOCUMENT], content_type=JSON, charset="utf-8")
