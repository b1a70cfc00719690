"""The queue ceiling: `python -m tests.bench.bare_worker`, arq's own Worker with the service worker's settings
(queue, concurrency, poll delay, timeouts, results, logging) running a no-op: no hooks, no records."""

from __future__ import annotations

import asyncio

from arq.worker import Worker, func

from service.config import load_settings
from service.eventloop import new_event_loop
from service.logs import configure_logging
from tests.bench.plain_arq import NOOP, noop
from worker.settings import worker_options

HOOKS = ("on_startup", "on_shutdown", "on_job_start", "after_job_end")


def main() -> None:
    settings = load_settings()
    configure_logging(settings)
    options = {name: value for name, value in worker_options(settings).items() if name not in HOOKS}
    options["functions"] = [func(noop, name=NOOP, max_tries=settings.max_tries)]
    asyncio.set_event_loop(new_event_loop())  # arq's Worker takes the current loop
    Worker(**options).run()


if __name__ == "__main__":
    main()
