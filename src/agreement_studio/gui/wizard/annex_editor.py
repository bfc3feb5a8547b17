"""The annexes' content on the term page: for each annex, what it holds and in what language.

Widgets only: the changes are ``agreement.annexes`` operations, an attached file is checked by
``pdf.attached.read_attachment`` before it goes into the draft.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from agreement_studio.agreement import AnnexKind, Language
from agreement_studio.agreement.annexes import (
    annex_content,
    attach_pdf,
    set_annex_kind,
    set_annex_language,
    set_annex_text,
)
from agreement_studio.errors import AgreementStudioError
from agreement_studio.gui.dialogs import ask_pdfs
from agreement_studio.i18n import render

if TYPE_CHECKING:
    from agreement_studio.gui.wizard.base import StepPage

__all__ = ["AnnexEditor"]

_KINDS = [
    AnnexKind.TITLE_ONLY,
    AnnexKind.MEETING_SCHEDULE,
    AnnexKind.CONTACTS,
    AnnexKind.TEXT,
    AnnexKind.ATTACHED_PDF,
]
_LANGUAGES: list[Language | None] = [None, Language.FI, Language.SV, Language.EN]


class AnnexEditor(QGroupBox):
    """Choose an annex, then its content: a built-in kind, free text or an attached PDF."""

    def __init__(self, page: StepPage) -> None:
        super().__init__()
        self.setTitle(self.tr("Annex content"))
        self.page = page
        self._filling = False
        form = QFormLayout(self)
        self.empty = QLabel(self.tr("List the annexes above to give them content."))
        self.empty.setWordWrap(True)
        form.addRow(self.empty)
        self.annex = QComboBox()
        self.annex.setAccessibleName(self.tr("Annex"))
        form.addRow(self.tr("Annex:"), self.annex)
        self.kind = QComboBox()
        self.kind.setAccessibleName(self.tr("Content of the annex"))
        for text in (
            self.tr("Title only (the content is kept elsewhere)"),
            self.tr("Meeting schedule (made from the draft)"),
            self.tr("Contact persons and signatories (made from the draft)"),
            self.tr("Text written here"),
            self.tr("An attached PDF document"),
        ):
            self.kind.addItem(text)
        form.addRow(self.tr("Content:"), self.kind)
        self.language = QComboBox()
        self.language.setAccessibleName(self.tr("Language of the annex"))
        for text in (
            self.tr("The agreement's language"),
            self.tr("Finnish"),
            self.tr("Swedish"),
            self.tr("English"),
        ):
            self.language.addItem(text)
        form.addRow(self.tr("Language:"), self.language)
        self.text = QPlainTextEdit()
        self.text.setAccessibleName(self.tr("Text of the annex"))
        self.text.setTabChangesFocus(True)
        self.text.setFixedHeight(90)
        self.text_label = QLabel(self.tr("Text:"))
        self.text_label.setBuddy(self.text)
        form.addRow(self.text_label, self.text)
        self.attach = QPushButton(self.tr("Attach PDF…"))
        self.attach.setAccessibleName(self.tr("Attach a PDF document as the annex"))
        self.attached = QLabel()
        self.attached.setWordWrap(True)
        self.attached.setAccessibleName(self.tr("Attached file"))
        row = QHBoxLayout()
        row.addWidget(self.attach)
        row.addWidget(self.attached, 1)
        self.attach_row = QWidget()
        self.attach_row.setLayout(row)
        row.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.attach_row)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b3261e;")
        self.message.setAccessibleName(self.tr("Annex message"))
        form.addRow(self.message)
        self.message.hide()
        self.annex.currentIndexChanged.connect(self._show_annex)
        self.kind.currentIndexChanged.connect(self._kind_chosen)
        self.language.currentIndexChanged.connect(self._language_chosen)
        self.text.textChanged.connect(self._text_changed)
        self.attach.clicked.connect(self._attach)
        page.changed.connect(self.load)

    # -- showing ----------------------------------------------------------------------------

    def current_title(self) -> str | None:
        """The annex being edited, or None when there are none."""
        titles = self.page.agreement.annexes
        index = self.annex.currentIndex()
        return titles[index] if 0 <= index < len(titles) else None

    def load(self) -> None:
        """Follow the draft: its annex titles (keeping the chosen one) and their content."""
        titles = list(self.page.agreement.annexes)
        shown = [self.annex.itemText(i) for i in range(self.annex.count())]
        wanted = [f"{number}. {title}" for number, title in enumerate(titles, start=1)]
        if shown != wanted:
            keep = self.annex.currentIndex()
            self._filling = True
            try:
                self.annex.clear()
                self.annex.addItems(wanted)
                self.annex.setCurrentIndex(min(max(keep, 0), len(wanted) - 1))
            finally:
                self._filling = False
        has = bool(titles)
        self.empty.setVisible(not has)
        for widget in (self.annex, self.kind, self.language):
            widget.setEnabled(has)
        self._show_annex()

    def _show_annex(self) -> None:
        if self._filling:
            return
        title = self.current_title()
        self._filling = True
        try:
            if title is None:
                self.text.setVisible(False)
                self.text_label.setVisible(False)
                self.attach_row.setVisible(False)
                return
            content = annex_content(self.page.agreement, title)
            self.kind.setCurrentIndex(_KINDS.index(content.kind))
            self.language.setCurrentIndex(_LANGUAGES.index(content.language))
            if self.text.toPlainText() != content.text:
                self.text.setPlainText(content.text)
            self.attached.setText(
                self.tr("Attached: {name} ({size} kB)").format(
                    name=content.file_name, size=max(1, len(content.pdf) // 1024)
                )
                if content.pdf
                else self.tr("No file attached yet.")
            )
            is_text = content.kind is AnnexKind.TEXT
            self.text.setVisible(is_text)
            self.text_label.setVisible(is_text)
            self.attach_row.setVisible(content.kind is AnnexKind.ATTACHED_PDF)
        finally:
            self._filling = False

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    # -- editing ----------------------------------------------------------------------------

    def _changed(self) -> None:
        self.page.edited("annex_content")
        self._show_annex()

    def _kind_chosen(self, index: int) -> None:
        title = self.current_title()
        if self._filling or title is None or not 0 <= index < len(_KINDS):
            return
        self._say("")
        set_annex_kind(self.page.agreement, title, _KINDS[index])
        self._changed()

    def _language_chosen(self, index: int) -> None:
        title = self.current_title()
        if self._filling or title is None or not 0 <= index < len(_LANGUAGES):
            return
        set_annex_language(self.page.agreement, title, _LANGUAGES[index])
        self._changed()

    def _text_changed(self) -> None:
        title = self.current_title()
        if self._filling or title is None:
            return
        set_annex_text(self.page.agreement, title, self.text.toPlainText())
        self.page.edited("annex_content")

    def _attach(self) -> None:
        title = self.current_title()
        if title is None:
            return
        chosen = ask_pdfs(self, self.tr("Attach a PDF as the annex"))
        if chosen:
            self.attach_file(chosen[0])

    def attach_file(self, path: Path) -> bool:
        """Check the PDF at ``path`` and attach it to the chosen annex; False (and a message
        under the annex) if it cannot be read or used."""
        from agreement_studio.pdf.attached import read_attachment

        title = self.current_title()
        if title is None:
            return False
        try:
            data = path.read_bytes()
            read_attachment(data, path.name)
            attach_pdf(self.page.agreement, title, data, path.name)
        except OSError as error:
            self._say(
                self.tr("{name} cannot be read: {reason}").format(
                    name=path.name, reason=error.strerror or error
                )
            )
            return False
        except AgreementStudioError as error:
            # The reason is the core's sentence, in the window's language (render).
            self._say(self.tr("The file was not attached: {reason}").format(reason=render(error)))
            return False
        self._say("")
        self._changed()
        return True
