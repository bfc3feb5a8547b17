"""Read everything a person reads in the window, and find the sentences left in English.

:func:`visible_texts` walks a top-level widget and yields every text on screen: labels, buttons,
group and tab titles, tooltips, placeholders, menus, combo items, read-only text, and the cells
and headers of item views (with their tooltips, children included). :func:`english` says whether
a text is English: it has one of the words below, which are common English words that are not
Finnish or Swedish words. Names (of people, organisations, certificates, files) are removed
first by the caller's allow-list.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QMenuBar,
    QPlainTextEdit,
    QTabWidget,
    QTextEdit,
    QToolBar,
    QWidget,
)

# Common English words that are neither Finnish nor Swedish words (so not "status", "version",
# "register", "start", "import", "export", "under", "on", "in", "by", "man"...).
_WORDS = """
the and of to is are was were not this that these those with from your you will can cannot
must been which what when who whom has have had there their they its be being than then
into onto about after before again also any each every here how more most other only over
same should so some such them through until very would could please now yet
file files open opens opened save saved saving sign signs signed signing signature
signatures signer signers verify verified verifying verification agreement agreements
party parties draft drafts cancel close add remove removed next back finish help preferences
settings edit name date valid invalid trusted untrusted modified unsigned error errors
identity identities certificate certificates password choose new show hide search find
history details language network meeting meetings commitments term none yes all
missing needed unknown changed change changes document documents page pages
nothing something everything copy copies current keep kept trust revoked expired
timestamp timestamps ready done failed broken intact checked check why
"""
ENGLISH = frozenset(_WORDS.split())


_HTML = re.compile(r"<[^>]+>")


def plain(text: str) -> str:
    """``text`` without HTML markup and mnemonic ampersands."""
    if "<" in text and _HTML.search(text):
        document = QTextDocument()
        document.setHtml(text)
        text = document.toPlainText()
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def english(text: str, names: Iterable[str] = ()) -> list[str]:
    """The English words of ``text`` once ``names`` and file-like words are taken out."""
    for name in sorted(names, key=len, reverse=True):
        if name:
            text = text.replace(name, " ")
    text = re.sub(r"\S+@\S+|\S+\.(?:pdf|p12|pfx|pem|crt|der|json|sqlite|csv|zip)\b", " ", text)
    text = re.sub(r"https?://\S+|[\w./-]*/[\w./-]+", " ", text)  # addresses and paths
    text = re.sub(r"\b[0-9A-Fa-f]{2}(?::[0-9A-Fa-f]{2})+\b", " ", text)  # fingerprints
    text = re.sub(r"\b\w*\d\w*\b", " ", text)  # digests, IDs, numbers
    text = re.sub(r"--[\w-]+|\b[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+\b", " ", text)  # options, variables
    # a compound like "verify-komento" is a Finnish word about a command, not English
    words = re.findall(r"[A-Za-zÅÄÖåäöÉé]+(?:-[A-Za-zÅÄÖåäöÉé]+)*", text)
    return [w for w in words if w.lower() in ENGLISH]


def _columns(model, parent: QModelIndex) -> int:
    try:
        return model.columnCount(parent)
    except TypeError:  # a list model, whose columnCount PySide keeps private
        return 1


def _item_texts(view: QAbstractItemView, limit: int = 60) -> Iterator[str]:
    model = view.model()
    if model is None:
        return
    for column in range(_columns(model, QModelIndex())):
        for orientation in (Qt.Orientation.Horizontal,):
            for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                value = model.headerData(column, orientation, role)
                if isinstance(value, str):
                    yield value

    def walk(parent: QModelIndex, depth: int) -> Iterator[str]:
        for row in range(min(model.rowCount(parent), limit)):
            for column in range(_columns(model, parent)):
                index = model.index(row, column, parent)
                for role in (
                    Qt.ItemDataRole.DisplayRole,
                    Qt.ItemDataRole.ToolTipRole,
                    Qt.ItemDataRole.AccessibleTextRole,
                ):
                    value = index.data(role)
                    if isinstance(value, str):
                        yield value
            first = model.index(row, 0, parent)
            if depth < 4 and first.isValid() and model.rowCount(first) > 0:
                yield from walk(first, depth + 1)

    yield from walk(QModelIndex(), 0)


def _menu_texts(actions: Iterable) -> Iterator[str]:
    for action in actions:
        yield action.text()
        yield action.toolTip() if action.toolTip() != action.text().replace("&", "") else ""
        yield action.statusTip()
        menu = action.menu()
        if isinstance(menu, QMenu):
            yield menu.title()
            yield from _menu_texts(menu.actions())


def visible_texts(root: QWidget) -> Iterator[tuple[str, str]]:
    """``(where, text)`` for every text shown by ``root`` and its visible children."""
    widgets = [root, *root.findChildren(QWidget)]
    for widget in widgets:
        if widget is not root and not widget.isVisibleTo(root):
            continue
        where = f"{type(widget).__name__}({widget.objectName() or widget.accessibleName()})"
        texts: list[str] = [widget.toolTip(), widget.accessibleName(), widget.whatsThis()]
        if widget.isWindow():
            texts.append(widget.windowTitle())
        if isinstance(widget, (QLabel, QAbstractButton)):
            texts.append(widget.text())
        elif isinstance(widget, QGroupBox):
            texts.append(widget.title())
        elif isinstance(widget, QLineEdit):
            texts.append(widget.placeholderText())
            if widget.isReadOnly():
                texts.append(widget.text())
        elif isinstance(widget, QPlainTextEdit | QTextEdit):
            texts.append(widget.placeholderText())
            if widget.isReadOnly():
                texts.append(widget.toPlainText())
        elif isinstance(widget, QComboBox):
            texts += [widget.itemText(i) for i in range(widget.count())]
        elif isinstance(widget, QTabWidget):
            texts += [widget.tabText(i) for i in range(widget.count())]
            texts += [widget.tabToolTip(i) for i in range(widget.count())]
        elif isinstance(widget, QMenuBar | QToolBar):
            texts += list(_menu_texts(widget.actions()))
        if isinstance(widget, QAbstractItemView):
            texts += list(_item_texts(widget))
        for text in texts:
            if text and text.strip():
                yield where, plain(text)


def findings(place: str, root: QWidget, names: Iterable[str]) -> list[str]:
    """Every English text under ``root``, as ``place › widget: text [words]`` lines."""
    names = list(names)
    found = []
    seen: set[str] = set()
    for where, text in visible_texts(root):
        if text in seen:
            continue
        seen.add(text)
        words = english(text, names)
        if words:
            found.append(f"{place} › {where}: {text[:160]!r} {sorted(set(words))}")
    return found
