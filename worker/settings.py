"""arq settings for this worker: `WorkerSettings` from the environment, `build_worker` for tests and embedding."""

from __future__ import annotations

import functools
import warnings
from collections.abc import Mapping
from typing import Any

from arq.connections import ArqRedis
from arq.worker import Function, Worker

from service.config import Settings, load_settings
from service.storage.client import HiredisPackedConnection, LeanConnectionPool
from worker.hooks import after_job_end, on_job_start
from worker.lifecycle import on_shutdown, startup_hook
from worker.resilient import ResilientWorker
from worker.tasks import task_specs
from worker.tasks.runner import job_function
from worker.webhooks import webhook_function

#: arq keeps job results at least this long; the reconciler reads them, so they outlive several of its passes.
MIN_KEEP_RESULT_S = 60.0
RECONCILE_PASSES_KEPT = 5
#: How often arq refreshes its own health-check key (`arq --check`).
HEALTH_CHECK_S = 30.0


def job_functions(settings: Settings, *, timeouts: Mapping[str, float] | None = None) -> list[Function]:
    """One arq function per registered task type, named by the type, plus webhook delivery ("deliver_webhook")."""
    tasks = [job_function(spec, max_tries=settings.max_tries) for spec in task_specs(settings, timeouts=timeouts)]
    return [*tasks, webhook_function()]


def arq_client(url: str) -> ArqRedis:
    """arq's client on the storage module's lean pool: the default pool's per-checkout lock and probe, and
    redis-py's Python packer, cost ~13 % of a worker's CPU (profiled). Bytes replies, as arq expects."""
    return ArqRedis(LeanConnectionPool.from_url(url, connection_class=HiredisPackedConnection))


def keep_result_seconds(settings: Settings) -> float:
    return max(MIN_KEEP_RESULT_S, RECONCILE_PASSES_KEPT * settings.reconcile_interval_seconds)


def worker_options(settings: Settings, *, timeouts: Mapping[str, float] | None = None) -> dict[str, Any]:
    """arq Worker keyword arguments for these settings."""
    return {
        "functions": job_functions(settings, timeouts=timeouts),
        "redis_pool": arq_client(settings.redis_url),
        "queue_name": settings.queue_name,
        "max_jobs": settings.worker_concurrency,
        "job_timeout": settings.job_timeout_seconds,
        "max_tries": settings.max_tries,
        "poll_delay": settings.poll_delay_seconds,
        "allow_abort_jobs": True,
        "keep_result": keep_result_seconds(settings),
        "health_check_interval": HEALTH_CHECK_S,
        "on_startup": startup_hook(settings),
        "on_shutdown": on_shutdown,
        "on_job_start": on_job_start,
        "after_job_end": after_job_end,
    }


def worker_settings_class(settings: Settings) -> type:
    """A WorkerSettings class (arq reads its class attributes) for these settings."""
    return type("WorkerSettings", (), worker_options(settings))


def build_worker(settings: Settings, *, timeouts: Mapping[str, float] | None = None, **overrides: Any) -> Worker:
    """An arq Worker in this process, e.g. build_worker(settings, burst=True, poll_delay=0) in tests."""
    return ResilientWorker(**{**worker_options(settings, timeouts=timeouts), "handle_signals": False, **overrides})


async def close_worker(worker: Worker) -> None:
    """Worker.close(), which calls redis-py's deprecated close(); the warning is arq's to fix, not ours."""
    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", message="Call to deprecated close", category=DeprecationWarning)
        await worker.close()


@functools.cache
def _from_environment() -> type:
    return worker_settings_class(load_settings())


def __getattr__(name: str) -> Any:
    # `arq worker.settings.WorkerSettings`: built on first access, so importing this module reads no environment
    if name == "WorkerSettings":
        return _from_environment()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
