"""Per-key token bucket in Redis: bursts, 429 with Retry-After, refill, isolation, shared by API processes."""

from __future__ import annotations

import time

import msgspec
import pytest
from pytest_aiohttp import AiohttpClient
from redis.asyncio import Redis

from service.config import Settings
from service.storage import ApiKeyStore, keys
from service.storage.apikeys import digest, key_id
from tests.api_support import ADMIN, PROJECT, SCOPED, Client, echo, error_of, start
from tests.constants import ADMIN_KEY
from tests.waiting import until

LISTING = f"/api/v1/projects/{PROJECT}/tasks"
pytestmark = pytest.mark.usefixtures("redis")  # a flushed database: no bucket left over from another test


def limited(settings: Settings, per_second: float, burst: int) -> Settings:
    return msgspec.structs.replace(settings, rate_limit_per_second=per_second, rate_limit_burst=burst)


async def statuses(client: Client, count: int, headers: dict[str, str] = ADMIN) -> list[int]:
    return [(await client.get(LISTING, headers=headers)).status for _ in range(count)]


async def test_burst_then_429_with_retry_after(aiohttp_client: AiohttpClient, settings: Settings, redis: Redis) -> None:
    client = await start(aiohttp_client, limited(settings, 0.5, 3))
    assert await statuses(client, 3) == [200] * 3
    resp = await client.post("/api/v1/tasks/submit", json=echo(), headers=ADMIN)
    error = await error_of(resp, 429, "rate_limited")
    # one token every 2 s, so the next is 2 s away (whole seconds, rounded up)
    assert resp.headers["Retry-After"] == "2" and error["details"] == [{"retry_after_seconds": 2}]
    assert int(await redis.dbsize()) == 1  # the bucket; nothing was submitted


async def test_retry_after_is_at_least_one_second(aiohttp_client: AiohttpClient, settings: Settings) -> None:
    client = await start(aiohttp_client, limited(settings, 1.5, 1))
    assert (await client.get(LISTING, headers=ADMIN)).status == 200
    resp = await client.get(LISTING, headers=ADMIN)
    await error_of(resp, 429, "rate_limited")
    assert resp.headers["Retry-After"] == "1"  # the next token is under 667 ms away: never "0"


async def test_bucket_refills_at_the_configured_rate(aiohttp_client: AiohttpClient, settings: Settings) -> None:
    client = await start(aiohttp_client, limited(settings, 2, 2))
    assert await statuses(client, 3) == [200, 200, 429]

    async def served() -> bool:
        return (await client.get(LISTING, headers=ADMIN)).status == 200

    started = time.monotonic()
    await until(served, timeout=2.0)
    assert time.monotonic() - started < 1.5  # a token every 500 ms (and slack for a loaded machine)


async def test_each_key_has_its_own_bucket(aiohttp_client: AiohttpClient, settings: Settings) -> None:
    client = await start(aiohttp_client, limited(settings, 0.1, 2))
    assert await statuses(client, 3) == [200, 200, 429]
    scoped_listing = "/api/v1/projects/scoped-project/tasks"
    assert (await client.get(scoped_listing, headers=SCOPED)).status == 200


async def test_zero_disables_it(aiohttp_client: AiohttpClient, settings: Settings, redis: Redis) -> None:
    client = await start(aiohttp_client, limited(settings, 0, 1))
    assert await statuses(client, 30) == [200] * 30
    assert [name async for name in redis.scan_iter("rate_limit:*")] == []


async def test_off_by_default(aiohttp_client: AiohttpClient, redis_url: str, redis: Redis) -> None:
    client = await start(aiohttp_client, Settings(redis_url=redis_url, api_keys=ADMIN_KEY))  # the defaults
    assert await statuses(client, 400) == [200] * 400  # the old default (100/s, burst 200) refused some
    assert [name async for name in redis.scan_iter("rate_limit:*")] == []


async def test_one_bucket_across_api_processes(aiohttp_client: AiohttpClient, settings: Settings) -> None:
    tight = limited(settings, 0.1, 4)
    first, second = await start(aiohttp_client, tight), await start(aiohttp_client, tight)
    answers = [(await client.get(LISTING, headers=ADMIN)).status for client in (first, second) * 3]
    assert answers == [200] * 4 + [429] * 2


async def test_probes_and_documents_are_never_limited(aiohttp_client: AiohttpClient, settings: Settings) -> None:
    client = await start(aiohttp_client, limited(settings, 0.1, 1))
    assert await statuses(client, 2) == [200, 429]
    for path in ("/api/v1/health", "/api/v1/ready", "/api/v1/openapi.json", "/metrics"):
        for _ in range(3):
            assert (await client.get(path, headers=ADMIN)).status == 200, path


async def test_unknown_keys_get_401_and_no_bucket(
    aiohttp_client: AiohttpClient, settings: Settings, redis: Redis
) -> None:
    client = await start(aiohttp_client, limited(settings, 0.1, 1))
    for _ in range(3):
        await error_of(await client.get(LISTING, headers={"X-API-Key": "nope"}), 401, "unauthorized")
    assert [name async for name in redis.scan_iter("rate_limit:*")] == []


async def test_created_keys_are_limited_and_revocation_wins(
    aiohttp_client: AiohttpClient, settings: Settings, redis: Redis
) -> None:
    client = await start(aiohttp_client, limited(settings, 0.1, 1))
    store = ApiKeyStore(redis)
    key, stored = await store.create(name="", projects=None)
    assert await statuses(client, 2, {"X-API-Key": key}) == [200, 429]
    await store.revoke(stored.key_id)
    await error_of(await client.get(LISTING, headers={"X-API-Key": key}), 401, "unauthorized")


async def test_idle_bucket_expires_once_it_would_be_full(
    aiohttp_client: AiohttpClient, settings: Settings, redis: Redis
) -> None:
    client = await start(aiohttp_client, limited(settings, 100, 200))
    before = time.monotonic()
    await statuses(client, 1)
    ttl_ms = await redis.pttl(keys.rate_limit(key_id(digest(ADMIN_KEY))))
    since_ms = (time.monotonic() - before) * 1000
    # one token spent: full again in 1/100 s, then 1 s more; the expiry ran down while the request answered
    assert 1010 - since_ms - 1 <= ttl_ms <= 1010
