"""The window's language: which one, installing its translators, and rebuilding translations.

The language is the one chosen in Preferences; without a choice it follows ``LC_ALL``,
``LC_MESSAGES`` or ``LANG`` and then the system locale; anything other than Finnish or Swedish
shows the English source text. Qt's own strings (standard buttons, file dialogs) come from Qt's
``qtbase_*.qm``.

Translations live in ``resources/translations`` as ``agreement_studio_<lang>.ts`` (sources,
edited with Qt Linguist) built to ``.qm`` (committed, so a plain install works). After changing
strings in ``gui/``::

    python -m agreement_studio.gui.i18n --update     # lupdate over gui/, then lrelease
    python -m agreement_studio.gui.i18n --release    # only rebuild the .qm files
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale

from agreement_studio.paths import resources_dir

if TYPE_CHECKING:
    from PySide6.QtCore import QCoreApplication, QTranslator

__all__ = [
    "QT_TRANSLATE_NOOP",
    "TRANSLATED",
    "install_translators",
    "language_name",
    "translations_dir",
    "ui_language",
]

TRANSLATED = ("fi", "sv")
"""Languages with a translation; English is the source language."""

_LOCALES = {"fi": "fi_FI", "sv": "sv_FI", "en": "en_GB"}
_NAMES = {"fi": "suomi", "sv": "svenska", "en": "English"}
_installed: list[QTranslator] = []  # kept alive: Qt does not own installed translators


def QT_TRANSLATE_NOOP(context: str, source_text: str) -> str:
    """Mark ``source_text`` for translation in ``context`` and return it unchanged.

    The same as PySide6's, which its stubs declare to return ``object``; lupdate finds the
    text by the function's name, wherever it comes from.
    """
    return source_text


def translations_dir() -> Path:
    """Where the ``.ts`` and ``.qm`` files are."""
    return resources_dir() / "translations"


def language_name(code: str) -> str:
    """A language's name in the language itself (as a language chooser shows it)."""
    return _NAMES.get(code, code)


def _code(locale_name: str) -> str:
    return locale_name.split(".")[0].split("@")[0].replace("-", "_").split("_")[0].lower()


def ui_language(preferred: str = "") -> str:
    """The window's language code: the preference, else the environment, else the system.

    The environment is read as the command line reads it (:func:`agreement_studio.i18n.
    environment_language`: ``LANGUAGE``, ``LC_ALL``, ``LC_MESSAGES``, ``LANG``).
    """
    if preferred in _LOCALES:
        return preferred
    names = ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG")
    if any(os.environ.get(name) for name in names):
        from agreement_studio.i18n import environment_language

        plain = all(os.environ.get(name, "C").split(".")[0] in ("C", "POSIX") for name in names[1:])
        if not plain or os.environ.get("LANGUAGE"):
            return environment_language()
    for name in QLocale.system().uiLanguages():
        code = _code(name)
        if code in _LOCALES:
            return code
    return "en"


def install_translators(app: QCoreApplication, language: str) -> str:
    """Install the translators for ``language`` (replacing earlier ones); returns the code."""
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    system = QLocale.system()
    locale = system if _code(system.name()) == language else QLocale(_LOCALES[language])
    QLocale.setDefault(locale)  # dates and numbers in the window follow the language
    from agreement_studio.i18n import set_language

    set_language(language)  # and so do the sentences the core makes
    if language not in TRANSLATED:
        return language  # English is the source text: nothing to load
    from PySide6.QtCore import QLibraryInfo, QTranslator

    ours = QTranslator(app)
    if ours.load(str(translations_dir() / f"agreement_studio_{language}.qm")):
        app.installTranslator(ours)
        _installed.append(ours)
    qt = QTranslator(app)
    if qt.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        _installed.append(qt)
    return language


# The maintenance commands below are not part of the window: their modules load when used.


def _tool(name: str) -> str:
    import shutil

    found = shutil.which(name) or str(Path(sys.executable).with_name(name))
    if not Path(found).exists():
        raise SystemExit(f"{name} is not installed (it comes with PySide6)")
    return found


def update_sources() -> list[Path]:
    """Run lupdate over every module of ``gui/`` into the ``.ts`` files."""
    import subprocess

    gui = Path(__file__).resolve().parent
    sources = sorted(str(p) for p in gui.rglob("*.py"))
    targets = [translations_dir() / f"agreement_studio_{code}.ts" for code in TRANSLATED]
    subprocess.run(
        [
            _tool("pyside6-lupdate"),
            "-no-obsolete",
            "-locations",
            "none",
            *sources,
            "-ts",
            *map(str, targets),
        ],
        check=True,
    )
    return targets


def release() -> list[Path]:
    """Build each ``.ts`` into its ``.qm``."""
    import subprocess

    built = []
    for code in TRANSLATED:
        source = translations_dir() / f"agreement_studio_{code}.ts"
        target = source.with_suffix(".qm")
        subprocess.run(
            [_tool("pyside6-lrelease"), "-removeidentical", str(source), "-qm", str(target)],
            check=True,
        )
        built.append(target)
    return built


def main(argv: list[str] | None = None) -> int:
    """``python -m agreement_studio.gui.i18n --update | --release``."""
    import argparse

    parser = argparse.ArgumentParser(
        prog="python -m agreement_studio.gui.i18n",
        description="Update and build the window's translations.",
    )
    group = parser.add_mutually_exclusive_group(required=True)
    group.add_argument(
        "--update",
        action="store_true",
        help="extract the strings of gui/ into the .ts files, then build .qm",
    )
    group.add_argument("--release", action="store_true", help="only build the .qm files")
    args = parser.parse_args(argv)
    if args.update:
        update_sources()
    release()
    return 0


if __name__ == "__main__":
    sys.exit(main())
