"""`python -m tests.bench.redis_clients`: the submit path's Redis call, client by client, side by side.

One call = EVALSHA of a script shaped like service/storage/lua/create.lua (its 12 KEYS, its ARGV built as
TaskStorage.create builds them, its writes), from CONCURRENCY coroutines on uvloop, against a private
in-memory redis-server. Each (client, run) is a fresh child process; runs interleave the clients, so the
load of a shared machine falls on all of them alike. Reported per client, medians over the runs: the
client process's CPU per call (user + system, every thread: glide's Rust core runs in its own), the Redis
server's CPU per call (INFO cpu), and calls/s. Arguments are built before the clock starts: what differs
is the client. valkey-glide and coredis are optional (`pip install valkey-glide coredis`): a client that is
not installed is reported as such.
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import importlib
import json
import pickle
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import AbstractAsyncContextManager, asynccontextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import redis
import redis.asyncio

from deploy.redis_local import start_redis

CLIENTS = ("pipelined", "lean-pool", "off", "redis-py", "glide", "coredis")
#: What each name runs (the report's legend).
LEGEND = {
    "pipelined": "ours: PipelinedConnection.execute('EVALSHA', ...) (REDIS_PIPELINING=true)",
    "lean-pool": "ours without the pipelined connection: LeanConnectionPool + HiredisPackedConnection",
    "off": "REDIS_PIPELINING=false: LeanConnectionPool (bounded, idle close) + redis-py's Connection",
    "redis-py": "redis-py 5 as it comes: default ConnectionPool and Connection, decode_responses",
    "glide": "valkey-glide GlideClient.invoke_script (one multiplexed connection, Rust core)",
    "coredis": "coredis Redis.register_script (RESP3, decode_responses)",
}
CONCURRENCY = 32
WARMUP = 500
PROJECTS = 8

# create.lua's writes with its KEYS/ARGV layout (no Idempotency-Key): the same work on the server, a copy kept
# here so that the figure does not move when the storage package changes its scripts.
SCRIPT = """
if redis.call('EXISTS', KEYS[1], KEYS[2], KEYS[3]) > 0 then return {0} end
local fields = {}
for i = 11, #ARGV do fields[#fields + 1] = ARGV[i] end
redis.call('HSET', KEYS[1], unpack(fields))
redis.call('PEXPIREAT', KEYS[1], ARGV[3])
redis.call('PSETEX', KEYS[2], ARGV[5], ARGV[4])
redis.call('ZADD', KEYS[4], ARGV[6], ARGV[1])
for i = 5, 8 do redis.call('ZADD', KEYS[i], ARGV[2], ARGV[1]) end
redis.call('ZADD', KEYS[12], ARGV[6], ARGV[8])
redis.call('ZADD', KEYS[11], ARGV[2], ARGV[1])
local typed = ARGV[7] .. ':'
for i = 9, 10 do
  redis.call('HINCRBY', KEYS[i], 'total_tasks', 1)
  redis.call('HINCRBY', KEYS[i], typed .. 'total_tasks', 1)
  redis.call('HINCRBY', KEYS[i], 'queued_tasks', 1)
  redis.call('HINCRBY', KEYS[i], typed .. 'queued_tasks', 1)
end
return {1}
"""

Call = Callable[[list[str], list[Any]], Awaitable[Any]]


def create_call(project: str) -> tuple[list[str], list[Any]]:
    """KEYS and ARGV of one submit, as TaskStorage.create builds them (arq's job payload is a pickle)."""
    task_id, epoch, task_type = str(uuid.uuid4()), time.time(), "echo"
    stamp = datetime.fromtimestamp(epoch, UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")
    now_ms, retention_ms = int(epoch * 1000), 86_400_000
    job = pickle.dumps({"t": None, "f": task_type, "a": (task_id,), "k": {}, "et": now_ms})
    index = f"project_tasks:{project}"
    keys = [f"task:{task_id}", f"arq:job:{task_id}", f"arq:result:{task_id}", "arq:queue", index]
    keys += [f"{index}:status:queued", f"{index}:type:{task_type}", f"{index}:status:queued:type:{task_type}"]
    keys += ["task_metrics", f"project_metrics:{project}", "active_tasks", "projects"]
    fields = {
        "task_id": task_id,
        "project_id": project,
        "task_type": task_type,
        "status": "queued",
        "task_data": json.dumps({"message": "hello", "n": random.randrange(10**6)}),
        "result": "",
        "error": "",
        "metadata": json.dumps({"source": "bench"}),
        "progress": "0",
        "attempts": "0",
        "created_at": stamp,
        "updated_at": stamp,
    }
    numbers = [str(number) for number in (int(epoch * 1e6), now_ms + retention_ms)]
    args: list[Any] = [task_id, *numbers, job, str(retention_ms), str(now_ms), task_type, project, "", "task:"]
    args += [item for pair in fields.items() for item in pair]  # numbers as text: glide takes only str/bytes
    return keys, args


@asynccontextmanager
async def pipelined(url: str) -> AsyncIterator[Call]:
    from service.storage.client import connect
    from service.storage.pipelined import PipelinedConnection

    client = connect(url)
    connection = PipelinedConnection.beside(client)
    assert connection is not None, "the pipelined connection is off (REDIS_PIPELINING=false?)"
    sha = await client.script_load(SCRIPT)
    try:
        yield lambda keys, args: connection.execute("EVALSHA", sha, len(keys), *keys, *args)
    finally:
        await connection.aclose()
        await client.aclose()


@asynccontextmanager
async def redis_py(client: redis.asyncio.Redis) -> AsyncIterator[Call]:
    script = client.register_script(SCRIPT)
    try:
        yield lambda keys, args: script(keys=keys, args=args)
    finally:
        await client.aclose()


def lean_pool(url: str) -> AbstractAsyncContextManager[Call]:
    from service.storage.client import connect

    return redis_py(connect(url))


def switched_off(url: str) -> AbstractAsyncContextManager[Call]:
    from service.storage.client import connect

    return redis_py(connect(url, pipelining=False))


def plain_redis_py(url: str) -> AbstractAsyncContextManager[Call]:
    return redis_py(redis.asyncio.Redis.from_url(url, decode_responses=True))


@asynccontextmanager
async def glide(url: str) -> AsyncIterator[Call]:
    lib = importlib.import_module("glide")  # optional: imported by name, so that mypy needs no stubs for it
    host, port = url.removeprefix("redis://").split("/")[0].split(":")
    config = lib.GlideClientConfiguration([lib.NodeAddress(host, int(port))], request_timeout=5000)
    client = await lib.GlideClient.create(config)
    script = lib.Script(SCRIPT)
    try:
        yield lambda keys, args: client.invoke_script(script, keys=keys, args=args)
    finally:
        await client.close()


@asynccontextmanager
async def coredis(url: str) -> AsyncIterator[Call]:
    lib = importlib.import_module("coredis")
    host, port = url.removeprefix("redis://").split("/")[0].split(":")
    async with lib.Redis(host, int(port), decode_responses=True, max_connections=CONCURRENCY) as client:
        script = client.register_script(SCRIPT)

        async def call(keys: list[str], args: list[Any]) -> Any:
            return await script(keys=keys, args=args)

        yield call


FACTORIES: dict[str, Callable[[str], AbstractAsyncContextManager[Call]]] = {
    "pipelined": pipelined,
    "lean-pool": lean_pool,
    "off": switched_off,
    "redis-py": plain_redis_py,
    "glide": glide,
    "coredis": coredis,
}


async def fan_out(call: Call, batch: list[tuple[list[str], list[Any]]]) -> None:
    work = iter(batch)

    async def lane() -> None:
        for keys, args in work:  # the lanes share one iterator: each call is made once
            reply = await call(keys, args)
            if [int(part) for part in reply] != [1]:
                raise RuntimeError(f"unexpected reply {reply!r}")

    await asyncio.gather(*(lane() for _ in range(CONCURRENCY)))


def cpu_seconds() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)  # the whole process: every thread
    return usage.ru_utime + usage.ru_stime


def redis_cpu(server: redis.Redis) -> float:
    info: dict[str, Any] = server.info("cpu")  # type: ignore[assignment]  # a sync client: never an awaitable
    return float(info["used_cpu_user"]) + float(info["used_cpu_sys"])


async def measure(name: str, url: str, calls: int) -> dict[str, float]:
    batch = [create_call(f"project-{i % PROJECTS}") for i in range(WARMUP + calls)]
    server = redis.Redis.from_url(url)
    async with FACTORIES[name](url) as call:
        await fan_out(call, batch[:WARMUP])  # connections opened, script loaded, caches warm
        gc.collect()
        cpu, server_cpu, started = cpu_seconds(), redis_cpu(server), time.perf_counter()
        await fan_out(call, batch[WARMUP:])
        wall, cpu, server_cpu = time.perf_counter() - started, cpu_seconds() - cpu, redis_cpu(server) - server_cpu
    created = int(server.hget("task_metrics", "total_tasks") or 0)  # type: ignore[arg-type]
    server.close()
    if created != WARMUP + calls:
        raise RuntimeError(f"{name}: {created} tasks written, {WARMUP + calls} expected")
    return {"client_us": cpu / calls * 1e6, "redis_us": server_cpu / calls * 1e6, "per_s": calls / wall}


def child(name: str, url: str, calls: int) -> None:
    from service.eventloop import new_event_loop

    with asyncio.Runner(loop_factory=new_event_loop) as runner:
        print(json.dumps(runner.run(measure(name, url, calls))))


def run_one(name: str, url: str, calls: int) -> dict[str, float] | str:
    """One measurement in a fresh process; a string says why there is none."""
    redis.Redis.from_url(url).flushdb()  # keeps the script cache
    command = [sys.executable, "-m", "tests.bench.redis_clients", "--child", name, url, str(calls)]
    done = subprocess.run(command, capture_output=True, text=True, timeout=300)
    if done.returncode != 0:
        last = (done.stderr.strip().splitlines() or ["?"])[-1]
        return "not installed" if "ModuleNotFoundError" in last else f"failed: {last}"
    figures: dict[str, float] = json.loads(done.stdout.strip().splitlines()[-1])
    return figures


def report(results: dict[str, list[dict[str, float]]], failures: dict[str, str], runs: int, calls: int) -> None:
    print(f"\n{calls} create-script calls per run, {CONCURRENCY} coroutines, uvloop; medians of {runs} runs")
    print(f"{'client':<10} {'client µs/call':>15} {'redis µs/call':>14} {'calls/s':>9}  (min..max client µs)")
    for name in CLIENTS:
        if name in failures:
            print(f"{name:<10} {failures[name]}")
        elif figures := results.get(name):
            client = [f["client_us"] for f in figures]
            median = {key: statistics.median(f[key] for f in figures) for key in figures[0]}
            spread = f"({min(client):.0f}..{max(client):.0f})"
            print(
                f"{name:<10} {median['client_us']:>15.0f} {median['redis_us']:>14.0f} {median['per_s']:>9.0f}  {spread}"
            )
    print("", *(f"{name}: {LEGEND[name]}" for name in CLIENTS), sep="\n")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--calls", type=int, default=10_000, help="measured calls per run (after a warm-up)")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--only", nargs="*", choices=CLIENTS, default=list(CLIENTS))
    parser.add_argument("--child", nargs=3, metavar=("CLIENT", "URL", "CALLS"), help=argparse.SUPPRESS)
    options = parser.parse_args()
    if options.child:
        child(options.child[0], options.child[1], int(options.child[2]))
        return
    results: dict[str, list[dict[str, float]]] = {}
    failures: dict[str, str] = {}
    with tempfile.TemporaryDirectory() as data:
        proc, url = start_redis(Path(data), persistent=False)
        try:
            for run in range(options.runs):
                for name in [name for name in options.only if name not in failures]:
                    outcome = run_one(name, url, options.calls)
                    if isinstance(outcome, str):
                        failures[name] = outcome
                    else:
                        results.setdefault(name, []).append(outcome)
                        print(f"run {run + 1} {name}: {outcome['client_us']:.0f} µs/call", file=sys.stderr)
        finally:
            proc.terminate()
            proc.wait(10)
    report(results, failures, options.runs, options.calls)


if __name__ == "__main__":
    main()
