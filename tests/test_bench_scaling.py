"""`python -m tests.bench.scaling --smoke`: the per-task costs, the model and two tiny cells; the doc left alone."""

from __future__ import annotations

import re
import subprocess
import sys

import pytest

from tests.bench.scaling import BEGIN, DOC, END, replace_block
from tests.bench.scaling_model import Model
from tests.processes import ROOT


def test_smoke_run_prints_the_model_and_a_row_per_cell() -> None:
    before = DOC.read_bytes()
    done = subprocess.run(
        [sys.executable, "-m", "tests.bench.scaling", "--smoke"], cwd=ROOT, capture_output=True, text=True, timeout=90
    )
    assert done.returncode == 0, done.stderr[-4000:]
    out = done.stdout
    for section in ("### Per task", "### The model", "### The curve", "### CPU per task in each cell", "### Model"):
        assert section in out, out
    assert re.search(r"ceiling of one Redis primary = .* = \*\*[\d,]+ tasks/s\*\*", out), out
    for api, workers in ((1, 1), (2, 2)):
        row = next(line for line in out.splitlines() if line.startswith(f"| {api} | {workers} | 30 |"))
        cells = row.strip("| ").split(" | ")
        assert float(cells[3].replace(",", "")) > 0 and "timed out" not in row, row
    assert "load average (1 min):" in out
    assert DOC.read_bytes() == before, "a smoke run must not rewrite docs/scaling.md"


def test_the_block_between_the_markers_is_replaced_and_the_rest_kept() -> None:
    doc = f"# Scaling\n\nmine\n\n{BEGIN}\nold figures\n{END}\n\nmine too\n"
    new = replace_block(doc, "new figures")
    assert new == f"# Scaling\n\nmine\n\n{BEGIN}\n\nnew figures\n\n{END}\n\nmine too\n"
    assert replace_block(new, "new figures") == new
    with pytest.raises(ValueError, match="markers"):
        replace_block("# Scaling\n", "figures")


def test_the_model_arithmetic() -> None:
    model = Model(redis_us=1000.0, api_us=500.0, worker_us=1500.0, client_us=1000.0, cores=2)
    assert model.ceiling == pytest.approx(1000.0)
    assert model.cores_at(model.ceiling, model.worker_us) == pytest.approx(1.5)
    assert model.machine_rate == pytest.approx(2e6 / 4000)
