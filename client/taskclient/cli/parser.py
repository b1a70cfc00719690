"""taskctl's command line: the commands, their options, and the exit codes (documented in `taskctl --help`)."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from datetime import UTC, datetime
from enum import IntEnum

from taskclient.config import KEY_FILE, KEY_VARIABLE, URL_FILE, URL_VARIABLE
from taskclient.models import TaskStatus
from taskclient.transport import VERSION


class Exit(IntEnum):
    #: done; for submit --wait, get --wait and watch: the task completed
    OK = 0
    #: the task failed or was cancelled
    TASK_FAILED = 1
    #: bad usage: options, --data, input files, configuration
    USAGE = 2
    #: the server answered with an error (its message is printed)
    HTTP = 3
    #: no answer: connection refused or lost, or a time limit
    CONNECTION = 4
    #: get --wait: the wait ended before the task reached a final state
    NOT_FINAL = 5
    #: interrupted (Ctrl-C)
    INTERRUPTED = 130


#: build()'s `command(name, summary)`: adds a subcommand parser
_Adder = Callable[[str, str], argparse.ArgumentParser]

EPILOG = f"""\
configuration: {URL_VARIABLE} and {KEY_VARIABLE}; when unset, {URL_FILE} and {KEY_FILE} of a running
`make run` in the current directory.

exit codes:
  0  done (submit --wait, get --wait, watch: the task completed)
  1  the task failed or was cancelled
  2  usage: bad options, bad --data JSON, unreadable input file, no URL or key
  3  the server answered with an error (e.g. 404 unknown task, 409, 422); its message is printed
  4  no answer: the server is unreachable, the connection broke, or a time limit passed
  5  get --wait: the time ran out before the task was final
  130 interrupted (Ctrl-C)

--json (before or after the command) prints JSON instead of tables: one document, or one line per event.
"""


def build() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="taskctl",
        description="Submit, follow and inspect tasks of the task service.",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--json", action="store_true", help="machine-readable JSON output")
    parser.add_argument("--timeout", type=_seconds, default=30.0, help="seconds for one request (default 30)")
    parser.add_argument("--version", action="version", version=f"taskctl {VERSION}")
    # After the command too: SUPPRESS keeps a subcommand's default from overwriting `taskctl --json CMD`.
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--json", action="store_true", default=argparse.SUPPRESS, help="machine-readable JSON output")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    def command(name: str, summary: str) -> argparse.ArgumentParser:
        return commands.add_parser(name, help=summary, description=summary, parents=[common])

    _submit_commands(command)
    _task_commands(command)
    _listing_commands(command)
    _schedule_commands(command("schedules", "a project's periodic schedules: list, create, delete"), common)
    return parser


def _submit_commands(command: _Adder) -> None:
    submit = command("submit", "submit one task and print it")
    submit.add_argument("project")
    submit.add_argument("type")
    submit.add_argument("--data", default="{}", metavar="JSON|@FILE", help="task_data: JSON, @file, or @- (stdin)")
    submit.add_argument("--wait", action="store_true", help="wait until the task is final (exit 0 completed, 1 not)")
    submit.add_argument("--idempotency-key", metavar="K", help="repeating it returns the first task")
    submit.add_argument("--callback-url", metavar="URL", help="POSTed the task when it is final")
    later = submit.add_mutually_exclusive_group()
    later.add_argument("--delay", type=_seconds, metavar="S", help="start no earlier than S seconds from now")
    later.add_argument("--at", type=moment, metavar="TIME", help="start no earlier than TIME (RFC 3339, e.g. ...Z)")
    submit.add_argument("--priority", type=_priority, metavar="N", help="-10..10: among due tasks, higher first")
    many = command("submit-many", "submit one task per line of a JSON lines file (task_data objects), in batches")
    many.add_argument("project")
    many.add_argument("type")
    many.add_argument("--from", dest="source", required=True, metavar="FILE.jsonl", help="the file, or - for stdin")
    many.add_argument("--chunk", type=_chunk, default=1000, help="tasks per batch request (1..1000, default 1000)")


def _task_commands(command: _Adder) -> None:
    get = command("get", "print a task")
    get.add_argument("task_id", metavar="ID")
    get.add_argument("--wait", type=_seconds, metavar="S", help="wait up to S seconds for a final state")
    watch = command("watch", "a live progress bar until the task is final (exit 0 completed, 1 failed/cancelled)")
    watch.add_argument("task_id", metavar="ID")
    cancel = command("cancel", "cancel a queued or running task")
    cancel.add_argument("task_id", metavar="ID")


def _listing_commands(command: _Adder) -> None:
    listing = command("list", "a project's tasks, newest first")
    listing.add_argument("project")
    listing.add_argument("--status", choices=[status.value for status in TaskStatus])
    listing.add_argument("--type", dest="task_type", metavar="TYPE")
    listing.add_argument("--limit", type=_page_size, default=50, help="tasks on the page (1..200, default 50)")
    listing.add_argument("--all", action="store_true", help="every matching task, page after page")
    tail = command("tail", "a project's task changes as they happen, one line each (Ctrl-C ends)")
    tail.add_argument("project")
    tail.add_argument("--status", choices=[status.value for status in TaskStatus])
    tail.add_argument("--type", dest="task_type", metavar="TYPE")
    metrics = command("metrics", "task counts, success rate and queues")
    metrics.add_argument("--project", metavar="P", help="one project's figures")
    command("projects", "projects with retained tasks, most recently active first")
    command("types", "the registered task types")


def _schedule_commands(schedules: argparse.ArgumentParser, common: argparse.ArgumentParser) -> None:
    actions = schedules.add_subparsers(dest="action", required=True, metavar="ACTION")
    listing = actions.add_parser("list", help="the project's schedules", parents=[common])
    listing.add_argument("project")
    create = actions.add_parser("create", help="a schedule submitting TYPE on a timetable", parents=[common])
    create.add_argument("project")
    create.add_argument("type")
    timing = create.add_mutually_exclusive_group(required=True)
    timing.add_argument("--cron", metavar="EXPR", help='five-field cron, UTC, e.g. "*/5 * * * *"')
    timing.add_argument("--every", type=_every, metavar="S", help="every S seconds (1 or more)")
    create.add_argument("--data", default="{}", metavar="JSON|@FILE", help="task_data: JSON, @file, or @- (stdin)")
    create.add_argument("--name", metavar="NAME")
    create.add_argument("--disabled", action="store_true", help="create it switched off")
    delete = actions.add_parser("delete", help="remove a schedule (it fires no more)", parents=[common])
    delete.add_argument("project")
    delete.add_argument("schedule_id", metavar="ID")


def moment(value: str) -> datetime:
    """--at: RFC 3339 (a trailing Z is UTC; without an offset, UTC too)."""
    try:
        parsed = datetime.fromisoformat(value.replace("Z", "+00:00").replace("z", "+00:00"))
    except ValueError:
        raise argparse.ArgumentTypeError(f"not an RFC 3339 time: {value!r} (e.g. 2026-12-01T12:00:00Z)") from None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)


def _priority(value: str) -> int:
    return _int_between(value, -10, 10)


def _every(value: str) -> int:
    return _int_between(value, 1, 10**9)


def _seconds(value: str) -> float:
    try:
        seconds = float(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number of seconds: {value!r}") from None
    if not 0 <= seconds < float("inf"):
        raise argparse.ArgumentTypeError(f"seconds must be 0 or more, not {value!r}")
    return seconds


def _int_between(value: str, low: int, high: int) -> int:
    try:
        number = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {value!r}") from None
    if not low <= number <= high:
        raise argparse.ArgumentTypeError(f"must be {low}..{high}, not {number}")
    return number


def _chunk(value: str) -> int:
    return _int_between(value, 1, 1000)


def _page_size(value: str) -> int:
    return _int_between(value, 1, 200)
