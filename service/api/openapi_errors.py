"""The OpenAPI document's error responses: one per status, with the code API.md's table gives it and when it
happens (service.api.openapi refers to them from every operation)."""

from __future__ import annotations

from typing import Any

from service.api import request_id
from service.api.errors import CODES

JSON = "application/json"
REF = "#/components/schemas/{name}"
Schema = dict[str, Any]

#: Every answer of the application carries it (the HTTP parser's own 414 and 431 do not). A request may send one:
#: it is not a declared parameter, since any value is taken (an unsafe one is replaced, never refused).
REQUEST_ID_HEADER: Schema = {
    "schema": {"type": "string"},
    "description": "The request's id, also in its JSON log lines: the request's own X-Request-Id when it is 1 to "
    "128 of A-Z a-z 0-9 . _ : @ / + = -, else a new one",
}
#: Error code of every status an operation can answer: API.md's table (405 belongs to no operation), the slow
#: body of a submit (408), and what the HTTP protocol layer answers itself (service/api/server.py describe()).
ERROR_CODES = {
    **{status: code for status, code in CODES.items() if status != 405},
    408: "request_timeout",
    414: "uri_too_long",
    431: "request_header_fields_too_large",
}
#: When each error happens (API.md's table), for the document's readers.
WHEN = {
    400: "The body is not valid JSON, or could not be read (a bad Content-Encoding).",
    401: "Missing or unknown X-API-Key.",
    403: "The key is not allowed for that project (or, without project_id, for all projects).",
    404: "Unknown, expired or foreign task (or schedule).",
    408: "The body did not arrive in time.",
    409: "The task is already final (it is in `details`), or the Idempotency-Key was used with another body, or "
    "the project has its most schedules.",
    413: "The body is over the size limit.",
    414: "The request line is too long.",
    415: "The body is not JSON.",
    422: "Well-formed, but breaks the schema; `details` name the field (a JSON path or a parameter name).",
    429: "The key's rate limit is exceeded; retry after Retry-After seconds.",
    431: "A request header is too large, or there are too many.",
    503: "Redis is unreachable or the queue refused the job (nothing is half-written); ready: what is missing.",
}


def error_response(status: int) -> Schema:
    code = ERROR_CODES[status]
    only_this_code = {"properties": {"error": {"properties": {"code": {"const": code}}}}}
    schema = {"allOf": [{"$ref": REF.format(name="Envelope")}, only_this_code]}
    response: Schema = {"description": f"`{code}`: {WHEN[status]}", "content": {JSON: {"schema": schema}}}
    headers = {} if status in (414, 431) else {request_id.HEADER: REQUEST_ID_HEADER}
    if status == 429:
        headers["Retry-After"] = {"required": True, "schema": {"type": "integer", "minimum": 1}}
    if headers:
        response["headers"] = headers
    return response
