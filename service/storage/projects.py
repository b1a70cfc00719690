"""The projects that have retained tasks, most recently active first, with their tasks counted by status.

PROJECTS scores each project by its last task creation (ms); a project whose last creation is older than the
retention has no task left (a record expires at its creation + retention), so the listing leaves it out before the
trim pass (trim.py) removes it. Counts are ZCOUNTs of the project's indexes from the retention cutoff: exact
whether or not the pass has trimmed them yet. A page costs two round trips: the page of projects, then every count.
"""

from __future__ import annotations

from collections.abc import Collection
from datetime import UTC, datetime, timedelta

import msgspec
from redis.asyncio import Redis

from service.models import TaskStatus
from service.storage import keys
from service.storage.codec import stamp

_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)


class ProjectSummary(msgspec.Struct, kw_only=True, frozen=True):
    project_id: str
    total_tasks: int
    queued_tasks: int
    processing_tasks: int
    completed_tasks: int
    failed_tasks: int
    cancelled_tasks: int
    #: the project's last task creation, RFC 3339 UTC
    last_activity_at: str


class ProjectPage(msgspec.Struct, frozen=True):
    projects: list[ProjectSummary]
    #: projects with retained tasks (of those given, when the listing is limited to some)
    total: int


class ProjectReader:
    def __init__(self, redis: Redis, *, retention_seconds: int) -> None:
        self.redis = redis
        self.retention_seconds = retention_seconds

    async def page(self, offset: int, limit: int, only: Collection[str] | None = None) -> ProjectPage:
        """Projects `offset`..`offset + limit` by last activity, newest first; `only` restricts them to those."""
        cutoff_us = stamp().us - self.retention_seconds * 1_000_000
        cutoff_ms = cutoff_us // 1000  # the ms of the cutoff: a project created in it may still hold a task
        if only is None:
            total, rows = await self._all(cutoff_ms, offset, limit)
        else:
            total, rows = await self._among(sorted(only), cutoff_ms, offset, limit)
        return ProjectPage(await self._summaries(rows, cutoff_us), total)

    async def _all(self, cutoff_ms: int, offset: int, limit: int) -> tuple[int, list[tuple[str, float]]]:
        async with self.redis.pipeline(transaction=True) as pipe:
            pipe.zcount(keys.PROJECTS, cutoff_ms, "+inf")
            pipe.zrevrange(keys.PROJECTS, offset, offset + limit - 1, withscores=True)
            total, rows = await pipe.execute()
        # newest first: the retained projects are a prefix of the ranking
        return int(total), [(project, score) for project, score in rows if score >= cutoff_ms]

    async def _among(
        self, projects: list[str], cutoff_ms: int, offset: int, limit: int
    ) -> tuple[int, list[tuple[str, float]]]:
        scores = await self.redis.zmscore(keys.PROJECTS, projects) if projects else []
        found = [(p, s) for p, s in zip(projects, scores, strict=True) if s is not None and s >= cutoff_ms]
        found.sort(key=lambda row: (row[1], row[0]), reverse=True)  # as ZREVRANGE orders ties
        return len(found), found[offset : offset + limit]

    async def _summaries(self, rows: list[tuple[str, float]], cutoff_us: int) -> list[ProjectSummary]:
        statuses = list(TaskStatus)
        async with self.redis.pipeline(transaction=True) as pipe:
            for project_id, _ in rows:
                for status in (None, *statuses):
                    pipe.zcount(keys.project_index(project_id, status), cutoff_us, "+inf")
            counts = [int(n) for n in await pipe.execute()]
        summaries = []
        for i, (project_id, score) in enumerate(rows):
            total, *by_status = counts[i * (len(statuses) + 1) : (i + 1) * (len(statuses) + 1)]
            per_status = {f"{status.value}_tasks": n for status, n in zip(statuses, by_status, strict=True)}
            when = (_EPOCH + timedelta(milliseconds=int(score))).strftime("%Y-%m-%dT%H:%M:%S.%fZ")
            summaries.append(
                ProjectSummary(project_id=project_id, total_tasks=total, last_activity_at=when, **per_status)
            )
        return summaries
