"""Qt's own file dialog speaks the window's language, where Qt's catalogue is silent too."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QLabel

from agreement_studio.gui.i18n import install_translators
from agreement_studio.gui.qt_words import WORDS

ENGLISH_LABELS = {"Look in:", "Files of type:", "File name:", "File &name:"}


@pytest.fixture(params=["fi", "sv"])
def language(request, qapp):
    install_translators(qapp, request.param)
    yield request.param
    install_translators(qapp, "en")


def test_the_file_dialogs_labels_are_translated(language, qtbot):
    dialog = QFileDialog(None, "x")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)  # Qt's own, as the window's
    qtbot.addWidget(dialog)
    labels = {label.text() for label in dialog.findChildren(QLabel) if label.text()}
    assert labels, "the dialog has labels"
    assert not labels & ENGLISH_LABELS, labels


def test_every_word_qt_leaves_untranslated_has_ours(language):
    contexts = {
        "Look in:": "QFileDialog",
        "Files of type:": "QFileDialog",
    }
    for word in WORDS:
        context = contexts.get(word, "QAbstractFileIconProvider")
        translated = QCoreApplication.translate(context, word)
        assert translated and translated != word, (language, context, word)
