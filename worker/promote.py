"""The promoter loop: due deferred tasks of the types this worker serves get their priority's place in the queue
(service/storage/schedule.py, deferred.py). Every worker runs it; a promotion happens once whichever runs it."""

from __future__ import annotations

import asyncio
import logging

from worker.context import WorkerContext

log = logging.getLogger(__name__)

#: How often due deferred tasks are promoted: until then a due one sorts as if of the lowest priority (it runs at
#: once on an idle queue; in a backlog it waits at most this long longer than its priority would let it).
PROMOTE_INTERVAL_SECONDS = 0.5


async def promote_forever(ctx: WorkerContext, *, interval: float = PROMOTE_INTERVAL_SECONDS) -> None:
    """Promote every `interval` until cancelled; a failed pass is logged, never fatal."""
    deferred = ctx["deferred"]
    served = {name: queue for queue, names in ctx["queues"].items() for name in names}
    while True:
        try:
            await deferred.promote(served)
        except Exception:
            log.warning("deferred tasks not promoted by worker %s", ctx["worker_id"], exc_info=True)
        await asyncio.sleep(interval)
