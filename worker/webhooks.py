"""Signed webhook delivery: POST a finished task to its callback_url, retried with backoff, outcome on the task."""

from __future__ import annotations

import asyncio
import hashlib
import hmac
import logging
from typing import Any

import aiohttp
import msgspec
from arq.worker import Function, Retry, func

from service.config import Settings
from service.models import Task, WebhookOutcome, WebhookState
from service.storage import TaskNotFound, TaskStorage
from service.storage.codec import now_iso
from service.storage.moves import WEBHOOK_FUNCTION
from worker.context import WorkerContext
from worker.netguard import CallbackTarget, RefusedTarget, parse_callback, resolve

log = logging.getLogger(__name__)

MAX_ATTEMPTS = 8
BASE_DELAY_SECONDS = 1.0  # 1, 2, 4 ... s between attempts
MAX_DELAY_SECONDS = 300.0
ATTEMPT_TIMEOUT_SECONDS = 10.0  # resolve + connect + send + read, per attempt
MAX_RESPONSE_BYTES = 64 * 1024  # read and dropped; the answer's status is all that counts

#: States after which nothing more is sent; a re-run of the job (lost worker) stops at them.
FINISHED = frozenset(WebhookState) - {WebhookState.PENDING}

_encode = msgspec.json.Encoder().encode


class DeliveryPolicy(msgspec.Struct, frozen=True, kw_only=True):
    """Attempts, backoff and limits of one delivery; tests pass a fast one instead of sleeping."""

    max_attempts: int = MAX_ATTEMPTS
    base_delay: float = BASE_DELAY_SECONDS
    max_delay: float = MAX_DELAY_SECONDS
    attempt_timeout: float = ATTEMPT_TIMEOUT_SECONDS
    max_response_bytes: int = MAX_RESPONSE_BYTES

    def backoff(self, attempt: int) -> float:
        """Seconds to wait after failed attempt number `attempt` (1-based)."""
        return float(min(self.base_delay * 2 ** (attempt - 1), self.max_delay))


DEFAULT_POLICY = DeliveryPolicy()


class Attempt(msgspec.Struct, frozen=True, kw_only=True):
    """What one POST got: a status code, or an error without one."""

    status_code: int | None = None
    error: str | None = None

    @property
    def delivered(self) -> bool:
        return self.status_code is not None and 200 <= self.status_code < 300


def sign(secret: str, body: bytes) -> str:
    """The X-Signature value: HMAC-SHA256 of the raw body."""
    return "sha256=" + hmac.new(secret.encode(), body, hashlib.sha256).hexdigest()


async def deliver_webhook(ctx: WorkerContext | dict[str, Any], task_id: str) -> None:
    """arq job enqueued by the final transition of a task with a callback_url."""
    await deliver(ctx, task_id, DEFAULT_POLICY)


def webhook_function(policy: DeliveryPolicy = DEFAULT_POLICY) -> Function:
    """deliver_webhook as arq must register it: max_tries and timeout derived from the policy."""

    async def deliver_with_policy(ctx: WorkerContext | dict[str, Any], task_id: str) -> None:
        await deliver(ctx, task_id, policy)

    coroutine = deliver_webhook if policy == DEFAULT_POLICY else deliver_with_policy
    # One arq try more than the policy allows: if a worker dies during the last attempt, arq would
    # otherwise drop the job without calling us and the outcome would stay "pending" for ever.
    return func(
        coroutine, name=WEBHOOK_FUNCTION, max_tries=policy.max_attempts + 1, timeout=policy.attempt_timeout + 10
    )


async def deliver(ctx: WorkerContext | dict[str, Any], task_id: str, policy: DeliveryPolicy) -> None:
    """One delivery attempt; records its outcome and raises Retry while attempts remain."""
    storage: TaskStorage = ctx["storage"]
    try:
        task = await storage.get(task_id)
    except TaskNotFound:
        return  # expired or removed: there is nothing left to report
    previous = task.webhook or WebhookOutcome(state=WebhookState.PENDING)
    if task.callback_url is None or previous.state in FINISHED:
        return
    attempt = int(ctx.get("job_try") or 1)
    if attempt > policy.max_attempts:
        # Only reached when a worker died during the last attempt (see webhook_function).
        await storage.set_webhook(task_id, msgspec.structs.replace(previous, state=WebhookState.FAILED))
        return
    settings: Settings = ctx["settings"]
    try:
        result = await _attempt(ctx["http"], settings, task, attempt, policy)
    except RefusedTarget as exc:
        log.warning("webhook for task %s refused: %s", task_id, exc)
        await storage.set_webhook(
            task_id, WebhookOutcome(state=WebhookState.REFUSED, attempts=attempt, last_error=str(exc))
        )
        return
    await _conclude(storage, task_id, attempt, result, policy)


async def _conclude(storage: TaskStorage, task_id: str, attempt: int, result: Attempt, policy: DeliveryPolicy) -> None:
    """Record the attempt's outcome; Retry when it failed and attempts remain."""
    if result.delivered:
        state, delivered_at = WebhookState.DELIVERED, now_iso()
    else:
        state = WebhookState.FAILED if attempt >= policy.max_attempts else WebhookState.PENDING
        delivered_at = None
    outcome = WebhookOutcome(
        state=state,
        attempts=attempt,
        last_status_code=result.status_code,
        last_error=result.error,
        delivered_at=delivered_at,
    )
    await storage.set_webhook(task_id, outcome)
    log.info("webhook for task %s attempt %d: %s (%s)", task_id, attempt, state, result.error or result.status_code)
    if state == WebhookState.PENDING:
        raise Retry(defer=policy.backoff(attempt))


async def _attempt(
    session: aiohttp.ClientSession, settings: Settings, task: Task, attempt: int, policy: DeliveryPolicy
) -> Attempt:
    """POST the task once; RefusedTarget for a URL that must never be called."""
    target = parse_callback(task.callback_url or "")
    body = _encode(task)
    headers = _headers(settings, task, body, attempt)
    try:
        async with asyncio.timeout(policy.attempt_timeout):
            addresses = await resolve(target, allow_private=settings.webhook_allow_private)
            status = await _post(session, target, addresses, body, headers, policy.max_response_bytes)
    except TimeoutError:
        return Attempt(error=f"timed out after {policy.attempt_timeout:g} s")
    except (aiohttp.ClientError, OSError) as exc:  # OSError includes DNS failures (socket.gaierror)
        return Attempt(error=f"{type(exc).__name__}: {exc}"[:300])
    return Attempt(status_code=status, error=None if 200 <= status < 300 else f"HTTP {status}")


def _headers(settings: Settings, task: Task, body: bytes, attempt: int) -> dict[str, str]:
    if not settings.webhook_secret:
        log.warning("WEBHOOK_SECRET is empty: webhook signatures can be forged by anyone")
    return {
        "Content-Type": "application/json",
        "X-Task-Id": task.task_id,
        "X-Task-Status": task.status.value,
        "X-Signature": sign(settings.webhook_secret, body),
        "X-Webhook-Attempt": str(attempt),
    }


async def _post(
    session: aiohttp.ClientSession,
    target: CallbackTarget,
    addresses: list[str],
    body: bytes,
    headers: dict[str, str],
    limit: int,
) -> int:
    """POST to the first checked address that accepts a connection; the answer's status code."""
    for address in addresses[:-1]:
        try:
            return await _post_to(session, target, address, body, headers, limit)
        except aiohttp.ClientConnectorError:
            continue  # e.g. an unreachable IPv6 address of a dual-stack host: try the next one
    return await _post_to(session, target, addresses[-1], body, headers, limit)


async def _post_to(
    session: aiohttp.ClientSession,
    target: CallbackTarget,
    address: str,
    body: bytes,
    headers: dict[str, str],
    limit: int,
) -> int:
    async with session.post(
        target.pinned(address),
        data=body,
        headers={**headers, "Host": target.host_header},
        server_hostname=target.server_hostname,
        allow_redirects=False,  # a 3xx is a failed attempt: following it could lead anywhere
    ) as response:
        # Read a bounded amount and drop it; an unread rest makes aiohttp close, not reuse, the connection.
        remaining = limit
        while remaining > 0 and (chunk := await response.content.read(remaining)):
            remaining -= len(chunk)
        return response.status
