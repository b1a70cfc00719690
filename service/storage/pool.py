"""The storage client's pool and connection classes: bounded waits, idle connections closed, hiredis packing."""

from __future__ import annotations

import asyncio
import contextlib
import time
from collections import deque
from typing import Any

import hiredis
from redis.asyncio import Connection, ConnectionPool
from redis.asyncio.connection import AbstractConnection, SSLConnection
from redis.event import AsyncAfterConnectionReleasedEvent
from redis.exceptions import ConnectionError as RedisConnectionError
from redis.exceptions import TimeoutError as RedisTimeoutError

#: Per pool: a process opens at most this many connections; further commands wait for a free one.
DEFAULT_MAX_CONNECTIONS = 50
#: How long a command waits for a free connection before it fails (a 503 in the API).
DEFAULT_WAIT_SECONDS = 5.0
#: A connection unused this long is closed, so the connections of a burst do not stay open for good.
DEFAULT_IDLE_SECONDS = 30.0
#: Waiting commands per pool connection; beyond it a command fails at once: the queue could not drain in time.
WAITERS_PER_CONNECTION = 200


class _HiredisPacking:
    """Packs commands with hiredis (C) instead of redis-py's Python packer.

    The profile of a submit under load put redis-py's pack_command at ~14 % of the API's CPU (a create
    script call carries ~40 arguments); hiredis packs the same bytes.

    Writes also differ (`send_packed_command`): redis-py bounds a write with asyncio.wait_for, which on Python 3.11
    can swallow a cancellation that lands as the write completes (a worker then ignores its stop: seen as hung
    shutdowns once workers got socket timeouts); asyncio.timeout cannot. And on uvloop, writing to a connection
    the server closed while it was being opened (a Redis dying as a failover starts) raises RuntimeError, which
    would stop a worker and answer 500: it is the ConnectionError it stands for.
    """

    async def send_packed_command(self, command: Any, check_health: bool = True) -> None:
        connection: Any = self  # a mixin: the attributes are redis-py's Connection's
        if not connection.is_connected:
            await connection.connect()
        elif check_health:
            await connection.check_health()
        if isinstance(command, str):
            command = command.encode()
        if isinstance(command, bytes):
            command = [command]
        try:
            async with asyncio.timeout(connection.socket_timeout):
                connection._writer.writelines(command)
                await connection._writer.drain()
        except TimeoutError:  # before OSError, of which it is one
            await connection.disconnect(nowait=True)
            raise RedisTimeoutError("Timeout writing to socket") from None
        except (OSError, RuntimeError) as exc:  # RuntimeError: uvloop's "unable to perform operation on <TCPTransport
            await connection.disconnect(nowait=True)  # closed=True ...>"
            raise RedisConnectionError(f"Error while writing to socket: {exc!r}") from exc
        except BaseException:
            await connection.disconnect(nowait=True)
            raise

    def pack_command(self, *args: Any) -> list[bytes]:
        if isinstance(args[0], str) and " " in args[0]:  # "CLIENT SETINFO"-style names are several words
            args = (*args[0].split(), *args[1:])
        try:
            return [hiredis.pack_command(args)]
        except TypeError:  # a type hiredis does not pack (memoryview...): redis-py's packer knows it
            return super().pack_command(*args)  # type: ignore[misc, no-any-return]


class HiredisPackedConnection(_HiredisPacking, Connection):
    """A TCP connection packing with hiredis."""


class HiredisPackedSSLConnection(_HiredisPacking, SSLConnection):
    """A TLS connection (rediss://) packing with hiredis."""


#: The speed layer's connection class for each URL scheme (unix sockets keep redis-py's own).
PACKED = {"redis": HiredisPackedConnection, "rediss": HiredisPackedSSLConnection}


class LeanConnectionPool(ConnectionPool):
    """redis-py's pool without the lock and the "has unread data" probe on every checkout; bounded, and
    idle connections are closed.

    Both cost ~12 % of a submit's CPU (profiled). Taking a connection from the list is synchronous, so
    no lock is needed; and a connection cannot come back with unread data, because redis-py disconnects
    one whose command failed or was cancelled mid-reply. Only when all `max_connections` are in use does
    a command queue (first come, first served, up to `wait_timeout` seconds): a returned connection is
    handed straight to the oldest waiter. Connections are reused last-in first-out, so the ones a burst
    opened sink to the bottom of the list and are closed once unused for `idle_seconds`.
    """

    def __init__(
        self,
        *,
        max_connections: int = DEFAULT_MAX_CONNECTIONS,
        wait_timeout: float = DEFAULT_WAIT_SECONDS,
        idle_seconds: float = DEFAULT_IDLE_SECONDS,
        **kwargs: Any,
    ) -> None:
        super().__init__(max_connections=max_connections, **kwargs)
        self.wait_timeout = wait_timeout
        self.idle_seconds = idle_seconds
        self._waiters: deque[asyncio.Future[Connection]] = deque()
        self._released_at: dict[AbstractConnection, float] = {}
        self._reaper: asyncio.TimerHandle | None = None
        self._closing: set[asyncio.Task[None]] = set()

    async def get_connection(self, command_name: Any = None, *keys: Any, **options: Any) -> Connection:
        try:
            connection: Connection = self.get_available_connection()  # type: ignore[no-untyped-call]
        except RedisConnectionError:  # all max_connections in use ("Too many connections")
            connection = await self._wait()
        try:
            await connection.connect()  # type: ignore[no-untyped-call]  # at once when already connected
        except BaseException:
            await self.release(connection)
            raise
        return connection

    async def _wait(self) -> Connection:
        if len(self._waiters) >= WAITERS_PER_CONNECTION * self.max_connections:
            raise RedisConnectionError(f"{len(self._waiters)} commands already wait for a Redis connection")
        loop = asyncio.get_running_loop()
        waiter: asyncio.Future[Connection] = loop.create_future()
        self._waiters.append(waiter)
        timer = loop.call_later(self.wait_timeout, _expire, waiter, self.wait_timeout)
        try:
            return await waiter
        except BaseException:
            if waiter.done() and not waiter.cancelled() and waiter.exception() is None:
                await self.release(waiter.result())  # handed over just as this command was cancelled
            else:
                with contextlib.suppress(ValueError):  # timed out or cancelled while queued: leave the queue
                    self._waiters.remove(waiter)
            raise
        finally:
            timer.cancel()

    async def release(self, connection: Connection) -> None:  # type: ignore[override]
        while self._waiters:
            waiter = self._waiters.popleft()
            if not waiter.done():  # not timed out or cancelled: it takes the connection, still "in use"
                waiter.set_result(connection)
                return
        self._released_at[connection] = time.monotonic()
        # ConnectionPool.release inlined (an extra coroutine per command was ~30 % of this pool's overhead)
        self._in_use_connections.remove(connection)
        self._available_connections.append(connection)
        event = AsyncAfterConnectionReleasedEvent(connection)  # type: ignore[no-untyped-call]
        await self._event_dispatcher.dispatch_async(event)  # type: ignore[union-attr]
        if self._reaper is None:
            self._reaper = asyncio.get_running_loop().call_later(self.idle_seconds, self._reap)

    def _reap(self) -> None:
        """Close the connections unused for idle_seconds (the oldest are first in the list)."""
        self._reaper = None
        available, now = self._available_connections, time.monotonic()
        stale = 0
        while stale < len(available) and now - self._released_at.get(available[stale], 0) >= self.idle_seconds:
            stale += 1
        idle = available[:stale]
        del available[:stale]
        for connection in idle:
            self._released_at.pop(connection, None)
        if idle:
            closing = asyncio.create_task(self._close(idle))
            self._closing.add(closing)
            closing.add_done_callback(self._closing.discard)
        if available:  # next check when the oldest remaining one would be idle long enough
            due = self._released_at.get(available[0], now) + self.idle_seconds - now
            self._reaper = asyncio.get_running_loop().call_later(max(due, 0.01), self._reap)

    @staticmethod
    async def _close(connections: list[AbstractConnection]) -> None:
        await asyncio.gather(*(connection.disconnect() for connection in connections), return_exceptions=True)

    async def disconnect(self, inuse_connections: bool = True) -> None:
        if self._reaper is not None:
            self._reaper.cancel()
            self._reaper = None
        await super().disconnect(inuse_connections)


def _expire(waiter: asyncio.Future[Connection], seconds: float) -> None:
    if not waiter.done():
        waiter.set_exception(RedisConnectionError(f"no Redis connection free within {seconds} s"))
