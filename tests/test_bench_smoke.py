"""`python -m tests.bench --smoke`: every scenario runs end to end at tiny sizes, and the doc is left alone."""

from __future__ import annotations

import os
import subprocess
import sys

from tests.bench import redis_bench, wrk
from tests.bench.config import KNOBS, SMOKE
from tests.bench.report import COMMANDS, DOC
from tests.bench.results import PER_JOB, PER_TASK, catalogue
from tests.bench.targets import targets
from tests.processes import ROOT


def _doc_state() -> tuple[bytes, int] | None:
    return (DOC.read_bytes(), DOC.stat().st_mtime_ns) if DOC.exists() else None


def _rows(section: str) -> dict[str, str]:
    """The lines of a Markdown table by their first cell."""
    return {line.split(" | ")[0].removeprefix("| "): line for line in section.splitlines() if line.startswith("| ")}


def _may_skip(name: str) -> bool:
    """Rows that need a tool this machine may lack (make bench installs them; make test does not)."""
    needs_wrk = name.startswith(("bare HTTP", "submit"))
    return (needs_wrk and not wrk.available()) or (name.startswith("redis-benchmark") and not redis_bench.available())


def test_smoke_run_fills_every_row_and_leaves_the_doc() -> None:
    before = _doc_state()
    env = {name: value for name, value in os.environ.items() if name not in KNOBS}
    done = subprocess.run(
        [sys.executable, "-m", "tests.bench", "--smoke"], cwd=ROOT, env=env, capture_output=True, text=True, timeout=90
    )
    assert done.returncode == 0, done.stderr[-4000:]
    _, _, rest = done.stdout.partition("## Results")
    measured, _, rest = rest.partition("## Targets")
    judged, _, by_command = rest.partition(f"## {COMMANDS}")
    lines, verdicts = _rows(measured), _rows(judged)
    for name, unit in catalogue(SMOKE):
        assert name in lines, f"no row {name!r} in:\n{done.stdout}"
        if _may_skip(name):
            assert "skipped" in lines[name] or unit in lines[name]
        else:
            assert "skipped" not in lines[name] and lines[name].endswith(f"| {unit} |"), lines[name]
    for target in targets(SMOKE):
        assert target.name in verdicts, f"no target {target.name!r} in:\n{judged}"
        assert verdicts[target.name].endswith(("| met |", "| **not met** |", "| skipped |")), verdicts[target.name]
    assert _doc_state() == before, "a smoke run must not rewrite docs/benchmarks.md"
    # one round: the commands by command add up to the total of each side
    commands = [_cells(line)[1:] for line in _rows(by_command).values()][2:]  # past the head and the rule
    for column, side in enumerate((PER_TASK, PER_JOB)):
        total = _figure(lines[f"{side}: Redis commands"])
        assert total > 0 and abs(sum(float(row[column]) for row in commands) - total) <= 0.05 + 0.005 * len(commands)


def _cells(line: str) -> list[str]:
    return line.strip("| ").split(" | ")


def _number(text: str) -> float:
    return float(text.replace(",", ""))


def _figure(line: str) -> float:
    """The median of a row of the results table."""
    return _number(_cells(line)[1])


def test_per_task_alone_prints_the_costs_of_both_sides() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "tests.bench.per_task", "--tasks", "20"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=90,
    )
    assert done.returncode == 0, done.stderr[-4000:]
    head, _, by_command = done.stdout.partition("Redis commands by command:")
    rows = {line[:22].strip(): line[22:].split() for line in head.splitlines()[2:] if line.strip()}
    assert rows["API CPU (us)"][1] == "-"  # plain arq has no API
    assert all(_number(cell) > 0 for cell in rows["Redis CPU (us)"][:2]), rows
    counts = [line.split()[1:] for line in by_command.strip().splitlines()]
    for column in (0, 1):  # the service's and plain arq's
        total = _number(rows["Redis commands"][column])
        assert total > 0 and abs(sum(float(row[column]) for row in counts) - total) <= 0.05 + 0.005 * len(counts)
