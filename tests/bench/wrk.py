"""Running wrk with the scripts beside this module, and reading the figures its done() hook prints."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path
from typing import NamedTuple

HERE = Path(__file__).resolve().parent
#: Headroom for wrk to start and print, beyond the measured duration.
GRACE_S = 30.0


class WrkResult(NamedTuple):
    rate: float  # requests/s
    p50_ms: float
    p99_ms: float
    errors: int


def available() -> bool:
    return shutil.which("wrk") is not None


def run_wrk(url: str, seconds: float, connections: int, script: str, *script_args: str) -> WrkResult:
    """One wrk run with one thread (the machine has few cores; the servers need them more)."""
    command = ["wrk", "-t1", f"-c{connections}", f"-d{seconds:g}s", "-s", script, url, "--", *script_args]
    done = subprocess.run(command, cwd=HERE, capture_output=True, text=True, timeout=seconds + GRACE_S, check=True)
    line = next((line for line in done.stdout.splitlines() if line.startswith("BENCH ")), None)
    if line is None:
        raise RuntimeError(f"wrk printed no figures:\n{done.stdout}\n{done.stderr}")
    figures = json.loads(line.removeprefix("BENCH "))
    return WrkResult(
        rate=figures["requests"] / (figures["duration_us"] / 1e6),
        p50_ms=figures["p50_us"] / 1000,
        p99_ms=figures["p99_us"] / 1000,
        errors=int(figures["errors"]),
    )
