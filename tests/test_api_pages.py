"""The browser pages and their files as HTTP sees them (no browser needed): the redirect, the policy and cache
headers, what is refused, no inline script anywhere, every referenced file present, the vendored packages as
pinned with their licences. tests/browser/ drives the pages in Chromium."""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path

import msgspec
import pytest
from pytest_aiohttp import AiohttpClient
from redis.asyncio import Redis
from yarl import URL

from deploy.vendor_assets import PACKAGES, VENDOR
from service.api import pages
from service.api.appkeys import OPENAPI_DOCUMENT
from service.api.errors import ApiError
from service.config import Settings
from tests.api_support import Client, error_of, start

STATIC = pages.STATIC_ROOT
OWN_HTML = sorted(path for path in STATIC.rglob("*.html") if VENDOR not in path.parents)
OWN_SCRIPTS = sorted(path for path in STATIC.rglob("*.js") if VENDOR not in path.parents)
UPLOT = next(package for package in PACKAGES if package.name == "uplot")


@pytest.fixture
async def client(aiohttp_client: AiohttpClient, settings: Settings, redis: Redis) -> Client:
    return await start(aiohttp_client, settings)


async def test_the_root_redirects_to_the_dashboard(client: Client) -> None:
    resp = await client.get("/", allow_redirects=False)
    assert resp.status == 302 and resp.headers["Location"] == "/dashboard"


@pytest.mark.parametrize("path", ["/dashboard", "/api/v1/docs"])
@pytest.mark.parametrize("method", ["GET", "HEAD"])
async def test_pages_are_html_under_the_policy_and_revalidated(client: Client, path: str, method: str) -> None:
    resp = await client.request(method, path)
    assert resp.status == 200
    assert resp.headers["Content-Type"] == "text/html; charset=utf-8"
    assert resp.headers["Content-Security-Policy"].startswith("default-src 'self'; ")
    assert resp.headers["Cache-Control"] == "no-cache" and resp.headers["X-Content-Type-Options"] == "nosniff"
    assert "ETag" in resp.headers and "Last-Modified" in resp.headers


async def test_vendored_files_are_cached_for_a_year_and_ours_revalidated(client: Client) -> None:
    vendored = await client.get(f"/static/vendor/{UPLOT.folder.name}/uPlot.esm.js")
    assert vendored.status == 200 and vendored.headers["Content-Type"] == "text/javascript; charset=utf-8"
    assert vendored.headers["Cache-Control"] == "public, max-age=31536000, immutable"
    assert vendored.headers["Content-Security-Policy"] == pages.CSP
    own = await client.get("/static/dashboard/app.js")
    assert own.status == 200 and own.headers["Cache-Control"] == "no-cache"
    assert own.headers["Content-Security-Policy"] == pages.CSP
    again = await client.get("/static/dashboard/app.js", headers={"If-None-Match": own.headers["ETag"]})
    assert again.status == 304
    licence = await client.get(f"/static/vendor/{UPLOT.folder.name}/LICENSE")
    assert licence.status == 200 and licence.headers["Content-Type"] == "text/plain; charset=utf-8"


@pytest.mark.parametrize(
    "path",
    [
        "/static/",
        "/static/dashboard",  # a folder
        "/static/dashboard/missing.js",
        "/static/dashboard/app.js.map",  # a type not served
        "/static/%2e%2e/pages.py",  # out of the folder, encoded
        "/static/..%2F..%2Fconfig.py",
        "/static/.hidden.js",
    ],
)
async def test_anything_else_under_static_is_a_404(client: Client, path: str) -> None:
    await error_of(await client.get(URL(path, encoded=True)), 404, "not_found")


@pytest.mark.parametrize("relative", ["../pages.py", "/etc/passwd", "dashboard/../../pages.py", "", "."])
def test_paths_leaving_the_static_folder_are_refused(relative: str) -> None:
    with pytest.raises(ApiError) as refused:
        pages.static_file(relative)
    assert refused.value.status == 404


async def test_pages_are_not_operations_of_the_document(client: Client) -> None:
    documented = set(msgspec.json.decode(client.app[OPENAPI_DOCUMENT])["paths"])
    assert {pages.DASHBOARD_PATH, pages.DOCS_PATH, "/"}.isdisjoint(documented)
    assert not [path for path in documented if path.startswith(pages.STATIC_PREFIX)]


class Markup(HTMLParser):
    """Scripts, inline handlers and styles of a page, and the files it references."""

    def __init__(self) -> None:
        super().__init__()
        self.inline: list[str] = []
        self.references: list[str] = []
        self._in_script = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        self.inline += [f"{tag} {name}" for name in values if name.startswith("on") or name == "style"]
        if tag == "style" or (tag == "script" and not values.get("src")):
            self.inline.append(f"<{tag}> without src")
        self.references += [value for name, value in attrs if name in ("src", "href") and value]
        self._in_script = tag == "script"

    def handle_data(self, data: str) -> None:
        if self._in_script and data.strip():
            self.inline.append("script body")

    def handle_endtag(self, tag: str) -> None:
        self._in_script = False


def served(reference: str, base: Path) -> Path | None:
    """The file a page's reference (/static/..., or relative to `base`) resolves to; None for other routes."""
    if reference.startswith(pages.STATIC_PREFIX):
        return STATIC / reference.removeprefix(pages.STATIC_PREFIX)
    if reference.startswith("."):
        return (base / reference).resolve()
    return None


@pytest.mark.parametrize("page", OWN_HTML, ids=lambda path: str(path.relative_to(STATIC)))
def test_pages_have_no_inline_script_or_style_and_reference_files_that_exist(page: Path) -> None:
    markup = Markup()
    markup.feed(page.read_text())
    assert markup.inline == []
    files = [served(reference, page.parent) for reference in markup.references]
    assert [path for path in files if path is not None and not path.is_file()] == []


@pytest.mark.parametrize("script", OWN_SCRIPTS, ids=lambda path: str(path.relative_to(STATIC)))
def test_scripts_import_files_that_exist_and_never_write_html(script: Path) -> None:
    text = script.read_text()
    imports = re.findall(r'^import .* from "([^"]+)";$', text, re.MULTILINE)
    assert [spec for spec in imports if not (served(spec, script.parent) or Path("/nonexistent")).is_file()] == []
    assert not re.search(r"innerHTML|outerHTML|insertAdjacentHTML|document\.write|eval\(|new Function", text)
    assert "console.log" not in text  # nothing of the page is logged, the key least of all


def test_vendored_packages_are_the_pinned_versions_with_their_licences() -> None:
    assert {path.name for path in VENDOR.iterdir()} == {package.folder.name for package in PACKAGES}
    for package in PACKAGES:
        source = (package.folder / "SOURCE.txt").read_text()
        assert source.startswith(f"npm package {package.name}@{package.version}\nintegrity sha512-")
        assert (package.folder / "LICENSE").is_file()
        for name in package.files:
            assert (package.folder / Path(name).name).is_file(), name


def test_vendored_stylesheets_embed_no_image_the_policy_would_refuse() -> None:
    for stylesheet in VENDOR.rglob("*.css"):
        text = stylesheet.read_text()
        assert "data:" not in text, stylesheet
        for reference in re.findall(r'url\("?([^")]+)"?\)', text):
            assert (stylesheet.parent / reference).is_file(), reference
