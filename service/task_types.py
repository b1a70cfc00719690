"""The registered task types and the schema of each one's task_data (shared by API and worker)."""

from __future__ import annotations

import functools
from typing import Annotated, Any

import msgspec
import msgspec.inspect

from service.config import Settings


class TaskData(msgspec.Struct, kw_only=True, forbid_unknown_fields=True):
    """Base of every typed task_data payload."""


class EvaluateDepartment(TaskData):
    department_slug: Annotated[str, msgspec.Meta(min_length=1, max_length=64)]
    department_number: Annotated[int, msgspec.Meta(ge=1)]
    gather_data: Annotated[list[dict[str, Any]], msgspec.Meta(max_length=10_000)] = []
    threshold: Annotated[int, msgspec.Meta(ge=0, le=100)] = 80


#: The longest `sleep` a task may ask for; the worker derives the type's time limit from it. An int, so that
#: the OpenAPI document keeps saying `"maximum": 300`.
SLEEP_MAX_SECONDS = 300


class Sleep(TaskData):
    seconds: Annotated[float, msgspec.Meta(ge=0, le=SLEEP_MAX_SECONDS)]
    fail: bool = False
    retries: Annotated[int, msgspec.Meta(ge=0, le=20)] = 0
    progress_steps: Annotated[int, msgspec.Meta(ge=0, le=100)] = 0


#: task_type -> schema of its task_data; None means "any JSON object" (echo).
BUSINESS_TYPES: dict[str, type[TaskData] | None] = {"evaluate_department": EvaluateDepartment}
DIAGNOSTIC_TYPES: dict[str, type[TaskData] | None] = {"echo": None, "sleep": Sleep}


#: `sleep`'s time limit: its longest valid request and room for its progress reports, so none is cut short.
SLEEP_TIMEOUT_SECONDS = SLEEP_MAX_SECONDS + 30.0
#: What GET /task-types says of each type (the worker's module docstrings say more).
DESCRIPTIONS = {
    "evaluate_department": "Score a department's gathered items against five weighted criteria (0-100).",
    "echo": "Return the task_data as given (smoke and load tests).",
    "sleep": "Wait, reporting progress; can fail or ask to be retried on demand (demos and failure tests).",
}


def default_timeouts(settings: Settings) -> dict[str, float]:
    """Each type's time limit in the worker (JOB_TIMEOUT_SECONDS, or longer where a type needs it)."""
    return {
        "evaluate_department": settings.job_timeout_seconds,
        "echo": settings.job_timeout_seconds,
        "sleep": max(settings.job_timeout_seconds, SLEEP_TIMEOUT_SECONDS),
    }


def registered_types(*, diagnostics: bool) -> dict[str, type[TaskData] | None]:
    return {**BUSINESS_TYPES, **DIAGNOSTIC_TYPES} if diagnostics else dict(BUSINESS_TYPES)


@functools.cache
def _int_fields(schema: type[TaskData]) -> frozenset[str]:
    return frozenset(
        field.encode_name
        for field in msgspec.structs.fields(schema)
        if isinstance(msgspec.inspect.type_info(field.type), msgspec.inspect.IntType)
    )


def parse_task_data(schema: type[TaskData] | None, task_data: dict[str, Any]) -> TaskData | dict[str, Any]:
    """Validate task_data against its type; raises msgspec.ValidationError naming the bad field."""
    if schema is None:
        return task_data
    # JSON Schema (the OpenAPI document) counts 3.0 as an integer; msgspec alone would refuse it.
    ints = _int_fields(schema)
    integral = {
        name: int(value) if name in ints and isinstance(value, float) and value.is_integer() else value
        for name, value in task_data.items()
    }
    return msgspec.convert(integral, schema)
