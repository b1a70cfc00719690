"""The Lua scripts, read once and registered on a client (EVALSHA, reloaded on NOSCRIPT)."""

from __future__ import annotations

from dataclasses import dataclass
from importlib.resources import files

from redis.asyncio import Redis
from redis.commands.core import AsyncScript


def source(name: str) -> str:
    return files("service.storage").joinpath("lua", f"{name}.lua").read_text(encoding="utf-8")


_SOURCES = {name: source(name) for name in ("create", "transition", "update", "page")}


@dataclass(frozen=True)
class Scripts:
    create: AsyncScript
    transition: AsyncScript
    update: AsyncScript
    page: AsyncScript


def register(redis: Redis) -> Scripts:
    return Scripts(**{name: redis.register_script(src) for name, src in _SOURCES.items()})
