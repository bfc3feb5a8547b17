"""Write python3-modules.json: the Flatpak build modules for Agreement Studio's Python packages.

Run it in an environment where agreement-studio is installed from requirements.lock (the
README's Start commands make one), so the Flatpak gets the versions CI tests:

    .venv/bin/python packaging/flatpak/generate_python_modules.py

It walks the installed dependency closure of ``agreement-studio`` (PySide6 and shiboken6 come
from the io.qt.PySide.BaseApp base and are left out), asks PyPI's JSON index for each package's
files, and pins one file per package and architecture with its SHA-256: a pure-Python wheel where
one exists, otherwise the manylinux wheels for the runtime's Python on x86_64 and aarch64.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import urllib.request
from importlib import metadata
from pathlib import Path

from packaging.requirements import Requirement
from packaging.utils import InvalidWheelFilename, canonicalize_name, parse_wheel_filename

PROVIDED_BY_BASE = {
    "pyside6",
    "pyside6-essentials",
    "pyside6-addons",
    "shiboken6",
    "pyside6-pdf",
    "pyside6-webengine",
}
ARCHES = ("x86_64", "aarch64")


def closure(root: str, extras: tuple[str, ...] = ()) -> dict[str, str]:
    """Every installed distribution ``root`` needs, as {canonical name: version}."""
    found: dict[str, str] = {}
    todo = [(root, extras)]
    while todo:
        name, wanted_extras = todo.pop()
        dist = metadata.distribution(name)
        key = canonicalize_name(dist.metadata["Name"])
        if key in found and not wanted_extras:
            continue
        found[key] = dist.version
        for line in dist.requires or []:
            requirement = Requirement(line)
            markers_ok = any(
                requirement.marker is None
                or requirement.marker.evaluate({"extra": extra, "python_version": "3.12"})
                for extra in (*wanted_extras, "")
            )
            if not markers_ok or canonicalize_name(requirement.name) in PROVIDED_BY_BASE:
                continue
            if canonicalize_name(requirement.name) not in found:
                todo.append((requirement.name, tuple(requirement.extras)))
    found.pop(canonicalize_name(root), None)
    return dict(sorted(found.items()))


def files_of(name: str, version: str) -> list[dict]:
    request = urllib.request.Request(
        f"https://pypi.org/simple/{name}/",
        headers={"Accept": "application/vnd.pypi.simple.v1+json"},
    )
    with urllib.request.urlopen(request, timeout=60) as response:
        data = json.load(response)
    wanted = []
    for item in data["files"]:
        filename = item["filename"]
        if not filename.endswith(".whl"):
            continue
        try:
            _, file_version, _, tags = parse_wheel_filename(filename)
        except InvalidWheelFilename:  # ancient uploads with tags modern tools reject
            continue
        if str(file_version) == version:
            wanted.append(
                {
                    "filename": filename,
                    "url": item["url"],
                    "sha256": item["hashes"]["sha256"],
                    "tags": tags,
                }
            )
    return wanted


def _fits(tag, python: str, arch: str | None) -> bool:
    if arch is None:
        return tag.platform == "any" and tag.interpreter.startswith("py3")
    interpreter_ok = tag.interpreter == f"cp{python}" or (
        tag.abi == "abi3" and tag.interpreter.startswith("cp3")
    )
    platform_ok = re.fullmatch(rf"manylinux_?\w*_{arch}|manylinux\d+_{arch}", tag.platform)
    return interpreter_ok and bool(platform_ok)


def sources_for(name: str, version: str, python: str) -> list[dict]:
    files = files_of(name, version)
    universal = [f for f in files if any(_fits(t, python, None) for t in f["tags"])]
    if universal:
        f = universal[0]
        return [{"type": "file", "url": f["url"], "sha256": f["sha256"]}]
    sources = []
    for arch in ARCHES:
        fitting = [f for f in files if any(_fits(t, python, arch) for t in f["tags"])]
        if not fitting:
            raise SystemExit(f"no wheel of {name} {version} for cp{python} on {arch}")
        f = sorted(fitting, key=lambda f: f["filename"])[-1]
        sources.append(
            {"type": "file", "url": f["url"], "sha256": f["sha256"], "only-arches": [arch]}
        )
    return sources


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--python", default="312", help="the runtime's CPython, e.g. 312")
    parser.add_argument(
        "-o", "--output", default=str(Path(__file__).with_name("python3-modules.json"))
    )
    args = parser.parse_args()
    packages = closure("agreement-studio", ("postgresql",))
    # What `pip install .` needs to build the application itself (no network in a Flatpak build).
    packages |= {canonicalize_name("hatchling"): metadata.version("hatchling")}
    packages |= closure("hatchling")
    packages = dict(sorted(packages.items()))
    modules = []
    for name, version in packages.items():
        sources = sources_for(name, version, args.python)
        modules.append(
            {
                "name": f"python3-{name}",
                "buildsystem": "simple",
                "build-commands": [
                    'pip3 install --verbose --exists-action=i --no-index --find-links="file://${PWD}"'
                    f' --prefix=${{FLATPAK_DEST}} "{name}" --no-build-isolation --no-deps'
                ],
                "sources": sources,
            }
        )
        print(f"{name} {version}: {len(sources)} file(s)", file=sys.stderr)
    document = {
        "name": "python3-modules",
        "buildsystem": "simple",
        "build-commands": [],
        "modules": modules,
    }
    Path(args.output).write_text(json.dumps(document, indent=2) + "\n", "utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
