"""kill -9 of a worker process holding tasks (mid-job, and inside each hook): every task ends, counted once.

arq alone re-runs such a job only when its claim expires, the longest job timeout + 10 s (345 s here); the
reconciler of the replacement worker releases the claims of the dead one within seconds (worker.rescue).
"""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest
from redis.asyncio import Redis

from service.config import load_settings
from service.storage import keys
from tests.constants import ADMIN_KEY
from tests.faults_support import Api, assert_counted_once, kill9, module_process, processing, record_figure
from tests.processes import service_env, worker_process
from tests.waiting import until
from worker.heartbeat import STALE_AFTER_BEATS
from worker.rescue import release_bound_s

#: The doomed worker runs this many tasks at once; the rest stay queued behind them.
HELD = 3
QUEUED_BEHIND = 4
SLEEP_S = 3.0
#: Starting the replacement worker, on a loaded 2-core machine.
START_SLACK_S = 5.0
#: A claim arq would let expire only after this long: far past the bound, so only the rescue can pass.
ARQ_CLAIM_AT_LEAST_MS = 60_000


@pytest.fixture(scope="module")
def env(redis_url: str) -> dict[str, str]:
    env = service_env(redis_url, ADMIN_KEY)
    if os.environ.get("FAULT_TIMING") == "defaults":  # measure the production bound (docs/reliability.md)
        del env["HEARTBEAT_SECONDS"], env["RECONCILE_INTERVAL_SECONDS"]
    return env


def rerun_bound_s(env: dict[str, str]) -> float:
    """Kill -> the held jobs run again: the claims' release bound, plus slack for starting the new worker.

    With the tests' HEARTBEAT_SECONDS=0.5 and RECONCILE_INTERVAL_SECONDS=1 the release comes within 4.5 s.
    """
    settings = load_settings(env)
    release = release_bound_s(settings.heartbeat_seconds, settings.reconcile_interval_seconds, STALE_AFTER_BEATS)
    return release + START_SLACK_S


def recovery_bound_s(env: dict[str, str]) -> float:
    """Kill -> every task final: the re-run bound and one more run of the held jobs."""
    return rerun_bound_s(env) + SLEEP_S


async def rerunning(api: Api, task_ids: list[str]) -> bool:
    return all(task["attempts"] == 2 for task in await api.tasks(task_ids))


async def test_worker_killed_mid_job(api: Api, redis: Redis, env: dict[str, str]) -> None:
    project = "faults-mid-job"
    with worker_process({**env, "WORKER_CONCURRENCY": str(HELD)}) as doomed:
        held = [await api.submit(project, "sleep", {"seconds": SLEEP_S}) for _ in range(HELD)]
        behind = [await api.submit(project, "sleep", {"seconds": 0.1}) for _ in range(QUEUED_BEHIND)]
        await until(lambda: processing(api, held), timeout=15, interval=0.02)
        claims_ms = [await redis.pttl(keys.arq_in_progress(task_id)) for task_id in held]
        killed_at = kill9(doomed)
    assert min(claims_ms) > ARQ_CLAIM_AT_LEAST_MS, claims_ms
    assert [task["status"] for task in await api.tasks(behind)] == ["queued"] * QUEUED_BEHIND
    with worker_process(env):
        await until(lambda: rerunning(api, held), timeout=rerun_bound_s(env), interval=0.02)
        record_figure("worker_kill_mid_job_rerun_started", time.monotonic() - killed_at)
        tasks = await api.until_final(held + behind, recovery_bound_s(env))
    record_figure("worker_kill_mid_job_all_final", time.monotonic() - killed_at)
    assert [(task["status"], task["attempts"]) for task in tasks] == [("completed", 2)] * HELD + [
        ("completed", 1)
    ] * QUEUED_BEHIND
    await assert_counted_once(api, project, total=HELD + QUEUED_BEHIND, retried=HELD)


@pytest.mark.parametrize("hook", ["on_job_start", "after_job_end"])
async def test_worker_killed_inside_a_hook(api: Api, env: dict[str, str], tmp_path: Path, hook: str) -> None:
    project = f"faults-{hook.replace('_', '-')}"
    faulty_env = {**env, "WORKER_CONCURRENCY": str(HELD), "FAULT_HOOK": hook, "FAULT_DIR": str(tmp_path)}
    with module_process("tests.faulty_worker", faulty_env) as doomed:
        ids = [await api.submit(project, "sleep", {"seconds": 0.2}) for _ in range(HELD + QUEUED_BEHIND)]
        await until(lambda: _paused(tmp_path, HELD), timeout=15, interval=0.02)
        killed_at = kill9(doomed)
    paused = [task_id for task_id in ids if (tmp_path / f"paused-{task_id}").exists()]
    assert len(paused) == HELD
    with worker_process(env):
        tasks = await api.until_final(ids, recovery_bound_s(env))
    record_figure(f"worker_kill_in_{hook}_all_final", time.monotonic() - killed_at)
    assert all(task["status"] == "completed" and task["result"] == {"slept": 0.2} for task in tasks), tasks
    # killed before recording its start, arq had counted the try: the re-run is attempt 2. Killed after
    # arq finished the job, the reconciler records arq's result: one attempt, nothing re-run.
    rerun = hook == "on_job_start"
    attempts = {task["task_id"]: task["attempts"] for task in tasks}
    assert attempts == {task_id: 2 if rerun and task_id in paused else 1 for task_id in ids}
    await assert_counted_once(api, project, total=len(ids), retried=HELD if rerun else 0)


async def _paused(directory: Path, count: int) -> bool:
    return len(list(directory.glob("paused-*"))) == count
