"""What one task costs: `python -m tests.bench.per_task [--tasks N]`, beside what one bare arq job costs.

A private Redis (deploy/redis.conf), one API (`python -m service`) and one worker (`python -m worker`): N
`echo` tasks submitted over HTTP by 32 connections until all are completed; then, on the same Redis with only
its own processes running, arq's own Worker and pool running a no-op (tests/bench/plain_arq.py: same queue,
concurrency, poll delay and event loop) fed N jobs by `ArqRedis.enqueue_job` from 32 lanes. Per task (per
job), from snapshots before and after (tests/bench/usage.py): Redis commands by command (`INFO commandstats`,
exact counts; INFO itself left out), Redis CPU (`INFO cpu`), API and worker CPU (the kernel's, via psutil);
end to end, items/s from the first creation to the last completion, read from the records afterwards.

Everything between the snapshots counts, the processes' idle polling and heartbeats included, as in
production; some counts (arq's polls of its queue and the EXISTS that follow them) vary with timing. The
status polls that find the end of a round are taken out: right after the round, with the workers paused,
what one costs is measured, then subtracted as many times as they were sent. Only HTTP and
process-level figures: it measures any version of the service's storage and worker alike.
"""

from __future__ import annotations

import argparse
import asyncio
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import aiohttp
import msgspec
import psutil  # type: ignore[import-untyped]  # no stubs in the dev dependencies
from arq.connections import ArqRedis, RedisSettings, create_pool
from redis.asyncio import Redis

from service.config import load_settings
from service.eventloop import new_event_loop
from tests.bench import plain_arq, procs
from tests.bench.clients import epoch, session, submit_all, wait_until
from tests.bench.context import Bench
from tests.bench.results import PER_JOB, PER_TASK
from tests.bench.usage import Cost, Roles, Usage, cost, snapshot

METRICS = "/api/v1/tasks/metrics"
WARMUP = 100
#: HTTP connections submitting (enqueuers, for arq).
CONCURRENCY = 32
STATUS_POLL_S = 0.1
#: Status polls sent back to back after a round, to take what the round's status polls cost out of it.
CALIBRATION_POLLS = 20
PAGE = 200


async def _metrics(client: aiohttp.ClientSession, project: str | None = None) -> dict[str, Any]:
    async with client.get(METRICS, params={"project_id": project} if project else {}) as response:
        if response.status != 200:
            raise RuntimeError(f"GET {METRICS}: {response.status} {await response.text()}")
        body: dict[str, Any] = msgspec.json.decode(await response.read())
        return body


async def wait_workers(client: aiohttp.ClientSession, count: int, timeout: float = 60) -> None:
    """Until the metrics show `count` live workers."""

    async def live() -> bool:
        queues: dict[str, dict[str, int]] = (await _metrics(client))["queues"]
        return sum(queue["workers"] for queue in queues.values()) >= count

    await wait_until(live, timeout, "service worker start")


async def wait_final(client: aiohttp.ClientSession, project: str, n: int) -> int:
    """Until the project's n tasks are completed (an error if any failed or was cancelled); the polls sent."""
    polls = 0

    async def final() -> bool:
        nonlocal polls
        polls += 1
        figures = (await _metrics(client, project))["metrics"]
        if figures["failed_tasks"] or figures["cancelled_tasks"]:
            raise RuntimeError(f"echo tasks of {project} did not complete: {figures}")
        return int(figures["completed_tasks"]) >= n

    await wait_until(final, 60 + n / 20, f"{n} tasks of {project} final", STATUS_POLL_S)
    return polls


async def span(client: aiohttp.ClientSession, project: str, n: int) -> float:
    """Seconds from the first task's `created_at` to the last one's `completed_at`, from the task list."""
    tasks: list[dict[str, Any]] = []
    for offset in range(0, n, PAGE):
        path = f"/api/v1/projects/{project}/tasks?limit={PAGE}&offset={offset}"
        async with client.get(path) as response:
            tasks += msgspec.json.decode(await response.read())["tasks"]
    return max(epoch(task["completed_at"]) for task in tasks) - min(epoch(task["created_at"]) for task in tasks)


@contextmanager
def paused(processes: list[psutil.Process]) -> Iterator[None]:
    """The processes stopped (SIGSTOP) for the block: their background work does not mix with what is measured."""
    for proc in processes:
        proc.suspend()
    try:
        yield
    finally:
        for proc in processes:
            proc.resume()


async def poll_cost(redis: Redis, client: aiohttp.ClientSession, roles: Roles, project: str) -> Usage:
    """What one status poll costs the API and Redis, over CALIBRATION_POLLS with the workers paused (their
    idle polls, heartbeats and reconciler would count as the status polls' own)."""
    with paused(roles["worker"]):
        before = await snapshot(redis, roles)
        for _ in range(CALIBRATION_POLLS):
            await _metrics(client, project)
        used = (await snapshot(redis, roles) - before).times(1 / CALIBRATION_POLLS)
    return Usage(used.calls, used.redis_s, {"API": used.cpu_s["API"]})


async def service_round(redis: Redis, client: aiohttp.ClientSession, roles: Roles, project: str, n: int) -> Cost:
    """n echo tasks until all are completed; their cost, less what the status polls cost the API and Redis."""
    before = await snapshot(redis, roles)
    await submit_all(client, project, n, CONCURRENCY)
    polls = await wait_final(client, project, n)
    used = await snapshot(redis, roles) - before
    per_poll = await poll_cost(redis, client, roles, project)
    return cost(used - per_poll.times(polls), n, await span(client, project, n))


async def service_rounds(redis: Redis, url: str, roles: Roles, n: int, rounds: int) -> list[Cost]:
    """A warm-up, then `rounds` rounds of n echo tasks; the cost of each."""
    async with session(url, CONCURRENCY) as client:
        await wait_workers(client, len(roles["worker"]))
        await service_round(redis, client, roles, "per-task-warmup", WARMUP)
        return [await service_round(redis, client, roles, f"per-task-{i}", n) for i in range(rounds)]


async def arq_round(redis: Redis, pool: ArqRedis, roles: Roles, queue: str, ids: list[str]) -> Cost:
    """The jobs until all have a result; their cost, less the ZCARD that found the end."""
    before = await snapshot(redis, roles)
    await plain_arq.enqueue(pool, queue, ids, CONCURRENCY)
    polls = await plain_arq.wait_done(pool, queue, ids)
    used = await snapshot(redis, roles) - before - Usage({"zcard": polls}, 0.0, {})
    return cost(used, len(ids), await plain_arq.span(pool, ids))


async def arq_rounds(redis: Redis, url: str, roles: Roles, queue: str, n: int, rounds: int) -> list[Cost]:
    """The same for the plain arq worker, fed by `ArqRedis.enqueue_job`."""
    pool: ArqRedis = await create_pool(RedisSettings.from_dsn(url))
    try:
        await plain_arq.wait_live(pool, queue)
        await arq_round(redis, pool, roles, queue, [f"warmup-{i}" for i in range(WARMUP)])
        return [await arq_round(redis, pool, roles, queue, [f"job-{r}-{i}" for i in range(n)]) for r in range(rounds)]
    finally:
        await pool.aclose()


@dataclass(frozen=True)
class Run:
    """Where a measurement runs: Redis (flushed after each side), the processes' environment, their logs."""

    loop: asyncio.Runner
    redis: Redis
    redis_url: str
    env: dict[str, str]
    logs: Path
    api_processes: int = 1
    worker_processes: int = 1


async def _flush(redis: Redis) -> None:
    await redis.flushdb()


def _processes(popens: list[subprocess.Popen[bytes]]) -> list[psutil.Process]:
    return [psutil.Process(popen.pid) for popen in popens]


def measure(run: Run, n: int, rounds: int) -> tuple[list[Cost], list[Cost]]:
    """The service's cost per task and plain arq's per job, each side with only its own processes running."""
    extra = procs.api_args(run.api_processes)
    with (
        procs.http_process("service", run.env, run.logs / "api.log", *extra) as (url, api),
        procs.workers("worker", run.env, run.logs / "worker.log", run.worker_processes) as workers,
    ):
        roles = {"API": _processes([api]), "worker": _processes(workers)}
        service = run.loop.run(service_rounds(run.redis, url, roles, n, rounds))
    run.loop.run(_flush(run.redis))
    queue = load_settings(run.env).queue_name
    with procs.workers("tests.bench.plain_arq", run.env, run.logs / "plain_arq.log", run.worker_processes) as workers:
        roles = {"worker": _processes(workers)}
        bare = run.loop.run(arq_rounds(run.redis, run.redis_url, roles, queue, n, rounds))
    run.loop.run(_flush(run.redis))
    return service, bare


def _line(name: str, ours: float | None, theirs: float | None, ratio: bool = False) -> str:
    cells = [f"{value:>12,.1f}" if value is not None else f"{'-':>12}" for value in (ours, theirs)]
    times = f"{ours / theirs:>9.2f}x" if ratio and ours is not None and theirs else ""
    return f"{name:<22}{cells[0]}{cells[1]}{times}"


def render(service: Cost, bare: Cost) -> str:
    lines = [f"{'':<22}{'per task':>12}{'arq per job':>12}{'ratio':>10}"]
    lines += [
        _line("Redis commands", service.total_commands, bare.total_commands, True),
        _line("Redis CPU (us)", service.redis_us, bare.redis_us, True),
        _line("API CPU (us)", service.cpu_us["API"], None),
        _line("worker CPU (us)", service.cpu_us["worker"], bare.cpu_us["worker"], True),
        _line("total CPU (us)", service.total_cpu_us, bare.total_cpu_us, True),
        _line("end to end (/s)", service.rate, bare.rate, True),
        "",
        "Redis commands by command:",
    ]
    for name in sorted({*service.commands, *bare.commands}, key=lambda c: (-service.commands.get(c, 0), c)):
        lines.append(f"  {name:<20}{service.commands.get(name, 0):>12.2f}{bare.commands.get(name, 0):>12.2f}")
    return "\n".join(lines)


def phase(b: Bench) -> None:
    """The per-task and per-job rows of `make bench`, on the run's Redis (flushed first)."""
    b.flush()
    config = b.config
    run = Run(b.loop, b.redis, b.redis_url, b.env, b.logs, config.api_processes, config.worker_processes)
    b.say(f"per task: {config.rounds} rounds of {config.per_task_items} tasks, then of as many plain arq jobs")
    service, bare = measure(run, config.per_task_items, config.rounds)
    for side, costs in ((PER_TASK, service), (PER_JOB, bare)):
        for one in costs:
            b.results.add(f"{side}: Redis commands", one.total_commands)
            b.results.add(f"{side}: Redis CPU", one.redis_us)
            for role, us in one.cpu_us.items():
                b.results.add(f"{side}: {role} CPU", us)
            b.results.add(f"{side}: total CPU", one.total_cpu_us)
            b.results.add(f"{side}: end to end", one.rate)
            b.results.commands[side].append(one.commands)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.bench.per_task", description=__doc__)
    parser.add_argument("--tasks", type=int, default=2000, help="tasks (and jobs) measured (default 2000)")
    args = parser.parse_args(argv)
    if args.tasks < 1:
        parser.error("--tasks must be at least 1")
    with (
        tempfile.TemporaryDirectory(prefix="per-task-") as tmp,
        procs.redis(Path(tmp)) as (_, url),
        asyncio.Runner(loop_factory=new_event_loop) as loop,
    ):
        run = Run(loop, Redis.from_url(url, decode_responses=True), url, procs.environment(url), Path(tmp))
        try:
            service, bare = measure(run, args.tasks, 1)
        except BaseException:
            procs.show_logs(Path(tmp))
            raise
        finally:
            loop.run(run.redis.aclose())
    settings = load_settings(run.env)
    print(
        f"{args.tasks} echo tasks over HTTP ({CONCURRENCY} connections), 1 API + 1 worker; then "
        f"{args.tasks} no-op jobs through plain arq; POLL_DELAY_SECONDS={settings.poll_delay_seconds:g}, "
        f"WORKER_CONCURRENCY={settings.worker_concurrency}, HEARTBEAT_SECONDS={settings.heartbeat_seconds:g}, "
        f"RECONCILE_INTERVAL_SECONDS={settings.reconcile_interval_seconds:g}"
    )
    print(render(service[0], bare[0]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
