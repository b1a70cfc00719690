"""Each script's result codes have one set of names: the IntEnum Python reads them with is the table in the
script's header (and, where the script names them, its `local NAME, ... = value, ...` line)."""

from __future__ import annotations

import re
from enum import IntEnum
from importlib.resources import files

import pytest

from service.storage.apikeys import Revoked
from service.storage.moves import Finished, Started
from service.storage.rescue import Released
from service.storage.submit import Created

TABLES: list[tuple[str, type[IntEnum]]] = [
    ("create", Created),
    ("start", Started),
    ("finish", Finished),
    ("release", Released),
    ("apikey_revoke", Revoked),
]
_LOCALS = re.compile(r"^local ((?:[A-Z_]+, )*[A-Z_]+) = ((?:-?\d+, )*-?\d+)$", re.MULTILINE)


def script(name: str) -> str:
    return files("service.storage").joinpath("lua", f"{name}.lua").read_text(encoding="utf-8")


@pytest.mark.parametrize(("name", "codes"), TABLES, ids=[name for name, _ in TABLES])
def test_result_names_match_the_script(name: str, codes: type[IntEnum]) -> None:
    source = script(name)
    header = "\n".join(line for line in source.splitlines() if line.startswith("--"))
    for code in codes:
        assert re.search(rf"{code.value}\}}?\s+{code.name}\b", header), (
            f"{name}.lua header lacks {code.value} {code.name}"
        )
    declared = _LOCALS.search(source)
    if declared:
        names, values = declared[1].split(", "), [int(v) for v in declared[2].split(", ")]
        assert dict(zip(names, values, strict=True)) == {code.name: code.value for code in codes}
