"""Ten failovers under load, on real processes: a primary, a replica and three sentinels (Debian's redis-sentinel),
`python -m service` and `python -m worker` behind REDIS_SENTINELS with REDIS_WAIT_REPLICAS=1.

A steady stream of submits and of short running tasks; each round the master is killed with `kill -9`, Sentinel
promotes the replica, the old master comes back as a replica. During a failover the API answers 503, never a
500, then 202 again; the worker follows the new master by itself (same process throughout); every task that got
a 202 exists, and all of them end `completed` (none lost, none stuck); every counter agrees.
Needs redis-server 7 and redis-sentinel (`make test` installs them); without them the test is skipped, saying so.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.failover_support import Failover, explain, failover, ha_env, missing
from tests.faults_support import Answer, Api, SubmitStream, api_client, assert_counted_once, record_figure
from tests.processes import api_process, worker_process
from tests.sentinel_support import SKIP_REASON, Cluster, sentinel_binaries, sentinel_cluster

BINARIES = sentinel_binaries()
pytestmark = pytest.mark.skipif(BINARIES is None, reason=SKIP_REASON)

FAILOVERS = 10
PROJECT = "failover"
#: Long enough that a failover often lands while some run.
SLEEP_S = 0.3
#: The last failover -> every accepted task final (a job cut short is released and re-run: tests' rescue ~4.5 s).
ALL_FINAL_BOUND_S = 60.0


@pytest.fixture
def cluster(tmp_path: Path) -> Iterator[Cluster]:
    assert BINARIES is not None
    with sentinel_cluster(tmp_path, BINARIES) as running:
        yield running


@pytest.mark.timeout(600)  # rounds take ~4 s, one after a failover Sentinel made on its own up to ~45 s
async def test_ten_failovers_lose_no_acknowledged_task(cluster: Cluster) -> None:
    started = time.monotonic()
    env = ha_env(cluster, wait_replicas=1)
    with api_process(env) as base, worker_process(env) as worker:
        async with api_client(base) as api:
            streams = [
                SubmitStream(api.http, PROJECT),
                SubmitStream(api.http, PROJECT, clients=1, pace_s=0.1, task=("sleep", {"seconds": SLEEP_S})),
            ]
            rounds = await _failovers_under(cluster, streams)
            accepted = [task_id for stream in streams for task_id in stream.accepted_ids()]
            await _all_there_and_completed(api, cluster, accepted)
        assert worker.poll() is None, "the worker exited instead of following the new master"
    answers = [answer for stream in streams for answer in stream.answers]
    assert {answer.status for answer in answers} <= {202, 503}, sorted({(a.status, a.code) for a in answers})
    _record(rounds, answers, len(accepted), time.monotonic() - started)


async def _failovers_under(cluster: Cluster, streams: list[SubmitStream]) -> list[Failover]:
    feeding = [asyncio.create_task(stream.run()) for stream in streams]
    first_epoch = await cluster.epoch()
    try:
        rounds = [await failover(cluster, streams[0]) for _ in range(FAILOVERS)]
        record_figure("failover_sentinel_failovers", await cluster.epoch() - first_epoch, "count")
    finally:
        for stream, running in zip(streams, feeding, strict=True):
            await stream.stop(running)
    return rounds


async def _all_there_and_completed(api: Api, cluster: Cluster, accepted: list[str]) -> None:
    assert await missing(api, accepted) == [], "acknowledged tasks lost"
    try:
        tasks = await api.until_final(accepted, ALL_FINAL_BOUND_S)
    except AssertionError:
        raise AssertionError(f"stuck: {await explain(cluster, accepted)}") from None
    assert [task for task in tasks if task["status"] != "completed"] == []
    figures = (await api.metrics(PROJECT))["metrics"]
    assert figures["total_tasks"] >= len(accepted)  # a 503'd submit may exist too: counted all the same
    await assert_counted_once(api, PROJECT, total=figures["total_tasks"], retried=figures["retried_tasks"])


def _record(rounds: list[Failover], answers: list[Answer], accepted: int, seconds: float) -> None:
    record_figure("failover_rounds", len(rounds), "count")
    record_figure("failover_promoted_max", max(r.promoted_s for r in rounds))
    record_figure("failover_first_202_after_kill_max", max(r.first_202_s for r in rounds))
    record_figure("failover_ready_max", max(r.ready_s for r in rounds))
    record_figure("failover_503_answers", sum(1 for a in answers if a.status == 503), "count")
    record_figure("failover_accepted", accepted, "count")
    record_figure("failover_test_seconds", seconds)
