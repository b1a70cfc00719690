"""create_app(settings): the application, its resources (cleanup contexts), middleware and route table."""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator

from aiohttp import web
from redis.asyncio import Redis

from service.api import health, projects, prometheus, tasks
from service.api.appkeys import KEYRING, METRICS, REDIS, SETTINGS, STORAGE, TASK_TYPES, WAITER
from service.api.auth import Keyring
from service.api.errors import error_middleware
from service.config import Settings
from service.storage import MetricsReader, TaskStorage
from service.storage.waiter import TaskWaiter
from service.task_types import registered_types

log = logging.getLogger(__name__)

#: Seconds before a Redis call gives up: an unreachable Redis must turn into a prompt 503, never a hung request.
REDIS_CONNECT_TIMEOUT = 2.0
REDIS_SOCKET_TIMEOUT = 5.0

_UUID = "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}"

# Fixed paths first; the task routes only match a UUID, so /tasks/metrics and /tasks/submit are never task ids.
ROUTES = [
    web.post("/api/v1/tasks/submit", tasks.submit),
    web.get("/api/v1/tasks/metrics", tasks.metrics),
    web.get(f"/api/v1/tasks/{{task_id:{_UUID}}}", tasks.get_task),
    web.post(f"/api/v1/tasks/{{task_id:{_UUID}}}/cancel", tasks.cancel),
    web.get("/api/v1/projects/{project_id}/tasks", projects.list_tasks),
    web.get("/api/v1/health", health.health),
    web.get("/api/v1/ready", health.ready),
    web.get("/metrics", prometheus.exposition),
]


async def redis_ctx(app: web.Application) -> AsyncIterator[None]:
    app[REDIS] = Redis.from_url(
        app[SETTINGS].redis_url,
        decode_responses=True,
        socket_timeout=REDIS_SOCKET_TIMEOUT,
        socket_connect_timeout=REDIS_CONNECT_TIMEOUT,
    )
    yield
    await app[REDIS].aclose()


async def storage_ctx(app: web.Application) -> AsyncIterator[None]:
    settings = app[SETTINGS]
    app[STORAGE] = TaskStorage(
        app[REDIS], retention_seconds=settings.task_retention_seconds, queue_name=settings.queue_name
    )
    yield


async def metrics_ctx(app: web.Application) -> AsyncIterator[None]:
    settings = app[SETTINGS]
    app[METRICS] = MetricsReader(
        app[REDIS], queue_names=(settings.queue_name,), heartbeat_seconds=settings.heartbeat_seconds
    )
    yield


async def waiter_ctx(app: web.Application) -> AsyncIterator[None]:
    waiter = TaskWaiter(app[REDIS], app[STORAGE])
    await waiter.start()
    app[WAITER] = waiter
    yield
    await waiter.close()


def create_app(settings: Settings) -> web.Application:
    app = web.Application(client_max_size=settings.max_body_bytes, middlewares=[error_middleware])
    app[SETTINGS] = settings
    app[KEYRING] = Keyring(settings.parsed_api_keys())
    app[TASK_TYPES] = registered_types(diagnostics=settings.enable_diagnostic_tasks)
    if not settings.api_keys:
        log.warning("API_KEYS is empty: every endpoint that needs a key will answer 401")
    app.cleanup_ctx.extend([redis_ctx, storage_ctx, metrics_ctx, waiter_ctx])
    app.router.add_routes(ROUTES)
    return app
