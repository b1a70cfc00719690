"""Queries for the worker's reconciler: active tasks whose arq job ended without hooks, and arq's result of them."""

from __future__ import annotations

from collections.abc import Sequence

from redis.asyncio import Redis

from service.storage import keys
from service.storage.codec import text


async def active_before(
    redis: Redis, created_before_us: int, *, after_us: float | None = None, limit: int
) -> list[tuple[str, float]]:
    """Queued/processing task ids created before the cutoff (and after `after_us`), oldest first, with their score."""
    low = "-inf" if after_us is None else f"({int(after_us)}"
    rows = await redis.zrangebyscore(keys.ACTIVE_TASKS, low, created_before_us, start=0, num=limit, withscores=True)
    return [(text(task_id), float(score)) for task_id, score in rows]


async def jobs_gone(arq_redis: Redis, queue_names: Sequence[str], task_ids: Sequence[str]) -> list[str]:
    """Those of `task_ids` whose arq job is over: out of the queues, and job key and in-progress key both gone.

    A job stays in arq's queue while it waits and while it runs; arq removes the entry when it ends the job or
    gives up on it (writing a result), so the ids still queued (one ZMSCORE per queue for the batch) need no more
    look: in a backlog that is nearly all of them, which one EXISTS per task per pass read again and again. A job
    in a queue not named here (a type this process does not know) still has its job key: never taken for gone.
    """
    left = list(task_ids)
    for queue_name in queue_names:
        scores = await arq_redis.zmscore(queue_name, left) if left else []
        left = [task_id for task_id, score in zip(left, scores, strict=True) if score is None]
    if not left:
        return []
    async with arq_redis.pipeline(transaction=True) as pipe:
        for task_id in left:
            pipe.exists(keys.arq_job(task_id), keys.arq_in_progress(task_id))
        counts = await pipe.execute()
    return [task_id for task_id, count in zip(left, counts, strict=True) if count == 0]


async def job_result(arq_redis: Redis, task_id: str) -> bytes | None:
    """arq's serialized result of a task's job (needs a client without decode_responses)."""
    raw = await arq_redis.get(keys.arq_result(task_id))
    return None if raw is None else bytes(raw)


async def forget_active(redis: Redis, task_id: str) -> None:
    """Drop a task whose record has expired from the active set."""
    await redis.zrem(keys.ACTIVE_TASKS, task_id)
