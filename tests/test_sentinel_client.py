"""The storage client behind Sentinel (a primary, a replica, three sentinels), and WAIT after durable writes.

Needs Debian's redis-server 7 and redis-sentinel (`make test` installs them); without them the Sentinel tests are
skipped and say so. The WAIT tests that need no replica run against the suite's own Redis.
"""

from __future__ import annotations

import asyncio
import uuid
from collections.abc import AsyncIterator, Iterator

import pytest
from redis.asyncio import Redis
from redis.exceptions import ConnectionError as RedisConnectionError

from service.config import Settings
from service.storage import NotReplicated, TaskStorage, keys
from service.storage.client import RedisTarget, connect
from service.storage.durable import Durability
from service.storage.sentinel import LeanSentinelPool
from tests.api_support import PROJECT
from tests.sentinel_support import MASTER_NAME, SKIP_REASON, Cluster, sentinel_binaries, sentinel_cluster
from tests.waiting import until
from worker.settings import arq_client

BINARIES = sentinel_binaries()
needs_sentinel = pytest.mark.skipif(BINARIES is None, reason=SKIP_REASON)


@pytest.fixture(scope="module")
def cluster(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Cluster]:
    assert BINARIES is not None
    with sentinel_cluster(tmp_path_factory.mktemp("sentinel"), BINARIES) as running:
        yield running


def ha_settings(cluster: Cluster) -> Settings:
    # REDIS_URL's host and port are not used behind Sentinel: port 9 would refuse
    return Settings(
        redis_url="redis://127.0.0.1:9/0", redis_sentinels=cluster.sentinels, redis_sentinel_master=MASTER_NAME
    )


def target(cluster: Cluster) -> RedisTarget:
    return ha_settings(cluster).redis_target()


@pytest.fixture
async def ha_storage(cluster: Cluster) -> AsyncIterator[TaskStorage]:
    client = connect(target(cluster), connect_timeout=2, timeout=5)
    storage = TaskStorage(client, retention_seconds=3600, queue_name="arq:queue", durability=Durability(1, 2000))
    yield storage
    await storage.aclose()
    await client.aclose()


async def _created(storage: TaskStorage) -> str | None:
    try:
        return (await storage.create(project_id=PROJECT, task_type="echo", task_data={})).task_id
    except (RedisConnectionError, NotReplicated):  # still on the demoted master, or its replica not back yet
        return None


async def _commands(port: int, name: str) -> int:
    async with Redis(port=port, decode_responses=True) as redis:
        stats = await redis.info("commandstats")
    return int(stats.get(f"cmdstat_{name}", {}).get("calls", 0))


@needs_sentinel
async def test_every_client_finds_the_master_named_by_the_sentinels(cluster: Cluster, ha_storage: TaskStorage) -> None:
    master = await cluster.master()
    pool = ha_storage.redis.connection_pool
    assert isinstance(pool, LeanSentinelPool)
    assert ha_storage._runner.pipelined is not None and ha_storage._runner.pipelined.locate is not None
    task_id = await _created(ha_storage)
    assert task_id is not None
    assert pool.master_address == ("127.0.0.1", master)
    arq = arq_client(ha_settings(cluster))
    try:
        assert await arq.exists(f"arq:job:{task_id}") == 1  # the worker's arq pool, on the same master
    finally:
        await arq.aclose(close_connection_pool=True)  # as arq's Worker.close does


@needs_sentinel
async def test_a_demoted_master_is_left_for_the_new_one(cluster: Cluster, ha_storage: TaskStorage) -> None:
    """SENTINEL FAILOVER demotes a live master: connections still on it get READONLY, which must mean 'reconnect'."""
    old = await cluster.master()
    assert await _created(ha_storage)  # pooled and pipelined connections now on the old master
    replica = next(port for port in cluster.nodes if port != old)
    async with Redis(port=cluster.sentinel_ports[0]) as sentinel:
        await sentinel.execute_command("SENTINEL", "FAILOVER", MASTER_NAME)
    new = await cluster.promoted(old)
    assert new == replica
    async with Redis(port=old) as demoted:  # at once, as an operator would (Sentinel does it within ~10 s)
        await demoted.replicaof("127.0.0.1", new)
    task_id = await until(lambda: _created(ha_storage), timeout=10, interval=0.05)
    assert await ha_storage.get(task_id)  # read back from the new master, through the pool
    await cluster.ready(new, old, sentinels=False)  # the sentinels take up to 10 s to see it: not needed here


@needs_sentinel
async def test_a_durable_write_waits_for_the_replica_and_shares_its_wait(
    cluster: Cluster, ha_storage: TaskStorage
) -> None:
    master = await cluster.master()
    await _created(ha_storage)
    before = await _commands(master, "wait")
    created = await asyncio.gather(*(_created(ha_storage) for _ in range(50)))
    assert all(created)
    waits = await _commands(master, "wait") - before
    assert 1 <= waits < 50  # one WAIT covers every write sent before it on its connection


@needs_sentinel
async def test_too_few_replicas_is_not_replicated_but_the_task_exists(cluster: Cluster) -> None:
    client = connect(target(cluster), connect_timeout=2, timeout=5)
    storage = TaskStorage(client, retention_seconds=3600, queue_name="arq:queue", durability=Durability(2, 200))
    task_id = str(uuid.uuid4())
    try:
        with pytest.raises(NotReplicated, match="1 of 2"):
            await storage.create(project_id=PROJECT, task_type="echo", task_data={}, task_id=task_id)
        assert (await storage.get(task_id)).task_id == task_id  # written all the same: a retry finds it
    finally:
        await storage.aclose()
        await client.aclose()


@needs_sentinel
async def test_a_replaced_master_that_still_answers_is_left_within_seconds(cluster: Cluster) -> None:
    """After a failover the old master answers, a master still, until Sentinel demotes it (~10 s): what is written
    there is lost. The clients re-ask the sentinels at most once a second, so their writes reach the new one soon."""
    client = connect(target(cluster), connect_timeout=2, timeout=5)
    storage = TaskStorage(client, retention_seconds=3600, queue_name="arq:queue")  # no WAIT: writes land anywhere
    try:
        old = await cluster.master()
        assert await _created(storage)
        async with Redis(port=cluster.sentinel_ports[0]) as sentinel:
            await sentinel.execute_command("SENTINEL", "FAILOVER", MASTER_NAME)
        new = await cluster.promoted(old)
        started = asyncio.get_running_loop().time()
        await until(lambda: _lands_on(storage, new), timeout=5, interval=0.05)
        assert asyncio.get_running_loop().time() - started < 3
    finally:
        await storage.aclose()
        await client.aclose()
    async with Redis(port=old) as demoted:  # do not wait for Sentinel: the next tests need a replica
        await demoted.replicaof("127.0.0.1", new)
    await cluster.ready(new, old, sentinels=False)


async def _lands_on(storage: TaskStorage, port: int) -> bool:
    task_id = await _created(storage)
    async with Redis(port=port) as node:
        return task_id is not None and bool(await node.exists(keys.task(task_id)))
