"""1,000 `GET ?wait=60` long-polls whose clients hang up after 0.5 s (issue 7, item 1).

Starts a private Redis and one API process (no worker: the tasks stay queued), creates TASKS tasks, then
measures for WINDOW_S seconds Redis's commands/s (INFO total_commands_processed), the p95 of another client's
plain GETs (one at a time, ~PROBE_HZ a second) and the API process's CPU: once as a baseline, once from
+2 s to +2+WINDOW_S s after the last of WAITS abandoned long-polls hung up.

    .venv/bin/python -m tests.attacks.abandoned_waits

Self-contained (stdlib, aiohttp, redis, psutil, and the project's deploy.redis_local and tests.processes), so
the same script measures an older checkout. Only 127.0.0.1; stops by itself in well under a minute.
"""

from __future__ import annotations

import asyncio
import collections
import statistics
import tempfile
import time
from pathlib import Path

import aiohttp
import psutil  # type: ignore[import-untyped]  # no stubs in the dev dependencies
import redis

from deploy.redis_local import start_redis
from tests.processes import api_process, service_env

KEY = "attack-key"
TASKS = 20  # 50 waits per task: under a per-task bound of 100
WAITS = 1000
HANG_UP_S = 0.5
SETTLE_S = 2.0
WINDOW_S = 5.0
PROBE_HZ = 50
OPENING = 100  # connections being opened at once (the listen backlog is 128)


class Window:
    """Redis commands/s, probe GET p95 and API CPU over one measuring window."""

    def __init__(self, monitor: redis.Redis, api: psutil.Process) -> None:
        self.monitor, self.api = monitor, api

    def commands(self) -> int:
        stats: dict[str, int] = self.monitor.info("stats")  # type: ignore[assignment]
        return int(stats["total_commands_processed"])

    async def measure(self, url: str, task_id: str) -> str:
        commands = self.commands()
        self.api.cpu_percent(None)
        started = time.monotonic()
        latencies = await probe(url, task_id, WINDOW_S)
        elapsed = time.monotonic() - started
        rate = (self.commands() - commands) / elapsed
        cpu = self.api.cpu_percent(None)
        p95 = statistics.quantiles(latencies, n=20)[-1] * 1000
        return f"Redis {rate:,.0f} commands/s, probe GET p95 {p95:.1f} ms (n={len(latencies)}), API CPU {cpu:.0f} %"


async def probe(url: str, task_id: str, seconds: float) -> list[float]:
    """Plain GETs one after the other, paced at PROBE_HZ; their latencies in seconds."""
    latencies: list[float] = []
    async with aiohttp.ClientSession(headers={"X-API-Key": KEY}) as session:
        deadline = time.monotonic() + seconds
        while (started := time.monotonic()) < deadline:
            async with session.get(f"{url}/api/v1/tasks/{task_id}") as resp:
                await resp.read()
            latencies.append(time.monotonic() - started)
            await asyncio.sleep(max(0.0, 1 / PROBE_HZ - latencies[-1]))
    return latencies


async def create_tasks(url: str) -> list[str]:
    body = {"project_id": "attack", "task_type": "echo", "task_data": {"n": 1}}
    async with aiohttp.ClientSession(headers={"X-API-Key": KEY}) as session:
        ids = []
        for _ in range(TASKS):
            async with session.post(f"{url}/api/v1/tasks/submit", json=body) as resp:
                assert resp.status == 202, await resp.text()
                ids.append((await resp.json())["task_id"])
        return ids


async def abandoned_waits(port: int, task_ids: list[str]) -> collections.Counter[str]:
    """WAITS raw `?wait=60` requests, each closed HANG_UP_S after it was sent; what each saw before."""
    opening = asyncio.Semaphore(OPENING)

    async def one(n: int) -> str:
        async with opening:
            reader, writer = await asyncio.open_connection("127.0.0.1", port)
        path = f"/api/v1/tasks/{task_ids[n % len(task_ids)]}?wait=60"
        writer.write(f"GET {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nX-API-Key: {KEY}\r\n\r\n".encode())
        try:
            status = (await asyncio.wait_for(reader.readline(), HANG_UP_S)).split()[1].decode()
        except (TimeoutError, IndexError):
            status = "no answer (hung up)"
        writer.close()
        return status

    return collections.Counter(await asyncio.gather(*(one(n) for n in range(WAITS))))


def api_of(port: int) -> psutil.Process:
    for child in psutil.Process().children(recursive=True):
        if str(port) in child.cmdline():
            return child
    raise RuntimeError(f"no API process on port {port}")


async def run(url: str, monitor: redis.Redis) -> None:
    port = int(url.rsplit(":", 1)[1])
    window = Window(monitor, api_of(port))
    task_ids = await create_tasks(url)
    print(f"baseline:               {await window.measure(url, task_ids[0])}")
    started = time.monotonic()
    seen = await abandoned_waits(port, task_ids)
    took = time.monotonic() - started
    print(f"{WAITS} x ?wait=60 on {TASKS} queued tasks, each hung up after {HANG_UP_S} s (all sent in {took:.1f} s):")
    for status, count in sorted(seen.items()):
        print(f"  {status}: {count}")
    await asyncio.sleep(SETTLE_S)
    print(f"+{SETTLE_S:.0f} s..+{SETTLE_S + WINDOW_S:.0f} s after:      {await window.measure(url, task_ids[0])}")


def main() -> None:
    with tempfile.TemporaryDirectory() as data:
        proc, redis_url = start_redis(Path(data), persistent=False)
        try:
            monitor = redis.Redis.from_url(redis_url, single_connection_client=True)
            with api_process(service_env(redis_url, KEY)) as url:
                asyncio.run(run(url, monitor))
            monitor.close()
        finally:
            proc.terminate()
            proc.wait(10)


if __name__ == "__main__":
    main()
