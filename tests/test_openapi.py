"""The OpenAPI document: valid OpenAPI 3.1, served without a key, and in step with the router and the types."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import aiohttp
import msgspec
import pytest
from openapi_spec_validator import validate
from pytest_aiohttp import AiohttpClient
from redis.asyncio import Redis

from service.api import pages, server
from service.api.app import create_app
from service.api.appkeys import OPENAPI_DOCUMENT
from service.api.errors import CODES
from service.api.openapi import build_document
from service.api.openapi_errors import ERROR_CODES
from service.api.routes import OPENAPI_PATH
from service.config import Settings
from service.task_types import EvaluateDepartment, Sleep, registered_types
from tests.api_support import Client, start

Document = dict[str, Any]
METHODS = {"get", "put", "post", "delete", "patch", "head", "options", "trace"}


def document(diagnostics: bool = True) -> Document:
    return build_document(registered_types(diagnostics=diagnostics), Settings())


def operations(doc: Document) -> dict[tuple[str, str], Document]:
    return {(method, path): op for path, item in doc["paths"].items() for method, op in item.items()}


def deref(doc: Document, ref: str) -> Document:
    node: Document = doc
    for part in ref.removeprefix("#/").split("/"):
        node = node[part.replace("~1", "/").replace("~0", "~")]
    return node


@pytest.mark.parametrize("diagnostics", [True, False])
def test_the_document_is_valid_openapi_3_1(diagnostics: bool) -> None:
    doc = document(diagnostics)
    validate(doc)  # raises on any violation of the OpenAPI 3.1 schema or a dangling $ref
    assert doc["openapi"].startswith("3.1")


@pytest.mark.parametrize("diagnostics", [True, False])
def test_every_route_is_documented_and_every_operation_routed(settings: Settings, diagnostics: bool) -> None:
    app = create_app(msgspec.structs.replace(settings, enable_diagnostic_tasks=diagnostics))
    # aiohttp answers HEAD for every GET by itself (the document's description says so).
    # The browser pages and their files (service/api/pages.py) are routed beside the table, not documented.
    routes = [(route.method, route.resource, route.handler) for route in app.router.routes()]
    routed = {
        (method.lower(), resource.canonical)
        for method, resource, handler in routes
        if resource and method != "HEAD" and handler.__module__ != pages.__name__
    }
    assert r"/api/v1/tasks/{task_id}" in {path for _, path in routed}  # the canonical form drops the regex
    assert routed == set(operations(msgspec.json.decode(app[OPENAPI_DOCUMENT])))


def test_submit_body_has_one_variant_per_registered_type() -> None:
    for diagnostics in (True, False):
        doc = document(diagnostics)
        body = operations(doc)["post", "/api/v1/tasks/submit"]["requestBody"]["content"]["application/json"]["schema"]
        mapping = body["discriminator"]["mapping"]
        assert set(mapping) == set(registered_types(diagnostics=diagnostics))
        assert [variant["$ref"] for variant in body["oneOf"]] == list(mapping.values())
        for task_type, ref in mapping.items():
            assert deref(doc, ref)["properties"]["task_type"] == {"enum": [task_type]}


def test_task_data_schemas_come_from_the_task_types() -> None:
    doc = document()
    schemas = doc["components"]["schemas"]
    _, expected = msgspec.json.schema_components(
        [EvaluateDepartment, Sleep], ref_template="#/components/schemas/{name}"
    )
    assert schemas["EvaluateDepartment"] == expected["EvaluateDepartment"]
    assert schemas["Sleep"] == expected["Sleep"]
    assert schemas["SubmitEvaluateDepartment"]["properties"]["task_data"] == {
        "$ref": "#/components/schemas/EvaluateDepartment"
    }
    assert "task_data" in schemas["SubmitSleep"]["required"]
    # echo takes any object, and may omit it
    assert schemas["SubmitEcho"]["properties"]["task_data"] == {"type": "object", "default": {}}
    assert "task_data" not in schemas["SubmitEcho"]["required"]
    assert "SubmitEcho" not in document(diagnostics=False)["components"]["schemas"]


def test_keys_and_error_responses() -> None:
    doc = document()
    scheme = doc["components"]["securitySchemes"]["ApiKey"]
    assert scheme == {"type": "apiKey", "in": "header", "name": "X-API-Key"}
    open_paths = {"/api/v1/health", "/api/v1/ready", "/metrics", OPENAPI_PATH}
    for (_, path), op in operations(doc).items():
        keyed = path not in open_paths
        assert (op.get("security") != []) == keyed, path
        assert ("401" in op["responses"]) == keyed and ("429" in op["responses"]) == keyed, path
        for status, response in op["responses"].items():
            if int(status) >= 400:
                error = deref(doc, response["$ref"])
                code = error["content"]["application/json"]["schema"]["allOf"][1]["properties"]["error"]
                assert code["properties"]["code"]["const"] == ERROR_CODES[int(status)]
                assert ERROR_CODES[int(status)] == CODES.get(int(status), ERROR_CODES[int(status)])  # API.md's table
    assert doc["components"]["responses"]["rate_limited"]["headers"]["Retry-After"]["required"] is True


def test_submit_declares_idempotency_key_location_and_links() -> None:
    op = operations(document())["post", "/api/v1/tasks/submit"]
    assert [p["name"] for p in op["parameters"]] == ["Idempotency-Key"]
    accepted = op["responses"]["202"]
    assert accepted["headers"]["Location"]["required"] is True
    assert {link["operationId"] for link in accepted["links"].values()} == {"getTask", "cancelTask"}
    for status in ("400", "409", "413", "415", "422", "503"):
        assert status in op["responses"]


def test_listing_query_parameters() -> None:
    op = operations(document())["get", "/api/v1/projects/{project_id}/tasks"]
    params = {p["name"]: p for p in op["parameters"]}
    assert params["project_id"]["in"] == "path" and params["project_id"]["required"] is True
    assert {name for name, p in params.items() if p["in"] == "query"} == {
        "status",
        "task_type",
        "limit",
        "offset",
        "order",
    }
    assert params["limit"]["schema"] == {"type": "integer", "minimum": 1, "maximum": 200, "default": 50}
    assert params["order"]["schema"] == {"enum": ["asc", "desc"], "default": "desc"}
    assert params["status"]["schema"] == {"$ref": "#/components/schemas/TaskStatus"}  # no null: absent is absent


async def test_served_without_a_key_as_built(aiohttp_client: AiohttpClient, settings: Settings, redis: Redis) -> None:
    client: Client = await start(aiohttp_client, settings)
    resp = await client.get(OPENAPI_PATH)
    assert resp.status == 200 and resp.content_type == "application/json"
    assert await resp.read() == client.app[OPENAPI_DOCUMENT]
    assert await resp.json() == document()


@pytest.fixture
async def port(settings: Settings, redis: Redis) -> AsyncIterator[int]:
    """Served as `python -m service` serves it: the protocol layer answers 414 and 431 itself."""
    runner = await server.start(create_app(settings), "127.0.0.1", 0)
    yield int(runner.addresses[0][1])
    await runner.cleanup()


async def test_protocol_errors_carry_the_documented_codes(port: int) -> None:
    url = f"http://127.0.0.1:{port}/api/v1/health"
    async with aiohttp.ClientSession() as session:
        async with session.get(url, params={"x": "y" * 7000}) as resp:
            assert resp.status == 414
            assert (await resp.json())["error"]["code"] == ERROR_CODES[414]
        async with session.get(url, headers={"X-Big": "z" * 9000}) as resp:
            assert resp.status == 431
            assert (await resp.json())["error"]["code"] == ERROR_CODES[431]
