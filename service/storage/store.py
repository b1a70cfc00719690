"""TaskStorage: create, read, transition and list task records."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from typing import Any

import msgspec
from arq.jobs import serialize_job
from redis.asyncio import Redis
from redis.commands.core import AsyncScript
from redis.exceptions import NoScriptError

from service.models import FINAL, TRANSITIONS, Task, TaskStatus, WebhookOutcome
from service.storage import keys
from service.storage.codec import dump_json, load_task, now, pairs, task_fields
from service.storage.errors import DuplicateTask, IdempotencyConflict, TaskNotFound
from service.storage.idempotency import Idempotency, fingerprint
from service.storage.paging import MAX_PAGE_BYTES, Order, Page, PageReader
from service.storage.pipelined import PipelinedConnection
from service.storage.scripts import register

#: Name of the arq function that delivers callbacks (registered by the worker).
WEBHOOK_FUNCTION = "deliver_webhook"
_PENDING_WEBHOOK = dump_json(WebhookOutcome(state="pending"))
#: For transition.lua when the caller does not know a task's project and type (worker hooks).
_PROJECT_KEY_TEMPLATES = (
    keys.project_metrics("{project}"),
    keys.project_index("{project}", "{status}"),
    keys.project_index("{project}", "{status}", "{type}"),
)


class TransitionResult(msgspec.Struct, frozen=True):
    applied: bool
    task: Task


def _as_dict(flat: Sequence[str]) -> dict[str, str]:
    return dict(zip(flat[::2], flat[1::2], strict=True))


def _created(task: Task, reply: list[Any]) -> Task:
    """The task create.lua wrote, or the one an Idempotency-Key claimed before."""
    code = int(reply[0])
    if code == 0:
        raise DuplicateTask(task.task_id)
    if code == 2:
        return load_task(_as_dict(reply[1]))
    if code == 3:
        raise IdempotencyConflict(reply[1])
    return task


def _create_keys(task: Task, queue_name: str) -> list[str]:
    """KEYS 1-12 of create.lua."""
    project_id, task_type = task.project_id, task.task_type
    return [
        keys.task(task.task_id),
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
    ]


class TaskStorage:
    """Every read and write of task records; one instance per process, shared by its handlers."""

    def __init__(self, redis: Redis, *, retention_seconds: int, queue_name: str) -> None:
        self.redis = redis
        self.retention_seconds = retention_seconds
        self.queue_name = queue_name
        self._scripts = register(redis)
        self._pipelined = PipelinedConnection.beside(redis)
        self.pages = PageReader(redis, self._scripts.page)

    async def create(
        self,
        *,
        project_id: str,
        task_type: str,
        task_data: dict[str, Any],
        metadata: dict[str, Any] | None = None,
        callback_url: str | None = None,
        task_id: str | None = None,
        idempotency: Idempotency | None = None,
    ) -> Task:
        """Write the record, its indexes, counters and arq job atomically; DuplicateTask if the id is taken.

        With `idempotency`, a repeat of the same request returns the first task (nothing is written) and
        a different request under the same claim raises IdempotencyConflict.
        """
        epoch, stamp = now()
        task = Task(
            task_id=task_id or str(uuid.uuid4()),
            project_id=project_id,
            task_type=task_type,
            status=TaskStatus.QUEUED,
            task_data=task_data,
            metadata=metadata or {},
            callback_url=callback_url,
            created_at=stamp,
            updated_at=stamp,
        )
        now_ms = int(epoch * 1000)
        score_us = int(epoch * 1_000_000)
        retention_ms = self.retention_seconds * 1000
        job = serialize_job(task_type, (task.task_id,), {}, None, now_ms)
        claim = [idempotency.claim_key()] if idempotency else []
        reply = await self._run(
            self._scripts.create,
            keys=[*_create_keys(task, self.queue_name), *claim],
            args=[
                task.task_id,
                score_us,
                now_ms + retention_ms,
                job,
                retention_ms,
                now_ms,
                task_type,
                project_id,
                fingerprint(task) if idempotency else "",
                keys.task(""),
                *pairs(task_fields(task)),
            ],
        )
        return _created(task, reply)

    async def _run(self, script: AsyncScript, *, keys: list[str], args: list[Any]) -> Any:
        """A hot-path script (create, transition) over the pipelined connection when there is one."""
        if self._pipelined is None:
            return await script(keys=keys, args=args)
        try:
            return await self._pipelined.execute("EVALSHA", script.sha, len(keys), *keys, *args)
        except NoScriptError:  # a restarted or flushed Redis: redis-py loads the script and runs it
            return await script(keys=keys, args=args)

    async def aclose(self) -> None:
        """Close the pipelined connection, if one was opened (the Redis client is the caller's to close)."""
        if self._pipelined is not None:
            await self._pipelined.aclose()

    async def get(self, task_id: str) -> Task:
        fields = await self.redis.hgetall(keys.task(task_id))  # type: ignore[misc]
        if not fields:
            raise TaskNotFound(task_id)
        return load_task(fields)

    async def identity(self, task_id: str) -> tuple[str, str]:
        """(project_id, task_type) of a task: immutable, so safe to read before a transition."""
        project_id, task_type = await self.redis.hmget(keys.task(task_id), ["project_id", "task_type"])  # type: ignore[misc]
        if project_id is None or task_type is None:
            raise TaskNotFound(task_id)
        return project_id, task_type

    async def transition(
        self,
        task_id: str,
        to: TaskStatus,
        *,
        identity: tuple[str, str] | None = None,
        attempt: int = 0,
        duration_us: int | None = None,
        bucket: str = "",
        fields: dict[str, str] | None = None,
        abort_job: bool = False,
    ) -> TransitionResult:
        """Apply one status change if the state machine allows it; TaskNotFound if the task is gone.

        A worker's end of its attempt (`attempt` > 0, final `to`, `identity` given) settles the counters of a
        record that expired while it ran before raising TaskNotFound (transition.lua).
        """
        sources = TRANSITIONS[to]
        epoch, stamp = now()
        now_ms = int(epoch * 1000)
        webhook_job = keys.webhook_job_id(task_id)
        webhook_payload = serialize_job(WEBHOOK_FUNCTION, (task_id,), {}, None, now_ms) if to in FINAL else b""
        task_key, abort, webhook_key = keys.task(task_id), keys.ARQ_ABORT, keys.arq_job(webhook_job)
        if identity is None:  # the script reads project and type from the record and builds their keys
            task_type, templates = "", _PROJECT_KEY_TEMPLATES
            script_keys = [task_key, keys.METRICS, keys.ACTIVE_TASKS, abort, webhook_key, self.queue_name]
        else:
            project_id, task_type = identity
            templates = ("", "", "")
            metrics, active = keys.project_metrics(project_id), keys.ACTIVE_TASKS
            to_keys = [keys.project_index(project_id, to), keys.project_index(project_id, to, task_type)]
            script_keys = [task_key, keys.METRICS, metrics, active, *to_keys, abort, webhook_key, self.queue_name]
            for source in sources:
                script_keys += [
                    keys.project_index(project_id, source),
                    keys.project_index(project_id, source, task_type),
                ]
        code, flat = await self._run(
            self._scripts.transition,
            keys=script_keys,
            args=[
                to.value,
                task_type,
                stamp,
                now_ms,
                attempt,
                "" if duration_us is None else duration_us,
                bucket,
                keys.task_events(task_id) if to in FINAL else "",
                "1" if abort_job else "0",
                len(sources),
                *sources,
                *templates,
                webhook_payload,
                self.retention_seconds * 1000,
                webhook_job,
                _PENDING_WEBHOOK,
                task_id,
                *pairs(fields or {}),
            ],
        )
        if code < 0:
            raise TaskNotFound(task_id)
        return TransitionResult(applied=code == 1, task=load_task(_as_dict(flat)))

    async def update(self, task_id: str, fields: dict[str, str], *, only_in: TaskStatus | None = None) -> bool:
        """Set fields on an existing task; False when it is gone or not in `only_in`."""
        status = "" if only_in is None else only_in.value
        written = await self._scripts.update(keys=[keys.task(task_id)], args=[status, *pairs(fields)])
        return bool(written)

    async def set_progress(self, task_id: str, percent: int) -> bool:
        """Record progress (clamped to 0..100) while the task is processing."""
        _, stamp = now()
        value = str(max(0, min(100, int(percent))))
        return await self.update(task_id, {"progress": value, "updated_at": stamp}, only_in=TaskStatus.PROCESSING)

    async def set_webhook(self, task_id: str, outcome: WebhookOutcome) -> bool:
        return await self.update(task_id, {"webhook": dump_json(outcome)})

    async def page(
        self,
        project_id: str,
        *,
        status: TaskStatus | None = None,
        task_type: str | None = None,
        offset: int = 0,
        limit: int = 50,
        order: Order = "desc",
        max_bytes: int = MAX_PAGE_BYTES,
    ) -> Page:
        """One page of a project's tasks and the total matching the filters: O(log n + page).

        The page stops early, after at least one task, rather than hold more than `max_bytes` of records.
        """
        cutoff_us = int((now()[0] - self.retention_seconds) * 1_000_000)
        index = keys.project_index(project_id, status, task_type)
        return await self.pages.read(index, cutoff_us, offset, limit, order, max_bytes)
