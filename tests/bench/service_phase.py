"""The service itself: submit under wrk, end to end with its worker(s), listing, get and metrics latency; beside
it, the same submit and end-to-end rounds without events (tests/bench/interleaved.py)."""

from __future__ import annotations

import random
from dataclasses import replace

import aiohttp

from tests.bench import batch, end_to_end, interleaved, listing, procs
from tests.bench.clients import session, timed_gets
from tests.bench.config import KEY
from tests.bench.context import Bench
from tests.bench.results import listing_prefix

SUBMIT_PATH = "/api/v1/tasks/submit"


def service(b: Bench) -> None:
    processes = b.config.api_processes
    if processes > 1 and not procs.supports_api_workers():
        b.notes.append(f"API_PROCESSES={processes} asked for, but `python -m service` has no --workers: ran 1.")
        processes = 1
        b.config = replace(b.config, api_processes=1)
    with procs.api(b.env, b.logs, processes) as url, interleaved.api_events_off(b) as url_off:
        with procs.replica(b.logs, b.redis_url), interleaved.api_acked(b) as url_acked:
            interleaved.submit_rounds(b, url, url_off, url_acked)  # the APIs alone (no worker takes CPU from them)
        b.flush()  # the jobs that piled up without a worker
        batch_throughput(b, url)
        b.flush()  # the jobs that piled up without a worker
        interleaved.end_to_end_rounds(b, url, url_off)
        b.flush()
        with procs.workers("worker", b.env, b.logs / "worker.log", b.config.worker_processes):
            b.run(interleaved.wait_for_workers(b))
            submit_paced(b, url)
            b.run(light_rounds(b, url))
            b.flush()
            b.run(listing_rounds(b, url))


def batch_throughput(b: Bench, url: str) -> None:
    """POST /tasks/batch, the API alone as for submit throughput; Redis flushed after each round."""
    for size in batch.SIZES:
        for n in range(b.config.rounds):
            b.say(f"batch submit ({size}) round {n + 1}/{b.config.rounds}")
            b.results.add(batch.row(size), b.run(batch.batch_round(url, size, b.config.wrk_seconds)))
            b.flush()


def submit_paced(b: Bench, url: str) -> None:
    """Latency at a moderate fixed rate, as in everyday use: the worker(s) run the tasks meanwhile."""
    if b.without_wrk(["submit paced rate", "submit paced p50", "submit paced p99"]):
        return
    config = b.config
    pause_ms = config.paced_connections * 1000 / config.paced_rate
    load = (url + SUBMIT_PATH, config.paced_connections, "paced.lua", KEY, "bench-paced", f"{pause_ms:g}")
    for rate in b.wrk_rounds("submit paced", *load):
        b.results.add("submit paced rate", rate)


async def light_rounds(b: Bench, url: str) -> None:
    config, results = b.config, b.results
    async with session(url, 1) as client:
        for n in range(config.rounds):
            b.say(f"light load round {n + 1}/{config.rounds}")
            project = f"bench-light-{n}"
            waits = await end_to_end.light_round(client, b.redis, project, config.light_tasks, config.light_interval_s)
            results.add_latencies("light load queue wait", waits)


async def listing_rounds(b: Bench, url: str) -> None:
    """One project filled in steps to each size; every query timed at each step."""
    project, filled, ids = "bench-listing", 0, []
    async with session(url, 1) as client:
        for size in b.config.listing_sizes:
            b.say(f"listing: {size} tasks")
            ids += await listing.fill(b.redis, project, filled, size, b.settings.task_retention_seconds)
            filled = size
            for query, path in listing.queries(project, size).items():
                await timed_gets(client, [path])  # the first request after a fill is not typical
                for _ in range(b.config.rounds):
                    timings = await timed_gets(client, [path] * b.config.samples)
                    b.results.add_latencies(listing_prefix(query, size), timings)
        await latency_rounds(b, client, project, ids)


async def latency_rounds(b: Bench, client: aiohttp.ClientSession, project: str, ids: list[str]) -> None:
    """GET of random tasks and the metrics, against the largest store."""
    rng, samples = random.Random(1), b.config.samples
    paths = {"metrics": "/api/v1/tasks/metrics", "project metrics": f"/api/v1/tasks/metrics?project_id={project}"}
    for _ in range(b.config.rounds):
        gets = [f"/api/v1/tasks/{rng.choice(ids)}" for _ in range(samples)]
        b.results.add_latencies("get task", await timed_gets(client, gets))
        for name, path in paths.items():
            b.results.add_latencies(name, await timed_gets(client, [path] * samples))
