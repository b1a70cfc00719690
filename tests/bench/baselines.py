"""The baselines, measured in the same run: Redis itself, a bare aiohttp handler, a bare arq worker."""

from __future__ import annotations

import asyncio
from urllib.parse import urlsplit

from arq.connections import ArqRedis, RedisSettings, create_pool

from tests.bench import plain_arq, procs, queue, redis_bench
from tests.bench.config import KEY
from tests.bench.context import Bench

SUBMIT_PATH = "/api/v1/tasks/submit"


def redis_baseline(b: Bench) -> None:
    names = [f"redis-benchmark {op}" for op in redis_bench.OPERATIONS]
    if not redis_bench.available():
        b.results.skip(names, "skipped: no redis-benchmark (apt-get install redis-tools)")
        return
    for n in range(b.config.rounds):
        b.say(f"redis-benchmark round {n + 1}/{b.config.rounds}")
        rates = redis_bench.run(urlsplit(b.redis_url).port or 6379, b.config.redis_requests)
        for op, rate in rates.items():
            b.results.add(f"redis-benchmark {op}", rate)
    b.flush()


def http_baseline(b: Bench) -> None:
    """The same wrk load as the submit scenario, against a handler that does nothing."""
    if b.without_wrk(["bare HTTP throughput", "bare HTTP p50", "bare HTTP p99"]):
        return
    with procs.http_server("tests.bench.bare_http", b.env, b.logs / "bare_http.log") as url:
        load = (url + SUBMIT_PATH, b.config.wrk_connections, "submit.lua", KEY, "bench")
        for rate in b.wrk_rounds("bare HTTP", *load):
            b.results.add("bare HTTP throughput", rate)


def queue_baseline(b: Bench) -> None:
    pool = b.run(create_pool(RedisSettings.from_dsn(b.redis_url)))
    try:
        _enqueue_rounds(b, pool)
        _bare_worker_rounds(b, pool)
    finally:
        b.run(pool.aclose())
        b.flush()


def _enqueue_rounds(b: Bench, pool: ArqRedis) -> None:
    config = b.config
    for n in range(config.rounds):  # no worker: enqueue alone
        b.say(f"bare arq enqueue round {n + 1}/{config.rounds}")
        ids = [f"enqueue-{n}-{i}" for i in range(config.e2e_tasks)]
        rate = b.run(queue.enqueue(pool, b.settings.queue_name, ids, config.client_concurrency))
        b.results.add("bare arq enqueue", rate)
        b.flush()


def _bare_worker_rounds(b: Bench, pool: ArqRedis) -> None:
    config, name = b.config, b.settings.queue_name
    with procs.workers("tests.bench.bare_worker", b.env, b.logs / "bare_worker.log", config.worker_processes):
        b.run(plain_arq.wait_live(pool, name))
        if config.worker_processes > 1:  # the key tells only that the first is up; the others start as fast
            b.run(asyncio.sleep(2.0))
        for n in range(config.rounds):
            b.say(f"bare arq end to end round {n + 1}/{config.rounds}")
            ids = [f"e2e-{n}-{i}" for i in range(config.e2e_tasks)]
            rate, waits = b.run(queue.end_to_end(pool, name, ids, config.client_concurrency))
            b.results.add("bare arq end to end", rate)
            b.results.add_latencies("bare arq queue wait", waits)
