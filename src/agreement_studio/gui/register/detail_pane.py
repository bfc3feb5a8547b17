"""The selected agreement in full: who has signed, versions, deadlines, history, and its PDF.

The pane only shows; its buttons ask (signals), and the controller does the work. Until an
agreement is shown it shows one sentence: its heading and buttons are made after the window's
first paint (:meth:`DetailPane.complete`), its tabs (the lists and the PDF) when the first
agreement is shown, so the window does not wait for them. The PDF tab makes its
:class:`~agreement_studio.gui.pdf_view.PdfPane` the first time it is needed, since that loads
QtPdf.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from agreement_studio.gui.icons import icon

if TYPE_CHECKING:
    from PySide6.QtWidgets import QTabWidget

    from agreement_studio.agreement import Agreement
    from agreement_studio.gui.pdf_view import PdfPane
    from agreement_studio.register import AgreementDetails

__all__ = ["DetailPane"]

_EDITABLE = ("draft", "ready-for-signing", "partially-signed")  # as the register allows
_SIGNABLE = ("ready-for-signing", "partially-signed")


class DetailPane(QWidget):
    """One agreement's details and what can be done with it."""

    open_pdf_requested = Signal()
    save_pdf_requested = Signal()
    sign_requested = Signal()
    import_requested = Signal()
    edit_requested = Signal()
    renew_requested = Signal()
    archive_requested = Signal()
    long_term_requested = Signal()

    # The buttons _build_buttons makes, each also kept as ``<name>_button``.
    open_pdf_button: QPushButton
    save_pdf_button: QPushButton
    sign_button: QPushButton
    import_copy_button: QPushButton
    edit_button: QPushButton
    renew_button: QPushButton
    archive_button: QPushButton
    long_term_button: QPushButton

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.details: AgreementDetails | None = None
        self.pending: str | None = None
        """The document ID of an agreement being recorded, shown before its details."""
        self.pdf: PdfPane | None = None
        self.placeholder = QLabel(
            self.tr(
                "Choose an agreement to see who has signed it, its versions, deadlines and history."
            )
        )
        self.placeholder.setWordWrap(True)
        # Qt's enums by name here (QObject properties): the pane is made before the window's
        # first paint, and the first use of PySide6's ``Qt`` namespace builds all of its ~90
        # enums (about 100 ms; benchmarks/startup.py).
        self.placeholder.setProperty("alignment", "AlignCenter")
        self.pages = QStackedWidget()
        self.pages.addWidget(self.placeholder)
        self._details_page: QWidget | None = None
        self.tabs: QTabWidget | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.pages)

    def complete(self) -> None:
        """Make the page an agreement is shown on (its heading and buttons): after the window's
        first paint, which shows only the sentence, or when an agreement is first shown."""
        if self._details_page is None:
            self._details_page = self._build_details()
            self.pages.addWidget(self._details_page)

    def _build_details(self) -> QWidget:
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.heading.setProperty("textFormat", "RichText")
        self.heading.setProperty("textInteractionFlags", "TextSelectableByMouse")
        self.notes = QLabel()
        self.notes.setWordWrap(True)
        self.notes.setStyleSheet("color: #b3261e;")
        self.notes.setProperty("textInteractionFlags", "TextSelectableByMouse")
        self.notes.setAccessibleName(self.tr("Copies in circulation"))
        # Whether the signatures counted were trusted when imported (never shown better than
        # the verdicts): the untrusted verdict's icon and a sentence.
        self.trust_icon = QLabel()
        size = self.fontMetrics().height()
        self.trust_icon.setPixmap(icon("verdict-untrusted").pixmap(size, size))
        self.trust_text = QLabel()
        self.trust_text.setWordWrap(True)
        self.trust_text.setProperty("textInteractionFlags", "TextSelectableByMouse")
        self.trust_text.setAccessibleName(self.tr("Trust of the signatures"))
        self.trust_row = QWidget()
        trust_layout = QHBoxLayout(self.trust_row)
        trust_layout.setContentsMargins(0, 0, 0, 0)
        icon_column = QVBoxLayout()  # the icon at the top of the sentence's first line
        icon_column.addWidget(self.trust_icon)
        icon_column.addStretch(1)
        trust_layout.addLayout(icon_column)
        trust_layout.addWidget(self.trust_text, 1)
        self.trust_row.hide()
        page = QWidget()
        self._page_layout = layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.trust_row)
        layout.addWidget(self.notes)
        layout.addLayout(self._build_buttons())
        return page

    def build_tabs(self) -> QTabWidget:
        """The tabs under the buttons: made, with their lists, when first needed."""
        if self.tabs is not None:
            return self.tabs
        self.complete()
        from PySide6.QtWidgets import QTabWidget

        from agreement_studio.gui.register.detail_lists import DetailList

        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Agreement details"))
        self.signatories = DetailList(
            [
                self.tr("Party"),
                self.tr("Signatory"),
                self.tr("Signed"),
                self.tr("Certificate"),
                self.tr("Fingerprint"),
            ],
            self.tr("Signatories"),
        )
        self.versions = DetailList(
            [self.tr("Version"), self.tr("Recorded"), self.tr("By"), self.tr("State")],
            self.tr("Versions and signed copies"),
        )
        self.deadlines = DetailList([self.tr("Deadline"), self.tr("Date")], self.tr("Deadlines"))
        self.history = DetailList(
            [self.tr("When"), self.tr("What"), self.tr("Who"), self.tr("Details")],
            self.tr("History"),
        )
        # The register's head under the audit log: a line to keep elsewhere (register verify
        # --head checks the log still holds it).
        self.head_label = QLabel()
        self.head_label.setProperty("textFormat", "RichText")
        self.head_label.setProperty("textInteractionFlags", "TextSelectableByMouse")
        self.head_label.setAccessibleName(self.tr("Audit log head"))
        history_page = QWidget()
        history_layout = QVBoxLayout(history_page)
        history_layout.setContentsMargins(0, 0, 0, 0)
        history_layout.addWidget(self.history, 1)
        history_layout.addWidget(self.head_label)
        for widget, title in (
            (self.signatories, self.tr("Signatories")),
            (self.versions, self.tr("Versions")),
            (self.deadlines, self.tr("Deadlines")),
            (history_page, self.tr("History")),
        ):
            self.tabs.addTab(widget, title)
        self.pdf_holder = QStackedWidget()
        self.pdf_holder.setAccessibleName(self.tr("PDF"))
        self.pdf_tab = self.tabs.addTab(self.pdf_holder, self.tr("PDF"))
        self.tabs.currentChanged.connect(self._turned_to)
        self._page_layout.addWidget(self.tabs, 1)
        return self.tabs

    def _turned_to(self, index: int) -> None:
        if index == self.pdf_tab:
            self._want_pdf()

    def _want_pdf(self) -> None:
        """The PDF tab is in front: have it show the agreement's PDF, not an empty page (asked
        for once per agreement; Open PDF asks for it the same way)."""
        shown = self.document_id()
        if shown and (self.pdf is None or self.pdf.source != shown):
            self.open_pdf_requested.emit()

    def _build_buttons(self) -> QGridLayout:
        specs = [
            (
                "open_pdf",
                self.tr("&Open PDF"),
                "document-open",
                self.open_pdf_requested,
                self.tr("Show the PDF to send to the next signatory"),
            ),
            (
                "save_pdf",
                self.tr("Save &copy to send…"),
                "document-save",
                self.save_pdf_requested,
                self.tr("Save the PDF to send to the next signatory"),
            ),
            (
                "sign",
                self.tr("S&ign…"),
                "signature",
                self.sign_requested,
                self.tr("Sign the agreement with your certificate"),
            ),
            (
                "import_copy",
                self.tr("I&mport signed copy…"),
                "document-import",
                self.import_requested,
                self.tr("Record a copy a signatory sent back"),
            ),
            (
                "edit",
                self.tr("E&dit…"),
                "document-new",
                self.edit_requested,
                self.tr("Change the agreement in the wizard: a new version"),
            ),
            (
                "renew",
                self.tr("&Renew…"),
                "list-add",
                self.renew_requested,
                self.tr("Start the next term's agreement from this one"),
            ),
            (
                "archive",
                self.tr("E&xport archive…"),
                "document-save",
                self.archive_requested,
                self.tr("Save every PDF, draft and event of the agreement as a ZIP package"),
            ),
            (
                "long_term",
                self.tr("Add &long-term data…"),
                "document-save",
                self.long_term_requested,
                self.tr(
                    "Store the data that keeps the signatures verifiable for years (PAdES B-LT, "
                    "B-LTA), or renew it"
                ),
            ),
        ]
        grid = QGridLayout()
        self.buttons: dict[str, QPushButton] = {}
        for number, (name, text, icon_name, signal, tip) in enumerate(specs):
            button = QPushButton(icon(icon_name), text)
            button.setAccessibleName(text.replace("&", "").rstrip("…"))
            button.setToolTip(tip)
            button.clicked.connect(signal.emit)
            # Three to a row: the pane leaves the register's list room for its title and
            # status at 1024 px, in Finnish and Swedish too (four made it 680 px wide).
            grid.addWidget(button, number // 3, number % 3)
            self.buttons[name] = button
            setattr(self, f"{name}_button", button)
        return grid

    # --- showing -----------------------------------------------------------------------------
    def show_details(self, details: AgreementDetails) -> None:
        """Show this agreement (keeping the tab the person was on)."""
        from agreement_studio.gui.register.detail_lists import (
            fill_deadlines,
            fill_history,
            fill_signatories,
            fill_versions,
        )
        from agreement_studio.gui.register.display import (
            status_colour,
            trusted_status_text,
            untrusted_explanation,
        )

        self.build_tabs()
        self.details = details
        row = details.row
        colour = status_colour(row.status.value).name()
        verdicts = [s.verdict for s in details.signatories if s.signed]
        untrusted = sum(verdict != "valid" for verdict in verdicts)
        status = trusted_status_text(
            row.status.value, row.signed_count, row.signatory_count, untrusted
        )
        self.trust_text.setText(untrusted_explanation(len(verdicts), untrusted))
        self.trust_row.setVisible(untrusted > 0)
        if untrusted:  # not the green of a signed agreement: the colour of its verdict
            from agreement_studio.pdf.report import VERDICT_COLOURS

            colour = VERDICT_COLOURS["untrusted"]
        identifier = self.tr("Document ID {id}").format(id=row.document_id)
        self.heading.setText(
            f"<h3>{_escape(row.title)}</h3><p>{_escape(row.network)} · "
            f"<span style='color:{colour}'><b>{_escape(status)}</b></span><br>"
            f"<small>{identifier}</small></p>"
        )
        from agreement_studio.i18n import render

        self.notes.setText("\n".join(render(note) for note in details.notes))
        self.notes.setVisible(bool(details.notes))
        fill_signatories(self.signatories, details)
        fill_versions(self.versions, details)
        fill_deadlines(self.deadlines, details)
        fill_history(self.history, details)
        # The head on a line of its own: its 67 characters do not break, and on one line
        # with the words before it they made the pane 590-650 px wide at the least, leaving
        # the register's list too little at 1024 px.
        self.head_label.setText(
            _escape(self.tr("Audit log head: {head}")).format(
                head="<br>" + _escape(details.register_head or "—")
            )
        )
        self._enable(row.status.value, details.current_sha256 is not None)
        self.pending = None
        self.pages.setCurrentIndex(1)
        if self.tabs is not None and self.tabs.currentIndex() == self.pdf_tab:
            self._want_pdf()  # another agreement chosen with the PDF tab in front
        elif self.pdf is not None and self.pdf.source != row.document_id:
            # Another agreement's PDF is in the tab; this one's is asked for when the tab is
            # turned to (the PDF can arrive before the details: then it stays).
            self.pdf.show_placeholder("")

    def show_pending(self, agreement: Agreement) -> None:
        """An agreement being recorded (a finished wizard's): its name at once, the buttons
        off, and the PDF tab saying the PDF is being prepared, until its details arrive."""
        self.build_tabs()
        document_id = str(agreement.document_id)
        network = agreement.network.name
        title = agreement.title or network  # as the register names it before the PDF is made
        self.details = None
        self.pending = document_id
        recording = self.tr("Recording in the register…")
        self.heading.setText(
            f"<h3>{_escape(title)}</h3><p>{_escape(network)} · <b>{_escape(recording)}</b></p>"
        )
        self.notes.hide()
        self.trust_row.hide()
        for widget in (self.signatories, self.versions, self.deadlines, self.history):
            widget.clear()
        self.head_label.clear()
        for button in self.buttons.values():
            button.setEnabled(False)
        self.show_pdf_tab(self.tr("Preparing the PDF for signing…"), busy=True, source=document_id)
        self.pages.setCurrentIndex(1)

    def end_pending(self) -> None:
        """Recording failed: show nothing rather than an agreement that is not there."""
        if self.pending is not None and self.details is None:
            self.pending = None
            self.clear()

    def _enable(self, status: str, has_pdf: bool) -> None:
        self.open_pdf_button.setEnabled(has_pdf)
        self.save_pdf_button.setEnabled(has_pdf)
        self.sign_button.setEnabled(has_pdf and status in _SIGNABLE)
        self.import_copy_button.setEnabled(has_pdf and status in _SIGNABLE)
        self.edit_button.setEnabled(status in _EDITABLE)
        renewable = self.details is not None and self.details.renewed_by is None
        self.renew_button.setEnabled(renewable and status in ("signed", "expired"))
        self.long_term_button.setEnabled(has_pdf and status in ("signed", "expired"))

    def clear(self) -> None:
        """Show that nothing is chosen."""
        self.details = None
        self.pages.setCurrentIndex(0)

    def document_id(self) -> str | None:
        """The agreement shown, if any (not one still being recorded)."""
        return self.details.row.document_id if self.details else None

    def pdf_pane(self) -> PdfPane:
        """The PDF tab's viewer (made on first use: it loads QtPdf)."""
        self.build_tabs()
        if self.pdf is None:
            from agreement_studio.gui.pdf_view import PdfPane

            self.pdf = PdfPane()
            self.pdf_holder.addWidget(self.pdf)
        return self.pdf

    def show_pdf_tab(self, text: str, *, busy: bool = False, source: str | None = None) -> PdfPane:
        """Turn to the PDF tab with a sentence shown until the PDF (of ``source``) arrives."""
        pane = self.pdf_pane()
        pane.show_placeholder(text, busy=busy, source=source)
        self.build_tabs().setCurrentIndex(self.pdf_tab)
        return pane


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
