"""taskctl's live commands: watch (a progress bar), tail (a project's events), submit-many (batches, a bar, a
summary)."""

from __future__ import annotations

import argparse
import re
import time
from contextlib import aclosing
from typing import Any

from rich.markup import escape
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    TaskID,
    TaskProgressColumn,
    TextColumn,
    TimeElapsedColumn,
)

from taskclient.cli import render
from taskclient.cli.commands import outcome
from taskclient.cli.inputs import UsageError, json_lines
from taskclient.cli.parser import Exit
from taskclient.cli.render import Output
from taskclient.client import AsyncClient
from taskclient.errors import APIError, ProtocolError, TransportError
from taskclient.models import Task, TaskRequest, TaskStatus

_ITEM_PATH = re.compile(r"^\$\.tasks\[(\d+)\]")


def _bar(out: Output, *columns: Any) -> Progress:
    return Progress(TextColumn("{task.description}"), BarColumn(), *columns, console=out.err, disable=out.json)


async def watch(args: argparse.Namespace, client: AsyncClient, out: Output) -> Exit:
    async with aclosing(client.events(task_id=args.task_id)) as stream:
        last = await anext(stream, None)  # a 404 is said before anything is drawn
        if last is None:
            raise ProtocolError("the event stream ended before it sent the task")
        with _bar(out, TaskProgressColumn(), TimeElapsedColumn()) as bar:
            shown = bar.add_task(args.task_id[:8], total=100)
            _draw(bar, shown, last, out)
            async for last in stream:
                _draw(bar, shown, last, out)
    if not out.json:
        error = f": {escape(last.error)}" if last.error else ""
        out.out.print(f"{last.task_id} {render.status(last.status)} (attempts: {last.attempts}){error}")
    return outcome(last)


def _draw(bar: Progress, shown: TaskID, task: Task, out: Output) -> None:
    if out.json:
        out.line(task)
    done = 100 if task.status is TaskStatus.COMPLETED else task.progress
    bar.update(shown, completed=done, description=f"{task.task_id[:8]} {render.status(task.status)}")


async def tail(args: argparse.Namespace, client: AsyncClient, out: Output) -> Exit:
    if not out.json:
        out.say(f"following {args.project} (Ctrl-C ends)")
    stream = client.events(project_id=args.project, status=args.status, task_type=args.task_type)
    async for event in stream:
        if out.json:
            out.line(render.event_document(event))
        else:
            out.out.print(render.event_line(event, args.project))
    return Exit.OK


async def submit_many(args: argparse.Namespace, client: AsyncClient, out: Output) -> Exit:
    numbered = json_lines(args.source)  # the whole file is checked before the first request
    if not numbered:
        raise UsageError(f"{args.source}: no tasks in it (one task_data JSON object per line)")
    lines = [number for number, _ in numbered]
    requests = [TaskRequest(project_id=args.project, task_type=args.type, task_data=data) for _, data in numbered]
    submitted: list[Task] = []
    started = time.monotonic()
    with _bar(out, MofNCompleteColumn(), TimeElapsedColumn()) as bar:
        shown = bar.add_task("submitting", total=len(requests))
        for start in range(0, len(requests), args.chunk):
            chunk = requests[start : start + args.chunk]
            try:
                submitted += await client.submit_many(chunk, chunk_size=len(chunk))
            except APIError as exc:
                out.say(_rejected(exc, lines[start : start + len(chunk)]))
            except TransportError:
                out.say(f"stopped after {len(submitted)} of {len(requests)} tasks")
                raise
            bar.advance(shown, len(chunk))
    _summary(out, submitted, len(requests), time.monotonic() - started)
    return Exit.OK if len(submitted) == len(requests) else Exit.HTTP


def _rejected(exc: APIError, lines: list[int]) -> str:
    """A refused batch in the file's terms: its lines, and each bad item by line number (422 details)."""
    span = f"line {lines[0]}" if len(lines) == 1 else f"lines {lines[0]}-{lines[-1]}"
    said = [f"{span} not submitted: {exc.message}"]
    for detail in exc.details if isinstance(exc.details, list) else []:
        found = _ITEM_PATH.match(str(detail.get("field", ""))) if isinstance(detail, dict) else None
        if found and int(found[1]) < len(lines):
            where = "$" + str(detail["field"])[found.end() :]
            said.append(f"  line {lines[int(found[1])]}: {where}: {detail.get('message', '')}")
    return "\n".join(said)


def _summary(out: Output, submitted: list[Task], asked: int, seconds: float) -> None:
    rate = len(submitted) / seconds if seconds > 0 else 0.0
    failed = asked - len(submitted)
    if out.json:
        out.document(
            {"submitted": len(submitted), "failed": failed, "seconds": round(seconds, 3),
             "tasks_per_second": round(rate, 1), "task_ids": [task.task_id for task in submitted]}
        )  # fmt: skip
        return
    style = "red" if failed else "green"
    out.out.print(
        f"[{style}]submitted {len(submitted)} of {asked} tasks[/] in {seconds:.2f} s "
        f"({rate:,.0f} tasks/s), {failed} failed"
    )
