"""Deferred tasks waiting for their time (keys.deferred): promoting the due ones, counting the others.

The promoter is a worker loop (worker/promote.py) over the types the worker serves; every worker runs it, and
promote.lua makes each promotion once, so they may overlap. One pass reads at most PROMOTE_BATCH due entries a
type; the rest are promoted by the next pass.
"""

from __future__ import annotations

import time
from collections.abc import Mapping

from redis.asyncio import Redis

from service.models import MIN_PRIORITY
from service.storage import keys
from service.storage.scripts import source

#: Due entries read (and promoted) per type and pass.
PROMOTE_BATCH = 500


class DeferredTasks:
    def __init__(self, redis: Redis, *, step_ms: int) -> None:
        self.redis = redis
        self.step_ms = step_ms
        self._promote = redis.register_script(source("promote"))
        self._retried = redis.register_script(source("retried"))

    async def promote(self, queues: Mapping[str, str], *, limit: int = PROMOTE_BATCH) -> int:
        """Re-score the due deferred jobs of these task types (type -> its arq queue); how many were moved."""
        now_ms = int(time.time() * 1000)
        names = list(queues)
        async with self.redis.pipeline(transaction=False) as pipe:
            for name in names:
                pipe.zrangebyscore(keys.deferred(name), "-inf", now_ms, start=0, num=limit)
            found: list[list[str]] = await pipe.execute()
        moved = 0
        for name, task_ids in zip(names, found, strict=True):
            if task_ids:
                moved += await self._promote_type(name, queues[name], task_ids)
        return moved

    async def _promote_type(self, task_type: str, queue: str, task_ids: list[str]) -> int:
        script_keys = [keys.deferred(task_type), queue]
        for task_id in task_ids:
            script_keys += [keys.task(task_id), keys.arq_in_progress(task_id)]
        args: list[str | int] = [self.step_ms, MIN_PRIORITY, *task_ids]
        return int(await self._promote(keys=script_keys, args=args))

    async def retried(self, task_type: str, queue: str, task_id: str) -> bool:
        """After arq deferred a retry of this task: let it keep its priority once due (retried.lua)."""
        now_ms = int(time.time() * 1000)
        script_keys = [keys.deferred(task_type), queue, keys.task(task_id)]
        return bool(await self._retried(keys=script_keys, args=[task_id, now_ms]))
