"""ResilientWorker: a Redis error keeps neither a job slot nor a job; the worker keeps polling."""

from __future__ import annotations

import asyncio
import contextlib
from typing import Any

import msgspec
import pytest
from arq.worker import Worker
from redis.exceptions import ConnectionError as RedisConnectionError

from service.config import Settings
from service.models import TaskStatus
from service.storage import TaskStorage
from tests.waiting import until
from tests.worker_support import build_worker, close_worker, running_worker, status_is
from worker.context import WorkerContext

PROJECT = "resilient-proj"


async def started(worker: Worker) -> bool:
    return "worker_id" in worker.ctx


def fail_first_watch(monkeypatch: pytest.MonkeyPatch, worker: Worker) -> None:
    """The next claim arq tries to write fails as if Redis went away (WATCH is only used to claim)."""
    original = worker.pool.pipeline
    left = [1]

    def pipeline(*args: Any, **kwargs: Any) -> Any:
        pipe = original(*args, **kwargs)
        watch = pipe.watch

        async def failing_watch(*names: Any) -> Any:
            if left[0]:
                left[0] -= 1
                raise RedisConnectionError("injected: redis went away")
            return await watch(*names)

        monkeypatch.setattr(pipe, "watch", failing_watch)
        return pipe

    monkeypatch.setattr(worker.pool, "pipeline", pipeline)


async def test_failed_claim_gives_back_its_job_slot(
    settings: Settings, storage: TaskStorage, monkeypatch: pytest.MonkeyPatch
) -> None:
    # one slot: had the failed claim kept it, the task would never start
    async with running_worker(msgspec.structs.replace(settings, worker_concurrency=1)) as worker:
        await until(lambda: started(worker))
        fail_first_watch(monkeypatch, worker)
        task_id = (await storage.create(project_id=PROJECT, task_type="echo", task_data={})).task_id
        task = await until(lambda: status_is(storage, task_id, TaskStatus.COMPLETED), timeout=10)
    assert task is not None and task.attempts == 1


async def test_job_cut_short_runs_again(
    settings: Settings, storage: TaskStorage, monkeypatch: pytest.MonkeyPatch
) -> None:
    async with running_worker(settings) as worker:
        await until(lambda: started(worker))
        finish_job, left = worker.finish_job, [1]

        async def failing_finish(*args: Any) -> None:
            if left[0]:
                left[0] -= 1
                raise RedisConnectionError("injected: redis went away")  # the job ran; arq cannot record it
            await finish_job(*args)

        monkeypatch.setattr(worker, "finish_job", failing_finish)
        task_id = (await storage.create(project_id=PROJECT, task_type="echo", task_data={})).task_id
        # the worker gives its claim up; its own reconciler releases it (two looks, 1.5 s apart) and arq re-runs it
        task = await until(lambda: status_is(storage, task_id, TaskStatus.COMPLETED), timeout=10)
        assert not left[0]
    assert task is not None and task.attempts == 2


async def test_close_while_a_job_finishes_still_shuts_down(settings: Settings, storage: TaskStorage) -> None:
    """arq's close() cancels running jobs and gathers them: one cancelled in its end hook used to raise
    CancelledError out of close(), which then skipped on_shutdown and left the pool open."""
    ending = asyncio.Event()

    async def slow_end(ctx: WorkerContext) -> None:
        ending.set()
        await asyncio.sleep(30)

    await storage.create(project_id=PROJECT, task_type="echo", task_data={})
    worker = build_worker(settings, poll_delay=0.01, after_job_end=slow_end)
    main = asyncio.create_task(worker.main())
    await asyncio.wait_for(ending.wait(), 10)
    main.cancel()
    with contextlib.suppress(asyncio.CancelledError):
        await main
    await close_worker(worker)
    assert worker._pool is None  # close() ran to its end: on_shutdown, then the pool closed
