"""What is served without a key: liveness and readiness probes, and the OpenAPI document."""

from __future__ import annotations

from aiohttp import web

from service.api.appkeys import METRICS, OPENAPI_DOCUMENT, REDIS
from service.api.errors import ApiError
from service.api.responses import json_response


async def health(request: web.Request) -> web.Response:
    return json_response({"status": "ok"})


async def ready(request: web.Request) -> web.Response:
    """200 when Redis answers and every queue holding jobs has a live worker; else 503 naming what is missing."""
    await request.app[REDIS].ping()  # a RedisError becomes 503 naming redis
    queues = await request.app[METRICS].queues()
    stalled = [
        {"component": "queue", "queue": name, "depth": stats.depth, "workers": stats.workers}
        for name, stats in queues.items()
        if stats.depth > 0 and stats.workers == 0
    ]
    if stalled:
        raise ApiError(503, "jobs are queued but no worker is live on their queue", stalled)
    return json_response({"status": "ready", "queues": queues})


async def openapi_document(request: web.Request) -> web.Response:
    """The bytes rendered at app creation."""
    return web.Response(body=request.app[OPENAPI_DOCUMENT], content_type="application/json", charset="utf-8")
