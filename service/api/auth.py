"""API keys: who is calling (401), how often (429), and which projects they may touch (403, or 404)."""

from __future__ import annotations

import hmac
import math
from collections.abc import Iterable

import msgspec
from aiohttp import web

from service.api.errors import ApiError, not_found
from service.setting_values import ApiKey
from service.storage.apikeys import ApiKeyStore, digest, key_id

HEADER = "X-API-Key"


class Caller(msgspec.Struct, frozen=True):
    """An authenticated key: its id (never the key itself) and its projects (None: all projects)."""

    key_id: str
    projects: frozenset[str] | None = None


class Keyring:
    """The keys of API_KEYS; lookups compare against every key in constant time."""

    def __init__(self, keys: Iterable[ApiKey]) -> None:
        self._keys = tuple((_raw(key.key), Caller(key_id(digest(key.key)), key.projects)) for key in keys)

    def lookup(self, presented: str) -> Caller | None:
        given = _raw(presented)
        found = None
        for raw, caller in self._keys:  # no early exit: the time taken does not tell which key matched
            if hmac.compare_digest(raw, given):
                found = caller
        return found


def _raw(key: str) -> bytes:
    # surrogatepass: a header may carry any code point, and compare_digest needs bytes for non-ASCII.
    return key.encode("utf-8", "surrogatepass")


async def authenticate(request: web.Request, keyring: Keyring, store: ApiKeyStore) -> Caller:
    """The caller of a request: 401 for a missing, unknown or revoked key, 429 past its rate limit or when
    its address sent too many unknown keys (the peer address: behind a reverse proxy, the proxy's)."""
    presented = request.headers.get(HEADER)
    if not presented:
        raise ApiError(401, f"missing {HEADER} header")
    configured = keyring.lookup(presented)
    key_digest = digest(presented)
    verdict = await store.authorize(key_digest, configured=configured is not None, address=request.remote or "")
    if not verdict.known:
        if verdict.retry_after_ms > 0:
            raise rate_limited(verdict.retry_after_ms, f"too many requests with an unknown {HEADER} from this address")
        raise ApiError(401, f"unknown {HEADER}")
    if verdict.retry_after_ms > 0:
        raise rate_limited(verdict.retry_after_ms)
    return configured or Caller(key_id(key_digest), verdict.projects)


def rate_limited(retry_after_ms: int, message: str = "rate limit exceeded for this API key") -> ApiError:
    # Retry-After takes whole seconds; rounding up (and at least 1) means a client that obeys it is served.
    seconds = max(1, math.ceil(retry_after_ms / 1000))
    details = [{"retry_after_seconds": seconds}]
    return ApiError(429, message, details, headers={"Retry-After": str(seconds)})


def may_access(key: Caller, project_id: str | None) -> bool:
    """Whether `key` covers `project_id`; None stands for every project (global listings and metrics)."""
    return key.projects is None or (project_id is not None and project_id in key.projects)


def require_project(key: Caller, project_id: str | None) -> None:
    if not may_access(key, project_id):
        scope = f"project {project_id}" if project_id else "all projects"
        raise ApiError(403, f"this API key is not allowed for {scope}")


def require_visible(key: Caller, project_id: str) -> None:
    """A task of a project the key does not cover is answered exactly like a missing one."""
    if not may_access(key, project_id):
        raise not_found()
