"""Queries for the worker's reconciler: active tasks whose arq job ended without hooks, and arq's result of them."""

from __future__ import annotations

from collections.abc import Sequence

from redis.asyncio import Redis

from service.storage import keys


async def active_before(
    redis: Redis, created_before_us: int, *, after_us: float | None = None, limit: int
) -> list[tuple[str, float]]:
    """Queued/processing task ids created before the cutoff (and after `after_us`), oldest first, with their score."""
    low = "-inf" if after_us is None else f"({int(after_us)}"
    rows = await redis.zrangebyscore(keys.ACTIVE_TASKS, low, created_before_us, start=0, num=limit, withscores=True)
    return [(_text(task_id), float(score)) for task_id, score in rows]


async def jobs_gone(arq_redis: Redis, task_ids: Sequence[str]) -> list[str]:
    """Those of `task_ids` whose arq job key and in-progress key are both gone, each read atomically."""
    async with arq_redis.pipeline(transaction=True) as pipe:
        for task_id in task_ids:
            pipe.exists(keys.arq_job(task_id), keys.arq_in_progress(task_id))
        counts = await pipe.execute()
    return [task_id for task_id, count in zip(task_ids, counts, strict=True) if count == 0]


async def job_result(arq_redis: Redis, task_id: str) -> bytes | None:
    """arq's serialized result of a task's job (needs a client without decode_responses)."""
    raw = await arq_redis.get(keys.arq_result(task_id))
    return None if raw is None else bytes(raw)


async def forget_active(redis: Redis, task_id: str) -> None:
    """Drop a task whose record has expired from the active set."""
    await redis.zrem(keys.ACTIVE_TASKS, task_id)


def _text(value: str | bytes) -> str:
    return value.decode() if isinstance(value, bytes) else value
