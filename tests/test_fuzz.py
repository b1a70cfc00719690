"""Schemathesis fuzzes every operation of the OpenAPI document against the app served on 127.0.0.1.

`make test` runs a fixed number of examples with a fixed seed (reproducible); `make fuzz` sets FUZZ_EXAMPLES
higher and, unless FUZZ_SEED is given, a random seed that the run prints.
"""

from __future__ import annotations

import json
import os
import random
import urllib.request
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from typing import Any

import hypothesis
import pytest
import schemathesis
from redis.asyncio import Redis
from schemathesis import Case, CheckContext, Response

from service.api.app import create_app
from service.api.appkeys import REDIS
from service.api.openapi import render
from service.api.openapi_errors import ERROR_CODES
from service.config import Settings
from service.task_types import registered_types
from tests.constants import ADMIN_KEY
from tests.live_server import LiveServer, serve

#: Examples per operation in the fuzzing phase (the coverage and examples phases add their own).
EXAMPLES = int(os.environ.get("FUZZ_EXAMPLES", "50"))
#: Unset (`make test`): derandomized, the same requests every run. `make fuzz`: "random", or a seed to replay.
_SEED = os.environ.get("FUZZ_SEED", "")
DETERMINISTIC = not _SEED
SEED = random.SystemRandom().randrange(2**32) if _SEED == "random" else int(_SEED or 0)
#: The least a `make test` run sends, for the fuzzing to matter.
MIN_REQUESTS = 500
#: A GET ?wait on a task that no worker will finish would hold the request for up to 60 s.
MAX_WAIT_SECONDS = 0.2
#: run_at beyond this is moved back (the live server's TASK_RETENTION_SECONDS, the default, less a margin).
RUN_AT_AHEAD = Settings().task_retention_seconds - 60


class Tally:
    requests = 0
    scenario_requests = 0
    operations: set[str] = set()


TALLY = Tally()
RecordProperty = Callable[[str, object], None]
AnyCase = Case[Any]


#: Refusals a generated request may get besides schemathesis's defaults: size limits JSON Schema cannot state
#: (413 body, 414 URL, 431 headers; the document describes them). A valid body can be too big, too.
REJECTED = ["400", "401", "403", "404", "405", "406", "409", "413", "414", "415", "422", "428", "429", "431", "5xx"]
ACCEPTED = ["2xx", "3xx", "401", "403", "404", "409", "413", "429", "5xx"]


def _config() -> schemathesis.Config:
    ready_may_fail = {"expected-statuses": ["2xx", "3xx", "4xx", "503"]}  # ready's 503 is an answer, not a fault
    schedule_checks = {"positive_data_acceptance": {"expected-statuses": [*ACCEPTED, "422"]}}
    return schemathesis.Config.from_dict(
        {
            "seed": SEED,
            "generation": {"max-examples": EXAMPLES, "deterministic": DETERMINISTIC, "database": "none"},
            "auth": {"openapi": {"ApiKey": {"api_key": ADMIN_KEY}}},
            "checks": {
                "negative_data_rejection": {"expected-statuses": REJECTED},
                "positive_data_acceptance": {"expected-statuses": ACCEPTED},
            },
            "operations": [
                {"include-path": "/api/v1/ready", "checks": {"not_a_server_error": ready_may_fail}},
                # a schedule's body is a submit body and a cron expression: a 422 for an unserved task_type, a
                # task_data its type refuses or a cron value out of range is an answer (JSON Schema cannot say so)
                {"include-operation-id": ["createSchedule", "changeSchedule"], "checks": schedule_checks},
            ],
            # Only the document's own links: inferred ones make cancel, not submit, the start of every scenario.
            "phases": {"stateful": {"inference": {"algorithms": []}}},
        }
    )


def load_schema() -> schemathesis.BaseSchema:
    """The document the app serves (test_openapi checks the served bytes are these), set up for this run."""
    document = json.loads(render(registered_types(diagnostics=True), Settings()))
    return schemathesis.openapi.from_dict(document, config=_config())


schema = load_schema()


@pytest.fixture(scope="module")
def live(redis_url: str) -> Iterator[LiveServer]:
    # No rate limit: thousands of requests from one key would otherwise fuzz mostly the 429 (test_rate_limit's job);
    # no unknown-key throttle either: its invalid-key probes expect 401 (tests/test_auth_throttle.py has the 429).
    # Event streams end after MAX_WAIT_SECONDS too: a fuzzed request reads the whole body.
    settings = Settings(
        redis_url=redis_url, api_keys=ADMIN_KEY, rate_limit_per_second=0, unknown_key_limit=10**9,
        event_stream_max_seconds=MAX_WAIT_SECONDS,
    )  # fmt: skip
    with serve(create_app(settings)) as server:
        server.run(_flush(server.app[REDIS]))
        yield server
        server.run(_flush(server.app[REDIS]))  # leave no queued job behind for a later module's worker


async def _flush(redis: Redis) -> None:
    await redis.flushdb()


def error_envelope(ctx: CheckContext, response: Response, case: AnyCase) -> bool | None:
    """Every error is the JSON envelope, with the code the document gives its status."""
    if response.status_code < 400:
        return None
    assert response.headers.get("content-type", [""])[0].startswith("application/json"), response.headers
    body = json.loads(response.content)
    assert set(body) == {"error"} and set(body["error"]) == {"code", "message", "details"}, body
    assert body["error"]["code"] == ERROR_CODES.get(response.status_code, "method_not_allowed"), body
    return True


def _cap_wait(case: AnyCase) -> None:
    wait = (case.query or {}).get("wait")
    if isinstance(wait, int | float) and not isinstance(wait, bool) and wait > MAX_WAIT_SECONDS:
        case.query["wait"] = MAX_WAIT_SECONDS  # still valid, still exercises the waiter


def _cap_run_at(case: AnyCase) -> None:
    """A run_at more than TASK_RETENTION_SECONDS ahead is refused (422, as the document says), which JSON Schema
    cannot state: such a time is moved into the past (still valid: due now)."""
    body = case.body
    items = body["tasks"] if isinstance(body, dict) and isinstance(body.get("tasks"), list) else [body]
    for item in items:
        if isinstance(item, dict) and isinstance(item.get("run_at"), str):
            try:
                when = datetime.fromisoformat(item["run_at"])
            except ValueError:
                continue
            if when.tzinfo is not None and when > datetime.now(UTC) + timedelta(seconds=RUN_AT_AHEAD):
                item["run_at"] = "2001-01-01T00:00:00Z"


@schema.parametrize()
def test_fuzz_each_operation(case: AnyCase, live: LiveServer) -> None:
    TALLY.requests += 1
    TALLY.operations.add(case.operation.label)
    _cap_run_at(case)
    case.call_and_validate(base_url=live.url, additional_checks=[error_envelope])


class _Scenarios(schema.as_state_machine()):  # type: ignore[misc]
    """Submit, then read and cancel what was submitted (the document's links), in generated sequences."""

    base_url = ""

    def before_call(self, case: AnyCase) -> None:
        TALLY.requests += 1
        TALLY.scenario_requests += 1
        _cap_wait(case)
        _cap_run_at(case)

    def get_call_kwargs(self, case: AnyCase) -> dict[str, Any]:
        return {"base_url": self.base_url}

    def validate_response(self, response: Response, case: AnyCase, *args: Any, **kwargs: Any) -> None:
        super().validate_response(response, case, additional_checks=[error_envelope], **kwargs)


def test_fuzz_scenarios(live: LiveServer) -> None:
    _Scenarios.base_url = live.url
    settings = hypothesis.settings(
        max_examples=max(EXAMPLES // 2, 5),
        stateful_step_count=6,
        derandomize=DETERMINISTIC,
        database=None,
        deadline=None,
    )
    _Scenarios.run(settings=settings)


def test_fuzzing_sent_enough_requests(capsys: pytest.CaptureFixture[str], record_property: RecordProperty) -> None:
    if len(TALLY.operations) < len(schema.raw_schema["paths"]) or not TALLY.scenario_requests:
        pytest.skip("counts only after every fuzz test ran")
    summary = f"{TALLY.requests} requests, {TALLY.scenario_requests} of them in scenarios"
    record_property("fuzz_requests", TALLY.requests)
    with capsys.disabled():  # shown in every run, not only with -s
        print(f"\nfuzz: {summary} (FUZZ_EXAMPLES={EXAMPLES}, FUZZ_SEED={_SEED or 'unset'} -> {SEED})")
    if EXAMPLES >= 50:
        assert TALLY.requests >= MIN_REQUESTS, summary


def test_document_in_this_file_is_the_served_one(live: LiveServer) -> None:
    with urllib.request.urlopen(f"{live.url}/api/v1/openapi.json", timeout=10) as answer:
        assert json.load(answer) == json.loads(render(registered_types(diagnostics=True), Settings()))
