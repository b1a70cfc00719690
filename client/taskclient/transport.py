"""HTTP under the client: one aiohttp session, time limits on everything, errors as exceptions, bounded retries."""

from __future__ import annotations

import asyncio
import random
import time
from collections.abc import AsyncIterator, Callable, Iterator, Mapping
from contextlib import asynccontextmanager, contextmanager
from dataclasses import dataclass
from typing import TypeVar

import aiohttp
import msgspec

from taskclient.errors import (
    ConnectFailed,
    Disconnected,
    ProtocolError,
    RateLimited,
    TaskServiceError,
    TimedOut,
    Unavailable,
    error_for,
    retry_after_of,
)

T = TypeVar("T")
VERSION = "0.1.0"


@dataclass(frozen=True)
class Timeouts:
    """Seconds. A long-poll (`wait`) gets `request` on top of the time it asks the server to hold it."""

    #: one whole request: connecting, sending, the answer
    request: float = 30.0
    connect: float = 10.0
    #: an event stream silent this long is reopened (the server comments at least every 15 s)
    stream_idle: float = 45.0


@dataclass(frozen=True)
class RetryPolicy:
    """429 and 503 are retried (after Retry-After when given), and so are failed connections; a request whose
    answer was lost on the way is retried only when repeating it is harmless (reads; submits, which carry an
    Idempotency-Key)."""

    #: tries in all, the first included
    attempts: int = 4
    #: a retry that would start later than this after the first try is not made
    max_seconds: float = 60.0
    #: the first wait without Retry-After, doubled each time up to max_backoff (with jitter)
    backoff: float = 0.25
    max_backoff: float = 10.0
    #: an event stream that was open keeps reconnecting for this long before giving up
    reconnect_seconds: float = 60.0
    #: called with the error and the seconds about to be waited before each retry or reconnect (to log them)
    on_retry: Callable[[TaskServiceError, float], None] | None = None

    def notify(self, error: TaskServiceError, delay: float) -> None:
        if self.on_retry is not None:
            self.on_retry(error, delay)

    def delay(self, failures: int, retry_after: float | None = None) -> float:
        backoff = min(self.max_backoff, self.backoff * 2.0 ** max(0, failures - 1)) * random.uniform(0.5, 1.0)
        return max(backoff, retry_after or 0.0)


def decode(content: bytes | str, kind: type[T]) -> T:
    """An answer as the documented type; ProtocolError when it is not."""
    try:
        return msgspec.json.decode(content, type=kind)
    except msgspec.DecodeError as exc:
        raise ProtocolError(f"unexpected answer from the server: {exc}") from None


class Transport:
    """Requests against one base URL with one API key; the session is made on first use (inside a loop)."""

    def __init__(self, base_url: str, api_key: str, timeouts: Timeouts, retry: RetryPolicy) -> None:
        if not base_url.startswith(("http://", "https://")):
            raise ValueError(f"the service URL must start with http:// or https://, not {base_url!r}")
        self.base_url = base_url.rstrip("/")
        self.timeouts = timeouts
        self.retry = retry
        self._headers = {"X-API-Key": api_key, "User-Agent": f"taskservice-client/{VERSION}"}
        self._session: aiohttp.ClientSession | None = None

    def _http(self) -> aiohttp.ClientSession:
        if self._session is None or self._session.closed:
            self._session = aiohttp.ClientSession(headers=self._headers)
        return self._session

    async def aclose(self) -> None:
        if self._session is not None:
            await self._session.close()

    async def call(
        self,
        method: str,
        path: str,
        *,
        params: Mapping[str, str] | None = None,
        body: bytes | None = None,
        headers: Mapping[str, str] | None = None,
        hold: float = 0.0,
        replayable: bool = True,
    ) -> bytes:
        """The body of a 2xx answer to `method path`, retried as RetryPolicy says; `hold`: seconds the server may
        keep the request on purpose (?wait)."""
        started, failures = time.monotonic(), 0
        while True:
            try:
                return await self._once(method, path, params, body, headers, hold)
            except (RateLimited, Unavailable, ConnectFailed, Disconnected) as exc:
                failures += 1
                delay = self.retry.delay(failures, exc.retry_after)
                late = time.monotonic() + delay - started > self.retry.max_seconds
                if failures >= self.retry.attempts or late or (isinstance(exc, Disconnected) and not replayable):
                    raise
                self.retry.notify(exc, delay)
                await asyncio.sleep(delay)

    async def _once(
        self,
        method: str,
        path: str,
        params: Mapping[str, str] | None,
        body: bytes | None,
        headers: Mapping[str, str] | None,
        hold: float,
    ) -> bytes:
        limit = hold + self.timeouts.request
        timeout = aiohttp.ClientTimeout(total=limit, sock_connect=self.timeouts.connect)
        sent = {"Content-Type": "application/json"} if body is not None else {}
        with self._translated(limit):
            async with self._http().request(
                method, self.base_url + path, params=params, data=body, headers={**sent, **(headers or {})},
                timeout=timeout,
            ) as answer:  # fmt: skip
                content = await answer.read()
                _check(answer, content)
                return content

    @asynccontextmanager
    async def stream(self, path: str, params: Mapping[str, str], headers: Mapping[str, str]) -> AsyncIterator[
        aiohttp.ClientResponse
    ]:  # fmt: skip
        """An open `text/event-stream` answer; reading it fails with TimedOut after `stream_idle` of silence."""
        timeout = aiohttp.ClientTimeout(
            total=None, sock_connect=self.timeouts.connect, sock_read=self.timeouts.stream_idle
        )
        asked = {"Accept": "text/event-stream", "Cache-Control": "no-cache", **headers}
        with self._translated(self.timeouts.stream_idle):
            async with self._http().get(self.base_url + path, params=params, headers=asked, timeout=timeout) as answer:
                if answer.status != 200:
                    _check(answer, await answer.read())
                if answer.content_type != "text/event-stream":
                    raise ProtocolError(f"expected an event stream, got {answer.content_type!r}")
                yield answer

    @contextmanager
    def _translated(self, seconds: float) -> Iterator[None]:
        """aiohttp's exceptions as this package's: whatever goes wrong below, the caller sees a TaskServiceError."""
        try:
            yield
        except TimeoutError:
            raise TimedOut(f"no answer from {self.base_url} within {seconds:g} s") from None
        except aiohttp.ClientConnectorError as exc:
            raise ConnectFailed(f"cannot connect to {self.base_url}: {exc.strerror or exc}") from None
        except aiohttp.ClientError as exc:
            raise Disconnected(f"connection to {self.base_url} lost: {exc or type(exc).__name__}") from None


def _check(answer: aiohttp.ClientResponse, content: bytes) -> None:
    if 200 <= answer.status < 300:
        return
    if answer.status >= 400:
        raise error_for(answer.status, content, retry_after_of(answer.headers.get("Retry-After")))
    raise ProtocolError(f"unexpected HTTP {answer.status} from {answer.url}")
