"""Run slots of capped task types (TYPE_CONCURRENCY, TaskType.concurrency_limit), shared by every worker.

A capped type has one sorted set (keys.type_slots) of the job ids that hold a slot, each scored by its lease's
expiry (ms of Redis TIME). A worker takes a slot before arq claims the job (slot_acquire.lua: expired leases are
dropped first, then the job is added if fewer than the limit hold one), renews its leases with its heartbeat
(slot_renew.lua) and gives the slot back when the job ends (ZREM). A worker that dies stops renewing: its slots
come back by themselves within one lease. A job refused a slot stays in its arq queue and is not claimed (arq
counts no try for it): it goes to the back of its type's line (`defer`, keys.type_line), later in the queue, so
that the jobs behind it are read and the waiting ones come due in turn, about `limit` per recheck.
"""

from __future__ import annotations

import time
from collections.abc import Collection, Mapping, Sequence
from enum import IntEnum

from redis.asyncio import Redis
from redis.asyncio.client import Pipeline

from service.models import ACTIVE
from service.storage import keys
from service.storage.scripts import source

#: Type names looked up per round trip (one HMGET each, pipelined).
_LOOKUP_BATCH = 1000
_ACTIVE = frozenset(status.value for status in ACTIVE)


class Slot(IntEnum):
    """slot_acquire.lua's result codes (the same table is in the script)."""

    REFUSED = 0
    ACQUIRED = 1
    HELD = 2


class TypeSlots:
    """The slot sets of capped task types, on the storage client (decode_responses=True)."""

    def __init__(self, redis: Redis) -> None:
        self.redis = redis
        self._acquire = redis.register_script(source("slot_acquire"))
        self._renew = redis.register_script(source("slot_renew"))
        self._defer = redis.register_script(source("slot_defer"))

    async def types_of(self, task_ids: Sequence[str]) -> list[str | None]:
        """Each task's type as its record says, None when it is not active (cancelled while queued: its job only
        has to be aborted, which needs no slot) or has no record, in the order given."""
        found: list[str | None] = []
        for start in range(0, len(task_ids), _LOOKUP_BATCH):
            async with self.redis.pipeline(transaction=False) as pipe:
                for task_id in task_ids[start : start + _LOOKUP_BATCH]:
                    pipe.hmget(keys.task(task_id), ["task_type", "status"])
                found.extend(kind if status in _ACTIVE else None for kind, status in await pipe.execute())
        return found

    async def acquire(self, task_type: str, job_id: str, *, limit: int, lease_ms: int) -> Slot:
        return Slot(int(await self._acquire(keys=[keys.type_slots(task_type)], args=[job_id, limit, lease_ms])))

    async def release(self, task_type: str, job_id: str) -> None:
        await self.redis.zrem(keys.type_slots(task_type), job_id)

    async def renew(self, held: Mapping[str, str], *, lease_ms: int) -> int:
        """Renew the leases of `held` (job id -> its type); how many were still there to renew."""
        if not held:
            return 0
        slot_keys = [keys.type_slots(task_type) for task_type in held.values()]
        return int(await self._renew(keys=slot_keys, args=[lease_ms, *held]))

    async def defer(
        self, queue_name: str, task_type: str, job_ids: Sequence[str], *, first_ms: int, spacing_ms: float
    ) -> None:
        """Send these refused jobs (in queue order) to the back of their type's line in `queue_name`: each due
        `spacing_ms` after the one before, and at least `first_ms` from now (slot_defer.lua)."""
        if job_ids:
            now_ms = int(time.time() * 1000)
            line = [queue_name, keys.type_line(task_type)]
            await self._defer(keys=line, args=[now_ms, first_ms, spacing_ms, *job_ids])


def ask_running(pipe: Pipeline, task_types: Collection[str]) -> None:
    """Queue one ZCOUNT per type on `pipe`: how many live leases it holds now (by the reader's clock: a gauge)."""
    now_ms = int(time.time() * 1000)
    for task_type in task_types:
        pipe.zcount(keys.type_slots(task_type), now_ms, "+inf")
