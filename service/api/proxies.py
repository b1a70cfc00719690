"""The client's address behind trusted reverse proxies (TRUSTED_PROXIES), from X-Forwarded-For.

Without it, `request.remote` is the peer: behind a proxy, the proxy's address, so every client behind it
shares one unknown-key throttle. Only a peer listed in TRUSTED_PROXIES is believed, and only the entries
that trusted proxies appended: the rightmost address that is not a trusted proxy is the client.
"""

from __future__ import annotations

import ipaddress
from collections.abc import Sequence

from aiohttp import hdrs, web
from aiohttp.typedefs import Middleware

from service.api.errors import Handler

Network = ipaddress.IPv4Network | ipaddress.IPv6Network


def _trusted(address: str | None, networks: Sequence[Network]) -> bool:
    try:
        ip = ipaddress.ip_address(address or "")
    except ValueError:
        return False
    return any(ip in network for network in networks)


def client_address(peer: str, forwarded_for: Sequence[str], networks: Sequence[Network]) -> str:
    """The first address, from the right, of peer + X-Forwarded-For hops that is not a trusted proxy."""
    address = peer
    hops = [hop.strip() for header in forwarded_for for hop in header.split(",")]
    while _trusted(address, networks) and hops:
        hop = hops.pop()
        try:
            address = str(ipaddress.ip_address(hop))
        except ValueError:  # not an address (a proxy that writes something else): keep the last trusted hop
            break
    return address


def forwarded_middleware(networks: Sequence[Network]) -> Middleware:
    """Sets request.remote to the client's address for requests that come through a trusted proxy."""

    @web.middleware
    async def middleware(request: web.Request, handler: Handler) -> web.StreamResponse:
        peer = request.remote
        if peer is not None and _trusted(peer, networks):
            remote = client_address(peer, request.headers.getall(hdrs.X_FORWARDED_FOR, []), networks)
            request = request.clone(remote=remote)
        return await handler(request)

    return middleware
