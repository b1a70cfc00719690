"""Settings: read once from the environment, validated, passed down."""

from __future__ import annotations

import os
import re
from collections.abc import Mapping
from typing import Annotated, Literal

import msgspec

from service.models import PROJECT_ID_PATTERN

Seconds = Annotated[float, msgspec.Meta(gt=0)]
DEFAULT_MAX_TASK_DATA_BYTES = 256 * 1024


class ApiKey(msgspec.Struct, frozen=True):
    """A key from API_KEYS; `projects` is None for an unrestricted key."""

    key: str
    projects: frozenset[str] | None = None


class Settings(msgspec.Struct, frozen=True, kw_only=True, forbid_unknown_fields=True):
    redis_url: str = "redis://127.0.0.1:6379/0"
    api_keys: str = ""
    task_retention_seconds: Annotated[int, msgspec.Meta(ge=60)] = 86_400
    max_body_bytes: Annotated[int, msgspec.Meta(ge=1024)] = 1024 * 1024
    max_task_data_bytes: Annotated[int, msgspec.Meta(ge=1024)] = DEFAULT_MAX_TASK_DATA_BYTES
    #: A request body must have arrived this long after the handler starts reading it (408 otherwise).
    body_timeout_seconds: Seconds = 30.0
    #: An idle keep-alive connection, or one whose request headers are still incomplete, is closed after this.
    idle_timeout_seconds: Seconds = 75.0
    webhook_secret: str = ""
    webhook_allow_private: bool = False
    enable_diagnostic_tasks: bool = True
    queue_name: Annotated[str, msgspec.Meta(min_length=1)] = "arq:queue"
    job_timeout_seconds: Seconds = 300.0
    max_tries: Annotated[int, msgspec.Meta(ge=1)] = 5
    worker_concurrency: Annotated[int, msgspec.Meta(ge=1)] = 50
    #: An idle worker's queue poll period: ~half of it is the median queue wait at light load (~50 cheap
    #: Redis calls a second per idle worker).
    poll_delay_seconds: Seconds = 0.02
    reconcile_interval_seconds: Seconds = 10.0
    heartbeat_seconds: Seconds = 2.0
    #: Per API key, shared by every API process: a runaway client cannot starve the others (0 disables).
    rate_limit_per_second: Annotated[float, msgspec.Meta(ge=0)] = 100.0
    rate_limit_burst: Annotated[int, msgspec.Meta(ge=1)] = 200
    log_level: Literal["DEBUG", "INFO", "WARNING", "ERROR"] = "INFO"
    log_format: Literal["text", "json"] = "text"
    #: One log line per request costs ~15 % of a submit's CPU (profiled); a proxy in front usually logs them.
    access_log: bool = False
    #: arq's per-job start/finish lines (~10 % of a worker's CPU at full speed).
    job_log: bool = False

    def parsed_api_keys(self) -> tuple[ApiKey, ...]:
        return parse_api_keys(self.api_keys)


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


def load_settings(environ: Mapping[str, str] | None = None) -> Settings:
    """Build Settings from upper-case environment variables; raise SettingsError naming the bad one."""
    env = os.environ if environ is None else environ
    fields = {name: env[name.upper()] for name in Settings.__struct_fields__ if name.upper() in env}
    try:
        settings = msgspec.convert(fields, Settings, strict=False)
    except msgspec.ValidationError as exc:
        raise SettingsError(f"invalid setting: {_env_name(str(exc))}") from None
    settings.parsed_api_keys()
    return settings


def _env_name(message: str) -> str:
    # msgspec says "... - at `$.job_timeout_seconds`"; name the environment variable instead.
    head, _, path = message.partition(" - at `$.")
    return f"{path.rstrip('`').upper()}: {head}" if path else message
