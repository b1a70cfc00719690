"""ScheduleStore: the periodic schedules in Redis, and the firing of their ticks.

Keys (service/storage/keys.py): a hash per schedule, a per-project index (bounded by the caller's maximum) and one
due set of enabled schedules scored by next run, which the workers read. All live exactly as long as the schedules.
Every write is one script; a tick is fired by schedule_fire.lua, compare-and-set on the due score and the revision
that the firing worker read, so each tick makes one task however many workers try it.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Mapping
from enum import IntEnum
from typing import Any

import msgspec
from redis.asyncio import Redis

from service.schedules import SCHEDULE_ID_FIELD, TICK_FIELD, Definition, Schedule, iso_of_ms
from service.storage import keys
from service.storage.codec import Stamp, dump_json, pairs, stamp
from service.storage.durable import Durability
from service.storage.events import DEFAULT_POLICY, EventPolicy
from service.storage.runner import ScriptRunner
from service.storage.scripts import source
from service.storage.submit import create_args, create_keys, new_task

_decode_definition = msgspec.json.Decoder(Definition).decode
#: schedule_update.lua calls while ticks or other changes keep moving the revision under a change
_CHANGE_READS = 5


class Written(IntEnum):
    """schedule_create.lua's and schedule_update.lua's results (the same table is in the scripts)."""

    REFUSED = 0  #: create: the project has its maximum; update: the schedule is gone (or another project's)
    WRITTEN = 1
    MOVED = 2  #: update: the revision changed since the read; nothing written


class Fired(IntEnum):
    """schedule_fire.lua's results."""

    STALE = 0  #: disabled, deleted, or already fired or changed since it was read: nothing written
    FIRED = 1
    REFUSED = 2  #: the task could not be created (its id was taken): nothing written


class ScheduleLimit(Exception):
    """The project already has the most schedules allowed."""


class ScheduleMoving(Exception):
    """A change kept losing the compare-and-set to ticks and other changes."""


class ScheduleStore:
    """Every read and write of schedules; one per process. A tick's task goes to `queue_name`, or to the queue of
    its own that its type names in `routes` (type -> queue) where the schedule was written (the API's)."""

    def __init__(
        self,
        redis: Redis,
        *,
        queue_name: str,
        retention_seconds: int,
        events: EventPolicy = DEFAULT_POLICY,
        durability: Durability | None = None,
        routes: Mapping[str, str] | None = None,
    ) -> None:
        self.routes = dict(routes or {})
        self.redis = redis
        self.queue_name = queue_name
        self.retention_ms = retention_seconds * 1000
        self.events = events
        self._runner = ScriptRunner(redis, durability)
        names = ("schedule_create", "schedule_update", "schedule_delete", "schedule_fire")
        self._scripts = {name: redis.register_script(source(name)) for name in names}

    async def aclose(self) -> None:
        await self._runner.aclose()

    async def create(self, project_id: str, definition: Definition, *, limit: int) -> Schedule:
        """Store a new schedule (enabled: due at its first tick); ScheduleLimit past `limit` per project."""
        when = stamp()
        schedule_id = str(uuid.uuid4())
        next_ms = definition.timing(when.ms).next_after(when.ms) if definition.enabled else None
        queue = self.routes.get(definition.task_type, "")
        fields = _fields(definition, when, anchor_ms=when.ms, queue=queue, next_ms=next_ms)
        record = {**fields, "schedule_id": schedule_id, "project_id": project_id, "created_at": when.iso}
        record["revision"] = "0"
        script_keys = [keys.schedule(schedule_id), keys.project_schedules(project_id), keys.SCHEDULES_DUE]
        args = [schedule_id, limit, when.ms, "" if next_ms is None else next_ms, *pairs(record)]
        if await self._runner.run_durable(self._scripts["schedule_create"], script_keys, args) == Written.REFUSED:
            raise ScheduleLimit(f"project {project_id} already has {limit} schedules, the most allowed")
        return load_schedule(record)

    async def get(self, project_id: str, schedule_id: str) -> Schedule | None:
        fields = await self._read(project_id, schedule_id)
        return None if fields is None else load_schedule(fields)

    async def _read(self, project_id: str, schedule_id: str) -> dict[str, str] | None:
        fields: dict[str, str] = await self.redis.hgetall(keys.schedule(schedule_id))  # type: ignore[misc]
        return fields if fields.get("project_id") == project_id else None

    async def page(self, project_id: str, offset: int, limit: int) -> tuple[list[Schedule], int]:
        """A page of a project's schedules, oldest first, and how many it has."""
        index = keys.project_schedules(project_id)
        ids: list[str] = await self.redis.zrange(index, offset, offset + limit - 1)
        async with self.redis.pipeline(transaction=False) as pipe:
            pipe.zcard(index)
            for schedule_id in ids:
                pipe.hgetall(keys.schedule(schedule_id))
            total, *found = await pipe.execute()
        return [load_schedule(fields) for fields in found if fields], int(total)

    async def change(
        self, project_id: str, schedule_id: str, merge: Callable[[Definition], Definition]
    ) -> Schedule | None:
        """Apply `merge` (which may raise) to the stored definition and write the result; next run recomputed when
        the timing or `enabled` changed. None when there is no such schedule in the project."""
        for _ in range(_CHANGE_READS):
            read = await self._read(project_id, schedule_id)
            if read is None:
                return None
            new = merge(_decode_definition(read["spec"]))
            fields = _changed(read, new, stamp(), self.routes.get(new.task_type, ""))
            next_ms = fields.get("next_run_ms", "")
            args = [schedule_id, project_id, read["revision"], next_ms, *pairs(fields)]
            script_keys = [keys.schedule(schedule_id), keys.SCHEDULES_DUE]
            written = await self._runner.run_durable(self._scripts["schedule_update"], script_keys, args)
            if written == Written.WRITTEN:
                return await self.get(project_id, schedule_id)
            if written == Written.REFUSED:
                return None
        raise ScheduleMoving(schedule_id)

    async def delete(self, project_id: str, schedule_id: str) -> bool:
        script_keys = [keys.schedule(schedule_id), keys.project_schedules(project_id), keys.SCHEDULES_DUE]
        return bool(
            await self._runner.run_durable(self._scripts["schedule_delete"], script_keys, [schedule_id, project_id])
        )

    async def due(self, now_ms: int, limit: int) -> list[tuple[str, int]]:
        """Up to `limit` schedules due at `now_ms`, earliest first, with their due scores."""
        found = await self.redis.zrangebyscore(keys.SCHEDULES_DUE, "-inf", now_ms, 0, limit, withscores=True)
        return [(schedule_id, int(score)) for schedule_id, score in found]

    async def earliest(self) -> int | None:
        """The next due score of any schedule (None: no enabled schedule)."""
        found = await self.redis.zrange(keys.SCHEDULES_DUE, 0, 0, withscores=True)
        return int(found[0][1]) if found else None

    async def fire(self, schedule_id: str, due_ms: int) -> Fired:
        """Fire the latest tick of a schedule read due at `due_ms`, and move it to its first tick after now.
        Earlier ticks it missed are not replayed."""
        read: dict[str, str] = await self.redis.hgetall(keys.schedule(schedule_id))  # type: ignore[misc]
        if read.get("enabled") != "1" or not read.get("revision"):
            return Fired.STALE
        when = stamp()
        definition = _decode_definition(read["spec"])
        timing = definition.timing(int(read["anchor_ms"]))
        tick = max(due_ms, timing.latest_at_or_before(when.ms))
        script_keys, args = self._fire_layout(read, definition, when, tick)
        head = [schedule_id, due_ms, read["revision"], timing.next_after(max(when.ms, tick)), when.iso]
        reply = await self._runner.run_durable(self._scripts["schedule_fire"], [*_ids(read), *script_keys], head + args)
        return Fired(int(reply))

    def _fire_layout(
        self, read: dict[str, str], definition: Definition, when: Stamp, tick: int
    ) -> tuple[list[str], list[Any]]:
        """create.lua's KEYS and ARGV for the tick's task: a submit of the schedule's body."""
        metadata = {**definition.metadata, SCHEDULE_ID_FIELD: read["schedule_id"], TICK_FIELD: iso_of_ms(tick)}
        values = {"task_data": definition.task_data, "metadata": metadata, "callback_url": definition.callback_url}
        task = new_task(when, None, project_id=read["project_id"], task_type=definition.task_type, **values)
        queue = read.get("queue", "")
        routes = {task.task_type: queue} if queue else None
        args = create_args(task, when, self.retention_ms, None, self.events, routes)
        return create_keys(task, queue or self.queue_name, None), args


def _ids(read: dict[str, str]) -> list[str]:
    return [keys.schedule(read["schedule_id"]), keys.SCHEDULES_DUE]


def _fields(definition: Definition, when: Stamp, *, anchor_ms: int, queue: str, next_ms: int | None) -> dict[str, str]:
    """The hash fields a create or change sets (next_run_ms only when enabled)."""
    fields = {
        "spec": dump_json(definition),
        "enabled": "1" if definition.enabled else "0",
        "anchor_ms": str(anchor_ms),
        "queue": queue,
        "updated_at": when.iso,
    }
    if next_ms is not None:
        fields["next_run_ms"] = str(next_ms)
    return fields


def _changed(read: dict[str, str], new: Definition, when: Stamp, queue: str) -> dict[str, str]:
    """The fields of a change: a new timing restarts its period now; a new timing or enabling recomputes next run."""
    old = _decode_definition(read["spec"])
    retimed = (new.cron, new.every_seconds) != (old.cron, old.every_seconds)
    anchor_ms = when.ms if retimed else int(read["anchor_ms"])
    next_ms: int | None = None
    if new.enabled:
        kept = read.get("next_run_ms")
        recompute = retimed or not old.enabled or not kept
        next_ms = new.timing(anchor_ms).next_after(when.ms) if recompute else int(kept or 0)
    return _fields(new, when, anchor_ms=anchor_ms, queue=queue, next_ms=next_ms)


def load_schedule(fields: dict[str, str]) -> Schedule:
    definition = _decode_definition(fields["spec"])
    next_ms = fields.get("next_run_ms")
    return Schedule(
        schedule_id=fields["schedule_id"],
        project_id=fields["project_id"],
        **msgspec.structs.asdict(definition),
        next_run_at=iso_of_ms(int(next_ms)) if next_ms and definition.enabled else None,
        last_run_at=fields.get("last_run_at") or None,
        last_task_id=fields.get("last_task_id") or None,
        created_at=fields["created_at"],
        updated_at=fields["updated_at"],
    )
