"""redis-benchmark against the run's own Redis: what Redis itself does on this machine."""

from __future__ import annotations

import csv
import shutil
import subprocess

OPERATIONS = ("SET", "GET", "HSET", "ZADD")
CLIENTS = 50


def available() -> bool:
    return shutil.which("redis-benchmark") is not None


def run(port: int, requests: int) -> dict[str, float]:
    """Requests/s of each operation in OPERATIONS."""
    command = ["redis-benchmark", "-h", "127.0.0.1", "-p", str(port), "-c", str(CLIENTS), "-n", str(requests)]
    command += ["-t", ",".join(op.lower() for op in OPERATIONS), "--csv"]
    done = subprocess.run(command, capture_output=True, text=True, timeout=120, check=True)
    rows = csv.reader(line for line in done.stdout.splitlines() if line.strip())
    rates = {row[0]: float(row[1]) for row in rows if row and row[0] in OPERATIONS}
    missing = set(OPERATIONS) - set(rates)
    if missing:
        raise RuntimeError(f"redis-benchmark gave no figure for {sorted(missing)}:\n{done.stdout}{done.stderr}")
    return rates
