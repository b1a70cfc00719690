"""JSON responses: one reused encoder for every body the API sends."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import msgspec
from aiohttp import web

ENCODER = msgspec.json.Encoder()


def json_response(payload: Any, *, status: int = 200, headers: Mapping[str, str] | None = None) -> web.Response:
    return web.Response(
        body=ENCODER.encode(payload),
        status=status,
        headers=headers,
        content_type="application/json",
        charset="utf-8",
    )
