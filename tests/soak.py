"""`make soak`: a private Redis, one API and one worker process, a few minutes of mixed traffic on 127.0.0.1.

Fails (exit 1) on any 5xx, timeout, unexpected status, task not final at the end or counter mismatch; prints
a result table with the resident memory of each process and rewrites the soak section of docs/reliability.md.
SOAK_SECONDS (default 180), SOAK_RATE (requests per second, default 100) and SOAK_SEED (default 1) tune it.
"""

from __future__ import annotations

import asyncio
import os
import signal
import sys
import tempfile
import time
from contextlib import ExitStack
from pathlib import Path
from typing import Any

import aiohttp
import psutil  # type: ignore[import-untyped]  # no stubs in the dev dependencies
from redis.asyncio import Redis

from deploy.redis_local import start_redis
from tests.processes import ROOT, api_process, service_env, stop, worker_process
from tests.soak_report import Config, Outcome, render, write_doc
from tests.soak_traffic import AUTH, KEY, PROJECTS, Tally, Traffic

DOC = ROOT / "docs" / "reliability.md"
BEGIN, END = "<!-- soak:begin -->", "<!-- soak:end -->"
DRAIN_SECONDS = 120.0
#: Production defaults where the test helpers speed things up (logs go to files, at the default INFO level).
ENV = {"POLL_DELAY_SECONDS": "0.05", "HEARTBEAT_SECONDS": "2", "RECONCILE_INTERVAL_SECONDS": "10"}


def processes(redis_pid: int) -> dict[str, psutil.Process]:
    """This script's API, worker and Redis processes, by role."""
    found = {"Redis": psutil.Process(redis_pid)}
    for child in psutil.Process().children():
        cmdline = child.cmdline()
        for role, module in (("API", "service"), ("worker", "worker")):
            if cmdline[1:3] == ["-m", module]:
                found[role] = child
    assert set(found) == {"API", "worker", "Redis"}, found
    return found


async def get_json(session: aiohttp.ClientSession, path: str) -> Any:
    async with session.get(path, headers=AUTH, timeout=aiohttp.ClientTimeout(total=10)) as resp:
        assert resp.status == 200, (path, resp.status, await resp.text())
        return await resp.json()


async def wait_for_worker(session: aiohttp.ClientSession, timeout: float = 30.0) -> None:
    deadline = time.monotonic() + timeout
    while not all(queue["workers"] for queue in (await get_json(session, "/api/v1/tasks/metrics"))["queues"].values()):
        assert time.monotonic() < deadline, "no worker came up"
        await asyncio.sleep(0.2)


async def drain(session: aiohttp.ClientSession) -> tuple[float, dict[str, Any]]:
    """Wait until no task is queued or processing; seconds waited and the final metrics."""
    started = time.monotonic()
    while True:
        metrics: dict[str, Any] = (await get_json(session, "/api/v1/tasks/metrics"))["metrics"]
        if metrics["queued_tasks"] + metrics["processing_tasks"] == 0 or time.monotonic() - started > DRAIN_SECONDS:
            return time.monotonic() - started, metrics
        await asyncio.sleep(0.5)


def counter_problems(metrics: dict[str, Any], tally: Tally) -> list[str]:
    total, accepted = metrics["total_tasks"], len(tally.task_ids)
    final = metrics["completed_tasks"] + metrics["failed_tasks"] + metrics["cancelled_tasks"]
    problems = [f"total_tasks {total} != {accepted} accepted submits"] if total != accepted else []
    if final != total:
        problems.append(f"completed + failed + cancelled = {final} != total_tasks {total}")
    if metrics["queued_tasks"] or metrics["processing_tasks"]:
        problems.append(f"not final after {DRAIN_SECONDS:g} s: {metrics['queued_tasks']} queued, ")
        problems[-1] += f"{metrics['processing_tasks']} processing"
    return problems


async def listing_problems(session: aiohttp.ClientSession, tally: Tally) -> list[str]:
    """Each project's listing holds every accepted task, none of them queued or processing."""
    problems = []
    for project in PROJECTS:
        for status, expected in (("", len(tally.accepted[project])), ("queued", 0), ("processing", 0)):
            query = f"?limit=1&status={status}" if status else "?limit=1"
            total = (await get_json(session, f"/api/v1/projects/{project}/tasks{query}"))["pagination"]["total"]
            if total != expected:
                problems.append(f"{project} listing {status or 'all'}: {total} tasks, expected {expected}")
    return problems


async def redis_facts(redis_url: str) -> tuple[str, int, int]:
    """Redis version, number of keys and used_memory in bytes."""
    async with Redis.from_url(redis_url) as redis:
        info = await redis.info()
        return str(info["redis_version"]), int(await redis.dbsize()), int(info["used_memory"])


async def soak(url: str, redis_url: str, config: Config, procs: dict[str, psutil.Process]) -> Outcome:
    warm: dict[str, int] = {}
    traffic = Traffic(url, config.seed)
    async with aiohttp.ClientSession(url, connector=aiohttp.TCPConnector(limit=200)) as session:
        await wait_for_worker(session)
        on_warm = lambda: warm.update({role: proc.memory_info().rss for role, proc in procs.items()})  # noqa: E731
        achieved = await traffic.run(session, config.seconds, config.rate, on_warm)
        drained, metrics = await drain(session)
        for problem in counter_problems(metrics, traffic.tally) + await listing_problems(session, traffic.tally):
            traffic.tally.problem("check", problem)
    memory = {role: (warm[role], proc.memory_info().rss) for role, proc in procs.items()}
    return Outcome(config, traffic.tally, achieved, drained, metrics, memory, *await redis_facts(redis_url))


def show_logs(logs: Path, lines: int = 30) -> None:
    for log in sorted(logs.glob("*.log")):
        print(f"--- last {lines} lines of {log.name}", *log.read_text(errors="replace").splitlines()[-lines:], sep="\n")


def run(config: Config) -> Outcome:
    """Start Redis, API and worker (their logs in a temporary directory), soak, stop everything."""
    with tempfile.TemporaryDirectory(prefix="soak-") as tmp, ExitStack() as stack:
        logs = Path(tmp)
        redis_proc, redis_url = start_redis(logs / "redis", persistent=True)  # AOF on, as `make run`
        stack.callback(stop, redis_proc)
        env = service_env(redis_url, KEY, **ENV)
        try:
            url = stack.enter_context(api_process(env, stack.enter_context((logs / "api.log").open("wb"))))
            stack.enter_context(worker_process(env, stack.enter_context((logs / "worker.log").open("wb"))))
            outcome = asyncio.run(soak(url, redis_url, config, processes(redis_proc.pid)))
        except Exception:  # not on Ctrl-C or SIGTERM: the operator stopped it
            show_logs(logs)
            raise
        if "Traceback" in (logs / "api.log").read_text(errors="replace"):
            outcome.tally.problem("check", "the API logged a traceback")
        if outcome.tally.problems:
            show_logs(logs)
        return outcome


def main() -> int:
    config = Config(
        float(os.environ.get("SOAK_SECONDS", "180")),
        float(os.environ.get("SOAK_RATE", "100")),
        int(os.environ.get("SOAK_SEED", "1")),
        os.getloadavg()[0],
    )
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))  # run the clean-up (ExitStack) on kill too
    print(f"soak: {config.seconds:g} s at {config.rate:g} requests/s ...", flush=True)
    outcome = run(config)
    text = render(outcome)
    print(text)
    write_doc(DOC, BEGIN, END, text)
    print(f"soak: section rewritten in {DOC.relative_to(ROOT)}")
    return 1 if outcome.tally.problems else 0


if __name__ == "__main__":
    sys.exit(main())
