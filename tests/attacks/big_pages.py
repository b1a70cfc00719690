"""One tenant's big listing pages against another tenant's latency (issue 7, item 3).

Tenant A submits 200 echo tasks of ~260 KB (no worker: they stay queued, which is all a listing needs); three
loops then fetch A's `?limit=200` page for DURATION_S while tenant B's GET /tasks/{id} and /api/v1/health are
timed every PROBE_EVERY_S. Two phases: "paced", each loop starting at most one request a second (the issue's
attack: on the old code a page took about that long), then "flat-out", back to back. Prints B's p50/p99/max
when idle and in each phase, and what tenant A got.

    .venv/bin/python -m tests.attacks.big_pages

Self-contained (stdlib, aiohttp, redis, and the project's deploy.redis_local and tests.processes), so the same
script measures an older checkout. Only 127.0.0.1; stops by itself in about a minute.
"""

from __future__ import annotations

import asyncio
import multiprocessing
import statistics
import tempfile
import time
from pathlib import Path

import aiohttp

from deploy.redis_local import start_redis
from tests.processes import api_process, service_env

TASKS = 200
BLOB_BYTES = 260_000
LOOPS = 3
DURATION_S = 20.0
BASELINE_S = 5.0
PROBE_EVERY_S = 0.02
BIG, SMALL = "big-tenant", "small-tenant"
BIG_KEY, SMALL_KEY = "attack-key-big", "attack-key-small"
Stats = dict[str, list[int]]


async def submit(session: aiohttp.ClientSession, url: str, key: str, project: str, data: dict[str, object]) -> str:
    body = {"project_id": project, "task_type": "echo", "task_data": data}
    async with session.post(f"{url}/api/v1/tasks/submit", json=body, headers={"X-API-Key": key}) as resp:
        assert resp.status == 202, await resp.text()
        task_id: str = (await resp.json())["task_id"]
        return task_id


async def fill(session: aiohttp.ClientSession, url: str) -> None:
    limit = asyncio.Semaphore(8)

    async def one(i: int) -> None:
        async with limit:
            await submit(session, url, BIG_KEY, BIG, {"i": i, "blob": "x" * BLOB_BYTES})

    await asyncio.gather(*(one(i) for i in range(TASKS)))


async def lister(session: aiohttp.ClientSession, url: str, stop: float, pace_s: float, stats: Stats) -> None:
    page_url = f"{url}/api/v1/projects/{BIG}/tasks?limit={TASKS}"
    next_at = time.time()
    while next_at < stop:
        await asyncio.sleep(max(0.0, next_at - time.time()))
        async with session.get(page_url, headers={"X-API-Key": BIG_KEY}) as resp:
            body = await resp.read()
            stats["bytes"].append(len(body))
            stats["status"].append(resp.status)
        next_at = max(next_at + pace_s, time.time())


async def listers(url: str, stop: float, pace_s: float) -> Stats:
    stats: Stats = {"bytes": [], "status": []}
    async with aiohttp.ClientSession() as session:
        await asyncio.gather(*(lister(session, url, stop, pace_s, stats) for _ in range(LOOPS)))
    return stats


def run_listers(url: str, stop: float, pace_s: float, out: multiprocessing.Queue[Stats]) -> None:
    """Tenant A in a process of its own: reading its pages must not delay tenant B's timer."""
    out.put(asyncio.run(listers(url, stop, pace_s)))


async def probe(session: aiohttp.ClientSession, url: str, task_id: str, stop: float) -> dict[str, list[float]]:
    """Latencies (ms) of tenant B's GET and of /health, one request every PROBE_EVERY_S until `stop`."""
    found: dict[str, list[float]] = {"GET /tasks/{id}": [], "GET /health": []}
    targets = [("GET /tasks/{id}", f"{url}/api/v1/tasks/{task_id}"), ("GET /health", f"{url}/api/v1/health")]
    i = 0
    while time.monotonic() < stop:
        name, target = targets[i % 2]
        started = time.perf_counter()
        async with session.get(target, headers={"X-API-Key": SMALL_KEY}) as resp:
            await resp.read()
            assert resp.status == 200, resp.status
        found[name].append((time.perf_counter() - started) * 1000)
        i += 1
        await asyncio.sleep(PROBE_EVERY_S)
    return found


def summary(label: str, latencies: dict[str, list[float]]) -> None:
    for name, values in latencies.items():
        values = sorted(values)
        p99 = values[min(len(values) - 1, int(len(values) * 0.99))]
        print(
            f"{label:8} {name:16} n={len(values):5}  p50={statistics.median(values):7.1f} ms  "
            f"p99={p99:7.1f} ms  max={values[-1]:7.1f} ms"
        )


async def attacked(small: aiohttp.ClientSession, url: str, task_id: str, label: str, pace_s: float) -> None:
    """B's latencies while A's three loops list (A in another process, started at once, stopping by itself)."""
    stop = time.time() + DURATION_S
    spawn = multiprocessing.get_context("spawn")  # a fresh interpreter: nothing of this loop is inherited
    out: multiprocessing.Queue[Stats] = spawn.Queue()
    proc = spawn.Process(target=run_listers, args=(url, stop, pace_s, out))
    proc.start()
    summary(label, await probe(small, url, task_id, time.monotonic() + DURATION_S))
    stats = await asyncio.to_thread(out.get, timeout=DURATION_S + 60)
    proc.join(10)
    pages = len(stats["bytes"])
    print(
        f"{label:8} tenant A: {pages} pages in {DURATION_S:.0f} s, mean page "
        f"{statistics.mean(stats['bytes']) / 1e6:.1f} MB, statuses {sorted(set(stats['status']))}"
    )


async def attack(url: str) -> None:
    # separate sessions: tenant B's requests never queue behind A's in one connection pool
    async with aiohttp.ClientSession() as big, aiohttp.ClientSession() as small:
        started = time.monotonic()
        await fill(big, url)
        print(f"submitted {TASKS} tasks of {BLOB_BYTES} B in {time.monotonic() - started:.1f} s")
        task_id = await submit(small, url, SMALL_KEY, SMALL, {"n": 1})
        summary("idle", await probe(small, url, task_id, time.monotonic() + BASELINE_S))
        await attacked(small, url, task_id, "paced", 1.0)
        await attacked(small, url, task_id, "flat-out", 0.0)


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        redis_proc, redis_url = start_redis(Path(tmp), persistent=False)
        try:
            env = service_env(redis_url, f"{BIG_KEY}:{BIG},{SMALL_KEY}:{SMALL}")
            with api_process(env) as url:
                asyncio.run(attack(url))
        finally:
            redis_proc.terminate()
            redis_proc.wait(10)


if __name__ == "__main__":
    main()
