"""API keys created at run time (only a sha256 of each is stored) and the per-key rate limit."""

from __future__ import annotations

import hashlib
import secrets
from enum import IntEnum

import msgspec
from redis.asyncio import Redis

from service.storage import keys
from service.storage.codec import now_iso, pairs
from service.storage.scripts import source

#: Marks a key of this service, so that secret scanners and people can recognise a leaked one.
KEY_PREFIX = "tsk_"
_KEY_BYTES = 32  # 256 bits of randomness: a stored sha256 is then as good as the key itself

_encode = msgspec.json.Encoder().encode
_decode_projects = msgspec.json.Decoder(list[str] | None).decode


def digest(presented: str) -> str:
    """sha256 (hex) of a key as presented; surrogatepass because a header may carry any code point."""
    return hashlib.sha256(presented.encode("utf-8", "surrogatepass")).hexdigest()


def key_id(key_digest: str) -> str:
    """Names a key in listings, rate-limit and idempotency keys without revealing it."""
    return key_digest[:16]


class RateLimit(msgspec.Struct, frozen=True):
    per_second: float
    burst: int


class UnknownKeyLimit(msgspec.Struct, frozen=True):
    """Requests with an unknown key allowed per client address in each window of `window_seconds`."""

    failures: int = 20
    window_seconds: int = 60


class StoredKey(msgspec.Struct, frozen=True, kw_only=True):
    """What `keys list` shows; `projects` is None for an unrestricted key."""

    key_id: str
    name: str
    projects: list[str] | None
    created_at: str
    revoked: bool = False
    revoked_at: str | None = None


class Revoked(IntEnum):
    """apikey_revoke.lua's result codes (the same table is in the script)."""

    MISSING = -1
    ALREADY = 0
    REVOKED = 1


class Verdict(msgspec.Struct, frozen=True):
    """known: the key exists and is not revoked; retry_after_ms > 0: over its rate limit or, for an
    unknown key, its address over the unknown-key limit."""

    known: bool
    projects: frozenset[str] | None = None
    retry_after_ms: int = 0


class ApiKeyStore:
    """Create, list, revoke and check API keys; nothing is cached, so a revocation applies at once."""

    def __init__(
        self, redis: Redis, *, rate_limit: RateLimit | None = None, unknown_keys: UnknownKeyLimit | None = None
    ) -> None:
        self.redis = redis
        self.rate_limit = rate_limit
        self.unknown_keys = unknown_keys or UnknownKeyLimit()
        self._authorize = redis.register_script(source("authorize"))
        self._create = redis.register_script(source("apikey_create"))
        self._revoke = redis.register_script(source("apikey_revoke"))

    async def authorize(self, key_digest: str, *, configured: bool, address: str = "") -> Verdict:
        """Look the key up (unless it is one of API_KEYS) and charge one request to its bucket; an unknown
        key is counted against the client's `address` instead."""
        limit = self.rate_limit
        if configured and limit is None:
            return Verdict(known=True)  # nothing to ask Redis
        ident, unknown = key_id(key_digest), self.unknown_keys
        reply = await self._authorize(
            keys=[keys.api_key(ident), keys.rate_limit(ident), keys.unknown_key_failures(address)],
            args=[
                "" if configured else key_digest,
                *((limit.per_second, limit.burst) if limit else (0, 0)),
                unknown.failures,
                unknown.window_seconds * 1000,
            ],
        )
        if not reply[0]:
            return Verdict(known=False, retry_after_ms=reply[2])
        projects = None if configured else _decode_projects(reply[1])
        return Verdict(known=True, projects=None if projects is None else frozenset(projects), retry_after_ms=reply[2])

    async def charge(self, ident: str, cost: int) -> int:
        """Take `cost` more tokens from an authenticated key's bucket (a batch's other items): milliseconds to
        wait when the bucket is already in debt (nothing taken), else 0; the charge itself may leave a debt."""
        limit = self.rate_limit
        if limit is None or cost <= 0:
            return 0
        no_key = keys.api_key(ident)  # not looked up: ARGV[1] is ''
        reply = await self._authorize(
            keys=[no_key, keys.rate_limit(ident), keys.unknown_key_failures("")],
            args=["", limit.per_second, limit.burst, 0, 0, cost, 0],
        )
        return int(reply[2])

    async def create(self, *, name: str, projects: list[str] | None) -> tuple[str, StoredKey]:
        """A new key and its record; the key itself is returned here once and never stored."""
        while True:
            presented = KEY_PREFIX + secrets.token_urlsafe(_KEY_BYTES)
            key_digest = digest(presented)
            stored = StoredKey(
                key_id=key_id(key_digest),
                name=name,
                projects=None if projects is None else sorted(set(projects)),
                created_at=now_iso(),
            )
            fields = {"hash": key_digest, "name": name, "projects": _encode(stored.projects).decode()}
            fields.update(created_at=stored.created_at, revoked="0")
            created = await self._create(
                keys=[keys.api_key(stored.key_id), keys.API_KEY_IDS], args=[stored.key_id, *pairs(fields)]
            )
            if created:  # else a 64-bit id collision: draw again
                return presented, stored

    async def list(self) -> list[StoredKey]:
        ids = sorted(await self.redis.smembers(keys.API_KEY_IDS))  # type: ignore[misc]
        async with self.redis.pipeline(transaction=False) as pipe:
            for ident in ids:
                pipe.hgetall(keys.api_key(ident))
            records: list[dict[str, str]] = await pipe.execute()
        found = [_stored(ident, record) for ident, record in zip(ids, records, strict=True) if record]
        return sorted(found, key=lambda key: key.created_at)

    async def revoke(self, ident: str) -> Revoked:
        """REVOKED now, ALREADY revoked, or MISSING: no such key."""
        return Revoked(int(await self._revoke(keys=[keys.api_key(ident)], args=[now_iso()])))


def _stored(ident: str, record: dict[str, str]) -> StoredKey:
    return StoredKey(
        key_id=ident,
        name=record.get("name", ""),
        projects=_decode_projects(record.get("projects", "null")),
        created_at=record.get("created_at", ""),
        revoked=record.get("revoked") == "1",
        revoked_at=record.get("revoked_at"),
    )
