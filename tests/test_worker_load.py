"""200 concurrent submits run by a real worker: every task ends final, and metrics agree with the listings."""

from __future__ import annotations

import asyncio
from collections import Counter
from typing import Any

from redis.asyncio import Redis

from service.config import Settings
from service.models import FINAL, Figures, TaskStatus
from service.storage import MetricsReader, TaskStorage, keys
from tests.worker_support import run_burst

PROJECTS = ("load-a", "load-b", "load-c")
EVALUATE = {"department_slug": "story", "department_number": 1, "gather_data": [{"title": "story"}]}


def plan(i: int) -> tuple[str, dict[str, Any], TaskStatus]:
    """Task type, task_data and the expected final status of the i-th submit."""
    if i % 10 == 0:
        return "sleep", {"seconds": 0}, TaskStatus.CANCELLED  # cancelled while queued
    if i % 4 == 1:
        return "sleep", {"seconds": 0, "fail": True}, TaskStatus.FAILED
    if i % 4 == 2:
        return "evaluate_department", EVALUATE, TaskStatus.COMPLETED
    if i % 7 == 3:
        return "sleep", {"seconds": 0, "retries": 1}, TaskStatus.COMPLETED
    return "echo", {"i": i}, TaskStatus.COMPLETED


def by_status(figures: Figures) -> dict[TaskStatus, int]:
    return {
        TaskStatus.COMPLETED: figures.completed_tasks,
        TaskStatus.FAILED: figures.failed_tasks,
        TaskStatus.CANCELLED: figures.cancelled_tasks,
        TaskStatus.QUEUED: figures.queued_tasks,
        TaskStatus.PROCESSING: figures.processing_tasks,
    }


async def test_200_concurrent_submits(
    settings: Settings, storage: TaskStorage, redis: Redis, metrics_reader: MetricsReader
) -> None:
    plans = [plan(i) for i in range(200)]
    tasks = await asyncio.gather(
        *(
            storage.create(project_id=PROJECTS[i % 3], task_type=task_type, task_data=data)
            for i, (task_type, data, _) in enumerate(plans)
        )
    )
    cancels = [t.task_id for t, (_, _, end) in zip(tasks, plans, strict=True) if end == TaskStatus.CANCELLED]
    await asyncio.gather(*(storage.cancel(t) for t in cancels))
    await run_burst(settings)

    finals = await asyncio.gather(*(storage.get(t.task_id) for t in tasks))
    assert [t.status for t in finals] == [end for _, _, end in plans]
    expected = Counter(end for _, _, end in plans)
    report = await metrics_reader.report()
    totals = report.metrics
    assert totals.total_tasks == 200 == totals.completed_tasks + totals.failed_tasks + totals.cancelled_tasks
    assert by_status(totals) == {status: expected[status] for status in by_status(totals)}
    assert totals.retried_tasks == sum(1 for t in finals if t.attempts == 2)
    assert await redis.zcard(keys.ACTIVE_TASKS) == 0
    await check_projects(storage, metrics_reader)
    await check_types(storage, report.by_task_type)


async def check_projects(storage: TaskStorage, metrics_reader: MetricsReader) -> None:
    for project in PROJECTS:
        figures = (await metrics_reader.report(project)).metrics
        assert (await storage.page(project, limit=1)).total == figures.total_tasks
        for status, count in by_status(figures).items():
            assert (await storage.page(project, status=status, limit=1)).total == count, (project, status)


async def check_types(storage: TaskStorage, by_type: dict[str, Figures]) -> None:
    for task_type, figures in by_type.items():
        pages = [await storage.page(p, task_type=task_type, limit=1) for p in PROJECTS]
        assert sum(page.total for page in pages) == figures.total_tasks, task_type
        for status in FINAL:
            listed = [await storage.page(p, status=status, task_type=task_type, limit=1) for p in PROJECTS]
            assert sum(page.total for page in listed) == by_status(figures)[status], (task_type, status)
