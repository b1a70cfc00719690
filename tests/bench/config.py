"""Sizes and durations of one run: the full preset (`make bench`) and the tiny one of the smoke test."""

from __future__ import annotations

import os
from dataclasses import dataclass, replace

KEY = "bench-admin-key"
AUTH = {"X-API-Key": KEY}
#: Settings the service processes get unless the caller's environment sets them. Everything else is the
#: service's own default (what production runs), except the rate limit, which would throttle the load
#: generator itself.
SERVICE_DEFAULTS = {"RATE_LIMIT_PER_SECOND": "0"}
#: Environment variables that change what is measured: recorded beside the command in the report.
KNOBS = ("API_PROCESSES", "WORKER_PROCESSES", "RATE_LIMIT_PER_SECOND", "POLL_DELAY_SECONDS", "WORKER_CONCURRENCY")


@dataclass(frozen=True)
class Config:
    rounds: int = 3
    #: Rounds of the interleaved variants (events on/off, WAIT on/off): their ratios are judged round by round,
    #: and end to end swings ±20 % between rounds on 2 cores
    paired_rounds: int = 5
    wrk_seconds: float = 5.0
    wrk_connections: int = 32
    #: The moderate rate (requests/s) for latency, spread over a few connections that each pause between requests.
    paced_rate: float = 200.0
    paced_connections: int = 4
    #: Tasks per end-to-end round (and jobs per bare arq round): enough for a few seconds of work.
    e2e_tasks: int = 3000
    client_concurrency: int = 32
    #: Tasks per round of the per-task cost (and jobs per round of plain arq's per-job cost).
    per_task_items: int = 2000
    #: Light load: tasks submitted one at a time, this far apart, for the queue wait.
    light_tasks: int = 40
    light_interval_s: float = 0.05
    listing_sizes: tuple[int, ...] = (1_000, 10_000, 100_000)
    #: Sequential requests per query per round for the latency rows.
    samples: int = 100
    redis_requests: int = 50_000
    #: Live events: SSE subscribers of one project, events/s added meanwhile, and for how long (per round).
    event_subscribers: int = 1000
    event_rate: float = 500.0
    event_seconds: float = 5.0
    api_processes: int = 1
    worker_processes: int = 1
    smoke: bool = False


SMOKE = Config(
    rounds=1,
    paired_rounds=1,
    wrk_seconds=1.0,
    wrk_connections=4,
    paced_rate=50.0,
    paced_connections=2,
    e2e_tasks=40,
    per_task_items=40,
    light_tasks=4,
    listing_sizes=(100, 300, 1_000),
    samples=10,
    redis_requests=2_000,
    event_subscribers=50,
    event_rate=100.0,
    event_seconds=2.0,
    smoke=True,
)


def _count(name: str) -> int:
    raw = os.environ.get(name, "1")
    if not raw.isdigit() or int(raw) < 1:
        raise SystemExit(f"bench: {name} must be a positive integer, not {raw!r}")
    return int(raw)


def from_environment(base: Config) -> Config:
    """The preset with the process counts of API_PROCESSES and WORKER_PROCESSES (default 1 each)."""
    return replace(base, api_processes=_count("API_PROCESSES"), worker_processes=_count("WORKER_PROCESSES"))


def service_overrides() -> dict[str, str]:
    """SERVICE_DEFAULTS, each replaced by the caller's environment where it sets one."""
    return {name: os.environ.get(name, default) for name, default in SERVICE_DEFAULTS.items()}
