"""The Lua scripts, read once and registered on a client (EVALSHA, reloaded on NOSCRIPT).

A script may use shared functions from lua/_*.lua (arq's wire format, counters): they are prepended to its source
here, so each script stays one self-contained EVALSHA.
"""

from __future__ import annotations

from dataclasses import dataclass
from importlib.resources import files

from redis.asyncio import Redis
from redis.commands.core import AsyncScript

#: The shared lua/_{name}.lua files each script uses.
_LIBS = {
    "create": ("arq", "counters", "events", "create"),
    "schedule_fire": ("arq", "counters", "events", "create"),
    "create_batch": ("arq", "counters", "events"),
    "start": ("counters", "events"),
    "finish": ("arq", "counters", "events"),
    "progress": ("events",),
}


def source(name: str) -> str:
    lua = files("service.storage").joinpath("lua")
    libs = [lua.joinpath(f"_{lib}.lua").read_text(encoding="utf-8") for lib in _LIBS.get(name, ())]
    return "\n".join([*libs, lua.joinpath(f"{name}.lua").read_text(encoding="utf-8")])


_SOURCES = {
    name: source(name)
    for name in ("create", "create_batch", "start", "finish", "progress", "update", "page", "sizes", "read_visible")
}


@dataclass(frozen=True)
class Scripts:
    create: AsyncScript
    create_batch: AsyncScript
    start: AsyncScript
    finish: AsyncScript
    progress: AsyncScript
    update: AsyncScript
    page: AsyncScript
    sizes: AsyncScript
    read_visible: AsyncScript


def register(redis: Redis) -> Scripts:
    return Scripts(**{name: redis.register_script(src) for name, src in _SOURCES.items()})
