"""taskctl's live commands against real processes: `watch` in a pseudo-terminal (a progress bar, then the exit
code of the task's end) and `tail` (one line per event, until Ctrl-C)."""

from __future__ import annotations

import asyncio
import json
import re
import signal
from collections.abc import AsyncIterator, Iterator
from typing import Any

import pytest
from taskclient import AsyncClient

from tests.client_support import TASKCTL, in_terminal, parallel, taskctl, taskctl_env
from tests.constants import ADMIN_KEY
from tests.processes import service_env, worker_process
from tests.waiting import until

PROJECT = "live-project"
_ESCAPES = re.compile(r"\x1b\[[0-9;?]*[A-Za-z]")


def plain(drawn: str) -> str:
    """What a terminal shows of the text, colours and cursor moves left out."""
    return _ESCAPES.sub("", drawn)


@pytest.fixture(scope="module")
def env(redis_url: str) -> dict[str, str]:
    return service_env(redis_url, ADMIN_KEY)


@pytest.fixture(scope="module")
def ctl(api_url: str, env: dict[str, str]) -> Iterator[dict[str, str]]:
    with worker_process(env):
        yield taskctl_env(api_url, ADMIN_KEY, TERM="xterm-256color")


@pytest.fixture
async def sdk(ctl: dict[str, str]) -> AsyncIterator[AsyncClient]:
    async with AsyncClient(ctl["TASKS_URL"], ADMIN_KEY) as client:
        yield client


async def test_watch_draws_a_progress_bar_and_exits_with_the_tasks_end(ctl: dict[str, str], sdk: AsyncClient) -> None:
    ok = await sdk.submit(PROJECT, "sleep", {"seconds": 1, "progress_steps": 4})
    bad = await sdk.submit(PROJECT, "sleep", {"seconds": 0.3, "fail": True})
    good, bad_run, as_json, unknown = await asyncio.to_thread(
        parallel,
        lambda: in_terminal(["watch", ok.task_id], ctl),
        lambda: in_terminal(["watch", bad.task_id], ctl),
        lambda: taskctl("watch", ok.task_id, "--json", env=ctl),
        lambda: taskctl("watch", "00000000-0000-4000-8000-000000000000", env=ctl),
    )
    drawn = good.out
    assert good.code == 0, drawn
    assert "\x1b[2K" in drawn and "━" in drawn and "100%" in plain(drawn), drawn  # a bar, redrawn in place
    assert f"{ok.task_id} completed" in plain(drawn) and "Traceback" not in drawn
    assert bad_run.code == 1 and f"{bad.task_id} failed" in plain(bad_run.out), bad_run
    assert "SleepFailed" in bad_run.out
    states = [json.loads(line) for line in as_json.out.splitlines()]
    assert as_json.code == 0 and states[-1]["status"] == "completed" and states[-1]["progress"] == 100, as_json
    assert unknown.failed_cleanly(3) and "no task with id" in unknown.err, unknown  # and no bar drawn first


class Lines:
    """What a running `taskctl --json tail` printed, read a line at a time."""

    def __init__(self, stream: asyncio.StreamReader) -> None:
        self.stream = stream
        self.seen: list[dict[str, Any]] = []

    async def more(self, within: float = 0.2) -> bool:
        """Whether a line came within `within` seconds."""
        try:
            line = await asyncio.wait_for(self.stream.readline(), within)
        except TimeoutError:
            return False
        if line:
            self.seen.append(json.loads(line))
        return bool(line)

    async def completed(self, task_id: str) -> bool:
        await self.more()
        return any(line["task_id"] == task_id and line["status"] == "completed" for line in self.seen)


async def test_tail_prints_a_line_per_event_until_ctrl_c(ctl: dict[str, str], sdk: AsyncClient) -> None:
    tail = await asyncio.create_subprocess_exec(
        *TASKCTL, "--json", "tail", PROJECT, "--type", "sleep", env=ctl,
        stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
    )  # fmt: skip
    assert tail.stdout is not None and tail.stderr is not None
    lines = Lines(tail.stdout)

    async def primed() -> bool:  # tail is following once a task's line shows
        await sdk.submit(PROJECT, "sleep", {"seconds": 0})
        return await lines.more()

    try:
        await until(primed, timeout=20, interval=0)
        task = await sdk.submit(PROJECT, "sleep", {"seconds": 0.2, "progress_steps": 2})
        await until(lambda: lines.completed(task.task_id), timeout=20, interval=0)
    finally:
        tail.send_signal(signal.SIGINT)
        code, err = await tail.wait(), (await tail.stderr.read()).decode()
    assert code == 130 and "Traceback" not in err, err
    ours = [line for line in lines.seen if line["task_id"] == task.task_id]
    assert ours[0]["status"] == "queued" and ours[-1]["status"] == "completed" and ours[-1]["progress"] == 100
    assert all(line["event"] == "task" and line["task_type"] == "sleep" for line in lines.seen)
    refused = await asyncio.to_thread(taskctl, "tail", "no such project", env=ctl)
    assert refused.failed_cleanly(3) and "422" in refused.err, refused
