"""/api/v1/projects/{project_id}/schedules over real HTTP and a real Redis: CRUD, isolation, validation, bounds."""

from __future__ import annotations

import time
from datetime import datetime
from typing import Any

import msgspec
import pytest
from pytest_aiohttp import AiohttpClient
from redis.asyncio import Redis

from service.api.openapi import render
from service.config import Settings
from service.storage import keys
from service.task_types import registered_types
from tests.api_support import ADMIN, OTHER_PROJECT, PROJECT, SCOPED, Client, error_of, start
from tests.constants import SCOPED_PROJECT

BASE = f"/api/v1/projects/{PROJECT}/schedules"


@pytest.fixture
async def client(aiohttp_client: AiohttpClient, settings: Settings, redis: Redis) -> Client:
    return await start(aiohttp_client, msgspec.structs.replace(settings, max_schedules_per_project=3))


def every(seconds: int = 60, **fields: Any) -> dict[str, Any]:
    return {"task_type": "echo", "task_data": {"n": 1}, "every_seconds": seconds, **fields}


def ms(iso: str) -> int:
    return round(datetime.fromisoformat(iso).timestamp() * 1000)


async def create(client: Client, body: dict[str, Any], base: str = BASE, headers: dict[str, str] = ADMIN) -> Any:
    resp = await client.post(base, json=body, headers=headers)
    assert resp.status == 201, await resp.text()
    schedule = await resp.json()
    assert resp.headers["Location"] == f"{base}/{schedule['schedule_id']}"
    return schedule


async def test_create_read_list_change_delete(client: Client, redis: Redis) -> None:
    before = time.time() * 1000
    made = await create(client, every(30, name="nightly", metadata={"k": "v"}, callback_url="http://x.test/h"))
    assert made["project_id"] == PROJECT and made["every_seconds"] == 30 and made["cron"] is None
    assert (made["name"], made["enabled"], made["metadata"]) == ("nightly", True, {"k": "v"})
    assert made["last_run_at"] is None and made["last_task_id"] is None
    assert before + 30_000 <= ms(made["next_run_at"]) <= time.time() * 1000 + 30_000  # the first tick, one period on
    path = f"{BASE}/{made['schedule_id']}"
    assert await (await client.get(path, headers=ADMIN)).json() == made
    listing = await (await client.get(BASE, headers=ADMIN)).json()
    assert listing["schedules"] == [made] and listing["pagination"]["total"] == 1
    resp = await client.patch(path, json={"name": None, "task_data": {"n": 2}}, headers=ADMIN)
    changed = await resp.json()
    assert resp.status == 200, changed
    assert (changed["name"], changed["task_data"]) == (None, {"n": 2})
    assert changed["next_run_at"] == made["next_run_at"]  # the timing did not change: neither does the next run
    resp = await client.delete(path, headers=ADMIN)
    assert resp.status == 204 and await resp.read() == b""
    await error_of(await client.get(path, headers=ADMIN), 404, "not_found")
    await error_of(await client.delete(path, headers=ADMIN), 404, "not_found")
    assert await redis.keys("*schedule*") == []  # hash, project index and due entry all gone


async def test_change_of_timing_or_enabled_recomputes_next_run(client: Client, redis: Redis) -> None:
    made = await create(client, every(3600))
    path = f"{BASE}/{made['schedule_id']}"
    cron = await (await client.patch(path, json={"cron": "*/5 * * * *"}, headers=ADMIN)).json()
    assert (cron["cron"], cron["every_seconds"]) == ("*/5 * * * *", None)
    due = datetime.fromisoformat(cron["next_run_at"])
    assert due.minute % 5 == 0 and due.second == 0 and ms(cron["next_run_at"]) <= time.time() * 1000 + 300_000
    off = await (await client.patch(path, json={"enabled": False}, headers=ADMIN)).json()
    assert (off["enabled"], off["next_run_at"]) == (False, None)
    assert await redis.zscore(keys.SCHEDULES_DUE, made["schedule_id"]) is None  # no worker will look at it
    back = await (await client.patch(path, json={"enabled": True, "every_seconds": 10}, headers=ADMIN)).json()
    assert back["cron"] is None and back["every_seconds"] == 10
    assert time.time() * 1000 < ms(back["next_run_at"]) <= time.time() * 1000 + 10_000
    assert await redis.zscore(keys.SCHEDULES_DUE, made["schedule_id"]) == ms(back["next_run_at"])


async def test_a_disabled_schedule_has_no_next_run(client: Client, redis: Redis) -> None:
    made = await create(client, every(enabled=False))
    assert (made["enabled"], made["next_run_at"]) == (False, None)
    assert await redis.zcard(keys.SCHEDULES_DUE) == 0


async def test_isolation(client: Client) -> None:
    mine = await create(client, every(), base=f"/api/v1/projects/{SCOPED_PROJECT}/schedules", headers=SCOPED)
    foreign = await create(client, every())
    other = f"/api/v1/projects/{OTHER_PROJECT}/schedules"
    for method, path in (("GET", BASE), ("POST", BASE), ("GET", f"{BASE}/{foreign['schedule_id']}")):
        await error_of(await client.request(method, path, json=every(), headers=SCOPED), 403, "forbidden")
    await error_of(await client.delete(f"{BASE}/{foreign['schedule_id']}", headers=SCOPED), 403, "forbidden")
    # a schedule is found only under its own project's path, even by a key that sees every project
    await error_of(await client.get(f"{other}/{foreign['schedule_id']}", headers=ADMIN), 404, "not_found")
    await error_of(await client.patch(f"{other}/{foreign['schedule_id']}", json={}, headers=ADMIN), 404, "not_found")
    await error_of(await client.delete(f"{other}/{foreign['schedule_id']}", headers=ADMIN), 404, "not_found")
    listing = await (await client.get(f"/api/v1/projects/{SCOPED_PROJECT}/schedules", headers=SCOPED)).json()
    assert [s["schedule_id"] for s in listing["schedules"]] == [mine["schedule_id"]]
    await error_of(await client.get(BASE), 401, "unauthorized")


@pytest.mark.parametrize(
    ("body", "field", "words"),
    [
        (every(cron="*/5 * * * *"), "$.cron", "exactly one of cron and every_seconds"),
        ({"task_type": "echo"}, "$.cron", "exactly one of cron and every_seconds"),
        ({"task_type": "echo", "cron": "61 * * * *"}, "$.cron", "Bad minute"),
        ({"task_type": "echo", "cron": "* * * *"}, "$.cron", "Expected `str` matching regex"),
        ({"task_type": "echo", "cron": "0 0 30 2 *"}, "$.cron", "Bad day-of-month"),
        ({"task_type": "echo", "cron": "0 0 * * * *"}, "$.cron", "Expected `str` matching regex"),
        (every(0), "$.every_seconds", "Expected `int` >= 1"),
        (every(task_type="nope"), "$.task_type", "unknown task type"),
        ({"task_type": "sleep", "task_data": {"seconds": -1}, "every_seconds": 5}, "$.task_data.seconds", ">= 0"),
        (every(metadata={"x": "y" * 5000}), "$.metadata", "larger than"),
        # a submit's limit, once a tick's task has its schedule_id and scheduled_tick
        (every(metadata={"x": "y" * 4050}), "$.metadata", "larger than"),
        (every(callback_url="ftp://x"), "$.callback_url", "matching regex"),
        (every(project_id=PROJECT), "$.project_id", "unknown field"),
    ],
)
async def test_validation_names_the_field(client: Client, redis: Redis, body: Any, field: str, words: str) -> None:
    error = await error_of(await client.post(BASE, json=body, headers=ADMIN), 422, "validation_error")
    assert error["details"][0]["field"] == field, error
    assert words in error["message"], error
    assert await redis.keys("*schedule*") == []  # nothing written


async def test_a_bad_change_is_refused_and_changes_nothing(client: Client) -> None:
    made = await create(client, every())
    path = f"{BASE}/{made['schedule_id']}"
    for change, field in (
        ({"cron": "bad"}, "$.cron"),
        ({"cron": "1 2 3 4 5", "every_seconds": 5}, "$.cron"),
        ({"every_seconds": None}, "$.cron"),
        ({"task_type": "sleep"}, "$.task_data."),  # echo's task_data is no sleep's
        ({"enabled": "yes"}, "$.enabled"),
    ):
        error = await error_of(await client.patch(path, json=change, headers=ADMIN), 422, "validation_error")
        assert error["details"][0]["field"].startswith(field), (change, error)
    assert await (await client.get(path, headers=ADMIN)).json() == made


async def test_bad_path_values(client: Client) -> None:
    error = await error_of(await client.get(f"{BASE}/not-a-uuid", headers=ADMIN), 422, "validation_error")
    assert error["details"][0]["field"] == "schedule_id"
    error = await error_of(await client.get("/api/v1/projects/a%20b/schedules", headers=ADMIN), 422, "validation_error")
    assert error["details"][0]["field"] == "project_id"


async def test_the_number_of_schedules_per_project_is_bounded(client: Client) -> None:
    for _ in range(3):
        await create(client, every())
    error = await error_of(await client.post(BASE, json=every(), headers=ADMIN), 409, "conflict")
    assert "3 schedules" in error["message"] and error["details"] == [{"limit": 3}]
    await create(client, every(), base=f"/api/v1/projects/{OTHER_PROJECT}/schedules")  # another project's own bound


async def test_listing_pages(client: Client) -> None:
    made = [await create(client, every(seconds)) for seconds in (10, 20, 30)]
    first = await (await client.get(BASE, params={"limit": "2"}, headers=ADMIN)).json()
    assert [s["schedule_id"] for s in first["schedules"]] == [s["schedule_id"] for s in made[:2]]
    assert first["pagination"] == {"total": 3, "limit": 2, "offset": 0, "has_more": True, "next_offset": 2}
    rest = await (await client.get(BASE, params={"offset": "2"}, headers=ADMIN)).json()
    assert [s["schedule_id"] for s in rest["schedules"]] == [made[2]["schedule_id"]]
    assert rest["pagination"]["has_more"] is False
    error = await error_of(await client.get(BASE, params={"limit": "201"}, headers=ADMIN), 422, "validation_error")
    assert error["details"][0]["field"] == "limit"


def test_the_openapi_document_shows_the_schedules() -> None:
    doc = msgspec.json.decode(render(registered_types(diagnostics=True), Settings()))
    ops = {(path, method): op for path, item in doc["paths"].items() for method, op in item.items()}
    item = "/api/v1/projects/{project_id}/schedules/{schedule_id}"
    assert {op["operationId"] for (path, _), op in ops.items() if "/schedules" in path} == {
        "createSchedule", "listSchedules", "getSchedule", "changeSchedule", "deleteSchedule",
    }  # fmt: skip
    body = ops["/api/v1/projects/{project_id}/schedules", "post"]["requestBody"]["content"]["application/json"]
    assert body["schema"] == {"$ref": "#/components/schemas/CreateSchedule"}
    created = ops["/api/v1/projects/{project_id}/schedules", "post"]["responses"]["201"]["content"]
    assert created["application/json"]["schema"] == {"$ref": "#/components/schemas/Schedule"}
    assert "content" not in ops[item, "delete"]["responses"]["204"]
    assert [p["name"] for p in ops[item, "patch"]["parameters"]] == ["project_id", "schedule_id"]
    schemas = doc["components"]["schemas"]
    assert {"next_run_at", "last_run_at", "last_task_id", "cron", "every_seconds"} <= set(
        schemas["Schedule"]["properties"]
    )
    assert schemas["CreateSchedule"]["properties"]["every_seconds"]["anyOf"][0]["minimum"] == 1
    assert not schemas["ChangeSchedule"].get("required")  # every field of a change is optional
