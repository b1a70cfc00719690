"""The reading side of a pipelined Redis connection (service.storage.pipelined): replies matched to callers in order."""

from __future__ import annotations

import asyncio
from collections import deque
from typing import Any, cast

import hiredis
from redis._parsers.base import BaseParser
from redis.exceptions import ConnectionError as RedisConnectionError
from redis.exceptions import ReadOnlyError
from redis.exceptions import TimeoutError as RedisTimeoutError


class Replies(asyncio.Protocol):
    """Feeds hiredis and hands each reply to the oldest waiting caller.

    One watchdog per connection, not a timer per command (a timer per command cost ~10 % of a submit):
    when the oldest reply is overdue, the connection is closed and every caller waiting on it fails.
    """

    def __init__(self, timeout: float, *, sentinel: bool = False) -> None:
        # redis-py's own error table (NOSCRIPT -> NoScriptError, READONLY, LOADING...), as its hiredis parser does
        self.reader = hiredis.Reader(encoding="utf-8", replyError=BaseParser.parse_error)
        self.waiting: deque[tuple[asyncio.Future[Any], float]] = deque()
        self.transport: asyncio.Transport | None = None
        self.loop = asyncio.get_running_loop()
        self.closed: asyncio.Future[None] = self.loop.create_future()
        self.timeout = timeout
        #: behind Sentinel, READONLY means the master moved (as in redis-py's SentinelManagedConnection)
        self.sentinel = sentinel
        self.overdue = False
        self.watchdog: asyncio.TimerHandle | None = None
        #: the WAIT that writes sent from now on share (not sent yet), and whether one is out
        self.next_wait: asyncio.Future[int] | None = None
        self.wait_out = False
        #: commands sent in this turn of the loop: they leave together at its end, one write (one syscall) for all
        self.outgoing: list[bytes] = []

    def send(self, waiter: asyncio.Future[Any], command: bytes) -> None:
        """Queue a packed command whose reply goes to `waiter`; replies come back in the order of sending."""
        self.waiting.append((waiter, self.loop.time() + self.timeout))
        if self.watchdog is None:
            self.watchdog = self.loop.call_later(self.timeout / 4, self._check)
        if not self.outgoing:
            self.loop.call_soon(self._flush)
        self.outgoing.append(command)

    def _flush(self) -> None:
        outgoing, self.outgoing = self.outgoing, []
        # a closing connection fails the waiters of what it drops here (connection_lost)
        if self.transport is not None and not self.transport.is_closing():
            self.transport.write(b"".join(outgoing))

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
            if isinstance(reply, ReadOnlyError) and self.sentinel and self.transport is not None:
                # a master demoted to replica: start afresh (where the master is now), as redis-py's Sentinel
                # connections do; what else this connection holds fails as a lost connection
                self.transport.close()
                waiter.set_exception(RedisConnectionError(f"the server is no longer the master: {reply}"))
            elif isinstance(reply, Exception):  # an error reply, already of redis-py's class for it
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


def retrieved(future: asyncio.Future[Any]) -> None:
    if not future.cancelled():
        future.exception()
