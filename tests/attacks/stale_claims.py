"""Stale claims after a crash (issue 7, item 5): what an idle replacement worker costs.

A worker (WORKER_CONCURRENCY=10) starts 10 `sleep 120` tasks and is killed with SIGKILL; all 10 are cancelled
through the API; a new worker is started. For WINDOW_S after its start, every WINDOW_STEP_S, prints the new
worker's CPU %, Redis commands/s, and what is left of the dead worker's jobs (queue entries, in-progress claims,
abort markers). arq alone keeps such claims for the longest job timeout + 10 s (345 s here) and every poll of
every worker re-reads them. Production timings (heartbeat 2 s, reconcile 10 s, poll 20 ms).

    .venv/bin/python -m tests.attacks.stale_claims

Self-contained (stdlib, aiohttp, redis, psutil, and the project's deploy.redis_local and tests.processes), so
the same script measures an older checkout. Only 127.0.0.1; stops by itself in about a minute.
"""

from __future__ import annotations

import asyncio
import statistics
import tempfile
import time
from pathlib import Path

import aiohttp
import psutil  # type: ignore[import-untyped]  # no stubs in the dev dependencies
import redis

from deploy.redis_local import start_redis
from tests.processes import api_process, service_env, worker_process

HELD = 10
WINDOW_S = 30.0
WINDOW_STEP_S = 5.0
KEY = "attack-key"
PROJECT = "stale-claims"
QUEUE = "arq:queue"


async def call(session: aiohttp.ClientSession, method: str, url: str, **kwargs: object) -> dict[str, object]:
    async with session.request(method, url, headers={"X-API-Key": KEY}, **kwargs) as resp:  # type: ignore[arg-type]
        assert resp.status in (200, 202), await resp.text()
        answer: dict[str, object] = await resp.json()
        return answer


async def hold_and_cancel(api: str, env: dict[str, str]) -> None:
    """Start HELD tasks on a worker, SIGKILL it, cancel them all."""
    body = {"project_id": PROJECT, "task_type": "sleep", "task_data": {"seconds": 120}}
    async with aiohttp.ClientSession() as session:
        with worker_process(env) as doomed:
            ids = [
                str((await call(session, "POST", f"{api}/api/v1/tasks/submit", json=body))["task_id"])
                for _ in range(HELD)
            ]
            deadline = time.monotonic() + 30
            while time.monotonic() < deadline:
                tasks = [await call(session, "GET", f"{api}/api/v1/tasks/{task_id}") for task_id in ids]
                if all(task["status"] == "processing" for task in tasks):
                    break
                await asyncio.sleep(0.1)
            else:
                raise SystemExit("the tasks never all reached processing")
            doomed.kill()
            doomed.wait(10)
        for task_id in ids:
            await call(session, "POST", f"{api}/api/v1/tasks/{task_id}/cancel")


def left(client: redis.Redis) -> tuple[int, int, int]:
    claims = sum(1 for _ in client.scan_iter(match="arq:in-progress:*", count=1000))
    return int(client.zcard(QUEUE)), claims, int(client.zcard("arq:abort"))  # type: ignore[arg-type]


def commands(client: redis.Redis) -> int:
    return int(client.info("stats")["total_commands_processed"])  # type: ignore[index]


def measure(client: redis.Redis, worker: psutil.Process) -> list[tuple[float, float, float, tuple[int, int, int]]]:
    """(seconds since start, CPU %, commands/s, what is left) per step; the probe's own commands are excluded."""
    rows = []
    worker.cpu_percent(None)
    started = time.monotonic()
    before = commands(client)
    while (elapsed := time.monotonic() - started) < WINDOW_S:
        time.sleep(WINDOW_STEP_S)
        cpu = worker.cpu_percent(None)
        after = commands(client)
        rate = (after - before - 1) / WINDOW_STEP_S
        state = left(client)
        before = commands(client)
        rows.append((elapsed + WINDOW_STEP_S, cpu, rate, state))
    return rows


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        proc, url = start_redis(Path(tmp), persistent=False)
        try:
            env = service_env(url, KEY, WORKER_CONCURRENCY=str(HELD), POLL_DELAY_SECONDS="0.02")
            del env["HEARTBEAT_SECONDS"], env["RECONCILE_INTERVAL_SECONDS"]  # production timings
            client = redis.Redis.from_url(url)
            with api_process(env) as api:
                asyncio.run(hold_and_cancel(api, env))
                print(f"after kill -9 and cancel: queue entries, claims, abort markers = {left(client)}")
                with worker_process(env) as fresh:
                    rows = measure(client, psutil.Process(fresh.pid))
            client.close()
        finally:
            proc.terminate()
            proc.wait(10)
    print("new worker, seconds after its start | CPU % | Redis commands/s | queue, claims, markers left")
    for elapsed, cpu, rate, state in rows:
        print(f"  {elapsed:5.0f} s | {cpu:5.1f} | {rate:7.0f} | {state}")
    print(
        f"mean over {WINDOW_S:g} s: CPU {statistics.mean(r[1] for r in rows):.1f} %, "
        f"{statistics.mean(r[2] for r in rows):.0f} commands/s; last {WINDOW_STEP_S:g} s: "
        f"CPU {rows[-1][1]:.1f} %, {rows[-1][2]:.0f} commands/s, left {rows[-1][3]}"
    )


if __name__ == "__main__":
    main()
