"""`python -m tests.bench [--smoke]`: run every scenario, print the table; a full run rewrites docs/benchmarks.md."""

from __future__ import annotations

import argparse
import asyncio
import os
import signal
import sys
import tempfile
import time
from pathlib import Path

from service.eventloop import new_event_loop
from tests.bench import baselines, live_events, per_task, procs, report, service_phase
from tests.bench.config import SMOKE, Config, from_environment
from tests.bench.context import Bench


def run(config: Config, logs: Path) -> Bench:
    """Redis for the whole run; each phase starts and stops its own processes, whatever happens."""
    with procs.redis(logs) as (_, redis_url), asyncio.Runner(loop_factory=new_event_loop) as loop:
        b = Bench(config, logs, redis_url, loop)
        try:
            b.redis_version = str(b.run(b.redis.info("server"))["redis_version"])
            for phase in (baselines.redis_baseline, baselines.http_baseline, baselines.queue_baseline):
                phase(b)
            service_phase.service(b)
            live_events.phase(b)
            per_task.phase(b)  # after the service phase, which may have had to change the API process count
        finally:
            b.run(b.redis.aclose())
        return b


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.bench", description=__doc__)
    parser.add_argument("--smoke", action="store_true", help="tiny sizes, one round; docs/benchmarks.md untouched")
    args = parser.parse_args(argv)
    config = from_environment(SMOKE if args.smoke else Config())
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))  # run the clean-up on kill too
    started, load_before = time.monotonic(), os.getloadavg()[0]
    with tempfile.TemporaryDirectory(prefix="bench-") as tmp:
        try:
            b = run(config, Path(tmp))
        except BaseException:
            procs.show_logs(Path(tmp))
            raise
    text = report.render(b, (load_before, os.getloadavg()[0]))
    print(text)
    if not config.smoke:
        report.write_doc(text)
    print(f"bench: done in {time.monotonic() - started:.0f} s", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
