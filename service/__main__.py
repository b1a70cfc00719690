"""`python -m service --host H --port P`: run the HTTP API; `python -m service keys ...`: manage API keys."""

from __future__ import annotations

import argparse
import functools
import sys

from service import keys_cli
from service.api import server
from service.api.app import create_app, served_types
from service.config import Settings, load_settings
from service.eventloop import new_event_loop
from service.logs import configure_logging
from service.registry import PluginError
from service.setting_values import SettingsError


def _parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="python -m service",
        description="Run the task service HTTP API.",
        epilog="API keys: python -m service keys {create,list,revoke} --help",
    )
    parser.add_argument("--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1)")
    parser.add_argument("--port", type=int, default=8000, help="port to listen on (default 8000)")
    parser.add_argument(
        "--workers", type=int, default=1, help="API processes sharing the port (default 1; one per core is typical)"
    )
    return parser.parse_args(argv)


def _settings() -> Settings:
    try:
        return load_settings()
    except SettingsError as exc:
        print(f"service: configuration error: {exc}", file=sys.stderr)
        sys.exit(2)


def main(argv: list[str] | None = None) -> None:
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == ["keys"]:  # the one subcommand; anything else is the server's own options, as before
        sys.exit(keys_cli.main(argv[1:], _settings()))
    args = _parse_args(argv)
    settings = _settings()
    configure_logging(settings)
    if args.workers < 1:
        sys.exit("service: --workers must be at least 1")
    try:
        types = served_types(settings)  # once, before any fork: every process serves the same ones
    except PluginError as exc:
        print(f"service: {exc}", file=sys.stderr)
        sys.exit(2)
    if args.workers == 1:
        server.run(create_app(settings, types), args.host, args.port, loop_factory=new_event_loop)
    else:
        app = functools.partial(create_app, settings, types)
        sys.exit(server.run_processes(app, args.host, args.port, args.workers, new_event_loop))


if __name__ == "__main__":
    main()
