"""1,000 concurrent requests with unknown API keys against a Redis limited to 200 clients (issue 7, item 2).

Starts a private Redis (`CONFIG SET maxclients 200`) and one API process, then sends REQUESTS concurrent
`GET /api/v1/tasks/{id}` with a different unknown key each, one HTTP connection per request. Prints how many
got which status, how many Redis connections the API holds right after and AFTER_S later (Redis's client
count, less this script's own connection), whether a fresh redis-py client can still PING, and whether a
valid key is still served.

    .venv/bin/python -m tests.attacks.unknown_keys [--idle SECONDS]

--idle sets REDIS_IDLE_SECONDS for the API (default 3, so that the fall-back shows within AFTER_S; code
without that setting ignores it). Self-contained (stdlib, aiohttp, redis, and the project's
deploy.redis_local and tests.processes), so the same script measures an older checkout. Only 127.0.0.1;
stops by itself in well under a minute.
"""

from __future__ import annotations

import argparse
import asyncio
import collections
import tempfile
import time
import uuid
from pathlib import Path

import aiohttp
import redis

from deploy.redis_local import start_redis
from tests.processes import api_process, service_env

REQUESTS = 1000
MAXCLIENTS = 200
AFTER_S = 5.0
VALID_KEY = "attack-valid-key"
REQUEST_TIMEOUT_S = 30.0


async def attack(url: str) -> collections.Counter[str]:
    path = f"{url}/api/v1/tasks/{uuid.uuid4()}"
    timeout = aiohttp.ClientTimeout(total=REQUEST_TIMEOUT_S)
    connector = aiohttp.TCPConnector(limit=0, force_close=True)
    async with aiohttp.ClientSession(connector=connector, timeout=timeout) as session:

        async def one(n: int) -> str:
            try:
                async with session.get(path, headers={"X-API-Key": f"guess-{n}"}) as resp:
                    await resp.read()
                    return str(resp.status)
            except (aiohttp.ClientError, TimeoutError) as exc:
                return f"error {type(exc).__name__}"

        return collections.Counter(await asyncio.gather(*(one(n) for n in range(REQUESTS))))


async def valid_key_status(url: str) -> str:
    async with aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=REQUEST_TIMEOUT_S)) as session:
        try:
            async with session.get(f"{url}/api/v1/tasks/{uuid.uuid4()}", headers={"X-API-Key": VALID_KEY}) as resp:
                return f"{resp.status} (404 expected: a valid key, a missing task)"
        except (aiohttp.ClientError, TimeoutError) as exc:
            return f"error {type(exc).__name__}"


def api_connections(monitor: redis.Redis) -> int:
    """Clients connected to this private Redis, less the monitor's own connection: the API's."""
    return len(monitor.client_list()) - 1


def fresh_ping(redis_url: str) -> str:
    client = redis.Redis.from_url(redis_url, socket_connect_timeout=2, socket_timeout=2)
    try:
        return f"yes ({client.ping()})"
    except redis.RedisError as exc:
        return f"no: {exc}"
    finally:
        client.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--idle", default="3", help="REDIS_IDLE_SECONDS for the API (default 3)")
    idle = parser.parse_args().idle
    with tempfile.TemporaryDirectory() as data:
        proc, redis_url = start_redis(Path(data), persistent=False)
        try:
            monitor = redis.Redis.from_url(redis_url, single_connection_client=True)  # opened before the attack
            monitor.config_set("maxclients", MAXCLIENTS)
            env = service_env(redis_url, VALID_KEY, REDIS_IDLE_SECONDS=idle)
            with api_process(env) as url:
                print(f"API at {url}; Redis maxclients {MAXCLIENTS}; API REDIS_IDLE_SECONDS={idle}")
                print(f"API's Redis connections before: {api_connections(monitor)}")
                started = time.monotonic()
                statuses = asyncio.run(attack(url))
                print(f"{REQUESTS} concurrent requests with unknown keys in {time.monotonic() - started:.1f} s:")
                for status, count in sorted(statuses.items()):
                    print(f"  {status}: {count}")
                print(f"API's Redis connections right after: {api_connections(monitor)}")
                time.sleep(AFTER_S)
                print(f"API's Redis connections {AFTER_S:.0f} s later: {api_connections(monitor)}")
                print(f"a fresh redis-py client can PING: {fresh_ping(redis_url)}")
                print(f"a valid key from the same address: {asyncio.run(valid_key_status(url))}")
            monitor.close()
        finally:
            proc.terminate()
            proc.wait(10)


if __name__ == "__main__":
    main()
