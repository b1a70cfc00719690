"""`python -m worker` serves every queue its task types route to: one arq Worker per queue, in one process.

arq's Worker polls one queue; a task type that names its own queue (TaskType.queue) has its jobs in another, so
the process runs one ResilientWorker per queue it serves, on one event loop. They share one ctx and one arq client:
the storage client, HTTP session, worker id, heartbeat (on every queue, naming the types run from it) and reconciler
are started once (the settings class's on_startup) and stopped once (its on_shutdown). Each Worker keeps arq's own
machinery for its queue: claims, tries, `max_jobs` (WORKER_CONCURRENCY per queue), polling and its health-check key.
A signal stops them all as arq stops one: no new job, SHUTDOWN_GRACE_SECONDS for the running ones.
"""

from __future__ import annotations

import asyncio
import logging
import signal
from typing import Any

from arq.worker import get_kwargs

from service.storage.ready import wait_for_redis
from worker.resilient import ResilientWorker, RunningJobs

log = logging.getLogger(__name__)


class WorkerGroup:
    """The Workers of one process: `settings_cls` is a WorkerSettings class; its `queues` attribute (queue ->
    task type names, worker.served.served_queues) says which queue runs which function; without it, only
    its queue_name, with every function."""

    def __init__(self, settings_cls: type) -> None:
        options: dict[str, Any] = dict(get_kwargs(settings_cls))  # arq types its values as NameError
        self.on_startup = options.pop("on_startup", None)
        self.on_shutdown = options.pop("on_shutdown", None)
        queues: dict[str, list[str]] | None = getattr(settings_cls, "queues", None)
        #: one ctx for every Worker (on_startup fills it); without `queues`, on_startup says what is served
        self.ctx: dict[str, Any] = {} if queues is None else {"queues": queues}
        served: dict[str, list[str] | None] = {options["queue_name"]: None} if queues is None else dict(queues)
        self.workers = [
            ResilientWorker(**self._options(options, queue, names, queues or {}), owns_pool=not position)
            for position, (queue, names) in enumerate(served.items())
        ]
        for worker in self.workers:
            worker.ctx = self.ctx  # arq would take an empty dict as none and make its own
        self.ctx["running_jobs"] = RunningJobs(list(self.workers))
        self.main_task: asyncio.Task[None] | None = None
        self.started = False

    @staticmethod
    def _options(
        options: dict[str, Any], queue: str, names: list[str] | None, queues: dict[str, list[str]]
    ) -> dict[str, Any]:
        """One queue's Worker: its types' functions (all of them without a list) and webhook delivery."""
        functions = options["functions"]
        if names is not None:
            routed = {name for names_of_queue in queues.values() for name in names_of_queue}
            functions = [f for f in functions if f.name in names or f.name not in routed]
        return {**options, "queue_name": queue, "functions": functions, "handle_signals": False}

    def run(self) -> None:
        """Until a signal: arq's Worker.run() for the whole group."""
        loop = self.workers[0].loop
        for signum in (signal.SIGINT, signal.SIGTERM):
            loop.add_signal_handler(signum, self.handle_signal, signum)
        self.main_task = loop.create_task(self.main())
        try:
            loop.run_until_complete(self.main_task)
        except asyncio.CancelledError:
            pass  # stopped before Redis ever answered
        finally:
            loop.run_until_complete(self.close())

    async def main(self) -> None:
        if await wait_for_redis(self.workers[0].pool, log.warning):
            log.info("redis answers; starting")
        self.ctx["redis"] = self.workers[0].pool
        if self.on_startup is not None:
            await self.on_startup(self.ctx)
        self.started = True
        tasks = [asyncio.create_task(worker.main()) for worker in self.workers]
        for worker, task in zip(self.workers, tasks, strict=True):
            worker.main_task = task
        done, _ = await asyncio.wait(tasks, return_when=asyncio.FIRST_EXCEPTION)
        failed = next((task for task in done if not task.cancelled() and task.exception()), None)
        if failed is not None:  # one queue's Worker broke: stop the others too, then report it
            self.handle_signal(signal.SIGTERM)
            await asyncio.wait(tasks)
            failed.result()

    def handle_signal(self, signum: signal.Signals) -> None:
        if not self.started:
            if self.main_task is not None:
                self.main_task.cancel()
            return
        for worker in self.workers:
            if worker.main_task is not None and not worker.main_task.done():
                worker.handle_sig_wait_for_completion(signum)

    async def close(self) -> None:
        """Each Worker's close (the one owning the shared arq client last), then on_shutdown once."""
        if not self.started:  # stopped while waiting for Redis: nothing of ours in Redis, only connections to close
            await self.workers[0].pool.aclose()
            return
        for worker in reversed(self.workers):
            await worker.close()
        if self.started and self.on_shutdown is not None:
            await self.on_shutdown(self.ctx)


def run(settings_cls: type) -> None:
    """arq's run_worker(settings_cls), for every queue of the class (ResilientWorkers)."""
    WorkerGroup(settings_cls).run()
