"""`python -m service`: refuses bad settings with exit code 2, and serves HTTP with good ones."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import aiohttp
import msgspec
import psutil  # type: ignore[import-untyped]
import pytest
from redis.asyncio import Redis

from deploy.redis_local import free_port
from service.api.app import create_app
from service.api.server import ApiRunner
from service.config import Settings
from tests.api_support import ADMIN, echo, hget
from tests.constants import ADMIN_KEY
from tests.waiting import until


def _env(**values: str) -> dict[str, str]:
    # Only what the service reads: no developer REDIS_URL or API_KEYS leaks into the test (coverage's own
    # variable, set by `make test`, goes along so that the report counts this process too).
    passed = {name: os.environ[name] for name in ("PATH", "COVERAGE_PROCESS_CONFIG") if name in os.environ}
    return {**passed, **values}


@pytest.mark.parametrize(("name", "value"), [("MAX_BODY_BYTES", "lots"), ("API_KEYS", "key:"), ("LOG_LEVEL", "LOUD")])
def test_bad_setting_exits_2_with_one_line_naming_it(name: str, value: str) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "service"], env=_env(**{name: value}), capture_output=True, text=True, timeout=30
    )
    assert done.returncode == 2
    assert len(done.stderr.strip().splitlines()) == 1 and name in done.stderr, done.stderr


@pytest.fixture
def server(redis_url: str, tmp_path: Path) -> Iterator[tuple[str, Path]]:
    port, log = free_port(), tmp_path / "stderr.log"
    env = _env(REDIS_URL=redis_url, API_KEYS=ADMIN_KEY, LOG_FORMAT="json", LOG_LEVEL="DEBUG")
    with log.open("wb") as stderr:
        proc = subprocess.Popen(
            [sys.executable, "-m", "service", "--host", "127.0.0.1", "--port", str(port)],
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=stderr,
        )
        yield f"http://127.0.0.1:{port}", log
        proc.terminate()
        assert proc.wait(10) == 0


async def listening(session: aiohttp.ClientSession) -> bool:
    try:
        async with session.get("/api/v1/health") as resp:
            assert resp.status == 200
            return True
    except aiohttp.ClientConnectionError:
        return False


async def test_serves_the_api_and_logs_json(server: tuple[str, Path], redis: Redis) -> None:
    url, log = server
    async with aiohttp.ClientSession(url) as session:
        await until(lambda: listening(session), timeout=20, interval=0.05)
        async with session.post("/api/v1/tasks/submit", json=echo(), headers=ADMIN) as resp:
            assert resp.status == 202
    assert await hget(redis, "task_metrics", "total_tasks") == "1"
    lines = log.read_text().splitlines()
    assert lines and all(json.loads(line)["level"] for line in lines)


@pytest.mark.parametrize("enabled", [False, True])
def test_access_log_follows_the_setting(settings: Settings, enabled: bool) -> None:
    runner = ApiRunner(create_app(msgspec.structs.replace(settings, access_log=enabled)))
    access_log = runner._kwargs.get("access_log", "aiohttp default")
    assert (access_log is not None) is enabled


async def _children_listening(parent: psutil.Process, count: int) -> list[psutil.Process]:
    async def children() -> list[psutil.Process]:
        found = parent.children()
        listening = len(found) == count and all(child.net_connections(kind="tcp") for child in found)
        return found if listening else []

    return await until(children, timeout=20, interval=0.05)


async def test_workers_share_the_port_and_fail_together(redis_url: str, redis: Redis) -> None:
    port = free_port()
    env = _env(REDIS_URL=redis_url, API_KEYS=ADMIN_KEY)
    argv = [sys.executable, "-m", "service", "--host", "127.0.0.1", "--port", str(port), "--workers", "2"]
    proc = subprocess.Popen(argv, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        children = await _children_listening(psutil.Process(proc.pid), 2)
        async with aiohttp.ClientSession(f"http://127.0.0.1:{port}") as session:
            for _ in range(20):  # new connections each time: the kernel spreads them over both processes
                async with session.post(
                    "/api/v1/tasks/submit", json=echo(), headers={**ADMIN, "Connection": "close"}
                ) as r:
                    assert r.status == 202
        assert await hget(redis, "task_metrics", "total_tasks") == "20"
        children[0].kill()  # one process dies: the parent stops the other and reports the failure
        assert proc.wait(20) == 1
        assert not children[1].is_running() or children[1].status() == psutil.STATUS_ZOMBIE
    finally:
        proc.kill()
        proc.wait()


async def test_workers_stop_cleanly_on_sigterm(redis_url: str) -> None:
    port = free_port()
    argv = [sys.executable, "-m", "service", "--host", "127.0.0.1", "--port", str(port), "--workers", "2"]
    proc = subprocess.Popen(argv, env=_env(REDIS_URL=redis_url, API_KEYS=ADMIN_KEY), stderr=subprocess.DEVNULL)
    try:
        await _children_listening(psutil.Process(proc.pid), 2)
        proc.terminate()
        assert proc.wait(20) == 0
    finally:
        proc.kill()
        proc.wait()
