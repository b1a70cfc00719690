"""WorkerSettings from the environment, the process entry points, and the heartbeat."""

from __future__ import annotations

import json
import logging
import sys

import pytest
from arq.connections import RedisSettings
from arq.utils import import_string
from arq.worker import Function, create_worker
from redis.asyncio import Redis

from service.config import Settings, load_settings
from service.logs import JsonFormatter
from service.models import TaskStatus
from service.storage import MetricsReader, TaskStorage, keys
from service.storage.client import LeanConnectionPool
from tests.processes import service_env, worker_process
from tests.waiting import until
from tests.worker_support import running_worker, status_is
from worker import __main__ as entry
from worker import settings as worker_settings
from worker.hooks import after_job_end, on_job_start
from worker.tasks.runner import ARQ_TIMEOUT_MARGIN_SECONDS


def functions_of(settings_class: type) -> dict[str, Function]:
    return {f.name: f for f in settings_class.functions}  # type: ignore[attr-defined]


def test_worker_settings_follow_the_environment(environment: pytest.MonkeyPatch) -> None:
    environment.setenv("QUEUE_NAME", "jobs:q")
    environment.setenv("WORKER_CONCURRENCY", "7")
    environment.setenv("JOB_TIMEOUT_SECONDS", "20")
    environment.setenv("RECONCILE_INTERVAL_SECONDS", "30")
    environment.setenv("POLL_DELAY_SECONDS", "0.2")
    cls = import_string("worker.settings.WorkerSettings")
    assert import_string("worker.WorkerSettings") is cls
    assert (cls.queue_name, cls.max_jobs, cls.job_timeout, cls.max_tries, cls.poll_delay) == ("jobs:q", 7, 20.0, 5, 0.2)
    assert cls.allow_abort_jobs is True and cls.keep_result >= 5 * 30
    assert (cls.on_job_start, cls.after_job_end) == (on_job_start, after_job_end)
    assert callable(cls.on_startup) and callable(cls.on_shutdown)
    functions = functions_of(cls)
    assert set(functions) == {"evaluate_department", "echo", "sleep", "deliver_webhook"}
    assert functions["evaluate_department"].timeout_s == 20 + ARQ_TIMEOUT_MARGIN_SECONDS
    assert functions["sleep"].timeout_s is not None and functions["sleep"].timeout_s > 300 + ARQ_TIMEOUT_MARGIN_SECONDS
    assert all(functions[name].max_tries == 5 for name in ("evaluate_department", "echo", "sleep"))


def test_diagnostic_tasks_can_be_turned_off(environment: pytest.MonkeyPatch) -> None:
    environment.setenv("ENABLE_DIAGNOSTIC_TASKS", "false")
    cls = worker_settings.worker_settings_class(load_settings())
    assert set(functions_of(cls)) == {"evaluate_department", "deliver_webhook"}


async def test_arq_builds_a_worker_from_the_class(settings: Settings) -> None:
    worker = create_worker(worker_settings.worker_settings_class(settings), handle_signals=False)
    assert worker.queue_name == settings.queue_name and worker.allow_abort_jobs
    kwargs, dsn = worker.pool.connection_pool.connection_kwargs, RedisSettings.from_dsn(settings.redis_url)
    assert (kwargs["host"], kwargs["port"]) == (dsn.host, dsn.port)
    assert isinstance(worker.pool.connection_pool, LeanConnectionPool)


def test_bad_environment_stops_the_entry_point(
    environment: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    environment.setenv("MAX_TRIES", "0")
    assert entry.main() == 2
    assert "MAX_TRIES" in capsys.readouterr().err


async def test_heartbeat_registers_the_worker(settings: Settings, metrics_reader: MetricsReader, redis: Redis) -> None:
    async def live_workers() -> int:
        return (await metrics_reader.queues())[settings.queue_name].workers

    async with running_worker(settings) as worker:
        assert await until(live_workers) == 1
        worker_id = (await redis.zrange(keys.workers(settings.queue_name), 0, -1))[0]
        assert worker_id == worker.ctx["worker_id"]
        first = await redis.zscore(keys.workers(settings.queue_name), worker_id)
        # it keeps beating, not just once at start-up
        await until(lambda: _beat_after(redis, settings.queue_name, worker_id, first))
    assert await live_workers() == 0


async def _beat_after(redis: Redis, queue: str, worker_id: str, first: float | None) -> bool:
    score = await redis.zscore(keys.workers(queue), worker_id)
    return score is not None and first is not None and score > first


async def test_python_m_worker_runs_tasks(redis_url: str, storage: TaskStorage) -> None:
    task_id = (await storage.create(project_id="p-main", task_type="echo", task_data={"hi": 1})).task_id
    with worker_process(service_env(redis_url, "")) as proc:
        done = await until(lambda: status_is(storage, task_id, TaskStatus.COMPLETED), timeout=20)
        assert proc.poll() is None
    assert done is not None and done.result == {"echo": {"hi": 1}}
    assert proc.returncode == 0  # SIGTERM is a clean stop


def test_json_log_lines() -> None:
    try:
        raise ValueError("boom")
    except ValueError:
        record = logging.LogRecord("worker.x", logging.ERROR, __file__, 1, "task %s failed", ("t-1",), sys.exc_info())
    line = json.loads(JsonFormatter().format(record))
    assert (line["level"], line["logger"], line["message"]) == ("ERROR", "worker.x", "task t-1 failed")
    assert "ValueError: boom" in line["exception"]
