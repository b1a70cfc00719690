"""The SDK's and taskctl's scheduling against real API and worker processes: deferred and prioritised submits, and
schedules (typed answers, a tick that fires, changes, deletion, the errors of a bad schedule)."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator, Iterator
from datetime import UTC, datetime, timedelta

import pytest
from taskclient import AsyncClient, Client, InvalidRequest, NotFound, Schedule, TaskRequest, TaskStatus

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


async def test_submit_defers_and_prioritises(client: AsyncClient) -> None:
    deferred = await client.submit(PROJECT, "echo", {"n": 1}, delay_seconds=1.5, priority=5)
    assert deferred.priority == 5 and deferred.scheduled_for is not None
    assert (deferred.scheduled_for - deferred.created_at).total_seconds() == pytest.approx(1.5, abs=0.01)
    done = await client.wait(deferred.task_id, timeout=20)
    assert done.status is TaskStatus.COMPLETED and done.started_at is not None
    assert done.started_at >= deferred.scheduled_for  # never before its time
    at = datetime.now(UTC) - timedelta(minutes=1)  # in the past: runs now
    batch = await client.submit_many([TaskRequest(project_id=PROJECT, task_type="echo", run_at=at, priority=-3)])
    assert batch[0].priority == -3 and batch[0].scheduled_for is not None
    assert (await client.wait(batch[0].task_id, timeout=20)).status is TaskStatus.COMPLETED
    with pytest.raises(InvalidRequest) as caught:
        await client.submit(PROJECT, "echo", priority=11)
    assert "priority" in json.dumps(caught.value.details)


def test_taskctl_submit_takes_delay_at_and_priority(service: str) -> None:
    ctl = taskctl_env(service, ADMIN_KEY)
    later = taskctl("--json", "submit", PROJECT, "echo", "--delay", "60", "--priority", "3", env=ctl)
    assert later.code == 0, later
    task = json.loads(later.out)
    assert task["priority"] == 3 and task["scheduled_for"] > task["created_at"] and task["status"] == "queued"
    shown = taskctl("get", task["task_id"], env=ctl)
    assert "scheduled for" in shown.out and "priority" in shown.out, shown
    at = taskctl("--json", "submit", PROJECT, "echo", "--at", "2020-01-01T00:00:00Z", "--wait", env=ctl)
    assert at.code == 0 and json.loads(at.out)["status"] == "completed", at
    for bad in (["--priority", "11"], ["--at", "tomorrow"], ["--delay", "5", "--at", "2020-01-01T00:00:00Z"]):
        refused = taskctl("submit", PROJECT, "echo", *bad, env=ctl)
        assert refused.code == 2, (bad, refused)
