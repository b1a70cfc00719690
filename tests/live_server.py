"""The app served over real HTTP on 127.0.0.1 from a background thread, for synchronous clients (schemathesis)."""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Coroutine, Iterator
from contextlib import contextmanager
from typing import Any, TypeVar

from aiohttp import web

from service.api import server

T = TypeVar("T")


class LiveServer:
    """Runs `app` the way `python -m service` does (server.start), on its own event loop in a daemon thread."""

    def __init__(self, app: web.Application) -> None:
        self.app = app
        self.url = ""
        self.loop = asyncio.new_event_loop()
        self._started = threading.Event()
        self._error: BaseException | None = None
        self._thread = threading.Thread(target=self._run, name="live-server", daemon=True)

    def _run(self) -> None:
        asyncio.set_event_loop(self.loop)
        try:
            runner = self.loop.run_until_complete(server.start(self.app, "127.0.0.1", 0))
        except BaseException as exc:  # handed to start(), which raises it in the test's thread
            self._error = exc
            self._started.set()
            self.loop.close()
            return
        host, port = runner.addresses[0][:2]
        self.url = f"http://{host}:{port}"
        self._started.set()
        self.loop.run_forever()
        self.loop.run_until_complete(runner.cleanup())
        self.loop.close()

    def start(self) -> None:
        self._thread.start()
        if not self._started.wait(30):
            raise RuntimeError("live server did not start in 30 s")
        if self._error is not None:
            raise self._error

    def stop(self) -> None:
        self.loop.call_soon_threadsafe(self.loop.stop)
        self._thread.join(30)

    def run(self, coro: Coroutine[Any, Any, T], timeout: float = 30) -> T:
        """Run a coroutine on the server's loop (where the app's Redis clients live) and return its result."""
        return asyncio.run_coroutine_threadsafe(coro, self.loop).result(timeout)


@contextmanager
def serve(app: web.Application) -> Iterator[LiveServer]:
    live = LiveServer(app)
    live.start()
    try:
        yield live
    finally:
        live.stop()
