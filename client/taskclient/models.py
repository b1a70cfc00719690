"""The service's JSON shapes as msgspec Structs (API.md); unknown fields are ignored, so newer servers still decode."""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum
from typing import Any

import msgspec


class TaskStatus(StrEnum):
    QUEUED = "queued"
    PROCESSING = "processing"
    COMPLETED = "completed"
    FAILED = "failed"
    CANCELLED = "cancelled"


#: Nothing moves a task out of these.
FINAL = frozenset({TaskStatus.COMPLETED, TaskStatus.FAILED, TaskStatus.CANCELLED})


class Base(msgspec.Struct, kw_only=True, frozen=True):
    """Answers: immutable; fields a newer server adds are skipped rather than refused."""


class WebhookOutcome(Base, kw_only=True, frozen=True):
    state: str
    attempts: int = 0
    last_status_code: int | None = None
    last_error: str | None = None
    delivered_at: datetime | None = None


class Task(Base, kw_only=True, frozen=True):
    task_id: str
    project_id: str
    task_type: str
    status: TaskStatus
    task_data: dict[str, Any] = {}
    result: Any = None
    error: str | None = None
    progress: int = 0
    attempts: int = 0
    metadata: dict[str, Any] = {}
    callback_url: str | None = None
    created_at: datetime
    updated_at: datetime
    started_at: datetime | None = None
    completed_at: datetime | None = None
    webhook: WebhookOutcome | None = None
    #: when a deferred task may start (run_at / delay_seconds); None when it was due at once
    scheduled_for: datetime | None = None
    #: -10..10: among due tasks, higher starts first (servers before v1.2: 0)
    priority: int = 0

    @property
    def is_final(self) -> bool:
        return self.status in FINAL


class TaskRequest(msgspec.Struct, kw_only=True, frozen=True, omit_defaults=True):
    """One submit body (POST /tasks/submit, or an item of a batch)."""

    project_id: str
    task_type: str
    task_data: dict[str, Any] = {}
    metadata: dict[str, Any] | None = None
    callback_url: str | None = None
    #: start no earlier than this (RFC 3339, at most the retention ahead), or this many seconds from now; not both
    run_at: datetime | None = None
    delay_seconds: float | None = None
    #: -10..10, default 0
    priority: int | None = None


class Pagination(Base, kw_only=True, frozen=True):
    total: int
    limit: int
    offset: int
    has_more: bool
    #: where the next page starts (null on the last one); servers before it: offset + limit
    next_offset: int | None = None

    def following(self) -> int | None:
        """The offset of the next page, or None on the last one."""
        if not self.has_more:
            return None
        return self.next_offset if self.next_offset is not None else self.offset + self.limit


class Page(Base, kw_only=True, frozen=True):
    """One page of a project's tasks."""

    tasks: list[Task]
    pagination: Pagination


class Figures(Base, kw_only=True, frozen=True):
    """Counters and gauges of one scope: everything, a project or a task type."""

    total_tasks: int = 0
    completed_tasks: int = 0
    failed_tasks: int = 0
    retried_tasks: int = 0
    cancelled_tasks: int = 0
    queued_tasks: int = 0
    processing_tasks: int = 0
    success_rate: float = 0.0
    avg_duration_ms: float = 0.0
    #: by task type, for a type with a concurrency limit (TYPE_CONCURRENCY): the limit, and the tasks holding a slot
    concurrency_limit: int | None = None
    concurrency_running: int | None = None


class QueueStats(Base, kw_only=True, frozen=True):
    depth: int
    workers: int


class Metrics(Base, kw_only=True, frozen=True):
    metrics: Figures
    by_task_type: dict[str, Figures] = {}
    #: empty for a key scoped to some projects (queues are global)
    queues: dict[str, QueueStats] = {}
    timestamp: datetime


class Project(Base, kw_only=True, frozen=True):
    project_id: str
    total_tasks: int
    queued_tasks: int = 0
    processing_tasks: int = 0
    completed_tasks: int = 0
    failed_tasks: int = 0
    cancelled_tasks: int = 0
    last_activity_at: datetime


class ProjectPage(Base, kw_only=True, frozen=True):
    projects: list[Project]
    pagination: Pagination


class TaskType(Base, kw_only=True, frozen=True):
    name: str
    description: str = ""
    task_data_schema: dict[str, Any] = {}
    result_schema: dict[str, Any] = {}
    timeout_seconds: float
    max_tries: int


class TaskTypeList(Base, kw_only=True, frozen=True):
    task_types: list[TaskType]


class BatchAnswer(Base, kw_only=True, frozen=True):
    tasks: list[Task]


class ProjectEvent(Base, kw_only=True, frozen=True):
    """A change to one of a project's tasks, from GET /projects/{p}/events."""

    task_id: str
    task_type: str
    status: TaskStatus
    progress: int = 0
    attempts: int = 0
    updated_at: datetime
    #: the stream's `id:`; resuming after it (Last-Event-ID) replays what came later
    event_id: str = ""


class Reset(Base, kw_only=True, frozen=True):
    """The server no longer holds every event after the id asked for: some changes were missed, re-read the
    listing (GET /projects/{p}/tasks) before trusting the events that follow."""

    #: the Last-Event-ID the client resumed from
    last_event_id: str | None = None
    event_id: str = ""


class Schedule(Base, kw_only=True, frozen=True):
    """A project's periodic schedule: each due tick submits one task like `task_type` + `task_data`."""

    schedule_id: str
    project_id: str
    task_type: str
    task_data: dict[str, Any] = {}
    #: five-field cron (UTC), or every N seconds: one of the two
    cron: str | None = None
    every_seconds: int | None = None
    name: str | None = None
    enabled: bool = True
    metadata: dict[str, Any] = {}
    callback_url: str | None = None
    next_run_at: datetime | None = None
    last_run_at: datetime | None = None
    last_task_id: str | None = None
    created_at: datetime | None = None
    updated_at: datetime | None = None


class SchedulePage(Base, kw_only=True, frozen=True):
    schedules: list[Schedule]
    pagination: Pagination | None = None
