"""The API with task types of its own choosing (create_app's `task_types`, as a plugin would register them):
validation against the type's Struct, the catalogue and the OpenAPI document, queues in the metrics, /ready per type,
and ENABLED_TASK_TYPES."""

from __future__ import annotations

from typing import Annotated, Any

import msgspec
import pytest
from openapi_spec_validator import validate
from pytest_aiohttp import AiohttpClient
from redis.asyncio import Redis

from service.api.app import create_app
from service.config import Settings
from service.plugins import TaskContext, TaskData, TaskType
from service.registry import installed
from service.storage import keys
from service.storage.metrics import heartbeat
from tests.api_support import ADMIN, PROJECT, Client, error_of, submit

RENDER_QUEUE = keys.type_queue("arq:queue", "gpu")


class Gizmo(TaskData):
    size: Annotated[int, msgspec.Meta(ge=1, le=10)]
    label: str = "none"


class Rendered(msgspec.Struct):
    frames: int


async def run(context: TaskContext, data: Any) -> Any:
    return {}


GIZMO = TaskType(name="gizmo", run=run, task_data=Gizmo, description="A gizmo.", timeout_seconds=7, max_tries=2)
RENDER = TaskType(name="render", run=run, result=Rendered, queue="gpu", retries=False)


@pytest.fixture
async def client(aiohttp_client: AiohttpClient, settings: Settings) -> Client:
    types = {"echo": installed()["echo"], "gizmo": GIZMO, "render": RENDER}
    return await aiohttp_client(create_app(settings, types))


def body(task_type: str, **task_data: Any) -> dict[str, Any]:
    return {"project_id": PROJECT, "task_type": task_type, "task_data": task_data}


async def test_task_data_is_checked_against_the_types_struct(client: Client) -> None:
    task = await submit(client, body("gizmo", size=3))
    assert task["task_data"] == {"size": 3, "label": "none"}  # defaults filled in, as stored
    error = await error_of(
        await client.post("/api/v1/tasks/submit", json=body("gizmo", size=11), headers=ADMIN), 422, "validation_error"
    )
    assert error["details"][0]["field"] == "$.task_data.size"
    error = await error_of(
        await client.post("/api/v1/tasks/submit", json=body("sleep"), headers=ADMIN), 422, "validation_error"
    )
    assert error["details"][0]["allowed"] == ["echo", "gizmo", "render"]


async def test_catalogue_and_document_describe_the_types(client: Client) -> None:
    rows = {
        row["name"]: row for row in (await (await client.get("/api/v1/task-types", headers=ADMIN)).json())["task_types"]
    }
    assert (rows["gizmo"]["timeout_seconds"], rows["gizmo"]["max_tries"], rows["gizmo"]["queue"]) == (7, 2, "arq:queue")
    assert (rows["render"]["max_tries"], rows["render"]["queue"]) == (1, RENDER_QUEUE)
    assert rows["render"]["result_schema"] == msgspec.json.schema(Rendered)["$defs"]["Rendered"]
    document = await (await client.get("/api/v1/openapi.json")).json()
    validate(document)
    declared = document["x-task-types"]
    assert declared["render"]["result"] == {"$ref": "#/components/schemas/Rendered"}
    assert declared["gizmo"] == {"task_data": {"$ref": "#/components/schemas/Gizmo"}}
    assert declared["echo"] == {"task_data": {"type": "object"}}


async def test_ready_names_a_type_no_live_worker_runs(client: Client, redis: Redis, settings: Settings) -> None:
    await submit(client, body("gizmo", size=1))
    await submit(client, body("render"))
    await heartbeat(redis, "arq:queue", "w-1", stale_after_ms=60_000, task_types=["echo"])  # live, without gizmo
    error = await error_of(await client.get("/api/v1/ready"), 503, "unavailable")
    assert error["details"] == [
        {"component": "queue", "queue": RENDER_QUEUE, "depth": 1, "workers": 0},
        {"component": "task_type", "task_type": "gizmo", "queue": "arq:queue", "queued": 1, "workers": 0},
        {"component": "task_type", "task_type": "render", "queue": RENDER_QUEUE, "queued": 1, "workers": 0},
    ]
    assert error["message"] == (
        f"jobs are queued but no worker is live on queue {RENDER_QUEUE}; no live worker runs task type gizmo, render"
    )
    await heartbeat(redis, "arq:queue", "w-2", stale_after_ms=60_000, task_types=["gizmo"])
    await heartbeat(redis, RENDER_QUEUE, "w-3", stale_after_ms=60_000, task_types=["render"])
    resp = await client.get("/api/v1/ready")
    assert resp.status == 200
    assert (await resp.json())["queues"] == {
        "arq:queue": {"depth": 1, "workers": 2},
        RENDER_QUEUE: {"depth": 1, "workers": 1},
    }


async def test_enabled_task_types_restrict_the_api(aiohttp_client: AiohttpClient, settings: Settings) -> None:
    client = await aiohttp_client(create_app(msgspec.structs.replace(settings, enabled_task_types="echo")))
    rows = (await (await client.get("/api/v1/task-types", headers=ADMIN)).json())["task_types"]
    assert [row["name"] for row in rows] == ["echo"]
    resp = await client.post("/api/v1/tasks/submit", json=body("sleep", seconds=0), headers=ADMIN)
    assert (await error_of(resp, 422, "validation_error"))["details"][0]["allowed"] == ["echo"]
