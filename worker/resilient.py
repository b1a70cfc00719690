"""arq's Worker, kept alive through a Redis outage: it waits for Redis to come back instead of exiting.

arq lets any Redis error escape its start-up and its poll loop, which stops the worker. Here a worker started
before its Redis waits for it (a signal stops it cleanly meanwhile), and an unreachable Redis pauses polling;
a job that Redis dropped from under (its arq claim may be left behind) is given up on its record once Redis
answers, and the reconciler releases its claim so that arq runs it again.
"""

from __future__ import annotations

import asyncio
import logging
from typing import Any

from arq.worker import Worker
from redis.exceptions import ConnectionError as RedisConnectionError
from redis.exceptions import TimeoutError as RedisTimeoutError
from redis.exceptions import WatchError

from service.logs import bind
from service.storage import keys
from service.storage.ready import wait_for_redis
from service.storage.rescue import Claims
from worker.caps import TypeGate

log = logging.getLogger(__name__)

#: What Redis being away looks like; a WatchError outside EXEC is redis-py's word for a connection lost mid-WATCH.
REDIS_DOWN: tuple[type[Exception], ...] = (RedisConnectionError, RedisTimeoutError, WatchError, OSError)
#: Pause between polls while Redis is away: recovery costs at most this much on top of Redis's own restart.
RETRY_DELAY_SECONDS = 0.5


class RunningJobs:
    """The job ids a process's Workers run now (each one's arq tasks): `job_id in running`."""

    def __init__(self, workers: list[Worker]) -> None:
        self.workers = workers

    def __contains__(self, job_id: object) -> bool:
        return any(job_id in worker.tasks for worker in self.workers)


class ResilientWorker(Worker):
    """arq's Worker that outlives a Redis outage; `python -m worker` runs it."""

    def __init__(self, *args: Any, owns_pool: bool = True, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        #: False for all but one Worker of a group sharing one arq client (worker.group): that one closes it
        self.owns_pool = owns_pool
        # the reconciler gives up tasks naming this worker that it does not run (a group sets its own, for all)
        self.ctx["running_jobs"] = RunningJobs([self])
        self.redis_down = False
        #: ids of jobs whose run Redis cut short, to give up once it answers
        self.interrupted: set[str] = set()
        self._claims: Claims | None = None
        #: True while main() waits for Redis at start-up: a stop then has nothing of ours in Redis to clean up
        self.waiting_for_redis = False

    async def main(self) -> None:
        self.waiting_for_redis = True
        if await wait_for_redis(self.pool, log.warning):
            log.info("redis answers; starting")
        self.waiting_for_redis = False
        await super().main()

    async def close(self) -> None:
        if not self.waiting_for_redis and not self.owns_pool:
            await self._end_jobs()
            self._pool = None  # the group's owner closes the shared client (its health-check key expires by itself)
        elif not self.waiting_for_redis:
            await self._end_jobs()
            try:
                await super().close()
            except REDIS_DOWN as exc:  # the live-worker entries expire by themselves
                log.warning("redis unreachable while stopping (%r); not cleaned up", exc)
        elif self._pool is not None:  # stopped before Redis ever answered: only our connections to close
            await self.pool.aclose()
            self._pool = None

    async def _end_jobs(self) -> None:
        """Cancel what still runs and wait for it, as arq's close() does but without letting a job cancelled while
        it finishes (its shielded finish_job goes on) raise CancelledError out of close() and skip on_shutdown."""
        for task in self.tasks.values():
            task.cancel()
        await asyncio.gather(*self.tasks.values(), return_exceptions=True)
        self.tasks.clear()

    async def _poll_iteration(self) -> None:
        try:
            await super()._poll_iteration()
            await self._give_up_interrupted()
        except REDIS_DOWN as exc:
            if not self.redis_down:
                log.warning("redis unreachable (%r); polling paused until it answers", exc)
            self.redis_down = True
            await asyncio.sleep(RETRY_DELAY_SECONDS)
            return
        if self.redis_down:
            log.info("redis answers again; polling resumed")
            self.redis_down = False

    async def start_jobs(self, job_ids: list[bytes]) -> None:
        gate: TypeGate | None = self.ctx.get("gate")
        if gate is None or not gate.capped(self.queue_name):  # no limit on this queue: arq's own start, no cost
            await self._claim(job_ids)
            return
        await gate.admit(
            self.queue_name,
            [job_id.decode() for job_id in job_ids],
            busy={job_id for job_id, task in self.tasks.items() if not task.done()},
            room=lambda: self.max_jobs - self.job_counter,
            start=self._start_one,
        )

    async def _claim(self, job_ids: list[bytes]) -> None:
        try:
            await super().start_jobs(job_ids)
        except REDIS_DOWN:
            # arq took a job slot before writing the claim that failed; only its done-callback would return it
            self._release_sem_dec_counter_on_complete()
            raise

    async def _start_one(self, job_id: str) -> bool:
        """arq's claim and start of one job (a free job slot is known to be left); whether it started here."""
        before = self.tasks.get(job_id)
        await self._claim([job_id.encode()])
        started = self.tasks.get(job_id)
        return started is not None and started is not before

    async def run_job(self, job_id: str, score: int) -> None:
        # every line of the job (arq's own, ours, the task's) names its task; the job runs in a task of its own
        bind(task_id=job_id.removeprefix(keys.WEBHOOK_JOB_PREFIX))
        try:
            await super().run_job(job_id, score)
        except REDIS_DOWN as exc:
            log.warning("job %s cut short by redis (%r); it will run again", job_id, exc)
            self.interrupted.add(job_id)
        finally:
            # however the job ended (done, retried, aborted, cancelled, refused by arq): its type's slot goes back
            gate: TypeGate | None = self.ctx.get("gate")
            if gate is not None and job_id in gate.held:
                await gate.release(job_id)

    async def _give_up_interrupted(self) -> None:
        worker_id = self.ctx.get("worker_id")
        if not self.interrupted or worker_id is None:
            return
        if self._claims is None:
            self._claims = Claims(self.pool)
        for job_id in sorted(self.interrupted):
            # a job that never reached processing needs nothing: the reconciler releases its claim anyway
            await self._claims.disown(job_id, worker_id)
            self.interrupted.discard(job_id)
