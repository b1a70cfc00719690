"""`make run`: a private Redis (unless REDIS_URL is set), the API and a worker, until Ctrl-C."""

from __future__ import annotations

import os
import secrets
import signal
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

from deploy.redis_local import start_redis

VAR = Path("var")


def dev_api_key() -> str:
    """A development key kept under var/ so it survives restarts."""
    path = VAR / "dev-api-key"
    if not path.exists():
        VAR.mkdir(exist_ok=True)
        path.write_text(secrets.token_urlsafe(24))
        path.chmod(0o600)
    return path.read_text().strip()


def wait_healthy(url: str, procs: list[subprocess.Popen[bytes]], timeout: float = 20.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if any(p.poll() is not None for p in procs):
            raise RuntimeError("a process exited during start-up; see its output above")
        try:
            with urllib.request.urlopen(f"{url}/api/v1/health", timeout=1) as answer:
                if answer.status == 200:
                    return
        except OSError:
            time.sleep(0.1)
    raise RuntimeError(f"the API did not answer on {url} within {timeout:.0f} s")


def main() -> int:
    env = dict(os.environ)
    redis_proc = None
    if not env.get("REDIS_URL"):
        redis_proc, env["REDIS_URL"] = start_redis(VAR / "redis", port=int(env.get("REDIS_PORT", "0")) or None)
    key = "(one of API_KEYS)" if env.get("API_KEYS") else dev_api_key()
    env.setdefault("API_KEYS", key)
    env.setdefault("WEBHOOK_ALLOW_PRIVATE", "true")
    host, port = env.get("HOST", "127.0.0.1"), env.get("PORT", "8000")
    url = f"http://{host}:{port}"
    procs = [
        subprocess.Popen([sys.executable, "-m", "service", "--host", host, "--port", port], env=env),
        subprocess.Popen([sys.executable, "-m", "worker"], env=env),
    ]
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))
    try:
        wait_healthy(url, procs)
        print(f"\nAPI:     {url}\nAPI key: {key}\nRedis:   {env['REDIS_URL']}\n(Ctrl-C stops everything)\n", flush=True)
        while all(p.poll() is None for p in procs):
            time.sleep(0.5)
        print("a process exited; stopping the others", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 0
    finally:
        for proc in [*procs, *([redis_proc] if redis_proc else [])]:
            proc.terminate()
        for proc in [*procs, *([redis_proc] if redis_proc else [])]:
            proc.wait(15)


if __name__ == "__main__":
    sys.exit(main())
