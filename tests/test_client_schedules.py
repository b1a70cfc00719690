"""The SDK's and taskctl's schedules against real API and worker processes: typed answers, a tick that fires,
changes, deletion, and the errors of a bad schedule."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator, Iterator

import pytest
from taskclient import AsyncClient, Client, InvalidRequest, NotFound, Schedule

from tests.client_support import taskctl, taskctl_env
from tests.constants import ADMIN_KEY
from tests.processes import service_env, worker_process
from tests.waiting import until

PROJECT = "sdk-schedules"


@pytest.fixture(scope="module")
def env(redis_url: str) -> dict[str, str]:
    return service_env(redis_url, ADMIN_KEY)


@pytest.fixture(scope="module")
def service(api_url: str, env: dict[str, str]) -> Iterator[str]:
    with worker_process(env):
        yield api_url


@pytest.fixture
async def client(service: str) -> AsyncIterator[AsyncClient]:
    async with AsyncClient(service, ADMIN_KEY) as client:
        yield client


async def test_a_schedule_fires_and_its_task_names_it(client: AsyncClient) -> None:
    made = await client.create_schedule(PROJECT, "echo", {"tick": True}, every_seconds=1, name="each second")
    assert isinstance(made, Schedule) and (made.every_seconds, made.cron, made.enabled) == (1, None, True)
    assert made.next_run_at is not None and made.last_task_id is None

    async def fired() -> Schedule | None:
        found = await client.get_schedule(PROJECT, made.schedule_id)
        return found if found.last_task_id else None

    ticked = await until(fired, timeout=15)
    task = await client.wait(str(ticked.last_task_id), timeout=15)
    assert task.metadata["schedule_id"] == made.schedule_id and task.task_data == {"tick": True}
    assert ticked.last_run_at is not None and ticked.next_run_at is not None and ticked.next_run_at > ticked.last_run_at
    await client.delete_schedule(PROJECT, made.schedule_id)
    with pytest.raises(NotFound):
        await client.get_schedule(PROJECT, made.schedule_id)


async def test_list_walks_the_pages_and_update_changes_only_what_is_given(client: AsyncClient) -> None:
    project = PROJECT + "-list"
    made = [await client.create_schedule(project, "echo", cron="0 3 * * *", name=f"n{i}") for i in range(3)]
    listed = await client.schedules(project)
    assert sorted(s.schedule_id for s in listed) == sorted(s.schedule_id for s in made)
    off = await client.update_schedule(project, made[0].schedule_id, enabled=False)
    assert (off.enabled, off.next_run_at, off.cron, off.name) == (False, None, "0 3 * * *", "n0")
    with pytest.raises(InvalidRequest) as caught:
        await client.create_schedule(project, "echo", cron="61 * * * *")
    assert caught.value.status == 422 and "cron" in json.dumps(caught.value.details)


def test_the_blocking_client_has_the_same_schedule_calls(service: str) -> None:
    with Client(service, ADMIN_KEY) as client:
        made = client.create_schedule(PROJECT + "-sync", "echo", every_seconds=3600)
        assert [s.schedule_id for s in client.schedules(PROJECT + "-sync")] == [made.schedule_id]
        assert client.update_schedule(PROJECT + "-sync", made.schedule_id, name="hourly").name == "hourly"
        client.delete_schedule(PROJECT + "-sync", made.schedule_id)
        assert client.schedules(PROJECT + "-sync") == []


def test_taskctl_creates_lists_and_deletes_schedules(service: str) -> None:
    ctl, project = taskctl_env(service, ADMIN_KEY), PROJECT + "-ctl"
    made = taskctl("--json", "schedules", "create", project, "echo", "--every", "60", "--name", "nightly", env=ctl)
    assert made.code == 0, made
    schedule = json.loads(made.out)
    assert (schedule["every_seconds"], schedule["name"], schedule["enabled"]) == (60, "nightly", True)
    table = taskctl("schedules", "list", project, env=ctl)
    assert table.code == 0 and "nightly" in table.out and "every 60 s" in table.out, table
    gone = taskctl("schedules", "delete", project, schedule["schedule_id"], env=ctl)
    assert gone.code == 0 and "deleted" in gone.err + gone.out, gone
    assert json.loads(taskctl("--json", "schedules", "list", project, env=ctl).out) == {"schedules": []}


def test_taskctl_explains_a_bad_schedule(service: str) -> None:
    ctl = taskctl_env(service, ADMIN_KEY)
    bad_cron = taskctl("schedules", "create", PROJECT, "echo", "--cron", "* * *", env=ctl)
    assert bad_cron.code == 3 and "cron" in bad_cron.err, bad_cron
    both = taskctl("schedules", "create", PROJECT, "echo", "--cron", "* * * * *", "--every", "5", env=ctl)
    assert both.code == 2 and "not allowed with" in both.err, both
    neither = taskctl("schedules", "create", PROJECT, "echo", env=ctl)
    assert neither.code == 2 and "one of the arguments --cron --every is required" in neither.err, neither
