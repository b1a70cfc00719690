"""`python -m worker`: an arq worker for the environment's settings, on uvloop where available."""

from __future__ import annotations

import asyncio
import sys

from service.config import load_settings
from service.eventloop import new_event_loop
from service.logs import configure_logging
from service.registry import PluginError
from service.setting_values import SettingsError
from worker.group import run
from worker.settings import check_retention, worker_settings_class


def main() -> int:
    """Run a worker until a signal; exit status 2 for bad settings or a task type plugin that does not load."""
    try:
        settings = load_settings()
        check_retention(settings)  # loads the task types (service.registry) first
    except (SettingsError, PluginError) as exc:
        print(f"worker: {exc}", file=sys.stderr)
        return 2
    configure_logging(settings)
    # arq's Worker picks up the current loop (asyncio.get_event_loop), so install ours first
    asyncio.set_event_loop(new_event_loop())
    run(worker_settings_class(settings))
    return 0


if __name__ == "__main__":
    sys.exit(main())
