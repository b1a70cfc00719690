"""The callback address guard, without sending any traffic."""

from __future__ import annotations

import asyncio
import socket
from typing import Any

import pytest

from worker.netguard import RefusedTarget, forbidden_reason, parse_callback, resolve
from worker.webhooks import DeliveryPolicy, sign


@pytest.mark.parametrize(
    ("address", "reason"),
    [
        ("127.0.0.1", "loopback"),
        ("127.8.9.10", "loopback"),
        ("::1", "loopback"),
        ("10.1.2.3", "private"),
        ("172.16.0.1", "private"),
        ("192.168.1.1", "private"),
        ("fc00::1", "private"),
        ("169.254.169.254", "link-local"),
        ("fe80::1", "link-local"),
        ("0.0.0.0", "unspecified"),
        ("::", "unspecified"),
        ("224.0.0.1", "multicast"),
        ("ff02::1", "multicast"),
        ("240.0.0.1", "private"),
        ("100.64.0.1", "non-public"),
        ("::ffff:127.0.0.1", "loopback"),
        ("::ffff:10.0.0.1", "private"),
        ("::ffff:169.254.169.254", "link-local"),
        ("64:ff9b::7f00:1", "loopback"),
        ("2002:7f00:1::", "loopback"),
        ("not-an-address", "unparsable"),
    ],
)
def test_internal_addresses_are_forbidden(address: str, reason: str) -> None:
    assert forbidden_reason(address) == reason


@pytest.mark.parametrize("address", ["93.184.216.34", "8.8.8.8", "2606:4700:4700::1111", "::ffff:8.8.8.8"])
def test_public_addresses_are_allowed(address: str) -> None:
    assert forbidden_reason(address) is None


@pytest.mark.parametrize(
    ("url", "message"),
    [
        ("http://127.0.0.1:8080/hook", "127.0.0.1 resolves to a loopback address"),
        ("http://10.0.0.5/hook", "10.0.0.5 resolves to a private address"),
        ("http://169.254.169.254/latest/meta-data", "169.254.169.254 resolves to a link-local address"),
        ("http://[::1]:9000/", "::1 resolves to a loopback address"),
        ("http://0x7f.1/", "0x7f.1 resolves to a loopback address"),  # odd spellings resolve like the OS does
    ],
)
async def test_resolve_refuses_internal_hosts(url: str, message: str) -> None:
    with pytest.raises(RefusedTarget) as refused:
        await resolve(parse_callback(url), allow_private=False)
    assert str(refused.value) == message


async def test_resolve_allows_private_when_configured() -> None:
    assert await resolve(parse_callback("http://127.0.0.1:8080/"), allow_private=True) == ["127.0.0.1"]


async def test_one_internal_answer_refuses_the_whole_host(monkeypatch: pytest.MonkeyPatch) -> None:
    async def fake(host: str, port: int, **kwargs: Any) -> list[Any]:
        stream = socket.SOCK_STREAM
        return [
            (socket.AF_INET, stream, 6, "", ("93.184.216.34", port)),
            (socket.AF_INET, stream, 6, "", ("10.0.0.1", port)),
        ]

    monkeypatch.setattr(asyncio.get_running_loop(), "getaddrinfo", fake)
    with pytest.raises(RefusedTarget, match="rebind.example resolves to a private address"):
        await resolve(parse_callback("https://rebind.example/hook"), allow_private=False)


@pytest.mark.parametrize("url", ["ftp://example.com/x", "file:///etc/passwd", "http:///nohost", "http://[::1/", "hook"])
def test_parse_refuses_unusable_urls(url: str) -> None:
    with pytest.raises(RefusedTarget):
        parse_callback(url)


def test_pinned_url_keeps_everything_but_the_host() -> None:
    target = parse_callback("https://user:pw@hooks.example.com:8443/a/b?token=x")
    assert str(target.pinned("2606:4700:4700::1111")) == "https://user:pw@[2606:4700:4700::1111]:8443/a/b?token=x"
    assert (target.host_header, target.server_hostname) == ("hooks.example.com:8443", "hooks.example.com")
    assert parse_callback("http://hooks.example.com/").server_hostname is None


def test_backoff_doubles_up_to_the_cap() -> None:
    policy = DeliveryPolicy(base_delay=1.0, max_delay=10.0)
    assert [policy.backoff(n) for n in range(1, 7)] == [1.0, 2.0, 4.0, 8.0, 10.0, 10.0]


def test_signature_is_hmac_sha256_of_the_body() -> None:
    # RFC 4231 test case 2
    expected = "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843"
    assert sign("Jefe", b"what do ya want for nothing?") == f"sha256={expected}"
