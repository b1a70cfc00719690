"""create_app(settings): the application, its resources (cleanup contexts), middleware and routes (routes.py, and
pages.py for the browser pages)."""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator, Mapping
from typing import Any

from aiohttp import web

from service import registry
from service.api import catalog, events, openapi, pages
from service.api.appkeys import (
    API_KEY_STORE,
    FEEDS,
    KEYRING,
    METRICS,
    OPENAPI_DOCUMENT,
    PROJECTS,
    REDIS,
    SETTINGS,
    STORAGE,
    TASK_TYPES,
    TASK_TYPES_DOCUMENT,
    WAITER,
)
from service.api.auth import Keyring
from service.api.errors import error_middleware
from service.api.proxies import forwarded_middleware
from service.api.request_id import add_request_id, request_id_middleware
from service.api.routes import ROUTES
from service.api.schedules import schedules_ctx
from service.config import Settings
from service.plugins import TaskType
from service.storage import ApiKeyStore, MetricsReader, RateLimit, TaskStorage
from service.storage.apikeys import UnknownKeyLimit
from service.storage.client import CONNECT_TIMEOUT_SECONDS, SOCKET_TIMEOUT_SECONDS, connect
from service.storage.events import EventLog
from service.storage.feeds import ProjectFeeds
from service.storage.projects import ProjectReader
from service.storage.waiter import TaskWaiter
from service.task_types import registered_types

log = logging.getLogger(__name__)

#: Seconds before a Redis call gives up: an unreachable Redis must turn into a prompt 503, never a hung request.
REDIS_CONNECT_TIMEOUT = CONNECT_TIMEOUT_SECONDS
REDIS_SOCKET_TIMEOUT = SOCKET_TIMEOUT_SECONDS
#: How the API's pooled connections show in Redis's CLIENT LIST.
CLIENT_NAME = "api"


async def redis_ctx(app: web.Application) -> AsyncIterator[None]:
    settings = app[SETTINGS]
    app[REDIS] = connect(
        settings.redis_target(),
        connect_timeout=REDIS_CONNECT_TIMEOUT,
        timeout=REDIS_SOCKET_TIMEOUT,
        max_connections=settings.redis_max_connections,
        wait_timeout=settings.redis_wait_seconds,
        idle_seconds=settings.redis_idle_seconds,
        pipelining=settings.redis_pipelining,
        name=CLIENT_NAME,
    )
    yield
    await app[REDIS].aclose()


async def storage_ctx(app: web.Application) -> AsyncIterator[None]:
    settings = app[SETTINGS]
    routes = registry.routes(app[TASK_TYPES], settings.queue_name)
    app[STORAGE] = TaskStorage(
        app[REDIS],
        retention_seconds=settings.task_retention_seconds,
        queue_name=settings.queue_name,
        events=settings.event_policy(),
        routes=routes,
        durability=settings.durability(),
        priority_step_ms=settings.priority_step_ms(),
    )
    limit = RateLimit(settings.rate_limit_per_second, settings.rate_limit_burst)
    app[PROJECTS] = ProjectReader(app[REDIS], retention_seconds=settings.task_retention_seconds)
    unknown_keys = UnknownKeyLimit(settings.unknown_key_limit, settings.unknown_key_window_seconds)
    app[API_KEY_STORE] = ApiKeyStore(
        app[REDIS], rate_limit=limit if limit.per_second > 0 else None, unknown_keys=unknown_keys
    )
    app[METRICS] = MetricsReader(
        app[REDIS],
        queue_names=tuple(registry.queues(app[TASK_TYPES], settings.queue_name)),
        heartbeat_seconds=settings.heartbeat_seconds,
        routes=routes,
        limits=registry.concurrency_limits(app[TASK_TYPES], settings.concurrency_limits()),
    )
    yield
    await app[STORAGE].aclose()


async def waiter_ctx(app: web.Application) -> AsyncIterator[None]:
    settings = app[SETTINGS]
    waiter = TaskWaiter(
        app[REDIS], app[STORAGE], max_waiters=settings.max_waiters, max_per_task=settings.max_waiters_per_task
    )
    await waiter.start()
    app[WAITER] = waiter
    yield
    await waiter.close()


async def feeds_ctx(app: web.Application) -> AsyncIterator[None]:
    """Live project events: one reader per process, on a connection of its own (it blocks in XREAD)."""
    settings = app[SETTINGS]
    reader = connect(
        settings.redis_target(),
        connect_timeout=REDIS_CONNECT_TIMEOUT,
        timeout=REDIS_SOCKET_TIMEOUT,
        max_connections=1,
        wait_timeout=settings.redis_wait_seconds,
        pipelining=False,
        name=CLIENT_NAME + "-events",
    )
    feeds = ProjectFeeds(
        reader,
        EventLog(app[REDIS]),
        events.encode_frame,
        max_subscribers=settings.max_event_subscribers,
        max_per_project=settings.max_event_subscribers_per_project,
        queue_size=settings.event_queue_size,
    )
    await feeds.start()
    app[FEEDS] = feeds
    yield
    await feeds.close()


async def end_event_streams(app: web.Application) -> None:
    """On shutdown, before aiohttp waits for running handlers: open event streams end at once."""
    if FEEDS in app:
        app[FEEDS].end_all()


def served_types(settings: Settings) -> dict[str, TaskType[Any, Any]]:
    """The task types this API accepts (ENABLE_DIAGNOSTIC_TASKS, ENABLED_TASK_TYPES); PluginError when an installed
    one does not load."""
    return registered_types(diagnostics=settings.enable_diagnostic_tasks, enabled=settings.enabled_types())


def create_app(settings: Settings, task_types: Mapping[str, TaskType[Any, Any]] | None = None) -> web.Application:
    """The application; `task_types` are loaded from the registry (service.registry) when not given."""
    proxies = settings.trusted_networks()
    middlewares = [request_id_middleware, error_middleware, *([forwarded_middleware(proxies)] if proxies else [])]
    app = web.Application(client_max_size=settings.max_body_bytes, middlewares=middlewares)
    app.on_response_prepare.append(add_request_id)
    app[SETTINGS] = settings
    app[KEYRING] = Keyring(settings.parsed_api_keys())
    app[TASK_TYPES] = dict(served_types(settings) if task_types is None else task_types)
    app[OPENAPI_DOCUMENT] = openapi.render(app[TASK_TYPES], settings)  # once: served as these bytes
    app[TASK_TYPES_DOCUMENT] = catalog.render(app[TASK_TYPES], settings)
    if not settings.api_keys:
        log.warning("API_KEYS is empty: only keys made with `python -m service keys create` will be accepted")
    app.cleanup_ctx.extend([redis_ctx, storage_ctx, schedules_ctx, waiter_ctx, feeds_ctx])
    app.on_shutdown.append(end_event_streams)
    app.router.add_routes(op.route() for op in ROUTES)
    app.router.add_routes(pages.ROUTES)  # the browser pages: not API operations, so not in the document
    return app
