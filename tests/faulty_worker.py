"""A worker whose hooks pause, for fault tests that kill it inside one: `python -m tests.faulty_worker`.

It is `python -m worker` with one change: on entering the hook named by FAULT_HOOK (on_job_start or
after_job_end) for a task's job, it writes FAULT_DIR/paused-<job_id>, then waits until FAULT_DIR/release
exists before running the real hook. A test kills it while it waits.
"""

from __future__ import annotations

import asyncio
import os
import sys
from collections.abc import Awaitable, Callable
from pathlib import Path
from unittest import mock

from service.config import Settings
from worker import __main__ as entry_point
from worker.context import WorkerContext
from worker.hooks import is_webhook_job
from worker.settings import worker_options

Hook = Callable[[WorkerContext], Awaitable[None]]
HOOKS = ("on_job_start", "after_job_end")


def paused_path(directory: Path, job_id: str) -> Path:
    return directory / f"paused-{job_id}"


def release_path(directory: Path) -> Path:
    return directory / "release"


def pausing(hook: Hook, directory: Path) -> Hook:
    async def paused_hook(ctx: WorkerContext) -> None:
        if not is_webhook_job(ctx):
            paused_path(directory, ctx["job_id"]).touch()
            while not release_path(directory).exists():
                await asyncio.sleep(0.01)
        await hook(ctx)

    return paused_hook


def faulty_settings_class(settings: Settings) -> type:
    """worker.settings' WorkerSettings, with the FAULT_HOOK hook wrapped in a pause."""
    hook, directory = os.environ["FAULT_HOOK"], Path(os.environ["FAULT_DIR"])
    if hook not in HOOKS:
        raise SystemExit(f"FAULT_HOOK must be one of {HOOKS}, not {hook!r}")
    options = worker_options(settings)
    options[hook] = pausing(options[hook], directory)
    return type("WorkerSettings", (), options)


if __name__ == "__main__":
    with mock.patch.object(entry_point, "worker_settings_class", faulty_settings_class):  # the one change
        sys.exit(entry_point.main())
