"""The settings whose values are small languages of their own (API_KEYS, TYPE_CONCURRENCY): their parsers, and
the error that names a bad environment variable (service.config reads them)."""

from __future__ import annotations

import re

import msgspec

from service.models import PROJECT_ID_PATTERN
from service.plugins.task_type import MAX_CONCURRENCY_LIMIT, NAME_PATTERN


class ApiKey(msgspec.Struct, frozen=True):
    """A key from API_KEYS; `projects` is None for an unrestricted key."""

    key: str
    projects: frozenset[str] | None = None


class SettingsError(ValueError):
    """A bad environment value; the message names the variable."""


def parse_api_keys(raw: str) -> tuple[ApiKey, ...]:
    """`KEY` (all projects) or `KEY:PROJECT[|PROJECT...]`, comma-separated."""
    keys: list[ApiKey] = []
    for position, entry in enumerate(filter(None, (part.strip() for part in raw.split(","))), start=1):
        key, sep, scope = entry.partition(":")
        if not key or (sep and not scope):
            # never echo the entry: it holds a secret
            raise SettingsError(f"API_KEYS: entry {position} is malformed (expected KEY or KEY:PROJECT[|PROJECT...])")
        projects = frozenset(filter(None, scope.split("|"))) if sep else None
        if projects is not None and not all(re.fullmatch(PROJECT_ID_PATTERN, p) for p in projects):
            raise SettingsError(f"API_KEYS: entry {position} names an invalid project id")
        keys.append(ApiKey(key=key, projects=projects))
    return tuple(keys)


def parse_type_concurrency(raw: str) -> dict[str, int]:
    """`TYPE=N` entries, comma-separated: N from 1 to MAX_CONCURRENCY_LIMIT, each type once."""
    limits: dict[str, int] = {}
    for entry in filter(None, (part.strip() for part in raw.split(","))):
        name, sep, value = (part.strip() for part in entry.partition("="))
        if not (sep and NAME_PATTERN.fullmatch(name) and re.fullmatch("[0-9]{1,9}", value)) or name in limits:
            raise SettingsError(f"TYPE_CONCURRENCY: {entry!r} is not TYPE=N (a task type name, once, and a number)")
        if not 1 <= int(value) <= MAX_CONCURRENCY_LIMIT:
            raise SettingsError(f"TYPE_CONCURRENCY: {name}={value}: the limit must be 1 to {MAX_CONCURRENCY_LIMIT}")
        limits[name] = int(value)
    return limits
