"""Unknown API keys are throttled per client address, in Redis (shared by every API process); valid keys never are."""

from __future__ import annotations

import uuid

import msgspec
import pytest
from pytest_aiohttp import AiohttpClient
from redis.asyncio import Redis

from service.api.proxies import client_address
from service.config import Settings, load_settings
from service.setting_values import SettingsError
from service.storage import ApiKeyStore, keys
from tests.api_support import ADMIN, Client, error_of, start
from tests.waiting import until

MISSING_TASK = f"/api/v1/tasks/{uuid.uuid4()}"
ADDRESS = "127.0.0.1"  # the test client's address, as the API sees it
pytestmark = pytest.mark.usefixtures("redis")  # a flushed database: no counter left over from another test


def throttled(settings: Settings, limit: int, window_seconds: int = 60) -> Settings:
    return msgspec.structs.replace(settings, unknown_key_limit=limit, unknown_key_window_seconds=window_seconds)


async def guesses(client: Client, count: int) -> list[int]:
    return [(await client.get(MISSING_TASK, headers={"X-API-Key": f"guess-{n}"})).status for n in range(count)]


async def test_key_guessing_gets_429_past_the_limit(aiohttp_client: AiohttpClient, settings: Settings) -> None:
    client = await start(aiohttp_client, throttled(settings, 5))
    assert await guesses(client, 5) == [401] * 5
    resp = await client.get(MISSING_TASK, headers={"X-API-Key": "guess-6"})
    error = await error_of(resp, 429, "rate_limited")
    seconds = int(resp.headers["Retry-After"])
    assert 55 <= seconds <= 60 and error["details"] == [{"retry_after_seconds": seconds}]
    assert "unknown X-API-Key" in error["message"]


async def test_valid_keys_from_the_same_address_are_not_slowed(
    aiohttp_client: AiohttpClient, settings: Settings, redis: Redis
) -> None:
    client = await start(aiohttp_client, throttled(settings, 2))
    created, _ = await ApiKeyStore(redis).create(name="", projects=None)
    assert await guesses(client, 4) == [401, 401, 429, 429]
    for headers in (ADMIN, {"X-API-Key": created}):  # a configured key, and one looked up in Redis
        assert [(await client.get(MISSING_TASK, headers=headers)).status for _ in range(5)] == [404] * 5
    assert await guesses(client, 1) == [429]  # the address stays throttled for unknown keys


async def test_the_counter_expires_by_itself(aiohttp_client: AiohttpClient, settings: Settings, redis: Redis) -> None:
    client = await start(aiohttp_client, throttled(settings, 2, window_seconds=30))
    await guesses(client, 3)
    assert 0 < await redis.pttl(keys.unknown_key_failures(ADDRESS)) <= 30_000
    assert [name async for name in redis.scan_iter("*")] == [keys.unknown_key_failures(ADDRESS)]


async def test_a_new_window_lets_unknown_keys_through_again(aiohttp_client: AiohttpClient, settings: Settings) -> None:
    client = await start(aiohttp_client, throttled(settings, 1, window_seconds=1))
    assert await guesses(client, 2) == [401, 429]

    async def answered_401() -> bool:
        return await guesses(client, 1) == [401]

    await until(answered_401, timeout=5, interval=0.2)


async def test_one_counter_across_api_processes(aiohttp_client: AiohttpClient, settings: Settings) -> None:
    first, second = (
        await start(aiohttp_client, throttled(settings, 3)),
        await start(aiohttp_client, throttled(settings, 3)),
    )
    answers = [(await guesses(client, 1))[0] for client in (first, second) * 3]
    assert answers == [401] * 3 + [429] * 3


async def test_valid_and_missing_keys_leave_no_counter(
    aiohttp_client: AiohttpClient, settings: Settings, redis: Redis
) -> None:
    client = await start(aiohttp_client, throttled(settings, 1))
    for headers in (ADMIN, {}, ADMIN, {}):
        await client.get(MISSING_TASK, headers=headers)
    assert [name async for name in redis.scan_iter("unknown_key_failures:*")] == []
    assert await guesses(client, 2) == [401, 429]  # and the first unknown key is still let through


def forwarded(address: str) -> dict[str, str]:
    return {"X-API-Key": f"guess-{uuid.uuid4()}", "X-Forwarded-For": address}


async def test_forwarded_for_is_ignored_unless_the_proxy_is_trusted(
    aiohttp_client: AiohttpClient, settings: Settings
) -> None:
    client = await start(aiohttp_client, throttled(settings, 2))
    answers = [(await client.get(MISSING_TASK, headers=forwarded(f"203.0.113.{n}"))).status for n in range(3)]
    assert answers == [401, 401, 429]  # a client cannot pick its own address


async def test_behind_a_trusted_proxy_each_client_has_its_own_count(
    aiohttp_client: AiohttpClient, settings: Settings, redis: Redis
) -> None:
    behind_proxy = msgspec.structs.replace(throttled(settings, 2), trusted_proxies="10.0.0.0/8, 127.0.0.1")
    client = await start(aiohttp_client, behind_proxy)

    async def status(address: str) -> int:
        return (await client.get(MISSING_TASK, headers=forwarded(address))).status

    # what the client wrote itself (left of the hops the proxies appended) does not matter
    assert [await status(f"192.0.2.{n}, 203.0.113.1, 10.0.0.2") for n in range(3)] == [401, 401, 429]
    assert await status("203.0.113.2") == 401  # another client behind the same proxy: its own count
    assert await redis.exists(keys.unknown_key_failures("203.0.113.1"), keys.unknown_key_failures("203.0.113.2")) == 2


def test_client_address_is_the_rightmost_untrusted_hop() -> None:
    proxies = Settings(trusted_proxies="10.0.0.0/8,::1").trusted_networks()
    assert client_address("10.0.0.1", ["192.0.2.1, 198.51.100.7", "10.0.0.2"], proxies) == "198.51.100.7"
    assert client_address("::1", ["10.0.0.3"], proxies) == "10.0.0.3"  # every hop trusted: the last one
    assert client_address("10.0.0.1", ["198.51.100.7, garbage"], proxies) == "10.0.0.1"  # not an address: stop


def test_a_bad_trusted_proxy_names_the_variable() -> None:
    with pytest.raises(SettingsError, match="TRUSTED_PROXIES"):
        load_settings({"TRUSTED_PROXIES": "10.0.0.0/8, proxy.internal"})
