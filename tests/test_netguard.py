"""The callback address guard, without sending any traffic."""

from __future__ import annotations

import asyncio
import ipaddress
import socket
from typing import Any

import pytest

from worker.netguard import SPECIAL_PURPOSE, RefusedTarget, forbidden_reason, parse_callback, resolve
from worker.webhooks import DeliveryPolicy, sign

#: One address per entry of the IANA special-purpose registries and the space next to them, written out by hand
#: (not read from netguard's table) so that a typo in the table fails here.
REFUSED = [
    # IPv4 Special-Purpose Address Registry
    ("0.1.2.3", "this-network"),
    ("0.0.0.0", "unspecified"),
    ("10.1.2.3", "private"),
    ("100.64.0.1", "carrier-grade NAT"),
    ("100.127.255.254", "carrier-grade NAT"),
    ("127.0.0.1", "loopback"),
    ("127.8.9.10", "loopback"),
    ("169.254.169.254", "link-local"),
    ("172.16.0.1", "private"),
    ("172.31.255.254", "private"),
    ("192.0.0.100", "IETF protocol assignment"),
    ("192.0.0.1", "IPv4 service continuity"),
    ("192.0.0.8", "IPv4 dummy"),
    ("192.0.0.9", "PCP anycast"),  # the registry calls it globally reachable: an anycast service, refused
    ("192.0.0.10", "TURN anycast"),
    ("192.0.0.170", "NAT64/DNS64 discovery"),
    ("192.0.0.171", "NAT64/DNS64 discovery"),
    ("192.0.2.1", "documentation"),
    ("192.31.196.1", "AS112 anycast"),
    ("192.52.193.1", "AMT anycast"),
    ("192.88.99.1", "6to4 relay anycast"),
    ("192.168.1.1", "private"),
    ("192.175.48.1", "AS112 anycast"),
    ("198.18.0.1", "benchmarking"),
    ("198.19.255.254", "benchmarking"),
    ("198.51.100.1", "documentation"),
    ("203.0.113.1", "documentation"),
    ("240.0.0.1", "reserved"),
    ("255.255.255.255", "broadcast"),
    ("224.0.0.1", "multicast"),
    ("239.255.255.250", "multicast"),
    # IPv6 Special-Purpose Address Registry
    ("::1", "loopback"),
    ("::", "unspecified"),
    ("64:ff9b:1::a00:1", "local-use NAT64"),
    ("64:ff9b:1::808:808", "local-use NAT64"),
    ("100::1", "discard-only"),
    ("100:0:0:1::1", "IPv6 dummy"),
    ("2001:0:4136:e378:8000:63bf:3fff:fdd2", "Teredo"),
    ("2001:0:4136:e378:8000:63bf:f5ff:fffe", "Teredo"),  # its client (bits inverted) is 10.0.0.1
    ("2001:1::1", "PCP anycast"),
    ("2001:1::2", "TURN anycast"),
    ("2001:1::3", "DNS-SD SRP anycast"),
    ("2001:1::4", "IETF protocol assignment"),
    ("2001:2::1", "benchmarking"),
    ("2001:3::1", "AMT anycast"),
    ("2001:4:112::1", "AS112 anycast"),
    ("2001:10::1", "ORCHID"),
    ("2001:20::1", "ORCHIDv2"),
    ("2001:30::1", "DRIP entity tag"),
    ("2001:1ff:ffff::1", "IETF protocol assignment"),
    ("2001:db8::1", "documentation"),
    ("2002:c0a8:101::1", "6to4"),  # carries 192.168.1.1
    ("2002:808:808::1", "6to4"),  # even a public one: 6to4 relays are deprecated (RFC 7526)
    ("2620:4f:8000::1", "AS112 anycast"),
    ("3fff::1", "documentation"),
    ("5f00::1", "SRv6 SID"),
    ("fc00::1", "private"),
    ("fdff:ffff::1", "private"),
    ("fe80::1", "link-local"),
    # IPv6 space outside that registry
    ("fec0::1", "site-local"),  # Python 3.11's ipaddress calls it global
    ("feff:ffff::1", "site-local"),
    ("ff02::1", "multicast"),
    ("::10.0.0.1", "IPv4-compatible"),
    ("::8.8.8.8", "IPv4-compatible"),
    ("4000::1", "reserved"),  # outside 2000::/3, the only global unicast space
    ("1fff:ffff::1", "reserved"),
    # IPv4 addresses carried by IPv6 ones that reach them: judged as that IPv4 address
    ("::ffff:127.0.0.1", "loopback"),
    ("::ffff:10.0.0.1", "private"),
    ("::ffff:169.254.169.254", "link-local"),
    ("::ffff:100.64.0.1", "carrier-grade NAT"),
    ("64:ff9b::7f00:1", "loopback"),
    ("64:ff9b::a9fe:a9fe", "link-local"),
    ("64:ff9b::c0a8:101", "private"),
    ("not-an-address", "unparsable"),
]


@pytest.mark.parametrize(("address", "reason"), REFUSED)
def test_internal_addresses_are_forbidden(address: str, reason: str) -> None:
    assert forbidden_reason(address) == reason


@pytest.mark.parametrize(("block", "reason"), SPECIAL_PURPOSE)
def test_every_special_purpose_block_is_refused_from_end_to_end(block: str, reason: str) -> None:
    network = ipaddress.ip_network(block)
    for address in (network.network_address, network.broadcast_address):
        assert forbidden_reason(str(address)) is not None, address


@pytest.mark.parametrize(
    "address",
    [
        "93.184.216.34",
        "8.8.8.8",
        "1.1.1.1",
        "2606:4700:4700::1111",
        "2001:4860:4860::8888",
        "::ffff:8.8.8.8",
        "64:ff9b::808:808",  # NAT64 of 8.8.8.8: an IPv6-only network's way to the IPv4 internet
        # just outside special-purpose blocks
        "100.63.255.255",
        "100.128.0.0",
        "172.32.0.1",
        "192.0.1.1",
        "198.20.0.1",
        "223.255.255.254",
        "2001:200::1",
        "2620:4f:8001::1",
        "3fff:1000::1",
        "2c0f:ffff::1",
    ],
)
def test_global_unicast_addresses_are_allowed(address: str) -> None:
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
