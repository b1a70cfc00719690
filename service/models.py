"""The task vocabulary shared by API, storage and worker: statuses, transitions, the Task record."""

from __future__ import annotations

from enum import StrEnum
from typing import Annotated, Any

import msgspec

#: The end of a pattern, alike in every regex dialect: Python's `$` (msgspec validates with `re.search`) also
#: matches before a final newline, ECMA's (the OpenAPI document's readers) does not; "not before a newline" fixes it.
END = r"(?!\n)$"
PROJECT_ID_PATTERN = rf"^[A-Za-z0-9._-]{{1,64}}{END}"
#: PROJECT_ID_PATTERN in words: what error messages say instead of the regex.
PROJECT_ID_RULE = "1 to 64 characters of A-Z a-z 0-9 . _ -"
ProjectId = Annotated[str, msgspec.Meta(pattern=PROJECT_ID_PATTERN, min_length=1, max_length=64)]
#: A task id as routes match it (no anchors); ids are stored lower-case.
TASK_ID_PATTERN = "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}"


class TaskStatus(StrEnum):
    QUEUED = "queued"
    PROCESSING = "processing"
    COMPLETED = "completed"
    FAILED = "failed"
    CANCELLED = "cancelled"


#: A task's priority range (API.md § Scheduling); 0 by default.
MIN_PRIORITY, MAX_PRIORITY = -10, 10

FINAL = frozenset({TaskStatus.COMPLETED, TaskStatus.FAILED, TaskStatus.CANCELLED})
ACTIVE = frozenset({TaskStatus.QUEUED, TaskStatus.PROCESSING})

#: Allowed "from" states of each target state; start.lua and finish.lua encode the same moves, and
#: tests/test_storage.py checks every (from, to) pair against this table.
#: processing -> processing is a new attempt (retry or a re-run after a lost worker).
TRANSITIONS: dict[TaskStatus, tuple[TaskStatus, ...]] = {
    TaskStatus.PROCESSING: (TaskStatus.QUEUED, TaskStatus.PROCESSING),
    TaskStatus.COMPLETED: (TaskStatus.PROCESSING, TaskStatus.QUEUED),
    TaskStatus.FAILED: (TaskStatus.PROCESSING, TaskStatus.QUEUED),
    TaskStatus.CANCELLED: (TaskStatus.QUEUED, TaskStatus.PROCESSING),
}

#: Cumulative counters (the seed's five) and gauges kept in every metrics hash.
COUNTERS = ("total_tasks", "completed_tasks", "failed_tasks", "retried_tasks", "cancelled_tasks")
GAUGES = ("queued_tasks", "processing_tasks")


class WebhookState(StrEnum):
    """Where the delivery of a finished task's callback stands: pending until delivered, failed or refused."""

    PENDING = "pending"
    DELIVERED = "delivered"
    FAILED = "failed"
    REFUSED = "refused"


class WebhookOutcome(msgspec.Struct, kw_only=True):
    """What happened to the callback of a finished task."""

    state: WebhookState
    attempts: int = 0
    last_status_code: int | None = None
    last_error: str | None = None
    delivered_at: str | None = None


class Task(msgspec.Struct, kw_only=True):
    task_id: str
    project_id: str
    task_type: str
    status: TaskStatus
    task_data: dict[str, Any]
    result: Any = None
    error: str | None = None
    progress: int = 0
    attempts: int = 0
    metadata: dict[str, Any] = {}
    callback_url: str | None = None
    created_at: str
    updated_at: str
    started_at: str | None = None
    completed_at: str | None = None
    webhook: WebhookOutcome | None = None
    #: when a deferred task (run_at / delay_seconds) is due: it starts no earlier; null when not deferred
    scheduled_for: str | None = None
    #: -10..10: among due tasks, higher starts first; waiting raises it (docs/scheduling.md)
    priority: int = 0

    @property
    def is_final(self) -> bool:
        return self.status in FINAL


class Figures(msgspec.Struct, kw_only=True):
    """Counters and gauges of one scope (everything, a project, or a task type)."""

    total_tasks: int = 0
    completed_tasks: int = 0
    failed_tasks: int = 0
    retried_tasks: int = 0
    cancelled_tasks: int = 0
    queued_tasks: int = 0
    processing_tasks: int = 0
    success_rate: float = 0.0
    avg_duration_ms: float = 0.0


class Percentiles(msgspec.Struct, kw_only=True):
    """Estimated from a histogram's buckets (linear within a bucket, as Prometheus' histogram_quantile), in ms."""

    p50: float
    p90: float
    p99: float


class TypeFigures(Figures, kw_only=True):
    """A task type's figures; in the all-projects report also its run-time and queue-wait percentiles (null
    before any task of it ran or started; a project's report has no histograms: always null there), and for a
    type with a concurrency limit that limit and how many of its tasks hold a run slot now (null otherwise)."""

    run_time_ms: Percentiles | None = None
    queue_wait_ms: Percentiles | None = None
    concurrency_limit: int | None = None
    concurrency_running: int | None = None


class QueueStats(msgspec.Struct, kw_only=True, omit_defaults=True):
    depth: int
    workers: int
    #: of `depth`, the jobs deferred to a later time (not due yet: no worker would take them now); absent when 0
    deferred: int = 0


class MetricsReport(msgspec.Struct, kw_only=True):
    metrics: Figures
    by_task_type: dict[str, TypeFigures]
    queues: dict[str, QueueStats]
    timestamp: str
