"""Finnish and Swedish are complete, and no string of the window escapes translation."""

from __future__ import annotations

import ast
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator

import agreement_studio.gui
from agreement_studio.gui.i18n import TRANSLATED, translations_dir

GUI = Path(agreement_studio.gui.__file__).resolve().parent
# Methods and widgets whose text argument a person reads.
VISIBLE = {
    "setText",
    "setTitle",
    "setSubTitle",
    "setPlaceholderText",
    "setToolTip",
    "setStatusTip",
    "setWindowTitle",
    "showMessage",
    "setAccessibleName",
    "addItem",
    "addMenu",
    "addAction",
    "setButtonText",
    "show_message",
    "show_placeholder",
    "QLabel",
    "QPushButton",
    "QCheckBox",
    "QRadioButton",
    "QGroupBox",
    "QAction",
    "QMenu",
    "QToolBar",
    "QListWidgetItem",
}
PLACEHOLDER = re.compile(r"\{[a-z_]+\}")


def _ts(language: str) -> ET.Element:
    return ET.parse(translations_dir() / f"agreement_studio_{language}.ts").getroot()


def _messages(language: str) -> dict[tuple[str, str], ET.Element]:
    return {
        (context.findtext("name"), message.findtext("source")): message
        for context in _ts(language).iter("context")
        for message in context.iter("message")
    }


def _literal(node: ast.AST) -> str | None:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


class _Strings(ast.NodeVisitor):
    """The translatable strings of a module, as lupdate finds them, and what it cannot find."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.classes: list[str] = []
        self.found: set[tuple[str, str]] = set()
        self.untranslated: list[str] = []

    def visit_ClassDef(self, node: ast.ClassDef) -> None:
        self.classes.append(node.name)
        self.generic_visit(node)
        self.classes.pop()

    def visit_Call(self, node: ast.Call) -> None:
        func = node.func
        name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
        args = [_literal(a) for a in node.args]
        where = f"{self.path.relative_to(GUI)}:{node.lineno}"
        if name == "tr" and self.classes:
            if args and args[0] is not None:
                self.found.add((self.classes[-1], args[0]))
            else:
                self.untranslated.append(f"{where}: tr() of a value lupdate cannot see")
        elif name in ("translate", "QT_TRANSLATE_NOOP") and len(args) >= 2:
            if args[0] is not None and args[1] is not None:
                self.found.add((args[0], args[1]))
        elif name in VISIBLE:
            for text in args:
                if text and re.search(r"[A-Za-z]{2}", text):
                    self.untranslated.append(f"{where}: {name}({text!r}) is not translated")
        self.generic_visit(node)


def _scan() -> tuple[set[tuple[str, str]], list[str]]:
    found: set[tuple[str, str]] = set()
    untranslated: list[str] = []
    for path in sorted(GUI.rglob("*.py")):
        visitor = _Strings(path)
        visitor.visit(ast.parse(path.read_text("utf-8")))
        found |= visitor.found
        untranslated += visitor.untranslated
    return found, untranslated


def _mnemonics(text: str) -> int:
    return len(re.findall(r"&(?!&|[a-z]+;)\w", text.replace("&&", "")))


def test_every_visible_string_goes_through_translation():
    found, untranslated = _scan()
    assert len(found) > 300
    assert not untranslated, "\n".join(untranslated)


@pytest.mark.parametrize("language", TRANSLATED)
def test_every_string_of_the_window_is_in_the_ts_file(language):
    found, _ = _scan()
    known = set(_messages(language))
    missing = sorted(found - known)
    assert not missing, (
        f"not in agreement_studio_{language}.ts (run python -m "
        f"agreement_studio.gui.i18n --update):\n" + "\n".join(f"{c}: {s!r}" for c, s in missing)
    )
    stale = sorted(known - found)
    assert not stale, "in the .ts but no longer in gui/: " + repr(stale[:5])


@pytest.mark.parametrize("language", TRANSLATED)
def test_translations_are_finished(language):
    problems = []
    for (context, source), message in _messages(language).items():
        translation = message.find("translation")
        text = translation.text or ""
        where = f"{context}: {source!r}"
        if translation.get("type") in ("unfinished", "vanished", "obsolete"):
            problems.append(f"{where} is {translation.get('type')}")
        elif not text.strip():
            problems.append(f"{where} has an empty translation")
        elif set(PLACEHOLDER.findall(text)) != set(PLACEHOLDER.findall(source)):
            problems.append(f"{where}: placeholders differ in {text!r}")
        elif _mnemonics(text) > 1 or (_mnemonics(text) and not _mnemonics(source)):
            problems.append(f"{where}: Alt shortcuts (&) do not fit in {text!r}")
        elif source.endswith("…") != text.endswith("…"):
            problems.append(f"{where}: “…” (opens a dialog) lost in {text!r}")
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("language", TRANSLATED)
def test_built_qm_matches_the_ts_source(qapp, language):
    translator = QTranslator()
    assert translator.load(str(translations_dir() / f"agreement_studio_{language}.qm"))
    stale = []
    for (context, source), message in _messages(language).items():
        expected = message.findtext("translation")
        got = translator.translate(context, source) or source
        if got != expected:
            stale.append(f"{context}: {source!r}")
    assert not stale, (
        "the .qm is older than the .ts (run python -m "
        "agreement_studio.gui.i18n --release): " + ", ".join(stale[:5])
    )


def test_the_window_speaks_finnish(qapp, window):
    from agreement_studio.gui.i18n import install_translators
    from agreement_studio.gui.main_window import MainWindow

    install_translators(qapp, "fi")
    try:
        finnish = MainWindow()
        assert [a.text() for a in finnish.menuBar().actions()] == ["&Tiedosto", "&Muokkaa", "O&hje"]
        assert finnish.start_page.create_button.text() == "&Luo ensimmäinen sopimuksesi"
        finnish.deleteLater()
    finally:
        install_translators(qapp, "en")
