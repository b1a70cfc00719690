"""`python -m service keys create|list|revoke`: API keys kept in Redis (only their sha256) at run time."""

from __future__ import annotations

import argparse
import asyncio
import re
import sys

from redis.exceptions import RedisError

from service.config import Settings
from service.models import PROJECT_ID_PATTERN
from service.storage.apikeys import ApiKeyStore, StoredKey
from service.storage.client import connect

_KEY_ID = re.compile(r"^[0-9a-f]{16}$")


def _project(value: str) -> str:
    if not re.fullmatch(PROJECT_ID_PATTERN, value):
        raise argparse.ArgumentTypeError(f"invalid project id {value!r} (1-64 of A-Z a-z 0-9 . _ -)")
    return value


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m service keys", description="Manage API keys kept in Redis.")
    commands = parser.add_subparsers(dest="command", required=True)
    create = commands.add_parser("create", help="create a key and print it (the only time it is shown)")
    create.add_argument("--project", action="append", type=_project, help="allowed project (repeat); none: all")
    create.add_argument("--name", default="", help="a label for listings")
    commands.add_parser("list", help="list keys: id, name, projects, created_at, revoked")
    revoke = commands.add_parser("revoke", help="revoke a key by id; it stops working on the next request")
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


async def _run(settings: Settings, args: argparse.Namespace) -> int:
    redis = connect(settings.redis_url)
    try:
        return await _COMMANDS[args.command](ApiKeyStore(redis), args)
    except (RedisError, OSError) as exc:
        print(f"service keys: Redis failed: {exc}", file=sys.stderr)
        return 1
    finally:
        await redis.aclose()


def main(argv: list[str], settings: Settings) -> int:
    """Run one keys command; the exit status."""
    return asyncio.run(_run(settings, _parser().parse_args(argv)))
