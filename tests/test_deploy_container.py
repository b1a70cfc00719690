"""deploy/container and deploy/compose.yaml, checked without Docker: hadolint on the Dockerfile, the Compose
spec through docker-compose's own `config` (both from the dev extras), and what neither knows about the service
(its health paths, ports, settings, grace periods, the image's user and dependencies)."""

from __future__ import annotations

import http.server
import json
import os
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from service.api.server import SHUTDOWN_GRACE_SECONDS as API_DRAIN_S
from service.config import load_settings
from tests.deploy_support import DEPLOY, ROOT, compose_binary, seconds, stages, tool

DOCKERFILE = DEPLOY / "container" / "Dockerfile"
HAPROXY = DEPLOY / "container" / "haproxy.cfg"
HEALTH_URL = "http://127.0.0.1:8000/api/v1/health"
#: What the compose file needs from the environment (docs/deploy.md exports them).
COMPOSE_ENV = {"API_KEYS": "key-one,key-two:proj-a|proj-b", "WEBHOOK_SECRET": "s" * 32}
HAND_BACK_S = 5


@pytest.fixture(autouse=True)
def clean_redis() -> None:
    """These tests read files only: no Redis (replaces conftest's fixture)."""


def _compose(*args: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    clean = {"PATH": os.environ.get("PATH", ""), "HOME": os.environ.get("HOME", "/tmp"), **env}
    command = [compose_binary(), "-f", str(DEPLOY / "compose.yaml"), *args]
    return subprocess.run(command, capture_output=True, text=True, env=clean, timeout=60, cwd=ROOT)


@pytest.fixture(scope="module")
def compose() -> dict[str, Any]:
    """The compose file as docker-compose resolves it: Compose-spec schema checked, anchors and variables
    expanded, paths made absolute."""
    done = _compose("config", "--format", "json", env=COMPOSE_ENV)
    assert done.returncode == 0, done.stderr
    return dict(json.loads(done.stdout))


def _json_form(arguments: str) -> list[str]:
    value = json.loads(arguments)
    assert isinstance(value, list), f"not exec (JSON) form: {arguments}"
    return value


def _healthcheck_command() -> list[str]:
    (check,) = [args for name, args in stages(DOCKERFILE)[-1] if name == "HEALTHCHECK"]
    return _json_form(check[check.index("CMD ") + 4 :])


def test_hadolint_finds_nothing() -> None:
    done = subprocess.run([tool("hadolint"), str(DOCKERFILE)], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stdout + done.stderr


def test_image_is_multi_stage_with_runtime_dependencies_only() -> None:
    build, runtime = stages(DOCKERFILE)
    runs = [args for name, args in build if name == "RUN"]
    assert any(args.endswith("pip install .") for args in runs)  # not `.[dev]`, not editable
    assert not any("pip" in args for name, args in runtime if name == "RUN")
    assert ("COPY", "--from=build /opt/venv /opt/venv") in runtime
    for name, args in build:
        if name == "COPY":  # every source is in the context the dockerignore lets through
            *sources, _ = args.split()
            assert all((ROOT / source).exists() and source.split("/")[0] in _context_allowed() for source in sources)


def _context_allowed() -> set[str]:
    lines = [line for line in (DOCKERFILE.parent / "Dockerfile.dockerignore").read_text().splitlines() if line]
    patterns = [line for line in lines if not line.startswith("#")]
    assert patterns[0] == "*", "an allow-list: everything excluded first"
    return {pattern[1:].rstrip("/") for pattern in patterns if pattern.startswith("!")}


def test_build_context_leaves_out_local_state() -> None:
    assert _context_allowed() == {"pyproject.toml", "service", "worker"}  # no .venv, var/ (dev key), .git, tests


def test_image_runs_as_the_unprivileged_user_it_creates() -> None:
    runtime = stages(DOCKERFILE)[-1]
    (user,) = [args for name, args in runtime if name == "USER"]
    (create,) = [args for name, args in runtime if name == "RUN" and "useradd" in args]
    uid, _, gid = user.partition(":")
    assert uid != "0" and f"--uid {uid}" in create and f"--gid {gid}" in create
    assert [name for name, _ in runtime].index("USER") > [name for name, _ in runtime].index("COPY")


def test_default_command_serves_the_exposed_and_checked_port() -> None:
    runtime = dict(stages(DOCKERFILE)[-1])
    command = _json_form(runtime["CMD"])
    assert command[:3] == ["python", "-m", "service"]
    port = command[command.index("--port") + 1]
    assert runtime["EXPOSE"] == port and f":{port}/" in HEALTH_URL
    assert _healthcheck_command()[:2] == ["python", "-c"] and HEALTH_URL in _healthcheck_command()[2]


class _Answer(http.server.BaseHTTPRequestHandler):
    status = 200
    paths: list[str] = []

    def do_GET(self) -> None:
        self.paths.append(self.path)
        self.send_response(self.status)
        self.end_headers()

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def answering() -> Iterator[http.server.HTTPServer]:
    server = http.server.HTTPServer(("127.0.0.1", 0), _Answer)
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    yield server
    server.shutdown()
    server.server_close()


@pytest.mark.parametrize(("status", "healthy"), [(200, True), (503, False), (None, False)])
def test_healthcheck_passes_only_on_a_200(answering: http.server.HTTPServer, status: int | None, healthy: bool) -> None:
    """The HEALTHCHECK's own Python, pointed at a stand-in server (or at a port nobody listens on)."""
    _Answer.status, _Answer.paths = status or 200, []
    address = f"127.0.0.1:{answering.server_address[1]}"
    if status is None:
        answering.shutdown()
        answering.server_close()
    code = _healthcheck_command()[2].replace("127.0.0.1:8000", address)
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, timeout=30)
    assert (done.returncode == 0) is healthy
    assert _Answer.paths == ([] if status is None else ["/api/v1/health"])


def test_compose_file_is_refused_without_api_keys() -> None:
    done = _compose("config", "--quiet", env={"WEBHOOK_SECRET": "x"})
    assert done.returncode != 0 and "API_KEYS" in done.stderr


def test_compose_schema_check_catches_an_unknown_field(tmp_path: Path) -> None:
    broken = tmp_path / "compose.yaml"
    broken.write_text("services:\n  api:\n    image: taskservice:local\n    replica: 2\n")
    done = subprocess.run([compose_binary(), "-f", str(broken), "config", "-q"], capture_output=True, text=True)
    assert done.returncode != 0 and "replica" in done.stderr


def test_compose_runs_two_apis_behind_one_port_and_two_workers(compose: dict[str, Any]) -> None:
    services = compose["services"]
    assert set(services) == {"redis", "api", "worker", "proxy"}
    assert services["api"]["deploy"]["replicas"] == 2 and services["worker"]["deploy"]["replicas"] == 2
    assert [name for name, service in services.items() if service.get("ports")] == ["proxy"]
    assert [port["target"] for port in services["proxy"]["ports"]] == [8000]
    (mount,) = services["proxy"]["volumes"]
    assert Path(mount["source"]) == HAPROXY and mount["read_only"]
    config = HAPROXY.read_text()
    api_port = services["api"]["command"][services["api"]["command"].index("--port") + 1]
    assert f" api:{api_port} " in config and "bind :8000" in config
    assert "http-check send meth GET uri /api/v1/ready" in config  # readiness decides who gets requests


def test_compose_checks_health_and_builds_the_image(compose: dict[str, Any]) -> None:
    api, worker = compose["services"]["api"], compose["services"]["worker"]
    assert api["healthcheck"]["test"] == ["CMD", *_healthcheck_command()]
    assert worker["healthcheck"] == {"disable": True}  # no port to check
    assert worker["command"] == ["python", "-m", "worker"]
    for service in (api, worker):
        assert Path(service["build"]["context"]) / service["build"]["dockerfile"] == DOCKERFILE
        assert service["image"] == api["image"] and service["read_only"]
        assert service["depends_on"]["redis"]["condition"] == "service_healthy"


def test_compose_redis_keeps_an_append_only_file_on_a_volume(compose: dict[str, Any]) -> None:
    redis = compose["services"]["redis"]
    command = " ".join(redis["command"])
    assert "--appendonly yes" in command and "--maxmemory-policy noeviction" in command
    (volume,) = redis["volumes"]
    assert volume["type"] == "volume" and volume["target"] == "/data" and volume["source"] in compose["volumes"]


def test_compose_settings_and_stop_periods(compose: dict[str, Any]) -> None:
    api, worker = compose["services"]["api"], compose["services"]["worker"]
    settings = {name: load_settings(compose["services"][name]["environment"]) for name in ("api", "worker")}
    assert settings["api"].redis_url == settings["worker"].redis_url == "redis://redis:6379/0"
    assert settings["api"].api_keys == COMPOSE_ENV["API_KEYS"]
    assert settings["worker"].webhook_secret == COMPOSE_ENV["WEBHOOK_SECRET"]
    (subnet,) = [entry["subnet"] for entry in compose["networks"]["default"]["ipam"]["config"]]
    assert settings["api"].trusted_proxies == subnet  # the proxy's X-Forwarded-For is believed, from there only
    assert seconds(worker["stop_grace_period"]) >= settings["worker"].shutdown_grace_seconds + HAND_BACK_S
    assert seconds(api["stop_grace_period"]) > API_DRAIN_S
