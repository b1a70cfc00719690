"""What create.lua takes and returns: a new task's record, its keys and arguments, and the named results."""

from __future__ import annotations

import uuid
from collections.abc import Mapping, Sequence
from enum import IntEnum
from typing import Any, NamedTuple

from service.models import Task, TaskStatus
from service.storage import arqwire, keys
from service.storage.codec import Stamp, load_task, pairs, task_fields
from service.storage.errors import DuplicateTask, IdempotencyConflict
from service.storage.events import DEFAULT_POLICY, EventPolicy
from service.storage.idempotency import fingerprint
from service.storage.schedule import DEFAULT_STEP_MS, PLAIN, Schedule, place, scheduled_for

#: The record field of a task whose type has its own queue: that queue (absent: QUEUE_NAME).
QUEUE_FIELD = "queue"


class Created(IntEnum):
    """create.lua's result codes (the same table is in the script)."""

    DUPLICATE = 0
    CREATED = 1
    REPEATED = 2
    CONFLICT = 3
    CLAIM_MOVED = 4


class Claim(NamedTuple):
    """An Idempotency-Key's claim key and the task id it named when read (None: unclaimed)."""

    key: str
    task_id: str | None


def new_task(when: Stamp, task_id: str | None, schedule: Schedule = PLAIN, **values: Any) -> Task:
    return Task(
        task_id=task_id or str(uuid.uuid4()),
        status=TaskStatus.QUEUED,
        created_at=when.iso,
        updated_at=when.iso,
        scheduled_for=scheduled_for(schedule, when),
        priority=schedule.priority,
        **values,
    )


def create_keys(task: Task, queue_name: str, claim: Claim | None) -> list[str]:
    """KEYS of create.lua (15-16 only with an Idempotency-Key's claim)."""
    project_id, task_type, task_key = task.project_id, task.task_type, keys.task(task.task_id)
    claimed = [] if claim is None else [claim.key, keys.task(claim.task_id) if claim.task_id else task_key]
    return [
        task_key,
        keys.arq_job(task.task_id),
        keys.arq_result(task.task_id),
        queue_name,
        keys.project_index(project_id),
        keys.project_index(project_id, TaskStatus.QUEUED),
        keys.project_index(project_id, task_type=task_type),
        keys.project_index(project_id, TaskStatus.QUEUED, task_type),
        keys.METRICS,
        keys.project_metrics(project_id),
        keys.ACTIVE_TASKS,
        keys.PROJECTS,
        keys.project_events(project_id),
        keys.deferred(task_type),
        *claimed,
    ]


def record_fields(task: Task, routes: Mapping[str, str] | None = None) -> list[str]:
    """A new record's fields as a flat list; a task whose type has its own queue (in `routes`) records it, so that
    any process, even one without the type, finds its job (cancel, the reconciler)."""
    fields = pairs(task_fields(task))
    queue = (routes or {}).get(task.task_type)
    return fields if queue is None else [*fields, QUEUE_FIELD, queue]


def create_args(
    task: Task,
    when: Stamp,
    retention_ms: int,
    claim: Claim | None,
    events: EventPolicy = DEFAULT_POLICY,
    routes: Mapping[str, str] | None = None,
    step_ms: int = DEFAULT_STEP_MS,
) -> list[Any]:
    """ARGV of create.lua: the job is the task type's function called with the task id, due now or at its
    scheduled_for (schedule.py); a deferred task's record and job are kept the retention past its due time."""
    placed = place(task, when, step_ms)
    ttl_ms = placed.ahead_ms(when) + retention_ms
    return [
        task.task_id,
        when.us,
        when.ms + ttl_ms,
        arqwire.payload(task.task_type, (task.task_id,), when.ms),
        ttl_ms,
        when.ms,
        task.task_type,
        task.project_id,
        "" if claim is None else fingerprint(task),
        (claim and claim.task_id) or "",
        *events.args(when.ms),
        when.iso,
        placed.score_ms,
        "" if placed.deferred_ms is None else placed.deferred_ms,
        *record_fields(task, routes),
    ]


def created(task: Task, reply: list[Any]) -> Task:
    """The task create.lua wrote, or the one an Idempotency-Key claimed before."""
    code = Created(int(reply[0]))
    if code is Created.DUPLICATE:
        raise DuplicateTask(task.task_id)
    if code is Created.REPEATED:
        return load_task(as_dict(reply[1]))
    if code is Created.CONFLICT:
        raise IdempotencyConflict(reply[1])
    return task


def as_dict(flat: Sequence[str]) -> dict[str, str]:
    return dict(zip(flat[::2], flat[1::2], strict=True))
