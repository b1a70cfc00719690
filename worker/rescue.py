"""Re-run the jobs of dead workers within seconds: release arq claims that no live worker holds.

A claim is released only after two looks at least a stale window apart found it unheld and unchanged, and
the release re-checks it atomically (service.storage.rescue). The second look matters after a Redis outage,
when every heartbeat looks stale: live workers beat again in between and keep their jobs.

Claims are looked for among the active tasks, and at the head of the arq queue (bounded), where the jobs of
tasks that became final while claimed (cancelled after their worker died) sit: those jobs are dropped.
Abort markers that no job will read are removed too.
"""

from __future__ import annotations

import logging
import math
import time
from collections import Counter
from collections.abc import Container, Mapping, Sequence

from service.logs import log_fields
from service.models import ACTIVE, TaskStatus
from service.storage.codec import score_of
from service.storage.rescue import GIVEN_UP, Claim, Claims, Released
from service.storage.upkeep import PassFigures

log = logging.getLogger(__name__)

#: Queue entries looked at per pass for claims of final tasks: arq's own read window is max(5 x max_jobs, 100).
QUEUE_HEAD = 500
#: An abort marker no worker holds a job for is removed this long after the cancel that set it. arq means
#: to drop markers after its abort_job_max_age (60) but its ZREMRANGEBYSCORE removes only future scores.
ABORT_MARKER_MAX_AGE_SECONDS = 60.0
ABORTS_PER_PASS = 500


def release_bound_s(heartbeat_s: float, reconcile_interval_s: float, stale_after_beats: int) -> float:
    """Worst case from a worker's death to the release of its claims by a live worker's reconciler.

    Stale window W = stale_after_beats beats. The first look comes at most one interval after the last beat
    is W old; the second at the first pass at least W later. Defaults (2 s, 10 s, 3): 6 + 10 + 10 = 26 s.
    """
    window = heartbeat_s * stale_after_beats
    return window + reconcile_interval_s + math.ceil(window / reconcile_interval_s) * reconcile_interval_s


def unheld(claim: Claim, last_beat_ms: float | None, live_since_ms: float) -> bool:
    """Whether no live worker can be holding this claim now (a second look must agree before a release)."""
    dead = claim.owner == GIVEN_UP or last_beat_ms is None or last_beat_ms < live_since_ms
    if claim.status not in ACTIVE:
        # final or gone: a live worker refuses such a start and ends the job within milliseconds
        return not claim.owner or dead
    # a claim seen after its try's release is a newer one, whose worker counts its try within milliseconds: seen
    # unchanged a stale window later, that worker failed first (a Redis failover): the usual rules apply
    if claim.status == TaskStatus.QUEUED:
        return True  # claimed, never started: a live worker moves it to processing within milliseconds
    if not claim.owner:
        return False  # no owner recorded (a start before owners were): left to arq's own expiry
    return dead


def overdue(claim: Claim, limits: Mapping[str, float], now_us: int) -> bool:
    """Whether a claimed attempt has been processing for longer than its type's limit allows."""
    limit = limits.get(claim.task_type)
    if claim.status != TaskStatus.PROCESSING or not claim.started_at or limit is None:
        return False
    return now_us - score_of(claim.started_at) > limit * 1_000_000


class Rescuer:
    """The reconciler's memory of suspect claims from one pass to the next, and what the current pass did.

    `limits`: seconds an attempt of each task type may be processing (its time limit and arq's margin) before the
    pass counts it as stuck; only claimed attempts are looked at, so the count costs no command of its own.
    """

    def __init__(
        self,
        claims: Claims,
        *,
        stale_after_seconds: float,
        limits: Mapping[str, float] | None = None,
        own: tuple[str, Container[str]] | None = None,
    ) -> None:
        self.claims = claims
        #: this worker's id and the job ids it runs now: a processing task that names it but is not among them
        #: (its end or its give-up lost in a failover, the job long over) is given up, then released as any other
        self.own = own
        self.stale_after_seconds = stale_after_seconds
        self.limits = limits or {}
        self._suspects: dict[str, tuple[float, Claim]] = {}  # task id -> (first seen, monotonic; claim)
        self._seen: dict[str, tuple[float, Claim]] = {}
        self._done: Counter[Released] = Counter()
        self._aborts_dropped = 0
        self._stuck: set[str] = set()

    def start_pass(self) -> None:
        self._seen = {}
        self._done, self._aborts_dropped, self._stuck = Counter(), 0, set()

    def figures(self, finalised: int) -> PassFigures:
        """The pass's actions (with the reconciler's finalised count) and the stuck attempts it saw."""
        done = self._done
        return PassFigures(
            finalised, done[Released.RELEASED], done[Released.DROPPED], self._aborts_dropped, len(self._stuck)
        )

    def end_pass(self) -> None:
        self._suspects = self._seen  # claims no longer suspect are forgotten

    def forget(self) -> None:
        """After a failed pass (Redis away?), what was seen before proves nothing."""
        self._suspects, self._seen = {}, {}

    async def sweep(self, task_ids: Sequence[str], *, settled_only: bool = False) -> int:
        """Look at the claims of these tasks (only those no longer active with `settled_only`); release (or drop)
        those unheld on two looks. Returns how many."""
        claims = await self.claims.held(task_ids)
        if settled_only:
            claims = [claim for claim in claims if claim.status not in ACTIVE]
        if not claims:
            return 0
        now_us = time.time_ns() // 1000
        self._stuck.update(claim.task_id for claim in claims if overdue(claim, self.limits, now_us))
        beats = await self.claims.last_beats(claims)
        live_since_ms = int((time.time() - self.stale_after_seconds) * 1000)
        released = 0
        await self._give_up_orphans(claims)
        for claim in claims:
            if unheld(claim, beats.get(claim.owner), live_since_ms):
                released += await self._second_look(claim, live_since_ms)
        return released

    async def _give_up_orphans(self, claims: Sequence[Claim]) -> None:
        if self.own is None:
            return
        me, running = self.own
        for claim in claims:
            if claim.owner != me or claim.status != TaskStatus.PROCESSING or claim.task_id in running:
                continue
            if await self.claims.disown(claim.task_id, me):  # released after two looks, as a dead worker's
                log.warning("task %s names this worker, which no longer runs its job: given up", claim.task_id)

    async def _second_look(self, claim: Claim, live_since_ms: int) -> int:
        now = time.monotonic()
        first_seen, seen = self._suspects.get(claim.task_id, (now, claim))
        if seen != claim:
            first_seen = now  # something moved: start over
        if now - first_seen < self.stale_after_seconds:
            self._seen[claim.task_id] = (first_seen, claim)
            return 0
        done = await self.claims.release(claim, live_since_ms=live_since_ms)
        self._done[done] += 1
        if done is not Released.LEFT:
            self._stuck.discard(claim.task_id)  # released or dropped: no longer held by anyone
            action = "released for a re-run" if done is Released.RELEASED else "dropped, nothing left to run"
            with log_fields(task_id=claim.task_id):
                log.warning("job of task %s (%s, worker %s) %s: no live worker holds it", *claim[:3], action)
        return int(done is not Released.LEFT)

    async def end_of_pass(self) -> None:
        """What a pass does once every active task was seen: the queue's head, stale abort markers."""
        await self.sweep_queue()
        await self.drop_stale_aborts()
        self.end_pass()

    async def sweep_queue(self, limit: int = QUEUE_HEAD) -> int:
        """Drop the claimed jobs of final (or gone) tasks at the head of the queue; active ones are swept apart."""
        return await self.sweep(await self.claims.queue_head(limit), settled_only=True)

    async def drop_stale_aborts(self, max_age_seconds: float = ABORT_MARKER_MAX_AGE_SECONDS) -> int:
        set_before_ms = int((time.time() - max_age_seconds) * 1000)
        dropped = await self.claims.drop_stale_aborts(set_before_ms=set_before_ms, limit=ABORTS_PER_PASS)
        self._aborts_dropped += dropped
        return dropped
