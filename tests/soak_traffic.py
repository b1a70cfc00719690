"""The soak test's traffic: a seeded, weighted mix of API calls at a steady rate, each checked against its status."""

from __future__ import annotations

import asyncio
import random
import time
import uuid
from collections import Counter, defaultdict
from collections.abc import Callable
from typing import Any, NamedTuple

import aiohttp
import msgspec

KEY = "soak-admin-key"
AUTH = {"X-API-Key": KEY}
PROJECTS = ("soak-a", "soak-b", "soak-c")
FILTERS = {"status": ("queued", "processing", "completed", "failed", "cancelled"), "task_type": ("echo", "sleep")}
MAX_IN_FLIGHT = 1000  # past this the client is the bottleneck: the achieved rate drops and the report shows it
TIMEOUT = 10.0  # seconds per request, on top of any ?wait
MAX_EXAMPLES = 10


class Call(NamedTuple):
    kind: str
    method: str
    path: str
    body: Any = None
    expected: frozenset[int] = frozenset({200})
    headers: dict[str, str] = AUTH
    raw: bytes | None = None  # sent as it is, for the deliberately malformed requests


def _submit(kind: str, project: str, task_type: str, task_data: dict[str, Any]) -> Call:
    body = {"project_id": project, "task_type": task_type, "task_data": task_data, "metadata": {"soak": kind}}
    return Call(kind, "POST", "/api/v1/tasks/submit", body, frozenset({202}))


_BAD_BODY = {"project_id": PROJECTS[0], "task_type": "nope", "task_data": {}}
#: Deliberately bad requests and the one status each must get.
BAD_CALLS = (
    Call("bad", "POST", "/api/v1/tasks/submit", None, frozenset({400}), raw=b'{"project_id": '),
    Call("bad", "POST", "/api/v1/tasks/submit", _BAD_BODY, frozenset({422})),
    Call("bad", "POST", "/api/v1/tasks/submit", _BAD_BODY, frozenset({401}), headers={}),
    Call("bad", "GET", f"/api/v1/projects/{PROJECTS[0]}/tasks?limit=0", None, frozenset({422})),
    Call("bad", "GET", f"/api/v1/tasks/{uuid.UUID(int=0)}", None, frozenset({404})),
    Call("bad", "GET", f"/api/v1/tasks/{uuid.UUID(int=0)}?wait=61", None, frozenset({422})),
    Call("bad", "GET", "/api/v1/tasks/submit", None, frozenset({405})),
)


class Tally:
    """What the traffic saw: per kind counts and latencies, problems by class, accepted task ids by project."""

    def __init__(self) -> None:
        self.counts: Counter[str] = Counter()
        self.latencies: defaultdict[str, list[float]] = defaultdict(list)
        self.problems: Counter[str] = Counter()
        self.examples: list[str] = []
        self.accepted: defaultdict[str, list[str]] = defaultdict(list)  # by project
        self.task_ids: list[str] = []

    def problem(self, kind: str, detail: str) -> None:
        self.problems[kind] += 1
        if len(self.examples) < MAX_EXAMPLES:
            self.examples.append(f"{kind}: {detail}")


class Traffic:
    """Builds the next call from a seeded random mix and sends it."""

    def __init__(self, base_url: str, seed: int) -> None:
        self.base_url = base_url
        self.rng = random.Random(seed)
        self.tally = Tally()
        self.recent: list[str] = []  # the latest accepted ids: cancels and waits hit live tasks
        weighted: list[tuple[int, Callable[[], Call]]] = [
            (20, self._echo), (12, self._sleep), (15, self._evaluate), (3, self._failing),
            (15, self._get), (5, self._wait), (10, self._list), (4, self._metrics),
            (2, self._prometheus), (5, self._cancel), (6, lambda: self.rng.choice(BAD_CALLS)),
            (3, lambda: Call("health", "GET", "/api/v1/health")),
        ]  # fmt: skip
        self.weights = [weight for weight, _ in weighted]
        self.builders = [builder for _, builder in weighted]

    def next_call(self) -> Call:
        return self.rng.choices(self.builders, self.weights)[0]()

    def _project(self) -> str:
        return self.rng.choice(PROJECTS)

    def _echo(self) -> Call:
        return _submit("submit echo", self._project(), "echo", {"n": self.rng.randrange(10**6), "text": "soak " * 20})

    def _sleep(self) -> Call:
        seconds = round(self.rng.uniform(0.01, 0.5), 3)
        return _submit("submit sleep", self._project(), "sleep", {"seconds": seconds, "progress_steps": 2})

    def _failing(self) -> Call:
        return _submit("submit sleep (fails)", self._project(), "sleep", {"seconds": 0.01, "fail": True})

    def _evaluate(self) -> Call:
        items = [{"title": f"Item {i}", "content": "Act one. " * 30, "source": "soak"} for i in range(5)]
        task_data = {"department_slug": "story", "department_number": 1, "gather_data": items}
        return _submit("submit evaluate", self._project(), "evaluate_department", task_data)

    def _get(self) -> Call:
        ids = self.tally.task_ids
        return Call("get", "GET", f"/api/v1/tasks/{self.rng.choice(ids)}") if ids else self._echo()

    def _wait(self) -> Call:
        return (
            Call("get ?wait=2", "GET", f"/api/v1/tasks/{self.rng.choice(self.recent)}?wait=2")
            if self.recent
            else self._echo()
        )

    def _cancel(self) -> Call:
        if not self.recent:
            return self._echo()
        return Call(
            "cancel", "POST", f"/api/v1/tasks/{self.rng.choice(self.recent)}/cancel", expected=frozenset({200, 409})
        )

    def _list(self) -> Call:
        query = {name: self.rng.choice(values) for name, values in FILTERS.items() if self.rng.random() < 0.5}
        query |= {"limit": str(self.rng.randint(1, 200)), "order": self.rng.choice(("asc", "desc"))}
        path = f"/api/v1/projects/{self._project()}/tasks?" + "&".join(f"{k}={v}" for k, v in query.items())
        return Call("list", "GET", path)

    def _metrics(self) -> Call:
        suffix = f"?project_id={self._project()}" if self.rng.random() < 0.5 else ""
        return Call("metrics", "GET", f"/api/v1/tasks/metrics{suffix}")

    def _prometheus(self) -> Call:
        return Call("prometheus", "GET", "/metrics")

    async def send(self, session: aiohttp.ClientSession, call: Call) -> None:
        data = call.raw if call.raw is not None else (msgspec.json.encode(call.body) if call.body is not None else None)
        headers = {**call.headers, **({"Content-Type": "application/json"} if data is not None else {})}
        timeout = aiohttp.ClientTimeout(total=TIMEOUT + (2 if "wait=" in call.path else 0))
        started = time.monotonic()
        try:
            async with session.request(call.method, call.path, data=data, headers=headers, timeout=timeout) as resp:
                body = await resp.read()
        except TimeoutError:
            self.tally.problem("timeout", f"{call.method} {call.path}")
            return
        except aiohttp.ClientError as exc:
            self.tally.problem("connection error", f"{call.method} {call.path}: {exc!r}")
            return
        self._record(call, resp.status, body, time.monotonic() - started)

    def _record(self, call: Call, status: int, body: bytes, seconds: float) -> None:
        self.tally.counts[call.kind] += 1
        self.tally.latencies[call.kind].append(seconds)
        if status >= 500:
            self.tally.problem("5xx", f"{call.method} {call.path} -> {status} {body[:200]!r}")
        elif status not in call.expected:
            self.tally.problem("unexpected status", f"{call.method} {call.path} -> {status} {body[:200]!r}")
        elif status == 202:
            task_id = msgspec.json.decode(body)["task_id"]
            self.tally.accepted[call.body["project_id"]].append(task_id)
            self.tally.task_ids.append(task_id)
            self.recent = [*self.recent[-49:], task_id]

    async def run(
        self, session: aiohttp.ClientSession, seconds: float, rate: float, on_warm: Callable[[], None]
    ) -> float:
        """Send `rate` calls a second for `seconds` (open loop), calling on_warm after a tenth of the time (at most
        15 s); returns the achieved rate."""
        loop = asyncio.get_running_loop()
        started = next_at = loop.time()
        warm_at: float | None = started + min(seconds / 10, 15.0)
        in_flight = asyncio.Semaphore(MAX_IN_FLIGHT)
        pending: set[asyncio.Task[None]] = set()
        sent = 0
        while loop.time() < started + seconds:
            if warm_at is not None and loop.time() >= warm_at:
                on_warm()
                warm_at = None
            await in_flight.acquire()
            pending.add(task := asyncio.create_task(self.send(session, self.next_call())))
            task.add_done_callback(pending.discard)
            task.add_done_callback(lambda _: in_flight.release())
            sent, next_at = sent + 1, next_at + 1.0 / rate
            await asyncio.sleep(max(0.0, next_at - loop.time()))
        elapsed = loop.time() - started
        await asyncio.gather(*pending)
        return sent / elapsed
