"""What is served without a key: liveness and readiness probes, and the OpenAPI document."""

from __future__ import annotations

from typing import Any

from aiohttp import web

from service.api.appkeys import METRICS, OPENAPI_DOCUMENT, REDIS, SETTINGS
from service.api.errors import ApiError
from service.api.responses import json_response


async def health(request: web.Request) -> web.Response:
    return json_response({"status": "ok"})


async def ready(request: web.Request) -> web.Response:
    """200 when Redis answers and every due job has a live worker that can run it; else 503 naming what is
    missing: each queue holding jobs with no live worker (`component: queue`), and each task type whose queued tasks
    no live worker runs (`component: task_type`), the seed's wrong-queue incident generalised. On QUEUE_NAME, which
    every type without a queue of its own shares, a type is named only when live workers there lack it: with no
    worker there at all, the queue's entry says it for all of them. Jobs deferred to later (not due yet) need no
    worker now: they are left out of both."""
    await request.app[REDIS].ping()  # a RedisError becomes 503 naming redis
    reader = request.app[METRICS]
    queues = await reader.queues()
    stalled: list[dict[str, Any]] = [
        {"component": "queue", "queue": name, "depth": stats.depth - stats.deferred, "workers": stats.workers}
        for name, stats in queues.items()
        if stats.depth > stats.deferred and stats.workers == 0
    ]
    shared = request.app[SETTINGS].queue_name
    stalled += [
        {"component": "task_type", "task_type": name, "queue": stats.queue, "queued": stats.queued, "workers": 0}
        for name, stats in (await reader.task_types()).items()
        if stats.queued > 0 and stats.runners == 0 and (stats.queue != shared or queues[shared].workers > 0)
    ]
    if stalled:
        raise ApiError(503, _missing(stalled), stalled)
    return json_response({"status": "ready", "queues": queues})


def _missing(stalled: list[dict[str, Any]]) -> str:
    queues = [entry["queue"] for entry in stalled if entry["component"] == "queue"]
    types = [entry["task_type"] for entry in stalled if entry["component"] == "task_type"]
    parts = [f"no worker is live on queue {', '.join(queues)}"] if queues else []
    parts += [f"no live worker runs task type {', '.join(types)}"] if types else []
    return "jobs are queued but " + "; ".join(parts)


async def openapi_document(request: web.Request) -> web.Response:
    """The bytes rendered at app creation."""
    return web.Response(body=request.app[OPENAPI_DOCUMENT], content_type="application/json", charset="utf-8")
