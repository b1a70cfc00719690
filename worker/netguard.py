"""Where a webhook may go: parse the callback URL, resolve its host once, refuse internal addresses.

The addresses returned by `resolve` are the ones the request connects to (see `CallbackTarget.pinned`),
so a DNS answer that changes between the check and the connect (DNS rebinding) cannot redirect the call.
"""

from __future__ import annotations

import asyncio
import ipaddress
import socket
from typing import NamedTuple

from yarl import URL

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address

#: Every block of the IANA IPv4 and IPv6 Special-Purpose Address Registries (RFC 6890; registries as updated
#: in 2025: https://www.iana.org/assignments/iana-ipv4-special-registry and .../iana-ipv6-special-registry),
#: plus the non-unicast and deprecated space next to them, each with the reason a refusal gives.
#: All are refused, even the few the registries call globally reachable: those are anycast services (PCP, TURN,
#: DNS-SD, AMT, AS112: the nearest instance may sit in the operator's own network) or identifiers (ORCHIDv2,
#: DRIP), never a webhook receiver. 64:ff9b::/96 (RFC 6052 NAT64) is absent: its embedded IPv4 address is judged.
SPECIAL_PURPOSE: tuple[tuple[str, str], ...] = (
    # IPv4 Special-Purpose Address Registry
    ("0.0.0.0/8", "this-network"),  # RFC 791
    ("0.0.0.0/32", "unspecified"),  # RFC 1122
    ("10.0.0.0/8", "private"),  # RFC 1918
    ("100.64.0.0/10", "carrier-grade NAT"),  # RFC 6598 shared address space
    ("127.0.0.0/8", "loopback"),  # RFC 1122
    ("169.254.0.0/16", "link-local"),  # RFC 3927
    ("172.16.0.0/12", "private"),  # RFC 1918
    ("192.0.0.0/24", "IETF protocol assignment"),  # RFC 6890
    ("192.0.0.0/29", "IPv4 service continuity"),  # RFC 7335
    ("192.0.0.8/32", "IPv4 dummy"),  # RFC 7600
    ("192.0.0.9/32", "PCP anycast"),  # RFC 7723
    ("192.0.0.10/32", "TURN anycast"),  # RFC 8155
    ("192.0.0.170/31", "NAT64/DNS64 discovery"),  # RFC 8880: .170 and .171
    ("192.0.2.0/24", "documentation"),  # RFC 5737 TEST-NET-1
    ("192.31.196.0/24", "AS112 anycast"),  # RFC 7535
    ("192.52.193.0/24", "AMT anycast"),  # RFC 7450
    ("192.88.99.0/24", "6to4 relay anycast"),  # RFC 7526 (deprecated)
    ("192.168.0.0/16", "private"),  # RFC 1918
    ("192.175.48.0/24", "AS112 anycast"),  # RFC 7534
    ("198.18.0.0/15", "benchmarking"),  # RFC 2544
    ("198.51.100.0/24", "documentation"),  # RFC 5737 TEST-NET-2
    ("203.0.113.0/24", "documentation"),  # RFC 5737 TEST-NET-3
    ("240.0.0.0/4", "reserved"),  # RFC 1112
    ("255.255.255.255/32", "broadcast"),  # RFC 919
    # IANA IPv4 Multicast Address Space Registry: not unicast
    ("224.0.0.0/4", "multicast"),  # RFC 5771
    # IPv6 Special-Purpose Address Registry
    ("::1/128", "loopback"),  # RFC 4291
    ("::/128", "unspecified"),  # RFC 4291
    ("::ffff:0:0/96", "IPv4-mapped"),  # RFC 4291 (judged by the IPv4 address it carries, see _unwrap)
    ("64:ff9b:1::/48", "local-use NAT64"),  # RFC 8215
    ("100::/64", "discard-only"),  # RFC 6666
    ("100:0:0:1::/64", "IPv6 dummy"),  # RFC 9780
    ("2001::/23", "IETF protocol assignment"),  # RFC 2928
    ("2001::/32", "Teredo"),  # RFC 4380: carries a (possibly private) IPv4 client address
    ("2001:1::1/128", "PCP anycast"),  # RFC 7723
    ("2001:1::2/128", "TURN anycast"),  # RFC 8155
    ("2001:1::3/128", "DNS-SD SRP anycast"),  # RFC 9665
    ("2001:2::/48", "benchmarking"),  # RFC 5180
    ("2001:3::/32", "AMT anycast"),  # RFC 7450
    ("2001:4:112::/48", "AS112 anycast"),  # RFC 7535
    ("2001:10::/28", "ORCHID"),  # RFC 4843 (deprecated)
    ("2001:20::/28", "ORCHIDv2"),  # RFC 7343
    ("2001:30::/28", "DRIP entity tag"),  # RFC 9374
    ("2001:db8::/32", "documentation"),  # RFC 3849
    ("2002::/16", "6to4"),  # RFC 3056: carries an IPv4 address; relays deprecated (RFC 7526)
    ("2620:4f:8000::/48", "AS112 anycast"),  # RFC 7534
    ("3fff::/20", "documentation"),  # RFC 9637
    ("5f00::/16", "SRv6 SID"),  # RFC 9602
    ("fc00::/7", "private"),  # RFC 4193 unique-local
    ("fe80::/10", "link-local"),  # RFC 4291
    # IANA IPv6 Address Space Registry: deprecated or not unicast
    ("::/96", "IPv4-compatible"),  # RFC 4291 2.5.5.1 (deprecated): carries an IPv4 address
    ("fec0::/10", "site-local"),  # RFC 3879 (deprecated); Python 3.11's ipaddress calls it global
    ("ff00::/8", "multicast"),  # RFC 4291
)
_BLOCKS = tuple((ipaddress.ip_network(block), reason) for block, reason in SPECIAL_PURPOSE)
#: IANA IPv6 Address Space Registry: 2000::/3 is the only global unicast space; the rest is reserved or special.
_GLOBAL_UNICAST = ipaddress.IPv6Network("2000::/3")
#: RFC 6052 well-known NAT64 prefix: an IPv6-only network's DNS64 maps every IPv4 destination into it.
_NAT64 = ipaddress.IPv6Network("64:ff9b::/96")
_SCHEMES = frozenset({"http", "https"})


class RefusedTarget(Exception):
    """The callback may not be called at all: a malformed URL, or a host that resolves to an internal address."""


class CallbackTarget(NamedTuple):
    url: URL
    #: the name that is resolved and checked, and presented to the server (Host header, TLS SNI)
    host: str
    host_header: str

    @property
    def server_hostname(self) -> str | None:
        """TLS name to verify the certificate against when the URL's host is replaced by an address."""
        return self.host if self.url.scheme == "https" else None

    def pinned(self, address: str) -> URL:
        """The URL with its host replaced by a checked address, so nothing resolves the name again."""
        return self.url.with_host(address)


def parse_callback(raw: str) -> CallbackTarget:
    """An http(s) URL with a host, or RefusedTarget."""
    try:
        url = URL(raw)
    except ValueError:
        raise RefusedTarget("malformed callback URL") from None
    if url.scheme not in _SCHEMES or not url.host or not url.host_port_subcomponent:
        raise RefusedTarget("callback URL must be http or https with a host")
    return CallbackTarget(url=url, host=url.host, host_header=url.host_port_subcomponent)


def forbidden_reason(address: str) -> str | None:
    """Why an address must not be called ("loopback", "private", ...), or None for a global unicast one."""
    try:
        ip = _unwrap(ipaddress.ip_address(address))
    except ValueError:
        return "unparsable"
    blocks = [(network, reason) for network, reason in _BLOCKS if ip.version == network.version and ip in network]
    if blocks:  # the most specific block names the reason best (0.0.0.0 is "unspecified", not "this-network")
        return max(blocks, key=lambda block: block[0].prefixlen)[1]
    if isinstance(ip, ipaddress.IPv6Address) and ip not in _GLOBAL_UNICAST:
        return "reserved"
    return None


def _unwrap(ip: IPAddress) -> IPAddress:
    # ::ffff:a.b.c.d and 64:ff9b::a.b.c.d reach the IPv4 address a.b.c.d: judge that one.
    if isinstance(ip, ipaddress.IPv6Address):
        if ip.ipv4_mapped is not None:
            return ip.ipv4_mapped
        if ip in _NAT64:
            return ipaddress.IPv4Address(int(ip) & 0xFFFFFFFF)
    return ip


async def resolve(target: CallbackTarget, *, allow_private: bool) -> list[str]:
    """Every address the host resolves to, in resolver order; RefusedTarget if any is internal.

    One bad address refuses the whole host: a name that also resolves inward is not trusted at all.
    """
    loop = asyncio.get_running_loop()
    infos = await loop.getaddrinfo(target.host, target.url.port, type=socket.SOCK_STREAM)
    # An IPv6 scope ("fe80::1%eth0") cannot go into a URL; such addresses are internal anyway.
    addresses = list(dict.fromkeys(str(info[4][0]).partition("%")[0] for info in infos))
    if not allow_private:
        for address in addresses:
            if reason := forbidden_reason(address):
                raise RefusedTarget(f"{target.host} resolves to a {reason} address")
    return addresses
