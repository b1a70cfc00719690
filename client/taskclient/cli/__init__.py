"""taskctl, the task service's command line (needs the `cli` extra: rich)."""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    try:
        from taskclient.cli.app import run
    except ModuleNotFoundError as exc:
        if exc.name != "rich":
            raise
        print("taskctl needs rich: pip install 'taskservice-client[cli]'", file=sys.stderr)
        return 2
    return run(argv)
