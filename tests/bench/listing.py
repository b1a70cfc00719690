"""Listing latency against one project of growing size, filled straight into Redis (records and indexes)."""

from __future__ import annotations

import time
from collections import defaultdict

from redis.asyncio import Redis

from service.models import Task, TaskStatus
from service.storage import keys
from service.storage.codec import rfc3339, task_fields

CHUNK = 2_000
#: Every tenth task failed, the rest completed; the types alternate: the filters select 10 % and 50 %.
FAILED_EVERY = 10
TYPES = ("echo", "sleep")
SPACING_US = 10_000


def queries(project: str, size: int, limit: int = 50) -> dict[str, str]:
    """Path of each listing query, by the name its rows carry."""
    base = f"/api/v1/projects/{project}/tasks?limit={limit}"
    return {
        "first page": base,
        "deep page": f"{base}&offset={size * 9 // 10}",
        "status filter": f"{base}&status={TaskStatus.FAILED.value}",
        "type filter": f"{base}&task_type={TYPES[1]}",
    }


def _record(project: str, index: int, created_us: int) -> tuple[Task, dict[str, str]]:
    """A finished task as the worker leaves it: its record's fields."""
    stamp = rfc3339(created_us / 1e6)
    failed = index % FAILED_EVERY == FAILED_EVERY - 1
    task = Task(
        task_id=f"00000000-0000-4000-8000-{index:012d}",
        project_id=project,
        task_type=TYPES[index % 2],
        status=TaskStatus.FAILED if failed else TaskStatus.COMPLETED,
        task_data={"n": index},
        attempts=1,
        created_at=stamp,
        updated_at=stamp,
    )
    extra = {"error": "failed on purpose"} if failed else {"result": f'{{"echo":{{"n":{index}}}}}', "progress": "100"}
    return task, {**task_fields(task), "started_at": stamp, "completed_at": stamp, **extra}


async def fill(redis: Redis, project: str, start: int, stop: int, retention_s: int) -> list[str]:
    """Write tasks start..stop-1 of the project with their index entries; their ids."""
    origin_us = int((time.time() - retention_s / 2) * 1e6)  # well inside the retention: nothing is trimmed
    expire_ms = int(time.time() * 1000) + retention_s * 500
    ids = []
    for chunk in range(start, stop, CHUNK):
        pipe = redis.pipeline(transaction=False)
        indexes: defaultdict[str, dict[str, int]] = defaultdict(dict)
        for index in range(chunk, min(chunk + CHUNK, stop)):
            score = origin_us + index * SPACING_US
            task, fields = _record(project, index, score)
            pipe.hset(keys.task(task.task_id), mapping=fields)
            pipe.pexpireat(keys.task(task.task_id), expire_ms)
            for key in _index_keys(task):
                indexes[key][task.task_id] = score
            ids.append(task.task_id)
        for key, members in indexes.items():
            pipe.zadd(key, members)
        await pipe.execute()
    return ids


def _index_keys(task: Task) -> list[str]:
    project, status, task_type = task.project_id, task.status.value, task.task_type
    return [
        keys.project_index(project),
        keys.project_index(project, status),
        keys.project_index(project, task_type=task_type),
        keys.project_index(project, status, task_type),
    ]
