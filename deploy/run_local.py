"""`make run`: a private Redis (unless REDIS_URL is set), the API and a worker, until Ctrl-C.

Nothing starts unless the API's port is free and no other `make run` uses var/; the banner is printed
only once this run's own API answers, and var/redis-url tells `python -m service keys` where Redis is
(var/api-url tells taskctl where the API is).
"""

from __future__ import annotations

import fcntl
import os
import secrets
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from deploy.redis_local import start_redis
from service.keys_cli import RUN_LOCAL_URL_FILE

VAR = Path("var")
#: The base URL of this run's API, while it answers (taskctl and the Python client read it).
API_URL_FILE = VAR / "api-url"


class StartError(RuntimeError):
    """Why this run cannot start, said in one line without a traceback."""


def dev_api_key() -> str:
    """A development key kept under var/ so it survives restarts."""
    path = VAR / "dev-api-key"
    if not path.exists():
        VAR.mkdir(exist_ok=True)
        path.write_text(secrets.token_urlsafe(24))
        path.chmod(0o600)
    return path.read_text().strip()


def check_port(host: str, port: int, variable: str) -> None:
    """StartError unless `host:port` can be listened on (SO_REUSEADDR, as the server binds: TIME_WAIT is no owner)."""
    for family, kind, proto, _, address in socket.getaddrinfo(host, port, type=socket.SOCK_STREAM):
        with socket.socket(family, kind, proto) as probe:
            probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            try:
                probe.bind(address)
            except OSError as exc:
                raise StartError(
                    f"port {port} on {host} is busy ({exc.strerror}): is another `make run` or server using it? "
                    f"Stop it, or choose another port with {variable}=..."
                ) from None


@contextmanager
def lock_var() -> Iterator[None]:
    """Hold var/run.lock for the run: two runs on one data directory would write one AOF from two Redis servers."""
    VAR.mkdir(exist_ok=True)
    with open(VAR / "run.lock", "a+") as lock:
        try:
            fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            lock.seek(0)
            raise StartError(
                f"another `make run` (pid {lock.read().strip() or '?'}) is using {VAR}/; stop it first"
            ) from None
        lock.truncate(0)
        lock.write(str(os.getpid()))
        lock.flush()
        yield


def wait_healthy(url: str, procs: list[subprocess.Popen[bytes]], timeout: float = 20.0) -> None:
    """Return once `url` answers /api/v1/health and all of `procs` still run (an answer while one of them has
    exited came from some other server on that port)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if any(p.poll() is not None for p in procs):
            raise StartError("a process exited during start-up; see its output above")
        try:
            with urllib.request.urlopen(f"{url}/api/v1/health", timeout=1) as answer:
                if answer.status == 200 and all(p.poll() is None for p in procs):
                    return
        except OSError:
            time.sleep(0.1)
    raise StartError(f"the API did not answer on {url} within {timeout:.0f} s")


@contextmanager
def running(*commands: list[str], env: dict[str, str]) -> Iterator[list[subprocess.Popen[bytes]]]:
    """Start `commands`; on the way out, stop them (SIGTERM, then wait)."""
    procs: list[subprocess.Popen[bytes]] = []
    try:
        # own sessions: a terminal's Ctrl-C reaches only this process, which stops them in order (Redis last)
        procs.extend(subprocess.Popen(command, env=env, start_new_session=True) for command in commands)
        yield procs
    finally:
        for proc in procs:
            proc.terminate()
        for proc in procs:
            _reap(proc, 60)  # the worker finishes its running jobs first


@contextmanager
def redis_for_run(env: dict[str, str]) -> Iterator[str]:
    """REDIS_URL, else a private Redis under var/redis for the run; var/redis-url names it meanwhile."""
    with _own_redis(env) as url:
        _write_private(RUN_LOCAL_URL_FILE, url)
        try:
            yield url
        finally:
            RUN_LOCAL_URL_FILE.unlink(missing_ok=True)


@contextmanager
def _own_redis(env: dict[str, str]) -> Iterator[str]:
    if env.get("REDIS_URL"):
        yield env["REDIS_URL"]
        return
    port = int(env.get("REDIS_PORT", "0")) or None
    if port:
        check_port("127.0.0.1", port, "REDIS_PORT")
    try:
        proc, url = start_redis(VAR / "redis", port=port)
    except RuntimeError as exc:
        raise StartError(str(exc)) from None
    with _stopped(proc):
        yield url


@contextmanager
def _stopped(proc: subprocess.Popen[bytes]) -> Iterator[None]:
    try:
        yield
    finally:
        proc.terminate()
        _reap(proc, 15)


def _reap(proc: subprocess.Popen[bytes], seconds: float) -> None:
    try:
        proc.wait(seconds)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()


def _write_private(path: Path, text: str) -> None:
    path.touch(0o600)
    path.write_text(text + "\n")


@contextmanager
def _announced(url: str, procs: list[subprocess.Popen[bytes]]) -> Iterator[None]:
    """Once the API answers, var/api-url names it until the run ends."""
    wait_healthy(url, procs)
    _write_private(API_URL_FILE, url)
    try:
        yield
    finally:
        API_URL_FILE.unlink(missing_ok=True)


def serve(env: dict[str, str], host: str, port: str) -> int:
    key = "(one of API_KEYS)" if env.get("API_KEYS") else dev_api_key()
    env.setdefault("API_KEYS", key)
    env.setdefault("WEBHOOK_ALLOW_PRIVATE", "true")
    url = f"http://{host}:{port}"
    api = [sys.executable, "-m", "service", "--host", host, "--port", port]
    with running(api, [sys.executable, "-m", "worker"], env=env) as procs, _announced(url, procs):
        print(f"\nAPI:     {url}\nAPI key: {key}\nRedis:   {env['REDIS_URL']} (in {RUN_LOCAL_URL_FILE})")
        print("(Ctrl-C stops everything)\n", flush=True)
        while all(p.poll() is None for p in procs):
            time.sleep(0.5)
        print("make run: a process exited; stopping the others", file=sys.stderr)
        return 1


def main() -> int:
    env = dict(os.environ)
    host, port = env.get("HOST", "127.0.0.1"), env.get("PORT", "8000")
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))
    try:
        if not port.isdigit():
            raise StartError(f"PORT must be a number, not {port!r}")
        check_port(host, int(port), "PORT")  # before anything starts
        with lock_var(), redis_for_run(env) as redis_url:
            return serve({**env, "REDIS_URL": redis_url}, host, port)
    except StartError as exc:
        print(f"make run: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 0


if __name__ == "__main__":
    sys.exit(main())
