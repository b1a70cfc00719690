"""The registered task types and the schema of each one's task_data (shared by API and worker)."""

from __future__ import annotations

from typing import Annotated, Any

import msgspec


class TaskData(msgspec.Struct, kw_only=True, forbid_unknown_fields=True):
    """Base of every typed task_data payload."""


class EvaluateDepartment(TaskData):
    department_slug: Annotated[str, msgspec.Meta(min_length=1, max_length=64)]
    department_number: Annotated[int, msgspec.Meta(ge=1)]
    gather_data: Annotated[list[dict[str, Any]], msgspec.Meta(max_length=10_000)] = []
    threshold: Annotated[int, msgspec.Meta(ge=0, le=100)] = 80


class Sleep(TaskData):
    seconds: Annotated[float, msgspec.Meta(ge=0, le=300)]
    fail: bool = False
    retries: Annotated[int, msgspec.Meta(ge=0, le=20)] = 0
    progress_steps: Annotated[int, msgspec.Meta(ge=0, le=100)] = 0


#: task_type -> schema of its task_data; None means "any JSON object" (echo).
BUSINESS_TYPES: dict[str, type[TaskData] | None] = {"evaluate_department": EvaluateDepartment}
DIAGNOSTIC_TYPES: dict[str, type[TaskData] | None] = {"echo": None, "sleep": Sleep}


def registered_types(*, diagnostics: bool) -> dict[str, type[TaskData] | None]:
    return {**BUSINESS_TYPES, **DIAGNOSTIC_TYPES} if diagnostics else dict(BUSINESS_TYPES)


def parse_task_data(schema: type[TaskData] | None, task_data: dict[str, Any]) -> TaskData | dict[str, Any]:
    """Validate task_data against its type; raises msgspec.ValidationError naming the bad field."""
    return task_data if schema is None else msgspec.convert(task_data, schema)
