"""The soak test's result: a markdown report, printed and kept in docs/reliability.md between two markers."""

from __future__ import annotations

import os
import platform
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, NamedTuple

import aiohttp

from tests.soak_traffic import Tally

DEFAULTS = {"SOAK_SECONDS": "180", "SOAK_RATE": "100", "SOAK_SEED": "1"}


class Config(NamedTuple):
    seconds: float
    rate: float
    seed: int
    #: 1-minute load average before anything started: other work on the machine skews the latencies
    load_before: float = 0.0

    def command(self) -> str:
        values = {"SOAK_SECONDS": f"{self.seconds:g}", "SOAK_RATE": f"{self.rate:g}", "SOAK_SEED": str(self.seed)}
        changed = " ".join(f"{name}={value}" for name, value in values.items() if value != DEFAULTS[name])
        return f"{changed} make soak".strip()


class Outcome(NamedTuple):
    config: Config
    tally: Tally
    achieved_rate: float
    drain_seconds: float
    metrics: dict[str, Any]
    memory: dict[str, tuple[int, int]]  # process -> RSS bytes after warm-up, at the end
    redis_version: str
    redis_keys: int
    redis_used_memory: int


def _ms(values: list[float], quantile: float) -> str:
    ordered = sorted(values)
    return f"{ordered[min(len(ordered) - 1, int(quantile * len(ordered)))] * 1000:.1f}"


def _mib(size: int) -> str:
    return f"{size / 2**20:.1f}"


def machine(redis_version: str) -> str:
    return (
        f"{os.cpu_count()} cores ({platform.machine()}), {platform.system()} {platform.release()}, "
        f"Python {platform.python_version()}, Redis {redis_version}, aiohttp {aiohttp.__version__}"
    )


def _summary(o: Outcome) -> list[str]:
    m, problems = o.metrics, sum(o.tally.problems.values())
    verdict = "PASS" if not problems else "FAIL"
    return [
        f"**{verdict}**: {datetime.now(UTC):%Y-%m-%d %H:%M} UTC, `{o.config.command()}` "
        f"(`python -m tests.soak`), {o.config.seconds:g} s at {o.config.rate:g} requests/s.",
        "",
        f"Machine: {machine(o.redis_version)}; load average {o.config.load_before:.2f} before the start; "
        "everything on 127.0.0.1, one API and one worker process.",
        "",
        "| figure | value |",
        "| --- | --- |",
        f"| requests answered / sent per second | {sum(o.tally.counts.values())} / {o.achieved_rate:.1f} per s |",
        f"| errors (5xx, timeouts, unexpected statuses, failed checks) | {problems} |",
        f"| tasks accepted | {len(o.tally.task_ids)} |",
        f"| completed / failed / cancelled | {m['completed_tasks']} / {m['failed_tasks']} / {m['cancelled_tasks']} |",
        f"| queued + processing at the end | {m['queued_tasks'] + m['processing_tasks']} |",
        f"| drain after the traffic stopped | {o.drain_seconds:.1f} s |",
        f"| Redis at the end | {o.redis_keys} keys, used_memory {_mib(o.redis_used_memory)} MiB "
        f"({o.redis_used_memory / max(1, len(o.tally.task_ids)) / 1024:.1f} KiB per retained task) |",
    ]


def _latencies(tally: Tally) -> list[str]:
    lines = ["", "| request | count | p50 ms | p99 ms | max ms |", "| --- | ---: | ---: | ---: | ---: |"]
    for kind in sorted(tally.counts):
        values = tally.latencies[kind]
        lines.append(f"| {kind} | {tally.counts[kind]} | {_ms(values, 0.5)} | {_ms(values, 0.99)} | {_ms(values, 1)} |")
    return lines


def _memory(memory: dict[str, tuple[int, int]]) -> list[str]:
    lines = ["", "| process | RSS after warm-up (MiB) | RSS at end (MiB) | change |", "| --- | ---: | ---: | ---: |"]
    for role, (start, end) in memory.items():
        lines.append(f"| {role} | {_mib(start)} | {_mib(end)} | {(end - start) / start:+.1%} |")
    return lines


#: Why Redis grows during a soak: every task is kept for TASK_RETENTION_SECONDS (24 h by default).
REDIS_NOTE = "Redis grows with the tasks it retains (24 h by default), not with the request count."


def render(outcome: Outcome) -> str:
    lines = _summary(outcome) + _latencies(outcome.tally) + _memory(outcome.memory) + ["", REDIS_NOTE]
    if outcome.tally.problems:
        lines += ["", "Problems: " + ", ".join(f"{kind} x{n}" for kind, n in outcome.tally.problems.items())]
        lines += [f"- `{example}`" for example in outcome.tally.examples]
    return "\n".join(lines)


def write_doc(path: Path, begin: str, end: str, text: str) -> None:
    """Replace what lies between the markers; create the file, or append the section, when they are missing."""
    section = f"{begin}\n{text}\n{end}"
    current = path.read_text() if path.exists() else "# Reliability\n"
    head, found, rest = current.partition(begin)
    if found and end in rest:
        updated = head + section + rest.partition(end)[2]
    else:
        updated = current.rstrip("\n") + f"\n\n## Soak\n\n{section}\n"
    path.parent.mkdir(exist_ok=True)
    path.write_text(updated)
