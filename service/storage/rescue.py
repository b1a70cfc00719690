"""arq claims (in-progress keys) on task jobs: who holds them, and releasing those no live worker holds.

arq re-runs a job whose worker died only once the claim expires: the longest job timeout + 10 s. A worker
records its id on the task when it starts it and beats while it lives, so the reconciler can tell a claim
whose holder is gone and release it at once; arq then runs the job again (its job key and queue entry stay).
The job of a task that became final meanwhile (cancelled) is dropped instead: until then every worker's poll
reads its queue entry and finds it claimed, over and over.
"""

from __future__ import annotations

from collections.abc import Sequence
from enum import IntEnum
from typing import NamedTuple

from arq.constants import default_queue_name
from redis.asyncio import Redis

from service.storage import keys
from service.storage.codec import text
from service.storage.scripts import source
from service.storage.submit import QUEUE_FIELD

#: worker_id of a processing task whose worker gave up its claim (Redis went away mid-job).
GIVEN_UP = "-"
#: What a claim's task record tells (one HMGET): Claim's fields in this order, released_try fourth.
_CLAIM_FIELDS = ["status", "worker_id", "worker_queue", "released_try", "task_type", "started_at", QUEUE_FIELD]


class Released(IntEnum):
    """release.lua's result codes (the same table is in the script)."""

    LEFT = 0
    RELEASED = 1
    DROPPED = 2


class Claim(NamedTuple):
    """A claimed task job as the reconciler saw it; release() acts only if all of it still holds."""

    task_id: str
    status: str
    #: the worker that started it ('' when none is recorded yet, GIVEN_UP when it gave the claim up)
    owner: str
    #: the queue that worker listens to, whose live-worker set holds its heartbeat
    queue: str
    #: arq's try counter as stored ('' before arq counted a first try)
    tries: str
    #: this try's claim was released once already: a claim seen now is a newer one
    released: bool
    #: the task's type and the start of its current attempt (RFC 3339, '' before any): how long it has run
    task_type: str = ""
    started_at: str = ""
    #: the job's own queue as its record names it ("": none named, Claims.queue_name)
    job_queue: str = ""


class Claims:
    """Reads claims and their holders' heartbeats; releases or gives up claims, each in one Lua step."""

    def __init__(self, redis: Redis, *, queue_name: str = default_queue_name, queue_names: Sequence[str] = ()) -> None:
        self.redis = redis
        self.queue_name = queue_name
        #: every queue whose head is swept (queue_name and the queues of task types that name their own)
        self.queue_names = list(dict.fromkeys([queue_name, *queue_names]))
        self._release = redis.register_script(source("release"))
        self._disown = redis.register_script(source("disown"))
        self._drop_aborts = redis.register_script(source("drop_aborts"))

    async def queue_head(self, limit: int) -> list[str]:
        """Task ids of the first `limit` jobs of each arq queue: where workers look, and claimed jobs sit."""
        async with self.redis.pipeline(transaction=False) as pipe:
            for queue in self.queue_names:
                pipe.zrange(queue, 0, limit - 1)
            heads = await pipe.execute()
        job_ids = [text(job_id) for head in heads for job_id in head]
        return [job_id for job_id in job_ids if not job_id.startswith(keys.WEBHOOK_JOB_PREFIX)]

    async def held(self, task_ids: Sequence[str]) -> list[Claim]:
        """Those of `task_ids` whose arq job exists and is claimed, with what the task says about it.

        The claims (arq's in-progress keys) of a whole batch are read with one MGET: in a backlog nearly every
        active task is unclaimed, and one EXISTS per task per pass was most of the reconciler's Redis work.
        """
        if not task_ids:
            return []
        claims = await self.redis.mget([keys.arq_in_progress(task_id) for task_id in task_ids])
        claimed = [task_id for task_id, claim in zip(task_ids, claims, strict=True) if claim is not None]
        if not claimed:
            return []
        async with self.redis.pipeline(transaction=False) as pipe:
            for task_id in claimed:
                pipe.exists(keys.arq_job(task_id))
                pipe.hmget(keys.task(task_id), _CLAIM_FIELDS)
                pipe.get(keys.arq_retry(task_id))
            answers = await pipe.execute()
        rows = [answers[3 * i : 3 * i + 3] for i in range(len(claimed))]
        return [
            _claim(task_id, fields, tries) for task_id, (job, fields, tries) in zip(claimed, rows, strict=True) if job
        ]

    async def last_beats(self, claims: Sequence[Claim]) -> dict[str, float]:
        """Last heartbeat (ms) of each recorded owner that still has one."""
        owners = sorted({(claim.queue, claim.owner) for claim in claims if claim.owner not in ("", GIVEN_UP)})
        async with self.redis.pipeline(transaction=False) as pipe:
            for queue, owner in owners:
                pipe.zscore(keys.workers(queue), owner)
            scores = await pipe.execute() if owners else []
        return {owner: float(score) for (_, owner), score in zip(owners, scores, strict=True) if score is not None}

    async def release(self, claim: Claim, *, live_since_ms: int) -> Released:
        """If the task, its owner and arq's try counter are as seen and the owner is not live: delete the claim
        (RELEASED), or drop the whole job when the task is final or gone (DROPPED); else LEFT alone."""
        task_id = claim.task_id
        script_keys = [
            keys.task(task_id),
            keys.workers(claim.queue),
            keys.arq_in_progress(task_id),
            keys.arq_job(task_id),
            keys.arq_retry(task_id),
            claim.job_queue or self.queue_name,
            keys.ARQ_ABORT,
        ]
        args: list[str | int] = [claim.status, claim.owner, claim.tries, GIVEN_UP, live_since_ms, task_id]
        args.append("1" if claim.released else "")  # both looks saw a re-claim that never counted its try
        return Released(int(await self._release(keys=script_keys, args=args)))

    async def drop_stale_aborts(self, *, set_before_ms: int, limit: int) -> int:
        """Remove up to `limit` abort markers set before the cutoff whose job no worker holds; how many went."""
        rows = await self.redis.zrangebyscore(keys.ARQ_ABORT, "-inf", set_before_ms, start=0, num=limit)
        job_ids = [text(job_id) for job_id in rows]
        if not job_ids:
            return 0
        script_keys = [keys.ARQ_ABORT, *(keys.arq_in_progress(job_id) for job_id in job_ids)]
        return int(await self._drop_aborts(keys=script_keys, args=[set_before_ms, *job_ids]))

    async def disown(self, task_id: str, worker_id: str) -> bool:
        """Mark a processing task of this worker as given up, for the reconciler to release its claim."""
        return bool(await self._disown(keys=[keys.task(task_id)], args=[worker_id, GIVEN_UP]))


def _claim(task_id: str, fields: list[str | bytes | None], tries: str | bytes | None) -> Claim:
    status, owner, queue = (text(value) for value in fields[:3])
    seen_tries = text(tries)
    released = fields[3] is not None and text(fields[3]) == seen_tries
    task_type, started_at, job_queue = (text(value) for value in fields[4:7])
    return Claim(task_id, status, owner, queue, seen_tries, released, task_type, started_at, job_queue)
