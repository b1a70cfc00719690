"""`python -m service`: refuses bad settings with exit code 2, and serves HTTP with good ones."""

from __future__ import annotations

import asyncio
import json
import os
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import aiohttp
import msgspec
import pytest
from redis.asyncio import Redis

from deploy.redis_local import free_port
from service.api.app import create_app
from service.api.server import ApiRunner
from service.config import Settings
from tests.conftest import ADMIN_KEY
from tests.test_api_helpers import ADMIN, echo, hget


def _env(**values: str) -> dict[str, str]:
    # Only what the service reads: no developer REDIS_URL or API_KEYS leaks into the test.
    return {"PATH": os.environ.get("PATH", ""), **values}


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


async def wait_until_listening(session: aiohttp.ClientSession, timeout: float = 20) -> None:
    deadline = time.monotonic() + timeout
    while True:
        try:
            async with session.get("/api/v1/health") as resp:
                assert resp.status == 200
                return
        except aiohttp.ClientConnectionError:
            assert time.monotonic() < deadline, "the service did not start listening"
            await asyncio.sleep(0.05)


async def test_serves_the_api_and_logs_json(server: tuple[str, Path], redis: Redis) -> None:
    url, log = server
    async with aiohttp.ClientSession(url) as session:
        await wait_until_listening(session)
        async with session.post("/api/v1/tasks/submit", json=echo(), headers=ADMIN) as resp:
            assert resp.status == 202
    assert await hget(redis, "task_metrics", "total_tasks") == "1"
    lines = log.read_text().splitlines()
    assert lines and all(json.loads(line)["level"] for line in lines)


@pytest.mark.parametrize("enabled", [False, True])
def test_access_log_follows_the_setting(settings: Settings, enabled: bool) -> None:
    runner = ApiRunner(create_app(msgspec.structs.replace(settings, access_log=enabled)))
    logger = runner._kwargs.get("access_log", "aiohttp default")
    assert (logger is not None) is enabled
