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
from tests.bench.results import Row
from tests.bench.targets import targets
from tests.processes import ROOT

DOC = ROOT / "docs" / "benchmarks.md"
ABOUT = """\
Written by `make bench` (tests/bench/); do not edit by hand. Each figure is the median of the rounds, with
the lowest and highest round beside it. Everything runs on 127.0.0.1: a private Redis (deploy/redis.conf,
AOF on), the API (`python -m service`) and worker(s) (`python -m worker`) with production settings except
`RATE_LIMIT_PER_SECOND=0`. Baselines come from the same run, so the ratios hold on any machine:
`redis-benchmark` for Redis itself, a bare aiohttp handler with a fixed JSON body for HTTP (same wrk load as
submit), and arq's own Worker with the same settings running a no-op (no hooks, no records) for the queue.

- submit: wrk (one thread) POSTing small `echo` tasks to the API, no worker running; then, with the
  worker(s) running the tasks, a moderate fixed rate over a few connections that pause between requests
  ("paced"), for latency.
- end to end: tasks submitted over HTTP as fast as the client can until all are completed; tasks/s from the
  first `created_at` to the last `completed_at`, queue wait = `started_at` - `created_at`, from the records.
  Light load: tasks submitted one at a time, 25-75 ms apart (random: a fixed gap would beat with the
  worker's poll period).
- listing: one project filled straight into Redis (records and indexes), 10 % failed, half `sleep`; page
  size 50; the deep page is at 90 % of the project; latency of one request at a time, client included.
- memory: Redis `used_memory` after the end-to-end round minus before, per task, once arq's result keys
  (kept a minute, for the reconciler) are deleted: the record and its index entries."""


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


def render(b: Bench, load: tuple[float, float]) -> str:
    notes = "".join(f"\n- {note}" for note in b.notes)
    return f"{machine(b, load)}{notes}\n\n## Results\n\n{table(b)}\n\n## Targets\n\n{target_table(b)}\n"


def write_doc(text: str) -> None:
    DOC.parent.mkdir(exist_ok=True)
    DOC.write_text(f"# Benchmarks\n\n{ABOUT}\n\n{text}")
    print(f"bench: wrote {DOC.relative_to(ROOT)}", file=sys.stderr)
