"""Helpers for the fault tests: a small API client, killing processes, counting, and recording the figures."""

from __future__ import annotations

import asyncio
import json
import os
import subprocess
import sys
import time
from collections.abc import AsyncIterator, Iterator
from contextlib import asynccontextmanager, contextmanager
from pathlib import Path
from typing import Any, NamedTuple

import aiohttp

from tests.constants import ADMIN_KEY
from tests.processes import ROOT, stop
from tests.waiting import until

#: No answer of the API may take longer than this, whatever Redis does (its Redis timeouts are 2 s and 5 s).
CLIENT_TIMEOUT_S = 15.0
FINAL = {"completed", "failed", "cancelled"}


class Api:
    """The HTTP calls the fault tests make, on one keep-alive session."""

    def __init__(self, http: aiohttp.ClientSession) -> None:
        self.http = http

    async def submit(self, project: str, task_type: str, task_data: dict[str, Any]) -> str:
        body = {"project_id": project, "task_type": task_type, "task_data": task_data}
        async with self.http.post("/api/v1/tasks/submit", json=body) as answer:
            assert answer.status == 202, await answer.text()
            return str((await answer.json())["task_id"])

    async def get(self, path: str) -> tuple[int, Any]:
        async with self.http.get(path) as answer:
            return answer.status, await answer.json()

    async def ok(self, path: str) -> Any:
        status, body = await self.get(path)
        assert status == 200, body
        return body

    async def tasks(self, task_ids: list[str]) -> list[dict[str, Any]]:
        return [await self.ok(f"/api/v1/tasks/{task_id}") for task_id in task_ids]

    async def all_final(self, task_ids: list[str]) -> list[dict[str, Any]] | None:
        tasks = await self.tasks(task_ids)
        return tasks if all(task["status"] in FINAL for task in tasks) else None

    async def until_final(self, task_ids: list[str], timeout: float) -> list[dict[str, Any]]:
        """The tasks once all are final; AssertionError at the deadline."""
        tasks = await until(lambda: self.all_final(task_ids), timeout=timeout, interval=0.05)
        assert tasks is not None
        return tasks

    async def metrics(self, project: str | None = None) -> dict[str, Any]:
        return dict(await self.ok("/api/v1/tasks/metrics" + (f"?project_id={project}" if project else "")))


@asynccontextmanager
async def api_client(base_url: str) -> AsyncIterator[Api]:
    timeout = aiohttp.ClientTimeout(total=CLIENT_TIMEOUT_S)
    async with aiohttp.ClientSession(base_url=base_url, headers={"X-API-Key": ADMIN_KEY}, timeout=timeout) as http:
        yield Api(http)


async def assert_counted_once(api: Api, project: str, *, total: int, retried: int) -> dict[str, int]:
    """Global and per-project counters: every task counted once, final, and no gauge left up."""
    for scope in (None, project):
        figures = (await api.metrics(scope))["metrics"]
        assert figures["total_tasks"] == total, (scope, figures)
        ended = figures["completed_tasks"] + figures["failed_tasks"] + figures["cancelled_tasks"]
        assert ended == total, (scope, figures)
        assert (figures["queued_tasks"], figures["processing_tasks"]) == (0, 0), (scope, figures)
        assert figures["retried_tasks"] == retried, (scope, figures)
    for status, expected in (("queued", 0), ("processing", 0), ("completed", total)):
        page = await api.ok(f"/api/v1/projects/{project}/tasks?status={status}&limit=1")
        assert page["pagination"]["total"] == expected, (status, page["pagination"])
    return dict(figures)


def kill9(proc: subprocess.Popen[bytes]) -> float:
    """SIGKILL: no shutdown hook, no goodbye to the live-worker set. Returns when it died (monotonic)."""
    proc.kill()
    proc.wait(10)
    return time.monotonic()


@contextmanager
def module_process(module: str, env: dict[str, str]) -> Iterator[subprocess.Popen[bytes]]:
    """`python -m <module>` from the project root; stopped (if still alive) on the way out."""
    proc = subprocess.Popen([sys.executable, "-m", module], env=env, cwd=ROOT)
    try:
        yield proc
    finally:
        stop(proc)


def record_figure(name: str, value: float, unit: str = "s") -> None:
    """Append a measured figure to $FAULT_FIGURES (JSON lines) when set: docs/reliability.md quotes them."""
    target = os.environ.get("FAULT_FIGURES")
    if target:
        Path(target).parent.mkdir(parents=True, exist_ok=True)
        with Path(target).open("a", encoding="utf-8") as out:
            out.write(json.dumps({"figure": name, "value": round(value, 3), "unit": unit}) + "\n")


class Answer(NamedTuple):
    sent_at: float  # monotonic
    seconds: float
    status: int  # 0: no HTTP answer at all (connection error, client timeout)
    code: str  # the envelope's error code, or what went wrong
    task_id: str | None


class SubmitStream:
    """A steady stream of submits from a few concurrent clients until stopped; every answer is recorded."""

    def __init__(
        self,
        http: aiohttp.ClientSession,
        project: str,
        *,
        clients: int = 2,
        pace_s: float = 0.02,
        task: tuple[str, dict[str, Any]] | None = None,
    ) -> None:
        """`task`: the type and task_data of every submit (default: echo, numbered by client and count)."""
        self.http, self.project, self.clients, self.pace_s, self.task = http, project, clients, pace_s, task
        self.answers: list[Answer] = []
        self._stopping = asyncio.Event()

    async def run(self) -> None:
        await asyncio.gather(*(self._client(n) for n in range(self.clients)))

    async def stop(self, running: asyncio.Task[None]) -> None:
        self._stopping.set()
        await running

    def count(self, status: int, since: float = 0.0) -> int:
        return sum(1 for answer in self.answers if answer.status == status and answer.sent_at >= since)

    def accepted_ids(self) -> list[str]:
        return [answer.task_id for answer in self.answers if answer.task_id is not None]

    async def _client(self, n: int) -> None:
        i = 0
        while not self._stopping.is_set():
            task_type, task_data = self.task or ("echo", {"client": n, "i": i})
            self.answers.append(await self._submit(task_type, task_data))
            i += 1
            await asyncio.sleep(self.pace_s)  # pacing: a steady stream, not a flood

    async def _submit(self, task_type: str, task_data: dict[str, Any]) -> Answer:
        body = {"project_id": self.project, "task_type": task_type, "task_data": task_data}
        started = time.monotonic()
        try:
            async with self.http.post("/api/v1/tasks/submit", json=body) as answer:
                status, payload = answer.status, await answer.json(content_type=None)
        except (aiohttp.ClientError, TimeoutError, ValueError) as exc:
            return Answer(started, time.monotonic() - started, 0, repr(exc), None)
        elapsed = time.monotonic() - started
        if status == 202:
            return Answer(started, elapsed, status, "", str(payload["task_id"]))
        return Answer(started, elapsed, status, str(payload.get("error", {}).get("code")), None)


async def processing(api: Api, task_ids: list[str]) -> bool:
    return all(task["status"] == "processing" for task in await api.tasks(task_ids))
