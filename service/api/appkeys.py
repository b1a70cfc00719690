"""Typed keys of everything the application holds, apart from app.py so handlers need not import it."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from aiohttp import web
from redis.asyncio import Redis

from service.api.auth import Keyring
from service.config import Settings
from service.plugins import TaskType
from service.storage import ApiKeyStore, MetricsReader, TaskStorage
from service.storage.feeds import ProjectFeeds
from service.storage.projects import ProjectReader
from service.storage.schedules import ScheduleStore
from service.storage.waiter import TaskWaiter

SETTINGS = web.AppKey("settings", Settings)
KEYRING = web.AppKey("keyring", Keyring)
#: keys created at run time, and every key's rate limit
API_KEY_STORE = web.AppKey("api_key_store", ApiKeyStore)
#: task_type -> the registered TaskType (service.registry), as enabled by the settings
TASK_TYPES = web.AppKey("task_types", Mapping[str, TaskType[Any, Any]])
REDIS = web.AppKey("redis", Redis)
STORAGE = web.AppKey("storage", TaskStorage)
#: reads of one task for a caller: never reads a task the caller may not see
METRICS = web.AppKey("metrics", MetricsReader)
WAITER = web.AppKey("waiter", TaskWaiter)
#: the OpenAPI document, rendered once at app creation and served as these bytes
OPENAPI_DOCUMENT = web.AppKey("openapi_document", bytes)
#: the body of GET /task-types, rendered once at app creation
TASK_TYPES_DOCUMENT = web.AppKey("task_types_document", bytes)
PROJECTS = web.AppKey("projects", ProjectReader)
#: live project events, fanned out in this process (GET .../events)
FEEDS = web.AppKey("feeds", ProjectFeeds)
#: periodic schedules (service/api/schedules.py)
SCHEDULES = web.AppKey("schedules", ScheduleStore)
