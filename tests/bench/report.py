"""The table, the targets and the machine, as Markdown: printed, and in full runs written to docs/benchmarks.md."""

from __future__ import annotations

import os
import platform
import shlex
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

from tests.bench.config import KNOBS, Config
from tests.bench.context import Bench
from tests.bench.results import PER_JOB, PER_TASK, Row
from tests.bench.targets import targets
from tests.processes import ROOT

DOC = ROOT / "docs" / "benchmarks.md"
COMMANDS = "Redis commands by command"
#: Load average per core before a run above which the report says the machine was busy.
BUSY_LOAD = 0.25
ABOUT = """\
Written by `make bench` (tests/bench/); do not edit by hand. Each figure is the median of the rounds, with
the lowest and highest round beside it. Everything runs on 127.0.0.1: a private Redis (deploy/redis.conf,
AOF on), the API (`python -m service`) and worker(s) (`python -m worker`) with production settings except
`RATE_LIMIT_PER_SECOND=0`. Baselines come from the same run, so the ratios hold on any machine:
`redis-benchmark` for Redis itself, a bare aiohttp handler with a fixed JSON body for HTTP (same wrk load as
submit), and arq's own Worker with the same settings running a no-op (no hooks, no records) for the queue.

- submit: wrk (one thread) POSTing small `echo` tasks to the API, no worker running; then, with the
  worker(s) running the tasks, a moderate fixed rate over a few connections that pause between requests
  ("paced"), for latency. Batch submit: `POST /tasks/batch` with batches of 100 and of 1,000 `echo` tasks,
  4 in flight, no worker (tests/bench/batch.py): tasks accepted per second, as a ratio to submit's req/s.
- events off: a second API beside the first, started with `EVENTS_MAX_PER_PROJECT=0` (no event written at
  all), and its own worker for its end-to-end rounds: the same submit and end-to-end rounds, alternated with
  the normal ones, the order reversed every other round (tests/bench/interleaved.py), so that a drift of
  the machine over the run falls on both; their ratios are the median of the round-by-round ratios
  (5 rounds). WAIT on: a third API with `REDIS_WAIT_REPLICAS=1`, in the same
  submit rounds; an in-memory replica of the run's Redis is attached for all three variants' submit rounds,
  so that the waiting is the only difference.
- end to end: tasks submitted over HTTP as fast as the client can until all are completed; tasks/s from the
  first `created_at` to the last `completed_at`, queue wait = `started_at` - `created_at`, from the records.
  Each round on a flushed Redis with a worker started for it and warmed up by 100 tasks; the rounds of its
  three variants interleaved: single submits (32 in flight), the same with events off, and batches of 100
  (`POST /tasks/batch`, 4 in flight). Light load: tasks submitted one at a time, 25-75 ms apart (random: a
  fixed gap would beat with the worker's poll period).
- listing: one project filled straight into Redis (records and indexes), 10 % failed, half `sleep`; page
  size 50; the deep page is at 90 % of the project; latency of one request at a time, client included.
- memory: Redis `used_memory` after the end-to-end round minus before, per task, once arq's result keys
  (kept a minute, for the reconciler) are deleted: the record, its index entries and its events.
- events (tests/bench/live_events.py): one API process of its own; a separate client process
  (tests/bench/sse_clients.py, asyncio on uvloop, raw HTTP, only the `id:` lines read) holds the project's
  SSE streams open while this process creates `echo` tasks at a fixed rate with `TaskStorage.create` (the
  submit handler's storage call, whose script adds the `queued` event), not through the API, so that the
  API's CPU is the fan-out's alone; no worker. Delivery: the time a client reads an event minus its id's
  milliseconds (Redis's clock when the transition's script added it; same machine). API CPU over the
  producing window, in % of one core, with the client process's and Redis's beside it and how long a
  runnable task waited for a CPU (Linux PSI): near 100 %, the machine was short of cores and every figure
  is the scheduler's as much as the service's. Delivered: events received by all clients, late ones
  included, per second of producing (subscribers × rate when none is lost; a note says who missed any).
- per task (tests/bench/per_task.py, also runnable alone): `echo` tasks submitted over HTTP by 32
  connections until all are completed, then as many jobs through arq as shipped (tests/bench/plain_arq.py:
  arq's Worker and connection pool, where the queue baseline above uses the service worker's pool; a no-op,
  same queue, concurrency, poll delay and event loop) enqueued by `ArqRedis.enqueue_job`, each side with
  only its own processes running. Per task (per job): Redis commands from `INFO commandstats` deltas (exact;
  INFO itself left out), Redis CPU from `INFO cpu`, each process's CPU from the kernel; tasks/s from the
  first creation to the last completion. Everything between the two snapshots counts, the processes' idle
  polling included, except the status polls that find the end of a round (measured after it with the
  workers paused, taken out). CPU figures vary with whatever else the machine runs; command counts hardly
  (arq's queue polls and the EXISTS that follow them do)."""


def number(value: float) -> str:
    if value >= 100:
        return f"{value:,.0f}"
    return f"{value:.1f}" if value >= 10 else f"{value:.2f}"


def _row(row: Row) -> str:
    if row.median is None:
        return f"| {row.name} | {row.note or 'skipped'} | | |"
    spread = f"{number(min(row.values))}–{number(max(row.values))}"
    note = f" ({row.note})" if row.note else ""
    return f"| {row.name} | {number(row.median)}{note} | {spread} | {row.unit} |"


def table(b: Bench) -> str:
    lines = ["| measurement | median | min–max | unit |", "| --- | ---: | ---: | --- |"]
    return "\n".join(lines + [_row(row) for row in b.results.rows.values()])


def target_table(b: Bench) -> str:
    lines = ["| target | measured | goal | result |", "| --- | ---: | --- | --- |"]
    for target in targets(b.config):
        value = target.value(b.results)
        goal = f"{target.compare} {number(target.limit)} {target.unit}"
        if value is None:
            lines.append(f"| {target.name} | | {goal} | skipped |")
            continue
        verdict = "met" if target.met(value) else "**not met**"
        lines.append(f"| {target.name} | {number(value)} {target.unit} | {goal} | {verdict} |")
    return "\n".join(lines)


def command_table(b: Bench) -> str:
    """Redis commands per task beside per bare arq job, by command, the most frequent first."""
    medians = b.results.command_medians()
    lines = [f"| command | {PER_TASK} | {PER_JOB} |", "| --- | ---: | ---: |"]
    for name in sorted(medians, key=lambda name: (-medians[name][PER_TASK], name)):
        lines.append(f"| {name} | {medians[name][PER_TASK]:.2f} | {medians[name][PER_JOB]:.2f} |")
    return "\n".join(lines)


def command(config: Config) -> str:
    knobs = [f"{name}={shlex.quote(os.environ[name])}" for name in KNOBS if name in os.environ]
    return " ".join([*knobs, "python -m tests.bench", *(["--smoke"] if config.smoke else [])])


def machine(b: Bench, load: tuple[float, float]) -> str:
    cpu = next((line.split(":", 1)[1].strip() for line in _cpuinfo() if line.startswith("model name")), "?")
    commit = subprocess.run(["git", "describe", "--always", "--dirty"], cwd=ROOT, capture_output=True, text=True)
    return "\n".join(
        [
            f"- machine: {os.cpu_count()} cores ({cpu}), {platform.system()} {platform.release()}",
            f"- Python {platform.python_version()}, Redis {b.redis_version}, commit {commit.stdout.strip() or '?'}",
            f"- processes: {b.config.api_processes} API, {b.config.worker_processes} worker(s); "
            f"{b.config.rounds} rounds; load average {load[0]:.2f} before, {load[1]:.2f} after",
            f"- command: `make bench` (`{command(b.config)}`), {datetime.now(UTC):%Y-%m-%d %H:%M} UTC",
        ]
    )


def _cpuinfo() -> list[str]:
    try:
        return Path("/proc/cpuinfo").read_text().splitlines()
    except OSError:
        return []


def busy(load_before: float) -> list[str]:
    """A note when something else was using the machine as the run began: its figures are not a quiet one's."""
    cores = os.cpu_count() or 1
    if load_before <= BUSY_LOAD * cores:
        return []
    return [
        f"busy machine: load average {load_before:.2f} on {cores} cores before the run; rates and CPU figures are "
        "lower and noisier than on a quiet machine (command counts, and ratios to the in-run baselines less so)."
    ]


def render(b: Bench, load: tuple[float, float]) -> str:
    notes = "".join(f"\n- {note}" for note in b.notes + busy(load[0]))
    sections = {"Results": table(b), "Targets": target_table(b), COMMANDS: command_table(b)}
    return machine(b, load) + notes + "".join(f"\n\n## {title}\n\n{text}" for title, text in sections.items()) + "\n"


def write_doc(text: str) -> None:
    DOC.parent.mkdir(exist_ok=True)
    DOC.write_text(f"# Benchmarks\n\n{ABOUT}\n\n{text}")
    print(f"bench: wrote {DOC.relative_to(ROOT)}", file=sys.stderr)
