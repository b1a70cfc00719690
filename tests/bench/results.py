"""What a run measured: one row per figure, one value per round, reported as the median and its min–max."""

from __future__ import annotations

import math
import statistics
from collections.abc import Sequence
from dataclasses import dataclass, field

from tests.bench.config import Config

#: The listing queries, by the name their rows carry.
LISTING_QUERIES = ("first page", "deep page", "status filter", "type filter")


@dataclass
class Row:
    name: str
    unit: str
    values: list[float] = field(default_factory=list)
    note: str = ""

    @property
    def median(self) -> float | None:
        return statistics.median(self.values) if self.values else None


def size_label(n: int) -> str:
    return f"{n // 1000}k" if n >= 1000 and n % 1000 == 0 else str(n)


def listing_prefix(query: str, size: int) -> str:
    """Rows `{prefix} p50` and `{prefix} p99` of one listing query at one store size."""
    return f"list {query}, {size_label(size)} tasks"


def catalogue(config: Config) -> list[tuple[str, str]]:
    """Every row of the table, in order, with its unit."""
    rows = [("redis-benchmark " + op, "req/s") for op in ("SET", "GET", "HSET", "ZADD")]
    rows += [("bare HTTP throughput", "req/s"), ("bare HTTP p50", "ms"), ("bare HTTP p99", "ms")]
    rows += [("bare arq enqueue", "jobs/s"), ("bare arq end to end", "jobs/s")]
    rows += [("bare arq queue wait p50", "ms"), ("bare arq queue wait p99", "ms")]
    rows += [("submit throughput", "req/s"), ("submit p50", "ms"), ("submit p99", "ms")]
    rows += [("submit throughput, events off", "req/s"), ("submit, events off p50", "ms")]
    rows += [("submit, events off p99", "ms")]
    rows += [("submit throughput, WAIT on (1 replica)", "req/s"), ("submit, WAIT on (1 replica) p50", "ms")]
    rows += [("submit, WAIT on (1 replica) p99", "ms")]
    rows += [(f"batch submit ({size})", "tasks/s") for size in (100, 1000)]
    rows += [("submit paced rate", "req/s"), ("submit paced p50", "ms"), ("submit paced p99", "ms")]
    rows += [("end to end", "tasks/s"), ("end to end, events off", "tasks/s")]
    rows += [("end to end (batches of 100)", "tasks/s")]
    rows += [("end to end queue wait p50", "ms"), ("end to end queue wait p99", "ms")]
    rows += [("light load queue wait p50", "ms"), ("light load queue wait p99", "ms")]
    for size in config.listing_sizes:
        rows += [
            (f"{listing_prefix(query, size)} {stat}", "ms") for query in LISTING_QUERIES for stat in ("p50", "p99")
        ]
    for what in ("get task", "metrics", "project metrics"):
        rows += [(f"{what} p50", "ms"), (f"{what} p99", "ms")]
    rows += [("Redis memory per retained task", "bytes")]
    rows += [("events: delivery p50", "ms"), ("events: delivery p99", "ms")]
    rows += [("events: API CPU", "% of a core"), ("events: delivered", "events/s")]
    return rows + per_item_rows()


#: The per-item rows: one task through the service, one job through plain arq.
PER_TASK, PER_JOB = "per task", "bare arq per job"


def per_item_rows() -> list[tuple[str, str]]:
    rows = []
    for side, roles, rate in ((PER_TASK, ("API", "worker"), "tasks/s"), (PER_JOB, ("worker",), "jobs/s")):
        rows += [(f"{side}: Redis commands", "commands"), (f"{side}: Redis CPU", "µs")]
        rows += [(f"{side}: {role} CPU", "µs") for role in roles]
        rows += [(f"{side}: total CPU", "µs"), (f"{side}: end to end", rate)]
    return rows


class Results:
    """Rows by name; a scenario that cannot run marks its rows skipped, with the reason."""

    def __init__(self, config: Config) -> None:
        self.rows = {name: Row(name, unit) for name, unit in catalogue(config)}
        #: Redis commands per item by command, for each side, one mapping per round.
        self.commands: dict[str, list[dict[str, float]]] = {PER_TASK: [], PER_JOB: []}

    def add(self, name: str, value: float) -> None:
        self.rows[name].values.append(value)

    def skip(self, names: Sequence[str], note: str) -> None:
        for name in names:
            self.rows[name].note = note

    def median(self, name: str) -> float | None:
        return self.rows[name].median

    def command_medians(self) -> dict[str, dict[str, float]]:
        """{command: {side: median over the rounds}}, a command absent from a round counting 0 there."""
        names = {name for rounds in self.commands.values() for calls in rounds for name in calls}
        return {
            name: {
                side: statistics.median([calls.get(name, 0.0) for calls in rounds] or [0.0])
                for side, rounds in self.commands.items()
            }
            for name in names
        }

    def add_latencies(self, prefix: str, samples_ms: Sequence[float]) -> None:
        self.add(f"{prefix} p50", percentile(samples_ms, 50))
        self.add(f"{prefix} p99", percentile(samples_ms, 99))


def percentile(samples: Sequence[float], pct: float) -> float:
    """Nearest-rank percentile: a value that was really observed."""
    if not samples:
        raise ValueError("no samples")
    ordered = sorted(samples)
    return ordered[max(0, math.ceil(pct / 100 * len(ordered)) - 1)]
