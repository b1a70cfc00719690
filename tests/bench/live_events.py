"""Live events: many subscribers of one project on one API process while events flow at a fixed rate.

Per round: a separate process (tests/bench/sse_clients.py) opens `event_subscribers` SSE streams of a fresh
project; once all are open, this process adds `event_rate` tasks a second for `event_seconds` with
TaskStorage.create, the storage call of the API's submit (create.lua: the record, the arq job and the `queued`
event in one script). Not through the API: its CPU is then the fan-out's alone (one XREAD reader, every event
written to every stream), not the fan-out's plus the submits'. No worker runs, so each task makes one event.

Rows: delivery latency (the clients' receive time minus the event id's milliseconds, i.e. Redis's time of the
XADD in the transition's script), the API's CPU over the producing window, and the events received by all
subscribers, late ones included, per second of `event_seconds` (subscribers × rate when none is lost).
"""

from __future__ import annotations

import asyncio
import json
import statistics
import sys
import time
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any, NamedTuple

import psutil  # type: ignore[import-untyped]  # no stubs in the dev dependencies

from service.storage import TaskStorage
from service.storage.client import connect
from tests.bench import procs
from tests.bench.config import Config
from tests.bench.context import Bench
from tests.bench.usage import cpu_stalled_s, snapshot
from tests.processes import ROOT

P50, P99, CPU, DELIVERED = "events: delivery p50", "events: delivery p99", "events: API CPU", "events: delivered"
#: After the last event is added: how long the subscribers have to get every event.
GRACE_S = 15.0
#: For the subscribers' process to open its streams.
OPEN_TIMEOUT_S = 60.0
ECHO: dict[str, Any] = {"n": 1}


class Round(NamedTuple):
    sent: int
    window_s: float
    cpu_pct: dict[str, float]  # % of one core over the window: "API", "clients", "Redis"
    stalled_pct: float | None  # % of the window in which a runnable task waited for a CPU (PSI)
    refused: int  # streams that did not open
    got: dict[str, Any]  # the subscribers' figures (sse_clients.figures)


def phase(b: Bench) -> None:
    """Rounds on one API process of their own (subscribers are per process), Redis flushed after each."""
    b.flush()
    config, storage, rounds = b.config, _storage(b), []
    try:
        with procs.http_process("service", b.env, b.logs / "api-events.log") as (url, api):
            for n in range(config.rounds):
                b.say(f"live events round {n + 1}/{config.rounds}: {load(config)} for {config.event_seconds:g} s")
                rounds.append(b.run(live_round(b, storage, url, psutil.Process(api.pid), f"bench-events-{n}")))
                record(b, n, rounds[-1])
                b.flush()
    finally:
        b.run(storage.aclose())
        b.run(storage.redis.aclose())
    summarise(b, rounds)


def load(config: Config) -> str:
    return f"{config.event_subscribers:,} subscribers × {config.event_rate:g} events/s"


def _storage(b: Bench) -> TaskStorage:
    redis = connect(b.redis_url, name="bench-events")
    settings = b.settings
    return TaskStorage(
        redis,
        retention_seconds=settings.task_retention_seconds,
        queue_name=settings.queue_name,
        events=settings.event_policy(),
    )


async def live_round(b: Bench, storage: TaskStorage, url: str, api: psutil.Process, project: str) -> Round:
    config = b.config
    async with subscribers(b, url, project, config.event_subscribers) as clients:
        refused = await _ready(clients)
        roles = {"API": [api], "clients": [psutil.Process(clients.pid)]}
        before, stalled, started = await snapshot(b.redis, roles), cpu_stalled_s(), time.monotonic()
        sent = await produce(storage, project, config.event_rate, config.event_seconds)
        used, window = await snapshot(b.redis, roles) - before, time.monotonic() - started
        stalled_pct = None if stalled is None else min(100.0, ((cpu_stalled_s() or 0.0) - stalled) / window * 100)
        got = await _figures(clients, sent)
    cpu = {**used.cpu_s, "Redis": used.redis_s}
    return Round(sent, window, {role: s / window * 100 for role, s in cpu.items()}, stalled_pct, refused, got)


@asynccontextmanager
async def subscribers(b: Bench, url: str, project: str, count: int) -> AsyncIterator[asyncio.subprocess.Process]:
    """The subscribers' process (tests/bench/sse_clients.py), killed on the way out if still running."""
    limit = OPEN_TIMEOUT_S + b.config.event_seconds + 2 * GRACE_S
    with (b.logs / "sse_clients.log").open("ab") as log:  # the child keeps its own descriptor
        clients = await asyncio.create_subprocess_exec(
            *(sys.executable, "-m", "tests.bench.sse_clients", url, project, str(count), "--max-seconds", f"{limit:g}"),
            stdin=asyncio.subprocess.PIPE,
            stdout=asyncio.subprocess.PIPE,
            stderr=log,
            cwd=ROOT,
            env=b.env,
        )
    try:
        yield clients
    finally:
        if clients.returncode is None:
            clients.kill()
        await clients.wait()


async def _line(clients: asyncio.subprocess.Process, timeout: float) -> str:
    assert clients.stdout is not None
    line = (await asyncio.wait_for(clients.stdout.readline(), timeout)).decode()
    if not line:
        raise RuntimeError("the event subscribers' process ended early (see sse_clients.log)")
    return line


async def _ready(clients: asyncio.subprocess.Process) -> int:
    """Once every stream has its answer: how many were refused (none opened is an error)."""
    word, opened, refused = (await _line(clients, OPEN_TIMEOUT_S)).split()
    if word != "ready" or not int(opened):
        raise RuntimeError(f"no event stream opened ({refused} refused; see api-events.log)")
    return int(refused)


async def _figures(clients: asyncio.subprocess.Process, sent: int) -> dict[str, Any]:
    assert clients.stdin is not None
    clients.stdin.write(f"expect {sent} {GRACE_S:g}\n".encode())
    await clients.stdin.drain()
    figures: dict[str, Any] = json.loads(await _line(clients, 2 * GRACE_S))
    return figures


async def produce(storage: TaskStorage, project: str, rate: float, seconds: float) -> int:
    """rate × seconds echo tasks created at an even pace, each call in a task of its own (a slow one does not
    hold up the next: the pace is the clock's); the count."""
    count, started = round(rate * seconds), time.monotonic()
    calls = []
    async with asyncio.timeout(seconds + GRACE_S):
        for i in range(count):
            if (delay := started + i / rate - time.monotonic()) > 0:
                await asyncio.sleep(delay)
            calls.append(asyncio.create_task(storage.create(project_id=project, task_type="echo", task_data=ECHO)))
        await asyncio.gather(*calls)
    return count


def record(b: Bench, n: int, got: Round) -> None:
    figures = got.got
    if figures["p50_ms"] is not None:
        b.results.add(P50, figures["p50_ms"])
        b.results.add(P99, figures["p99_ms"])
    b.results.add(CPU, got.cpu_pct["API"])
    b.results.add(DELIVERED, figures["received"] / b.config.event_seconds)  # subscribers × rate when none is lost
    lost = {"missed events": figures["missed"], "ended by the server": figures["closed"], "refused": got.refused}
    if any(lost.values()):
        said = ", ".join(f"{count} {what}" for what, count in lost.items() if count)
        b.notes.append(
            f"live events round {n + 1}: of {figures['subscribers'] + got.refused} subscribers, {said} "
            f"(the fewest events one got: {figures['fewest']} of {got.sent})"
        )


def summarise(b: Bench, rounds: list[Round]) -> None:
    """What the rows need beside them: the load, how busy the rest of the machine was."""
    config = b.config
    if not rounds:
        return
    sent_rate = statistics.median(got.sent / got.window_s for got in rounds)
    lagged = "" if sent_rate >= 0.9 * config.event_rate else f"; only {sent_rate:.0f} events/s were added"
    batched = statistics.median(got.got["received"] / max(1, got.got["reads"]) for got in rounds)
    sent = f"{config.event_subscribers * config.event_rate:,.0f}"
    b.results.rows[DELIVERED].note = f"of {sent}: {load(config)}{lagged}; {batched:.1f} events a read"
    others = [f"{role} {statistics.median(got.cpu_pct[role] for got in rounds):.0f} %" for role in ("clients", "Redis")]
    stalls = [got.stalled_pct for got in rounds if got.stalled_pct is not None]
    if stalls:
        others.append(f"a task waited for a CPU {statistics.median(stalls):.0f} % of the time")
    b.results.rows[CPU].note = "; ".join(others)
