"""Graceful stop of `python -m worker`: on SIGTERM it takes no new job, lets running ones finish within
SHUTDOWN_GRACE_SECONDS, then hands the rest back so that another worker runs them at once."""

from __future__ import annotations

import signal
import subprocess
from collections.abc import Callable

from redis.asyncio import Redis

from service.models import Task, TaskStatus
from service.storage import TaskStorage, keys
from tests.processes import service_env, worker_process
from tests.waiting import until

PROJECT = "stop-proj"
#: Starting a worker process, and a stopped one's exit after its grace, on a loaded 2-core machine.
SLACK_S = 10.0


async def task_where(storage: TaskStorage, task_id: str, check: Callable[[Task], bool]) -> Task | None:
    task = await storage.get(task_id)
    return task if check(task) else None


async def exited(proc: subprocess.Popen[bytes]) -> bool:
    return proc.poll() is not None


async def submit(storage: TaskStorage, task_data: dict[str, object]) -> str:
    return (await storage.create(project_id=PROJECT, task_type="sleep", task_data=task_data)).task_id


async def test_running_job_finishes_after_sigterm(redis_url: str, storage: TaskStorage) -> None:
    env = service_env(redis_url, "", SHUTDOWN_GRACE_SECONDS="20")
    task_id = await submit(storage, {"seconds": 3})
    with worker_process({**env, "WORKER_CONCURRENCY": "1"}) as proc:
        await until(lambda: task_where(storage, task_id, lambda t: t.status == TaskStatus.PROCESSING), timeout=20)
        queued_behind = await submit(storage, {"seconds": 0})  # waits for the one job slot
        proc.send_signal(signal.SIGTERM)
        done = await until(lambda: task_where(storage, task_id, lambda t: t.is_final), timeout=3 + SLACK_S)
        await until(lambda: exited(proc), timeout=SLACK_S)
    assert done is not None and (done.status, done.attempts) == (TaskStatus.COMPLETED, 1)
    assert proc.returncode == 0
    assert (await storage.get(queued_behind)).status == TaskStatus.QUEUED  # no new job once stopping


async def test_job_past_the_grace_is_handed_back_and_rerun_at_once(
    redis_url: str, storage: TaskStorage, redis: Redis
) -> None:
    grace_s = 5.0
    # production heartbeat and reconcile timings: the dead-worker rescue would take ~26 s, so a prompt re-run
    # can only come from the stopping worker handing its job back
    env = service_env(redis_url, "", SHUTDOWN_GRACE_SECONDS=str(grace_s))
    del env["HEARTBEAT_SECONDS"], env["RECONCILE_INTERVAL_SECONDS"]
    task_id = await submit(storage, {"seconds": 30, "progress_steps": 60})
    with worker_process(env) as stopping:
        await until(lambda: task_where(storage, task_id, lambda t: t.progress > 0), timeout=20)
        with worker_process(env) as other:
            await until(lambda: live_workers(redis, 2), timeout=20)
            at_signal = (await storage.get(task_id)).progress
            stopping.send_signal(signal.SIGTERM)
            # the job keeps running through the grace period (a step is 0.5 s and 1-2 %: 3 steps or more)...
            later = await until(
                lambda: task_where(storage, task_id, lambda t: t.attempts == 1 and t.progress >= at_signal + 4),
                timeout=grace_s,
            )
            # ...then is handed back and run by the other worker as attempt 2
            rerun = await until(lambda: task_where(storage, task_id, lambda t: t.attempts == 2), timeout=SLACK_S)
            await until(lambda: exited(stopping), timeout=SLACK_S)
            assert other.poll() is None
    assert later is not None and rerun is not None
    assert later.status == rerun.status == TaskStatus.PROCESSING
    assert stopping.returncode == 0


async def live_workers(redis: Redis, count: int) -> bool:
    return bool(await redis.zcard(keys.workers("arq:queue")) == count)
