"""Periodic schedules: the Schedule object of the API, and when its ticks fall (cron via cronsim, or a fixed period).

Shared by the API (validation, next_run_at on create and change), storage (the record) and the workers (firing).
A cron expression has five fields and is read in UTC; an `every_seconds` schedule ticks at anchor + k * period,
the anchor being when its timing was last set, so that its ticks never drift.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any, NamedTuple

import msgspec
from cronsim import CronSim, CronSimError

#: The metadata field a tick's task carries its schedule's id in, and the one naming the tick it was fired for.
SCHEDULE_ID_FIELD = "schedule_id"
TICK_FIELD = "scheduled_tick"
CRON_FIELDS = 5
MAX_CRON_LENGTH = 120
#: The longest period: a year (a longer wait is a cron expression's job).
MAX_EVERY_SECONDS = 366 * 86_400

_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)


class Definition(msgspec.Struct, kw_only=True, frozen=True):
    """What the owner of a schedule sets (checked by the API before it is stored): the submit body and the timing."""

    task_type: str
    task_data: dict[str, Any] = {}
    cron: str | None = None
    every_seconds: int | None = None
    name: str | None = None
    enabled: bool = True
    metadata: dict[str, Any] = {}
    callback_url: str | None = None

    def timing(self, anchor_ms: int) -> Timing:
        return Timing(self.cron, self.every_seconds, anchor_ms)


class Schedule(msgspec.Struct, kw_only=True):
    """A project's periodic submit: each tick submits one task of `task_type` with `task_data`."""

    schedule_id: str
    project_id: str
    task_type: str
    task_data: dict[str, Any]
    #: five-field cron expression, UTC (null when `every_seconds` is set)
    cron: str | None = None
    #: fixed period in seconds (null when `cron` is set)
    every_seconds: int | None = None
    name: str | None = None
    enabled: bool = True
    metadata: dict[str, Any] = {}
    callback_url: str | None = None
    #: the next tick (null while disabled)
    next_run_at: str | None = None
    #: when the last tick's task was submitted, and its id (null before the first tick)
    last_run_at: str | None = None
    last_task_id: str | None = None
    created_at: str
    updated_at: str


class Timing(NamedTuple):
    """When a schedule ticks: exactly one of `cron` and `every_seconds`; `anchor_ms` places a period's ticks."""

    cron: str | None
    every_seconds: int | None
    anchor_ms: int

    def next_after(self, after_ms: int) -> int:
        """The first tick strictly after `after_ms` (unix ms)."""
        if self.every_seconds is not None:
            period = self.every_seconds * 1000
            return self.anchor_ms + ((after_ms - self.anchor_ms) // period + 1) * period
        return _ms(next(CronSim(self.cron or "", _datetime(after_ms))))

    def latest_at_or_before(self, now_ms: int) -> int:
        """The latest tick at or before `now_ms`: the one a late worker fires (earlier missed ones are dropped)."""
        if self.every_seconds is not None:
            period = self.every_seconds * 1000
            return self.anchor_ms + (now_ms - self.anchor_ms) // period * period
        # cronsim's reverse walk yields ticks strictly before its start; cron ticks are whole minutes
        return _ms(next(CronSim(self.cron or "", _datetime(now_ms + 1), reverse=True)))


def cron_problem(expression: str) -> str | None:
    """Why `expression` is no five-field cron expression that ever fires (None: it is one)."""
    if len(expression) > MAX_CRON_LENGTH:
        return f"longer than {MAX_CRON_LENGTH} characters"
    fields = expression.split()
    if len(fields) != CRON_FIELDS:
        return f"expected 5 fields (minute hour day-of-month month day-of-week), got {len(fields)}"
    try:
        next(CronSim(expression, datetime.now(UTC)))
    except CronSimError as exc:
        return f"not a valid cron expression: {exc}"
    except StopIteration:  # cronsim gives up past 50 years
        return "never fires"
    return None


def iso_of_ms(ms: int) -> str:
    return (_EPOCH + timedelta(milliseconds=ms)).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def _datetime(ms: int) -> datetime:
    return _EPOCH + timedelta(milliseconds=ms)


def _ms(when: datetime) -> int:
    return (when - _EPOCH) // timedelta(milliseconds=1)
