"""Shared fixtures: one throwaway redis-server per test session, flushed before every test (`clean_redis`).

Shared values (the API keys) are in tests/constants.py, helpers in tests/*_support.py and tests/waiting.py.
"""

from __future__ import annotations

import os
import signal
from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import pytest
import redis as sync_redis
from arq.connections import ArqRedis, RedisSettings, create_pool
from redis.asyncio import Redis

from deploy.redis_local import start_redis
from service.config import Settings, load_settings
from service.storage import MetricsReader, TaskStorage
from service.storage.client import connect
from service.storage.pipelined import PipelinedConnection
from tests.constants import ADMIN_KEY, SCOPED_KEY, SCOPED_PROJECT
from tests.faults_support import Api, api_client
from tests.processes import api_process
from worker import settings as worker_settings

# A suite started in the background by a script (`make test &`) inherits an ignored SIGINT, which its children
# would keep, and the tests that press Ctrl-C on a child would hang: give the children the default back.
if signal.getsignal(signal.SIGINT) == signal.SIG_IGN:
    signal.signal(signal.SIGINT, signal.default_int_handler)


@pytest.fixture(scope="session")
def redis_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    # TEST_REDIS_URL, never REDIS_URL: every test flushes the database it is given.
    if url := os.environ.get("TEST_REDIS_URL"):
        yield url
        return
    proc, url = start_redis(Path(tmp_path_factory.mktemp("redis")), persistent=False)
    yield url
    proc.terminate()
    proc.wait(10)


@pytest.fixture(autouse=True)
def clean_redis(redis_url: str) -> None:
    """Every test starts from an empty database, as arq's own suite does. Module-scoped processes (an API, a
    worker) keep running across the flush: their keys come from the environment, and a worker beats again."""
    with sync_redis.Redis.from_url(redis_url) as client:
        client.flushdb()


@pytest.fixture(scope="session")
def pipelining() -> bool:
    """REDIS_PIPELINING (default true): `REDIS_PIPELINING=false pytest` runs the suite with the storage client's
    speed layer off; the processes a test starts read the same variable from the environment."""
    return load_settings({"REDIS_PIPELINING": os.environ.get("REDIS_PIPELINING", "true")}).redis_pipelining


@pytest.fixture
def settings(redis_url: str, pipelining: bool) -> Settings:
    return Settings(
        redis_url=redis_url,
        redis_pipelining=pipelining,
        api_keys=f"{ADMIN_KEY},{SCOPED_KEY}:{SCOPED_PROJECT}",
        webhook_secret="test-webhook-secret",
        webhook_allow_private=True,
        poll_delay_seconds=0.01,
        reconcile_interval_seconds=0.5,
        heartbeat_seconds=0.5,
        rate_limit_per_second=0,  # the suite fires bursts on one key; tests/test_rate_limit.py turns it on
    )


@pytest.fixture
async def redis(redis_url: str, pipelining: bool) -> AsyncIterator[Redis]:
    client = connect(redis_url, pipelining=pipelining)  # the storage module's own client, as API and worker use it
    yield client
    await client.aclose()


@pytest.fixture
async def arq_pool(redis_url: str, redis: Redis) -> AsyncIterator[ArqRedis]:
    pool = await create_pool(RedisSettings.from_dsn(redis_url))
    yield pool
    await pool.aclose()


@pytest.fixture
async def storage(redis: Redis, settings: Settings) -> AsyncIterator[TaskStorage]:
    storage = TaskStorage(redis, retention_seconds=settings.task_retention_seconds, queue_name=settings.queue_name)
    yield storage
    await storage.aclose()


@pytest.fixture
def metrics_reader(redis: Redis, settings: Settings) -> MetricsReader:
    return MetricsReader(redis, queue_names=(settings.queue_name,), heartbeat_seconds=settings.heartbeat_seconds)


@pytest.fixture
def environment(monkeypatch: pytest.MonkeyPatch) -> Iterator[pytest.MonkeyPatch]:
    """An environment without any setting, for load_settings(), and a fresh WorkerSettings built from it."""
    for name in list(os.environ):
        if name.upper() in {field.upper() for field in Settings.__struct_fields__}:
            monkeypatch.delenv(name)
    worker_settings._from_environment.cache_clear()
    yield monkeypatch
    worker_settings._from_environment.cache_clear()


@pytest.fixture(scope="module")
def api_url(env: dict[str, str]) -> Iterator[str]:
    """`python -m service` for the whole module, started with the module's own `env` fixture."""
    with api_process(env) as url:
        yield url


@pytest.fixture
async def api(redis: Redis, api_url: str) -> AsyncIterator[Api]:
    """A client of that API process, for one test."""
    async with api_client(api_url) as client:
        yield client


@pytest.fixture
async def pipelined(redis_url: str, redis: Redis) -> AsyncIterator[PipelinedConnection]:
    """The storage client's pipelined connection on its own (tests/test_storage_pipelined*.py)."""
    client = connect(redis_url, timeout=5)
    connection = PipelinedConnection.beside(client)
    assert connection is not None
    yield connection
    await connection.aclose()
    await client.aclose()
