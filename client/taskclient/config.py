"""Where the service is and which key to use: TASKS_URL and TASKS_API_KEY, else what a running `make run` left in
var/ of the current directory (var/api-url while its API answers, var/dev-api-key)."""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

URL_VARIABLE, KEY_VARIABLE = "TASKS_URL", "TASKS_API_KEY"
URL_FILE = Path("var") / "api-url"
KEY_FILE = Path("var") / "dev-api-key"


class ConfigError(ValueError):
    """No URL or no key could be found; the message says where they are looked for."""


@dataclass(frozen=True)
class Connection:
    url: str
    api_key: str


def discover(environ: Mapping[str, str] | None = None, directory: Path | None = None) -> Connection:
    """The service's URL and API key from the environment, else from `directory`/var (default: the current one)."""
    environ = os.environ if environ is None else environ
    base = Path.cwd() if directory is None else directory
    url = environ.get(URL_VARIABLE) or _read(base / URL_FILE)
    if not url:
        raise ConfigError(f"no service URL: set {URL_VARIABLE}, or start `make run` in this directory ({URL_FILE})")
    key = environ.get(KEY_VARIABLE) or _read(base / KEY_FILE)
    if not key:
        raise ConfigError(f"no API key: set {KEY_VARIABLE} (or run next to `make run`, which keeps {KEY_FILE})")
    return Connection(url, key)


def _read(path: Path) -> str:
    try:
        return path.read_text().strip()
    except (FileNotFoundError, NotADirectoryError):
        return ""
