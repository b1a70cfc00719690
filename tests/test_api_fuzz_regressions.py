"""Each bug the schemathesis fuzzer (tests/test_fuzz.py) found, kept as an ordinary regression test."""

from __future__ import annotations

import jsonschema_rs
import msgspec
import pytest
from pytest_aiohttp import AiohttpClient
from redis.asyncio import Redis

from service.api.schemas import CallbackUrl, Name
from service.config import Settings
from service.models import ProjectId
from tests.api_support import ADMIN, PROJECT, Client, echo, error_of, evaluate, start, submit

SUBMIT = "/api/v1/tasks/submit"
LIST = f"/api/v1/projects/{PROJECT}/tasks"


@pytest.fixture
async def client(aiohttp_client: AiohttpClient, settings: Settings, redis: Redis) -> Client:
    return await start(aiohttp_client, settings)


async def test_null_is_not_a_status_filter(client: Client) -> None:
    """`?status=null` was read as "no filter" (msgspec's lax mode turns "null" into None) and listed everything."""
    await submit(client)
    error = await error_of(await client.get(f"{LIST}?status=null", headers=ADMIN), 422, "validation_error")
    assert error["details"][0]["field"] == "status"


@pytest.mark.parametrize("query", ["status=queued&status=failed", "limit=1&limit=2", "order=asc&order=desc"])
async def test_a_repeated_query_parameter_is_refused(client: Client, query: str) -> None:
    """`?status=a&status=b` used the first value and ignored the rest; the document has single values only."""
    error = await error_of(await client.get(f"{LIST}?{query}", headers=ADMIN), 422, "validation_error")
    assert error["details"][0]["field"] == query.partition("=")[0]


async def test_repeated_unknown_parameters_are_still_ignored(client: Client) -> None:
    assert (await client.get(f"{LIST}?cache=1&cache=2", headers=ADMIN)).status == 200


async def test_an_integral_float_is_an_integer(client: Client) -> None:
    """JSON Schema counts 16500884680.0 as an integer (the document says `integer`), msgspec alone did not: 422."""
    task = await submit(client, evaluate(department_number=16500884680.0, threshold=80.0))
    assert task["task_data"]["department_number"] == 16500884680
    assert task["task_data"]["threshold"] == 80
    resp = await client.post(SUBMIT, json=evaluate(department_number=1.5), headers=ADMIN)
    await error_of(resp, 422, "validation_error")


@pytest.mark.parametrize("value", ["p\n", "echo\n"])
async def test_a_trailing_newline_is_not_a_valid_name(client: Client, value: str) -> None:
    """Python's `$` also matches before a final newline: "p\\n" passed the project id pattern into Redis keys."""
    await error_of(await client.post(SUBMIT, json=echo(value), headers=ADMIN), 422, "validation_error")
    resp = await client.get(LIST, params={"task_type": value}, headers=ADMIN)
    await error_of(resp, 422, "validation_error")


#: Characters one regex dialect counts as whitespace and another does not: Python's `\s` (the server) has
#: \x1c-\x1f and \x85, ECMA's (JSON Schema readers) has \ufeff; and `$` before a final newline.
DIALECT_TRAPS = ["\x1c", "\x1d", "\x1f", "\x85", "\xa0", "\ufeff", "\u3000", "\u2028", "\n", "\t", " "]


@pytest.mark.parametrize("char", DIALECT_TRAPS, ids=[hex(ord(c)) for c in DIALECT_TRAPS])
async def test_callback_url_with_a_dialect_specific_space_is_refused(client: Client, char: str) -> None:
    """`http://\\x9d7\\x1d` matched the document's pattern (ECMA), not the server's (Python): valid, yet a 422.

    Both now spell out what they exclude, so they agree, and none of these characters is in a callback URL.
    """
    for url in (f"http://host{char}", f"http://host/path{char}", f"http://ho{char}st/"):
        resp = await client.post(SUBMIT, json=echo(callback_url=url), headers=ADMIN)
        await error_of(resp, 422, "validation_error")


@pytest.mark.parametrize("kind", [ProjectId, Name, CallbackUrl])
@pytest.mark.parametrize("char", [*DIALECT_TRAPS, "a", "é", "\u2603"])
def test_server_and_document_patterns_agree(kind: object, char: str) -> None:
    """The server (msgspec, Python `re`) and the document's readers (ECMA-like regexes) accept the same strings."""
    schema = msgspec.json.schema(kind)
    validator = jsonschema_rs.validator_for(schema)
    for value in (f"p{char}", f"{char}p", f"http://h{char}/", f"http://h/{char}", f"http://h/{char}\n"):
        try:
            msgspec.convert(value, kind)
            server = True
        except msgspec.ValidationError:
            server = False
        assert server == validator.is_valid(value), (kind, value)
