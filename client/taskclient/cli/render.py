"""What taskctl prints: rich tables and lines for people, JSON for programs (--json)."""

from __future__ import annotations

import os
import sys
from datetime import datetime
from typing import Any, TextIO

import msgspec
from rich.console import Console
from rich.markup import escape
from rich.table import Table

from taskclient.models import Metrics, Page, Project, ProjectEvent, Reset, Schedule, Task, TaskStatus, TaskType

STYLES = {
    TaskStatus.QUEUED: "cyan",
    TaskStatus.PROCESSING: "yellow",
    TaskStatus.COMPLETED: "green",
    TaskStatus.FAILED: "red",
    TaskStatus.CANCELLED: "magenta",
}
_encode = msgspec.json.Encoder().encode


def console(stream: TextIO) -> Console:
    # Piped output has no terminal width; rich's 80 columns would wrap task ids in the middle.
    wide = not stream.isatty() and "COLUMNS" not in os.environ
    return Console(file=stream, width=200 if wide else None, highlight=False, soft_wrap=False)


class Output:
    """stdout for results, stderr for messages and live displays (so `--json` output stays clean)."""

    def __init__(self, as_json: bool) -> None:
        self.json = as_json
        self.out = console(sys.stdout)
        self.err = console(sys.stderr)

    def document(self, value: Any) -> None:
        """One JSON document, indented."""
        sys.stdout.write(msgspec.json.format(_encode(value), indent=2).decode() + "\n")

    def line(self, value: Any) -> None:
        """One JSON value on a line of its own (streams: JSON lines)."""
        sys.stdout.write(_encode(value).decode() + "\n")
        sys.stdout.flush()

    def say(self, message: str) -> None:
        self.err.print(message, markup=False)


def status(value: TaskStatus) -> str:
    return f"[{STYLES[value]}]{value.value}[/]"


def when(moment: datetime | None) -> str:
    return moment.isoformat(timespec="seconds").replace("+00:00", "Z") if moment else ""


def task_table(task: Task) -> Table:
    table = Table(show_header=False, box=None, padding=(0, 2, 0, 0))
    table.add_column(style="bold")
    table.add_column(overflow="fold")
    rows = [
        ("task_id", task.task_id), ("project", task.project_id), ("type", task.task_type),
        ("status", status(task.status)), ("progress", f"{task.progress}%"), ("attempts", str(task.attempts)),
        ("created", when(task.created_at)), ("started", when(task.started_at)),
        ("completed", when(task.completed_at)),
    ]  # fmt: skip
    if task.scheduled_for is not None:
        rows.insert(6, ("scheduled for", when(task.scheduled_for)))
    if task.priority:
        rows.insert(4, ("priority", str(task.priority)))
    if task.error:
        rows.append(("error", f"[red]{escape(task.error)}[/]"))
    if task.result is not None:
        rows.append(("result", escape(_encode(task.result).decode())))
    for name, value in rows:
        table.add_row(name, value)
    return table


def tasks_table(tasks: list[Task], caption: str | None = None) -> Table:
    table = Table(caption=caption, box=None, padding=(0, 2, 0, 0), header_style="bold")
    for name in ("TASK ID", "TYPE", "STATUS", "PROGRESS", "ATTEMPTS", "CREATED"):
        table.add_column(name, no_wrap=True, justify="right" if name in ("PROGRESS", "ATTEMPTS") else "left")
    for task in tasks:
        row = (task.task_id, task.task_type, status(task.status), f"{task.progress}%", str(task.attempts))
        table.add_row(*row, when(task.created_at))
    return table


def page_caption(page: Page) -> str:
    shown, total = len(page.tasks), page.pagination.total
    more = "; --all for every one" if page.pagination.has_more else ""
    return f"{shown} of {total} tasks{more}"


def metrics_tables(report: Metrics) -> list[Table]:
    names = ("total", "queued", "processing", "completed", "failed", "cancelled", "retried")
    figures = Table(caption=f"at {when(report.timestamp)}", box=None, padding=(0, 2, 0, 0), header_style="bold")
    figures.add_column("SCOPE")
    for name in (*names, "success", "avg ms"):
        figures.add_column(name.upper(), justify="right")
    for scope, values in [("all", report.metrics), *sorted(report.by_task_type.items())]:
        counts = [str(getattr(values, f"{name}_tasks")) for name in names]
        figures.add_row(scope, *counts, f"{values.success_rate:.1%}", f"{values.avg_duration_ms:.1f}")
    if not report.queues:
        return [figures]
    queues = Table(box=None, padding=(0, 2, 0, 0), header_style="bold")
    for name in ("QUEUE", "DEPTH", "WORKERS"):
        queues.add_column(name, justify="left" if name == "QUEUE" else "right")
    for name, stats in sorted(report.queues.items()):
        queues.add_row(name, str(stats.depth), str(stats.workers))
    return [figures, queues]


def projects_table(projects: list[Project]) -> Table:
    table = Table(box=None, padding=(0, 2, 0, 0), header_style="bold")
    table.add_column("PROJECT")
    for name in ("TOTAL", "QUEUED", "PROCESSING", "COMPLETED", "FAILED", "CANCELLED"):
        table.add_column(name, justify="right")
    table.add_column("LAST ACTIVITY")
    for p in projects:
        counts = (p.total_tasks, p.queued_tasks, p.processing_tasks, p.completed_tasks, p.failed_tasks)
        table.add_row(p.project_id, *map(str, counts), str(p.cancelled_tasks), when(p.last_activity_at))
    return table


def types_table(types: list[TaskType]) -> Table:
    table = Table(box=None, padding=(0, 2, 0, 0), header_style="bold")
    for name in ("NAME", "TIMEOUT S", "MAX TRIES", "DESCRIPTION"):
        table.add_column(name, justify="right" if name in ("TIMEOUT S", "MAX TRIES") else "left")
    for kind in types:
        table.add_row(kind.name, f"{kind.timeout_seconds:g}", str(kind.max_tries), escape(kind.description))
    return table


def event_line(event: ProjectEvent | Reset, project: str) -> str:
    if isinstance(event, Reset):
        return f"[bold red]reset[/]: some events were lost; re-read the listing (taskctl list {escape(project)})"
    moment = event.updated_at.strftime("%H:%M:%S.%f")[:-3]
    return (
        f"{moment}  {event.task_id}  {escape(event.task_type)}  {status(event.status)}  "
        f"{event.progress:>3}%  attempt {event.attempts}"
    )


def event_document(event: ProjectEvent | Reset) -> dict[str, Any]:
    """An event as one JSON line: {"event": "task" | "reset", ...its fields}."""
    kind = "reset" if isinstance(event, Reset) else "task"
    return {"event": kind, **msgspec.to_builtins(event)}


def schedules_table(schedules: list[Schedule]) -> Table:
    table = Table(box=None, padding=(0, 2, 0, 0), header_style="bold")
    for name in ("SCHEDULE ID", "NAME", "TYPE", "TIMING", "ENABLED", "NEXT RUN", "LAST RUN", "LAST TASK"):
        table.add_column(name, no_wrap=name != "NAME")
    for s in schedules:
        timing = s.cron if s.cron is not None else f"every {s.every_seconds} s"
        row = (s.schedule_id, escape(s.name or ""), s.task_type, escape(timing), "yes" if s.enabled else "no")
        table.add_row(*row, when(s.next_run_at), when(s.last_run_at), s.last_task_id or "")
    return table
