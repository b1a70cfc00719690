"""What writing events costs, and end to end with batches: variants measured in interleaved rounds.

Beside the API of the run, a second one with EVENTS_MAX_PER_PROJECT=0 (no event is written: the baseline)
idles until its turn. Submit throughput alternates wrk rounds between the two; end to end alternates three
variants, each round with a worker of the variant's own settings started for it (only one worker runs at a
time: they share the queue) on a flushed Redis, warmed up by a first small round: single submits (the
"end to end" rows), single submits with events off, and batches of 100 (POST /tasks/batch, a few in flight).
The order turns round every other round (ABC CBA ...), so a drift of the machine over the run is shared out.
"""

from __future__ import annotations

from collections.abc import Sequence
from contextlib import AbstractContextManager
from functools import partial
from typing import NamedTuple, TypeVar

import aiohttp

from service.storage import keys
from tests.bench import batch, end_to_end, procs, wrk
from tests.bench.clients import session, submit_all, wait_until
from tests.bench.config import KEY
from tests.bench.context import Bench

T = TypeVar("T")
SUBMIT_PATH = "/api/v1/tasks/submit"
#: The setting of the baseline processes: no event is written at all.
EVENTS_OFF = {"EVENTS_MAX_PER_PROJECT": "0"}
OFF = "events off"
#: The settings of the acknowledged-writes variant, and its rows' suffix.
WAIT_ON = {"REDIS_WAIT_REPLICAS": "1"}
ACKED = "WAIT on (1 replica)"
WARMUP_TASKS = 100
#: Tasks per POST /tasks/batch in the end-to-end variant with batches.
BATCH_SIZE = 100


def events_off(env: dict[str, str]) -> dict[str, str]:
    return {**env, **EVENTS_OFF}


def api_acked(b: Bench) -> AbstractContextManager[str]:
    """The API with REDIS_WAIT_REPLICAS=1 (each submit waits for the replica), as many processes as the other."""
    extra = procs.api_args(b.config.api_processes)
    return procs.http_server("service", {**b.env, **WAIT_ON}, b.logs / "api-wait-on.log", *extra)


def api_events_off(b: Bench) -> AbstractContextManager[str]:
    """The baseline API: the run's settings but EVENTS_MAX_PER_PROJECT=0, as many processes as the other."""
    extra = procs.api_args(b.config.api_processes)
    return procs.http_server("service", events_off(b.env), b.logs / "api-events-off.log", *extra)


def in_turn(n: int, items: Sequence[T]) -> list[T]:
    """Round n's order: as given in even rounds, reversed in odd ones."""
    return list(items) if n % 2 == 0 else list(reversed(items))


def submit_rounds(b: Bench, url: str, url_off: str, url_acked: str) -> None:
    """wrk rounds of submit alternating between the API, its events-off twin and its REDIS_WAIT_REPLICAS=1 twin
    (no worker running; a replica attached throughout, so that only the waiting differs)."""
    variants = [("submit", url), (f"submit, {OFF}", url_off), (f"submit, {ACKED}", url_acked)]
    names = [name for prefix, _ in variants for name in (submit_row(prefix), f"{prefix} p50", f"{prefix} p99")]
    if b.without_wrk(names):
        return
    load = ("submit.lua", KEY, "bench-submit")
    for n in range(b.config.paired_rounds):
        for prefix, base in in_turn(n, variants):
            b.say(f"{prefix}: wrk round {n + 1}/{b.config.paired_rounds}")
            result = wrk.run_wrk(base + SUBMIT_PATH, b.config.wrk_seconds, b.config.wrk_connections, *load)
            b.results.add(submit_row(prefix), result.rate)
            b.results.add(f"{prefix} p50", result.p50_ms)
            b.results.add(f"{prefix} p99", result.p99_ms)
            if result.errors:
                b.results.rows[f"{prefix} p99"].note = f"{result.errors} error responses in a round"


def submit_row(prefix: str) -> str:
    """The throughput row of a submit variant: "submit throughput", "submit throughput, events off"..."""
    return prefix.replace("submit", "submit throughput", 1)


class Variant(NamedTuple):
    row: str
    url: str
    env: dict[str, str]
    log: str  # the worker's
    submit: end_to_end.Submit


async def submit_batches(client: aiohttp.ClientSession, project: str, n: int) -> list[str]:
    """n echo tasks in batches of BATCH_SIZE, batch.CONCURRENCY batches in flight; their ids."""
    return await batch.submit_in_batches(client, project, n, BATCH_SIZE)


def end_to_end_rounds(b: Bench, url: str, url_off: str) -> None:
    single: end_to_end.Submit = partial(_submit_single, concurrency=b.config.client_concurrency)
    variants = [
        Variant("end to end", url, b.env, "worker.log", single),
        Variant(f"end to end, {OFF}", url_off, events_off(b.env), "worker-events-off.log", single),
        Variant(f"end to end (batches of {BATCH_SIZE})", url, b.env, "worker.log", submit_batches),
    ]
    for n in range(b.config.paired_rounds):
        for variant in in_turn(n, variants):
            b.say(f"{variant.row}: round {n + 1}/{b.config.paired_rounds}")
            got = variant_round(b, variant, f"bench-e2e-{n}")
            b.results.add(variant.row, got.rate)
            if variant.row == "end to end":
                b.results.add_latencies("end to end queue wait", got.waits_ms)
                b.results.add("Redis memory per retained task", got.bytes_per_task)


async def _submit_single(client: aiohttp.ClientSession, project: str, n: int, *, concurrency: int) -> list[str]:
    return await submit_all(client, project, n, concurrency)


def variant_round(b: Bench, variant: Variant, project: str) -> end_to_end.Round:
    """On a flushed Redis, with a worker of the variant's settings started for it: a warm-up, then one round."""
    b.flush()
    with procs.workers("worker", variant.env, b.logs / variant.log, b.config.worker_processes):
        b.run(wait_for_workers(b))
        return b.run(_round(b, variant, project))


async def _round(b: Bench, variant: Variant, project: str) -> end_to_end.Round:
    config = b.config
    async with session(variant.url, config.client_concurrency) as client:
        warmup = min(WARMUP_TASKS, config.e2e_tasks)
        await end_to_end.full_round(client, b.redis, project + "-warmup", warmup, variant.submit)
        return await end_to_end.full_round(client, b.redis, project, config.e2e_tasks, variant.submit)


async def wait_for_workers(b: Bench) -> None:
    async def live() -> bool:
        return int(await b.redis.zcard(keys.workers(b.settings.queue_name))) >= b.config.worker_processes

    await wait_until(live, 60, "service workers start")
