"""taskctl's one-shot commands: submit, get, cancel, list, metrics, projects, types."""

from __future__ import annotations

import argparse
from collections.abc import Awaitable, Callable

from rich.markup import escape

from taskclient.cli import render
from taskclient.cli.inputs import task_data
from taskclient.cli.parser import Exit
from taskclient.cli.render import Output
from taskclient.client import AsyncClient
from taskclient.models import Task, TaskStatus

Command = Callable[[argparse.Namespace, AsyncClient, Output], Awaitable[Exit]]


def outcome(task: Task) -> Exit:
    """Exit code of a command that waited: completed 0, failed or cancelled 1, not final yet 5."""
    if not task.is_final:
        return Exit.NOT_FINAL
    return Exit.OK if task.status is TaskStatus.COMPLETED else Exit.TASK_FAILED


def show_task(task: Task, out: Output) -> None:
    if out.json:
        out.document(task)
    else:
        out.out.print(render.task_table(task))


async def submit(args: argparse.Namespace, client: AsyncClient, out: Output) -> Exit:
    data = task_data(args.data)  # before any request: a bad --data submits nothing
    task = await client.submit(
        args.project, args.type, data, callback_url=args.callback_url, idempotency_key=args.idempotency_key,
        run_at=args.at, delay_seconds=args.delay, priority=args.priority,
    )  # fmt: skip
    if not args.wait:
        show_task(task, out)
        return Exit.OK
    if not out.json:
        out.say(f"submitted {task.task_id}; waiting for it to finish (Ctrl-C stops waiting, not the task)")
    task = await client.wait(task.task_id)
    show_task(task, out)
    return outcome(task)


async def get(args: argparse.Namespace, client: AsyncClient, out: Output) -> Exit:
    if args.wait is None:
        show_task(await client.get(args.task_id), out)
        return Exit.OK
    task = await client.wait(args.task_id, timeout=args.wait)
    show_task(task, out)
    return outcome(task)


async def cancel(args: argparse.Namespace, client: AsyncClient, out: Output) -> Exit:
    show_task(await client.cancel(args.task_id), out)
    return Exit.OK


async def list_tasks(args: argparse.Namespace, client: AsyncClient, out: Output) -> Exit:
    if args.all:
        tasks = [t async for t in client.iter_tasks(args.project, status=args.status, task_type=args.task_type)]
        if out.json:
            out.document({"tasks": tasks})
        else:
            out.out.print(render.tasks_table(tasks, caption=f"{len(tasks)} tasks"))
        return Exit.OK
    page = await client.list_tasks(args.project, status=args.status, task_type=args.task_type, limit=args.limit)
    if out.json:
        out.document(page)
    else:
        out.out.print(render.tasks_table(page.tasks, caption=render.page_caption(page)))
    return Exit.OK


async def metrics(args: argparse.Namespace, client: AsyncClient, out: Output) -> Exit:
    report = await client.metrics(args.project)
    if out.json:
        out.document(report)
    else:
        for table in render.metrics_tables(report):
            out.out.print(table)
    return Exit.OK


async def projects(args: argparse.Namespace, client: AsyncClient, out: Output) -> Exit:
    found = await client.projects()
    if out.json:
        out.document({"projects": found})
    elif not found:
        out.say("no projects with retained tasks")
    else:
        out.out.print(render.projects_table(found))
    return Exit.OK


async def types(args: argparse.Namespace, client: AsyncClient, out: Output) -> Exit:
    found = await client.task_types()
    if out.json:
        out.document({"task_types": found})
    else:
        out.out.print(render.types_table(found))
    return Exit.OK


def error_lines(message: str, details: object) -> list[str]:
    """An HTTP error for people: the message, then each bad field a 422 names (markup-escaped)."""
    fields = [d for d in details if isinstance(d, dict) and "field" in d] if isinstance(details, list) else []
    if len(fields) == 1 and str(fields[0]["field"]) in message:
        fields = []  # the message already names the one bad field
    return [escape(message)] + [f"  {escape(str(d['field']))}: {escape(str(d.get('message', '')))}" for d in fields]
