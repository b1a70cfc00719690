"""The arq worker: task functions, hooks, webhook delivery and the reconciler."""

from typing import Any


def __getattr__(name: str) -> Any:
    # `arq worker.WorkerSettings` (the form DESIGN.md names); importing the package alone stays cheap
    if name == "WorkerSettings":
        from worker import settings

        return settings.WorkerSettings
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
