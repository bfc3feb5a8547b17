"""The Qt binding keeps Python's reference counts right (PySide6 6.12.0 did not)."""

from __future__ import annotations

import sys

import pytest
from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QPushButton


class _Emitter(QObject):
    changed = Signal(int)


@pytest.mark.skipif(
    sys.version_info >= (3, 12), reason="None, True and False are immortal from Python 3.12"
)
def test_void_calls_and_emits_do_not_lose_references(qtbot):
    # A binding that returns None or True without a new reference makes a long session
    # abort ("none_dealloc") under CPython 3.11.
    button = QPushButton()
    qtbot.addWidget(button)
    emitter = _Emitter()
    emitter.changed.connect(lambda value: None)
    before = sys.getrefcount(None), sys.getrefcount(True), sys.getrefcount(False)
    for _ in range(200):
        button.setEnabled(True)
        button.setVisible(False)
        emitter.changed.emit(1)
    after = sys.getrefcount(None), sys.getrefcount(True), sys.getrefcount(False)
    for name, was, now in zip(("None", "True", "False"), before, after, strict=True):
        assert now >= was - 20, f"the Qt binding loses references to {name}"
