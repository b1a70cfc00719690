"""Serving the app: aiohttp's protocol limits (URL, headers, idle clients) and the JSON envelope for its own errors.

aiohttp parses the request line and headers before the app exists for that request, and answers what it
cannot parse with a plain-text 400. `ApiRunner` swaps in a protocol whose `handle_error` answers with the
error envelope and a precise status (414, 431) instead. It hooks `AppRunner._make_server`, which is not
public API: aiohttp is pinned to 3.14.*, and tests/test_api_limits.py fails if the hook stops working.
"""

from __future__ import annotations

import asyncio
import logging
import os
import signal
import sys
from collections.abc import Callable
from contextlib import suppress
from http import HTTPStatus
from typing import Any

from aiohttp import web
from aiohttp.http_exceptions import BadHttpMessage, LineTooLong

from service.api.appkeys import SETTINGS
from service.api.errors import Envelope, ErrorBody
from service.api.responses import json_response

log = logging.getLogger(__name__)

#: Request line limit (aiohttp checks the URL). The longest URL the API serves is a few hundred bytes;
#: it differs from MAX_HEADER_BYTES so that a LineTooLong can be told apart (414 vs 431).
MAX_URL_BYTES = 6 * 1024
#: One header's value (or name); aiohttp's default, and what most proxies allow.
MAX_HEADER_BYTES = 8190
MAX_HEADERS = 100
#: How long a shutdown waits for in-flight requests (aiohttp's default is 60 s); a `?wait` held longer is cut.
SHUTDOWN_GRACE_SECONDS = 10.0


def protocol_args(idle_timeout: float) -> dict[str, Any]:
    """Keyword arguments of aiohttp's RequestHandler: the limits aiohttp enforces itself."""
    return {
        "max_line_size": MAX_URL_BYTES,
        "max_field_size": MAX_HEADER_BYTES,
        "max_headers": MAX_HEADERS,
        # Also the time a new connection has to deliver its first request's headers (slow-header clients).
        "keepalive_timeout": idle_timeout,
    }


def describe(exc: BaseException | None, status: int) -> tuple[int, str, str]:
    """Status, code and message for an error aiohttp's protocol hit; never echoes the client's bytes."""
    if isinstance(exc, LineTooLong):
        if exc.args[1] == MAX_URL_BYTES:
            return 414, "uri_too_long", f"the request line is longer than {MAX_URL_BYTES} bytes"
        return 431, "request_header_fields_too_large", f"a request header is larger than {MAX_HEADER_BYTES} bytes"
    if isinstance(exc, BadHttpMessage) and "Too many headers" in exc.message:
        return 431, "request_header_fields_too_large", f"more than {MAX_HEADERS} request headers"
    if status == 400:
        return 400, "bad_request", "malformed HTTP request"
    phrase = HTTPStatus(status).phrase
    return status, phrase.lower().replace(" ", "_"), phrase


class EnvelopeProtocol(web.RequestHandler):
    """aiohttp's connection handler, answering its own errors with the JSON envelope."""

    def handle_error(
        self, request: web.BaseRequest, status: int = 500, exc: BaseException | None = None, message: str | None = None
    ) -> web.StreamResponse:
        if request.writer.output_size > 0:  # as aiohttp does: too late for another answer
            raise ConnectionError("response already started; cannot send the error")
        status, code, text = describe(exc, status)
        if status >= 500:
            log.error("error handling request from %s", request.remote, exc_info=exc)
        else:  # the exception's text quotes the client's bytes (an API key, maybe): keep it out of the log
            log.info("refused a request from %s: %s (%s)", request.remote, text, type(exc).__name__)
        response = json_response(Envelope(ErrorBody(code, text, [])), status=status)
        response.force_close()
        return response


class EnvelopeServer(web.Server):
    def __call__(self) -> web.RequestHandler:
        return EnvelopeProtocol(self, loop=self._loop, **self._kwargs)


class ApiRunner(web.AppRunner):
    """AppRunner with the API's protocol limits and EnvelopeProtocol; the idle timeout comes from the settings.

    A handler is cancelled when its client disconnects (aiohttp's default lets it run on): a `?wait` then
    stops at once. Every handler is safe to cancel: each write is one Lua script, and a cancelled call on the
    pipelined connection still has its reply read and dropped, in order.
    """

    def __init__(self, app: web.Application, **kwargs: Any) -> None:
        settings = app[SETTINGS]
        access = {} if settings.access_log else {"access_log": None}
        options = {**protocol_args(settings.idle_timeout_seconds), "handler_cancellation": True, **access}
        super().__init__(app, **{**options, **kwargs})

    async def _make_server(self) -> web.Server:
        plain = await super()._make_server()
        return EnvelopeServer(
            plain.request_handler,
            request_factory=plain.request_factory,
            handler_cancellation=plain.handler_cancellation,
            loop=plain._loop,
            **plain._kwargs,
        )


async def start(
    app: web.Application,
    host: str,
    port: int,
    *,
    shutdown_grace: float = SHUTDOWN_GRACE_SECONDS,
    reuse_port: bool = False,
) -> ApiRunner:
    """Start serving on host:port (0: any free port, see `runner.addresses`); the caller cleans up."""
    runner = ApiRunner(app, shutdown_timeout=shutdown_grace)
    await runner.setup()
    try:
        await web.TCPSite(runner, host, port, reuse_port=reuse_port or None).start()
    except BaseException:
        await runner.cleanup()
        raise
    return runner


async def serve(app: web.Application, host: str, port: int, reuse_port: bool = False) -> None:
    """Serve until SIGINT or SIGTERM, then shut down gracefully (cleanup contexts included)."""
    runner = await start(app, host, port, reuse_port=reuse_port)
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    if sys.platform != "win32":  # Windows has no loop signal handlers: Ctrl-C still interrupts the loop
        for signum in (signal.SIGINT, signal.SIGTERM):
            loop.add_signal_handler(signum, stop.set)
    log.info("serving on http://%s:%d", host, port)
    try:
        await stop.wait()
    finally:
        await runner.cleanup()


LoopFactory = Callable[[], asyncio.AbstractEventLoop]


def run(app: web.Application, host: str, port: int, loop_factory: LoopFactory, reuse_port: bool = False) -> None:
    with asyncio.Runner(loop_factory=loop_factory) as runner:
        runner.run(serve(app, host, port, reuse_port))


def run_processes(
    build: Callable[[], web.Application], host: str, port: int, processes: int, loop_factory: LoopFactory
) -> int:
    """Serve from `processes` forked processes sharing the port (SO_REUSEPORT: the kernel spreads connections).

    The parent only supervises: SIGINT/SIGTERM are passed on, and if one child dies the others are stopped,
    so a supervisor (systemd, Kubernetes) sees the failure. Returns the exit status.
    """
    children = []
    for _ in range(processes):
        pid = os.fork()
        if pid == 0:  # the child builds its own app and loop: nothing async crosses a fork
            code = 1
            try:
                run(build(), host, port, loop_factory, reuse_port=True)
                code = 0
            finally:
                os._exit(code)
        children.append(pid)
    stopping = False

    def stop(signum: int, _frame: object) -> None:
        nonlocal stopping
        stopping = True
        _signal_all(children, signal.SIGTERM)

    signal.signal(signal.SIGTERM, stop)
    signal.signal(signal.SIGINT, stop)
    return _supervise(children, lambda: stopping)


def _signal_all(pids: list[int], signum: int) -> None:
    for pid in pids:
        with suppress(ProcessLookupError):
            os.kill(pid, signum)


def _supervise(children: list[int], stopping: Callable[[], bool]) -> int:
    status = 0
    alive = set(children)
    while alive:
        pid, code = os.wait()
        alive.discard(pid)
        if not stopping() and alive:
            log.error("API process %d exited (status %d); stopping the others", pid, code)
            status = 1
            _signal_all(list(alive), signal.SIGTERM)
    return status
