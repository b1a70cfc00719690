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
    TaskServiceError,
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
    """An API process whose keys may make one request at once, then one every 2 s."""
    with api_process({**env, "RATE_LIMIT_PER_SECOND": "0.5", "RATE_LIMIT_BURST": "1"}) as url:
        yield url


@pytest.fixture
async def client(service: str) -> AsyncIterator[AsyncClient]:
    async with AsyncClient(service, ADMIN_KEY) as client:
        yield client


class Retries:
    """RetryPolicy.on_retry's calls: each error and the wait before the next try; `first` is set at the first."""

    def __init__(self) -> None:
        self.seen: list[tuple[TaskServiceError, float]] = []
        self.first = asyncio.Event()

    def __call__(self, error: TaskServiceError, delay: float) -> None:
        self.seen.append((error, delay))
        self.first.set()


async def test_429_is_retried_after_retry_after(limited_url: str) -> None:
    retries = Retries()
    patient = AsyncClient(limited_url, ADMIN_KEY, retry=RetryPolicy(on_retry=retries))
    async with AsyncClient(limited_url, ADMIN_KEY, retry=ONCE) as once, patient:

        async def refused() -> RateLimited | None:
            try:
                await once.projects()
            except RateLimited as exc:
                return exc
            return None

        error = await until(refused)  # the bucket is empty: the next token comes in 2 s
        assert error is not None and (error.status, error.code) == (429, "rate_limited")
        assert error.retry_after in (1.0, 2.0)  # whole seconds, rounded up
        assert await patient.projects() == []
    first, delay = retries.seen[0]  # the patient client was refused too, and waited as told before trying again
    assert isinstance(first, RateLimited) and first.retry_after == delay


async def test_503_is_retried_after_retry_after_and_the_attempts_are_bounded(client: AsyncClient) -> None:
    slow = await client.submit(PROJECT, "sleep", {"seconds": 30})
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
    bounded, retries = Retries(), Retries()
    async with AsyncClient(client.base_url, ADMIN_KEY, retry=RetryPolicy(attempts=2, on_retry=bounded)) as twice:
        with pytest.raises(Unavailable):
            await twice.wait(quick.task_id, timeout=20)
    assert [delay for _, delay in bounded.seen] == [1.0]  # two tries, Retry-After between them
    async with AsyncClient(client.base_url, ADMIN_KEY, retry=RetryPolicy(on_retry=retries)) as patient:
        waiting = asyncio.create_task(patient.wait(quick.task_id, timeout=20))
        async with asyncio.timeout(10):
            await retries.first.wait()  # refused once: now the slot is freed
        await client.cancel(slow.task_id)
        assert (await waiting).status is TaskStatus.COMPLETED
    assert (await holder).status is TaskStatus.CANCELLED
    assert retries.seen[0][1] == 1.0 and isinstance(retries.seen[0][0], Unavailable)


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
