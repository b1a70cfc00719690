"""`python -m tests.bench --smoke`: every scenario runs end to end at tiny sizes, and the doc is left alone."""

from __future__ import annotations

import os
import subprocess
import sys

from tests.bench import redis_bench, wrk
from tests.bench.config import KNOBS, SMOKE
from tests.bench.report import DOC
from tests.bench.results import catalogue
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
    measured, _, judged = rest.partition("## Targets")
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
