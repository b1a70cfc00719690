"""The dashboard in a real browser, part one: the key gate, the overview, the projects table, a narrow screen.

Real `python -m service` and `python -m worker` processes (tests/browser/conftest.py); tasks are submitted by the
test through the API, and the page must show them without being reloaded.
"""

from __future__ import annotations

import re

import pytest

from tests.browser.support import enter_key, screenshot, skip_reason, submit, submit_batch

if reason := skip_reason():
    pytest.skip(reason, allow_module_level=True)

from playwright.sync_api import APIRequestContext, Page, expect

from tests.constants import ADMIN_KEY

KEY_NAME = "taskservice.apiKey"
#: Line breaks of all three kinds, a comment, a multi-line data field, an id that later events keep.
STREAM = (
    'id: 1\r\nevent: task\r\ndata: {"a":1}\r\n\r\n: ping\r\n\r\n'
    "event: reset\rdata: {}\r\r"
    "id: 2\nevent: task\ndata: x\r\ndata: y\r\n\n"
)
PARSED = [
    {"type": "task", "data": '{"a":1}', "id": "1"},
    {"type": "reset", "data": "{}", "id": "1"},
    {"type": "task", "data": "x\ny", "id": "2"},
]
#: The stream cut in two at every place, and fed one character at a time, through the page's own parser.
FEED_EVERY_WAY = """async (text) => {
  const { SseParser } = await import("/static/dashboard/sse.js");
  const parse = (chunks) => {
    const events = [];
    const parser = new SseParser((event) => events.push(event));
    chunks.forEach((chunk) => parser.feed(chunk));
    return JSON.stringify(events);
  };
  const ways = [[...text].map((c) => c)];
  for (let cut = 0; cut <= text.length; cut++) ways.push([text.slice(0, cut), text.slice(cut)]);
  return [...new Set(ways.map(parse))].map((events) => JSON.parse(events));
}"""


def figure(page: Page, name: str) -> object:
    return page.locator(f'[data-figure="{name}"] .value')


def fits_the_width(page: Page) -> bool:
    return bool(page.evaluate("document.documentElement.scrollWidth <= window.innerWidth"))


def test_the_key_is_asked_once_and_kept_in_the_tab_session_only(page: Page) -> None:
    urls: list[str] = []
    page.on("request", lambda request: urls.append(request.url))
    page.goto("/")
    expect(page).to_have_url(re.compile(r"/dashboard$"))
    page.fill("#key-input", "not-a-key")
    page.click("#key-form button[type=submit]")
    expect(page.locator("#gate-error")).to_contain_text("not accepted")
    assert page.evaluate("sessionStorage.length") == 0

    page.fill("#key-input", ADMIN_KEY)
    page.click("#key-form button[type=submit]")
    expect(page.locator("#scope")).to_have_text("key: all projects")
    kept = page.evaluate(
        "() => ({ session: { ...sessionStorage }, local: localStorage.length, cookie: document.cookie })"
    )
    assert kept == {"session": {KEY_NAME: ADMIN_KEY}, "local": 0, "cookie": ""}
    page.reload()  # kept for the session: not asked again
    expect(page.locator("#nav")).to_be_visible()
    expect(page.locator("#gate")).to_be_hidden()
    page.click("#forget")
    expect(page.locator("#gate")).to_be_visible()
    assert page.evaluate("sessionStorage.length") == 0
    assert urls and not [url for url in urls if ADMIN_KEY in url]  # in a header, never in a URL


def test_the_event_stream_parser_takes_the_stream_in_any_chunks(page: Page) -> None:
    page.goto("/dashboard")
    assert page.evaluate(FEED_EVERY_WAY, STREAM) == [PARSED]


def test_the_overview_follows_the_figures_live(page: Page, http: APIRequestContext) -> None:
    enter_key(page, ADMIN_KEY)
    expect(figure(page, "total_tasks")).to_have_text("0")
    # 40 sleeps of 0 to 3.8 s, every fifth one failing: completions and failures spread over several readings
    bodies = [
        {"project_id": "overview", "task_type": "sleep", "task_data": {"seconds": 0.2 * (i % 20), "fail": i % 5 == 0}}
        for i in range(40)
    ]
    submit_batch(http, bodies)
    submit(http, {"project_id": "overview", "task_type": "echo", "task_data": {"hello": "world"}})
    expect(figure(page, "total_tasks")).to_have_text("41")
    expect(figure(page, "completed_tasks")).to_have_text("33")
    expect(figure(page, "failed_tasks")).to_have_text("8")
    expect(figure(page, "processing_tasks")).to_have_text("0")
    expect(figure(page, "success_rate")).to_have_text("80.5%")
    expect(page.locator(".ready.ok")).to_have_text("● ready")
    queue = page.locator('[data-key="arq:queue"] .cell')
    expect(queue.nth(2)).to_have_text("1")  # live workers
    sleep_row = page.locator('[data-key="sleep"] .cell')
    expect(sleep_row.nth(1)).to_have_text("40")
    expect(sleep_row.nth(5)).to_have_text("8")
    # at least 3 points (no wait_for_function: evaluating a string in the page is what the CSP forbids)
    expect(page.locator(".chart")).to_have_attribute("data-points", re.compile(r"^([3-9]|[1-9]\d+)$"))
    for column in (10, 11, 12, 13):  # run-time and queue-wait p50 and p99 of the type
        expect(sleep_row.nth(column)).not_to_have_text("–")
    expect(page.locator(".notice.note")).to_contain_text("Percentiles are estimated from the histograms")
    screenshot(page, "overview")


def test_the_projects_table_is_live(page: Page, http: APIRequestContext) -> None:
    enter_key(page, ADMIN_KEY)
    page.goto("/dashboard#/projects")
    expect(page.locator(".row.empty")).to_have_text("No project has retained tasks.")
    submit(http, {"project_id": "alpha", "task_type": "echo", "task_data": {}})
    expect(page.locator('[data-key="alpha"]')).to_be_visible()
    submit_batch(http, [{"project_id": "beta", "task_type": "sleep", "task_data": {"seconds": 0.5}}] * 3)
    beta = page.locator('[data-key="beta"] .cell')
    expect(beta.nth(1)).to_have_text("3")
    expect(beta.nth(4)).to_have_text("3")  # completed, without a reload
    expect(page.locator(".rows .row[data-key]").first).to_have_attribute(
        "data-key", "beta"
    )  # most recently active first
    page.click('[data-key="beta"] a')
    expect(page).to_have_url(re.compile(r"#/projects/beta$"))
    page.go_back()
    screenshot(page, "projects")


def test_a_narrow_screen_gets_one_column_and_no_sideways_page(page: Page, http: APIRequestContext) -> None:
    page.set_viewport_size({"width": 390, "height": 844})
    submit_batch(http, [{"project_id": "narrow", "task_type": "echo", "task_data": {"n": n}} for n in range(5)])
    enter_key(page, ADMIN_KEY)
    expect(figure(page, "completed_tasks")).to_have_text("5")
    assert fits_the_width(page)
    screenshot(page, "narrow-overview")
    page.goto("/dashboard#/projects/narrow")
    expect(page.locator(".rows .status-completed")).to_have_count(5)
    assert fits_the_width(page)  # the table scrolls inside its own box
    screenshot(page, "narrow-project")
