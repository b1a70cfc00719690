"""The schedules endpoints (API.md § Scheduling v1.2), mixed into AsyncClient."""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

import msgspec

from taskclient.models import Schedule, SchedulePage
from taskclient.transport import Transport, decode

#: Schedules fetched per request by `schedules()`.
PAGE_SIZE = 200
_encode = msgspec.json.Encoder().encode


class ScheduleRequest(msgspec.Struct, kw_only=True, frozen=True, omit_defaults=True):
    """POST /projects/{p}/schedules: `cron` or `every_seconds`, not both."""

    task_type: str
    task_data: dict[str, Any] = {}
    cron: str | None = None
    every_seconds: int | None = None
    name: str | None = None
    enabled: bool = True
    metadata: dict[str, Any] | None = None
    callback_url: str | None = None


class ScheduleMethods:
    """create_schedule, schedules, get_schedule, update_schedule, delete_schedule."""

    _http: Transport

    async def create_schedule(
        self,
        project_id: str,
        task_type: str,
        task_data: dict[str, Any] | None = None,
        *,
        cron: str | None = None,
        every_seconds: int | None = None,
        name: str | None = None,
        enabled: bool = True,
        metadata: dict[str, Any] | None = None,
        callback_url: str | None = None,
    ) -> Schedule:
        """A new schedule: give `cron` (five fields, UTC) or `every_seconds`. Not repeated after a lost answer
        (a second create would make a second schedule)."""
        request = ScheduleRequest(
            task_type=task_type, task_data=task_data or {}, cron=cron, every_seconds=every_seconds, name=name,
            enabled=enabled, metadata=metadata, callback_url=callback_url,
        )  # fmt: skip
        content = await self._http.call("POST", _path(project_id), body=_encode(request), replayable=False)
        return decode(content, Schedule)

    async def schedules(self, project_id: str) -> list[Schedule]:
        """Every schedule of the project, page after page."""
        found: list[Schedule] = []
        offset: int | None = 0
        while offset is not None:
            params = {"limit": str(PAGE_SIZE), "offset": str(offset)}
            page = decode(await self._http.call("GET", _path(project_id), params=params), SchedulePage)
            found += page.schedules
            offset = page.pagination.following() if page.pagination is not None else None
        return found

    async def get_schedule(self, project_id: str, schedule_id: str) -> Schedule:
        return decode(await self._http.call("GET", _path(project_id, schedule_id)), Schedule)

    async def update_schedule(self, project_id: str, schedule_id: str, **changes: Any) -> Schedule:
        """PATCH: only the fields given change (e.g. enabled=False, cron="0 * * * *")."""
        content = await self._http.call("PATCH", _path(project_id, schedule_id), body=_encode(changes))
        return decode(content, Schedule)

    async def delete_schedule(self, project_id: str, schedule_id: str) -> None:
        await self._http.call("DELETE", _path(project_id, schedule_id), replayable=False)


def _path(project_id: str, schedule_id: str | None = None) -> str:
    path = f"/api/v1/projects/{quote(project_id, safe='')}/schedules"
    return path if schedule_id is None else f"{path}/{quote(schedule_id, safe='')}"
