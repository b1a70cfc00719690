"""TLS (rediss://, client certificates) and a Redis ACL user: storage on the fast path, and real API and worker.

Needs a redis-server built with TLS (Debian's; `make test` installs it when missing). Without one these tests
are skipped, and the reason says so.
"""

from __future__ import annotations

import subprocess
import sys
from collections.abc import AsyncIterator, Iterator

import aiohttp
import pytest
from redis.asyncio import Redis
from redis.exceptions import ConnectionError as RedisConnectionError

from service.config import Settings
from service.models import TaskStatus
from service.storage import Ending, TaskStorage
from service.storage.client import connect
from tests.api_support import ADMIN, PROJECT, echo
from tests.processes import ROOT, api_process, service_env, worker_process
from tests.tls_support import ACL_PASSWORD, ACL_USER, TlsFiles, make_certificates, tls_binary, tls_redis
from tests.waiting import until

BINARY = tls_binary()
pytestmark = pytest.mark.skipif(
    BINARY is None, reason="NO TLS-CAPABLE redis-server: TLS tests NOT RUN (apt-get install redis-server)"
)


@pytest.fixture(scope="module")
def files(tmp_path_factory: pytest.TempPathFactory) -> TlsFiles:
    return make_certificates(tmp_path_factory.mktemp("tls"))


@pytest.fixture(scope="module")
def port(files: TlsFiles) -> Iterator[int]:
    assert BINARY is not None
    with tls_redis(BINARY, files) as port:
        yield port


def tls_settings(files: TlsFiles, url: str) -> Settings:
    return Settings(
        redis_url=url,
        redis_tls_ca_file=str(files.ca),
        redis_tls_cert_file=str(files.client_cert),
        redis_tls_key_file=str(files.client_key),
    )


def acl_url(port: int, password: str = ACL_PASSWORD) -> str:
    return f"rediss://{ACL_USER}:{password}@127.0.0.1:{port}/0"


@pytest.fixture
async def tls_client(files: TlsFiles, port: int) -> AsyncIterator[Redis]:
    settings = tls_settings(files, acl_url(port))
    client = connect(settings.redis_url, tls=settings.redis_tls(), connect_timeout=5, timeout=5)
    await until(lambda: _answers(client))  # the server may still be starting
    yield client
    await client.aclose()


async def _answers(client: Redis) -> bool:
    try:
        return bool(await client.ping())
    except RedisConnectionError:
        return False


async def test_storage_runs_on_the_pipelined_connection_over_tls(tls_client: Redis) -> None:
    storage = TaskStorage(tls_client, retention_seconds=3600, queue_name="arq:queue")
    try:
        assert storage._runner.pipelined is not None  # the speed layer serves TLS too
        task = await storage.create(project_id=PROJECT, task_type="echo", task_data={})
        await storage.start(task.task_id, 1)
        ended = await storage.finish(task.task_id, 1, Ending(TaskStatus.COMPLETED, result_json="1"))
        assert ended.applied and (await storage.get(task.task_id)).status is TaskStatus.COMPLETED
        clients = await tls_client.client_list()
        assert {c["user"] for c in clients} == {ACL_USER} and len(clients) >= 2  # pooled + pipelined, TLS only
    finally:
        await storage.aclose()


async def test_a_server_not_signed_by_the_ca_or_no_client_certificate_is_refused(files: TlsFiles, port: int) -> None:
    other = files.ca.parent / "other"
    other.mkdir(exist_ok=True)
    other_ca = make_certificates(other).ca
    for tls in (
        {**tls_settings(files, acl_url(port)).redis_tls(), "ssl_ca_certs": str(other_ca)},  # unknown server
        {**tls_settings(files, acl_url(port)).redis_tls(), "ssl_certfile": None, "ssl_keyfile": None},  # no client cert
    ):
        client = connect(acl_url(port), tls=tls, connect_timeout=5, timeout=5)
        storage = TaskStorage(client, retention_seconds=3600, queue_name="arq:queue")
        try:
            with pytest.raises(RedisConnectionError):
                await storage.create(project_id=PROJECT, task_type="echo", task_data={})
        finally:
            await storage.aclose()
            await client.aclose()


def test_a_wrong_password_is_a_clear_error(files: TlsFiles, port: int) -> None:
    env = service_env(acl_url(port, "not-the-password"), "k")
    env.update(REDIS_TLS_CA_FILE=str(files.ca), REDIS_TLS_CERT_FILE=str(files.client_cert))
    env.update(REDIS_TLS_KEY_FILE=str(files.client_key))
    done = subprocess.run([sys.executable, "-m", "service", "keys", "list"], env=env, cwd=ROOT,
                          capture_output=True, text=True, timeout=60)  # fmt: skip
    assert done.returncode == 1, done.stderr
    assert "invalid username-password" in done.stderr and "not-the-password" not in done.stderr


async def test_api_and_worker_over_tls_as_an_acl_user(files: TlsFiles, port: int, tls_client: Redis) -> None:
    env = service_env(acl_url(port), ADMIN["X-API-Key"])
    env.update(REDIS_TLS_CA_FILE=str(files.ca), REDIS_TLS_CERT_FILE=str(files.client_cert))
    env.update(REDIS_TLS_KEY_FILE=str(files.client_key))
    with api_process(env) as url, worker_process(env):
        async with aiohttp.ClientSession(url, headers=ADMIN) as http:
            async with http.post("/api/v1/tasks/submit", json=echo()) as resp:
                assert resp.status == 202, await resp.text()
                task_id = (await resp.json())["task_id"]
            async with http.get(f"/api/v1/tasks/{task_id}", params={"wait": "20"}) as resp:
                task = await resp.json()
            async with http.get("/api/v1/ready") as resp:
                assert resp.status == 200, await resp.text()
    assert task["status"] == "completed" and task["result"] == {"echo": {"n": 1}}
