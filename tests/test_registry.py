"""The task type registry (service.registry): entry points in, TaskTypes out, and a PluginError naming the plugin and
the cause for every way a plugin can be broken; the TaskType object's own checks."""

from __future__ import annotations

import sys
import uuid
from importlib.metadata import EntryPoint, distributions
from pathlib import Path
from typing import Any

import pytest

from service import registry
from service.plugins import TaskContext, TaskData, TaskType
from service.registry import ENTRY_POINT_GROUP, PluginError
from tests.plugin_support import declared, fake_plugin, type_module, visible


def entries(*directories: Path) -> list[EntryPoint]:
    """The group's entry points of the distributions in these directories (what installed_entry_points reads)."""
    found = distributions(path=[str(directory) for directory in directories])
    return [entry for dist in found for entry in dist.entry_points if entry.group == ENTRY_POINT_GROUP]


@pytest.fixture
def plugins(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A directory on the path for fake plugins; each test's module names are its own."""
    monkeypatch.syspath_prepend(str(tmp_path))
    return tmp_path


def unique(prefix: str) -> str:
    return f"{prefix}_{uuid.uuid4().hex[:8]}"


def test_the_built_in_types_are_the_projects_entry_points() -> None:
    assert declared() == visible()  # conftest exposes pyproject's when the venv's metadata predates them
    assert set(declared()) == {"evaluate_department", "echo", "sleep"}
    installed = registry.installed()
    assert list(installed) == ["evaluate_department", "echo", "sleep"]  # others by name, then the diagnostic ones
    assert [kind.name for kind in installed.values() if kind.diagnostic] == ["echo", "sleep"]


def test_a_plugin_is_loaded_by_its_entry_point(plugins: Path) -> None:
    module = unique("good")
    fake_plugin(plugins, "good-plugin", {"good_one": f"{module}:TYPE"}, {module: type_module("good_one")})
    loaded = registry.load(entries(plugins))
    assert list(loaded) == ["good_one"] and loaded["good_one"].run.__module__ == module


def test_an_import_error_names_the_plugin_and_the_cause(plugins: Path) -> None:
    module = unique("broken")
    source = "raise RuntimeError('the plugin needs LICENSE_KEY')\n"
    fake_plugin(plugins, "broken-plugin", {"broken": f"{module}:TYPE"}, {module: source})
    with pytest.raises(PluginError) as raised:
        registry.load(entries(plugins))
    message = str(raised.value)
    assert f"broken = {module}:TYPE (broken-plugin 1.0) failed to load" in message
    assert "RuntimeError: the plugin needs LICENSE_KEY" in message


def test_a_missing_object_names_the_plugin(plugins: Path) -> None:
    module = unique("empty")
    fake_plugin(plugins, "empty-plugin", {"empty": f"{module}:TYPE"}, {module: "OTHER = 1\n"})
    with pytest.raises(PluginError, match=rf"empty = {module}:TYPE \(empty-plugin 1\.0\) failed to load: Attribute"):
        registry.load(entries(plugins))


def test_an_object_of_the_wrong_kind_is_refused(plugins: Path) -> None:
    module = unique("wrong")
    source = "async def TYPE(context, data):\n    return data\n"
    fake_plugin(plugins, "wrong-plugin", {"wrong": f"{module}:TYPE"}, {module: source})
    with pytest.raises(
        PluginError, match=r"\(wrong-plugin 1\.0\) is a builtins\.function, not a service\.plugins\.TaskType"
    ):
        registry.load(entries(plugins))


def test_the_entry_point_must_be_the_types_name(plugins: Path) -> None:
    module = unique("named")
    fake_plugin(plugins, "named-plugin", {"alias": f"{module}:TYPE"}, {module: type_module("real_name")})
    with pytest.raises(PluginError, match="is named 'real_name': the entry point must be the type's name"):
        registry.load(entries(plugins))


def test_two_plugins_declaring_one_name_conflict(tmp_path: Path) -> None:
    first, second = tmp_path / "a", tmp_path / "b"
    fake_plugin(first, "plugin-a", {"shared": "mod_a:TYPE"}, {})
    fake_plugin(second, "plugin-b", {"shared": "mod_b:TYPE"}, {})
    with pytest.raises(PluginError) as raised:
        registry.load(entries(first, second))
    assert str(raised.value) == (
        "task type 'shared' is declared by two plugins: shared = mod_a:TYPE (plugin-a 1.0) and "
        "shared = mod_b:TYPE (plugin-b 1.0); uninstall one of them"
    )


def test_one_distribution_found_twice_counts_once(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A checkout's stale egg-info beside the installed metadata: the copy that declares task types wins, and the
    same declaration twice is no conflict."""
    module = unique("twice")
    stale, fresh, again = tmp_path / "stale", tmp_path / "fresh", tmp_path / "again"
    (stale / "twice_plugin-1.0.dist-info").mkdir(parents=True)
    (stale / "twice_plugin-1.0.dist-info" / "METADATA").write_text("Metadata-Version: 2.1\nName: twice-plugin\n")
    fake_plugin(fresh, "twice-plugin", {"twice": f"{module}:TYPE"}, {module: type_module("twice")})
    fake_plugin(again, "twice-copy", {"twice": f"{module}:TYPE"}, {})
    for directory in (again, fresh, stale):
        monkeypatch.syspath_prepend(str(directory))
    found = [entry for entry in registry.installed_entry_points() if entry.name == "twice"]
    assert [entry.dist.metadata["Name"] for entry in found if entry.dist] == ["twice-plugin", "twice-copy"]
    assert list(registry.load(found)) == ["twice"]


def test_enabled_types_only_are_imported(plugins: Path) -> None:
    good, broken = unique("good"), unique("broken")
    modules = {good: type_module("good_one"), broken: "raise ImportError('not this one')\n"}
    fake_plugin(plugins, "mixed", {"good_one": f"{good}:TYPE", "broken": f"{broken}:TYPE"}, modules)
    assert list(registry.load(entries(plugins), enabled={"good_one"})) == ["good_one"]
    assert broken not in sys.modules  # switched off: never imported
    with pytest.raises(PluginError, match=r"ENABLED_TASK_TYPES names nope, which no installed plugin provides"):
        registry.load(entries(plugins), enabled={"good_one", "nope"})


def test_nothing_installed_says_how_to_fix_it() -> None:
    with pytest.raises(PluginError, match=r"entry point group 'taskservice\.task_types' is empty.*make install"):
        registry.load([])


def test_select_drops_diagnostic_types_and_keeps_enabled_ones() -> None:
    installed = registry.installed()
    assert list(registry.select(installed, diagnostics=False)) == ["evaluate_department"]
    assert list(registry.select(installed, diagnostics=True, enabled={"sleep"})) == ["sleep"]


async def run(context: TaskContext, data: Any) -> Any:
    return data


class Data(TaskData):
    n: int


@pytest.mark.parametrize(
    ("options", "problem"),
    [
        ({"name": "Bad-Name"}, "name must be 1 to 64 characters"),
        ({"run": print}, "run must be an async function"),
        ({"task_data": dict}, "task_data must be a msgspec.Struct subclass"),
        ({"timeout_seconds": 0}, "timeout_seconds must be a positive number"),
        ({"max_tries": 0}, "max_tries must be an integer >= 1"),
        ({"retries": False, "max_tries": 3}, "max_tries=3 contradicts retries=False"),
        ({"queue": "health-check"}, "queue must be 1 to 64 characters"),
        ({"queue": "Has Space"}, "queue must be 1 to 64 characters"),
        ({"result": object}, "result: msgspec cannot describe"),
    ],
)
def test_a_task_type_checks_its_fields(options: dict[str, Any], problem: str) -> None:
    with pytest.raises(ValueError, match=problem):
        TaskType(**{"name": "checked", "run": run, **options})


def test_limits_default_to_the_services() -> None:
    plain = TaskType(name="plain", run=run, task_data=Data, result=dict[str, int])
    assert (plain.time_limit(300), plain.tries(5)) == (300, 5)
    once = TaskType(name="once", run=run, timeout_seconds=2.5, retries=False)
    assert (once.time_limit(300), once.tries(5)) == (2.5, 1)
    assert registry.queue_of(plain, "arq:queue") == "arq:queue"
    assert registry.queue_of(TaskType(name="gpu", run=run, queue="gpu"), "arq:queue") == "arq:queue:gpu"


async def test_the_context_reports_progress_and_asks_for_retries() -> None:
    reported: list[float] = []

    async def report(percent: float) -> bool:
        reported.append(percent)
        return True

    context = TaskContext(task_id="t-1", task_type="probe", attempt=2, max_tries=2, report=report)
    assert await context.progress(50) and reported == [50]
    assert context.last_attempt and context.log.extra == {"task_id": "t-1", "task_type": "probe", "attempt": 2}
    with pytest.raises(Exception, match="retry in 1.5 s") as raised:
        context.retry(1.5)
    assert getattr(raised.value, "delay_seconds", None) == 1.5
    assert await TaskContext(task_id="t", task_type="x").progress(1) is False  # nothing records it


def test_a_tasks_logger_names_the_task() -> None:
    context = TaskContext(task_id="t-9", task_type="probe", attempt=3)
    message, kwargs = context.log.process("went well", {"extra": {"step": 2}})
    assert message == "task t-9 (try 3): went well" and context.log.logger.name == "taskservice.tasks.probe"
    assert kwargs["extra"] == {"task_id": "t-9", "task_type": "probe", "attempt": 3, "step": 2}


def test_the_checkout_outranks_stale_installed_metadata(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Run from a checkout, the service's task types are its pyproject's, whatever an earlier install wrote."""
    fake_plugin(tmp_path, "taskservice", {"retired": "gone:TYPE"}, {})
    monkeypatch.syspath_prepend(str(tmp_path))
    checkout = registry.checkout()
    assert checkout is not None and checkout.root == Path(registry.__file__).resolve().parent.parent
    names = [
        entry.name for entry in registry.installed_entry_points() if entry.dist and entry.dist.name == "taskservice"
    ]
    assert names == list(declared())
