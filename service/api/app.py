"""create_app(settings): the application, its resources (cleanup contexts), middleware and route table."""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator

from aiohttp import web

from service.api import health, openapi, projects, prometheus, tasks
from service.api.appkeys import API_KEY_STORE, KEYRING, METRICS, READER, REDIS, SETTINGS, STORAGE, TASK_TYPES, WAITER
from service.api.auth import Keyring
from service.api.errors import error_middleware
from service.api.proxies import forwarded_middleware
from service.config import Settings
from service.models import TASK_ID_PATTERN
from service.storage import ApiKeyStore, MetricsReader, RateLimit, TaskStorage
from service.storage.apikeys import UnknownKeyLimit
from service.storage.client import connect
from service.storage.visible import VisibleReader
from service.storage.waiter import TaskWaiter
from service.task_types import registered_types

log = logging.getLogger(__name__)

#: Seconds before a Redis call gives up: an unreachable Redis must turn into a prompt 503, never a hung request.
REDIS_CONNECT_TIMEOUT = 2.0
REDIS_SOCKET_TIMEOUT = 5.0
#: How the API's pooled connections show in Redis's CLIENT LIST.
CLIENT_NAME = "api"

_UUID = TASK_ID_PATTERN

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
    web.get(openapi.PATH, openapi.serve),
]


async def redis_ctx(app: web.Application) -> AsyncIterator[None]:
    settings = app[SETTINGS]
    app[REDIS] = connect(
        settings.redis_url,
        connect_timeout=REDIS_CONNECT_TIMEOUT,
        timeout=REDIS_SOCKET_TIMEOUT,
        max_connections=settings.redis_max_connections,
        wait_timeout=settings.redis_wait_seconds,
        idle_seconds=settings.redis_idle_seconds,
        name=CLIENT_NAME,
    )
    yield
    await app[REDIS].aclose()


async def storage_ctx(app: web.Application) -> AsyncIterator[None]:
    settings = app[SETTINGS]
    app[STORAGE] = TaskStorage(
        app[REDIS], retention_seconds=settings.task_retention_seconds, queue_name=settings.queue_name
    )
    limit = RateLimit(settings.rate_limit_per_second, settings.rate_limit_burst)
    app[READER] = VisibleReader(app[REDIS])
    unknown_keys = UnknownKeyLimit(settings.unknown_key_limit, settings.unknown_key_window_seconds)
    app[API_KEY_STORE] = ApiKeyStore(
        app[REDIS], rate_limit=limit if limit.per_second > 0 else None, unknown_keys=unknown_keys
    )
    yield
    await app[STORAGE].aclose()


async def metrics_ctx(app: web.Application) -> AsyncIterator[None]:
    settings = app[SETTINGS]
    app[METRICS] = MetricsReader(
        app[REDIS], queue_names=(settings.queue_name,), heartbeat_seconds=settings.heartbeat_seconds
    )
    yield


async def waiter_ctx(app: web.Application) -> AsyncIterator[None]:
    settings = app[SETTINGS]
    waiter = TaskWaiter(
        app[REDIS], app[STORAGE], max_waiters=settings.max_waiters, max_per_task=settings.max_waiters_per_task
    )
    await waiter.start()
    app[WAITER] = waiter
    yield
    await waiter.close()


def create_app(settings: Settings) -> web.Application:
    proxies = settings.trusted_networks()
    middlewares = [error_middleware, *([forwarded_middleware(proxies)] if proxies else [])]
    app = web.Application(client_max_size=settings.max_body_bytes, middlewares=middlewares)
    app[SETTINGS] = settings
    app[KEYRING] = Keyring(settings.parsed_api_keys())
    app[TASK_TYPES] = registered_types(diagnostics=settings.enable_diagnostic_tasks)
    app[openapi.DOCUMENT] = openapi.render(app[TASK_TYPES], settings)  # once: served as these bytes
    if not settings.api_keys:
        log.warning("API_KEYS is empty: only keys made with `python -m service keys create` will be accepted")
    app.cleanup_ctx.extend([redis_ctx, storage_ctx, metrics_ctx, waiter_ctx])
    app.router.add_routes(ROUTES)
    return app
