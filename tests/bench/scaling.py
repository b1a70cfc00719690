"""`python -m tests.bench.scaling [--smoke]` (`make scale`): the capacity model and the scaling curve.

A private Redis (deploy/redis.conf, AOF on) for the whole run. First the per-task costs, with per_task.py's
measurement (1 API, 1 worker, echo tasks over HTTP by 32 connections, `INFO commandstats` / `INFO cpu` deltas,
each process's CPU from the kernel); then one cell per (API processes, workers): the processes started for it,
100 warm-up tasks, then a fixed number of echo tasks under a time limit, tasks/s from the records and the CPU
of each process kind over the cell; every process stopped and Redis flushed after each. A full run replaces
the measured block of docs/scaling.md (between its markers); --smoke runs tiny cells and leaves it alone.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import platform
import signal
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from redis.asyncio import Redis

from service.config import load_settings
from service.eventloop import new_event_loop
from tests.bench import procs
from tests.bench.per_task import Run
from tests.bench.scaling_cells import Cell, Size, cell, median_cell, median_cost, per_task_costs
from tests.bench.scaling_model import check_lines, curve_table, model_lines, model_of, per_cell_cost_table
from tests.bench.scaling_model import per_task_table as cost_table
from tests.bench.usage import Cost
from tests.processes import ROOT

DOC = ROOT / "docs" / "scaling.md"
BEGIN = "<!-- make scale: measured block begins (tests/bench/scaling.py rewrites it) -->"
END = "<!-- make scale: measured block ends -->"
#: The test suite's fast idle loops (tests/processes.py): unless the caller's environment sets them, the
#: service's own defaults apply here, as in production.
TEST_PACING = ("POLL_DELAY_SECONDS", "HEARTBEAT_SECONDS", "RECONCILE_INTERVAL_SECONDS")


@dataclass(frozen=True)
class Plan:
    per_task: int  # tasks per round of the per-task costs
    rounds: int
    tasks: int  # per cell
    limit_s: float  # per cell
    shapes: tuple[tuple[int, int], ...]  # (API processes, workers)
    #: Passes over the grid, every other one in reverse order, so that a drift of the machine falls on all.
    passes: int = 3
    warmup: int = 100  # tasks per cell before it is measured
    smoke: bool = False


GRID = tuple((api, workers) for api in (1, 2) for workers in (1, 2, 4))
SMOKE = Plan(per_task=20, rounds=1, tasks=30, limit_s=30.0, shapes=((1, 1), (2, 2)), passes=1, warmup=10, smoke=True)


def environment(redis_url: str) -> dict[str, str]:
    env = procs.environment(redis_url)
    for name in TEST_PACING:
        if name in os.environ:
            env[name] = os.environ[name]
        else:
            env.pop(name, None)
    return env


def wait_quiet(limit: float, max_wait_s: float) -> float:
    """Sleep until the 1-minute load average is under `limit`, at most max_wait_s; the seconds waited."""
    started = time.monotonic()
    while os.getloadavg()[0] >= limit and (left := max_wait_s - (time.monotonic() - started)) > 0:
        say(f"load average {os.getloadavg()[0]:.2f} >= {limit:g}: waiting (at most {left:.0f} s more)")
        time.sleep(min(15.0, left))
    return time.monotonic() - started


def say(text: str) -> None:
    print(f"scale: {text}", file=sys.stderr, flush=True)


def measure(plan: Plan, run: Run) -> tuple[list[Cost], list[Cell]]:
    say(f"per task: {plan.rounds} round(s) of {plan.per_task} tasks, 1 API × 1 worker")
    costs = per_task_costs(run, plan.per_task, plan.rounds)
    passes: dict[tuple[int, int], list[Cell]] = {shape: [] for shape in plan.shapes}
    size = Size(plan.tasks, plan.limit_s, plan.warmup)
    for n in range(plan.passes):
        for api, workers in plan.shapes[:: -1 if n % 2 else 1]:
            say(f"pass {n + 1}/{plan.passes}: {api} API × {workers} workers, {plan.tasks} tasks")
            passes[api, workers].append(cell(run, (api, workers), size))
    return costs, [median_cell(passes[shape]) for shape in plan.shapes]


async def redis_version(redis: Redis) -> str:
    return str((await redis.info("server"))["redis_version"])


def run_all(plan: Plan) -> tuple[list[Cost], list[Cell], dict[str, str], str]:
    """Redis for the whole run; the costs, the cells, the processes' environment, Redis's version."""
    with (
        tempfile.TemporaryDirectory(prefix="scale-") as tmp,
        procs.redis(Path(tmp)) as (_, url),
        asyncio.Runner(loop_factory=new_event_loop) as loop,
    ):
        run = Run(loop, Redis.from_url(url, decode_responses=True), url, environment(url), Path(tmp))
        try:
            version = loop.run(redis_version(run.redis))
            costs, cells = measure(plan, run)
        except BaseException:
            procs.show_logs(Path(tmp))
            raise
        finally:
            loop.run(run.redis.aclose())
    return costs, cells, run.env, version


def header(plan: Plan, env: dict[str, str], version: str, load: tuple[float, float, float]) -> str:
    settings = load_settings(env)
    commit = subprocess.run(["git", "describe", "--always", "--dirty"], cwd=ROOT, capture_output=True, text=True)
    flags = " --smoke" if plan.smoke else ""
    return "\n".join(
        [
            f"- command: `make scale` (`python -m tests.bench.scaling{flags}`), {datetime.now(UTC):%Y-%m-%d %H:%M} UTC",
            f"- machine: {os.cpu_count()} cores, {platform.system()} {platform.release()}; Python "
            f"{platform.python_version()}, Redis {version}, commit {commit.stdout.strip() or '?'}",
            f"- load average (1 min): {load[0]:.2f} at start, {load[1]:.2f} at end (waited {load[2]:.0f} s "
            "for a quieter machine first)",
            f"- settings: WORKER_CONCURRENCY={settings.worker_concurrency}, POLL_DELAY_SECONDS="
            f"{settings.poll_delay_seconds:g}, HEARTBEAT_SECONDS={settings.heartbeat_seconds:g}, "
            f"RECONCILE_INTERVAL_SECONDS={settings.reconcile_interval_seconds:g}, RATE_LIMIT_PER_SECOND=0",
            f"- per task: median of {plan.rounds} round(s) of {plan.per_task:,} tasks; cells: {plan.tasks:,} "
            f"tasks each, limit {plan.limit_s:g} s, 32 connections submitting; {plan.passes} pass(es) over the "
            "grid, every other one in reverse order; each cell's figures are its median pass's (by tasks/s)",
        ]
    )


def render(plan: Plan, costs: list[Cost], cells: list[Cell], head: str) -> str:
    cost = median_cost(costs)
    client_us = next((c.per_task_us("client") for c in cells if (c.api, c.workers) == (1, 1)), 0.0)
    model = model_of(cost, client_us, os.cpu_count() or 1)
    sections = {
        "Per task": cost_table(cost, client_us),
        "The model": model_lines(model),
        "The curve (CPU in % of one core over each cell)": curve_table(cells, model.cores),
        "CPU per task in each cell": per_cell_cost_table(cells),
        "Model against the run": check_lines(model, cells),
    }
    return head + "".join(f"\n\n### {title}\n\n{text}" for title, text in sections.items())


def replace_block(doc: str, block: str) -> str:
    """The doc with the text between BEGIN and END replaced by `block`; the hand-written rest kept."""
    start, end = doc.find(BEGIN), doc.find(END)
    if start < 0 or end < start:
        raise ValueError(f"docs/scaling.md lacks the markers {BEGIN!r} ... {END!r}")
    return f"{doc[: start + len(BEGIN)]}\n\n{block}\n\n{doc[end:]}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.bench.scaling", description=__doc__)
    parser.add_argument("--smoke", action="store_true", help="tiny cells; docs/scaling.md untouched")
    parser.add_argument("--tasks", type=int, default=3000, help="tasks per cell (default 3000)")
    parser.add_argument("--limit", type=float, default=120.0, help="seconds per cell at most (default 120)")
    parser.add_argument("--passes", type=int, default=3, help="passes over the grid (default 3)")
    parser.add_argument("--quiet-load", type=float, default=1.5, help="wait for a lower 1-min load (default 1.5)")
    parser.add_argument("--quiet-wait", type=float, default=300.0, help="for at most this long (s, default 300)")
    args = parser.parse_args(argv)
    if args.tasks < 1 or args.limit <= 0 or args.passes < 1:
        parser.error("--tasks, --limit and --passes must be positive")
    plan = SMOKE if args.smoke else Plan(2000, 3, args.tasks, args.limit, GRID, args.passes)
    waited = 0.0 if args.smoke else wait_quiet(args.quiet_load, args.quiet_wait)
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))  # the clean-up runs on kill too, as on Ctrl-C
    start = os.getloadavg()[0]
    costs, cells, env, version = run_all(plan)
    text = render(plan, costs, cells, header(plan, env, version, (start, os.getloadavg()[0], waited)))
    print(text)
    if not plan.smoke:
        DOC.write_text(replace_block(DOC.read_text(), text))
        say(f"wrote {DOC.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
