"""A record that expires before its task ends: refused at start-up when the retention is too short, and if
it happens anyway (a long queue wait), the end hook still counts the outcome and takes the task off the gauges.
"""

from __future__ import annotations

import asyncio

import pytest
from redis.asyncio import Redis

from service.config import Settings, load_settings
from service.models import TaskStatus
from service.setting_values import SettingsError
from service.storage import Ending, TaskStorage, keys
from tests.waiting import until
from tests.worker_support import counters, run_burst, status_is
from worker import __main__ as entry
from worker import settings as worker_settings
from worker.settings import check_retention, min_retention_seconds

PROJECT = "expiry-proj"


def test_default_retention_covers_every_try() -> None:
    settings = load_settings({})
    # 5 tries x (sleep's 330 s + arq's 5 s margin + 26 s to rescue a dead worker's claim + 1 s retry delay)
    assert min_retention_seconds(settings) == 5 * (330 + 5 + 26 + 1)
    check_retention(settings)


def test_a_short_retention_is_fine_for_short_jobs() -> None:
    env = {"TASK_RETENTION_SECONDS": "60", "MAX_TRIES": "1", "JOB_TIMEOUT_SECONDS": "20"}
    check_retention(load_settings({**env, "ENABLE_DIAGNOSTIC_TASKS": "false"}))
    with pytest.raises(SettingsError, match="TASK_RETENTION_SECONDS=60"):
        check_retention(load_settings(env))  # sleep's own 330 s limit counts


def test_short_retention_stops_the_entry_point(
    environment: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    environment.setenv("TASK_RETENTION_SECONDS", "60")
    environment.setenv("REDIS_URL", "redis://127.0.0.1:9/0")  # never reached: refused before connecting
    assert entry.main() == 2
    err = capsys.readouterr().err
    assert all(name in err for name in ("TASK_RETENTION_SECONDS", "MAX_TRIES", "JOB_TIMEOUT_SECONDS")), err
    with pytest.raises(SettingsError):
        worker_settings.worker_settings_class(load_settings())  # `arq worker.WorkerSettings` refuses it too


async def processing(storage: TaskStorage, task_id: str) -> bool:
    return await status_is(storage, task_id, TaskStatus.PROCESSING) is not None


@pytest.mark.parametrize(("fail", "outcome"), [(False, "completed"), (True, "failed")])
async def test_record_gone_mid_job_is_still_counted(
    settings: Settings, storage: TaskStorage, redis: Redis, fail: bool, outcome: str
) -> None:
    task_data = {"seconds": 1.0, "fail": fail}
    task_id = (await storage.create(project_id=PROJECT, task_type="sleep", task_data=task_data)).task_id
    burst = asyncio.create_task(run_burst(settings))
    await until(lambda: processing(storage, task_id), timeout=15)
    await redis.delete(keys.task(task_id))  # as its expiry would, while the job runs
    await asyncio.wait_for(burst, 30)
    for scope in (keys.METRICS, keys.project_metrics(PROJECT)):
        figures = await counters(redis, scope)
        for prefix in ("", "sleep:"):
            assert figures.get(f"{prefix}processing_tasks") == 0, (scope, figures)
            assert figures.get(f"{prefix}queued_tasks") == 0, (scope, figures)
            assert figures.get(f"{prefix}{outcome}_tasks") == 1, (scope, figures)
            assert figures.get(f"{prefix}duration_count") == 1, (scope, figures)
    assert await redis.zscore(keys.ACTIVE_TASKS, task_id) is None
    assert not await redis.exists(keys.task(task_id))  # nothing is written back to a gone record
    assert await redis.zscore(keys.project_index(PROJECT, TaskStatus.PROCESSING), task_id) is None


async def test_settled_once_however_often_the_end_runs(settings: Settings, storage: TaskStorage, redis: Redis) -> None:
    task_id = (await storage.create(project_id=PROJECT, task_type="sleep", task_data={"seconds": 0})).task_id
    await storage.start(task_id, 1)
    identity = await storage.identity(task_id)
    await redis.delete(keys.task(task_id))
    for _ in range(3):
        with pytest.raises(LookupError):
            await storage.finish(task_id, 1, Ending(TaskStatus.COMPLETED, duration_us=5), identity)
    figures = await counters(redis)
    assert (figures["processing_tasks"], figures["completed_tasks"], figures["duration_count"]) == (0, 1, 1)
