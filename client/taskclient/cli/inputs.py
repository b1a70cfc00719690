"""What the user hands taskctl: --data (JSON, @file or @-) and JSON lines files; mistakes are UsageErrors."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import msgspec

_object = msgspec.json.Decoder(dict[str, Any])


class UsageError(Exception):
    """A mistake in what the user gave (exit 2, the message and no traceback)."""


def task_data(value: str) -> dict[str, Any]:
    """--data: a JSON object given inline, or in a file (@path), or on stdin (@-)."""
    where = value if value.startswith("@") else "--data"
    text = read_text(value[1:]) if value.startswith("@") else value
    try:
        return _object.decode(text)
    except msgspec.DecodeError as exc:
        raise UsageError(f"{where}: task_data must be a JSON object ({exc})") from None


def json_lines(source: str) -> list[tuple[int, dict[str, Any]]]:
    """(line number, task_data) for each line of `source` (a path, or - for stdin); blank lines are skipped."""
    items = []
    for number, line in enumerate(read_text(source).splitlines(), start=1):
        if not line.strip():
            continue
        try:
            items.append((number, _object.decode(line)))
        except msgspec.DecodeError as exc:
            raise UsageError(f"{source}, line {number}: not a JSON object ({exc})") from None
    return items


def read_text(source: str) -> str:
    if source == "-":
        return sys.stdin.read()
    try:
        return Path(source).read_text(encoding="utf-8")
    except OSError as exc:
        raise UsageError(f"cannot read {source}: {exc.strerror or exc}") from None
    except UnicodeDecodeError as exc:
        raise UsageError(f"cannot read {source}: not UTF-8 text ({exc.reason} at byte {exc.start})") from None
