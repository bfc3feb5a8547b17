"""Words of Qt's own dialogs that Qt's Finnish or Swedish catalogue does not translate.

The file dialog (Import, Verify, Save …) comes from Qt, translated by Qt's ``qtbase_fi.qm`` and
``qtbase_sv.qm``. Those lack a few of its words: Swedish has no "Look in:" or "Files of type:",
and Finnish none of the file kinds ("Folder", "Drive", "%1 File"). Listed here, in Qt's own
contexts, they reach our catalogues (``resources/translations``); Qt asks every installed
translator, so ours answers where Qt's is silent. Nothing imports this module.
"""

from __future__ import annotations

from agreement_studio.gui.i18n import QT_TRANSLATE_NOOP

WORDS = (
    QT_TRANSLATE_NOOP("QFileDialog", "Look in:"),
    QT_TRANSLATE_NOOP("QFileDialog", "Files of type:"),
    QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "Drive"),
    QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "File Folder"),
    QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "Folder"),
    QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "Shortcut"),
    QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "Unknown"),
    QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "File"),
    QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "%1 File"),
)
