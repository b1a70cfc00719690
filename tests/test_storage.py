"""TaskStorage against a real Redis: records, indexes, counters and the state machine."""

from __future__ import annotations

import itertools
from typing import Any

import pytest
from redis.asyncio import Redis

from service.models import FINAL, TRANSITIONS, TaskStatus
from service.storage import DuplicateTask, Ending, Identity, MetricsReader, TaskNotFound, TaskStorage, keys

PROJECT = "proj-1"


async def counters(redis: Redis, key: str = keys.METRICS) -> dict[str, int]:
    return {k: int(v) for k, v in (await redis.hgetall(key)).items()}  # type: ignore[misc]


async def make(storage: TaskStorage, **overrides: object) -> str:
    args: dict[str, object] = {"project_id": PROJECT, "task_type": "echo", "task_data": {"n": 1}}
    args.update(overrides)
    return (await storage.create(**args)).task_id  # type: ignore[arg-type]


async def test_create_writes_record_indexes_counters_and_job(storage: TaskStorage, redis: Redis) -> None:
    task_id = await make(storage, metadata={"who": "me"})
    task = await storage.get(task_id)
    assert (task.status, task.task_data, task.metadata, task.attempts) == (
        TaskStatus.QUEUED,
        {"n": 1},
        {"who": "me"},
        0,
    )
    assert await redis.zscore(storage.queue_name, task_id) is not None
    assert await redis.exists(keys.arq_job(task_id))
    for index in (
        keys.project_index(PROJECT),
        keys.project_index(PROJECT, TaskStatus.QUEUED),
        keys.project_index(PROJECT, task_type="echo"),
        keys.project_index(PROJECT, TaskStatus.QUEUED, "echo"),
    ):
        assert await redis.zrange(index, 0, -1) == [task_id]
    expected = {"total_tasks": 1, "queued_tasks": 1, "echo:total_tasks": 1, "echo:queued_tasks": 1}
    assert await counters(redis) == expected
    assert await counters(redis, keys.project_metrics(PROJECT)) == expected
    ttl_ms = await redis.pttl(keys.task(task_id))
    assert 0 < ttl_ms <= storage.retention_seconds * 1000


async def test_duplicate_id_is_refused_and_changes_nothing(storage: TaskStorage, redis: Redis) -> None:
    task_id = await make(storage)
    before = await counters(redis)
    with pytest.raises(DuplicateTask):
        await make(storage, task_id=task_id, task_data={"other": True})
    assert await counters(redis) == before
    assert (await storage.get(task_id)).task_data == {"n": 1}


async def test_unknown_task(storage: TaskStorage) -> None:
    with pytest.raises(TaskNotFound):
        await storage.get("00000000-0000-4000-8000-000000000000")
    with pytest.raises(TaskNotFound):
        await storage.cancel("00000000-0000-4000-8000-000000000000")


async def force(storage: TaskStorage, task_id: str, status: TaskStatus) -> None:
    """Walk a fresh task to `status` along allowed edges."""
    if status is TaskStatus.QUEUED:
        return
    if status is not TaskStatus.CANCELLED:
        assert (await storage.start(task_id, 1)).applied
    if status is not TaskStatus.PROCESSING:
        assert (await move(storage, task_id, status, attempt=1)).applied


async def move(storage: TaskStorage, task_id: str, to: TaskStatus, *, attempt: int = 0, **ending: Any) -> Any:
    """The storage operation that moves a task to `to`: a worker's start or end of `attempt` (> 0), else the
    reconciler's verdict."""
    if to is TaskStatus.PROCESSING:
        return await storage.start(task_id, attempt)
    if attempt:
        return await storage.finish(task_id, attempt, Ending(to, **ending))
    return await storage.finalise_orphan(task_id, Ending(to, **ending))


@pytest.mark.parametrize(("start", "to"), list(itertools.product(TaskStatus, TRANSITIONS)))
async def test_state_machine(storage: TaskStorage, redis: Redis, start: TaskStatus, to: TaskStatus) -> None:
    task_id = await make(storage)
    await force(storage, task_id, start)
    before = await counters(redis)
    result = await move(storage, task_id, to, attempt=2 if to is TaskStatus.PROCESSING else 0)
    allowed = start in TRANSITIONS[to]
    assert result.applied is allowed
    assert result.task.status is (to if allowed else start)
    after = await counters(redis)
    if not allowed:
        assert after == before
        return
    changed = {k for k in after if after[k] != before.get(k, 0)}
    if start is not to:
        assert after[f"{to}_tasks"] == before.get(f"{to}_tasks", 0) + 1
        assert after[f"{start}_tasks"] == before[f"{start}_tasks"] - 1
    if to is TaskStatus.PROCESSING:
        assert after["retried_tasks"] == before.get("retried_tasks", 0) + 1
    assert all(not k.startswith(("total", "echo:total")) for k in changed)
    assert await redis.zrange(keys.project_index(PROJECT, to), 0, -1) == [task_id]
    if start is not to:
        assert await redis.zcard(keys.project_index(PROJECT, start)) == 0


async def test_final_states_are_never_left(storage: TaskStorage, redis: Redis) -> None:
    for final in FINAL:
        task_id = await make(storage)
        await force(storage, task_id, final)
        before = (await counters(redis), await storage.get(task_id))
        for to in TRANSITIONS:
            assert not (await move(storage, task_id, to, attempt=9)).applied
        assert (await counters(redis), await storage.get(task_id)) == before


async def test_repeated_and_stale_hooks_change_nothing(storage: TaskStorage, redis: Redis) -> None:
    task_id = await make(storage)
    assert (await storage.start(task_id, 1)).applied
    assert (await storage.start(task_id, 2)).applied
    snapshot = await counters(redis)
    assert not (await storage.start(task_id, 2)).applied  # repeated start
    assert not (await storage.start(task_id, 1)).applied  # late start
    assert not (await storage.finish(task_id, 1, Ending(TaskStatus.COMPLETED))).applied  # end of an old try
    assert await counters(redis) == snapshot
    task = await storage.get(task_id)
    assert (task.status, task.attempts, snapshot["retried_tasks"]) == (TaskStatus.PROCESSING, 2, 1)


async def test_cancel_asks_arq_to_abort(storage: TaskStorage, redis: Redis) -> None:
    task_id = await make(storage)
    assert (await storage.cancel(task_id)).applied
    assert await redis.zscore(keys.ARQ_ABORT, task_id) is not None
    assert await redis.zcard(keys.ACTIVE_TASKS) == 0


async def test_webhook_job_only_for_tasks_with_a_callback(storage: TaskStorage, redis: Redis) -> None:
    plain = await make(storage)
    hooked = await make(storage, callback_url="http://127.0.0.1:9/hook")
    for task_id in (plain, hooked):
        await storage.finalise_orphan(task_id, Ending(TaskStatus.CANCELLED))
    assert not await redis.exists(keys.arq_job(keys.webhook_job_id(plain)))
    assert await redis.exists(keys.arq_job(keys.webhook_job_id(hooked)))
    assert await redis.zscore(storage.queue_name, keys.webhook_job_id(hooked)) is not None
    webhook = (await storage.get(hooked)).webhook
    assert webhook is not None and webhook.state == "pending"


async def test_progress_only_while_processing(storage: TaskStorage) -> None:
    task_id = await make(storage)
    assert not await storage.progress(task_id, 40)
    await storage.start(task_id, 1)
    assert await storage.progress(task_id, 140)
    assert (await storage.get(task_id)).progress == 100
    await storage.finish(task_id, 1, Ending(TaskStatus.FAILED))
    assert not await storage.progress(task_id, 10)
    assert not await storage.progress("00000000-0000-4000-8000-000000000000", 10)


async def test_pages_walk_every_task_once_in_creation_order(storage: TaskStorage) -> None:
    created = [await make(storage, task_type="sleep" if i % 3 else "echo") for i in range(125)]
    for order, expected in (("asc", created), ("desc", created[::-1])):
        seen: list[str] = []
        for offset in range(0, 125, 20):
            page = await storage.page(PROJECT, offset=offset, limit=20, order=order)  # type: ignore[arg-type]
            assert page.total == 125
            seen += [task.task_id for task in page.tasks]
        assert seen == expected
    echo = await storage.page(PROJECT, task_type="echo", limit=200)
    assert echo.total == 42 == len(echo.tasks)
    await storage.finalise_orphan(created[0], Ending(TaskStatus.CANCELLED))
    cancelled_echo = await storage.page(PROJECT, status=TaskStatus.CANCELLED, task_type="echo")
    assert [t.task_id for t in cancelled_echo.tasks] == [created[0]] and cancelled_echo.total == 1
    assert (await storage.page(PROJECT, status=TaskStatus.QUEUED)).total == 124
    assert (await storage.page("other-project")).total == 0


async def test_expired_entries_are_trimmed_from_totals(storage: TaskStorage, redis: Redis) -> None:
    live = await make(storage)
    index = keys.project_index(PROJECT)
    ancient_us = 1_000_000  # 1970: long past any retention
    await redis.zadd(index, {"expired-task-id": ancient_us})
    await redis.zadd(keys.project_index(PROJECT, TaskStatus.QUEUED), {"expired-task-id": ancient_us})
    page = await storage.page(PROJECT)
    assert (page.total, [t.task_id for t in page.tasks]) == (1, [live])
    assert (await storage.page(PROJECT, status=TaskStatus.QUEUED)).total == 1
    assert await redis.zscore(index, "expired-task-id") is None


async def test_metrics_report(storage: TaskStorage, metrics_reader: MetricsReader) -> None:
    ids = [await make(storage) for _ in range(4)]
    for task_id, final in zip(ids, (TaskStatus.COMPLETED, TaskStatus.COMPLETED, TaskStatus.FAILED), strict=False):
        await storage.start(task_id, 1)
        await storage.finish(task_id, 1, Ending(final, duration_us=3000))
    report = await metrics_reader.report()
    m = report.metrics
    assert (m.total_tasks, m.completed_tasks, m.failed_tasks, m.queued_tasks, m.processing_tasks) == (4, 2, 1, 1, 0)
    assert m.success_rate == pytest.approx(2 / 3, abs=1e-5) and m.avg_duration_ms == 3.0
    assert report.by_task_type["echo"].total_tasks == 4
    assert report.queues[storage.queue_name].depth == 4
    assert (await metrics_reader.report("nobody")).metrics.total_tasks == 0


async def test_known_and_derived_identity_write_the_same_keys(storage: TaskStorage, redis: Redis) -> None:
    """finish() with the caller's identity (the end hook's) and without it (read first) change the same keys."""
    snapshots = []
    for known in (True, False):
        await redis.flushdb()
        task_id = await make(storage, task_id="00000000-0000-4000-8000-000000000001")
        await storage.start(task_id, 1)
        identity = Identity.of(await storage.get(task_id)) if known else None
        await storage.finish(task_id, 1, Ending(TaskStatus.COMPLETED, duration_us=10), identity)
        state = {}
        for key in await redis.keys("*"):
            if key.startswith(("project_tasks:", "project_metrics:", "task_metrics")):
                kind = await redis.type(key)
                state[key] = await (redis.zrange(key, 0, -1) if kind == "zset" else redis.hgetall(key))  # type: ignore[misc]
        # the queue wait (creation to start) is a measured time, different in each run
        state[keys.METRICS] = {k: v for k, v in state[keys.METRICS].items() if ":wait_" not in k}
        snapshots.append(state)
    assert snapshots[0] == snapshots[1]
    assert snapshots[0][keys.project_index(PROJECT, TaskStatus.COMPLETED, "echo")] == [task_id]
