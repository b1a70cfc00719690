"""Request and response shapes of the API: limits live in the types, checked when decoding."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Any, Literal

import msgspec
from msgspec import UNSET, UnsetType

from service.models import (
    END,
    MAX_PRIORITY,
    MIN_PRIORITY,
    PROJECT_ID_PATTERN,
    ProjectId,
    QueueStats,
    Task,
    TaskStatus,
)
from service.storage.events import ProjectEvent
from service.storage.projects import ProjectSummary

MAX_METADATA_BYTES = 4096
#: Deeper JSON is refused: every later decode and encode of a record (API and worker) must stay far from
#: the interpreter's recursion limit.
MAX_NESTING = 64
MAX_OFFSET = 10**12  # far past any index, and still exact for the page script's Lua numbers

#: Names that end up in Redis keys (task types in index keys) share the project id's alphabet.
Name = Annotated[str, msgspec.Meta(pattern=PROJECT_ID_PATTERN)]
#: Not in a URL: controls and whitespace, spelt out since `\s` differs between Python (\x1c-\x1f, \x85) and the
#: ECMA regexes of JSON Schema (\ufeff) -- the server and the OpenAPI document must accept the same strings.
_NOT_URL = r"\x00-\x20\x7f-\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff"
CallbackUrl = Annotated[
    str, msgspec.Meta(max_length=2048, pattern=rf"^https?://[^{_NOT_URL}/?#]+(?:[/?#][^{_NOT_URL}]*)?{END}")
]


_RUN_AT = "Start no earlier than this (with an offset); at most TASK_RETENTION_SECONDS ahead (422); a past time: now."
_DELAY = "Start no earlier than this many seconds from now; not with run_at (422)."
_PRIORITY = (
    "-10..10: among due tasks, higher starts first; a waiting task's priority rises by one per "
    "PRIORITY_AGING_SECONDS waited (score = due - (priority + 10) x PRIORITY_AGING_SECONDS)."
)


class SubmitRequest(msgspec.Struct, kw_only=True, forbid_unknown_fields=True, frozen=True):
    """Body of POST /tasks/submit; an unknown field is a 422 (it is most likely a typo)."""

    project_id: ProjectId
    task_type: Annotated[str, msgspec.Meta(min_length=1, max_length=64)]
    task_data: dict[str, Any] = {}
    callback_url: CallbackUrl | None = None
    metadata: dict[str, Any] = {}
    # absent rather than null when not given: "not both" is then exactly JSON Schema's not-required-both (openapi)
    run_at: Annotated[datetime, msgspec.Meta(tz=True, description=_RUN_AT)] | UnsetType = UNSET
    delay_seconds: Annotated[float, msgspec.Meta(ge=0, description=_DELAY)] | UnsetType = UNSET
    # a whole number; as in JSON Schema's "integer", 3.0 is 3 (so declared as a number, multiple of 1)
    priority: Annotated[float, msgspec.Meta(ge=MIN_PRIORITY, le=MAX_PRIORITY, multiple_of=1, description=_PRIORITY)] = 0


#: The most tasks in one POST /tasks/batch (API.md).
MAX_BATCH = 1000


class BatchBody(msgspec.Struct, kw_only=True, forbid_unknown_fields=True, frozen=True):
    """Body of POST /tasks/batch as first decoded: each item is checked on its own, so a 422 names them all."""

    tasks: Annotated[list[msgspec.Raw], msgspec.Meta(min_length=1, max_length=MAX_BATCH)]


class BatchResponse(msgspec.Struct, kw_only=True):
    tasks: list[Task]


class TaskQuery(msgspec.Struct, kw_only=True, frozen=True):
    """Query of GET /tasks/{id}; unknown parameters (cache busters) are ignored."""

    wait: Annotated[float, msgspec.Meta(ge=0, le=60)] = 0.0


class MetricsQuery(msgspec.Struct, kw_only=True, frozen=True):
    project_id: ProjectId | None = None


class ScrapeQuery(msgspec.Struct, kw_only=True, frozen=True):
    """Query of GET /metrics."""

    #: what an unreachable Redis answers: the 503 envelope, or (a Prometheus scrape's choice) a 200 whose only
    #: figure is `taskservice_redis_up 0`, so that an alert tells Redis away from a dead API process
    redis_down: Literal["error", "gauge"] = "error"


class ListQuery(msgspec.Struct, kw_only=True, frozen=True):
    """Path and query of GET /projects/{project_id}/tasks."""

    project_id: ProjectId
    status: TaskStatus | None = None
    task_type: Name | None = None
    limit: Annotated[int, msgspec.Meta(ge=1, le=200)] = 50
    offset: Annotated[int, msgspec.Meta(ge=0, le=MAX_OFFSET)] = 0
    order: Literal["asc", "desc"] = "desc"


class EventsQuery(msgspec.Struct, kw_only=True, frozen=True):
    """Path and query of GET /projects/{project_id}/events."""

    project_id: ProjectId
    status: TaskStatus | None = None
    task_type: Name | None = None

    def matches(self, event: ProjectEvent) -> bool:
        return (self.status is None or event.status == self.status.value) and (
            self.task_type is None or event.task_type == self.task_type
        )


class Pagination(msgspec.Struct, kw_only=True):
    total: int
    limit: int
    offset: int
    has_more: bool
    #: where the next page starts (null on the last page): offset + limit, or less when the page stopped early
    #: at MAX_PAGE_BYTES
    next_offset: int | None


class TaskPage(msgspec.Struct, kw_only=True):
    tasks: list[Task]
    pagination: Pagination


class ProjectsQuery(msgspec.Struct, kw_only=True, frozen=True):
    """Query of GET /projects."""

    limit: Annotated[int, msgspec.Meta(ge=1, le=200)] = 50
    offset: Annotated[int, msgspec.Meta(ge=0, le=MAX_OFFSET)] = 0


class ProjectList(msgspec.Struct, kw_only=True):
    projects: list[ProjectSummary]
    pagination: Pagination


class TaskTypeInfo(msgspec.Struct, kw_only=True):
    name: str
    description: str
    #: JSON Schema of task_data (the document's component of the same name; nested types under $defs)
    task_data_schema: dict[str, Any]
    #: JSON Schema of the result ({}: any JSON value)
    result_schema: dict[str, Any]
    timeout_seconds: float
    max_tries: int
    #: the arq queue (Redis key) its jobs wait in: QUEUE_NAME, or its own (only workers that run it listen there)
    queue: str


class TaskTypeList(msgspec.Struct, kw_only=True):
    task_types: list[TaskTypeInfo]


class Health(msgspec.Struct):
    status: Literal["ok"]


class Ready(msgspec.Struct):
    status: Literal["ready"]
    queues: dict[str, QueueStats]


def nesting_exceeds(value: Any, limit: int = MAX_NESTING) -> bool:
    """Whether a decoded JSON value nests containers deeper than `limit` (iterative: no recursion)."""
    stack: list[tuple[Any, int]] = [(value, 0)]
    while stack:
        node, depth = stack.pop()
        children = node.values() if isinstance(node, dict) else node
        for child in children:
            if isinstance(child, dict | list):
                if depth + 1 >= limit:
                    return True
                stack.append((child, depth + 1))
    return False
