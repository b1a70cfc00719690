"""One cell of the scaling curve: N API processes × M workers running a fixed number of echo tasks, under a time
limit; tasks/s and the CPU of each process kind over the cell's window. Also the per-task costs (per_task.py's
measurement, 1 API × 1 worker) the capacity model starts from."""

from __future__ import annotations

import asyncio
import os
import statistics
import subprocess
import time
from dataclasses import dataclass, replace

import psutil  # type: ignore[import-untyped]  # no stubs in the dev dependencies
from redis.asyncio import Redis

from service.storage import keys
from tests.bench import per_task, procs
from tests.bench.clients import session, submit_all
from tests.bench.end_to_end import timings
from tests.bench.per_task import CONCURRENCY, Run, wait_workers
from tests.bench.usage import Cost, Roles, cpu_stalled_s, snapshot

#: Process kinds whose CPU a cell reports: the service's two, Redis (`INFO cpu`) and this load generator.
KINDS = ("API", "worker", "Redis", "client")
POLL_S = 0.05


@dataclass(frozen=True)
class Cell:
    api: int
    workers: int
    tasks: int
    completed: int
    #: Completed tasks/s: first `created_at` to last `completed_at` from the records (the window if timed out).
    rate: float
    #: Wall-clock seconds from the first submit to the poll that saw the last completion (or the time limit).
    window_s: float
    cpu_s: dict[str, float]  # by kind, over the window
    stalled_s: float | None  # Linux PSI "some" over the window: a runnable task waited for a CPU
    commands: float  # Redis commands per completed task, over the window
    load: float  # 1-minute load average as the cell began
    #: Every pass's rate when this cell is the median of several passes.
    rates: tuple[float, ...] = ()

    @property
    def timed_out(self) -> bool:
        return self.completed < self.tasks

    def core_pct(self, kind: str) -> float:
        """CPU of the kind over the window, in % of one core."""
        return 100 * self.cpu_s[kind] / self.window_s

    def per_task_us(self, kind: str) -> float:
        return self.cpu_s[kind] * 1e6 / max(self.completed, 1)


def own_cpu_s() -> float:
    """This process's CPU (the load generator: HTTP client and polls), its children left out."""
    times = psutil.Process().cpu_times()
    return float(times.user + times.system)


async def completed(redis: Redis, project: str) -> int:
    pipe = redis.pipeline(transaction=False)
    pipe.zcard(keys.project_index(project, "completed"))
    pipe.zcard(keys.project_index(project, "failed"))
    done, failed = await pipe.execute()
    if failed:
        raise RuntimeError(f"{failed} echo tasks failed in project {project}")
    return int(done)


async def until_done(redis: Redis, project: str, n: int) -> None:
    while await completed(redis, project) < n:
        await asyncio.sleep(POLL_S)


async def drive(redis: Redis, url: str, project: str, n: int, limit_s: float) -> list[str]:
    """Submit n tasks (CONCURRENCY in flight) and wait until they are completed; their ids ([] past the limit)."""
    async with session(url, CONCURRENCY) as client:
        try:
            async with asyncio.timeout(limit_s):
                ids = await submit_all(client, project, n, CONCURRENCY)
                await until_done(redis, project, n)
                return ids
        except TimeoutError:
            return []


async def warm_up(redis: Redis, url: str, workers: int, tasks: int, limit_s: float) -> None:
    async with session(url, CONCURRENCY) as client:
        await wait_workers(client, workers)
    if len(await drive(redis, url, "scale-warmup", tasks, limit_s)) < tasks:
        raise TimeoutError(f"the {tasks} warm-up tasks took over {limit_s:g} s")


async def rate_of(redis: Redis, ids: list[str], n: int) -> float:
    records = await timings(redis, ids)
    return n / (max(done for _, _, done in records) - min(created for created, _, _ in records))


@dataclass(frozen=True)
class Size:
    tasks: int
    limit_s: float
    warmup: int


async def measure(redis: Redis, url: str, roles: Roles, shape: tuple[int, int], size: Size) -> Cell:
    """Warm up, then size.tasks tasks through the running processes; the cell's figures."""
    n, limit_s = size.tasks, size.limit_s
    await warm_up(redis, url, shape[1], size.warmup, limit_s)
    load = os.getloadavg()[0]
    before, own, stalled, started = await snapshot(redis, roles), own_cpu_s(), cpu_stalled_s(), time.monotonic()
    ids = await drive(redis, url, "scale-cell", n, limit_s)
    window, own, stall_end = time.monotonic() - started, own_cpu_s() - own, cpu_stalled_s()
    used = await snapshot(redis, roles) - before
    done = n if ids else await completed(redis, "scale-cell")
    rate = await rate_of(redis, ids, n) if ids else done / window
    cpu = {**used.cpu_s, "Redis": used.redis_s, "client": own}
    stall = None if stalled is None or stall_end is None else stall_end - stalled
    commands = sum(used.calls.values()) / max(done, 1)
    return Cell(shape[0], shape[1], n, done, rate, window, cpu, stall, commands, load)


async def flush(redis: Redis) -> None:
    await redis.flushdb()


def _processes(popens: list[subprocess.Popen[bytes]]) -> list[psutil.Process]:
    return [psutil.Process(popen.pid) for popen in popens]


def cell(run: Run, shape: tuple[int, int], size: Size) -> Cell:
    """Start `shape` = (API processes, workers), measure the cell, stop them, flush Redis."""
    api, workers = shape
    with (
        procs.http_process("service", run.env, run.logs / "api.log", *procs.api_args(api)) as (url, proc),
        procs.workers("worker", run.env, run.logs / "worker.log", workers) as popens,
    ):
        roles = {"API": _processes([proc]), "worker": _processes(popens)}
        result = run.loop.run(measure(run.redis, url, roles, shape, size))
    run.loop.run(flush(run.redis))
    return result


def per_task_costs(run: Run, n: int, rounds: int) -> list[Cost]:
    """per_task.py's service side: 1 API × 1 worker, `rounds` rounds of n tasks; the cost of each."""
    with (
        procs.http_process("service", run.env, run.logs / "api.log") as (url, proc),
        procs.workers("worker", run.env, run.logs / "worker.log", 1) as popens,
    ):
        roles = {"API": _processes([proc]), "worker": _processes(popens)}
        costs = run.loop.run(per_task.service_rounds(run.redis, url, roles, n, rounds))
    run.loop.run(flush(run.redis))
    return costs


def median_cell(passes: list[Cell]) -> Cell:
    """The pass with the median rate (the lower middle one of an even count), every pass's rate beside it."""
    ranked = sorted(passes, key=lambda one: one.rate)
    return replace(ranked[(len(ranked) - 1) // 2], rates=tuple(one.rate for one in passes))


def median_cost(costs: list[Cost]) -> Cost:
    """Each figure's median over the rounds."""
    names = {name for one in costs for name in one.commands}
    commands = {name: statistics.median(one.commands.get(name, 0.0) for one in costs) for name in names}
    cpu = {role: statistics.median(one.cpu_us[role] for one in costs) for role in costs[0].cpu_us}
    redis_us = statistics.median(one.redis_us for one in costs)
    return Cost(costs[0].items, statistics.median(one.rate for one in costs), commands, redis_us, cpu)
