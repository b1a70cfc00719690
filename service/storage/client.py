"""The storage Redis client: str replies, bounded waits, and less per-command overhead than redis-py's default.

Every client of the service (the API's pool and event reader, a worker's storage and arq pools, the keys CLI) is
built here from a RedisTarget (Settings.redis_target): a URL alone, or a URL and the sentinels that name its
master, so all of them find and follow the master the same way.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, NamedTuple
from urllib.parse import urlsplit

from redis.asyncio import Redis
from redis.asyncio.connection import parse_url

from service.storage.pool import (
    DEFAULT_IDLE_SECONDS,
    DEFAULT_MAX_CONNECTIONS,
    DEFAULT_WAIT_SECONDS,
    PACKED,
    WAITERS_PER_CONNECTION,
    HiredisPackedConnection,
    HiredisPackedSSLConnection,
    LeanConnectionPool,
)
from service.storage.sentinel import sentinel_pool

#: Seconds before a Redis connect, and a command, give up: a dead or frozen Redis (a master Sentinel is replacing)
#: must become an error the caller handles (a 503, a paused worker poll), never a hung process.
CONNECT_TIMEOUT_SECONDS = 2.0
SOCKET_TIMEOUT_SECONDS = 5.0

__all__ = [
    "CONNECT_TIMEOUT_SECONDS",
    "DEFAULT_IDLE_SECONDS",
    "DEFAULT_MAX_CONNECTIONS",
    "DEFAULT_WAIT_SECONDS",
    "SOCKET_TIMEOUT_SECONDS",
    "WAITERS_PER_CONNECTION",
    "HiredisPackedConnection",
    "HiredisPackedSSLConnection",
    "LeanConnectionPool",
    "RedisTarget",
    "connect",
    "lean_pool",
    "pool_options",
]


class RedisTarget(NamedTuple):
    """Where Redis is. `url` gives the scheme (rediss: TLS), credentials and database, and the host and port unless
    `sentinels` are given: then they name the master called `master`, and `sentinel_auth` (redis-py's username and
    password keywords) is the sentinels' own login. `tls`: redis-py's ssl_* options for rediss://."""

    url: str
    tls: Mapping[str, Any] | None = None
    sentinels: tuple[tuple[str, int], ...] = ()
    master: str = ""
    sentinel_auth: Mapping[str, Any] = {}


def pool_options(url: str, *, pipelining: bool, tls: Mapping[str, Any] | None = None) -> dict[str, Any]:
    """Connection options of a pool for `url`: redis-py's reading of it, the speed layer's connection class, and for
    rediss:// the TLS options (`Settings.redis_tls`: CA, client certificate, hostname check)."""
    options: dict[str, Any] = dict(parse_url(url))
    scheme = urlsplit(url).scheme
    if pipelining and scheme in PACKED:
        options["connection_class"] = PACKED[scheme]
    if scheme == "rediss":
        options.update(tls or {})
    return options


def lean_pool(
    target: RedisTarget | str,
    *,
    pipelining: bool = True,
    wait_timeout: float = DEFAULT_WAIT_SECONDS,
    idle_seconds: float = DEFAULT_IDLE_SECONDS,
    **chosen: Any,
) -> LeanConnectionPool:
    """A LeanConnectionPool on `target` (a URL alone is a target without sentinels); `chosen`: connection options
    (timeouts, client_name, max_connections...), overridden by what the URL's query says, as in redis-py."""
    target = RedisTarget(target) if isinstance(target, str) else target
    options = {**chosen, **pool_options(target.url, pipelining=pipelining, tls=target.tls)}
    if target.sentinels:
        sentinels, master, auth = target.sentinels, target.master, target.sentinel_auth
        return sentinel_pool(
            urlsplit(target.url).scheme, options, sentinels=sentinels, master=master, auth=auth, pipelining=pipelining,
            wait_timeout=wait_timeout, idle_seconds=idle_seconds,
        )  # fmt: skip
    return LeanConnectionPool(wait_timeout=wait_timeout, idle_seconds=idle_seconds, **options)


def connect(
    target: RedisTarget | str,
    *,
    connect_timeout: float | None = None,
    timeout: float | None = None,
    max_connections: int = DEFAULT_MAX_CONNECTIONS,
    wait_timeout: float = DEFAULT_WAIT_SECONDS,
    idle_seconds: float = DEFAULT_IDLE_SECONDS,
    pipelining: bool = True,
    name: str | None = None,
    tls: Mapping[str, Any] | None = None,
) -> Redis:
    """A client for the storage module (decode_responses=True); timeouts turn a dead Redis into errors.
    `name` labels its connections in Redis's CLIENT LIST. `pipelining` (REDIS_PIPELINING) off: redis-py's own
    Connection, so no hiredis packing and no pipelined connection beside it (PipelinedConnection.beside).
    `tls`: for a rediss:// URL given as a string, redis-py's ssl_* options (a RedisTarget carries its own)."""
    if isinstance(target, str):
        target = RedisTarget(target, tls)
    chosen = {
        "decode_responses": True,
        "socket_connect_timeout": connect_timeout,
        "socket_timeout": timeout,
        "max_connections": max_connections,
        "client_name": name,
    }
    pool = lean_pool(target, pipelining=pipelining, wait_timeout=wait_timeout, idle_seconds=idle_seconds, **chosen)
    client: Redis = Redis.from_pool(pool)
    return client
