"""The event loop every process runs on: uvloop where it is available."""

from __future__ import annotations

import asyncio


def new_event_loop() -> asyncio.AbstractEventLoop:
    try:
        import uvloop
    except ImportError:  # not on every platform (no Windows wheels); the default loop works, only slower
        return asyncio.new_event_loop()
    return uvloop.new_event_loop()
