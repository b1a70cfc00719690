"""One auto-pipelined Redis connection for the hot paths (submit, worker transitions): the commands sent
in one turn of the event loop leave together in one write at its end, replies are matched in order.

redis-py checks a connection out of its pool, arms a timer and awaits the reply for every command, one
command per write; on the submit path that machinery was a quarter of the API's CPU (profiled), and many
concurrent submits sharing one connection also share its reads and writes (one write per turn rather than
one per command: API CPU per task -14 %, worker -4 %, Redis -8 %, medians of 13 paired runs of
`python -m tests.bench.per_task`). A caller that gives up cannot desynchronise the connection: its reply is
still read, in turn, and dropped.

Replies and errors are redis-py's (tests/test_storage_pipelined_conformance.py compares them);
REDIS_PIPELINING=false turns it off. Measured against redis-py, valkey-glide and coredis in
tests/bench/redis_clients.py.

Behind Sentinel it asks the sentinels for the master each time it connects; a READONLY reply (its server was
demoted to a replica) closes it like a lost connection, so the next command finds the new master. With
REDIS_WAIT_REPLICAS, `execute_acked` follows a write with WAIT on this connection, group-commit style: one WAIT
in flight at a time, and the writes sent while it is out share the next one (WAIT covers every earlier write
of its connection, and Redis would run queued WAITs one after the other anyway).
"""

from __future__ import annotations

import asyncio
import ssl
from typing import Any

import hiredis
from redis.asyncio import Redis
from redis.asyncio.connection import RedisSSLContext
from redis.exceptions import ConnectionError as RedisConnectionError

from service.storage.durable import Durability
from service.storage.pool import HiredisPackedConnection, HiredisPackedSSLConnection
from service.storage.replies import Replies, retrieved
from service.storage.sentinel import (
    HiredisPackedSentinelConnection,
    HiredisPackedSentinelSSLConnection,
    LeanSentinelPool,
)

#: The pool's connection class -> whether the pipelined connection beside it speaks TLS.
_TLS = {
    HiredisPackedConnection: False,
    HiredisPackedSentinelConnection: False,
    HiredisPackedSSLConnection: True,
    HiredisPackedSentinelSSLConnection: True,
}


class PipelinedConnection:
    """TCP or TLS, with the storage client's own settings: host, port, credentials, db, timeouts, ssl_* options."""

    def __init__(
        self,
        settings: dict[str, Any],
        *,
        tls: bool = False,
        sentinel: LeanSentinelPool | None = None,
    ) -> None:
        self.settings = settings
        #: behind Sentinel, the pool beside it: asked where the master is on each (re)connect, and watched
        self.sentinel = sentinel
        self.locate = sentinel.locate if sentinel is not None else None
        # redis-py's own TLS context from the same ssl_* options its SSLConnection takes
        options = {name.removeprefix("ssl_"): value for name, value in settings.items() if name.startswith("ssl_")}
        self._ssl: ssl.SSLContext | None = RedisSSLContext(**options).get() if tls else None
        self.timeout: float = settings.get("socket_timeout") or 5.0
        self._replies: Replies | None = None
        #: the server the current connection went to
        self.address: tuple[str, int] | None = None
        self._connecting = asyncio.Lock()

    @classmethod
    def beside(cls, redis: Redis) -> PipelinedConnection | None:
        """One for the server `redis` talks to, over TCP or TLS as its pool does; None when connect() was told
        `pipelining=False` (its pool then makes redis-py's own connections) and for Unix sockets."""
        pool = redis.connection_pool
        tls = _TLS.get(pool.connection_class)
        if tls is None:
            return None
        return cls(dict(pool.connection_kwargs), tls=tls, sentinel=pool if isinstance(pool, LeanSentinelPool) else None)

    async def execute(self, *args: Any) -> Any:
        replies = await self._connected()
        return await self._send(replies, args)

    async def execute_acked(self, durability: Durability, *args: Any) -> tuple[Any, int]:
        """`execute` a write, then how many replicas had it within the timeout (WAIT, shared: see the module)."""
        replies = await self._connected()
        reply = self._write(replies, args)
        acked = self._next_wait(replies, durability)
        return await reply, await asyncio.shield(acked)

    async def _send(self, replies: Replies, args: tuple[Any, ...]) -> Any:
        return await self._write(replies, args)

    @staticmethod
    def _write(replies: Replies, args: tuple[Any, ...]) -> asyncio.Future[Any]:
        assert replies.transport is not None
        waiter: asyncio.Future[Any] = replies.loop.create_future()
        replies.send(waiter, hiredis.pack_command(args))
        return waiter

    def _next_wait(self, replies: Replies, durability: Durability) -> asyncio.Future[int]:
        if replies.next_wait is None:
            replies.next_wait = replies.loop.create_future()
            replies.next_wait.add_done_callback(retrieved)  # its callers may all have failed or given up
            if not replies.wait_out:  # after this turn of the loop: the writes sent in it share the WAIT
                replies.loop.call_soon(self._send_wait, replies, durability)
        return replies.next_wait

    def _send_wait(self, replies: Replies, durability: Durability) -> None:
        waiter, replies.next_wait = replies.next_wait, None
        if waiter is None or waiter.done():
            return
        if replies.transport is None or replies.transport.is_closing():
            waiter.set_exception(RedisConnectionError("connection to Redis lost before WAIT"))
            return
        replies.wait_out = True
        waiter.add_done_callback(lambda _: self._wait_done(replies, durability))
        command: tuple[Any, ...] = ("WAIT", *durability)
        replies.send(waiter, hiredis.pack_command(command))

    def _wait_done(self, replies: Replies, durability: Durability) -> None:
        replies.wait_out = False
        if replies.next_wait is not None:
            self._send_wait(replies, durability)

    async def _connected(self) -> Replies:
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
        if transport is not None and self.sentinel is not None:
            self.sentinel.watch()
            if self.sentinel.master_address not in (None, self.address):  # the master moved: leave this one
                transport.close()
        return transport is not None and not transport.is_closing()

    async def _connect(self) -> Replies:
        host, port = self.settings.get("host", "localhost"), self.settings.get("port", 6379)
        try:
            async with asyncio.timeout(self.settings.get("socket_connect_timeout") or self.timeout):
                if self.locate is not None:
                    host, port = await self.locate()
                _, replies = await asyncio.get_running_loop().create_connection(
                    lambda: Replies(self.timeout, sentinel=self.locate is not None),
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
        self.address = (host, port)
        return replies

    def leave_unless(self, address: tuple[str, int]) -> None:
        """Close the connection unless it is to `address` (where the master is now): the next command reconnects."""
        if self.address != address and self._replies is not None and self._replies.transport is not None:
            self._replies.transport.close()

    async def _handshake(self, replies: Replies) -> None:
        if self.settings.get("password"):
            credentials = [self.settings.get("username"), self.settings["password"]]
            await self._send(replies, ("AUTH", *[part for part in credentials if part]))
        if self.settings.get("db"):
            await self._send(replies, ("SELECT", self.settings["db"]))

    async def aclose(self) -> None:
        if self._replies is not None and self._replies.transport is not None:
            self._replies.transport.close()
            await self._replies.closed
