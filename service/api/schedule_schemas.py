"""Request and response shapes of /api/v1/projects/{project_id}/schedules (API.md § Scheduling)."""

from __future__ import annotations

from typing import Annotated, Any

import msgspec

from service.api.schemas import MAX_OFFSET, CallbackUrl, Pagination
from service.models import END, TASK_ID_PATTERN, ProjectId
from service.schedules import MAX_CRON_LENGTH, MAX_EVERY_SECONDS, Definition, Schedule

TaskType = Annotated[str, msgspec.Meta(min_length=1, max_length=64)]
#: Five fields of cron's characters (what JSON Schema can say; the server also checks each field's values).
Cron = Annotated[
    str, msgspec.Meta(max_length=MAX_CRON_LENGTH, pattern=r"^ *[0-9A-Za-z*/,?#-]+(?: +[0-9A-Za-z*/,?#-]+){4} *" + END)
]
EverySeconds = Annotated[int, msgspec.Meta(ge=1, le=MAX_EVERY_SECONDS)]
Name = Annotated[str, msgspec.Meta(max_length=200)]
ScheduleId = Annotated[str, msgspec.Meta(pattern=f"^{TASK_ID_PATTERN}{END}")]


class CreateSchedule(msgspec.Struct, kw_only=True, forbid_unknown_fields=True, frozen=True):
    """Body of POST .../schedules: a submit body (without project_id) and exactly one of `cron`, `every_seconds`."""

    task_type: TaskType
    task_data: dict[str, Any] = {}
    #: five-field cron expression (minute hour day-of-month month day-of-week), UTC
    cron: Cron | None = None
    every_seconds: EverySeconds | None = None
    name: Name | None = None
    enabled: bool = True
    metadata: dict[str, Any] = {}
    callback_url: CallbackUrl | None = None

    def definition(self) -> Definition:
        return Definition(**msgspec.structs.asdict(self))


class ChangeSchedule(msgspec.Struct, kw_only=True, forbid_unknown_fields=True, frozen=True):
    """Body of PATCH .../schedules/{id}: the fields to change; a new `cron` or `every_seconds` clears the other."""

    task_type: TaskType | msgspec.UnsetType = msgspec.UNSET
    task_data: dict[str, Any] | msgspec.UnsetType = msgspec.UNSET
    cron: Cron | msgspec.UnsetType | None = msgspec.UNSET
    every_seconds: EverySeconds | msgspec.UnsetType | None = msgspec.UNSET
    name: Name | msgspec.UnsetType | None = msgspec.UNSET
    enabled: bool | msgspec.UnsetType = msgspec.UNSET
    metadata: dict[str, Any] | msgspec.UnsetType = msgspec.UNSET
    callback_url: CallbackUrl | msgspec.UnsetType | None = msgspec.UNSET

    def applied_to(self, current: Definition) -> Definition:
        changes = {name: value for name, value in msgspec.structs.asdict(self).items() if value is not msgspec.UNSET}
        if "cron" in changes or "every_seconds" in changes:  # a new timing replaces the old one entirely
            changes = {"cron": None, "every_seconds": None, **changes}
        return msgspec.structs.replace(current, **changes)


class ProjectPath(msgspec.Struct, kw_only=True, frozen=True):
    """Path of POST .../schedules."""

    project_id: ProjectId


class SchedulePath(msgspec.Struct, kw_only=True, frozen=True):
    """Path of GET/PATCH/DELETE .../schedules/{schedule_id}."""

    project_id: ProjectId
    schedule_id: ScheduleId


class ScheduleQuery(msgspec.Struct, kw_only=True, frozen=True):
    """Path and query of GET .../schedules: oldest first."""

    project_id: ProjectId
    limit: Annotated[int, msgspec.Meta(ge=1, le=200)] = 50
    offset: Annotated[int, msgspec.Meta(ge=0, le=MAX_OFFSET)] = 0


class ScheduleList(msgspec.Struct, kw_only=True):
    schedules: list[Schedule]
    pagination: Pagination
