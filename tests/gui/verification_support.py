"""Shared by the verification view's tests: the corpus, its expectations, driving a run."""

from __future__ import annotations

import tomllib
from pathlib import Path

from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QFileDialog

CORPUS = Path(__file__).resolve().parents[1] / "corpus"
MANIFEST = tomllib.loads((CORPUS / "manifest.toml").read_text("utf-8"))["file"]
ROOT = CORPUS / "certs" / "pyhanko-testing-root.pem"
INTERMEDIATE = CORPUS / "certs" / "pyhanko-testing-intermediate.pem"
ACCEPT = {
    "valid": {"valid"},
    "intact": {"valid", "untrusted"},
    "reject": {"modified", "invalid", "error"},
}
RUN_TIMEOUT_MS = 120_000


def drop(target, paths: list[Path]) -> tuple[bool, bool]:
    """Drag ``paths`` from a file manager and drop them on ``target``, as Qt delivers it."""
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    enter = QDragEnterEvent(
        QPoint(10, 10),
        Qt.DropAction.CopyAction,
        data,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(target, enter)
    event = QDropEvent(
        QPointF(10, 10),
        Qt.DropAction.CopyAction,
        data,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(target, event)
    return enter.isAccepted(), event.isAccepted()


def answer_file_dialogs(
    monkeypatch,
    *,
    open_files: list[Path] | None = None,
    folder: Path | None = None,
    save: Path | None = None,
) -> list[str]:
    """Replace the file dialogs' static calls with answers; returns the titles asked."""
    asked: list[str] = []

    def open_names(parent, title, *args):
        asked.append(title)
        return [str(p) for p in open_files or []], ""

    def directory(parent, title, *args):
        asked.append(title)
        return str(folder) if folder else ""

    def save_name(parent, title, *args):
        asked.append(title)
        return (str(save) if save else ""), ""

    monkeypatch.setattr(QFileDialog, "getOpenFileNames", staticmethod(open_names))
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", staticmethod(directory))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(save_name))
    return asked


def verdicts(controller) -> dict[str, str]:
    """File name -> verdict of every row the view shows."""
    return {Path(r.path).name: r.verdict.value for r in controller.view.model.reports()}


def named_controls(root) -> list:
    """The controls a person operates under ``root`` (the parts of a tree view excluded)."""
    from PySide6.QtWidgets import (
        QAbstractButton,
        QAbstractItemView,
        QHeaderView,
        QLineEdit,
        QWidget,
    )

    def inside_view(widget) -> bool:
        parent = widget.parentWidget()
        while parent is not None:
            if isinstance(parent, QAbstractItemView):
                return True
            parent = parent.parentWidget()
        return False

    return [
        w
        for w in root.findChildren(QWidget)
        if isinstance(w, QAbstractButton | QLineEdit | QAbstractItemView)
        and not isinstance(w, QHeaderView)
        and not inside_view(w)
        and w.focusPolicy() != Qt.FocusPolicy.NoFocus
    ]
