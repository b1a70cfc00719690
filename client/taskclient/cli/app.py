"""taskctl: parse, find the service, run one command, and turn every failure into a message and an exit code."""

from __future__ import annotations

import argparse
import asyncio
import sys

import msgspec
from rich.markup import escape

from taskclient.cli import commands, live, parser, schedules
from taskclient.cli.commands import Command
from taskclient.cli.inputs import UsageError
from taskclient.cli.parser import Exit
from taskclient.cli.render import Output
from taskclient.client import AsyncClient
from taskclient.config import discover
from taskclient.errors import APIError, TaskServiceError, TransportError
from taskclient.transport import RetryPolicy, Timeouts

COMMANDS: dict[str, Command] = {
    "submit": commands.submit,
    "submit-many": live.submit_many,
    "get": commands.get,
    "watch": live.watch,
    "cancel": commands.cancel,
    "list": commands.list_tasks,
    "tail": live.tail,
    "metrics": commands.metrics,
    "projects": commands.projects,
    "types": commands.types,
    "schedules": schedules.schedules,
}


def run(argv: list[str] | None = None) -> int:
    args = parser.build().parse_args(argv)  # usage mistakes: argparse's message, exit 2
    out = Output(args.json)
    try:
        client = _client(args.timeout, out)
        return int(asyncio.run(_command(COMMANDS[args.command], args, client, out)))
    except UsageError as exc:
        return _fail(out, Exit.USAGE, str(exc))
    except TaskServiceError as exc:
        return _fail(out, Exit.CONNECTION if isinstance(exc, TransportError) else Exit.HTTP, exc.message, exc)
    except KeyboardInterrupt:
        return Exit.INTERRUPTED


def _client(timeout: float, out: Output) -> AsyncClient:
    def retrying(error: TaskServiceError, delay: float) -> None:
        out.say(f"taskctl: {error.message}; trying again in {delay:.1f} s")

    try:
        found = discover()
        retry = RetryPolicy(on_retry=retrying)
        return AsyncClient(found.url, found.api_key, timeouts=Timeouts(request=timeout), retry=retry)
    except ValueError as exc:  # ConfigError, or a URL that is not http(s)
        raise UsageError(str(exc)) from None


async def _command(command: Command, args: argparse.Namespace, client: AsyncClient, out: Output) -> Exit:
    async with client:
        return await command(args, client, out)


def _fail(out: Output, code: Exit, message: str, exc: TaskServiceError | None = None) -> int:
    """The error on stderr: its message (and a 422's fields) for people, the envelope's parts as JSON with --json."""
    if out.json:
        status, kind = (exc.status, exc.code) if exc else (None, None)
        error = {"status": status, "code": kind, "message": message, "details": exc.details if exc else None}
        sys.stderr.write(msgspec.json.encode({"error": error}).decode() + "\n")
        return int(code)
    said = commands.error_lines(message, exc.details if isinstance(exc, APIError) else None)
    where = f" ({exc.status} {exc.code})" if isinstance(exc, APIError) and exc.code else ""
    out.err.print(f"[bold red]taskctl:[/] {said[0]}{escape(where)}", *said[1:], sep="\n")
    return int(code)
