"""Redis behind Sentinel: the storage client's lean pool and hiredis packing on connections that ask the sentinels
where the master is each time they (re)connect.

redis-py's SentinelConnectionPool and SentinelManagedConnection do the finding: a connection looks the master up
when it connects, a READONLY reply (a master demoted to replica) disconnects it and fails the command as a
ConnectionError, and a pool that sees the master move closes its idle connections. Here they are combined with
LeanConnectionPool and the packed connection classes, so a Sentinel setup runs on the same fast path as a plain
URL; one more rule closes a connection that comes back to the pool still attached to a former master.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Mapping
from typing import Any

from redis.asyncio.connection import Connection
from redis.asyncio.sentinel import (
    Sentinel,
    SentinelConnectionPool,
    SentinelManagedConnection,
    SentinelManagedSSLConnection,
)
from redis.exceptions import RedisError

from service.storage.pool import LeanConnectionPool, _HiredisPacking


class HiredisPackedSentinelConnection(_HiredisPacking, SentinelManagedConnection):
    """A TCP connection to the current master, packing with hiredis."""


class HiredisPackedSentinelSSLConnection(_HiredisPacking, SentinelManagedSSLConnection):
    """A TLS connection to the current master, packing with hiredis."""


#: The connection class by (scheme, speed layer on): TLS when REDIS_URL is rediss://.
SENTINEL_CLASSES: dict[tuple[str, bool], type[SentinelManagedConnection]] = {
    ("redis", True): HiredisPackedSentinelConnection,
    ("rediss", True): HiredisPackedSentinelSSLConnection,
    ("redis", False): SentinelManagedConnection,
    ("rediss", False): SentinelManagedSSLConnection,
}


#: While a pool is in use it asks the sentinels where the master is at least this often, in the background: a
#: master that Sentinel replaced while it still answered (slow, or cut off from the sentinels) is left within about
#: this long, not only when Sentinel demotes it (~10 s later): what is written there meanwhile is lost.
MASTER_CHECK_SECONDS = 1.0


class LeanSentinelPool(LeanConnectionPool, SentinelConnectionPool):
    """LeanConnectionPool whose connections go to the master the sentinels name (redis-py's SentinelConnectionPool)."""

    sentinel_manager: Sentinel
    master_address: tuple[str, int] | None

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self._next_check = 0.0
        self._checking: asyncio.Task[None] | None = None

    def watch(self) -> None:
        """Ask the sentinels again, in the background, when the last time is MASTER_CHECK_SECONDS old: a moved
        master closes the idle connections (redis-py's get_master_address), the others as they come back."""
        loop = asyncio.get_running_loop()
        if loop.time() < self._next_check or (self._checking is not None and not self._checking.done()):
            return
        self._next_check = loop.time() + MASTER_CHECK_SECONDS
        self._checking = loop.create_task(self._check())

    async def _check(self) -> None:
        with contextlib.suppress(RedisError, OSError):  # no sentinel answers: the connections find out themselves
            await self.locate()

    async def get_connection(self, command_name: Any = None, *keys: Any, **options: Any) -> Connection:
        self.watch()
        return await super().get_connection(command_name, *keys, **options)

    async def release(self, connection: Connection) -> None:  # type: ignore[override]
        # in use while the master moved (another connection found the new one): not to be handed out again
        address = (getattr(connection, "host", None), getattr(connection, "port", None))
        if self.master_address is not None and connection.is_connected and address != self.master_address:
            await connection.disconnect(nowait=True)
        await super().release(connection)

    async def disconnect(self, inuse_connections: bool = True) -> None:
        if inuse_connections and self._checking is not None:  # closing the client: no check left running
            self._checking.cancel()
            await asyncio.gather(self._checking, return_exceptions=True)
        await super().disconnect(inuse_connections)
        if inuse_connections:  # closing the client: the sentinels' connections too (a master move keeps them)
            for sentinel in self.sentinel_manager.sentinels:
                await sentinel.aclose()

    async def locate(self) -> tuple[str, int]:
        """The master's address, asked of the sentinels now (PipelinedConnection calls it on each connect)."""
        host, port = await self.get_master_address()  # type: ignore[no-untyped-call]
        return str(host), int(port)


def parse_sentinels(raw: str) -> tuple[tuple[str, int], ...]:
    """`host:port,host:port,...` ([v6]:port too); ValueError naming the bad entry."""
    found = []
    for entry in filter(None, (part.strip() for part in raw.split(","))):
        host, sep, port = entry.rpartition(":")
        host = host.removeprefix("[").removesuffix("]")
        if not sep or not host or not port.isdigit() or not 0 < int(port) < 65536:
            raise ValueError(f"{entry!r} is not host:port")
        found.append((host, int(port)))
    return tuple(found)


def sentinel_pool(
    scheme: str,
    options: Mapping[str, Any],
    *,
    sentinels: tuple[tuple[str, int], ...],
    master: str,
    auth: Mapping[str, Any],
    pipelining: bool,
    **pool: Any,
) -> LeanSentinelPool:
    """A lean pool on the master named `master`. `options` are the data connections' (pool_options: credentials,
    database, TLS, timeouts); the sentinels get the same timeouts and TLS, and their own credentials (`auth`)."""
    if (scheme, pipelining) not in SENTINEL_CLASSES:
        raise ValueError(f"REDIS_URL: a {scheme}:// URL cannot be used with sentinels (redis:// or rediss://)")
    shared = {k: v for k, v in options.items() if k.startswith(("socket_", "ssl_"))}
    if scheme == "rediss":
        shared["ssl"] = True
    manager = Sentinel(list(sentinels), sentinel_kwargs={**shared, **auth})  # type: ignore[no-untyped-call]
    connection_options = {**options, "connection_class": SENTINEL_CLASSES[scheme, pipelining]}
    return LeanSentinelPool(service_name=master, sentinel_manager=manager, **pool, **connection_options)
