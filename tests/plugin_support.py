"""Task type plugins in tests: the project's own entry points, the example plugin (docs/examples/word_count)
installed into a private directory (never into the venv), and fake plugin distributions."""

from __future__ import annotations

import importlib.util
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

from service.registry import ENTRY_POINT_GROUP, installed_entry_points

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "docs" / "examples" / "word_count"
#: Distribution names as importlib.metadata normalises them.
PROJECT = "taskservice"


def declared(pyproject: Path = ROOT / "pyproject.toml") -> dict[str, str]:
    """The task type entry points a pyproject declares (name -> value)."""
    project = tomllib.loads(pyproject.read_text(encoding="utf-8"))["project"]
    return dict(project.get("entry-points", {}).get(ENTRY_POINT_GROUP, {}))


def visible() -> dict[str, str]:
    """The project's task type entry points as the registry finds them."""
    return {
        entry.name: entry.value
        for entry in installed_entry_points()
        if entry.dist is not None and entry.dist.metadata["Name"] == PROJECT
    }


def install_example(target: Path, source: Path = EXAMPLE) -> Path:
    """pip-install a plugin package into `target`, a private directory for PYTHONPATH, never the venv. Its build
    backend (flit_core, a dev dependency) comes from the venv, so nothing is fetched; a venv installed before that
    dependency lets pip fetch it. pip may build in the source tree, so it builds a copy. Returns `target`."""
    copy = target.with_name(target.name + "-source")
    shutil.copytree(source, copy, ignore=shutil.ignore_patterns("build", "dist", "*.egg-info", "__pycache__"))
    command = [sys.executable, "-m", "pip", "install", "--quiet", "--no-deps", "--disable-pip-version-check"]
    if importlib.util.find_spec("flit_core") is not None:
        command.append("--no-build-isolation")
    command += ["--no-compile", "--target", str(target), str(copy)]
    done = subprocess.run(command, capture_output=True, text=True, timeout=180)
    assert done.returncode == 0, f"pip could not install {source}: {done.stderr}"
    return target


def fake_plugin(directory: Path, dist: str, entries: dict[str, str], modules: dict[str, str]) -> Path:
    """A plugin distribution as pip would leave it: `modules` (name -> source) and a dist-info declaring `entries`
    (task type name -> "module:object") in the group, in `directory` (put it on the path to load them)."""
    directory.mkdir(parents=True, exist_ok=True)
    for name, source in modules.items():
        (directory / f"{name}.py").write_text(source)
    info = directory / f"{dist.replace('-', '_')}-1.0.dist-info"
    info.mkdir()
    (info / "METADATA").write_text(f"Metadata-Version: 2.1\nName: {dist}\nVersion: 1.0\n")
    lines = [f"[{ENTRY_POINT_GROUP}]", *(f"{name} = {value}" for name, value in entries.items())]
    (info / "entry_points.txt").write_text("\n".join(lines) + "\n")
    return directory


#: A module defining a valid task type named `name` (source for fake_plugin).
def type_module(name: str, **options: str) -> str:
    extra = "".join(f", {key}={value}" for key, value in options.items())
    return (
        "from service.plugins import TaskType\n\n\n"
        "async def run(context, data):\n    return data\n\n\n"
        f"TYPE = TaskType(name={name!r}, run=run{extra})\n"
    )
