"""Walk a window's widget tree and find keys that mean two things at once.

A key clashes when, in one window as it is shown now, two of these claim it: the Alt letter
of a button, of a label with a buddy, of a group box's title or of a tab; a menu bar entry;
a shortcut of an action or of a QShortcut the window reacts to. Inside each menu, its items'
Alt letters must differ too. (No tests here: the test modules import it.)
"""

from __future__ import annotations

from accessibility_support import inside_composite
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractButton,
    QGroupBox,
    QLabel,
    QMenu,
    QMenuBar,
    QTabBar,
    QWidget,
)

_WINDOW_WIDE = (Qt.ShortcutContext.WindowShortcut, Qt.ShortcutContext.ApplicationShortcut)


def alt_key(text: str) -> str:
    """The Alt key of a text with an ``&`` mnemonic ("" for none)."""
    key = QKeySequence.mnemonic(text)
    return key.toString() if not key.isEmpty() else ""


def _shown(widget: QWidget, top: QWidget) -> bool:
    return widget.window() is top and widget.isVisibleTo(top)


def _claims(top: QWidget) -> list[tuple[str, str, object]]:
    """``(key, what, owner)`` for every key the window reacts to now."""
    claims: list[tuple[str, str, object]] = []
    for widget in [top, *top.findChildren(QWidget)]:
        if widget is not top and not _shown(widget, top):
            continue
        if inside_composite(widget):
            continue
        if isinstance(widget, QAbstractButton):
            claims.append((alt_key(widget.text()), f"button {widget.text()!r}", widget))
        elif isinstance(widget, QLabel) and widget.buddy() is not None:
            claims.append((alt_key(widget.text()), f"label {widget.text()!r}", widget))
        elif isinstance(widget, QGroupBox):
            claims.append((alt_key(widget.title()), f"group {widget.title()!r}", widget))
        elif isinstance(widget, QTabBar):
            for tab in range(widget.count()):
                text = widget.tabText(tab)
                if widget.isTabVisible(tab):
                    claims.append((alt_key(text), f"tab {text!r}", (widget, tab)))
        elif isinstance(widget, QMenuBar):
            for action in QWidget.actions(widget):
                if action.isVisible():
                    claims.append((alt_key(action.text()), f"menu {action.text()!r}", action))
        for action in QWidget.actions(widget):  # the main window's .actions is its own
            _action_claims(action, claims)
    for action in top.findChildren(QAction):
        _action_claims(action, claims)
    for shortcut in top.findChildren(QShortcut):
        parent = shortcut.parent()
        if shortcut.isEnabled() and isinstance(parent, QWidget) and _shown(parent, top):
            for key in shortcut.keys():  # noqa: SIM118 (QShortcut, not a dict)
                claims.append((key.toString(), f"shortcut on {type(parent).__name__}", shortcut))
    return [(key, what, owner) for key, what, owner in claims if key]


def _action_claims(action: QAction, claims: list[tuple[str, str, object]]) -> None:
    if action.shortcutContext() not in _WINDOW_WIDE:
        return
    for key in action.shortcuts():
        claims.append((key.toString(), f"action {action.text()!r}", action))


def menus_of(top: QWidget) -> list[QMenu]:
    """Every menu of the window (the menu bar's, their submenus, context menus it owns)."""
    found: list[QMenu] = []
    pending = list(top.findChildren(QMenu))
    while pending:
        menu = pending.pop()
        if menu in found:
            continue
        found.append(menu)
        pending.extend(a.menu() for a in menu.actions() if isinstance(a.menu(), QMenu))
    return found


def clashes(top: QWidget, where: str) -> list[str]:
    """Every key that two things claim in ``top`` now, and every menu with a repeated letter."""
    found: list[str] = []
    seen: dict[str, tuple[str, object]] = {}
    for key, what, owner in _claims(top):
        if key in seen and seen[key][1] is not owner and seen[key][1] != owner:
            found.append(f"{where}: {key} is {seen[key][0]} and {what}")
        seen.setdefault(key, (what, owner))
    for menu in menus_of(top):
        letters: dict[str, str] = {}
        for action in menu.actions():
            if action.isSeparator() or not action.isVisible():
                continue
            key = alt_key(action.text())
            if key and key in letters:
                found.append(
                    f"{where}: menu {menu.title()!r}: {key} is {letters[key]!r} "
                    f"and {action.text()!r}"
                )
            letters.setdefault(key, action.text())
    return found
