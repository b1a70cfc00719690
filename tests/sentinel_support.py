"""Redis under Sentinel on loopback, from real processes: a primary, a replica and three sentinels (quorum 2).

Failovers are quick (down-after-milliseconds 1000, failover-timeout 3000: ~2-3 s from a kill to the promotion);
a killed or frozen master comes back as a replica of the new one (`--replicaof`, as an operator or an orchestrator
restarts it; Sentinel would convert it too, more slowly). Every process is ended on the way out, even on failure.
"""

from __future__ import annotations

import asyncio
import contextlib
import shutil
import signal
import socket
import subprocess
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from redis.asyncio import Redis
from redis.exceptions import RedisError

from deploy.redis_local import candidates, free_port, server_version
from tests.processes import stop
from tests.waiting import until

MASTER_NAME = "ha"
QUORUM = 2
DOWN_AFTER_MS = 1000
FAILOVER_TIMEOUT_MS = 3000
#: A kill -> all sentinels name the new master; a restarted node -> an online replica every sentinel sees.
PROMOTION_BOUND_S = 30.0
#: Sentinel demotes a master it replaced while that one still answered only after 10-25 s here.
READY_BOUND_S = 45.0
SKIP_REASON = "NO redis-sentinel / redis-server 7: Sentinel tests NOT RUN (apt-get install redis-server redis-sentinel)"


def sentinel_binaries() -> tuple[str, str] | None:
    """(redis-server, redis-sentinel), both 7 or later (replicas that lead sentinels' elections fast), or None."""
    sentinel = shutil.which("redis-sentinel")
    servers = [path for path in candidates() if server_version(path).split(".")[0].isdigit()]
    servers = [path for path in servers if int(server_version(path).split(".")[0]) >= 7]
    return (servers[0], sentinel) if sentinel and servers else None


def _answers(port: int) -> bool:
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=0.2) as sock:
            sock.sendall(b"PING\r\n")
            return sock.recv(16).startswith(b"+PONG")
    except OSError:
        return False


def _spawn(args: list[str], port: int, log: Path) -> subprocess.Popen[bytes]:
    with log.open("ab") as out:
        proc = subprocess.Popen(args, stdout=out, stderr=subprocess.STDOUT, start_new_session=True)
    deadline = time.monotonic() + 10
    while not _answers(port):
        if proc.poll() is not None or time.monotonic() > deadline:
            stop(proc)
            raise RuntimeError(f"{args[0]} on port {port} did not start; see {log}")
        time.sleep(0.02)
    return proc


class Cluster:
    """The processes, their ports, and the moves a test makes: kill, freeze, restart as replica."""

    def __init__(self, directory: Path, server: str, sentinel: str) -> None:
        self.directory, self.server, self.sentinel = directory, server, sentinel
        self.nodes: dict[int, subprocess.Popen[bytes]] = {}
        self.sentinel_ports = [free_port() for _ in range(3)]
        self.sentinel_procs: list[subprocess.Popen[bytes]] = []

    @property
    def sentinels(self) -> str:
        """REDIS_SENTINELS for this cluster."""
        return ",".join(f"127.0.0.1:{port}" for port in self.sentinel_ports)

    def start_node(self, port: int, replica_of: int | None = None) -> None:
        args = [self.server, "--port", str(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"]
        args += ["--dir", str(self.directory), "--repl-diskless-sync-delay", "0"]  # a resync at once, not in 5 s
        if replica_of is not None:
            args += ["--replicaof", "127.0.0.1", str(replica_of)]
        self.nodes[port] = _spawn(args, port, self.directory / f"redis-{port}.log")

    def start_sentinels(self, master_port: int) -> None:
        for port in self.sentinel_ports:
            config = self.directory / f"sentinel-{port}.conf"  # Sentinel rewrites it: one file each
            config.write_text(
                f"port {port}\nbind 127.0.0.1\ndir {self.directory}\n"
                f"sentinel monitor {MASTER_NAME} 127.0.0.1 {master_port} {QUORUM}\n"
                f"sentinel down-after-milliseconds {MASTER_NAME} {DOWN_AFTER_MS}\n"
                f"sentinel failover-timeout {MASTER_NAME} {FAILOVER_TIMEOUT_MS}\n"
            )
            log = self.directory / f"sentinel-{port}.log"
            self.sentinel_procs.append(_spawn([self.sentinel, str(config)], port, log))

    def signal_node(self, port: int, signum: signal.Signals) -> None:
        self.nodes[port].send_signal(signum)
        if signum == signal.SIGKILL:
            self.nodes.pop(port).wait(10)

    def stop_all(self) -> None:
        for proc in [*self.nodes.values(), *self.sentinel_procs]:
            with contextlib.suppress(ProcessLookupError):
                proc.send_signal(signal.SIGCONT)  # a frozen node cannot stop otherwise
            stop(proc)

    async def masters(self) -> set[int | None]:
        """The master's port as each sentinel names it now (None: a sentinel that did not answer)."""
        named: set[int | None] = set()
        for port in self.sentinel_ports:
            async with Redis(port=port, socket_timeout=1, socket_connect_timeout=1) as sentinel:
                try:
                    address = await sentinel.sentinel_get_master_addr_by_name(MASTER_NAME)  # type: ignore[no-untyped-call]
                    named.add(int(address[1]) if address else None)
                except RedisError:
                    named.add(None)
        return named

    async def master(self) -> int:
        """The master all three sentinels agree on."""

        async def agreed() -> int | None:
            named = await self.masters()
            return named.pop() if len(named) == 1 else None

        found = await until(agreed, timeout=PROMOTION_BOUND_S, interval=0.05)
        assert found is not None
        return found

    async def promoted(self, old: int) -> int:
        """The new master, once every sentinel names one other than `old`."""

        async def moved() -> int | None:
            named = await self.masters()
            return named.pop() if len(named) == 1 and old not in named and None not in named else None

        found = await until(moved, timeout=PROMOTION_BOUND_S, interval=0.05)
        assert found is not None
        return found

    async def settled(self) -> int:
        """The master, once the sentinels agree on it and every other node is an online replica of it that every
        sentinel sees healthy (it could be promoted). Sentinel may fail over again on its own (a new master slow to
        answer its first pings on a loaded machine looks down): this follows whichever node ended up master."""
        found = await until(self._settled, timeout=READY_BOUND_S, interval=0.05)
        assert found is not None
        return found

    async def _settled(self) -> int | None:
        named = await self.masters()
        master = named.pop() if len(named) == 1 else None
        if master is None:
            return None
        others = [port for port in self.nodes if port != master]
        healthy = [await self._healthy(master, port, True) for port in others]
        return master if others and all(healthy) else None

    async def epoch(self) -> int:
        """Sentinel's config epoch for the master: it grows by one with each failover, asked for or not."""
        epochs = []
        for port in self.sentinel_ports:
            async with Redis(port=port, socket_timeout=1) as sentinel:
                state = await sentinel.sentinel_master(MASTER_NAME)  # type: ignore[no-untyped-call]
            epochs.append(int(state["config-epoch"]))
        return max(epochs)

    async def ready(self, master: int, replica: int, *, sentinels: bool = True) -> None:
        """Until `replica` is an online replica of `master` (WAIT counts it) and, with `sentinels`, every sentinel
        sees it healthy (it can be promoted)."""
        await until(lambda: self._healthy(master, replica, sentinels), timeout=READY_BOUND_S, interval=0.05)

    async def _healthy(self, master: int, replica: int, sentinels: bool) -> bool:
        try:
            async with Redis(port=master, socket_timeout=1, decode_responses=True) as primary:
                info = await primary.info("replication")
            online = [v for k, v in info.items() if k.startswith("slave") and isinstance(v, dict)]
            if not any(int(v["port"]) == replica and v["state"] == "online" for v in online):
                return False
            for port in self.sentinel_ports if sentinels else ():
                async with Redis(port=port, socket_timeout=1, decode_responses=True) as sentinel:
                    replicas = await sentinel.sentinel_slaves(MASTER_NAME)  # type: ignore[no-untyped-call]
                seen = [r for r in replicas if int(r["port"]) == replica and r["master-link-status"] == "ok"]
                if [r["flags"] for r in seen] != ["slave"]:
                    return False
            return True
        except (RedisError, OSError):
            return False


@contextmanager
def sentinel_cluster(directory: Path, binaries: tuple[str, str]) -> Iterator[Cluster]:
    """A primary, a replica in sync and three sentinels that see both; every process stopped on the way out.
    Blocks while they start (a few seconds): for fixtures, and for tests before they start their own load."""
    cluster = Cluster(directory, *binaries)
    try:
        primary, replica = free_port(), free_port()
        cluster.start_node(primary)
        cluster.start_node(replica, replica_of=primary)
        cluster.start_sentinels(primary)
        asyncio.run(cluster.ready(primary, replica))
        yield cluster
    finally:
        cluster.stop_all()
