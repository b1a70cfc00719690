"""`make vendor`: copy the browser libraries the pages use from npm, at pinned versions, into the static folder.

The copied files and their licences are committed: serving and testing need no npm, only this re-vendoring does.
Each package lands in service/api/static/vendor/<name>-<version>/ (the version in the path is what lets those
files be cached for a year), with the files below, its licence files, and a SOURCE.txt naming the package, its
version and the tarball's integrity hash as npm reported it.

One change is made to what npm ships: images a stylesheet embeds as data: URLs (Swagger UI's icons) are moved
into files beside it, since the pages' Content-Security-Policy (default-src 'self') refuses data: images.
"""

from __future__ import annotations

import base64
import hashlib
import json
import re
import shutil
import subprocess
import sys
import tarfile
import tempfile
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import unquote

ROOT = Path(__file__).resolve().parent.parent
VENDOR = ROOT / "service" / "api" / "static" / "vendor"


@dataclass(frozen=True)
class Package:
    name: str
    version: str
    #: paths inside the npm tarball's package/ folder
    files: tuple[str, ...]
    #: stylesheets whose data: images move to files (see the module's docstring)
    unembed: tuple[str, ...] = ()

    @property
    def folder(self) -> Path:
        return VENDOR / f"{self.name}-{self.version}"


PACKAGES = (
    # the overview's live chart (MIT)
    Package("uplot", "1.6.32", ("dist/uPlot.esm.js", "dist/uPlot.min.css", "LICENSE")),
    # the API reference at /api/v1/docs (Apache-2.0; the bundle's own licence notices in its .LICENSE.txt)
    Package(
        "swagger-ui-dist",
        "5.35.0",
        ("swagger-ui-bundle.js", "swagger-ui-bundle.js.LICENSE.txt", "swagger-ui.css", "LICENSE", "NOTICE"),
        unembed=("swagger-ui.css",),
    ),
)


#: url("data:image/svg+xml;charset=utf-8,<percent-encoded, CSS-escaped>") or url(data:image/png;base64,...)
DATA_URL = re.compile(
    r'url\((?P<q>"?)data:image/(?P<type>svg\+xml|png|jpeg);(?:charset=utf-8,(?P<text>(?:[^"\\]|\\.)*)'
    r"|base64,(?P<b64>[A-Za-z0-9+/=]+))(?P=q)\)"
)
SUFFIXES = {"svg+xml": ".svg", "png": ".png", "jpeg": ".jpg"}


def unembed(css: Path) -> int:
    """Write each data: image of `css` to img/<hash><suffix> beside it and point the rule there; how many."""
    images = css.parent / "img"

    def to_file(found: re.Match[str]) -> str:
        text = found["text"]
        data = base64.b64decode(found["b64"]) if text is None else unquote(re.sub(r"\\(.)", r"\1", text)).encode()
        name = hashlib.sha256(data).hexdigest()[:16] + SUFFIXES[found["type"]]
        images.mkdir(exist_ok=True)
        (images / name).write_bytes(data)
        return f'url("img/{name}")'

    rewritten, count = DATA_URL.subn(to_file, css.read_text())
    css.write_text(rewritten)
    return count


def vendor(package: Package, work: Path) -> None:
    spec = f"{package.name}@{package.version}"
    packed = subprocess.run(
        ["npm", "pack", spec, "--json", "--pack-destination", str(work)], check=True, capture_output=True, text=True
    )
    info = json.loads(packed.stdout)[0]
    with tarfile.open(work / info["filename"]) as tar:
        tar.extractall(work, filter="data")
    shutil.rmtree(package.folder, ignore_errors=True)
    package.folder.mkdir(parents=True)
    for name in package.files:
        shutil.copyfile(work / "package" / name, package.folder / Path(name).name)
    source = f"npm package {spec}\nintegrity {info['integrity']}\nfiles {' '.join(package.files)}\n"
    for name in package.unembed:
        moved = unembed(package.folder / name)
        source += f"changed {name}: its {moved} data: images moved to img/ (Content-Security-Policy)\n"
    (package.folder / "SOURCE.txt").write_text(source)
    shutil.rmtree(work / "package")


def main() -> None:
    if shutil.which("npm") is None:
        sys.exit("vendor: npm is needed to fetch the packages (apt-get install npm)")
    known = {package.folder.name for package in PACKAGES}
    for stale in VENDOR.glob("*"):
        if stale.is_dir() and stale.name not in known:
            shutil.rmtree(stale)  # an older version's folder
    with tempfile.TemporaryDirectory() as work:
        for package in PACKAGES:
            vendor(package, Path(work))
            print(f"vendor: {package.name}@{package.version} -> {package.folder.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
