"""Task types from plugins, with real processes: the example plugin (docs/examples/word_count) pip-installed into a
private directory runs end to end (API, a real worker, OpenAPI, /task-types, progress, result); a worker without it
leaves its jobs alone while /ready names the missing type; a broken plugin stops start-up, saying which and why."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any

import aiohttp
import pytest
from redis.asyncio import Redis

from service.storage import keys
from tests.constants import ADMIN_KEY
from tests.faults_support import Api, api_client
from tests.plugin_support import fake_plugin, install_example
from tests.processes import ROOT, api_process, service_env, worker_process
from tests.sse_support import next_frame
from tests.waiting import until

TEXT_QUEUE = keys.type_queue("arq:queue", "text")
TEXT = "the cat sat on the mat\nthe dog sat on the log\nno cat no dog\nthe end\n"


def with_path(env: dict[str, str], *directories: Path) -> dict[str, str]:
    """`env` with these directories first on PYTHONPATH (the plugin installed beside the service)."""
    path = os.pathsep.join([*map(str, directories), *filter(None, [env.get("PYTHONPATH")])])
    return {**env, "PYTHONPATH": path}


@pytest.fixture(scope="module")
def plugin_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return install_example(tmp_path_factory.mktemp("plugins") / "site")


@pytest.fixture(scope="module")
def env(redis_url: str) -> dict[str, str]:
    """Processes without the plugin."""
    return service_env(redis_url, ADMIN_KEY)


@pytest.fixture(scope="module")
def plugin_env(env: dict[str, str], plugin_dir: Path) -> dict[str, str]:
    return with_path(env, plugin_dir)


@pytest.fixture
async def api(redis: Redis, plugin_env: dict[str, str]) -> AsyncIterator[Api]:
    """An API that has the plugin."""
    with api_process(plugin_env) as url:
        async with api_client(url) as client:
            yield client


def local(schema: dict[str, Any]) -> Any:
    """A schema of the OpenAPI document with its references as /task-types writes them (standalone, under $defs)."""
    return json.loads(json.dumps(schema).replace("#/components/schemas/", "#/$defs/"))


async def completed_events(stream: aiohttp.ClientResponse, done: int) -> list[dict[str, Any]]:
    """A project's events (SSE) until `done` tasks have completed."""
    events: list[dict[str, Any]] = []
    while sum(event["status"] == "completed" for event in events) < done:
        frame = await next_frame(stream, timeout=20)
        assert frame is not None, events
        if frame.comment is None:
            events.append(frame.json())
    return events


async def test_the_example_plugin_end_to_end(api: Api, plugin_env: dict[str, str]) -> None:
    catalog = {row["name"]: row for row in (await api.ok("/api/v1/task-types"))["task_types"]}
    assert list(catalog) == ["evaluate_department", "word_count", "echo", "sleep"]
    row = catalog["word_count"]
    assert (row["queue"], row["timeout_seconds"], row["max_tries"]) == (TEXT_QUEUE, 60, 3)
    document = await api.ok("/api/v1/openapi.json")
    schemas, declared = document["components"]["schemas"], document["x-task-types"]["word_count"]
    assert schemas["WordCount"] == row["task_data_schema"] and declared["task_data"] == {
        "$ref": "#/components/schemas/WordCount"
    }
    result = schemas[declared["result"]["$ref"].rsplit("/", 1)[1]]
    assert local({**result, "$defs": {"Frequency": schemas["Frequency"]}}) == row["result_schema"]
    assert row["result_schema"]["required"] == ["words", "distinct", "lines", "top"]

    # the API subscribes a project's stream before it answers: every event after this is seen
    async with api.http.get("/api/v1/projects/plugin-e2e/events", timeout=aiohttp.ClientTimeout()) as stream:
        assert stream.status == 200
        with worker_process(plugin_env):
            counted = await api.submit("plugin-e2e", "word_count", {"text": TEXT, "top": 2, "pause_seconds": 0.05})
            echoed = await api.submit("plugin-e2e", "echo", {"n": 1})  # the same worker serves QUEUE_NAME too
            done = {task["task_id"]: task for task in await api.until_final([counted, echoed], timeout=30)}
            events = await completed_events(stream, done=2)
            queues = (await api.metrics())["queues"]
    assert done[echoed]["status"] == "completed"
    task = done[counted]
    assert (task["status"], task["progress"], task["attempts"]) == ("completed", 100, 1), task
    assert task["result"] == {
        "words": 18,
        "distinct": 9,
        "lines": 4,
        "top": [{"word": "the", "count": 5}, {"word": "cat", "count": 2}],
    }
    moving = [e["progress"] for e in events if e["task_id"] == counted and e["status"] == "processing"]
    assert [p for p in moving if 0 < p < 100] == [25, 50, 75], events  # each part's report, as it happened
    assert set(queues) == {"arq:queue", TEXT_QUEUE} and queues[TEXT_QUEUE]["workers"] == 1


async def ready_detail(api: Api) -> list[dict[str, Any]]:
    status, body = await api.get("/api/v1/ready")
    return [] if status == 200 else list(body["error"]["details"])


async def test_a_worker_without_the_type_leaves_its_jobs_alone(
    api: Api, env: dict[str, str], plugin_env: dict[str, str], redis: Redis
) -> None:
    with worker_process(env):  # the API has the plugin, this worker does not
        echoed = await api.submit("plugin-missing", "echo", {})
        counted = await api.submit("plugin-missing", "word_count", {"text": "a b c"})
        await api.until_final([echoed], timeout=20)  # the worker is up and polling
        assert await redis.zcard(keys.workers("arq:queue")) == 1 and await redis.zcard(keys.workers(TEXT_QUEUE)) == 0
        details = await until(lambda: ready_detail(api), timeout=10)
        assert details == [
            {"component": "queue", "queue": TEXT_QUEUE, "depth": 1, "workers": 0},
            {"component": "task_type", "task_type": "word_count", "queue": TEXT_QUEUE, "queued": 1, "workers": 0},
        ]
        task = await api.ok(f"/api/v1/tasks/{counted}")
        assert (task["status"], task["attempts"]) == ("queued", 0)  # left alone: not started, not failed
        with worker_process(plugin_env):
            (task,) = await api.until_final([counted], timeout=20)
            assert (task["status"], task["attempts"], task["result"]["words"]) == ("completed", 1, 3)
            assert await until(lambda: _ready(api), timeout=10)


async def _ready(api: Api) -> bool:
    return (await api.get("/api/v1/ready"))[0] == 200


@pytest.fixture(scope="module")
def broken_env(env: dict[str, str], tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, str]]:
    directory = tmp_path_factory.mktemp("broken")
    source = "import does_not_exist_anywhere\n"
    fake_plugin(directory, "taskservice-broken", {"broken_type": "broken_plugin:TYPE"}, {"broken_plugin": source})
    yield with_path(env, directory)


@pytest.mark.parametrize("program", ["service", "worker"])
def test_a_broken_plugin_stops_start_up(broken_env: dict[str, str], program: str) -> None:
    started = subprocess.run(
        [sys.executable, "-m", program], env=broken_env, cwd=ROOT, capture_output=True, text=True, timeout=60
    )
    assert started.returncode == 2, started.stderr
    assert started.stderr.strip().splitlines()[-1] == (
        f"{program}: task type plugin broken_type = broken_plugin:TYPE (taskservice-broken 1.0) failed to load: "
        "ModuleNotFoundError: No module named 'does_not_exist_anywhere'"
    )


async def test_enabled_task_types_leave_a_broken_plugin_alone(broken_env: dict[str, str], redis: Redis) -> None:
    """Switched off by ENABLED_TASK_TYPES, a broken plugin is never imported: the worker starts and goes live."""
    with worker_process({**broken_env, "ENABLED_TASK_TYPES": "echo,sleep"}) as proc:
        await until(lambda: redis.zcard(keys.workers("arq:queue")), timeout=20)
        assert proc.poll() is None
