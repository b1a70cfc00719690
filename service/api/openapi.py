"""The OpenAPI 3.1 document of API.md, built once per app from the route table and the msgspec types that validate
requests."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, Literal, cast

import msgspec

from service.api import idempotency, request_id
from service.api.errors import Envelope
from service.api.openapi_errors import ERROR_CODES, JSON, REF, REQUEST_ID_HEADER, Schema, error_response
from service.api.routes import ROUTES, Operation
from service.api.schemas import MAX_BATCH, MAX_METADATA_BYTES, MAX_NESTING, SubmitRequest
from service.config import Settings
from service.models import TASK_ID_PATTERN
from service.registry import AnyTaskType

#: Printable ASCII, and no space at either end: HTTP strips it, so the server would see another key (or none).
IDEMPOTENCY_KEY: Schema = {
    "type": "string",
    "minLength": 1,
    "maxLength": idempotency.MAX_LENGTH,
    "pattern": f"^[\\x21-\\x7e](?:[\\x20-\\x7e]{{0,{idempotency.MAX_LENGTH - 2}}}[\\x21-\\x7e])?$",
}
TASK_ID: Schema = {"type": "string", "format": "uuid", "pattern": f"^{TASK_ID_PATTERN}$"}
AnyObject = dict[str, Any]


def _camel(task_type: str) -> str:
    return "".join(part.capitalize() for part in task_type.replace("-", "_").replace(".", "_").split("_"))


def submit_variants(task_types: Mapping[str, AnyTaskType]) -> dict[str, type[SubmitRequest]]:
    """One SubmitRequest subtype per registered task type: task_type fixed, task_data typed as the worker's."""
    variants: dict[str, type[SubmitRequest]] = {}
    for name, kind in task_types.items():
        schema = kind.task_data
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
    if op.submit or op.batch:
        found.append({"name": idempotency.HEADER, "in": "header", "required": False, "schema": IDEMPOTENCY_KEY})
    return found


def _ok_response(op: Operation, schema: Schema | None) -> Schema:
    headers = {request_id.HEADER: REQUEST_ID_HEADER}
    if op.ok[0] == 204:
        return {"description": "No Content", "headers": headers}
    if schema is None:
        return {"description": "OK", "headers": headers, "content": {"text/plain": {"schema": {"type": "string"}}}}
    if op.stream:
        return {
            "description": _STREAM,
            "headers": headers,
            "content": {"text/event-stream": {"schema": {"type": "string"}, "x-event-data": schema}},
        }
    response: Schema = {"description": "OK", "headers": headers, "content": {JSON: {"schema": schema}}}
    if op.submit:
        location = {"required": True, "schema": {"type": "string"}, "description": "/api/v1/tasks/{task_id}"}
        response["headers"] = {**headers, "Location": location}
    if op.links:
        response["links"] = {
            target.operation_id[0].upper() + target.operation_id[1:]: {
                "operationId": target.operation_id,
                "parameters": {"task_id": "$response.body#/task_id"},
            }
            for target in op.links
        }
    return response


_STREAM = (
    "Server-Sent Events: `event: task` whose `data` is `x-event-data` (JSON), a comment line at least every 15 s "
    "while nothing happens. A project's stream gives each event an `id:`; reconnect with `Last-Event-ID` to "
    "receive what is still retained after it, or `event: reset` first when some of it is gone (re-read the listing)."
)


def _submit_body(variants: Mapping[str, type[SubmitRequest]], schemas: Mapping[str, Schema], limits: str) -> Schema:
    refs = {name: schemas[variant.__name__]["$ref"] for name, variant in variants.items()}
    body: Schema = {"oneOf": [{"$ref": ref} for ref in refs.values()]}
    body["discriminator"] = {"propertyName": "task_type", "mapping": refs}
    return {"required": True, "description": limits, "content": {JSON: {"schema": body}}}


def _json_body(op: Operation, schemas: Mapping[str, Schema]) -> Schema | None:
    """The body of an operation that declares its Struct (a schedule's create and change)."""
    if op.body is None:
        return None
    return {"required": True, "content": {JSON: {"schema": schemas[op.body.__name__]}}}


def _batch_body(submit: Schema, settings: Settings) -> Schema:
    items = {"type": "array", "minItems": 1, "maxItems": MAX_BATCH, "items": submit["content"][JSON]["schema"]}
    body = {"type": "object", "required": ["tasks"], "properties": {"tasks": items}, "additionalProperties": False}
    limits = f"At most {settings.max_batch_body_bytes} bytes (413); each item as a submit body. All or none."
    return {"required": True, "description": limits, "content": {JSON: {"schema": body}}}


def _limits(settings: Settings) -> str:
    """What JSON Schema cannot say about a submit body."""
    return (
        f"At most {settings.max_body_bytes} bytes (413); task_data at most {settings.task_data_limit()} and "
        f"metadata at most {MAX_METADATA_BYTES} bytes encoded, neither nested deeper than {MAX_NESTING} levels (422)."
    )


def _operation(op: Operation, schemas: Mapping[str, Schema], body: Schema | None, token_set: bool) -> Schema:
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
    if op.bearer and token_set:  # METRICS_TOKEN is set
        operation["security"] = [{"MetricsToken": []}]
        responses["401"] = {"$ref": f"#/components/responses/{ERROR_CODES[401]}"}
    return operation


def _key(kind: Any) -> str:
    return getattr(kind, "__name__", repr(kind))


def _schemas(types: Iterable[Any], named: Mapping[str, Any]) -> tuple[dict[str, Schema], dict[str, Schema]]:
    """Schemas by type name (a $ref for Structs) and of the `named` types by their key, and the components they
    refer to."""
    kinds = [*types, *named.values()]
    found, components = msgspec.json.schema_components(kinds, ref_template=REF)
    by_name = {_key(kind): schema for kind, schema in zip(kinds, found, strict=True)}
    by_name.update(zip(named, found[len(kinds) - len(named) :], strict=True))
    for op in ROUTES:  # parameters are inlined, not components (a Struct may serve several operations)
        if op.params is not None and op.params.__name__ in components:
            by_name[op.params.__name__] = components.pop(op.params.__name__)
    return by_name, components


def _task_types(variants: Mapping[str, Any], schemas: Mapping[str, Schema], components: Schema) -> Schema:
    """The `x-task-types` extension: each type's task_data schema, and its result's when it declares a result type
    (the Task object's `result` is any JSON value, whatever the type)."""
    found: Schema = {}
    for name, variant in variants.items():
        ref = schemas[variant.__name__]["$ref"]
        task_data = dict(components[ref.rsplit("/", 1)[1]]["properties"]["task_data"])
        task_data.pop("default", None)  # the submit field's default ({}), not part of the type
        found[name] = {"task_data": task_data}
        if (result := schemas.get(_result_key(name))) is not None:
            found[name]["result"] = result
    return found


def _schedule_rules(variants: Mapping[str, Any], components: Schema, retention_seconds: int) -> None:
    """What the submit types cannot say: delay_seconds' maximum is a setting (TASK_RETENTION_SECONDS), and run_at
    and delay_seconds are not given together."""
    for variant in variants.values():
        component = components[variant.__name__]
        component["properties"]["delay_seconds"]["maximum"] = retention_seconds
        component["not"] = {"required": ["run_at", "delay_seconds"]}


def _result_key(task_type: str) -> str:
    return f"result of {task_type}"


def build_document(task_types: Mapping[str, AnyTaskType], settings: Settings) -> Schema:
    variants = submit_variants(task_types)
    bodies_of = [op.body for op in ROUTES if op.body is not None]
    kinds = [*variants.values(), Envelope, *(op.ok[1] for op in ROUTES if op.ok[1] is not None), *bodies_of]
    results = {_result_key(name): kind.result for name, kind in task_types.items() if kind.result is not None}
    schemas, components = _schemas([*kinds, *(op.params for op in ROUTES if op.params is not None)], results)
    _schedule_rules(variants, components, settings.task_retention_seconds)
    body = _submit_body(variants, schemas, _limits(settings))
    bodies = {True: body, False: _batch_body(body, settings)}
    token_set = bool(settings.metrics_token)
    paths: dict[str, Schema] = {}
    for op in ROUTES:
        op_body = bodies[op.submit] if op.submit or op.batch else _json_body(op, schemas)
        paths.setdefault(op.path, {})[op.method] = _operation(op, schemas, op_body, token_set)
    security_schemes: Schema = {"ApiKey": {"type": "apiKey", "in": "header", "name": "X-API-Key"}}
    if token_set:
        security_schemes["MetricsToken"] = {"type": "http", "scheme": "bearer"}
    return {
        "openapi": "3.1.0",
        "info": {"title": "Task service", "version": "1", "description": "See API.md. HEAD is answered as GET."},
        "paths": paths,
        "components": {
            "schemas": components,
            "responses": {ERROR_CODES[status]: error_response(status) for status in sorted(ERROR_CODES)},
            "securitySchemes": security_schemes,
        },
        "security": [{"ApiKey": []}],
        "x-task-types": _task_types(variants, schemas, components),
    }


def render(task_types: Mapping[str, AnyTaskType], settings: Settings) -> bytes:
    return msgspec.json.encode(build_document(task_types, settings))
