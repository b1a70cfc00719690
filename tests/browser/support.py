"""Helpers of the browser tests: where Chromium is (or why the tests skip), screenshots, calls the test makes itself.

Playwright never downloads a browser here: it drives Debian's `chromium` (or CHROMIUM=/path). Without one, or
without the playwright package, each browser test module is skipped with BROWSER_SKIP in its reason, and the
terminal summary says so in a warning line (tests/browser/conftest.py); `.ci/run` installs chromium.
"""

from __future__ import annotations

import importlib.util
import os
import shutil
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING, Any

from tests.processes import ROOT

if TYPE_CHECKING:
    from playwright.sync_api import APIRequestContext, Page

BROWSER_SKIP = "BROWSER TESTS SKIPPED"
#: Where the tests' screenshots go: docs/screenshots/ (shown in the README) with `make screenshots`
#: (UPDATE_SCREENSHOTS=1); otherwise a scratch folder, so that `make test` leaves the checkout as it was.
SCREENSHOTS = (
    ROOT / "docs" / "screenshots"
    if os.environ.get("UPDATE_SCREENSHOTS") == "1"
    else Path(tempfile.gettempdir()) / "taskservice-screenshots"
)
#: Playwright's wait for each expectation: generous, as a shared 2-core machine runs the API, a worker and Chromium.
EXPECT_TIMEOUT_MS = 20_000


def chromium() -> str | None:
    """CHROMIUM when set (None if it is no file: `CHROMIUM=none` shows what a run without a browser says)."""
    if (given := os.environ.get("CHROMIUM")) is not None:
        return given if os.path.isfile(given) else None
    return shutil.which("chromium") or shutil.which("chromium-browser")


def why_no_browser() -> str | None:
    """None when the browser tests can run; else why not, in words."""
    if importlib.util.find_spec("playwright") is None:
        return "the playwright package is not installed (`make install`: it is in the dev extras)"
    if chromium() is None:
        return "no Chromium: install Debian's `chromium` (apt-get install chromium; .ci/run does it) or set CHROMIUM"
    return None


def skip_reason() -> str | None:
    missing = why_no_browser()
    return None if missing is None else f"{BROWSER_SKIP}: {missing}"


def screenshot(page: Page, name: str) -> Path:
    """SCREENSHOTS/<name>.png (docs/screenshots/ with `make screenshots`)."""
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    path = SCREENSHOTS / f"{name}.png"
    page.screenshot(path=path, full_page=True, animations="disabled")
    return path


def submit(http: APIRequestContext, body: dict[str, Any]) -> dict[str, Any]:
    answer = http.post("/api/v1/tasks/submit", data=body)
    assert answer.status == 202, answer.text()
    task: dict[str, Any] = answer.json()
    return task


def submit_batch(http: APIRequestContext, bodies: list[dict[str, Any]]) -> list[dict[str, Any]]:
    answer = http.post("/api/v1/tasks/batch", data={"tasks": bodies})
    assert answer.status == 202, answer.text()
    tasks: list[dict[str, Any]] = answer.json()["tasks"]
    return tasks


def task_of(http: APIRequestContext, task_id: str, wait: float = 0) -> dict[str, Any]:
    answer = http.get(f"/api/v1/tasks/{task_id}" + (f"?wait={wait}" if wait else ""))
    assert answer.status == 200, answer.text()
    task: dict[str, Any] = answer.json()
    return task


def enter_key(page: Page, key: str) -> None:
    """Open the dashboard and give it `key` at the gate."""
    from playwright.sync_api import expect

    page.goto("/dashboard")
    page.fill("#key-input", key)
    page.click("#key-form button[type=submit]")
    expect(page.locator("#nav")).to_be_visible()
