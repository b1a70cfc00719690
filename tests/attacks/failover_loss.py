"""Acknowledged tasks a failover loses, with REDIS_WAIT_REPLICAS off and on (issue 11 §1).

For each case a fresh cluster (a primary, a replica, three sentinels: tests/sentinel_support.py), one API and one
worker behind REDIS_SENTINELS, and a stream of submits (CLIENTS clients, PACE_S between two of one client);
--failovers failovers (tests/failover_support.py), then every task that got a 202 is read back: a 404 is a lost
acknowledged task.

- kill: `kill -9` of the master; it comes back empty, as a replica of the new one.
- freeze: SIGSTOP of the master (a hung host, a long pause) until Sentinel promoted the replica, then SIGCONT: it
  wakes up a master still, with its clients' connections, until Sentinel demotes it (~10 s); what it acknowledged
  meanwhile is dropped when it resyncs from the new master. A network partition that cuts a master off with some
  of its clients loses writes the same way.

    .venv/bin/python -m tests.attacks.failover_loss [--failovers N] [--cases kill-off,kill-on,freeze-off,freeze-on]

Self-contained (the project's tests/ helpers, Debian's redis-server 7 and redis-sentinel), only 127.0.0.1, bounded:
about 4-6 minutes with the defaults.
"""

from __future__ import annotations

import argparse
import asyncio
import tempfile
import time
from pathlib import Path
from typing import NamedTuple

from tests.failover_support import Failover, failover, ha_env, missing
from tests.faults_support import Answer, SubmitStream, api_client
from tests.processes import api_process, worker_process
from tests.sentinel_support import Cluster, sentinel_binaries, sentinel_cluster

CLIENTS = 4
PACE_S = 0.01
PROJECT = "failover-loss"
CASES = {"kill-off": (False, 0), "kill-on": (False, 1), "freeze-off": (True, 0), "freeze-on": (True, 1)}


class Row(NamedTuple):
    case: str
    failovers: int
    accepted: int
    refused: int
    lost: int
    worst: int  # the most lost in one failover
    rate: float  # 202s per second over the run


async def _run(cluster: Cluster, case: str, count: int) -> Row:
    freeze, wait = CASES[case]
    env = ha_env(cluster, wait_replicas=wait)
    with api_process(env) as base, worker_process(env):
        async with api_client(base) as api:
            stream = SubmitStream(api.http, PROJECT, clients=CLIENTS, pace_s=PACE_S)
            feeding = asyncio.create_task(stream.run())
            started, epoch = time.monotonic(), await cluster.epoch()
            try:
                rounds = [await failover(cluster, stream, freeze=freeze) for _ in range(count)]
            finally:
                await stream.stop(feeding)
            seconds = time.monotonic() - started
            lost = set(await missing(api, stream.accepted_ids()))
    answers = [a for a in stream.answers if a.task_id in lost]
    refused = stream.count(503)
    accepted = len(stream.accepted_ids())
    failovers = await cluster.epoch() - epoch  # Sentinel's own count: a failover it repeated by itself counts too
    return Row(case, failovers, accepted, refused, len(lost), _worst(rounds, answers), accepted / seconds)


def _worst(rounds: list[Failover], lost: list[Answer]) -> int:
    """Lost answers per failover: each one counts against the last failover that began before it was sent + 2 s."""
    per = [sum(1 for a in lost if _round_of(rounds, a.sent_at) == i) for i in range(len(rounds))]
    return max(per, default=0)


def _round_of(rounds: list[Failover], sent_at: float) -> int:
    begun = [i for i, r in enumerate(rounds) if r.at <= sent_at + 2.0]
    return begun[-1] if begun else 0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--failovers", type=int, default=5)
    parser.add_argument("--cases", default=",".join(CASES))
    args = parser.parse_args()
    binaries = sentinel_binaries()
    if binaries is None:
        raise SystemExit("needs redis-server 7 and redis-sentinel (apt-get install redis-server redis-sentinel)")
    rows = []
    for case in args.cases.split(","):
        with tempfile.TemporaryDirectory() as tmp, sentinel_cluster(Path(tmp), binaries) as cluster:
            rows.append(asyncio.run(_run(cluster, case, args.failovers)))
            print(f"  {rows[-1]}", flush=True)
    print("| case | failovers | 202s | 503s | acknowledged, then lost | most in one failover | 202/s |")
    print("| --- | ---: | ---: | ---: | ---: | ---: | ---: |")
    for row in rows:
        print("| " + " | ".join([*map(str, row[:-1]), f"{row.rate:.0f}"]) + " |")


if __name__ == "__main__":
    main()
