"""The client's retries and time limits against real processes: 429 and 503 after Retry-After, bounded attempts,
an unreachable server, a silent one, and answers lost on the way (repeated only when that is harmless)."""

from __future__ import annotations

import asyncio
import socket
import time
from collections.abc import AsyncIterator, Iterator

import pytest
from taskclient import (
    AsyncClient,
    ConnectFailed,
    Disconnected,
    RateLimited,
    RetryPolicy,
    TaskRequest,
    TaskStatus,
    TimedOut,
    Timeouts,
    Unavailable,
)

from deploy.redis_local import free_port
from tests.client_support import LosingProxy
from tests.constants import ADMIN_KEY
from tests.processes import api_process, service_env, worker_process
from tests.waiting import until

PROJECT = "retry-project"
ONCE = RetryPolicy(attempts=1)


@pytest.fixture(scope="module")
def env(redis_url: str) -> dict[str, str]:
    return service_env(redis_url, ADMIN_KEY, MAX_WAITERS="1")  # a second ?wait= in the process gets a 503


@pytest.fixture(scope="module")
def service(api_url: str, env: dict[str, str]) -> Iterator[str]:
    with worker_process(env):
        yield api_url


@pytest.fixture(scope="module")
def limited_url(env: dict[str, str]) -> Iterator[str]:
    """An API process whose keys may make 2 requests at once, then 2 a second."""
    with api_process({**env, "RATE_LIMIT_PER_SECOND": "2", "RATE_LIMIT_BURST": "2"}) as url:
        yield url


@pytest.fixture
async def client(service: str) -> AsyncIterator[AsyncClient]:
    async with AsyncClient(service, ADMIN_KEY) as client:
        yield client


async def test_429_is_retried_after_retry_after(limited_url: str) -> None:
    async with AsyncClient(limited_url, ADMIN_KEY, retry=ONCE) as once, AsyncClient(limited_url, ADMIN_KEY) as patient:
        await once.projects()
        await once.projects()
        with pytest.raises(RateLimited) as caught:
            await once.projects()
        assert (caught.value.status, caught.value.code, caught.value.retry_after) == (429, "rate_limited", 1.0)
        started = time.monotonic()
        assert await patient.projects() == []
        assert time.monotonic() - started >= 0.9  # it waited for Retry-After before asking again


async def test_503_is_retried_after_retry_after_and_the_attempts_are_bounded(client: AsyncClient) -> None:
    slow = await client.submit(PROJECT, "sleep", {"seconds": 1.5})
    quick = await client.submit(PROJECT, "echo", {})
    holder = asyncio.create_task(client.wait(slow.task_id, timeout=20))  # holds the one waiting slot
    async with AsyncClient(client.base_url, ADMIN_KEY, retry=ONCE) as once:

        async def refused() -> bool:
            try:
                await once.wait(quick.task_id, timeout=0.1)
            except Unavailable as exc:
                return exc.code == "unavailable" and exc.retry_after == 1.0
            return False

        await until(refused)
    started = time.monotonic()
    assert (await client.wait(quick.task_id, timeout=20)).status is TaskStatus.COMPLETED
    assert time.monotonic() - started >= 0.9
    assert (await holder).status is TaskStatus.COMPLETED


async def test_an_unreachable_server_fails_fast_with_connect_failed() -> None:
    url = f"http://127.0.0.1:{free_port()}"
    started = time.monotonic()
    async with AsyncClient(url, ADMIN_KEY, retry=RetryPolicy(attempts=3, backoff=0.05)) as client:
        with pytest.raises(ConnectFailed) as caught:
            await client.get("00000000-0000-4000-8000-000000000000")
    assert url in caught.value.message and caught.value.status is None
    assert time.monotonic() - started < 2


async def test_a_silent_server_times_out() -> None:
    with socket.socket() as silent:  # accepts connections (the kernel does) and never answers
        silent.bind(("127.0.0.1", 0))
        silent.listen(8)
        url = f"http://127.0.0.1:{silent.getsockname()[1]}"
        async with AsyncClient(url, ADMIN_KEY, timeouts=Timeouts(request=0.3)) as client:
            started = time.monotonic()
            with pytest.raises(TimedOut) as caught:
                await client.projects()
            assert isinstance(caught.value, TimeoutError) and "0.3 s" in caught.value.message
            assert 0.25 <= time.monotonic() - started < 2  # not retried: a slow server is not made busier


@pytest.fixture
async def losing(service: str) -> AsyncIterator[LosingProxy]:
    proxy = LosingProxy(int(service.rsplit(":", 1)[1]), lose=1)
    yield proxy
    await proxy.close()


async def test_a_submit_whose_answer_is_lost_is_repeated_under_its_idempotency_key(
    client: AsyncClient, losing: LosingProxy
) -> None:
    async with AsyncClient(await losing.start(), ADMIN_KEY) as through:
        task = await through.submit(PROJECT, "echo", {"n": 1})
        losing.lose = 1
        batch = await through.submit_many([TaskRequest(project_id=PROJECT, task_type="echo")] * 3)
    assert (losing.lost, losing.connections) == (2, 3)  # each call: one answer lost, one repeat
    listed = [t.task_id async for t in client.iter_tasks(PROJECT, order="asc")]
    assert listed == [task.task_id, *(t.task_id for t in batch)]  # nothing submitted twice


async def test_a_cancel_whose_answer_is_lost_is_not_repeated(client: AsyncClient, losing: LosingProxy) -> None:
    task = await client.submit(PROJECT, "sleep", {"seconds": 30})
    async with AsyncClient(await losing.start(), ADMIN_KEY) as through:
        with pytest.raises(Disconnected):
            await through.cancel(task.task_id)
    assert (losing.lost, losing.connections) == (1, 1)
    assert (await client.get(task.task_id)).status is TaskStatus.CANCELLED  # the server did act on it
