"""X-Request-Id: the client's when it is a safe token, else a new one; returned on every answer, logged with
every line of the request (service.logs), together with the task id the request is about."""

from __future__ import annotations

import re
import uuid

from aiohttp import web

from service.api.errors import Handler
from service.logs import bind

HEADER = "X-Request-Id"
#: A client's id is kept when it is 1..128 of these: nothing that could split a log line or a header.
_SAFE = re.compile(r"[A-Za-z0-9._:@/+=-]{1,128}")
REQUEST_ID = web.RequestKey("request_id", str)


def request_id_of(header: str | None) -> str:
    """The client's id when it is safe, else a new uuid4 hex (a bad one is replaced, not refused)."""
    if header is not None and _SAFE.fullmatch(header):
        return header
    return uuid.uuid4().hex


@web.middleware
async def request_id_middleware(request: web.Request, handler: Handler) -> web.StreamResponse:
    request[REQUEST_ID] = request_id = request_id_of(request.headers.get(HEADER))
    # the router matches {task_id} only as a UUID: a path's id is safe to log
    task_id = request.match_info.get("task_id")
    # Bound for the rest of the request's own task, never reset: aiohttp writes the access line after the
    # middleware chain has returned, and that line must carry the id too.
    bind(request_id=request_id, **({"task_id": task_id} if task_id else {}))
    return await handler(request)


async def add_request_id(request: web.Request, response: web.StreamResponse) -> None:
    """on_response_prepare: every answer (a stream's too, whose headers go before its handler returns)."""
    if (request_id := request.get(REQUEST_ID)) is not None:
        response.headers[HEADER] = request_id
