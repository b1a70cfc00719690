"""Waiting for Redis at start-up: a process started before its Redis (or during an outage) waits for it."""

from __future__ import annotations

import asyncio
from collections.abc import Callable

from redis.asyncio import Redis
from redis.exceptions import AuthenticationError
from redis.exceptions import ConnectionError as RedisConnectionError
from redis.exceptions import TimeoutError as RedisTimeoutError

#: Pause after the first failed PING, doubled after each one up to MAX_DELAY_SECONDS: quick while Redis is just
#: starting, then one cheap connection attempt every few seconds however long it stays away.
FIRST_DELAY_SECONDS = 0.1
MAX_DELAY_SECONDS = 2.0


async def wait_for_redis(redis: Redis, notify: Callable[[str], object], *, timeout: float | None = None) -> bool:
    """Return once Redis answers PING, calling `notify` once if it did not at first; whether it had to wait.

    A loading Redis (BusyLoadingError) is waited for; a refused password is not (it will not get better).
    TimeoutError once `timeout` seconds have gone by (None: wait for ever, until cancelled).
    """
    delay, waited = FIRST_DELAY_SECONDS, False
    async with asyncio.timeout(timeout):
        while True:
            try:
                await redis.ping()
                return waited
            except AuthenticationError:
                raise
            except (RedisConnectionError, RedisTimeoutError, OSError) as exc:
                if not waited:
                    notify(f"Redis does not answer yet ({exc}); retrying until it does")
                    waited = True
            await asyncio.sleep(delay)
            delay = min(delay * 2, MAX_DELAY_SECONDS)
