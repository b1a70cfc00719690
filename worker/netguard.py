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
    """Why an address must not be called ("loopback", "private", ...), or None for a public one."""
    try:
        ip = _unwrap(ipaddress.ip_address(address))
    except ValueError:
        return "unparsable"
    candidates: list[IPAddress] = [ip]
    if isinstance(ip, ipaddress.IPv6Address) and ip.sixtofour is not None:
        candidates.append(ip.sixtofour)  # 6to4 relays reach the embedded IPv4 address
    for candidate in candidates:
        if reason := _reason(candidate):
            return reason
    return None


def _unwrap(ip: IPAddress) -> IPAddress:
    # ::ffff:a.b.c.d and 64:ff9b::a.b.c.d reach the IPv4 address a.b.c.d: judge that one.
    if isinstance(ip, ipaddress.IPv6Address):
        if ip.ipv4_mapped is not None:
            return ip.ipv4_mapped
        if ip in _NAT64:
            return ipaddress.IPv4Address(int(ip) & 0xFFFFFFFF)
    return ip


def _reason(ip: IPAddress) -> str | None:
    flags = (
        ("unspecified", ip.is_unspecified),
        ("loopback", ip.is_loopback),
        ("link-local", ip.is_link_local),
        ("multicast", ip.is_multicast),
        ("private", ip.is_private),
        ("reserved", ip.is_reserved),
        ("non-public", not ip.is_global),  # e.g. 100.64.0.0/10 (carrier-grade NAT), neither private nor global
    )
    return next((reason for reason, flagged in flags if flagged), None)


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
