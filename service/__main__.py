"""`python -m service --host H --port P`: run the HTTP API with settings from the environment."""

from __future__ import annotations

import argparse
import asyncio
import sys

from aiohttp import web

from service.api.app import create_app
from service.config import SettingsError, load_settings
from service.logs import configure_logging


def _parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m service", description="Run the task service HTTP API.")
    parser.add_argument("--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1)")
    parser.add_argument("--port", type=int, default=8000, help="port to listen on (default 8000)")
    return parser.parse_args(argv)


def _event_loop() -> asyncio.AbstractEventLoop:
    try:
        import uvloop
    except ImportError:  # not built for Windows; the default loop works, only slower
        return asyncio.new_event_loop()
    return uvloop.new_event_loop()


def main(argv: list[str] | None = None) -> None:
    args = _parse_args(argv)
    try:
        settings = load_settings()
    except SettingsError as exc:
        print(f"service: configuration error: {exc}", file=sys.stderr)
        sys.exit(2)
    configure_logging(settings)
    web.run_app(create_app(settings), host=args.host, port=args.port, loop=_event_loop())


if __name__ == "__main__":
    main()
