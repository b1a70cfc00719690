"""What a stretch of a run costs: Redis commands by command (`INFO commandstats`), Redis CPU (`INFO cpu`),
and the CPU of each role's processes (psutil, from the kernel's accounting); then per item."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import psutil  # type: ignore[import-untyped]  # no stubs in the dev dependencies
from redis.asyncio import Redis

NOT_COUNTED = frozenset({"info"})  # the snapshots' own
#: Linux's pressure stall information for CPUs (PSI): how long runnable tasks waited for one.
CPU_PRESSURE = Path("/proc/pressure/cpu")


@dataclass(frozen=True)
class Usage:
    """Counters (since start, or a difference): Redis calls by command, Redis CPU, CPU by process role."""

    calls: dict[str, float]
    redis_s: float
    cpu_s: dict[str, float]

    def __sub__(self, other: Usage) -> Usage:
        calls = {name: n - other.calls.get(name, 0) for name, n in self.calls.items()}
        cpu = {role: s - other.cpu_s.get(role, 0.0) for role, s in self.cpu_s.items()}
        return Usage(calls, self.redis_s - other.redis_s, cpu)

    def times(self, factor: float) -> Usage:
        cpu = {role: s * factor for role, s in self.cpu_s.items()}
        return Usage({name: n * factor for name, n in self.calls.items()}, self.redis_s * factor, cpu)


@dataclass(frozen=True)
class Cost:
    """Per task (or job) over one round."""

    items: int
    rate: float  # items/s, first created to last finished
    commands: dict[str, float]  # by command
    redis_us: float
    cpu_us: dict[str, float]  # by role ("API", "worker")

    @property
    def total_commands(self) -> float:
        return sum(self.commands.values())

    @property
    def total_cpu_us(self) -> float:
        return self.redis_us + sum(self.cpu_us.values())


Roles = dict[str, list[psutil.Process]]


def cpu_seconds(procs_: list[psutil.Process]) -> float:
    """User + system CPU of the processes and of their children (an API with --workers forks)."""
    total = 0.0
    for top in procs_:
        for proc in [top, *top.children(recursive=True)]:
            times = proc.cpu_times()
            total += times.user + times.system
    return total


async def snapshot(redis: Redis, roles: Roles) -> Usage:
    cpu = await redis.info("cpu")
    stats = await redis.info("commandstats")
    calls = {name.removeprefix("cmdstat_"): float(stat["calls"]) for name, stat in stats.items()}
    return Usage(
        calls={name: n for name, n in calls.items() if name not in NOT_COUNTED},
        redis_s=float(cpu["used_cpu_sys"]) + float(cpu["used_cpu_user"]),
        cpu_s={role: cpu_seconds(procs_) for role, procs_ in roles.items()},
    )


def cost(used: Usage, items: int, span_s: float) -> Cost:
    commands = {name: n / items for name, n in used.calls.items() if n}
    cpu_us = {role: s * 1e6 / items for role, s in used.cpu_s.items()}
    return Cost(items, items / span_s, commands, used.redis_s * 1e6 / items, cpu_us)


def cpu_stalled_s() -> float | None:
    """Seconds since boot in which at least one runnable task waited for a CPU (PSI "some"); None without PSI.
    Over a window, a large share means the machine had more work than cores: rates and latencies suffer."""
    try:
        some = CPU_PRESSURE.read_text().splitlines()[0]
        return int(some.rsplit("total=", 1)[1]) / 1e6
    except (OSError, IndexError, ValueError):
        return None
