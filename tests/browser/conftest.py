"""Fixtures of the browser tests (headless Chromium through Playwright's sync API, against real API and worker
processes), and the warning line that a run which skipped them ends with."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

import pytest

from tests.browser.support import BROWSER_SKIP, EXPECT_TIMEOUT_MS, chromium
from tests.constants import ADMIN_KEY, SCOPED_KEY, SCOPED_PROJECT
from tests.processes import api_process, service_env, worker_process

if TYPE_CHECKING:
    from playwright.sync_api import APIRequestContext, Browser, Page, Playwright


@pytest.fixture(scope="module")
def service_url(redis_url: str) -> Iterator[str]:
    """`python -m service` and `python -m worker`, with an admin key and one scoped to SCOPED_PROJECT."""
    env = service_env(redis_url, f"{ADMIN_KEY},{SCOPED_KEY}:{SCOPED_PROJECT}")
    with api_process(env) as url, worker_process(env):
        yield url


@pytest.fixture(scope="module")
def playwright() -> Iterator[Playwright]:
    from playwright.sync_api import expect, sync_playwright

    expect.set_options(timeout=EXPECT_TIMEOUT_MS)
    with sync_playwright() as driver:
        yield driver


@pytest.fixture(scope="module")
def browser(playwright: Playwright) -> Iterator[Browser]:
    browser = playwright.chromium.launch(executable_path=chromium())
    yield browser
    browser.close()


@pytest.fixture
def http(playwright: Playwright, service_url: str) -> Iterator[APIRequestContext]:
    """Calls the test makes itself (not the page), with the admin key."""
    context = playwright.request.new_context(base_url=service_url, extra_http_headers={"X-API-Key": ADMIN_KEY})
    yield context
    context.dispose()


class Problems:
    """What a page must never do: break its Content-Security-Policy, or throw."""

    def __init__(self) -> None:
        self.seen: list[str] = []

    def console(self, message: Any) -> None:
        if "Content Security Policy" in message.text or "Refused to" in message.text:
            self.seen.append(f"console: {message.text}")

    def error(self, error: Any) -> None:
        self.seen.append(f"uncaught: {error}")


@pytest.fixture
def page(browser: Browser, service_url: str) -> Iterator[Page]:
    """A fresh context (empty storage) at the service's origin. After the test: no CSP violation, no uncaught
    script error happened on it."""
    context = browser.new_context(base_url=service_url, viewport={"width": 1280, "height": 900})
    context.set_default_timeout(EXPECT_TIMEOUT_MS)
    page = context.new_page()
    problems = Problems()
    page.on("console", problems.console)
    page.on("pageerror", problems.error)
    yield page
    context.close()
    assert problems.seen == []


@pytest.hookimpl(trylast=True)  # after the slowest durations, right above the short summary and the last line
def pytest_terminal_summary(terminalreporter: Any) -> None:
    """A run without a browser says so loudly at its end (the skip reasons are also in the short summary)."""
    skipped = [report for report in terminalreporter.stats.get("skipped", []) if BROWSER_SKIP in str(report.longrepr)]
    if skipped:
        reason = str(skipped[0].longrepr[2]) if isinstance(skipped[0].longrepr, tuple) else str(skipped[0].longrepr)
        terminalreporter.write_sep("!", f"WARNING: {len(skipped)} browser test module(s) did not run", red=True)
        terminalreporter.write_line(reason, red=True, bold=True)
