"""What REDIS_WAIT_REPLICAS=1 costs a submit: accepted submits per second with WAIT off and on, in the same run.

A primary with one replica and three sentinels on loopback (tests/sentinel_support.py); one API process (no
worker: tasks stay queued, which is all acceptance needs) reached through the URL of the primary, then through
REDIS_SENTINELS, each with WAIT off and on. For DURATION_S each, CONCURRENCY requests in flight; the configurations
take turns, ROUNDS times, and each row gives the mean and the range. WAIT commands per submit come from the
primary's `INFO commandstats` (group commit: one WAIT covers the writes sent while the previous one was out).

    .venv/bin/python -m tests.attacks.wait_cost

Self-contained (aiohttp, redis, the project's tests/ helpers, Debian's redis-server 7 and redis-sentinel); only
127.0.0.1; stops by itself in about a minute and a half.
"""

from __future__ import annotations

import asyncio
import statistics
import tempfile
import time
from pathlib import Path

import aiohttp
from redis.asyncio import Redis

from tests.processes import api_process, service_env
from tests.sentinel_support import MASTER_NAME, Cluster, sentinel_binaries, sentinel_cluster

KEY = "bench-wait-key"
DURATION_S = 5.0
CONCURRENCY = 32
ROUNDS = 3
ITEM = {"project_id": "bench-wait", "task_type": "echo", "task_data": {"n": 1}}
#: name -> (through the sentinels, REDIS_WAIT_REPLICAS)
CONFIGS = {
    "URL, WAIT off": (False, 0),
    "URL, WAIT on (1 replica)": (False, 1),
    "Sentinel, WAIT off": (True, 0),
    "Sentinel, WAIT on (1 replica)": (True, 1),
}


async def _waits(port: int) -> int:
    async with Redis(port=port, decode_responses=True) as redis:
        return int((await redis.info("commandstats")).get("cmdstat_wait", {}).get("calls", 0))


async def _phase(url: str) -> int:
    """202s in DURATION_S with CONCURRENCY submits in flight."""
    accepted, deadline = 0, time.monotonic() + DURATION_S

    async def loop(session: aiohttp.ClientSession) -> None:
        nonlocal accepted
        while time.monotonic() < deadline:
            async with session.post(url + "/api/v1/tasks/submit", json=ITEM, headers={"X-API-Key": KEY}) as resp:
                await resp.read()
                accepted += resp.status == 202

    async with aiohttp.ClientSession() as session:
        await asyncio.gather(*(loop(session) for _ in range(CONCURRENCY)))
    return accepted


async def _measure(url: str, master: int) -> tuple[float, float]:
    async with Redis(port=master) as redis:
        await redis.flushall()
    waits, started = await _waits(master), time.monotonic()
    accepted = await _phase(url)
    rate = accepted / (time.monotonic() - started)
    return rate, (await _waits(master) - waits) / max(accepted, 1)


def _env(cluster: Cluster, master: int, sentinel: bool, wait: int) -> dict[str, str]:
    env = service_env(f"redis://127.0.0.1:{9 if sentinel else master}/0", KEY, REDIS_WAIT_REPLICAS=str(wait))
    if sentinel:
        env.update(REDIS_SENTINELS=cluster.sentinels, REDIS_SENTINEL_MASTER=MASTER_NAME)
    return env


def main() -> None:
    binaries = sentinel_binaries()
    if binaries is None:
        raise SystemExit("needs redis-server 7 and redis-sentinel (apt-get install redis-server redis-sentinel)")
    results: dict[str, list[tuple[float, float]]] = {name: [] for name in CONFIGS}
    with tempfile.TemporaryDirectory() as tmp, sentinel_cluster(Path(tmp), binaries) as cluster:
        master = asyncio.run(cluster.master())
        for _ in range(ROUNDS):
            for name, (sentinel, wait) in CONFIGS.items():
                with api_process(_env(cluster, master, sentinel, wait)) as url:
                    results[name].append(asyncio.run(_measure(url, master)))
    base = statistics.mean(rate for rate, _ in results["URL, WAIT off"])
    print(f"| configuration | submits/s (mean of {ROUNDS}) | range | vs URL, WAIT off | WAIT commands per submit |")
    print("| --- | ---: | ---: | ---: | ---: |")
    for name, runs in results.items():
        rates = [rate for rate, _ in runs]
        mean, waits = statistics.mean(rates), statistics.mean(w for _, w in runs)
        print(f"| {name} | {mean:.0f} | {min(rates):.0f}-{max(rates):.0f} | {mean / base - 1:+.0%} | {waits:.2f} |")


if __name__ == "__main__":
    main()
