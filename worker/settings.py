"""arq settings for this worker: `WorkerSettings` from the environment, `worker_options` for embedding."""

from __future__ import annotations

import functools
from collections.abc import Mapping
from typing import Any

from arq.connections import ArqRedis
from arq.worker import Function

from service.config import Settings, load_settings
from service.setting_values import SettingsError
from service.storage.client import CONNECT_TIMEOUT_SECONDS, SOCKET_TIMEOUT_SECONDS, lean_pool
from worker.heartbeat import STALE_AFTER_BEATS
from worker.hooks import after_job_end, on_job_start
from worker.lifecycle import on_shutdown, startup_hook
from worker.rescue import release_bound_s
from worker.served import served_queues, task_specs
from worker.tasks.runner import ARQ_TIMEOUT_MARGIN_SECONDS, START_RETRY_DEFER_SECONDS, TaskSpec, job_function
from worker.webhooks import webhook_function

#: arq keeps job results at least this long; the reconciler reads them, so they outlive several of its passes.
MIN_KEEP_RESULT_SECONDS = 60.0
RECONCILE_PASSES_KEPT = 5
#: How often arq refreshes its own health-check key (`arq --check`).
HEALTH_CHECK_SECONDS = 30.0


def job_functions(settings: Settings, *, timeouts: Mapping[str, float] | None = None) -> list[Function]:
    """One arq function per served task type, named by the type, plus webhook delivery ("deliver_webhook")."""
    specs = task_specs(settings, timeouts=timeouts)
    tasks = [job_function(spec, max_tries=spec.max_tries or settings.max_tries) for spec in specs]
    return [*tasks, webhook_function()]


def _active_bound(spec: TaskSpec, settings: Settings) -> float:
    """How long a task of this type may stay active once started (see min_retention_seconds)."""
    rescue = release_bound_s(settings.heartbeat_seconds, settings.reconcile_interval_seconds, STALE_AFTER_BEATS)
    tries = spec.max_tries or settings.max_tries
    return tries * (spec.timeout_seconds + ARQ_TIMEOUT_MARGIN_SECONDS + rescue + START_RETRY_DEFER_SECONDS)


def min_retention_seconds(settings: Settings, *, timeouts: Mapping[str, float] | None = None) -> float:
    """The shortest TASK_RETENTION_SECONDS under which no record can expire while its job may still run.

    Each of a type's tries (MAX_TRIES, or its own) may last its whole arq time limit (its limit plus arq's margin),
    then wait for the rescue of its claim when its worker died (release_bound_s) and for a retry's deferral; the
    type for which that is longest decides. Time spent waiting in the queue is not bounded and not counted: the
    hooks settle a record that expires anyway. A deferred task's record (and job) is kept the retention after it
    is due (submit.create_args), so its deferral counts from then and this bound holds for it as well.
    """
    return max(_active_bound(spec, settings) for spec in task_specs(settings, timeouts=timeouts))


def check_retention(settings: Settings, *, timeouts: Mapping[str, float] | None = None) -> None:
    """SettingsError when a task record could expire before its job's last try has ended."""
    specs = task_specs(settings, timeouts=timeouts)
    longest = max(specs, key=lambda spec: _active_bound(spec, settings))
    needed = _active_bound(longest, settings)
    if settings.task_retention_seconds < needed:
        raise SettingsError(
            f"TASK_RETENTION_SECONDS={settings.task_retention_seconds} is shorter than a task may stay active: "
            f"{longest.max_tries or settings.max_tries} tries (MAX_TRIES, or the type's own) of {longest.name}'s "
            f"time limit ({longest.timeout_seconds:g} s: JOB_TIMEOUT_SECONDS, or the type's own) plus the rescue of "
            f"a dead worker's claim (HEARTBEAT_SECONDS, RECONCILE_INTERVAL_SECONDS) need at least {needed:.0f} s"
        )


def arq_client(settings: Settings) -> ArqRedis:
    """arq's client on the storage module's lean pool: the default pool's per-checkout lock and probe, and
    redis-py's Python packer, cost ~13 % of a worker's CPU (profiled). Bytes replies, as arq expects.
    Bounded like the storage client (REDIS_MAX_CONNECTIONS; commands beyond it wait), with the same timeouts: arq
    sends no blocking command, and a master that froze must not hang the worker (Sentinel replaces it)."""
    pool = lean_pool(
        settings.redis_target(),
        wait_timeout=settings.redis_wait_seconds,
        idle_seconds=settings.redis_idle_seconds,
        max_connections=settings.redis_max_connections,
        client_name="worker-arq",
        socket_connect_timeout=CONNECT_TIMEOUT_SECONDS,
        socket_timeout=SOCKET_TIMEOUT_SECONDS,
    )
    return ArqRedis(pool)


def keep_result_seconds(settings: Settings) -> float:
    return max(MIN_KEEP_RESULT_SECONDS, RECONCILE_PASSES_KEPT * settings.reconcile_interval_seconds)


def worker_options(settings: Settings, *, timeouts: Mapping[str, float] | None = None) -> dict[str, Any]:
    """arq Worker keyword arguments for these settings; SettingsError when the retention is too short for them."""
    check_retention(settings, timeouts=timeouts)
    return {
        "functions": job_functions(settings, timeouts=timeouts),
        "redis_pool": arq_client(settings),
        "queue_name": settings.queue_name,
        "max_jobs": settings.worker_concurrency,
        "job_timeout": settings.job_timeout_seconds,
        "max_tries": settings.max_tries,
        "poll_delay": settings.poll_delay_seconds,
        "allow_abort_jobs": True,
        # on SIGTERM/SIGINT arq stops taking jobs, waits this long for running ones, then cancels the rest; a
        # cancelled job's claim is deleted at once (arq's finish_job), so another worker re-runs it now
        "job_completion_wait": settings.shutdown_grace_seconds,
        "keep_result": keep_result_seconds(settings),
        "health_check_interval": HEALTH_CHECK_SECONDS,
        "on_startup": startup_hook(settings),
        "on_shutdown": on_shutdown,
        "on_job_start": on_job_start,
        "after_job_end": after_job_end,
    }


def worker_settings_class(settings: Settings) -> type:
    """A WorkerSettings class (arq reads its class attributes) for these settings. arq's own CLI serves its
    queue_name (QUEUE_NAME) only; `python -m worker` serves every queue in `queues` (worker.group)."""
    return type("WorkerSettings", (), {**worker_options(settings), "queues": served_queues(settings)})


@functools.cache
def _from_environment() -> type:
    return worker_settings_class(load_settings())


def __getattr__(name: str) -> Any:
    # `arq worker.settings.WorkerSettings`: built on first access, so importing this module reads no environment
    if name == "WorkerSettings":
        return _from_environment()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
