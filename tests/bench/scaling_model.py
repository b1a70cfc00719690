"""The capacity model from the per-task costs, and the Markdown tables of `make scale` (the model with its
arithmetic, the scaling curve, the check of the one against the other)."""

from __future__ import annotations

import math
from dataclasses import dataclass

from tests.bench.scaling_cells import KINDS, Cell
from tests.bench.usage import Cost

#: Commands listed by name in the per-task table; the rest are summed in one line.
TOP_COMMANDS = 12


@dataclass(frozen=True)
class Model:
    """Per task (µs of CPU), and the cores of this machine."""

    redis_us: float
    api_us: float
    worker_us: float
    client_us: float
    cores: int

    @property
    def ceiling(self) -> float:
        """Tasks/s one Redis primary serves at 100 % of its one core (Redis runs commands on one thread)."""
        return 1e6 / self.redis_us

    def cores_at(self, rate: float, us: float) -> float:
        return rate * us / 1e6

    @property
    def service_us(self) -> float:
        return self.redis_us + self.api_us + self.worker_us

    @property
    def machine_rate(self) -> float:
        """Tasks/s this machine's cores allow when Redis, API, workers and the load generator share them."""
        return self.cores * 1e6 / (self.service_us + self.client_us)


def fmt(value: float, digits: int = 0) -> str:
    return f"{value:,.{digits}f}"


def per_task_table(cost: Cost, client_us: float) -> str:
    lines = ["| per task (1 API × 1 worker) | value | unit |", "| --- | ---: | --- |"]
    lines += [
        f"| Redis commands | {fmt(cost.total_commands, 1)} | commands |",
        f"| Redis CPU | {fmt(cost.redis_us)} | µs |",
        f"| API CPU | {fmt(cost.cpu_us['API'])} | µs |",
        f"| worker CPU | {fmt(cost.cpu_us['worker'])} | µs |",
        f"| load generator CPU (the 1 × 1 cell below) | {fmt(client_us)} | µs |",
        f"| end to end | {fmt(cost.rate)} | tasks/s |",
    ]
    ranked = sorted(cost.commands.items(), key=lambda item: (-item[1], item[0]))
    rest = sum(n for _, n in ranked[TOP_COMMANDS:])
    by_command = ", ".join(f"{name} {n:.2f}" for name, n in ranked[:TOP_COMMANDS])
    return "\n".join(lines) + f"\n\nRedis commands per task by command: {by_command}, others {rest:.2f}."


def _processes(cores: float) -> int:
    return max(1, math.ceil(cores))


def _plural(n: int, what: str) -> str:
    return f"{n} {what}" + ("es" if n != 1 else "")


def model_lines(m: Model) -> str:
    api, worker = m.cores_at(m.ceiling, m.api_us), m.cores_at(m.ceiling, m.worker_us)
    return "\n".join(
        [
            f"- ceiling of one Redis primary = 1 s / Redis CPU per task = 1,000,000 µs / {fmt(m.redis_us)} µs "
            f"= **{fmt(m.ceiling)} tasks/s**",
            f"- API at that rate: {fmt(m.ceiling)} tasks/s × {fmt(m.api_us)} µs = {api:.2f} cores → "
            f"**{_plural(_processes(api), 'API process')}** (one core each at most: one event loop per process)",
            f"- workers at that rate: {fmt(m.ceiling)} tasks/s × {fmt(m.worker_us)} µs = {worker:.2f} cores → "
            f"**{_plural(_processes(worker), 'worker process')}**",
            f"- all of it on one box: {fmt(m.ceiling)} × ({fmt(m.redis_us)} + {fmt(m.api_us)} + "
            f"{fmt(m.worker_us)}) µs = {m.cores_at(m.ceiling, m.service_us):.2f} cores, load generator not counted",
            f"- this machine ({m.cores} cores, shared with the load generator): {m.cores} × 1,000,000 µs / "
            f"({fmt(m.redis_us)} + {fmt(m.api_us)} + {fmt(m.worker_us)} + {fmt(m.client_us)}) µs "
            f"= **{fmt(m.machine_rate)} tasks/s** at most, Redis then at "
            f"{100 * m.cores_at(m.machine_rate, m.redis_us):.0f} % of its core",
        ]
    )


def _rate(cell: Cell) -> str:
    spread = f" ({fmt(min(cell.rates))}–{fmt(max(cell.rates))})" if len(cell.rates) > 1 else ""
    return fmt(cell.rate) + spread + (f" (timed out: {cell.completed:,} of {cell.tasks:,})" if cell.timed_out else "")


def _cell_row(cell: Cell) -> str:
    rate = _rate(cell)
    cpu = " | ".join(f"{cell.core_pct(kind):.0f}" for kind in KINDS)
    total = sum(cell.core_pct(kind) for kind in KINDS)
    stall = "-" if cell.stalled_s is None else f"{100 * cell.stalled_s / cell.window_s:.0f}"
    return (
        f"| {cell.api} | {cell.workers} | {cell.tasks:,} | {rate} | {cpu} | {total:.0f} | {stall} | {cell.load:.1f} |"
    )


def curve_table(cells: list[Cell], cores: int) -> str:
    head = " | ".join(f"{kind} %" for kind in KINDS)
    lines = [
        f"| API processes | workers | tasks | tasks/s (passes) | {head} | sum % (of {100 * cores}) "
        "| CPU wait % | load |",
        "| ---: | ---: | ---: | ---: |" + " ---: |" * (len(KINDS) + 3),
    ]
    return "\n".join(lines + [_cell_row(cell) for cell in cells])


def per_cell_cost_table(cells: list[Cell]) -> str:
    head = " | ".join(f"{kind} µs" for kind in KINDS)
    lines = [
        f"| API processes | workers | Redis commands | {head} |",
        "| ---: | ---: | ---: |" + " ---: |" * len(KINDS),
    ]
    for cell in cells:
        costs = " | ".join(fmt(cell.per_task_us(kind)) for kind in KINDS)
        lines.append(f"| {cell.api} | {cell.workers} | {cell.commands:.1f} | {costs} |")
    return "\n".join(lines)


def check_lines(m: Model, cells: list[Cell]) -> str:
    """The model against the measured cells: the fastest one, and Redis's share of a core in it."""
    best = max(cells, key=lambda cell: cell.rate)
    redis_pct, predicted_pct = best.core_pct("Redis"), 100 * m.cores_at(best.rate, m.redis_us)
    implied = best.rate * 100 / redis_pct if redis_pct else float("nan")
    return "\n".join(
        [
            f"- fastest cell: {best.api} API × {best.workers} worker(s), {fmt(best.rate)} tasks/s = "
            f"{100 * best.rate / m.machine_rate:.0f} % of the model's {fmt(m.machine_rate)} tasks/s for this machine",
            f"- Redis in that cell: measured {redis_pct:.0f} % of a core; the model says {fmt(best.rate)} × "
            f"{fmt(m.redis_us)} µs = {predicted_pct:.0f} %",
            f"- the ceiling that cell implies: {fmt(best.rate)} tasks/s / {redis_pct / 100:.2f} of a core = "
            f"{fmt(implied)} tasks/s (model: {fmt(m.ceiling)})",
            f"- all kinds in that cell: {sum(best.core_pct(k) for k in KINDS):.0f} % of {100 * m.cores} % "
            f"(CPU wait {_stall(best)}: other work on the machine took the rest)",
        ]
    )


def _stall(cell: Cell) -> str:
    return "?" if cell.stalled_s is None else f"{100 * cell.stalled_s / cell.window_s:.0f} % of the window"


def model_of(cost: Cost, client_us: float, cores: int) -> Model:
    return Model(cost.redis_us, cost.cpu_us["API"], cost.cpu_us["worker"], client_us, cores)
