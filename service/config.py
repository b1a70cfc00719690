"""Settings: read once from the environment, validated, passed down."""

from __future__ import annotations

import os
from collections.abc import Mapping
from ipaddress import IPv4Network, IPv6Network, ip_network
from typing import Annotated, Any, Literal
from urllib.parse import urlsplit

import msgspec

from service.plugins.task_type import NAME_PATTERN
from service.setting_values import ApiKey, SettingsError, parse_api_keys, parse_type_concurrency
from service.storage.client import RedisTarget
from service.storage.durable import Durability
from service.storage.events import EventPolicy
from service.storage.sentinel import parse_sentinels

Seconds = Annotated[float, msgspec.Meta(gt=0)]


class Settings(msgspec.Struct, frozen=True, kw_only=True, forbid_unknown_fields=True):
    redis_url: str = "redis://127.0.0.1:6379/0"
    #: Connections per Redis client of a process (the API has one, a worker two); more commands wait for one.
    redis_max_connections: Annotated[int, msgspec.Meta(ge=1)] = 50
    #: How long a command waits for a free connection of a full pool before failing (503 in the API).
    redis_wait_seconds: Seconds = 5.0
    #: A pooled Redis connection unused this long is closed: a burst's connections do not stay open.
    redis_idle_seconds: Seconds = 30.0
    #: The storage client's speed layer (hiredis packing, the auto-pipelined connection of the hot scripts: 1/4 of
    #: the client CPU per script call, tests/bench/redis_clients.py); false: redis-py's own connections, same replies.
    redis_pipelining: bool = True
    #: For a rediss:// REDIS_URL: the CA that signed the server's certificate (else the system's), a client
    #: certificate and key when the server asks for one (tls-auth-clients), and whether the server's name must match.
    redis_tls_ca_file: str = ""
    redis_tls_cert_file: str = ""
    redis_tls_key_file: str = ""
    redis_tls_check_hostname: bool = True
    #: Redis behind Sentinel: `host:port,...` of the sentinels, which name the master called REDIS_SENTINEL_MASTER;
    #: REDIS_URL then gives only the scheme (rediss: TLS, to the sentinels too), the data credentials and the db.
    #: Empty: REDIS_URL's host and port are Redis.
    redis_sentinels: str = ""
    redis_sentinel_master: Annotated[str, msgspec.Meta(min_length=1)] = "mymaster"
    #: The sentinels' own login (their requirepass / ACL user), when they have one.
    redis_sentinel_username: str = ""
    redis_sentinel_password: str = ""
    #: Acknowledged means replicated: a submit and every final transition wait (WAIT) until this many replicas have
    #: the write, else the API answers 503 (the write may still exist: repeat with the same Idempotency-Key). 0: off.
    redis_wait_replicas: Annotated[int, msgspec.Meta(ge=0)] = 0
    #: How long that WAIT may take; short, because commands sharing a connection queue behind it (at most 2 waits).
    redis_wait_replicas_seconds: Annotated[float, msgspec.Meta(gt=0, le=2)] = 1.0
    api_keys: str = ""
    task_retention_seconds: Annotated[int, msgspec.Meta(ge=60)] = 86_400
    max_body_bytes: Annotated[int, msgspec.Meta(ge=1024)] = 1024 * 1024
    #: The body limit of POST /tasks/batch alone (413 above it); every other route keeps MAX_BODY_BYTES.
    max_batch_body_bytes: Annotated[int, msgspec.Meta(ge=1024)] = 16 * 1024 * 1024
    #: task_data's limit, JSON-encoded (422 above it); 0 means the body limit, so any body under MAX_BODY_BYTES
    #: whose only size is its task_data is accepted. A smaller value makes task_data the tighter bound.
    max_task_data_bytes: Annotated[int, msgspec.Meta(ge=0)] = 0
    #: A listing page stops early (at least one task) rather than carry more than this many bytes of records:
    #: bigger pages delay other clients of the same API process (tests/attacks/big_pages.py).
    max_page_bytes: Annotated[int, msgspec.Meta(ge=1024)] = 4 * 1024 * 1024
    #: A request body must have arrived this long after the handler starts reading it (408 otherwise).
    body_timeout_seconds: Seconds = 30.0
    #: An idle keep-alive connection, or one whose request headers are still incomplete, is closed after this.
    idle_timeout_seconds: Seconds = 75.0
    webhook_secret: str = ""
    webhook_allow_private: bool = False
    enable_diagnostic_tasks: bool = True
    #: Comma-separated task type names this process serves (API: accepts; worker: runs); empty: every installed
    #: one. Types left out are not even imported.
    enabled_task_types: str = ""
    queue_name: Annotated[str, msgspec.Meta(min_length=1)] = "arq:queue"
    job_timeout_seconds: Seconds = 300.0
    max_tries: Annotated[int, msgspec.Meta(ge=1)] = 5
    worker_concurrency: Annotated[int, msgspec.Meta(ge=1)] = 50
    #: Per task type, how many of its tasks may run at once across all workers: `sleep=2,evaluate_department=4`
    #: (overrides a type's own `concurrency_limit`); the rest wait queued (docs/concurrency-limits.md).
    type_concurrency: str = ""
    #: An idle worker's queue poll period: ~half of it is the median queue wait at light load (~50 cheap
    #: Redis calls a second per idle worker).
    poll_delay_seconds: Seconds = 0.02
    reconcile_interval_seconds: Seconds = 10.0
    #: A queued task's priority rises by one level per this long a wait (README § Priorities), so that nothing
    #: starves: an older task overtakes a newer one of higher priority once it has waited the difference x this.
    priority_aging_seconds: Seconds = 10.0
    heartbeat_seconds: Seconds = 2.0
    #: On SIGTERM a worker takes no new job and lets running ones finish for this long, then hands the rest back
    #: for another worker to run at once. 25 s leaves a few seconds for that inside Kubernetes' default 30 s
    #: terminationGracePeriodSeconds; deploy/systemd's TimeoutStopSec is 35 s.
    shutdown_grace_seconds: Seconds = 25.0
    #: Per API key, shared by every API process: a runaway client cannot starve the others (0, the default: off).
    rate_limit_per_second: Annotated[float, msgspec.Meta(ge=0)] = 0.0
    rate_limit_burst: Annotated[int, msgspec.Meta(ge=1)] = 200
    #: Requests with an unknown API key per client address and window, shared by every API process; beyond
    #: them such requests get 429 until the window ends (valid keys are never slowed by it).
    unknown_key_limit: Annotated[int, msgspec.Meta(ge=1)] = 20
    unknown_key_window_seconds: Annotated[int, msgspec.Meta(ge=1)] = 60
    #: Reverse proxies (addresses or networks, comma-separated) whose X-Forwarded-For names the client for
    #: that throttle; empty: the peer is the client (behind a proxy, the proxy: all its clients share one count).
    trusted_proxies: str = ""
    #: Periodic schedules one project may have (409 beyond): bounds the schedules' keys and each worker pass.
    max_schedules_per_project: Annotated[int, msgspec.Meta(ge=1, le=100_000)] = 1000
    #: Requests held by `?wait=` at once, per API process (503 beyond); each holds an open connection.
    max_waiters: Annotated[int, msgspec.Meta(ge=1)] = 5000
    #: Requests held by `?wait=` on one task, per API process (429 beyond).
    max_waiters_per_task: Annotated[int, msgspec.Meta(ge=1)] = 100
    #: A project's event stream keeps its newest EVENTS_KEEP events and those younger than EVENTS_WINDOW_SECONDS,
    #: whichever is more (Last-Event-ID resumes inside that window), but never more than EVENTS_MAX_PER_PROJECT,
    #: which bounds its memory (~100 bytes an event). 0 writes no events at all (a benchmark's baseline).
    events_keep: Annotated[int, msgspec.Meta(ge=10_000)] = 10_000
    events_window_seconds: Annotated[int, msgspec.Meta(ge=3600)] = 3600
    events_max_per_project: Annotated[int, msgspec.Meta(ge=0)] = 200_000
    #: Open event streams (SSE) per API process, and per project (a task's stream counts in its project): 503 / 429.
    max_event_subscribers: Annotated[int, msgspec.Meta(ge=1)] = 5000
    max_event_subscribers_per_project: Annotated[int, msgspec.Meta(ge=1)] = 2000
    #: Events waiting for one slow client; beyond them its stream ends (it resumes with Last-Event-ID).
    event_queue_size: Annotated[int, msgspec.Meta(ge=500)] = 1000  # at least one read's worth (feeds.READ_COUNT)
    #: A stream whose client has not taken a write for this long is aborted.
    event_send_timeout_seconds: Seconds = 10.0
    #: An event stream ends after this long (a project's client resumes with Last-Event-ID, a task's re-reads it),
    #: so long-lived connections move between API processes and none is held for ever.
    event_stream_max_seconds: Seconds = 3600.0
    #: A comment line on every open stream this often (API.md: at most 15 s), so proxies keep it open.
    event_heartbeat_seconds: Annotated[float, msgspec.Meta(gt=0, le=15)] = 15.0
    #: When set, GET /metrics needs `Authorization: Bearer <token>` (401 otherwise); unset, it is open, as
    #: Prometheus scrapes usually are: serve it on an internal network only (it holds global figures, no project ids).
    metrics_token: str = ""
    log_level: Literal["DEBUG", "INFO", "WARNING", "ERROR"] = "INFO"
    log_format: Literal["text", "json"] = "text"
    #: One log line per request costs ~15 % of a submit's CPU (profiled); a proxy in front usually logs them.
    access_log: bool = False
    #: arq's per-job start/finish lines (~10 % of a worker's CPU at full speed).
    job_log: bool = False

    def parsed_api_keys(self) -> tuple[ApiKey, ...]:
        return parse_api_keys(self.api_keys)

    def trusted_networks(self) -> tuple[IPv4Network | IPv6Network, ...]:
        try:
            return tuple(
                ip_network(part.strip(), strict=False) for part in self.trusted_proxies.split(",") if part.strip()
            )
        except ValueError as exc:
            raise SettingsError(f"TRUSTED_PROXIES: {exc}") from None

    def redis_tls(self) -> dict[str, Any]:
        """redis-py's TLS options for a rediss:// URL (ignored for redis://)."""
        return {
            "ssl_ca_certs": self.redis_tls_ca_file or None,
            "ssl_certfile": self.redis_tls_cert_file or None,
            "ssl_keyfile": self.redis_tls_key_file or None,
            "ssl_check_hostname": self.redis_tls_check_hostname,
            "ssl_cert_reqs": "required",
        }

    def redis_target(self) -> RedisTarget:
        """Where Redis is, for every client of a process (service.storage.client.connect and lean_pool)."""
        try:
            sentinels = parse_sentinels(self.redis_sentinels)
        except ValueError as exc:
            raise SettingsError(f"REDIS_SENTINELS: {exc}") from None
        if sentinels and urlsplit(self.redis_url).scheme not in ("redis", "rediss"):
            raise SettingsError("REDIS_URL: with REDIS_SENTINELS it must be redis:// or rediss://")
        login = {"username": self.redis_sentinel_username, "password": self.redis_sentinel_password}
        auth = {name: value for name, value in login.items() if value}
        return RedisTarget(self.redis_url, self.redis_tls(), sentinels, self.redis_sentinel_master, auth)

    def durability(self) -> Durability | None:
        """The WAIT after submits and final transitions (REDIS_WAIT_REPLICAS), None when off."""
        if self.redis_wait_replicas == 0:
            return None
        return Durability(self.redis_wait_replicas, int(self.redis_wait_replicas_seconds * 1000))

    def event_policy(self) -> EventPolicy:
        return EventPolicy(self.events_keep, self.events_window_seconds, self.events_max_per_project)

    def enabled_types(self) -> frozenset[str] | None:
        """ENABLED_TASK_TYPES as a set of names; None when empty (every installed type)."""
        names = frozenset(part.strip() for part in self.enabled_task_types.split(",") if part.strip())
        bad = sorted(name for name in names if not NAME_PATTERN.fullmatch(name))
        if bad:
            raise SettingsError(f"ENABLED_TASK_TYPES: not a task type name: {', '.join(bad)}")
        return names or None

    def priority_step_ms(self) -> int:
        """PRIORITY_AGING_SECONDS in ms, the step of the queue scores (service/storage/schedule.py)."""
        return max(1, round(self.priority_aging_seconds * 1000))

    def concurrency_limits(self) -> dict[str, int]:
        """TYPE_CONCURRENCY as {task type: limit}; SettingsError naming a malformed entry."""
        return parse_type_concurrency(self.type_concurrency)

    def task_data_limit(self) -> int:
        """The task_data limit in force: MAX_TASK_DATA_BYTES, or the body limit when that is 0 or larger."""
        return min(self.max_task_data_bytes or self.max_body_bytes, self.max_body_bytes)


def load_settings(environ: Mapping[str, str] | None = None) -> Settings:
    """Build Settings from upper-case environment variables; raise SettingsError naming the bad one."""
    env = os.environ if environ is None else environ
    fields = {name: env[name.upper()] for name in Settings.__struct_fields__ if name.upper() in env}
    try:
        settings = msgspec.convert(fields, Settings, strict=False)
    except msgspec.ValidationError as exc:
        raise SettingsError(f"invalid setting: {_env_name(str(exc))}") from None
    settings.parsed_api_keys()
    settings.trusted_networks()
    settings.enabled_types()
    settings.concurrency_limits()
    settings.redis_target()
    if 0 < settings.events_max_per_project < settings.events_keep:
        raise SettingsError("EVENTS_MAX_PER_PROJECT: must be 0 (no events) or at least EVENTS_KEEP")
    return settings


def _env_name(message: str) -> str:
    # msgspec says "... - at `$.job_timeout_seconds`"; name the environment variable instead.
    head, _, path = message.partition(" - at `$.")
    return f"{path.rstrip('`').upper()}: {head}" if path else message
