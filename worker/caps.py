"""Per-type concurrency limits on the worker side: which due jobs may start, and the slots this process holds.

A job of a capped type starts only once it holds one of its type's run slots (service.storage.slots), taken before
arq claims the job: a refused job is never claimed, so arq counts no try for it, and on_job_start never moves its
task to processing. Refused jobs go to the back of their type's line, later in their queue (`recheck_ms` /
limit apart), so that arq's read of the queue head reaches the jobs behind them, and so that workers do not read
them again on every poll while the type is full: they come due in turn, `limit` per `recheck_ms`. A job that
already holds a slot runs elsewhere: it is left alone for `recheck_ms`, in this process only. Leases are renewed
by the heartbeat and given back when the job ends.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Awaitable, Callable, Collection, Mapping
from dataclasses import dataclass, field

from redis.asyncio import Redis

from service.config import Settings
from service.registry import AnyTaskType, concurrency_limits
from service.storage import keys
from service.storage.slots import Slot, TypeSlots
from worker.heartbeat import STALE_AFTER_BEATS

log = logging.getLogger(__name__)

#: Job ids of uncapped types this process remembers (not to ask their type again); beyond it, it starts afresh.
MEMORY_LIMIT = 10_000

#: A refused job goes to the back of its type's line, due again at least this long after (ms); the line's jobs come
#: due `limit` per RECHECK_MS: how soon a freed slot is taken, and what a full type costs, however long its backlog.
RECHECK_MS = 100


@dataclass
class TypeGate:
    """One process's view of the limits (task type -> limit) and the slots its jobs hold (job id -> type)."""

    slots: TypeSlots
    limits: Mapping[str, int]
    #: each lease's length: a dead worker's slots come back within it (HEARTBEAT_SECONDS x STALE_AFTER_BEATS)
    lease_ms: int
    #: the task types of each queue this process serves (ctx["queues"])
    queues: Mapping[str, Collection[str]]
    recheck_ms: int = RECHECK_MS
    held: dict[str, str] = field(default_factory=dict)
    _elsewhere: dict[str, float] = field(default_factory=dict)
    _uncapped: set[str] = field(default_factory=set)

    def capped(self, queue: str) -> list[str]:
        """The capped types run from this queue: none, and the queue's Worker behaves as arq's own."""
        return [name for name in self.queues.get(queue, ()) if name in self.limits]

    async def admit(
        self,
        queue: str,
        job_ids: list[str],
        *,
        busy: Collection[str],
        room: Callable[[], int],
        start: Callable[[str], Awaitable[bool]],
    ) -> None:
        """Start the due `job_ids` (`start`: arq's claim and run; False when arq did not start it) in order while
        `room()` is left, each capped one only with a slot; defer the refused ones."""
        refused: dict[str, list[str]] = {}
        candidates = self._candidates(job_ids, busy)
        kinds = await self._kinds(queue, candidates)
        for job_id in candidates:
            if room() <= 0:
                break
            kind = kinds.get(job_id)
            if kind is None:
                await start(job_id)
            elif kind in refused:  # found full in this poll already: no second ask
                refused[kind].append(job_id)
            else:
                await self._start_capped(job_id, kind, refused, start)
        await self._defer(queue, refused)

    async def _start_capped(
        self, job_id: str, kind: str, refused: dict[str, list[str]], start: Callable[[str], Awaitable[bool]]
    ) -> None:
        slot = await self.slots.acquire(kind, job_id, limit=self.limits[kind], lease_ms=self.lease_ms)
        if slot is Slot.REFUSED:
            refused[kind] = [job_id]
            return
        if slot is Slot.HELD:
            self._elsewhere[job_id] = time.monotonic() + self.recheck_ms / 1000
            return
        self.held[job_id] = kind
        started = False
        try:
            started = await start(job_id)
        finally:
            if not started:  # claimed elsewhere meanwhile, or Redis failed: the slot goes back
                await self.release(job_id)

    def _candidates(self, job_ids: list[str], busy: Collection[str]) -> list[str]:
        """The due jobs not running here, less those running elsewhere seen within recheck_ms."""
        now = time.monotonic()
        self._elsewhere = {job_id: until for job_id, until in self._elsewhere.items() if until > now}
        return [job_id for job_id in job_ids if job_id not in busy and job_id not in self._elsewhere]

    async def _kinds(self, queue: str, job_ids: list[str]) -> dict[str, str]:
        """The capped type of each of these jobs (absent: not capped, or its task is no longer active): one HMGET
        per job, but none for a job already seen to be of an uncapped type (the jobs running at the queue head)."""
        capped = self.capped(queue)
        asked = [j for j in job_ids if not j.startswith(keys.WEBHOOK_JOB_PREFIX) and j not in self._uncapped]
        if len(self._uncapped) + len(asked) > MEMORY_LIMIT:
            self._uncapped.clear()
        found: dict[str, str] = {}
        for job_id, kind in zip(asked, await self.slots.types_of(asked), strict=True):
            if kind in capped:
                found[job_id] = kind
            elif kind is not None:  # a type never changes; a capped task's status does (a cancel): asked again
                self._uncapped.add(job_id)
        return found

    async def _defer(self, queue: str, refused: Mapping[str, list[str]]) -> None:
        """Send each type's refused jobs to the back of its line: `limit` of them come due per recheck_ms."""
        for kind, job_ids in refused.items():
            spacing = self.recheck_ms / self.limits[kind]
            await self.slots.defer(queue, kind, job_ids, first_ms=self.recheck_ms, spacing_ms=spacing)

    async def release(self, job_id: str) -> None:
        """Give a job's slot back (when it ends); if Redis fails, its lease, no longer renewed, expires."""
        kind = self.held.pop(job_id, None)
        if kind is None:
            return
        try:
            await self.slots.release(kind, job_id)
        except Exception as exc:
            log.warning("slot of job %s (%s) not given back (%r); its lease expires", job_id, kind, exc)

    async def release_all(self) -> None:
        """At shutdown: the slots of jobs that never ran their end (cancelled before they started) go back now."""
        for job_id in list(self.held):
            await self.release(job_id)

    async def renew(self) -> int:
        """Renew the leases of the slots this process holds (the heartbeat); how many were renewed."""
        return await self.slots.renew(dict(self.held), lease_ms=self.lease_ms)


def type_gate(
    settings: Settings, types: Mapping[str, AnyTaskType], redis: Redis, queues: Mapping[str, Collection[str]]
) -> TypeGate | None:
    """The gate of a worker serving `types` from `queues`; None when none of them is capped (nothing to do)."""
    limits = concurrency_limits(types, settings.concurrency_limits())
    if not limits:
        return None
    lease_ms = int(settings.heartbeat_seconds * STALE_AFTER_BEATS * 1000)
    return TypeGate(TypeSlots(redis), limits, lease_ms, queues)
