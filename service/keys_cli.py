"""`python -m service keys create|list|revoke`: API keys kept in Redis (only their sha256) at run time."""

from __future__ import annotations

import argparse
import asyncio
import os
import re
import sys
from pathlib import Path
from urllib.parse import urlsplit

from redis.exceptions import RedisError

from service.config import Settings
from service.models import PROJECT_ID_PATTERN, PROJECT_ID_RULE
from service.storage.apikeys import ApiKeyStore, StoredKey
from service.storage.client import connect
from service.storage.ready import wait_for_redis

_KEY_ID = re.compile(r"^[0-9a-f]{16}$")
#: `make run` writes the URL of the Redis it uses here (under the directory it runs in) while it runs.
RUN_LOCAL_URL_FILE = Path("var") / "redis-url"
#: How long a command waits for Redis to answer (`--wait`), e.g. while `make run` is still starting.
DEFAULT_WAIT_SECONDS = 30.0


def _project(value: str) -> str:
    if not re.fullmatch(PROJECT_ID_PATTERN, value):
        raise argparse.ArgumentTypeError(f"invalid project id {value!r} ({PROJECT_ID_RULE})")
    return value


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m service keys",
        description="Manage API keys kept in Redis.",
        epilog=f"Redis: REDIS_URL if set, else the one of a running `make run` (its URL is in {RUN_LOCAL_URL_FILE}).",
    )
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--wait", type=float, default=DEFAULT_WAIT_SECONDS, help="seconds to wait for Redis (default 30)"
    )
    commands = parser.add_subparsers(dest="command", required=True)
    create = commands.add_parser(
        "create", help="create a key and print it (the only time it is shown)", parents=[common]
    )
    create.add_argument("--project", action="append", type=_project, help="allowed project (repeat); none: all")
    create.add_argument("--name", default="", help="a label for listings")
    commands.add_parser("list", help="list keys: id, name, projects, created_at, revoked", parents=[common])
    revoke = commands.add_parser(
        "revoke", help="revoke a key by id; it stops working on the next request", parents=[common]
    )
    revoke.add_argument("key_id", help="the 16 hex digit id shown by create and list")
    return parser


def _row(key: StoredKey) -> str:
    projects = "*" if key.projects is None else ",".join(key.projects)
    revoked = f"revoked {key.revoked_at}" if key.revoked else "active"
    return "\t".join((key.key_id, key.name or "-", projects, key.created_at, revoked))


async def _create(store: ApiKeyStore, args: argparse.Namespace) -> int:
    presented, stored = await store.create(name=args.name, projects=args.project)
    # stdout carries the key alone, so that KEY=$(python -m service keys create ...) works
    print(presented)
    print(f"created {_row(stored)}; the key is not stored and cannot be shown again", file=sys.stderr)
    return 0


async def _list(store: ApiKeyStore, args: argparse.Namespace) -> int:
    print("\t".join(("id", "name", "projects", "created_at", "state")))
    for key in await store.list():
        print(_row(key))
    return 0


async def _revoke(store: ApiKeyStore, args: argparse.Namespace) -> int:
    outcome = await store.revoke(args.key_id) if _KEY_ID.match(args.key_id) else -1
    if outcome < 0:
        # keys of API_KEYS live in the environment: remove them there and restart the API
        print(f"no key with id {args.key_id!r} in Redis", file=sys.stderr)
        return 1
    print(f"{args.key_id} revoked" if outcome else f"{args.key_id} was already revoked")
    return 0


_COMMANDS = {"create": _create, "list": _list, "revoke": _revoke}


def redis_url(settings: Settings) -> tuple[str, str]:
    """The Redis to use and where its URL comes from: REDIS_URL (or REDIS_SENTINELS), else a running `make run`'s,
    else the default."""
    if settings.redis_sentinels:
        return settings.redis_url, "REDIS_SENTINELS"
    if os.environ.get("REDIS_URL"):
        return settings.redis_url, "REDIS_URL"
    if RUN_LOCAL_URL_FILE.is_file():
        return RUN_LOCAL_URL_FILE.read_text().strip(), f"from {RUN_LOCAL_URL_FILE}, written by `make run`"
    return Settings().redis_url, "the default; set REDIS_URL, or start `make run` in this directory"


def _where(settings: Settings, url: str, source: str) -> str:
    if source == "REDIS_SENTINELS":
        return f"the Redis master {settings.redis_sentinel_master!r} of REDIS_SENTINELS"
    parts = urlsplit(url)
    return f"Redis at {parts.netloc.rpartition('@')[2] or parts.path} ({source})"  # never the password


def _say(message: str) -> None:
    print(f"service keys: {message}", file=sys.stderr)


async def _run(settings: Settings, args: argparse.Namespace) -> int:
    url, source = redis_url(settings)
    where = _where(settings, url, source)
    if source not in ("REDIS_URL", "REDIS_SENTINELS"):
        _say(f"using {where}")
    try:
        redis = connect(settings.redis_target()._replace(url=url))
    except ValueError as exc:  # a malformed URL
        _say(f"{source}: {exc}")
        return 2
    try:
        await wait_for_redis(redis, _say, timeout=args.wait)
        return await _COMMANDS[args.command](ApiKeyStore(redis), args)
    except TimeoutError:
        _say(f"{where} did not answer within {args.wait:g} s")
        return 1
    except (RedisError, OSError) as exc:
        _say(f"Redis failed: {exc}")
        return 1
    finally:
        await redis.aclose()


def main(argv: list[str], settings: Settings) -> int:
    """Run one keys command; the exit status (130 after Ctrl-C, without a traceback)."""
    try:
        return asyncio.run(_run(settings, _parser().parse_args(argv)))
    except KeyboardInterrupt:
        return 130
