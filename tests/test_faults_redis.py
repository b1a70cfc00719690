"""Redis restarts (persistent, AOF on: deploy/redis.conf) under a steady stream of submits to a real API.

Every 202 survives with its arq job (or has already run) and completes; during the outage the API answers
503 envelopes, promptly, and /ready names redis; API and worker recover by themselves, without a restart.
"""

from __future__ import annotations

import asyncio
import subprocess
import time
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

from redis.asyncio import Redis

from deploy.redis_local import free_port, start_redis
from service.api.app import REDIS_SOCKET_TIMEOUT
from service.storage import keys
from tests.constants import ADMIN_KEY
from tests.faults_support import FINAL, Api, SubmitStream, api_client, assert_counted_once, record_figure
from tests.processes import api_process, service_env, stop, worker_process
from tests.waiting import until

PROJECT = "faults-redis"
#: Longer than the workers' stale window (3 beats of 0.5 s): their heartbeats lapse, and they must keep their jobs.
OUTAGE_AT_LEAST_S = 2.0
#: Shorter than the outage, so the job ends while Redis is away.
IN_FLIGHT_S = 1.0
#: Redis answers again -> the first 202.
RECOVERY_BOUND_S = 5.0
#: Redis answers again -> every accepted task final.
ALL_DONE_BOUND_S = 30.0


@asynccontextmanager
async def direct(url: str) -> AsyncIterator[Redis]:
    client = Redis.from_url(url, decode_responses=True)
    try:
        yield client
    finally:
        await client.aclose()


async def test_redis_restart_under_a_stream_of_submits(tmp_path: Path) -> None:
    data, port = tmp_path / "redis", free_port()
    redis_proc, url = start_redis(data, port=port, persistent=True)
    try:
        env = service_env(url, ADMIN_KEY)
        with api_process(env) as base, worker_process(env) as worker:
            async with api_client(base) as api, direct(url) as redis:
                stream = SubmitStream(api.http, PROJECT)
                feeding = asyncio.create_task(stream.run())
                await until(lambda: _accepted(stream, 20), timeout=15)
                # a job that ends while Redis is away: its worker cannot record it, and must give it up
                in_flight = await api.submit(PROJECT, "sleep", {"seconds": IN_FLIGHT_S})
                await until(lambda: _processing(api, in_flight), timeout=10, interval=0.01)
                down_at, redis_proc = await outage(api, stream, redis_proc, data, port)
                up_at = time.monotonic()
                await until(lambda: _accepted(stream, 1, up_at), timeout=RECOVERY_BOUND_S, interval=0.02)
                await assert_survived(redis, stream.accepted_ids())
                await until(lambda: _accepted(stream, 20, up_at), timeout=15)
                await stream.stop(feeding)
                accepted = [in_flight, *stream.accepted_ids()]
                await api.until_final(accepted, ALL_DONE_BOUND_S)
                record_figure("redis_outage_all_accepted_final_after_restart", time.monotonic() - up_at)
                assert (await api.tasks([in_flight]))[0]["attempts"] == 2  # re-run once, not lost, not stuck
                await assert_outcome(api, stream, up_at)
            assert worker.poll() is None, "the worker exited instead of waiting for Redis"
    finally:
        stop(redis_proc)


async def _processing(api: Api, task_id: str) -> bool:
    return bool((await api.tasks([task_id]))[0]["status"] == "processing")


async def _accepted(stream: SubmitStream, at_least: int, since: float = 0.0) -> bool:
    return stream.count(202, since) >= at_least


async def outage(
    api: Api, stream: SubmitStream, proc: subprocess.Popen[bytes], data: Path, port: int
) -> tuple[float, subprocess.Popen[bytes]]:
    """Stop Redis (SIGTERM: it writes its AOF out), see the API refuse and /ready say why; restart it."""
    proc.terminate()
    await asyncio.to_thread(proc.wait, 10)
    down_at = time.monotonic()
    status, body = await api.get("/api/v1/ready")
    assert status == 503, body
    assert body["error"]["code"] == "unavailable", body
    assert [detail["component"] for detail in body["error"]["details"]] == ["redis"], body

    async def refused_long_enough() -> bool:
        return stream.count(503, down_at) >= 10 and time.monotonic() - down_at >= OUTAGE_AT_LEAST_S

    await until(refused_long_enough, timeout=15)
    restarted, _ = await asyncio.to_thread(start_redis, data, port=port, persistent=True)
    record_figure("redis_outage_seconds", time.monotonic() - down_at)
    return down_at, restarted


async def assert_survived(redis: Redis, task_ids: list[str]) -> None:
    """Right after the restart: every accepted task is there, with its arq job, or run (arq's result, or final)."""
    for task_id in task_ids:
        async with redis.pipeline(transaction=True) as pipe:
            pipe.hget(keys.task(task_id), "status")
            pipe.exists(keys.arq_job(task_id), keys.arq_result(task_id))  # queued or running, or run
            status, jobs = await pipe.execute()
        assert status is not None, f"task {task_id} lost"
        assert status in FINAL or jobs, f"task {task_id} is {status} without its arq job or its result"


async def assert_outcome(api: Api, stream: SubmitStream, up_at: float) -> None:
    assert {answer.status for answer in stream.answers} <= {202, 503}, [
        answer for answer in stream.answers if answer.status not in (202, 503)
    ]
    refused = [answer for answer in stream.answers if answer.status == 503]
    assert refused and {answer.code for answer in refused} == {"unavailable"}
    slowest = max(answer.seconds for answer in stream.answers)
    assert slowest < REDIS_SOCKET_TIMEOUT, f"an answer took {slowest:.2f} s"
    back = min(answer.sent_at + answer.seconds for answer in stream.answers if answer.sent_at >= up_at)
    record_figure("redis_outage_slowest_answer", slowest)
    record_figure("redis_outage_slowest_503", max(answer.seconds for answer in refused))
    record_figure("redis_outage_first_202_after_restart", back - up_at)
    record_figure("redis_outage_503_answers", len(refused), "count")
    accepted = stream.accepted_ids()
    record_figure("redis_outage_accepted", len(accepted), "count")
    assert {task["status"] for task in await api.tasks(accepted)} == {"completed"}
    # a submit whose answer Redis dropped as it went down may exist unknown to its client: counted all the same
    figures = (await api.metrics(PROJECT))["metrics"]
    assert figures["total_tasks"] >= len(accepted) + 1  # and the in-flight job
    await assert_counted_once(api, PROJECT, total=figures["total_tasks"], retried=figures["retried_tasks"])
