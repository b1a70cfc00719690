"""How TaskStorage runs its hot-path scripts: over the pipelined connection when there is one (redis-py's client
otherwise, and when Redis lost the script), and the durable writes followed by WAIT (service.storage.durable)."""

from __future__ import annotations

import contextlib
from typing import Any

from redis.asyncio import Redis
from redis.commands.core import AsyncScript
from redis.exceptions import NoScriptError, RedisError

from service.storage.durable import Durability
from service.storage.errors import NotReplicated
from service.storage.pipelined import PipelinedConnection
from service.storage.sentinel import LeanSentinelPool


class ScriptRunner:
    """One per TaskStorage: its pipelined connection (if any) and its durability (None: no WAIT)."""

    def __init__(self, redis: Redis, durability: Durability | None = None) -> None:
        self.redis = redis
        self.durability = durability
        self.pipelined = PipelinedConnection.beside(redis)

    async def run(self, script: AsyncScript, keys: list[str], args: list[Any]) -> Any:
        if self.pipelined is None:
            return await script(keys=keys, args=args)
        try:
            return await self.pipelined.execute("EVALSHA", script.sha, len(keys), *keys, *args)
        except NoScriptError:  # a restarted, flushed or newly promoted Redis: redis-py loads the script and runs it
            return await script(keys=keys, args=args)

    async def run_durable(self, script: AsyncScript, keys: list[str], args: list[Any]) -> Any:
        """`run`, then WAIT when durability is on: NotReplicated if too few replicas confirmed the write in time."""
        if self.durability is None:
            return await self.run(script, keys, args)
        reply, acked = await self._run_and_wait(self.durability, script, keys, args)
        if acked < self.durability.replicas:
            await self._follow_master()
            raise NotReplicated(acked, self.durability.replicas)
        return reply

    async def _follow_master(self) -> None:
        """Too few replicas may mean this server is a master no more: Sentinel promoted another while it was slow or
        cut off, and it keeps answering until Sentinel demotes it (up to ~10 s later). Ask the sentinels now, and
        leave it at once if so (redis-py's pool then closes its idle connections; ours closes the pipelined one)."""
        pool = self.redis.connection_pool
        if not isinstance(pool, LeanSentinelPool):
            return
        with contextlib.suppress(RedisError, OSError):  # sentinels out of reach too: the next write asks again
            address = await pool.locate()
            if self.pipelined is not None:
                self.pipelined.leave_unless(address)

    async def _run_and_wait(
        self, durability: Durability, script: AsyncScript, keys: list[str], args: list[Any]
    ) -> tuple[Any, int]:
        if self.pipelined is not None:
            try:
                return await self.pipelined.execute_acked(durability, "EVALSHA", script.sha, len(keys), *keys, *args)
            except NoScriptError:
                pass  # loaded below, on a connection of the pool
        one = self.redis.client()  # one connection for both: WAIT counts its own connection's writes
        try:
            await one.initialize()
            reply = await script(keys=keys, args=args, client=one)
            acked = await one.execute_command("WAIT", *durability)  # type: ignore[no-untyped-call]
        finally:
            await one.aclose(close_connection_pool=False)  # the pool is shared: only its connection goes back
        return reply, int(acked)

    async def aclose(self) -> None:
        """Close the pipelined connection, if one was opened (the Redis client is the caller's to close)."""
        if self.pipelined is not None:
            await self.pipelined.aclose()
