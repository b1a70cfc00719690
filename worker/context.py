"""The arq ctx as this worker fills it: shared clients from start-up, per-job values from arq and the hooks."""

from __future__ import annotations

import asyncio
from collections.abc import Container
from datetime import datetime
from typing import TYPE_CHECKING, TypedDict

import aiohttp
from arq.connections import ArqRedis
from redis.asyncio import Redis

from service.config import Settings
from service.models import Task
from service.storage import TaskStorage
from service.storage.deferred import DeferredTasks
from worker.outcome import Outcome, PendingEnd

if TYPE_CHECKING:  # worker.caps imports worker.heartbeat, which imports this module
    from worker.caps import TypeGate


class WorkerContext(TypedDict, total=False):
    settings: Settings
    #: arq's own client (bytes responses): job, result and in-progress keys
    redis: ArqRedis
    #: storage client (decode_responses=True)
    storage_redis: Redis
    storage: TaskStorage
    #: shared HTTP client for webhook delivery
    http: aiohttp.ClientSession
    worker_id: str
    #: the queues this process serves, each with the task types it runs from there (worker.group)
    queues: dict[str, list[str]]
    #: deferred tasks: the promoter loop, and retries that arq deferred (service/storage/deferred.py)
    deferred: DeferredTasks
    #: heartbeat and reconciler loops, cancelled at shutdown
    background: list[asyncio.Task[None]]
    #: ends after_job_end could not record for sure, by task id: the reconciler loop records them again
    pending_ends: dict[str, PendingEnd]
    #: the job ids this worker runs now (ResilientWorker's arq tasks), for the rescuer (worker.rescue)
    running_jobs: Container[str]
    #: the per-type concurrency limits and the run slots this process holds (worker.caps); None: no type capped
    gate: TypeGate | None
    # set by arq for each job
    job_id: str
    job_try: int
    enqueue_time: datetime
    score: int
    # set by on_job_start when the task may run, and by the task wrapper with what happened
    task: Task
    #: set by on_job_start when storage could not be asked (the wrapper then asks arq for another try)
    start_error: str
    outcome: Outcome
