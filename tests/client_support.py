"""Helpers of the client and taskctl tests: running taskctl (in a pipe or a pseudo-terminal), an API on a port
of the test's choosing (to restart it there), and a TCP proxy that loses answers."""

from __future__ import annotations

import asyncio
import fcntl
import os
import select
import struct
import subprocess
import sys
import termios
import time
from collections.abc import AsyncIterator, Callable
from concurrent.futures import ThreadPoolExecutor
from contextlib import asynccontextmanager, suppress
from typing import TypeVar

from deploy.run_local import wait_healthy
from tests.processes import ROOT, stop

TASKCTL = [sys.executable, "-m", "taskclient.cli"]
T = TypeVar("T")


def taskctl_env(url: str, key: str, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("TASKS_") and k != "COLUMNS"}
    env.update(TASKS_URL=url, TASKS_API_KEY=key, PYTHONUTF8="1", **extra)
    return env


def parallel(*runs: Callable[[], T]) -> list[T]:
    """The calls' results, made at once: taskctl spends most of its ~0.5 s importing, which threads overlap."""
    with ThreadPoolExecutor(max_workers=4) as pool:
        return list(pool.map(lambda run: run(), runs))


def taskctl(*args: str, env: dict[str, str], cwd: str | None = None, stdin: str | None = None) -> Run:
    done = subprocess.run([*TASKCTL, *args], env=env, cwd=cwd, input=stdin, capture_output=True, text=True, timeout=60)
    return Run(done.returncode, done.stdout, done.stderr)


class Run:
    """A finished taskctl: exit code and output; `failed_cleanly` is an error without a traceback."""

    def __init__(self, code: int, out: str, err: str) -> None:
        self.code, self.out, self.err = code, out, err

    def __repr__(self) -> str:
        return f"Run(code={self.code}, out={self.out[-2000:]!r}, err={self.err[-2000:]!r})"

    def failed_cleanly(self, code: int) -> bool:
        said = any(line.startswith("taskctl: ") for line in self.err.splitlines())
        return self.code == code and "Traceback" not in self.err and said


def in_terminal(args: list[str], env: dict[str, str], timeout: float = 30.0) -> Run:
    """taskctl with stdout and stderr on a pseudo-terminal (100 columns); `out` is all it drew."""
    leader, follower = os.openpty()
    fcntl.ioctl(follower, termios.TIOCSWINSZ, struct.pack("HHHH", 30, 100, 0, 0))
    proc = subprocess.Popen([*TASKCTL, *args], stdin=follower, stdout=follower, stderr=follower, env=env)
    os.close(follower)
    drawn = bytearray()
    deadline = time.monotonic() + timeout
    try:
        while chunk := _read(leader, deadline):
            drawn += chunk
        code = proc.wait(max(0.1, deadline - time.monotonic()))
        return Run(code, drawn.decode("utf-8", "replace"), "")
    finally:
        stop(proc)
        os.close(leader)


def _read(fd: int, deadline: float) -> bytes:
    ready, _, _ = select.select([fd], [], [], max(0.0, deadline - time.monotonic()))
    if not ready:
        raise AssertionError("taskctl in the terminal did not finish in time")
    try:
        return os.read(fd, 65536)
    except OSError:  # EIO: the terminal's other side is closed, the process has ended
        return b""


@asynccontextmanager
async def api_on(port: int, env: dict[str, str]) -> AsyncIterator[subprocess.Popen[bytes]]:
    """`python -m service` on `port` (a restart can take the same one); yields the process. Waiting for it runs in
    a thread: the test's loop goes on serving its connections (an open event stream is closed, not left hanging
    while the API shuts down)."""
    proc = subprocess.Popen(
        [sys.executable, "-m", "service", "--host", "127.0.0.1", "--port", str(port)], env=env, cwd=ROOT
    )
    try:
        await asyncio.to_thread(wait_healthy, f"http://127.0.0.1:{port}", [proc])
        yield proc
    finally:
        await asyncio.to_thread(stop, proc)


class LosingProxy:
    """A TCP proxy to the API that passes every request on but drops the next `lose` answers: it closes the
    client's connection as an answer starts to arrive. The server acted; the client never hears of it."""

    def __init__(self, target_port: int, lose: int) -> None:
        self.target_port, self.lose = target_port, lose
        self.connections = self.lost = 0
        self._server: asyncio.Server | None = None

    async def start(self) -> str:
        self._server = await asyncio.start_server(self._serve, "127.0.0.1", 0)
        return f"http://127.0.0.1:{self._server.sockets[0].getsockname()[1]}"

    async def close(self) -> None:
        if self._server is not None:
            self._server.close()
            await self._server.wait_closed()

    async def _serve(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self.connections += 1
        up_reader, up_writer = await asyncio.open_connection("127.0.0.1", self.target_port)
        forward = asyncio.create_task(_pump(reader, up_writer))
        try:
            while chunk := await up_reader.read(65536):
                if self.lose > 0:
                    self.lose, self.lost = self.lose - 1, self.lost + 1
                    break
                writer.write(chunk)
                await writer.drain()
        finally:
            forward.cancel()
            for side in (writer, up_writer):
                side.close()
                with suppress(OSError):
                    await side.wait_closed()


async def _pump(source: asyncio.StreamReader, sink: asyncio.StreamWriter) -> None:
    with suppress(OSError):
        while chunk := await source.read(65536):
            sink.write(chunk)
            await sink.drain()
