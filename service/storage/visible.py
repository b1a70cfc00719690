"""Reading a task for a caller: a task of a project the caller may not see is never read out of Redis."""

from __future__ import annotations

from collections.abc import Set

from redis.asyncio import Redis

from service.models import Task
from service.storage import keys
from service.storage.codec import load_task
from service.storage.errors import TaskNotFound
from service.storage.scripts import source

_SCRIPT = source("read_visible")


class VisibleReader:
    """One round trip per read, and a foreign task costs what a missing one does (no timing leak)."""

    def __init__(self, redis: Redis) -> None:
        self.redis = redis
        self._read = redis.register_script(_SCRIPT)

    async def get(self, task_id: str, projects: Set[str] | None) -> Task:
        """The task if it is in one of `projects` (None: any project); TaskNotFound otherwise."""
        key = keys.task(task_id)
        if projects is None:
            fields = await self.redis.hgetall(key)  # type: ignore[misc]
        else:
            flat = await self._read(keys=[key], args=sorted(projects))
            fields = dict(zip(flat[::2], flat[1::2], strict=True))
        if not fields:
            raise TaskNotFound(task_id)
        return load_task(fields)
