"""deploy/systemd: the units agree with each other, with the service's stop times and with the install steps of
docs/deploy.md (user, venv, environment file); `systemd-analyze verify` where this machine has it."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from service.api.server import SHUTDOWN_GRACE_SECONDS as API_DRAIN_S
from service.config import Settings, load_settings
from tests.deploy_support import DEPLOY, ROOT, unit, words

SYSTEMD = DEPLOY / "systemd"
API = SYSTEMD / "taskservice-api.service"
WORKER = SYSTEMD / "taskservice-worker@.service"
TARGET = SYSTEMD / "taskservice.target"
USER = "taskservice"
VENV_PYTHON = "/opt/taskservice/venv/bin/python"
ENV_FILE = "/etc/taskservice.env"
HAND_BACK_S = 5


@pytest.fixture(autouse=True)
def clean_redis() -> None:
    """These tests read files only: no Redis (replaces conftest's fixture)."""


def _stop_seconds(path: Path) -> float:
    (value,) = unit(path)["Service"]["TimeoutStopSec"]
    return float(value)


def _install_steps() -> str:
    text = (ROOT / "docs" / "deploy.md").read_text()
    return text[text.index("## One host: systemd") : text.index("## Docker Compose")]


def _env_file_in_docs() -> dict[str, str]:
    """The environment file that the install steps write, command substitutions replaced by a value."""
    match = re.search(rf"sudo tee {ENV_FILE} >/dev/null <<EOF\n(.*?)\nEOF\n", _install_steps(), re.S)
    assert match, "docs/deploy.md: the step writing the environment file"
    pairs = (line.split("=", 1) for line in match.group(1).splitlines())
    return {key: re.sub(r"\$\(.*?\)|\$\w+", "substituted-0123456789abcdef", value) for key, value in pairs}


def _api_variables() -> set[str]:
    (command,) = unit(API)["Service"]["ExecStart"]
    return set(re.findall(r"\$\{(\w+)\}", command))


@pytest.mark.parametrize("path", [API, WORKER])
def test_units_share_user_venv_env_file_and_redis_dependency(path: Path) -> None:
    sections = unit(path)
    service = sections["Service"]
    assert service["User"] == service["Group"] == [USER]
    assert service["EnvironmentFile"] == [ENV_FILE]
    (command,) = service["ExecStart"]
    assert command.startswith(f"{VENV_PYTHON} -m ")
    assert "redis-server.service" in words(sections["Unit"]["Wants"])
    assert "redis-server.service" in words(sections["Unit"]["After"])
    assert sections["Unit"]["PartOf"] == [TARGET.name] and sections["Install"]["WantedBy"] == [TARGET.name]
    assert service["NoNewPrivileges"] == ["true"]


def test_target_starts_at_boot_after_redis() -> None:
    sections = unit(TARGET)
    assert sections["Install"]["WantedBy"] == ["multi-user.target"]
    assert "redis-server.service" in words(sections["Unit"]["After"])


def test_api_unit_runs_n_processes_with_defaults_for_its_variables() -> None:
    service = unit(API)["Service"]
    (command,) = service["ExecStart"]
    assert command == f"{VENV_PYTHON} -m service --host ${{API_HOST}} --port ${{API_PORT}} --workers ${{API_WORKERS}}"
    defaults = dict(pair.split("=", 1) for pair in words(service["Environment"]))
    assert set(defaults) == _api_variables() and int(defaults["API_WORKERS"]) >= 1
    assert service["KillMode"] == ["mixed"]  # the parent passes SIGTERM on to its API processes
    assert _stop_seconds(API) > API_DRAIN_S


def test_worker_is_a_template_whose_stop_covers_the_graceful_stop() -> None:
    assert WORKER.name.endswith("@.service")
    (command,) = unit(WORKER)["Service"]["ExecStart"]
    assert command == f"{VENV_PYTHON} -m worker"
    grace = load_settings(_env_file_in_docs()).shutdown_grace_seconds
    assert _stop_seconds(WORKER) >= grace + HAND_BACK_S


def test_install_steps_create_what_the_units_use() -> None:
    steps = _install_steps()
    assert re.search(rf"sudo useradd --system .* {USER}\n", steps)
    assert f"sudo python3 -m venv {VENV_PYTHON.removesuffix('/bin/python')}\n" in steps
    assert f"sudo install -m 0640 -o root -g {USER} /dev/null {ENV_FILE}\n" in steps
    assert all(f"deploy/systemd/{path.name}" in steps for path in SYSTEMD.iterdir())
    assert f"sudo systemctl enable {TARGET.name} {API.name} taskservice-worker@{{1..4}}.service" in steps


def test_environment_file_of_the_docs_holds_settings_and_api_variables() -> None:
    env = _env_file_in_docs()
    assert set(env) <= {name.upper() for name in Settings.__struct_fields__} | _api_variables()
    settings = load_settings(env)
    assert settings.api_keys and settings.webhook_secret and settings.redis_url.startswith("redis://127.0.0.1")


def _verify(paths: list[Path]) -> subprocess.CompletedProcess[str]:
    command = [str(shutil.which("systemd-analyze")), "verify", "--man=no", *map(str, paths)]
    return subprocess.run(command, capture_output=True, text=True, timeout=60)


def _copies(directory: Path) -> list[Path]:
    """The units with the venv's python replaced by this one (verify wants an executable there)."""
    for path in SYSTEMD.iterdir():
        (directory / path.name).write_text(path.read_text().replace(VENV_PYTHON, sys.executable))
    return [directory / API.name, directory / WORKER.name.replace("@", "@1"), directory / TARGET.name]


needs_systemd_analyze = pytest.mark.skipif(shutil.which("systemd-analyze") is None, reason="no systemd-analyze")


@needs_systemd_analyze
def test_systemd_analyze_verify_finds_nothing(tmp_path: Path) -> None:
    done = _verify(_copies(tmp_path))
    assert done.returncode == 0 and not (done.stdout + done.stderr).strip(), done.stdout + done.stderr


@needs_systemd_analyze
def test_systemd_analyze_verify_reports_a_misspelt_key(tmp_path: Path) -> None:
    paths = _copies(tmp_path)
    paths[0].write_text(paths[0].read_text().replace("TimeoutStopSec=", "TimeoutStopSecs="))
    done = _verify(paths)
    assert "TimeoutStopSecs" in done.stdout + done.stderr  # a warning only: hence no output is required above
