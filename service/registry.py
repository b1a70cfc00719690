"""The task type registry: every TaskType installed under the entry point group `taskservice.task_types`.

API and workers load it once at start-up, the same way: the built-in types are entry points of this project's
own pyproject, like any plugin's. Loading fails with a PluginError that names the plugin (entry point, value,
distribution) and the cause: two distributions declaring one name, an import that raises, an object that is not a
TaskType, or a TaskType whose name is not its entry point's. Types left out by ENABLED_TASK_TYPES are never
imported, so a broken plugin can be switched off without uninstalling it.
"""

from __future__ import annotations

import functools
import re
import tomllib
from collections.abc import Collection, Iterable, Mapping
from importlib.metadata import Distribution, EntryPoint, distributions
from os import PathLike
from pathlib import Path
from typing import Any

from service.plugins import ENTRY_POINT_GROUP, TaskType
from service.storage import keys

AnyTaskType = TaskType[Any, Any]
#: The service's own distribution, whose entry points are the built-in types.
SERVICE_DISTRIBUTION = "taskservice"

#: Printed when nothing is registered at all: the usual cause is a checkout whose metadata predates the group.
NOTHING_INSTALLED = (
    f"no task types are installed: the entry point group {ENTRY_POINT_GROUP!r} is empty. The built-in types are "
    "entry points of the taskservice distribution: (re)install it (`make install`, or `pip install -e .`) so that "
    "its metadata has them, and install plugins beside it"
)


class PluginError(RuntimeError):
    """A task type plugin could not be loaded; the message names the plugin and the cause."""


def describe(entry: EntryPoint) -> str:
    """An entry point as an error names it: `name = module:object (distribution version)`."""
    dist = entry.dist
    origin = f"{dist.name} {dist.version}" if dist is not None else "unknown distribution"
    return f"{entry.name} = {entry.value} ({origin})"


def _unique(entries: Iterable[EntryPoint], enabled: Collection[str] | None) -> list[EntryPoint]:
    """One entry point per name, in the order found; the same name and value twice (one package found twice on
    the path) is one; the same name with two values is a conflict."""
    chosen: dict[str, EntryPoint] = {}
    for entry in entries:
        first = chosen.setdefault(entry.name, entry)
        if first.value != entry.value:
            raise PluginError(
                f"task type {entry.name!r} is declared by two plugins: {describe(first)} and {describe(entry)}; "
                "uninstall one of them"
            )
    if enabled is not None:
        missing = sorted(set(enabled) - set(chosen))
        if missing:
            raise PluginError(
                f"ENABLED_TASK_TYPES names {', '.join(missing)}, which no installed plugin provides "
                f"(installed: {', '.join(chosen) or 'none'})"
            )
    return [entry for name, entry in chosen.items() if enabled is None or name in enabled]


def load_entry(entry: EntryPoint) -> AnyTaskType:
    """The TaskType an entry point names; PluginError naming it when it cannot be imported or is not one."""
    try:
        found = entry.load()
    except Exception as exc:  # a plugin's import may raise anything: each is reported, none is swallowed
        raise PluginError(f"task type plugin {describe(entry)} failed to load: {type(exc).__name__}: {exc}") from exc
    if not isinstance(found, TaskType):
        raise PluginError(
            f"task type plugin {describe(entry)} is a {type(found).__module__}.{type(found).__qualname__}, "
            "not a service.plugins.TaskType"
        )
    if found.name != entry.name:
        raise PluginError(
            f"task type plugin {describe(entry)} is named {found.name!r}: the entry point must be the type's name"
        )
    return found


def load(entries: Iterable[EntryPoint], *, enabled: Collection[str] | None = None) -> dict[str, AnyTaskType]:
    """Task types by name, only `enabled` ones when given: the others first, then the diagnostic ones, each by name
    (installers write entry points in no order that matters, the catalogue and the OpenAPI document keep this one)."""
    found = [load_entry(entry) for entry in _unique(entries, enabled)]
    if not found:
        raise PluginError(NOTHING_INSTALLED)
    return {kind.name: kind for kind in sorted(found, key=lambda kind: (kind.diagnostic, kind.name))}


class Checkout(Distribution):
    """This project's source tree as a distribution, its pyproject.toml as its metadata."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.project: dict[str, Any] = tomllib.loads((root / "pyproject.toml").read_text(encoding="utf-8"))["project"]

    def read_text(self, filename: str) -> str | None:
        if filename == "METADATA":
            return f"Metadata-Version: 2.1\nName: {self.project['name']}\nVersion: {self.project['version']}\n"
        if filename == "entry_points.txt":
            groups = self.project.get("entry-points", {})
            return "".join(
                f"[{group}]\n" + "".join(f"{name} = {value}\n" for name, value in entries.items())
                for group, entries in groups.items()
            )
        return None

    def locate_file(self, path: str | PathLike[str]) -> Path:
        return self.root / path


def checkout() -> Checkout | None:
    """The service's own source tree, when this code runs from one (an editable install, a checkout on the path).

    Its pyproject.toml, not the metadata the last install wrote (maybe before the pyproject last changed), then
    says which task types the service declares; an installed service (a wheel, the image) has no pyproject here.
    """
    root = Path(__file__).resolve().parent.parent
    if not (root / "pyproject.toml").is_file():
        return None
    found = Checkout(root)
    return found if found.project.get("name") == SERVICE_DISTRIBUTION else None


def installed_entry_points() -> list[EntryPoint]:
    """The entry points of the group, from the service's checkout (when it runs from one) and every distribution
    on the path.

    A distribution found more than once (a checkout's egg-info, written by an older install, beside the installed
    metadata) counts once: the checkout, else its first copy that declares task types. importlib.metadata's
    entry_points() would take its first copy, and a stale one would hide every built-in type.
    """
    seen: set[str] = set()
    found: list[EntryPoint] = []
    for dist in [*filter(None, [checkout()]), *distributions()]:
        name = dist.metadata["Name"]
        entries = [entry for entry in dist.entry_points if entry.group == ENTRY_POINT_GROUP]
        if not name or not entries or _normal(name) in seen:
            continue
        seen.add(_normal(name))
        found += entries
    return found


def _normal(name: str) -> str:
    """A distribution name as packaging compares them (PEP 503)."""
    return re.sub(r"[-_.]+", "-", name).lower()


@functools.cache
def installed(enabled: frozenset[str] | None = None) -> Mapping[str, AnyTaskType]:
    """The installed task types (imported once per process and set of names)."""
    return load(installed_entry_points(), enabled=enabled)


def select(
    types: Mapping[str, AnyTaskType], *, diagnostics: bool, enabled: Collection[str] | None = None
) -> dict[str, AnyTaskType]:
    """The served ones: without `diagnostic` types unless `diagnostics`, and only `enabled` ones when given."""
    return {
        name: kind
        for name, kind in types.items()
        if (diagnostics or not kind.diagnostic) and (enabled is None or name in enabled)
    }


def queue_of(kind: AnyTaskType, default_queue: str) -> str:
    """The arq queue (its Redis key) a type's jobs go to: QUEUE_NAME, or `<QUEUE_NAME>:<queue>` of its own."""
    return default_queue if kind.queue is None else keys.type_queue(default_queue, kind.queue)


def routes(types: Mapping[str, AnyTaskType], default_queue: str) -> dict[str, str]:
    """Each type's arq queue."""
    return {name: queue_of(kind, default_queue) for name, kind in types.items()}


def queues(types: Mapping[str, AnyTaskType], default_queue: str) -> dict[str, list[str]]:
    """The queues these types use (QUEUE_NAME first, always), each with the names of its types."""
    found: dict[str, list[str]] = {default_queue: []}
    for name, queue in routes(types, default_queue).items():
        found.setdefault(queue, []).append(name)
    return found


def concurrency_limits(types: Mapping[str, AnyTaskType], overrides: Mapping[str, int]) -> dict[str, int]:
    """The capped types among these: each type's own `concurrency_limit`, overridden by TYPE_CONCURRENCY's."""
    limits = {name: kind.concurrency_limit for name, kind in types.items() if kind.concurrency_limit is not None}
    limits.update((name, limit) for name, limit in overrides.items() if name in types)
    return dict(sorted(limits.items()))
