"""The browser pages (the dashboard, the API reference) and their static files: served by the API, not operations.

They are routed beside the route table, not in it: the OpenAPI document describes what programs call (JSON with
an X-API-Key, fuzzed operation by operation), while these are HTML, scripts and styles for a browser, needing no
key. Every answer here carries the same Content-Security-Policy (everything from this origin, no inline script),
so the key a page holds can only ever be sent back to this API. Files under static/vendor/<package>-<version>/
(copied from npm by `make vendor`) never change under their path and are cached for a year; the pages and our own
scripts are revalidated on every load (ETag and Last-Modified, answered by a 304 when unchanged).
"""

from __future__ import annotations

from pathlib import Path, PurePosixPath
from typing import NoReturn

from aiohttp import web

from service.api.errors import not_found

STATIC_ROOT = Path(__file__).resolve().parent / "static"
STATIC_PREFIX = "/static/"
DASHBOARD_PATH = "/dashboard"
DOCS_PATH = "/api/v1/docs"
#: default-src 'self' covers scripts, styles, images and fetch(); inline scripts and styles are refused. The
#: other directives do not fall back to default-src, so they are stated: no <base>, forms post here only, and
#: no framing of the pages by another site.
CSP = "default-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
VENDOR_CACHE = "public, max-age=31536000, immutable"
OWN_CACHE = "no-cache"
#: What may be served, by file suffix (anything else answers 404), with its exact Content-Type: nosniff is set,
#: and a module script is refused by the browser unless it is served as JavaScript.
CONTENT_TYPES = {
    ".html": "text/html; charset=utf-8",
    ".js": "text/javascript; charset=utf-8",
    ".css": "text/css; charset=utf-8",
    ".svg": "image/svg+xml",
    ".png": "image/png",
    ".jpg": "image/jpeg",
    ".txt": "text/plain; charset=utf-8",
    "": "text/plain; charset=utf-8",  # LICENSE, NOTICE
}


def _headers(relative: PurePosixPath) -> dict[str, str]:
    vendored = relative.parts[0] == "vendor"
    return {
        "Content-Security-Policy": CSP,
        "X-Content-Type-Options": "nosniff",
        "Referrer-Policy": "no-referrer",
        "Cache-Control": VENDOR_CACHE if vendored else OWN_CACHE,
        "Content-Type": CONTENT_TYPES[relative.suffix],
    }


def static_file(relative: str) -> web.FileResponse:
    """The file at `relative` under static/, with its headers; 404 for anything else (a directory, a dotfile,
    a path leaving the folder, a type not in CONTENT_TYPES)."""
    path = PurePosixPath(relative)
    hidden = any(part.startswith(".") for part in path.parts)
    if not path.parts or path.is_absolute() or hidden or path.suffix not in CONTENT_TYPES:
        raise not_found("file")
    target = (STATIC_ROOT / path).resolve()
    if not target.is_relative_to(STATIC_ROOT) or not target.is_file():
        raise not_found("file")
    return web.FileResponse(target, headers=_headers(path))


async def static(request: web.Request) -> web.FileResponse:
    return static_file(request.match_info["path"])


async def dashboard(request: web.Request) -> web.FileResponse:
    return static_file("dashboard/index.html")


async def api_docs(request: web.Request) -> web.FileResponse:
    return static_file("docs/index.html")


async def home(request: web.Request) -> NoReturn:
    raise web.HTTPFound(DASHBOARD_PATH)


#: GET answers HEAD too.
ROUTES = (
    web.get("/", home),
    web.get(DASHBOARD_PATH, dashboard),
    web.get(DOCS_PATH, api_docs),
    web.get(STATIC_PREFIX + "{path:.+}", static),
)
