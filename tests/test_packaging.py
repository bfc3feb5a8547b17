"""Packaging: one version everywhere, valid desktop metadata, a wheel that carries its data."""

from __future__ import annotations

import ast
import importlib.util
import json
import re
import shutil
import struct
import subprocess
import sys
import tomllib
import xml.etree.ElementTree as ET
import zipfile
from importlib import metadata
from pathlib import Path

import pytest
from packaging.requirements import Requirement

import agreement_studio
from required_tools import require_tools

ROOT = Path(agreement_studio.__file__).resolve().parents[2]
LINUX = ROOT / "packaging" / "linux"
APP_ID = "org.agreementstudio.AgreementStudio"

pytestmark = pytest.mark.skipif(
    not (ROOT / "pyproject.toml").is_file(), reason="needs the source checkout"
)


def project_version() -> str:
    return tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["project"]["version"]


def test_version_is_the_same_everywhere():
    version = project_version()
    out = subprocess.run(
        [sys.executable, "-m", "agreement_studio", "--version"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    assert out == f"agreement-studio {version}"
    changelog = (ROOT / "CHANGELOG.md").read_text("utf-8")
    # the newest release; an [Unreleased] section may stand above it (Keep a Changelog)
    top = re.search(r"^## \[(?!Unreleased\])([^\]]+)\]", changelog, re.M)
    assert top and top.group(1) == version, "the top CHANGELOG entry is not this version"
    metainfo = ET.parse(LINUX / f"{APP_ID}.metainfo.xml").getroot()
    newest = metainfo.find("releases/release")
    assert newest is not None and newest.get("version") == version


def _tool(name: str) -> str:
    require_tools(name)
    return shutil.which(name) or name


def test_desktop_entry_is_valid():
    result = subprocess.run(
        [_tool("desktop-file-validate"), str(LINUX / f"{APP_ID}.desktop")],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0 and not result.stdout.strip(), result.stdout + result.stderr
    entry = (LINUX / f"{APP_ID}.desktop").read_text("utf-8")
    assert "MimeType=application/x-agreement-studio-draft;" in entry
    assert f"Icon={APP_ID}" in entry


def test_appstream_metadata_is_valid():
    path = LINUX / f"{APP_ID}.metainfo.xml"
    result = subprocess.run(
        [_tool("appstreamcli"), "validate", "--no-net", str(path)], capture_output=True, text=True
    )
    assert result.returncode == 0, result.stdout + result.stderr
    root = ET.parse(path).getroot()
    assert root.findtext("id") == APP_ID
    assert root.find("description/p") is not None
    for image in root.iterfind("screenshots/screenshot/image"):
        name = image.text.rsplit("/", 1)[-1]
        assert (ROOT / "docs" / "screenshots" / name).is_file(), f"no screenshot {name}"


def test_mime_type_claims_drafts():
    root = ET.parse(LINUX / f"{APP_ID}.mime.xml").getroot()
    ns = {"m": "http://www.freedesktop.org/standards/shared-mime-info"}
    mime = root.find("m:mime-type", ns)
    assert mime.get("type") == "application/x-agreement-studio-draft"
    assert mime.find("m:glob", ns).get("pattern") == "*.agreement.json"


def test_icon_is_an_svg():
    icon = ET.parse(ROOT / "resources" / "icons" / "agreement-studio.svg").getroot()
    assert icon.tag.endswith("svg")


def test_bundle_recipe_is_portable_python():
    spec = (ROOT / "packaging" / "agreement-studio.spec").read_text("utf-8")
    ast.parse(spec)
    assert "SPECPATH" in spec and "/usr/" not in spec and "\\\\" not in spec
    for needed in ("templates", "resources", "launcher.py", "copy_metadata"):
        assert needed in spec
    build = (ROOT / "packaging" / "build.sh").read_text("utf-8")
    for smoke in (
        "--version",
        " example ",
        " render ",
        "identity new",
        " sign ",
        " verify ",
        "--quit-after-show",
    ):
        assert smoke in build, f"the smoke test does not run {smoke.strip()}"


def test_flatpak_manifest_lists_pinned_python_modules():
    manifest = (ROOT / "packaging" / "flatpak" / f"{APP_ID}.yml").read_text("utf-8")
    assert f"id: {APP_ID}" in manifest and "python3-modules.json" in manifest
    modules = json.loads(
        (ROOT / "packaging" / "flatpak" / "python3-modules.json").read_text("utf-8")
    )["modules"]
    names = {m["name"] for m in modules}
    for package in ("pyhanko", "reportlab", "pydantic", "sqlalchemy", "cryptography"):
        assert f"python3-{package}" in names
    for module in modules:
        for source in module["sources"]:
            assert re.fullmatch(r"[0-9a-f]{64}", source["sha256"])
            assert source["url"].startswith("https://files.pythonhosted.org/")


def test_wheel_carries_templates_resources_and_its_version(tmp_path):
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "--no-build-isolation",
            "-q",
            "-w",
            str(tmp_path),
            str(ROOT),
        ],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    [wheel] = tmp_path.glob("agreement_studio-*.whl")
    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
        built = archive.read("agreement_studio/_build_version.py").decode()
    assert f'__version__ = "{project_version()}"' in built
    for template in ("network-continuation", "letter-of-intent"):
        for part in ("template.toml", "fi.md", "sv.md", "en.md"):
            assert f"agreement_studio/templates/{template}/{part}" in names
    assert "agreement_studio/resources/fonts/NotoSerif-Regular.ttf" in names
    assert "agreement_studio/resources/fonts/OFL.txt" in names
    assert "agreement_studio/resources/translations/agreement_studio_fi.qm" in names
    assert any(n.startswith("agreement_studio/register/migrations/versions/") for n in names)


def test_ci_installs_exactly_the_readme_packages_and_runs_its_test_command():
    out = subprocess.run(
        [sys.executable, str(ROOT / ".ci" / "readme_packages.py")],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.split()
    for needed in ("qpdf", "poppler-utils", "softhsm2", "opensc", "postgresql", "procps"):
        assert needed in out
    assert "libxcb-cursor0" in out and "libegl1" in out
    readme = (ROOT / "README.md").read_text("utf-8")
    command = re.search(r"Run the whole test suite:\n\n```sh\n(.+)\n```", readme).group(1)
    ci = (ROOT / ".ci" / "run").read_text("utf-8")
    assert ci.rstrip().endswith(command), "the last line of .ci/run is not the README's command"
    assert "readme_packages.py" in ci


def _canonical(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def _locked() -> dict[str, str]:
    """requirements.lock as {canonical name: version}; every line must be an exact pin."""
    pins = {}
    for line in (ROOT / "requirements.lock").read_text("utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if not line:
            continue
        name, sep, version = line.partition("==")
        assert sep and re.fullmatch(r"[0-9][0-9A-Za-z.+!]*", version), f"not an exact pin: {line}"
        pins[_canonical(name)] = version
    return pins


def _with_extras(requirement: Requirement) -> list[Requirement]:
    """The requirement and what its extras pull in (read from the installed distribution)."""
    found = [requirement]
    for extra in requirement.extras:
        for text in metadata.requires(requirement.name) or []:
            needed = Requirement(text)
            if needed.marker is not None and needed.marker.evaluate({"extra": extra}):
                found.append(needed)
    return found


def test_lock_pins_every_dependency_within_its_range():
    from packaging.version import Version

    project = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["project"]
    declared = list(project["dependencies"])
    for extra in project["optional-dependencies"].values():
        declared += extra
    pins = _locked()
    for text in declared:
        for requirement in _with_extras(Requirement(text)):
            name = _canonical(requirement.name)
            assert name in pins, f"{name} is not in requirements.lock: run packaging/lock.sh"
            assert requirement.specifier.contains(Version(pins[name]), prereleases=True), (
                f"requirements.lock has {name}=={pins[name]}, outside {requirement}: "
                "run packaging/lock.sh"
            )
    assert "pyinstaller" in pins, "the bundle's builder is not locked"


def test_libraries_whose_internals_we_use_have_an_upper_bound():
    from packaging.version import Version

    project = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["project"]
    bounded = {}
    for text in project["dependencies"]:
        requirement = Requirement(text)
        bounded[_canonical(requirement.name)] = requirement.specifier
    for name in ("pyhanko", "pyhanko-certvalidator", "reportlab"):
        uppers = [s for s in bounded[name] if s.operator == "<"]
        assert uppers, f"{name} has no upper bound, yet we use its internals"
        # The bound admits the tested version and stops before the next minor series.
        tested = Version(_locked()[name])
        [upper] = uppers
        next_minor = Version(f"{tested.major}.{tested.minor + 1}")
        assert Version(upper.version) <= next_minor, f"{name}{upper} admits untested series"


def test_ci_readme_and_bundle_install_from_the_lock():
    readme = (ROOT / "README.md").read_text("utf-8")
    start = readme[readme.index("## Start") : readme.index("### System packages")]
    commands = re.findall(r"```sh\n(.+)\n```", start)
    assert len(commands) == 2, "the Start section is two commands"
    for command in commands:
        assert "pip install -q -c requirements.lock " in command, f"not from the lock: {command}"
    build = (ROOT / "packaging" / "build.sh").read_text("utf-8")
    assert '-c "$root/requirements.lock"' in build
    lock_script = ROOT / "packaging" / "lock.sh"
    assert lock_script.stat().st_mode & 0o111, "packaging/lock.sh is not executable"
    assert "requirements.lock" in lock_script.read_text("utf-8")


def test_flatpak_modules_have_the_locked_versions():
    pins = _locked()
    modules = json.loads(
        (ROOT / "packaging" / "flatpak" / "python3-modules.json").read_text("utf-8")
    )["modules"]
    for module in modules:
        name = module["name"].removeprefix("python3-")
        for source in module["sources"]:
            filename = source["url"].rsplit("/", 1)[-1]
            version = filename.split("-")[1]
            assert pins.get(name) == version, (
                f"the Flatpak has {filename}, the lock {name}=={pins.get(name)}: run "
                "packaging/flatpak/generate_python_modules.py in a venv made from the lock"
            )


def _packaging_module(name: str):
    spec = importlib.util.spec_from_file_location(name, ROOT / "packaging" / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _icu_item(tag: bytes) -> bytes:
    # Any bytes do: the package does not look inside its items. Odd lengths test the padding.
    return b"\x20\x00\xda\x27" + tag * 3


def test_icu_package_is_rewritten_exactly_and_keeps_our_languages():
    slim_icu = _packaging_module("slim_icu")
    header = struct.pack("<HBB", 32, 0xDA, 0x27) + struct.pack("<HHBBBB", 20, 0, 0, 0, 2, 0)
    header += b"CmnD" + bytes([1, 0, 0, 0]) + bytes([73, 0, 0, 0])
    header += b"\0" * (32 - len(header))
    names = [
        "af.res",
        "brkitr/cjdict.dict",
        "brkitr/fi.res",
        "brkitr/word.brk",
        "coll/de__PHONEBOOK.res",
        "coll/sv.res",
        "coll/ucadata.icu",
        "en_001.res",
        "fi.res",
        "ibm-1390_P110-2003.cnv",
        "pool.res",
        "root.res",
        "supplementalData.res",
        "sv_FI.res",
        "translit/root.res",
        "unames.icu",
        "zone/zh.res",
        "zoneinfo64.res",
    ]
    items = [(f"icudt73l/{name}", _icu_item(name.encode())) for name in names]
    package = slim_icu.write_package(header, items)
    assert slim_icu.read_package(package) == (
        header,
        "icudt73l",
        [(name, item + b"\xaa" * (-len(item) % 16)) for name, item in items],
    )
    kept = [name for name in names if slim_icu.keep_item(name)]
    assert kept == [
        "brkitr/fi.res",
        "brkitr/word.brk",
        "coll/sv.res",
        "coll/ucadata.icu",
        "en_001.res",
        "fi.res",
        "pool.res",
        "root.res",
        "supplementalData.res",
        "sv_FI.res",
        "zoneinfo64.res",
    ]
    slimmed = slim_icu.write_package(header, [i for i in items if i[0][9:] in kept])
    _, _, back = slim_icu.read_package(slimmed)
    assert [name[9:] for name, _ in back] == kept
    for name, item in back:
        assert item.rstrip(b"\xaa") == _icu_item(name[9:].encode()).rstrip(b"\xaa")


def test_bundle_leaves_out_unused_qt_and_what_nothing_links_to():
    contents = _packaging_module("bundle_contents")
    qt = "PySide6/Qt/"
    assert contents.is_unused_qt_file(qt + "translations/qtbase_de.qm")
    assert not contents.is_unused_qt_file(qt + "translations/qtbase_fi.qm")
    assert contents.is_unused_qt_file(
        qt + "plugins/platforminputcontexts/libqtvirtualkeyboardplugin.so"
    )
    assert contents.is_unused_qt_file(qt + "plugins/tls/libqopensslbackend.so")
    for kept in ("platforms/libqxcb.so", "platforms/libqwayland.so", "iconengines/libqsvgicon.so"):
        assert not contents.is_unused_qt_file(qt + "plugins/" + kept)
    links = {
        "ext.so": ["libQt6Widgets.so.6"],
        "libQt6Widgets.so.6": ["libQt6Gui.so.6"],
        "libQt6Gui.so.6": [],
        "libqxcb.so": ["libQt6XcbQpa.so.6"],
        "libQt6XcbQpa.so.6": [],
        "libQt6Quick.so.6": ["libQt6Qml.so.6"],
        "libQt6Qml.so.6": [],
        "libpython3.11.so.1.0": [],
    }
    binaries = [
        ("PySide6/QtWidgets.abi3.so", "ext.so", "EXTENSION"),
        (qt + "lib/libQt6Widgets.so.6", "libQt6Widgets.so.6", "BINARY"),
        (qt + "lib/libQt6Gui.so.6", "libQt6Gui.so.6", "BINARY"),
        (qt + "plugins/platforms/libqxcb.so", "libqxcb.so", "BINARY"),
        (qt + "lib/libQt6XcbQpa.so.6", "libQt6XcbQpa.so.6", "BINARY"),
        (qt + "lib/libQt6Quick.so.6", "libQt6Quick.so.6", "BINARY"),
        (qt + "lib/libQt6Qml.so.6", "libQt6Qml.so.6", "BINARY"),
        ("libpython3.11.so.1.0", "libpython3.11.so.1.0", "BINARY"),
    ]
    kept = contents.linked_binaries(binaries, lambda source: [(n, None) for n in links[source]])
    assert {Path(dest).name for dest, _, _ in kept} == {
        "QtWidgets.abi3.so",
        "libQt6Widgets.so.6",
        "libQt6Gui.so.6",
        "libqxcb.so",
        "libQt6XcbQpa.so.6",
        "libpython3.11.so.1.0",
    }


def test_pyside6_modules_left_out_are_the_unused_ones():
    contents = _packaging_module("bundle_contents")
    import PySide6

    left_out = contents.unused_pyside6_modules(Path(PySide6.__file__).parent)
    assert "PySide6.QtWebEngineCore" in left_out and "PySide6.QtQuick" in left_out
    used = set()
    for path in (ROOT / "src").rglob("*.py"):
        used |= set(re.findall(r"PySide6\.(Qt\w+)", path.read_text("utf-8")))
    assert used, "no Qt module found in src/"
    assert not {f"PySide6.{name}" for name in used} & set(left_out)


def test_pyside6_icu_data_is_read_and_written_byte_for_byte():
    slim_icu = _packaging_module("slim_icu")
    import PySide6

    [library] = (Path(PySide6.__file__).parent / "Qt" / "lib").glob("libicudata.so.*")
    symbol, package = slim_icu.package_of(library.read_bytes())
    assert re.fullmatch(r"icudt\d+_dat", symbol)
    header, tree, items = slim_icu.read_package(package)
    assert tree == f"icudt{symbol[5:-4]}l"
    assert slim_icu.write_package(header, items) == package
    kept = {name.split("/", 1)[1] for name, _ in items if slim_icu.keep_item(name.split("/", 1)[1])}
    for needed in ("root.res", "fi.res", "sv_FI.res", "en_GB.res", "coll/fi.res", "coll/sv.res"):
        assert needed in kept
    assert "zoneinfo64.res" in kept and any(name.startswith("coll/ucadata") for name in kept)
    assert not any(name.endswith((".cnv", ".dict")) for name in kept)
    assert "de.res" not in kept and "zh.res" not in kept
    size = sum(len(item) for name, item in items if name.split("/", 1)[1] in kept)
    assert size < len(package) / 4, "our languages' data should be a small part of ICU's"
