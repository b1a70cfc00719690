"""One failover of a Sentinel cluster under a submit stream, as tests/test_failover.py and
tests/attacks/failover_loss.py make them: the master killed (`kill -9`) or frozen (SIGSTOP), a replica promoted,
the old master back as a replica, and the figures of it."""

from __future__ import annotations

import asyncio
import signal
import time
from typing import NamedTuple

from redis.asyncio import Redis

from service.storage import keys
from tests.constants import ADMIN_KEY
from tests.faults_support import FINAL, Api, SubmitStream
from tests.processes import service_env
from tests.sentinel_support import MASTER_NAME, Cluster
from tests.waiting import until

#: REDIS_URL behind Sentinel: only its scheme, credentials and db count (port 9 would refuse a connection).
SENTINEL_URL = "redis://127.0.0.1:9/0"
#: 202s the stream must get between two failovers: each failover happens under load.
STEADY_ACCEPTED = 10
#: Everything ready again (a replica online, every sentinel seeing it) -> the next 202.
RECOVERY_BOUND_S = 15.0


def ha_env(cluster: Cluster, *, wait_replicas: int, **extra: str) -> dict[str, str]:
    """API and worker settings for `cluster`: REDIS_SENTINELS, its master's name, WAIT on (1) or off (0)."""
    env = service_env(SENTINEL_URL, ADMIN_KEY, REDIS_SENTINELS=cluster.sentinels, REDIS_SENTINEL_MASTER=MASTER_NAME)
    env.update(REDIS_WAIT_REPLICAS=str(wait_replicas), **extra)
    return env


class Failover(NamedTuple):
    at: float  # monotonic time of the kill (or freeze)
    promoted_s: float  # kill (or freeze) -> every sentinel names the new master
    first_202_s: float  # kill -> the first 202 sent after it
    ready_s: float  # kill -> the old master is an online replica that every sentinel sees


async def _accepted(stream: SubmitStream, at_least: int, since: float) -> bool:
    return stream.count(202, since) >= at_least


async def failover(cluster: Cluster, stream: SubmitStream, *, freeze: bool = False) -> Failover:
    """Wait for a steady stream, then fail the master; return once the old one is a replica and a 202 came back."""
    since = time.monotonic()
    await until(lambda: _accepted(stream, STEADY_ACCEPTED, since), timeout=RECOVERY_BOUND_S)
    old = await cluster.master()
    cluster.signal_node(old, signal.SIGSTOP if freeze else signal.SIGKILL)
    failed_at = time.monotonic()
    new = await cluster.promoted(old)
    promoted_at = time.monotonic()
    if freeze:  # it wakes up a master still, with its clients' connections, until Sentinel demotes it
        cluster.signal_node(old, signal.SIGCONT)
    else:  # restarted empty, as a replica of the new master
        cluster.start_node(old, replica_of=new)
    await cluster.settled()
    ready_at = time.monotonic()
    await until(lambda: _accepted(stream, 1, failed_at), timeout=RECOVERY_BOUND_S)
    first = min(a.sent_at + a.seconds for a in stream.answers if a.status == 202 and a.sent_at >= failed_at)
    return Failover(failed_at, promoted_at - failed_at, first - failed_at, ready_at - failed_at)


async def missing(api: Api, task_ids: list[str]) -> list[str]:
    """The acknowledged tasks the service no longer knows (404); read 20 at a time."""
    gone = []
    for start in range(0, len(task_ids), 20):
        chunk = task_ids[start : start + 20]
        answers = await asyncio.gather(*(api.get(f"/api/v1/tasks/{task_id}") for task_id in chunk))
        for task_id, (status, _) in zip(chunk, answers, strict=True):
            assert status in (200, 404), (task_id, status)
            if status == 404:
                gone.append(task_id)
    return gone


async def explain(cluster: Cluster, task_ids: list[str]) -> list[dict[str, object]]:
    """What Redis holds of tasks that are not final: the record's status and owner, and arq's keys for the job."""
    master = await cluster.master()
    found = []
    async with Redis(port=master, decode_responses=True) as redis:
        for task_id in task_ids:
            record = await redis.hgetall(keys.task(task_id))  # type: ignore[misc]
            if record.get("status") in FINAL:
                continue
            arq = {name: await redis.exists(key) for name, key in _arq_keys(task_id).items()}
            queued = await redis.zscore("arq:queue", task_id)
            owner = {k: record.get(k) for k in ("status", "attempts", "worker_id", "updated_at")}
            found.append({"task_id": task_id, **owner, **arq, "in_queue": queued is not None})
    return found


def _arq_keys(task_id: str) -> dict[str, str]:
    return {"job": keys.arq_job(task_id), "result": keys.arq_result(task_id), "claim": keys.arq_in_progress(task_id)}
