"""API keys: who is calling (401) and which projects they may touch (403, or 404 for single tasks)."""

from __future__ import annotations

import hmac
from collections.abc import Iterable

from aiohttp import web

from service.api.errors import ApiError, not_found
from service.config import ApiKey

HEADER = "X-API-Key"


class Keyring:
    """The configured keys; lookups compare against every key in constant time."""

    def __init__(self, keys: Iterable[ApiKey]) -> None:
        self._keys = tuple((key.key.encode(), key) for key in keys)

    def lookup(self, presented: str) -> ApiKey | None:
        # surrogatepass: a header may carry any code point, and compare_digest needs bytes for non-ASCII.
        given = presented.encode("utf-8", "surrogatepass")
        found = None
        for raw, key in self._keys:  # no early exit: the time taken does not tell which key matched
            if hmac.compare_digest(raw, given):
                found = key
        return found


def authenticate(request: web.Request, keyring: Keyring) -> ApiKey:
    presented = request.headers.get(HEADER)
    if not presented:
        raise ApiError(401, f"missing {HEADER} header")
    key = keyring.lookup(presented)
    if key is None:
        raise ApiError(401, f"unknown {HEADER}")
    return key


def may_access(key: ApiKey, project_id: str | None) -> bool:
    """Whether `key` covers `project_id`; None stands for every project (global listings and metrics)."""
    return key.projects is None or (project_id is not None and project_id in key.projects)


def require_project(key: ApiKey, project_id: str | None) -> None:
    if not may_access(key, project_id):
        scope = f"project {project_id}" if project_id else "all projects"
        raise ApiError(403, f"this API key is not allowed for {scope}")


def require_visible(key: ApiKey, project_id: str) -> None:
    """A task of a project the key does not cover is answered exactly like a missing one."""
    if not may_access(key, project_id):
        raise not_found()
