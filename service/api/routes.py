"""The route table: every operation the API serves. app.py builds the router from it, openapi.py the document."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import msgspec
from aiohttp import web
from aiohttp.typedefs import Handler

from service.api import batch, catalog, events, health, projects, prometheus, schedules, tasks
from service.api.schedule_schemas import (
    ChangeSchedule,
    CreateSchedule,
    ProjectPath,
    ScheduleList,
    SchedulePath,
    ScheduleQuery,
)
from service.api.schemas import (
    BatchResponse,
    EventsQuery,
    Health,
    ListQuery,
    MetricsQuery,
    ProjectList,
    ProjectsQuery,
    Ready,
    ScrapeQuery,
    TaskPage,
    TaskQuery,
    TaskTypeList,
)
from service.models import TASK_ID_PATTERN, MetricsReport, Task
from service.schedules import Schedule
from service.storage.events import ProjectEvent

OPENAPI_PATH = "/api/v1/openapi.json"
#: Errors of every operation that needs a key (API.md), and of every operation (what HTTP parsing refuses).
_KEYED = (401, 429, 503, 414, 431)
_OPEN = (414, 431)
_TASK = "/api/v1/tasks/{task_id}"


@dataclass(frozen=True)
class Operation:
    """One route: method, path and handler for the router, and what the OpenAPI document says of it."""

    method: str
    #: as the document writes it; the router matches {task_id} only as a UUID, so /tasks/metrics is no task id
    path: str
    handler: Handler
    operation_id: str
    summary: str
    #: success status and body type (None: Prometheus text)
    ok: tuple[int, Any]
    errors: tuple[int, ...]
    #: the Struct the handler converts path values and query into
    params: type[msgspec.Struct] | None = None
    #: needs an X-API-Key
    keyed: bool = True
    #: takes a typed submit body and an Idempotency-Key; answers with a Location
    submit: bool = False
    #: takes a batch of typed submit bodies and an Idempotency-Key
    batch: bool = False
    #: operations that the answer's task_id leads to
    links: tuple[Operation, ...] = ()
    #: needs METRICS_TOKEN as a bearer token when one is set
    bearer: bool = False
    #: answers with a text/event-stream whose events carry `ok`'s type as data
    stream: bool = False
    #: the Struct a JSON body decodes into (other than submit's and batch's)
    body: type[msgspec.Struct] | None = None

    def route(self) -> web.RouteDef:
        """The aiohttp route; a GET answers HEAD too."""
        path = self.path.replace("{task_id}", f"{{task_id:{TASK_ID_PATTERN}}}")
        return web.route(self.method.upper(), path, self.handler)


GET_TASK = Operation(
    "get", _TASK, tasks.get_task, "getTask", "Read a task, optionally waiting until it is final", (200, Task),
    (404, 422, *_KEYED), TaskQuery,
)  # fmt: skip
CANCEL_TASK = Operation(
    "post", f"{_TASK}/cancel", tasks.cancel, "cancelTask", "Cancel a queued or running task", (200, Task),
    (404, 409, *_KEYED),
)  # fmt: skip
_SCHEDULES = "/api/v1/projects/{project_id}/schedules"
_SCHEDULE = _SCHEDULES + "/{schedule_id}"
SCHEDULE_ROUTES = (
    Operation("post", _SCHEDULES, schedules.create_schedule, "createSchedule",
              "Create a periodic schedule: each due tick submits one task", (201, Schedule),
              (400, 403, 408, 409, 413, 415, 422, *_KEYED), ProjectPath, body=CreateSchedule),
    Operation("get", _SCHEDULES, schedules.list_schedules, "listSchedules", "A page of a project's schedules",
              (200, ScheduleList), (403, 422, *_KEYED), ScheduleQuery),
    Operation("get", _SCHEDULE, schedules.get_schedule, "getSchedule", "Read a schedule", (200, Schedule),
              (403, 404, 422, *_KEYED), SchedulePath),
    Operation("patch", _SCHEDULE, schedules.change_schedule, "changeSchedule",
              "Change a schedule (the fields given); next_run_at follows a new timing or enabled",
              (200, Schedule), (400, 403, 404, 408, 409, 413, 415, 422, *_KEYED), SchedulePath, body=ChangeSchedule),
    Operation("delete", _SCHEDULE, schedules.delete_schedule, "deleteSchedule",
              "Delete a schedule: it fires no more", (204, None), (403, 404, 422, *_KEYED), SchedulePath),
)  # fmt: skip
ROUTES = (
    Operation("post", "/api/v1/tasks/submit", tasks.submit, "submitTask", "Submit a task", (202, Task),
              (400, 403, 408, 409, 413, 415, 422, *_KEYED), submit=True, links=(GET_TASK, CANCEL_TASK)),
    Operation("post", "/api/v1/tasks/batch", batch.submit_batch, "submitTaskBatch",
              "Submit 1 to 1000 tasks, all or none", (202, BatchResponse),
              (400, 403, 408, 409, 413, 415, 422, *_KEYED), batch=True),
    GET_TASK,
    CANCEL_TASK,
    Operation("get", f"{_TASK}/events", events.task_events, "streamTaskEvents",
              "Live events of a task (Server-Sent Events): its state now, then each change, until it is final",
              (200, Task), (404, *_KEYED), stream=True),
    Operation("get", "/api/v1/tasks/metrics", tasks.metrics, "getMetrics", "Metrics of all projects or of one",
              (200, MetricsReport), (403, 422, *_KEYED), MetricsQuery),
    Operation("get", "/api/v1/projects/{project_id}/tasks", projects.list_tasks, "listProjectTasks",
              "A page of a project's tasks", (200, TaskPage), (403, 422, *_KEYED), ListQuery),
    Operation("get", "/api/v1/projects/{project_id}/events", events.project_events, "streamProjectEvents",
              "Live events of a project's tasks (Server-Sent Events), resumable with Last-Event-ID",
              (200, ProjectEvent), (403, 422, *_KEYED), EventsQuery, stream=True),
    Operation("get", "/api/v1/projects", projects.list_projects, "listProjects",
              "The projects with retained tasks, most recently active first", (200, ProjectList), (422, *_KEYED),
              ProjectsQuery),
    Operation("get", "/api/v1/task-types", catalog.task_types, "listTaskTypes",
              "Every registered task type with its JSON Schemas", (200, TaskTypeList), _KEYED),
    Operation("get", "/api/v1/health", health.health, "health", "Liveness", (200, Health), _OPEN, keyed=False),
    Operation("get", "/api/v1/ready", health.ready, "ready",
              "Redis answers and every queue with jobs has a live worker", (200, Ready), (503, *_OPEN), keyed=False),
    Operation("get", "/metrics", prometheus.exposition, "prometheusMetrics", "Prometheus text exposition",
              (200, None), (422, 503, *_OPEN), ScrapeQuery, keyed=False, bearer=True),
    Operation("get", OPENAPI_PATH, health.openapi_document, "openapi", "This document", (200, dict[str, Any]),
              _OPEN, keyed=False),
    *SCHEDULE_ROUTES,
)  # fmt: skip
