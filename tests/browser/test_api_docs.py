"""The API reference at /api/v1/docs in a real browser: Swagger UI renders every operation of the served OpenAPI
document, and "Try it out" works with the key given to "Authorize" (the document's ApiKey scheme)."""

from __future__ import annotations

import pytest

from tests.browser.support import screenshot, skip_reason

if reason := skip_reason():
    pytest.skip(reason, allow_module_level=True)

from playwright.sync_api import APIRequestContext, Page, expect

from tests.constants import ADMIN_KEY

METHODS = {"get", "post", "put", "patch", "delete"}


def documented(http: APIRequestContext) -> set[tuple[str, str, str]]:
    document = http.get("/api/v1/openapi.json").json()
    return {
        (method, path, operation["operationId"])
        for path, item in document["paths"].items()
        for method, operation in item.items()
        if method in METHODS
    }


def test_every_operation_of_the_document_is_rendered(page: Page, http: APIRequestContext) -> None:
    expected = documented(http)
    page.goto("/api/v1/docs")
    blocks = page.locator(".opblock")
    expect(blocks).to_have_count(len(expected))
    shown = set()
    for block in blocks.all():
        method = block.locator(".opblock-summary-method").inner_text().lower()
        path = block.locator(".opblock-summary-path").get_attribute("data-path")
        operation_id = block.locator(".opblock-summary-operation-id").inner_text()
        shown.add((method, path, operation_id))
    assert shown == expected
    screenshot(page, "api-docs")


def test_try_it_out_sends_the_authorized_key(page: Page) -> None:
    page.goto("/api/v1/docs")
    operation = page.locator("#operations-default-listTaskTypes")
    expect(operation).to_be_visible()
    operation.locator(".opblock-summary").click()
    operation.get_by_role("button", name="Try it out").click()
    operation.get_by_role("button", name="Execute").click()
    status = operation.locator(".live-responses-table .response .response-col_status")
    expect(status).to_have_text("401")  # no key given yet: the API refuses

    page.locator(".auth-wrapper button.authorize").click()
    dialog = page.locator(".dialog-ux")
    dialog.locator("input").fill(ADMIN_KEY)
    dialog.locator("button.modal-btn.authorize").click()  # its accessible name is "Apply credentials"
    dialog.locator("button.btn-done").click()
    operation.get_by_role("button", name="Execute").click()
    expect(status).to_have_text("200")
    expect(operation.locator(".live-responses-table .response .response-col_description")).to_contain_text(
        "evaluate_department"
    )
