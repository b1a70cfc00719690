"""`TaskType`: one kind of work the service runs, declared by a plugin (or by the service itself)."""

from __future__ import annotations

import inspect
import math
import re
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

import msgspec

from service.plugins.context import TaskContext

#: The importlib.metadata entry point group the service reads task types from.
ENTRY_POINT_GROUP = "taskservice.task_types"
#: A type's name: what clients send as `task_type`, the arq function name, a metrics label.
NAME_PATTERN = re.compile(r"[a-z][a-z0-9_]{0,63}")
#: A queue's name: the type's arq queue is `<QUEUE_NAME>:<queue>` in Redis.
QUEUE_PATTERN = re.compile(r"[a-z0-9][a-z0-9_.-]{0,63}")
#: The largest concurrency limit of a type (TaskType.concurrency_limit, TYPE_CONCURRENCY): one lease per running task.
MAX_CONCURRENCY_LIMIT = 100_000
#: arq keeps its own key `<queue>:health-check` beside each queue.
RESERVED_QUEUES = frozenset({"health-check"})

D = TypeVar("D")
R = TypeVar("R")

#: A task function: the context and the parsed task_data in, a JSON-encodable result (or a msgspec Struct) out.
TaskFunction = Callable[[TaskContext, D], Awaitable[R]]


class TaskData(msgspec.Struct, kw_only=True, forbid_unknown_fields=True):
    """A good base for a type's task_data: keyword fields, and a typo in a field name is refused (422).

    Any msgspec Struct will do; limits go in the field types (`Annotated[int, msgspec.Meta(ge=1)]`) and show in
    the JSON Schema of the OpenAPI document and of GET /api/v1/task-types.
    """


@dataclass(frozen=True, kw_only=True)
class TaskType(Generic[D, R]):
    """A task type: its name, the schema of its task_data, the async function that runs it, and its limits.

    `task_data` is a msgspec Struct type (None: any JSON object, passed as a dict); the API validates every submit
    against it (422 naming the field) and stores it with its defaults filled in, and the function gets it parsed.
    `result`, when given, is a type msgspec can describe (a Struct, `dict[str, int]`...): its JSON Schema is
    published; the service does not check results against it.
    `timeout_seconds` and `max_tries` default to the service's JOB_TIMEOUT_SECONDS and MAX_TRIES. With
    `retries=False` the type runs at most once: a retry it asks for fails the task, and an attempt cut short
    (a worker lost or stopped) is not run again but failed.
    `queue` routes the type's jobs to its own arq queue (`<QUEUE_NAME>:<queue>`) instead of QUEUE_NAME: only
    workers that have the type listen there. `diagnostic` types are left out when ENABLE_DIAGNOSTIC_TASKS=false.
    `concurrency_limit` caps how many tasks of the type run at once across all workers (the others wait queued);
    the TYPE_CONCURRENCY setting overrides it.
    """

    name: str
    run: TaskFunction[D, R]
    task_data: type[D] | None = None
    result: Any = None
    description: str = ""
    timeout_seconds: float | None = None
    max_tries: int | None = None
    retries: bool = True
    queue: str | None = None
    diagnostic: bool = False
    concurrency_limit: int | None = None

    def __post_init__(self) -> None:
        for problem in _problems(self):
            raise ValueError(f"TaskType {self.name!r}: {problem}")

    def time_limit(self, default_seconds: float) -> float:
        """Seconds an attempt may run: the type's own limit, or the service's default."""
        return self.timeout_seconds if self.timeout_seconds is not None else default_seconds

    def tries(self, default_tries: int) -> int:
        """Attempts allowed: 1 without retries, else the type's own number or the service's default."""
        if not self.retries:
            return 1
        return self.max_tries if self.max_tries is not None else default_tries


def _problems(kind: TaskType[Any, Any]) -> list[str]:
    """What is wrong with a TaskType's fields (the first is raised)."""
    found = [problem for check in _CHECKS if (problem := check(kind))]
    if not found and kind.result is not None:
        try:
            msgspec.json.schema(kind.result)
        except (TypeError, ValueError) as exc:
            found.append(f"result: msgspec cannot describe {kind.result!r} ({exc})")
    return found


def _name(kind: TaskType[Any, Any]) -> str:
    if isinstance(kind.name, str) and NAME_PATTERN.fullmatch(kind.name):
        return ""
    return "name must be 1 to 64 characters of a-z 0-9 _, starting with a letter"


def _run(kind: TaskType[Any, Any]) -> str:
    return "" if inspect.iscoroutinefunction(kind.run) else "run must be an async function (context, data) -> result"


def _task_data(kind: TaskType[Any, Any]) -> str:
    data = kind.task_data
    if data is None or (isinstance(data, type) and issubclass(data, msgspec.Struct)):
        return ""
    return f"task_data must be a msgspec.Struct subclass or None, not {data!r}"


def _limits(kind: TaskType[Any, Any]) -> str:
    timeout, tries = kind.timeout_seconds, kind.max_tries
    if timeout is not None and not (isinstance(timeout, int | float) and 0 < timeout < math.inf):
        return f"timeout_seconds must be a positive number of seconds, not {timeout!r}"
    if tries is not None and not (isinstance(tries, int) and tries >= 1):
        return f"max_tries must be an integer >= 1, not {tries!r}"
    if not kind.retries and tries not in (None, 1):
        return f"max_tries={tries} contradicts retries=False (at most one attempt)"
    return ""


def _queue(kind: TaskType[Any, Any]) -> str:
    queue = kind.queue
    if queue is None or (isinstance(queue, str) and QUEUE_PATTERN.fullmatch(queue) and queue not in RESERVED_QUEUES):
        return ""
    return f"queue must be 1 to 64 characters of a-z 0-9 _ . - (not health-check), not {queue!r}"


def _concurrency(kind: TaskType[Any, Any]) -> str:
    limit = kind.concurrency_limit
    if limit is None or (type(limit) is int and 1 <= limit <= MAX_CONCURRENCY_LIMIT):  # not a bool
        return ""
    return f"concurrency_limit must be an integer from 1 to {MAX_CONCURRENCY_LIMIT}, or None, not {limit!r}"


_CHECKS: tuple[Callable[[TaskType[Any, Any]], str], ...] = (_name, _run, _task_data, _limits, _queue, _concurrency)
