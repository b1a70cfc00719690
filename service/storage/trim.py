"""Every index entry leaves with its record: a periodic pass trims all the indexes of every project.

A task sits in four indexes (project; project+status; project+type; project+status+type) and moves between
status indexes, but a listing trims only the index it reads: the filtered indexes of a quiet project grew for
ever. The worker's reconcile loop runs this pass instead of adding commands to each task: create.lua records
the project in PROJECTS (one ZADD per task), and the pass walks PROJECTS with a ZSCAN cursor kept in Redis,
trimming each project's indexes by score (exact: a record expires at creation + retention) and dropping the
project, whose index keys are then gone, once nothing of it is retained. One worker at a time runs a pass, at
most one per period (a lock left to expire), and a pass does bounded work.
"""

from __future__ import annotations

import time
from collections.abc import Iterable

from redis.asyncio import Redis

from service.models import TaskStatus
from service.storage import keys
from service.storage.scripts import source

#: Projects fetched per ZSCAN step.
SCAN_BATCH = 100
#: Entries one trim.lua call may remove (~1 ms of Redis), and trim.lua calls one pass may make.
REMOVALS_PER_CALL = 2000
CALLS_PER_PASS = 500


def project_indexes(project_id: str, task_types: Iterable[str]) -> list[str]:
    """Every index key a project can have, the unfiltered one first."""
    statuses = [status.value for status in TaskStatus]
    found = [keys.project_index(project_id), *(keys.project_index(project_id, s) for s in statuses)]
    for task_type in sorted(set(task_types)):
        found.append(keys.project_index(project_id, task_type=task_type))
        found += [keys.project_index(project_id, s, task_type) for s in statuses]
    return found


class IndexTrimmer:
    """Trims the indexes of every project in turn; `run` is called by every worker's reconcile loop."""

    def __init__(self, redis: Redis, *, retention_seconds: int, period_seconds: float) -> None:
        self.redis = redis
        self.retention_seconds = retention_seconds
        self.period_ms = max(int(period_seconds * 1000), 1)
        self._trim = redis.register_script(source("trim"))

    async def run(self, owner: str) -> int | None:
        """A pass, unless another worker ran one within the period (None then); returns the entries removed."""
        if not await self.redis.set(keys.INDEX_TRIM_LOCK, owner, nx=True, px=self.period_ms):
            return None
        cursor = int(await self.redis.get(keys.INDEX_TRIM_CURSOR) or 0)
        removed, calls = 0, 0
        while calls < CALLS_PER_PASS:
            next_cursor, rows = await self.redis.zscan(keys.PROJECTS, cursor, count=SCAN_BATCH)
            for project_id, _ in rows:
                done, n, made = await self.trim(project_id, CALLS_PER_PASS - calls)
                removed, calls = removed + n, calls + made
                if not done:  # out of calls: the next pass starts this batch again
                    return removed
            cursor = int(next_cursor)
            await self.redis.set(keys.INDEX_TRIM_CURSOR, cursor)
            if cursor == 0:
                return removed
        return removed

    async def trim(self, project_id: str, max_calls: int = CALLS_PER_PASS) -> tuple[bool, int, int]:
        """Trim one project in at most `max_calls` script calls: (done, entries removed, calls made)."""
        cutoff_us = int((time.time() - self.retention_seconds) * 1_000_000)
        fields = await self.redis.hkeys(keys.project_metrics(project_id))  # type: ignore[misc]
        task_types = [field.partition(":")[0] for field in fields if ":" in field]
        script_keys = [keys.PROJECTS, *project_indexes(project_id, task_types), keys.project_events(project_id)]
        removed, calls = 0, 0
        while calls < max_calls:
            n, done = await self._trim(keys=script_keys, args=[cutoff_us, project_id, REMOVALS_PER_CALL])
            removed, calls = removed + int(n), calls + 1
            if done:
                return True, removed, calls
        return False, removed, calls
