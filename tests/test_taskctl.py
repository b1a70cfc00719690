"""taskctl, run as a command against real API and worker processes: output, exit codes, and clean failures.
The Python client sets up and checks what the commands did (faster than more commands)."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import pytest
from taskclient import AsyncClient, TaskRequest

from deploy.redis_local import free_port
from tests.client_support import parallel, taskctl, taskctl_env
from tests.constants import ADMIN_KEY
from tests.processes import service_env, worker_process

PROJECT = "ctl-project"
UNKNOWN_ID = "00000000-0000-4000-8000-000000000000"


@pytest.fixture(scope="module")
def env(redis_url: str) -> dict[str, str]:
    return service_env(redis_url, ADMIN_KEY)


@pytest.fixture(scope="module")
def ctl(api_url: str, env: dict[str, str]) -> Iterator[dict[str, str]]:
    """taskctl's environment: TASKS_URL and TASKS_API_KEY of the module's API (and a worker running)."""
    with worker_process(env):
        yield taskctl_env(api_url, ADMIN_KEY)


@pytest.fixture
async def sdk(ctl: dict[str, str]) -> AsyncIterator[AsyncClient]:
    async with AsyncClient(ctl["TASKS_URL"], ADMIN_KEY) as client:
        yield client


async def all_ids(sdk: AsyncClient) -> list[str]:
    return [task.task_id async for task in sdk.iter_tasks(PROJECT, order="asc")]


def test_submit_wait_exits_0_when_completed_and_1_when_failed(ctl: dict[str, str]) -> None:
    done, failed, human = parallel(
        lambda: taskctl("--json", "submit", PROJECT, "echo", "--data", '{"x": 1}', "--wait", env=ctl),
        lambda: taskctl("submit", PROJECT, "sleep", "--data", '{"seconds": 0, "fail": true}', "--wait", "--json",
                        env=ctl),
        lambda: taskctl("submit", PROJECT, "echo", "--wait", env=ctl),
    )  # fmt: skip
    assert done.code == 0, done
    task = json.loads(done.out)
    assert (task["status"], task["result"]) == ("completed", {"echo": {"x": 1}})
    assert failed.code == 1 and json.loads(failed.out)["status"] == "failed", failed
    assert human.code == 0 and "completed" in human.out and "task_id" in human.out, human


async def test_get_cancel_and_get_wait_on_an_unfinished_task(ctl: dict[str, str], sdk: AsyncClient) -> None:
    task_id = (await sdk.submit(PROJECT, "sleep", {"seconds": 30})).task_id
    waited = taskctl("get", task_id, "--wait", "0.5", "--json", env=ctl)
    assert waited.code == 5 and json.loads(waited.out)["status"] in ("queued", "processing"), waited
    cancelled = taskctl("cancel", task_id, env=ctl)
    assert cancelled.code == 0 and "cancelled" in cancelled.out and task_id in cancelled.out, cancelled
    again, shown, plain = parallel(
        lambda: taskctl("cancel", task_id, env=ctl),
        lambda: taskctl("get", task_id, "--wait", "5", env=ctl),
        lambda: taskctl("get", task_id, "--json", env=ctl),
    )
    assert again.failed_cleanly(3) and "task is already cancelled" in again.err and "409 conflict" in again.err, again
    assert shown.code == 1 and "cancelled" in shown.out, shown
    assert plain.code == 0 and json.loads(plain.out)["status"] == "cancelled", plain


async def test_data_from_a_file_and_from_stdin_and_options_passed_on(
    ctl: dict[str, str], sdk: AsyncClient, tmp_path: Path
) -> None:
    (tmp_path / "data.json").write_text('{"from": "file"}')
    hook = ("--callback-url", "http://127.0.0.1:9/hook")
    from_file, from_stdin = parallel(
        lambda: taskctl("submit", PROJECT, "echo", "--data", f"@{tmp_path / 'data.json'}", "--json", env=ctl),
        lambda: taskctl("submit", PROJECT, "echo", "--data", "@-", "--idempotency-key", "ctl-key", *hook, env=ctl,
                        stdin='{"from": "stdin"}'),
    )  # fmt: skip
    assert (await sdk.get(json.loads(from_file.out)["task_id"])).task_data == {"from": "file"}
    again = await sdk.submit(PROJECT, "echo", {"from": "stdin"}, callback_url=hook[1], idempotency_key="ctl-key")
    assert again.task_id in from_stdin.out, from_stdin  # the same key and body: the task taskctl submitted
    assert again.callback_url == hook[1] and again.task_data == {"from": "stdin"}


async def test_user_mistakes_fail_cleanly_with_their_exit_codes(
    ctl: dict[str, str], sdk: AsyncClient, tmp_path: Path
) -> None:
    bad_json, not_object, missing, usage, unknown, invalid, unreachable, as_json = parallel(
        lambda: taskctl("submit", PROJECT, "echo", "--data", "{not json", env=ctl),
        lambda: taskctl("submit", PROJECT, "echo", "--data", "[1]", env=ctl),
        lambda: taskctl("submit", PROJECT, "echo", "--data", f"@{tmp_path / 'nope.json'}", env=ctl),
        lambda: taskctl("list", PROJECT, "--status", "sleeping", env=ctl),
        lambda: taskctl("get", UNKNOWN_ID, env=ctl),
        lambda: taskctl("submit", PROJECT, "evaluate_department", "--data", '{"department_slug": "x"}', env=ctl),
        lambda: taskctl("projects", env={**ctl, "TASKS_URL": f"http://127.0.0.1:{free_port()}"}),
        lambda: taskctl("--json", "get", UNKNOWN_ID, env=ctl),
    )
    assert bad_json.failed_cleanly(2) and "--data" in bad_json.err, bad_json
    assert not_object.failed_cleanly(2) and "JSON object" in not_object.err, not_object
    assert missing.failed_cleanly(2) and "No such file" in missing.err, missing
    assert await all_ids(sdk) == []  # none of them submitted anything
    assert usage.code == 2 and "invalid choice" in usage.err and "Traceback" not in usage.err, usage
    assert unknown.failed_cleanly(3) and f"no task with id '{UNKNOWN_ID}'" in unknown.err, unknown
    assert invalid.failed_cleanly(3) and "$.task_data" in invalid.err and "422" in invalid.err, invalid
    assert unreachable.failed_cleanly(4) and "cannot connect" in unreachable.err, unreachable
    assert as_json.code == 3 and json.loads(as_json.err)["error"]["code"] == "not_found", as_json


async def test_configuration_from_a_running_make_run_or_a_clear_refusal(
    ctl: dict[str, str], sdk: AsyncClient, tmp_path: Path
) -> None:
    await sdk.submit(PROJECT, "echo")
    bare = {k: v for k, v in ctl.items() if not k.startswith("TASKS_")}
    (tmp_path / "run").mkdir()
    (tmp_path / "run" / "var").mkdir()
    (tmp_path / "run" / "var" / "api-url").write_text(ctl["TASKS_URL"] + "\n")  # as `make run` leaves them
    (tmp_path / "run" / "var" / "dev-api-key").write_text(ADMIN_KEY)
    nothing, found, bad_url = parallel(
        lambda: taskctl("projects", env=bare, cwd=str(tmp_path)),
        lambda: taskctl("--json", "projects", env=bare, cwd=str(tmp_path / "run")),
        lambda: taskctl("projects", env={**bare, "TASKS_URL": "localhost:8000"}, cwd=str(tmp_path / "run")),
    )
    assert nothing.failed_cleanly(2) and "TASKS_URL" in nothing.err and "make run" in nothing.err, nothing
    assert found.code == 0 and [p["project_id"] for p in json.loads(found.out)["projects"]] == [PROJECT], found
    assert bad_url.failed_cleanly(2) and "http://" in bad_url.err, bad_url


async def test_list_pages_filters_and_all(ctl: dict[str, str], sdk: AsyncClient) -> None:
    await sdk.submit_many([TaskRequest(project_id=PROJECT, task_type="echo", task_data={"i": i}) for i in range(60)])
    await sdk.cancel((await sdk.submit(PROJECT, "sleep", {"seconds": 30})).task_id)
    ids = await all_ids(sdk)
    page, every, every_json, one = parallel(
        lambda: taskctl("list", PROJECT, "--limit", "5", "--type", "echo", env=ctl),
        lambda: taskctl("list", PROJECT, "--all", env=ctl),
        lambda: taskctl("list", PROJECT, "--all", "--type", "echo", "--json", env=ctl),
        lambda: taskctl("list", PROJECT, "--json", "--status", "cancelled", "--type", "sleep", env=ctl),
    )
    assert page.code == 0 and "5 of 60 tasks; --all for every one" in page.out, page
    assert ids[-2] in page.out and ids[-6] in page.out and ids[-7] not in page.out  # the newest five echoes
    assert all(task_id in every.out for task_id in ids) and "61 tasks" in every.out, every
    assert [task["task_id"] for task in json.loads(every_json.out)["tasks"]] == ids[-2::-1]
    assert [task["task_id"] for task in json.loads(one.out)["tasks"]] == ids[-1:], one


async def test_metrics_projects_and_types(ctl: dict[str, str], sdk: AsyncClient) -> None:
    await sdk.wait((await sdk.submit(PROJECT, "echo")).task_id, timeout=20)
    report, human, projects, types, types_json = parallel(
        lambda: taskctl("--json", "metrics", "--project", PROJECT, env=ctl),
        lambda: taskctl("metrics", env=ctl),
        lambda: taskctl("projects", env=ctl),
        lambda: taskctl("types", env=ctl),
        lambda: taskctl("types", "--json", env=ctl),
    )
    figures = json.loads(report.out)
    assert (figures["metrics"]["total_tasks"], figures["by_task_type"]["echo"]["completed_tasks"]) == (1, 1)
    assert human.code == 0 and "arq:queue" in human.out and "100.0%" in human.out, human
    assert projects.code == 0 and PROJECT in projects.out, projects
    assert types.code == 0 and all(name in types.out for name in ("echo", "sleep", "evaluate_department")), types
    names = {kind["name"] for kind in json.loads(types_json.out)["task_types"]}
    assert {"echo", "sleep", "evaluate_department"} <= names


async def test_submit_many_batches_a_file_with_a_summary(ctl: dict[str, str], sdk: AsyncClient, tmp_path: Path) -> None:
    source = tmp_path / "many.jsonl"
    source.write_text("".join(f'{{"i": {i}}}\n' + ("\n" if i == 3 else "") for i in range(2500)))
    run, human = parallel(
        lambda: taskctl("--json", "submit-many", PROJECT, "echo", "--from", str(source), env=ctl),
        lambda: taskctl("submit-many", "ctl-other", "echo", "--from", "-", "--chunk", "2", env=ctl,
                        stdin='{"a": 1}\n{"b": 2}\n'),
    )  # fmt: skip
    assert run.code == 0, run
    summary = json.loads(run.out)
    assert (summary["submitted"], summary["failed"], summary["tasks_per_second"] > 0) == (2500, 0, True)
    assert summary["task_ids"] == await all_ids(sdk)
    assert [task.task_data["i"] async for task in sdk.iter_tasks(PROJECT, order="asc")] == list(range(2500))
    assert human.code == 0 and "submitted 2 of 2 tasks" in human.out and "tasks/s" in human.out, human
    assert "2/2" in human.err  # the progress bar's last state
    assert (await sdk.list_tasks("ctl-other")).pagination.total == 2


async def test_submit_many_names_the_lines_it_could_not_submit(
    ctl: dict[str, str], sdk: AsyncClient, tmp_path: Path
) -> None:
    (tmp_path / "bad.jsonl").write_text('{"i": 1}\n[2]\n')
    good = '{"department_slug": "a", "department_number": 1}'
    (tmp_path / "some.jsonl").write_text(
        f'{good}\n{good}\n{{"department_slug": "a", "department_number": 0}}\n{good}\n'
    )
    malformed, rejected = parallel(
        lambda: taskctl("submit-many", "ctl-malformed", "echo", "--from", str(tmp_path / "bad.jsonl"), env=ctl),
        lambda: taskctl("submit-many", PROJECT, "evaluate_department", "--from", str(tmp_path / "some.jsonl"),
                        "--chunk", "2", env=ctl),
    )  # fmt: skip
    assert malformed.failed_cleanly(2) and "line 2" in malformed.err, malformed
    assert (await sdk.list_tasks("ctl-malformed")).pagination.total == 0
    assert rejected.code == 3 and "submitted 2 of 4 tasks" in rejected.out, rejected
    assert "lines 3-4 not submitted" in rejected.err and "line 3: $.task_data.department_number" in rejected.err
    assert len(await all_ids(sdk)) == 2  # the first batch of two; the second was refused whole
