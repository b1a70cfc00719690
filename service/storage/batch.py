"""What create_batch.lua takes and returns: a batch's tasks grouped by project and type, its keys and arguments."""

from __future__ import annotations

import hashlib
from collections.abc import Mapping, Sequence
from enum import IntEnum
from typing import Any

from service.models import Task, TaskStatus
from service.storage import arqwire, keys
from service.storage.codec import Stamp
from service.storage.errors import DuplicateTask, IdempotencyConflict
from service.storage.events import DEFAULT_POLICY, EventPolicy
from service.storage.idempotency import fingerprint
from service.storage.schedule import DEFAULT_STEP_MS, place
from service.storage.submit import Claim, record_fields


class BatchCreated(IntEnum):
    """create_batch.lua's result codes (the same table is in the script)."""

    DUPLICATE = 0
    CREATED = 1
    REPEATED = 2
    CONFLICT = 3
    CLAIM_MOVED = 4


def batch_fingerprint(tasks: Sequence[Task]) -> str:
    """sha256 over the items' fingerprints, in order: a batch never equals a single submit."""
    return hashlib.sha256(("batch:" + ",".join(fingerprint(task) for task in tasks)).encode()).hexdigest()


def _groups(tasks: Sequence[Task]) -> tuple[dict[str, int], dict[tuple[str, str], int]]:
    """Slots (1-based, in order of first appearance) of each project and each (project, task type)."""
    projects: dict[str, int] = {}
    groups: dict[tuple[str, str], int] = {}
    for task in tasks:
        projects.setdefault(task.project_id, len(projects) + 1)
        groups.setdefault((task.project_id, task.task_type), len(groups) + 1)
    return projects, groups


def batch_keys(
    tasks: Sequence[Task], queue_name: str, claim: Claim | None, routes: Mapping[str, str] | None = None
) -> list[str]:
    """KEYS of create_batch.lua (the last two only with an Idempotency-Key's claim): each task type's jobs go to
    its queue in `routes`, or to `queue_name`."""
    projects, groups = _groups(tasks)
    routes = routes or {}
    found = [keys.METRICS, keys.ACTIVE_TASKS, keys.PROJECTS]
    for task in tasks:
        found += [keys.task(task.task_id), keys.arq_job(task.task_id), keys.arq_result(task.task_id)]
    for project_id in projects:
        index = keys.project_index(project_id)
        found += [index, keys.project_index(project_id, TaskStatus.QUEUED), keys.project_metrics(project_id)]
        found.append(keys.project_events(project_id))
    for project_id, task_type in groups:
        found += [
            keys.project_index(project_id, task_type=task_type),
            keys.project_index(project_id, TaskStatus.QUEUED, task_type),
            routes.get(task_type, queue_name),
            keys.deferred(task_type),
        ]
    if claim is not None:
        found += [claim.key, keys.task(claim.task_id or tasks[0].task_id)]
    return found


def batch_args(
    tasks: Sequence[Task],
    when: Stamp,
    retention_ms: int,
    claim: Claim | None,
    events: EventPolicy = DEFAULT_POLICY,
    routes: Mapping[str, str] | None = None,
    step_ms: int = DEFAULT_STEP_MS,
) -> list[Any]:
    """ARGV of create_batch.lua; index scores rise by 1 µs per item, so listings keep the batch's order. A task
    whose type has a queue in `routes` records it (submit.record_fields); each job is placed as create's
    (submit.create_args)."""
    projects, groups = _groups(tasks)
    args: list[Any] = [len(tasks), len(projects), len(groups), when.ms + retention_ms, retention_ms, when.ms]
    args += ["" if claim is None else batch_fingerprint(tasks), (claim and claim.task_id) or ""]
    args += [",".join(task.task_id for task in tasks), *events.args(when.ms), when.iso, *projects]
    for project_id, task_type in groups:
        args += [projects[project_id], task_type]
    for i, task in enumerate(tasks):
        fields = record_fields(task, routes)
        payload = arqwire.payload(task.task_type, (task.task_id,), when.ms)
        placed = place(task, when, step_ms)
        due = "" if placed.deferred_ms is None else placed.deferred_ms
        args += [task.task_id, when.us + i, payload, placed.score_ms, due]
        args += [groups[task.project_id, task.task_type], len(fields), *fields]
    return args


def batch_created(tasks: Sequence[Task], reply: list[Any]) -> list[Task] | str | None:
    """create_batch.lua's answer: the tasks written; the comma-joined ids of the batch an Idempotency-Key repeats;
    None when the claim moved (read it and call again). IdempotencyConflict or DuplicateTask otherwise."""
    code = BatchCreated(int(reply[0]))
    if code is BatchCreated.CREATED:
        return list(tasks)
    if code is BatchCreated.REPEATED:
        return str(reply[1])
    if code is BatchCreated.CONFLICT:
        raise IdempotencyConflict(reply[1])
    if code is BatchCreated.DUPLICATE:
        raise DuplicateTask(tasks[0].task_id)
    return None
