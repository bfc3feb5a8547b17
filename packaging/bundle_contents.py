"""What the PyInstaller bundle leaves out: the rules agreement-studio.spec applies.

PyInstaller collects every Qt module, plugin and translation its hooks see, and then every shared
library those link to. The window needs far less: these rules name what it uses, drop the rest,
and then drop each shared library that nothing kept still links to. Kept apart from the spec so
that the rules can be read and tried on a build's file list without building.
"""

from __future__ import annotations

import subprocess
from collections.abc import Callable, Iterable
from pathlib import Path, PurePath

# The Qt the application uses: the window (QtCore, QtGui, QtWidgets) and the PDF preview (QtPdf,
# QtPdfWidgets). SVG icons load through Qt's SVG plugins, which bring the Qt SVG library along.
QT_USED = frozenset({"QtCore", "QtGui", "QtWidgets", "QtPdf", "QtPdfWidgets"})

# Plugin folders of no use to a desktop window that neither prints, plays media nor goes online:
# embedded-display and touch-screen back ends, TLS and network information, printing, databases,
# positioning, speech, QML tooling.
UNUSED_PLUGIN_FOLDERS = frozenset(
    {
        "egldeviceintegrations",
        "generic",
        "tls",
        "networkinformation",
        "printsupport",
        "sqldrivers",
        "multimedia",
        "position",
        "qmltooling",
        "sensors",
        "texttospeech",
    }
)
# Single plugins left out by their name's start (file names differ a little by platform):
UNUSED_PLUGINS = (
    # embedded and remote displays; the window runs on xcb, Wayland, Windows or macOS
    "libqeglfs",
    "libqlinuxfb",
    "libqvnc",
    "libqvkkhrdisplay",
    "libqminimalegl",
    # the on-screen keyboard is written in QML: it would bring Qt Quick and QML (about 20 MB)
    "libqtvirtualkeyboardplugin",
    "qtvirtualkeyboardplugin",
    # the GTK 3 theme would bring the build machine's GTK, Cairo and Pango; Qt's own dialogs
    # and the XDG desktop portal theme serve instead
    "libqgtk3",
    # image formats no icon or preview of ours is in (SVG, PNG, JPEG, GIF and ICO stay)
    "libqtiff",
    "libqwebp",
    "libqicns",
    "libqtga",
    "libqwbmp",
    "libqpdf",
)
# Qt's own strings (standard buttons, file dialogs) in the languages the window speaks.
QT_TRANSLATIONS = frozenset(f"qtbase_{language}.qm" for language in ("fi", "sv"))

# Libraries of the Linux desktop itself, taken from the machine the bundle runs on as the PySide6
# wheels take them (the README's system packages): X11 and xcb, xkbcommon, fontconfig and
# FreeType, GLib, D-Bus and the C++ runtime. A copy from the build machine would only clash
# with the desktop's own configuration (fontconfig's above all).
HOST_LIBRARIES = (
    "libX11",
    "libXau",
    "libXdmcp",
    "libxcb",
    "libxkbcommon",
    "libfontconfig",
    "libfreetype",
    "libglib-2.0",
    "libgobject-2.0",
    "libgio-2.0",
    "libgmodule-2.0",
    "libgthread-2.0",
    "libdbus-1",
    "libstdc++",
    "libgcc_s",
)
_SYSTEM_DIRS = ("/lib/", "/lib64/", "/usr/lib/", "/usr/lib64/")

# Python modules the application never imports at run time.
UNUSED_PYTHON_MODULES = [
    "tkinter",
    "matplotlib",
    "numpy",
    "IPython",
    "pytest",
    "hypothesis",
    "pypdf",
    "mypy",
    "pydoc_data",
    # build tools: cffi's setuptools_ext is only for building extensions
    "setuptools",
    "pkg_resources",
    "distutils",
    "_distutils_hack",
    # image codecs ReportLab and pyHanko never meet (our PDFs hold no images)
    "PIL.ImageQt",  # it would pull PySide6 modules back in
    "PIL.ImageTk",
    "PIL._imagingtk",
    "PIL.AvifImagePlugin",
    "PIL._avif",
    "PIL.WebPImagePlugin",
    "PIL._webp",
    "PIL.ImageCms",
    "PIL._imagingcms",
    # pyHanko uses lxml.etree only
    "lxml.objectify",
    "lxml.html",
    "lxml.isoschematron",
]


def unused_pyside6_modules(pyside6_dir: Path) -> list[str]:
    """Every PySide6 extension module outside ``QT_USED``, named from the installed PySide6."""
    names = {
        path.name.split(".")[0]
        for path in pyside6_dir.glob("Qt*.*")
        if path.suffix in (".so", ".pyd")
    }
    return sorted(f"PySide6.{name}" for name in names - QT_USED)


def is_unused_qt_file(dest: str) -> bool:
    """Whether a collected file (by its place in the bundle) is a Qt part the window never uses."""
    parts = PurePath(dest).parts
    if "PySide6" not in parts:
        return False
    name = parts[-1]
    if "translations" in parts[:-1]:
        return name not in QT_TRANSLATIONS
    if "plugins" in parts[:-1]:
        folder = parts[parts.index("plugins") + 1]
        return folder in UNUSED_PLUGIN_FOLDERS or name.startswith(UNUSED_PLUGINS)
    return False


def leave_out_binary(dest: str, source: str, typecode: str) -> bool:
    """Whether a collected binary is left out: an unused Qt part or a desktop library."""
    if is_unused_qt_file(dest):
        return True
    return source.startswith(_SYSTEM_DIRS) and PurePath(dest).name.startswith(HOST_LIBRARIES)


def _is_root(dest: str, typecode: str) -> bool:
    # What is loaded by name rather than linked to: Python's extension modules, Qt's plugins
    # and the Python library (the bootloader loads it).
    parts = PurePath(dest).parts
    return (
        typecode == "EXTENSION"
        or "plugins" in parts[:-1]
        or parts[-1].startswith(("libpython", "python3", "Python"))
    )


def linked_binaries(
    binaries: Iterable[tuple[str, str, str]],
    imports_of: Callable[[str], Iterable[tuple[str, str | None]]],
) -> list[tuple[str, str, str]]:
    """The binaries reachable by linking from the roots (extensions, plugins, libpython).

    ``binaries`` are PyInstaller's (dest, source, typecode) entries; ``imports_of(source)``
    gives a binary's linked libraries as (name, path) pairs, as PyInstaller's
    ``bindepend.get_imports`` does. A library no kept binary links to is left out.
    """
    entries = list(binaries)
    by_name: dict[str, list[int]] = {}
    for index, (dest, _source, _typecode) in enumerate(entries):
        by_name.setdefault(PurePath(dest).name.lower(), []).append(index)
    kept = {i for i, (dest, _s, typecode) in enumerate(entries) if _is_root(dest, typecode)}
    todo = list(kept)
    while todo:
        _dest, source, _typecode = entries[todo.pop()]
        for name, _path in imports_of(source):
            for index in by_name.get(PurePath(name).name.lower(), []):
                if index not in kept:
                    kept.add(index)
                    todo.append(index)
    return [entry for index, entry in enumerate(entries) if index in kept]


def elf_needed(path: str) -> list[tuple[str, None]]:
    """The libraries an ELF file names itself (DT_NEEDED), as (name, None) pairs.

    ``ldd``, which PyInstaller asks on Linux, lists every library loaded in the end, those of
    the dependencies too; the closure above needs the direct links only. ``objdump`` comes
    with binutils, which the build needs anyway to strip the binaries.
    """
    out = subprocess.run(["objdump", "-p", path], capture_output=True, text=True, check=True).stdout
    return [
        (line.split()[1], None) for line in out.splitlines() if line.strip().startswith("NEEDED")
    ]
