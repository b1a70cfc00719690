"""What every phase of a run shares: sizes, results, the run's Redis, its event loop and its logs."""

from __future__ import annotations

import asyncio
import sys
from collections.abc import Awaitable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TypeVar

from redis.asyncio import Redis

from service.config import load_settings
from tests.bench import procs, wrk
from tests.bench.config import Config
from tests.bench.results import Results

T = TypeVar("T")


@dataclass
class Bench:
    config: Config
    logs: Path
    redis_url: str
    loop: asyncio.Runner
    results: Results = field(init=False)
    redis: Redis = field(init=False)
    redis_version: str = "?"
    #: Things the reader of the table must know (a setting that could not be honoured, ...).
    notes: list[str] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.results = Results(self.config)
        self.redis = Redis.from_url(self.redis_url, decode_responses=True)
        self.env = procs.environment(self.redis_url)
        self.settings = load_settings(self.env)

    def run(self, awaitable: Awaitable[T]) -> T:
        """Await on the run's loop (one loop for the whole run, so the Redis client stays usable)."""
        return self.loop.run(_awaited(awaitable))

    def flush(self) -> None:
        self.run(self.redis.flushdb())

    def say(self, text: str) -> None:
        print(f"bench: {text}", file=sys.stderr, flush=True)

    def without_wrk(self, names: Sequence[str]) -> bool:
        """True (and the rows marked skipped) when wrk is not installed."""
        if not wrk.available():
            self.results.skip(names, "skipped: no wrk (apt-get install wrk)")
        return not wrk.available()

    def wrk_rounds(self, prefix: str, url: str, connections: int, script: str, *args: str) -> list[float]:
        """wrk rounds into the rows `{prefix} p50` / `{prefix} p99`; the rate (requests/s) of each round."""
        rates, errors = [], 0
        for n in range(self.config.rounds):
            self.say(f"{prefix}: wrk round {n + 1}/{self.config.rounds}")
            result = wrk.run_wrk(url, self.config.wrk_seconds, connections, script, *args)
            rates.append(result.rate)
            errors += result.errors
            self.results.add(f"{prefix} p50", result.p50_ms)
            self.results.add(f"{prefix} p99", result.p99_ms)
        if errors:
            self.results.rows[f"{prefix} p99"].note = f"{errors} error responses"
        return rates


async def _awaited(awaitable: Awaitable[T]) -> T:
    return await awaitable
