"""TaskStorage: every read and write of task records, each write an operation named by what happened.

create (submit), start and finish (a worker's hooks), cancel (the API), finalise_orphan (the reconciler) and
progress each run one script with one argument layout; storage stamps the times itself. Creates and final
transitions are durable writes: with a Durability they wait for replicas (service.storage.durable).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence, Set
from typing import Any

from redis.asyncio import Redis

from service.models import Task, TaskStatus, WebhookOutcome
from service.storage import keys
from service.storage.batch import batch_args, batch_created, batch_keys
from service.storage.codec import Stamp, dump_json, load_task, pairs, stamp
from service.storage.durable import Durability
from service.storage.errors import IdempotencyConflict, TaskNotFound
from service.storage.events import DEFAULT_POLICY, EventPolicy
from service.storage.idempotency import Idempotency
from service.storage.moves import (
    IDENTITY_FIELDS,
    Ended,
    Ending,
    Finished,
    FinishFlags,
    Identity,
    Moved,
    Started,
    finish_args,
    finish_keys,
    moved,
    start_args,
    start_keys,
)
from service.storage.paging import MAX_PAGE_BYTES, Order, Page, PageReader
from service.storage.queues import TaskQueues
from service.storage.runner import ScriptRunner
from service.storage.schedule import DEFAULT_STEP_MS, PLAIN, Schedule
from service.storage.scripts import register
from service.storage.submit import Claim, Created, as_dict, create_args, create_keys, created, new_task

#: create.lua calls when an Idempotency-Key's claim keeps changing under it (each change is another request).
_CLAIM_READS = 5


class TaskStorage:
    """Every read and write of task records; one instance per process, shared by its handlers."""

    def __init__(
        self,
        redis: Redis,
        *,
        retention_seconds: int,
        queue_name: str,
        events: EventPolicy = DEFAULT_POLICY,
        routes: Mapping[str, str] | None = None,
        durability: Durability | None = None,
        priority_step_ms: int = DEFAULT_STEP_MS,
    ) -> None:
        self.redis = redis
        self.step_ms = priority_step_ms  # PRIORITY_AGING_SECONDS (schedule.py)
        self.events = events
        self.retention_seconds = retention_seconds
        self.queue_name = queue_name
        self.queues = TaskQueues(queue_name, routes)  # `routes`: type -> queue (service.registry.routes)
        self._scripts = register(redis)
        self._runner = ScriptRunner(redis, durability)
        self._run, self._run_durable = self._runner.run, self._runner.run_durable
        self.pages = PageReader(redis, self._scripts.page, self._scripts.sizes)

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
        schedule: Schedule = PLAIN,
    ) -> Task:
        """Write the record, its indexes, counters and arq job atomically; DuplicateTask if the id is taken.

        With `idempotency`, a repeat of the same request returns the first task (nothing is written), another
        request under the same claim raises IdempotencyConflict.
        """
        when = stamp()
        asked = {"task_data": task_data, "metadata": metadata or {}, "callback_url": callback_url}
        task = new_task(when, task_id, schedule, project_id=project_id, task_type=task_type, **asked)
        return await self._create(task, when, idempotency)

    async def _create(self, task: Task, when: Stamp, idempotency: Idempotency | None) -> Task:
        claim = None
        for _ in range(_CLAIM_READS):  # again while the claim changes between its read and the script
            claim = await self._claim(idempotency)
            retention_ms, routes = self.retention_seconds * 1000, self.queues.routes
            args = create_args(task, when, retention_ms, claim, self.events, routes, self.step_ms)
            script_keys = create_keys(task, self.queues.of(task.task_type), claim)
            reply = await self._run_durable(self._scripts.create, script_keys, args)
            if int(reply[0]) != Created.CLAIM_MOVED:
                return created(task, reply)
        raise IdempotencyConflict(claim.task_id if claim and claim.task_id else task.task_id)

    async def create_batch(self, items: Sequence[Mapping[str, Any]], idempotency: Idempotency | None) -> list[Task]:
        """Tasks from submit bodies (create()'s keyword values), all written in one script run or none.

        With `idempotency`, the same batch again returns its tasks; another request under the claim conflicts.
        """
        when = stamp()
        tasks = [new_task(when, None, **item) for item in items]
        claim = None
        for _ in range(_CLAIM_READS):  # again while the claim changes between its read and the script
            claim = await self._claim(idempotency)
            retention_ms, routes = self.retention_seconds * 1000, self.queues.routes
            args = batch_args(tasks, when, retention_ms, claim, self.events, routes, self.step_ms)
            script_keys = batch_keys(tasks, self.queue_name, claim, self.queues.routes)
            answer = batch_created(tasks, await self._run_durable(self._scripts.create_batch, script_keys, args))
            if isinstance(answer, str):  # the ids of the batch the Idempotency-Key was used for
                return await self._records(answer.split(","))
            if answer is not None:
                return answer
        raise IdempotencyConflict(claim.task_id if claim and claim.task_id else tasks[0].task_id)

    async def _records(self, task_ids: list[str]) -> list[Task]:
        """The records still there of these tasks, in order (one pipelined round trip)."""
        async with self.redis.pipeline(transaction=False) as pipe:
            for task_id in task_ids:
                pipe.hgetall(keys.task(task_id))
            found = await pipe.execute()
        return [load_task(fields) for fields in found if fields]

    async def _claim(self, idempotency: Idempotency | None) -> Claim | None:
        """The Idempotency-Key's claim key and the task it names now (create.lua checks it is still that one)."""
        if idempotency is None:
            return None
        key = idempotency.claim_key()
        return Claim(key, await self.redis.hget(key, "task_id"))  # type: ignore[misc]

    async def aclose(self) -> None:
        """Close the pipelined connection, if one was opened (the Redis client is the caller's to close)."""
        await self._runner.aclose()

    async def get(self, task_id: str, projects: Set[str] | None = None) -> Task:
        """The task; with `projects`, only if it is in one of them, and a foreign task is never read out of Redis
        (read_visible.lua), so it answers as fast as a missing one. TaskNotFound otherwise."""
        if projects is None:
            fields = await self.redis.hgetall(keys.task(task_id))  # type: ignore[misc]
        else:
            fields = as_dict(await self._scripts.read_visible(keys=[keys.task(task_id)], args=sorted(projects)))
        if not fields:
            raise TaskNotFound(task_id)
        return load_task(fields)

    async def identity(self, task_id: str) -> Identity:
        """What locates a task's keys (immutable, so safe to read before a move); TaskNotFound if it is gone."""
        found = Identity.read(await self.redis.hmget(keys.task(task_id), IDENTITY_FIELDS))  # type: ignore[misc]
        if found is None:
            raise TaskNotFound(task_id)
        return found

    async def start(self, task_id: str, attempt: int, *, worker_id: str = "", worker_queue: str = "") -> Moved:
        """A worker starts `attempt` (arq's job try): processing, unless the attempt is not newer or the task final."""
        identity = await self.identity(task_id)
        worker_queue = worker_queue or self.queues.of(identity.task_type, identity.queue)  # where its beat is
        args = start_args(task_id, attempt, identity, stamp(), (worker_id, worker_queue), self.events)
        reply = await self._run(self._scripts.start, start_keys(task_id, identity), args)
        if int(reply[0]) == Started.MISSING:
            raise TaskNotFound(task_id)
        return moved(reply, Started.STARTED)

    async def finish(self, task_id: str, attempt: int, ending: Ending, identity: Identity | None = None) -> Ended:
        """A worker's end of `attempt`. TaskNotFound when the record is gone; with `identity` (the start's), the
        counters of a record that expired while the attempt ran are still settled first, once."""
        found = identity or await self.identity(task_id)
        reply = await self._final(task_id, attempt, ending, found, abort=False, reply=False)
        result = Finished(int(reply[0]))
        if result in (Finished.MISSING, Finished.SETTLED):
            raise TaskNotFound(task_id)
        return Ended(result, reply[1])

    async def cancel(self, task_id: str, identity: Identity | None = None) -> Moved:
        """Cancel an active task and ask arq to abort its job; refused (applied False) when it is final."""
        return await self._settle(task_id, Ending(TaskStatus.CANCELLED), identity, abort=True)

    async def finalise_orphan(self, task_id: str, ending: Ending) -> Moved:
        """The reconciler's verdict on an active task whose job ended without hooks."""
        return await self._settle(task_id, ending, None, abort=False)

    async def _settle(self, task_id: str, ending: Ending, identity: Identity | None, *, abort: bool) -> Moved:
        found = identity or await self.identity(task_id)
        reply = await self._final(task_id, 0, ending, found, abort=abort, reply=True)
        if int(reply[0]) == Finished.MISSING:
            raise TaskNotFound(task_id)
        return moved(reply, Finished.FINISHED)

    async def _final(
        self, task_id: str, attempt: int, ending: Ending, found: Identity, *, abort: bool, reply: bool
    ) -> Any:
        script_keys = finish_keys(task_id, found, ending.status, self.queues.of(found.task_type, found.queue))
        flags = FinishFlags(abort, reply, self.retention_seconds * 1000, self.events, self.step_ms)
        args = finish_args(task_id, attempt, ending, found, stamp(), flags)
        return await self._run_durable(self._scripts.finish, script_keys, args)

    async def update(self, task_id: str, fields: dict[str, str], *, only_in: TaskStatus | None = None) -> bool:
        """Set fields on an existing task; False when it is gone or not in `only_in`."""
        status = "" if only_in is None else only_in.value
        written = await self._scripts.update(keys=[keys.task(task_id)], args=[status, *pairs(fields)])
        return bool(written)

    async def progress(self, task_id: str, percent: int, project_id: str | None = None) -> bool:
        """Record progress (clamped to 0..100) while the task is processing, with its project's event when it
        changed. The worker passes the project it holds; without it, it is read first."""
        if project_id is None:
            project_id = await self.redis.hget(keys.task(task_id), "project_id")  # type: ignore[misc]
            if project_id is None:
                return False
        when = stamp()
        value = max(0, min(100, int(percent)))
        args = [task_id, value, when.iso, *self.events.args(when.ms)]
        script_keys = [keys.task(task_id), keys.project_events(project_id)]
        return bool(await self._run(self._scripts.progress, script_keys, args))

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
        cutoff_us = stamp().us - self.retention_seconds * 1_000_000
        index = keys.project_index(project_id, status, task_type)
        return await self.pages.read(index, cutoff_us, offset, limit, order, max_bytes)
