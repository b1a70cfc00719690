"""A worker or a keys command started before its Redis waits for it: one log line, no exit, no traceback."""

from __future__ import annotations

import asyncio
import signal
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from redis.asyncio import Redis

from deploy.redis_local import free_port, start_redis
from service.storage import keys
from tests.processes import ROOT, service_env, worker_process
from tests.waiting import until

WAITING = "does not answer yet"


@contextmanager
def redis_on(port: int, data_dir: Path) -> Iterator[Redis]:
    proc, url = start_redis(data_dir, port=port, persistent=False)
    try:
        yield Redis.from_url(url, decode_responses=True)
    finally:
        proc.terminate()
        proc.wait(10)


async def logged(log: Path, text: str) -> bool:
    return text in log.read_text(errors="replace")


async def still_running(proc: subprocess.Popen[bytes], seconds: float) -> bool:
    """True if `proc` has not exited `seconds` from now (it used to, ~3 s after starting without Redis)."""
    try:
        await asyncio.to_thread(proc.wait, seconds)
    except subprocess.TimeoutExpired:
        return True
    return False


async def test_worker_started_before_redis_waits_for_it_then_goes_live(tmp_path: Path) -> None:
    port, log = free_port(), tmp_path / "worker.log"
    env = service_env(f"redis://127.0.0.1:{port}/0", "key")
    with log.open("wb") as stderr, worker_process(env, stderr=stderr) as proc:
        await until(lambda: logged(log, WAITING), timeout=30)
        assert await still_running(proc, 5), log.read_text()
        with redis_on(port, tmp_path / "redis") as redis:
            live = await until(lambda: redis.zrange(keys.workers("arq:queue"), 0, -1), timeout=30)
            await redis.aclose()
    text = log.read_text()
    assert len(live) == 1 and text.count(WAITING) == 1 and "Traceback" not in text, text


@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGINT])
async def test_worker_waiting_for_redis_stops_cleanly_on_a_signal(tmp_path: Path, signum: signal.Signals) -> None:
    log = tmp_path / "worker.log"
    env = service_env(f"redis://127.0.0.1:{free_port()}/0", "key")
    with log.open("wb") as stderr, worker_process(env, stderr=stderr) as proc:
        await until(lambda: logged(log, WAITING), timeout=30)
        proc.send_signal(signum)
        assert await asyncio.to_thread(proc.wait, 15) == 0
    assert "Traceback" not in log.read_text(), log.read_text()


def keys_command(port: int, tmp_path: Path, *args: str) -> tuple[subprocess.Popen[bytes], Path, Path]:
    out, err = tmp_path / "out.txt", tmp_path / "err.txt"
    env = service_env(f"redis://127.0.0.1:{port}/0", "")
    with out.open("wb") as stdout, err.open("wb") as stderr:
        proc = subprocess.Popen(
            [sys.executable, "-m", "service", "keys", *args], env=env, cwd=ROOT, stdout=stdout, stderr=stderr
        )
    return proc, out, err


async def test_keys_command_started_before_redis_waits_for_it(tmp_path: Path) -> None:
    port = free_port()
    proc, out, err = keys_command(port, tmp_path, "list")
    try:
        await until(lambda: logged(err, WAITING), timeout=30)
        with redis_on(port, tmp_path / "redis") as redis:
            assert await asyncio.to_thread(proc.wait, 30) == 0, err.read_text()
            await redis.aclose()
    finally:
        proc.kill()
    assert out.read_text().startswith("id\tname") and err.read_text().count(WAITING) == 1, err.read_text()


async def test_keys_command_gives_up_after_its_wait_and_on_ctrl_c(tmp_path: Path) -> None:
    proc, _, err = keys_command(free_port(), tmp_path, "list", "--wait", "0.5")
    assert await asyncio.to_thread(proc.wait, 30) == 1
    assert "did not answer within 0.5 s" in err.read_text() and "Traceback" not in err.read_text()
    proc, _, err = keys_command(free_port(), tmp_path, "list")
    await until(lambda: logged(err, WAITING), timeout=30)
    proc.send_signal(signal.SIGINT)
    assert await asyncio.to_thread(proc.wait, 15) == 130
    assert "Traceback" not in err.read_text(), err.read_text()
