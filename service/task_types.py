"""Task types as API and worker see them: the registered ones (service.registry), the built-ins' task_data
schemas, and the parsing of task_data against a type's schema (shared by API and worker)."""

from __future__ import annotations

import functools
from collections.abc import Collection
from typing import Annotated, Any, cast

import msgspec
import msgspec.inspect

from service import registry
from service.plugins import TaskData

__all__ = ["EvaluateDepartment", "Sleep", "TaskData", "parse_task_data", "registered_types"]


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


#: `sleep`'s time limit: its longest valid request and room for its progress reports, so none is cut short.
SLEEP_TIMEOUT_SECONDS = SLEEP_MAX_SECONDS + 30.0


def registered_types(*, diagnostics: bool, enabled: Collection[str] | None = None) -> dict[str, registry.AnyTaskType]:
    """The installed task types this process serves: `diagnostic` ones only with `diagnostics`
    (ENABLE_DIAGNOSTIC_TASKS), and only the `enabled` ones when given (ENABLED_TASK_TYPES). PluginError when one
    cannot be loaded."""
    chosen = None if enabled is None else frozenset(enabled)
    return registry.select(registry.installed(chosen), diagnostics=diagnostics)


@functools.cache
def _int_fields(schema: type[msgspec.Struct]) -> frozenset[str]:
    return frozenset(
        field.encode_name
        for field in msgspec.structs.fields(schema)
        if isinstance(msgspec.inspect.type_info(field.type), msgspec.inspect.IntType)
    )


def parse_task_data(schema: type[Any] | None, task_data: dict[str, Any]) -> Any:
    """Validate task_data against its type (a msgspec Struct; None: any object, returned as given); raises
    msgspec.ValidationError naming the bad field."""
    if schema is None:
        return task_data
    # JSON Schema (the OpenAPI document) counts 3.0 as an integer; msgspec alone would refuse it.
    ints = _int_fields(cast(type[msgspec.Struct], schema))
    integral = {
        name: int(value) if name in ints and isinstance(value, float) and value.is_integer() else value
        for name, value in task_data.items()
    }
    return msgspec.convert(integral, schema)
