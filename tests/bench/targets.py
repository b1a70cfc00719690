"""The issue's targets, judged on medians; most are ratios to a baseline of the same run."""

from __future__ import annotations

import operator
from collections.abc import Callable
from dataclasses import dataclass

from tests.bench.config import Config
from tests.bench.results import LISTING_QUERIES, Results, listing_prefix, size_label

#: The seed's FastAPI + Celery design on this machine (submits/s, tasks/s end to end), from the issue.
SEED_SUBMIT_RATE = 350.0
SEED_END_TO_END_RATE = 330.0
KIB = 1024

Measure = Callable[[Results], float | None]


@dataclass(frozen=True)
class Target:
    name: str
    measure: Measure
    compare: str  # ">=", "<=" or "<"
    limit: float
    unit: str  # "x" for a ratio

    def value(self, results: Results) -> float | None:
        return self.measure(results)

    def met(self, value: float) -> bool:
        ops = {">=": operator.ge, "<=": operator.le, "<": operator.lt}
        return bool(ops[self.compare](value, self.limit))


def median(name: str) -> Measure:
    return lambda results: results.median(name)


def ratio(name: str, base: str) -> Measure:
    def measure(results: Results) -> float | None:
        top, bottom = results.median(name), results.median(base)
        return None if top is None or not bottom else top / bottom

    return measure


def targets(config: Config) -> list[Target]:
    small, large = min(config.listing_sizes), max(config.listing_sizes)
    found = [
        Target("submit throughput / bare HTTP", ratio("submit throughput", "bare HTTP throughput"), ">=", 0.35, "x"),
        Target("submit p99 at the paced rate", median("submit paced p99"), "<", 10.0, "ms"),
        Target("end to end / bare arq end to end", ratio("end to end", "bare arq end to end"), ">=", 0.6, "x"),
        Target("queue wait p50 at light load", median("light load queue wait p50"), "<=", 20.0, "ms"),
    ]
    for query in LISTING_QUERIES:
        name = f"list {query}: p50 at {size_label(large)} / at {size_label(small)}"
        measure = ratio(f"{listing_prefix(query, large)} p50", f"{listing_prefix(query, small)} p50")
        found.append(Target(name, measure, "<=", 1.5, "x"))
    found += [
        Target("Redis memory per retained task", median("Redis memory per retained task"), "<=", 1.5 * KIB, "B"),
        Target("submit throughput / seed (350/s)", per_seed("submit throughput", SEED_SUBMIT_RATE), ">=", 5.0, "x"),
        Target("end to end / seed (330/s)", per_seed("end to end", SEED_END_TO_END_RATE), ">=", 3.0, "x"),
    ]
    return found


def per_seed(name: str, seed_rate: float) -> Measure:
    def measure(results: Results) -> float | None:
        value = results.median(name)
        return None if value is None else value / seed_rate

    return measure
