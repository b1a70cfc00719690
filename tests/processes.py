"""Real API and worker processes for end-to-end tests, started from the project's entry points."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO

from deploy.redis_local import free_port
from deploy.run_local import wait_healthy

ROOT = Path(__file__).resolve().parent.parent


def service_env(redis_url: str, api_keys: str, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("REDIS_URL", "API_KEYS")}
    env.update(REDIS_URL=redis_url, API_KEYS=api_keys, WEBHOOK_ALLOW_PRIVATE="true", POLL_DELAY_SECONDS="0.01")
    env.update(HEARTBEAT_SECONDS="0.5", RECONCILE_INTERVAL_SECONDS="1", RATE_LIMIT_PER_SECOND="0")
    env.update(SHUTDOWN_GRACE_SECONDS="2")  # a worker stopped mid-job by a test hands it back at once
    env.update(extra)
    return env


def stop(proc: subprocess.Popen[bytes]) -> None:
    if proc.poll() is None:
        proc.terminate()
        try:
            proc.wait(15)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


@contextmanager
def api_process(env: dict[str, str], stderr: IO[bytes] | None = None) -> Iterator[str]:
    """`python -m service` on a free loopback port; yields its base URL."""
    port = free_port()
    proc = subprocess.Popen(
        [sys.executable, "-m", "service", "--host", "127.0.0.1", "--port", str(port)], env=env, cwd=ROOT, stderr=stderr
    )
    try:
        url = f"http://127.0.0.1:{port}"
        wait_healthy(url, [proc])
        yield url
    finally:
        stop(proc)


@contextmanager
def worker_process(env: dict[str, str], stderr: IO[bytes] | None = None) -> Iterator[subprocess.Popen[bytes]]:
    """`python -m worker`; yields the process (tests may kill it)."""
    proc = subprocess.Popen([sys.executable, "-m", "worker"], env=env, cwd=ROOT, stderr=stderr)
    try:
        yield proc
    finally:
        stop(proc)
