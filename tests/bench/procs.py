"""The processes a run measures, started from the project's entry points, each stopped when its block ends."""

from __future__ import annotations

import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import AbstractContextManager, ExitStack, contextmanager
from pathlib import Path
from urllib.parse import urlsplit

from redis import Redis

from deploy.redis_local import free_port, start_redis
from deploy.run_local import wait_healthy
from tests.bench.config import KEY, service_overrides
from tests.processes import ROOT, service_env, stop


@contextmanager
def redis(logs: Path) -> Iterator[tuple[subprocess.Popen[bytes], str]]:
    """A private redis-server with the production configuration (deploy/redis.conf: AOF on)."""
    proc, url = start_redis(logs / "redis", persistent=True)
    try:
        yield proc, url
    finally:
        stop(proc)


def environment(redis_url: str) -> dict[str, str]:
    return service_env(redis_url, KEY, **service_overrides())


def _spawn(args: list[str], env: dict[str, str], log: Path) -> subprocess.Popen[bytes]:
    with log.open("ab") as out:  # the child keeps its own descriptor
        return subprocess.Popen([sys.executable, *args], env=env, cwd=ROOT, stdout=out, stderr=subprocess.STDOUT)


def supports_api_workers() -> bool:
    """Whether `python -m service` takes --workers N (several processes sharing the port)."""
    done = subprocess.run([sys.executable, "-m", "service", "--help"], cwd=ROOT, capture_output=True, text=True)
    return "--workers" in done.stdout


@contextmanager
def http_process(
    module: str, env: dict[str, str], log: Path, *extra: str
) -> Iterator[tuple[str, subprocess.Popen[bytes]]]:
    """`python -m MODULE --host 127.0.0.1 --port P ...` until healthy; yields its base URL and the process."""
    port = free_port()
    proc = _spawn(["-m", module, "--host", "127.0.0.1", "--port", str(port), *extra], env, log)
    try:
        url = f"http://127.0.0.1:{port}"
        wait_healthy(url, [proc], timeout=60)
        yield url, proc
    finally:
        stop(proc)


@contextmanager
def http_server(module: str, env: dict[str, str], log: Path, *extra: str) -> Iterator[str]:
    with http_process(module, env, log, *extra) as (url, _):
        yield url


def api_args(processes: int) -> list[str]:
    """`python -m service` arguments; with several processes, `--workers N` (they share the port)."""
    return ["--workers", str(processes)] if processes > 1 else []


@contextmanager
def replica(logs: Path, primary_url: str) -> Iterator[None]:
    """An in-memory replica of the run's Redis, in sync before the block starts (REDIS_WAIT_REPLICAS waits for it)."""
    proc, url = start_redis(logs / "replica", persistent=False)
    primary = urlsplit(primary_url)
    try:
        with Redis.from_url(url) as node:
            node.replicaof(primary.hostname, primary.port)
            deadline = time.monotonic() + 30
            while node.info("replication").get("master_link_status") != "up":
                if time.monotonic() > deadline:
                    raise RuntimeError("the bench's replica did not sync within 30 s")
                time.sleep(0.05)
        yield
    finally:
        stop(proc)
        with Redis.from_url(primary_url) as node:  # the primary stops counting it at once
            node.execute_command("CLIENT", "KILL", "TYPE", "replica")


def api(env: dict[str, str], logs: Path, processes: int) -> AbstractContextManager[str]:
    return http_server("service", env, logs / "api.log", *api_args(processes))


@contextmanager
def workers(module: str, env: dict[str, str], log: Path, count: int) -> Iterator[list[subprocess.Popen[bytes]]]:
    """`count` processes of `python -m MODULE`; the caller waits until they are live."""
    with ExitStack() as stack:
        procs = []
        for _ in range(count):
            procs.append(_spawn(["-m", module], env, log))
            stack.callback(stop, procs[-1])
        yield procs


def show_logs(logs: Path, lines: int = 30) -> None:
    for log in sorted(logs.glob("*.log")):
        tail = log.read_text(errors="replace").splitlines()[-lines:]
        print(f"--- last {lines} lines of {log.name}", *tail, sep="\n", file=sys.stderr)
