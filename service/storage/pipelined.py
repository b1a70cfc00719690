"""One auto-pipelined Redis connection for the hot paths (submit, worker transitions): commands are
written as they come, replies matched in order.

redis-py checks a connection out of its pool, arms a timer and awaits the reply for every command, one
command per write; on the submit path that machinery was a quarter of the API's CPU (profiled), and many
concurrent submits sharing one connection also share its reads and writes. A caller that gives up cannot
desynchronise the connection: its reply is still read, in turn, and dropped.

Replies and errors are redis-py's (tests/test_storage_pipelined.py compares them); REDIS_PIPELINING=false turns
it off. Measured against redis-py, valkey-glide and coredis in tests/bench/redis_clients.py.
"""

from __future__ import annotations

import asyncio
import ssl
from collections import deque
from typing import Any, cast

import hiredis
from redis._parsers.base import BaseParser
from redis.asyncio import Redis
from redis.asyncio.connection import RedisSSLContext
from redis.exceptions import ConnectionError as RedisConnectionError
from redis.exceptions import TimeoutError as RedisTimeoutError

from service.storage.client import HiredisPackedConnection, HiredisPackedSSLConnection


class _Replies(asyncio.Protocol):
    """Feeds hiredis and hands each reply to the oldest waiting caller.

    One watchdog per connection, not a timer per command (a timer per command cost ~10 % of a submit):
    when the oldest reply is overdue, the connection is closed and every caller waiting on it fails.
    """

    def __init__(self, timeout: float) -> None:
        # redis-py's own error table (NOSCRIPT -> NoScriptError, READONLY, LOADING...), as its hiredis parser does
        self.reader = hiredis.Reader(encoding="utf-8", replyError=BaseParser.parse_error)
        self.waiting: deque[tuple[asyncio.Future[Any], float]] = deque()
        self.transport: asyncio.Transport | None = None
        self.loop = asyncio.get_running_loop()
        self.closed: asyncio.Future[None] = self.loop.create_future()
        self.timeout = timeout
        self.overdue = False
        self.watchdog: asyncio.TimerHandle | None = None

    def expect(self, waiter: asyncio.Future[Any]) -> None:
        self.waiting.append((waiter, self.loop.time() + self.timeout))
        if self.watchdog is None:
            self.watchdog = self.loop.call_later(self.timeout / 4, self._check)

    def _check(self) -> None:
        self.watchdog = None
        if not self.waiting or self.transport is None:
            return
        if self.waiting[0][1] < self.loop.time():  # a Redis that stopped answering: fail them, start afresh
            self.overdue = True
            self.transport.close()
        else:
            self.watchdog = self.loop.call_later(self.timeout / 4, self._check)

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        self.transport = cast(asyncio.Transport, transport)  # uvloop's transports do not subclass asyncio's

    def data_received(self, data: bytes) -> None:
        self.reader.feed(data)
        while (reply := self.reader.gets()) is not False:
            waiter, _ = self.waiting.popleft()
            if waiter.done():  # its caller gave up: drop the reply, keep the order
                continue
            if isinstance(reply, Exception):  # an error reply, already of redis-py's class for it
                waiter.set_exception(reply)
            else:
                waiter.set_result(reply)

    def connection_lost(self, exc: Exception | None) -> None:
        self.transport = None
        self.closed.set_result(None)
        if self.watchdog is not None:
            self.watchdog.cancel()
        while self.waiting:
            waiter, _ = self.waiting.popleft()
            if not waiter.done():
                waiter.set_exception(self._lost(exc))

    def _lost(self, exc: Exception | None) -> Exception:
        if self.overdue:
            return RedisTimeoutError(f"Redis did not answer within {self.timeout} s")
        return RedisConnectionError(f"connection to Redis lost: {exc}")


class PipelinedConnection:
    """TCP or TLS, with the storage client's own settings: host, port, credentials, db, timeouts, ssl_* options."""

    def __init__(self, settings: dict[str, Any], *, tls: bool = False) -> None:
        self.settings = settings
        # redis-py's own TLS context from the same ssl_* options its SSLConnection takes
        options = {name.removeprefix("ssl_"): value for name, value in settings.items() if name.startswith("ssl_")}
        self._ssl: ssl.SSLContext | None = RedisSSLContext(**options).get() if tls else None
        self.timeout: float = settings.get("socket_timeout") or 5.0
        self._replies: _Replies | None = None
        self._connecting = asyncio.Lock()

    @classmethod
    def beside(cls, redis: Redis) -> PipelinedConnection | None:
        """One for the server `redis` talks to, over TCP or TLS as its pool does; None when connect() was told
        `pipelining=False` (its pool then makes redis-py's own connections) and for Unix sockets."""
        pool = redis.connection_pool
        if pool.connection_class is HiredisPackedConnection:
            return cls(dict(pool.connection_kwargs))
        if pool.connection_class is HiredisPackedSSLConnection:
            return cls(dict(pool.connection_kwargs), tls=True)
        return None

    async def execute(self, *args: Any) -> Any:
        replies = await self._connected()
        return await self._send(replies, args)

    async def _send(self, replies: _Replies, args: tuple[Any, ...]) -> Any:
        assert replies.transport is not None
        waiter: asyncio.Future[Any] = replies.loop.create_future()
        replies.expect(waiter)
        replies.transport.write(hiredis.pack_command(args))
        return await waiter

    async def _connected(self) -> _Replies:
        if self._usable():
            assert self._replies is not None
            return self._replies
        async with self._connecting:
            if not self._usable():
                self._replies = await self._connect()
            assert self._replies is not None
            return self._replies

    def _usable(self) -> bool:
        # a closing connection (its watchdog fired) fails what it still holds; new commands need a new one
        transport = self._replies.transport if self._replies is not None else None
        return transport is not None and not transport.is_closing()

    async def _connect(self) -> _Replies:
        host, port = self.settings.get("host", "localhost"), self.settings.get("port", 6379)
        try:
            async with asyncio.timeout(self.settings.get("socket_connect_timeout") or self.timeout):
                _, replies = await asyncio.get_running_loop().create_connection(
                    lambda: _Replies(self.timeout),
                    host,
                    port,
                    ssl=self._ssl,
                    server_hostname=host if self._ssl else None,
                )
        except (OSError, TimeoutError) as exc:
            raise RedisConnectionError(f"cannot connect to Redis at {host}:{port}: {exc}") from None
        try:
            await self._handshake(replies)
        except BaseException:  # a refused password or database: the connection is of no use
            if replies.transport is not None:
                replies.transport.close()
            raise
        return replies

    async def _handshake(self, replies: _Replies) -> None:
        if self.settings.get("password"):
            credentials = [self.settings.get("username"), self.settings["password"]]
            await self._send(replies, ("AUTH", *[part for part in credentials if part]))
        if self.settings.get("db"):
            await self._send(replies, ("SELECT", self.settings["db"]))

    async def aclose(self) -> None:
        if self._replies is not None and self._replies.transport is not None:
            self._replies.transport.close()
            await self._replies.closed
