"""A PDF shown from bytes in memory (QtPdf), with a line for messages above it and a line of
document details under it (what the file claims for the archive: PDF/A-2a, tagged).

Importing this module loads QtPdf, so only modules that are themselves loaded late (the wizard,
the finished agreement's page) import it; the window starts without it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt, Signal
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import QLabel, QProgressBar, QStackedWidget, QVBoxLayout, QWidget

if TYPE_CHECKING:
    from agreement_studio.pdf.conformance import Conformance

__all__ = ["PdfPane"]


class PdfPane(QWidget):
    """Shows one PDF at a time; a new one replaces it at the same scroll position."""

    loaded = Signal(int)
    """The number of pages of a PDF that has been loaded and is shown."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Preview status"))
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.placeholder = QLabel(self.tr("The PDF appears here."))
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setWordWrap(True)
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)  # no end known: it moves to say work goes on
        self.busy.setTextVisible(False)
        self.busy.setMaximumWidth(240)
        self.busy.setAccessibleName(self.tr("Preparing the PDF"))
        self.busy.hide()
        waiting = QWidget()
        waiting_layout = QVBoxLayout(waiting)
        waiting_layout.addStretch()
        waiting_layout.addWidget(self.placeholder)
        waiting_layout.addWidget(self.busy, 0, Qt.AlignmentFlag.AlignHCenter)
        waiting_layout.addStretch()
        self.source: str | None = None
        """What the PDF shown (or on its way) is, as the caller names it (e.g. a document ID)."""
        self.document = QPdfDocument(self)
        self.view = QPdfView()
        self.view.setAccessibleName(self.tr("PDF preview"))
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setDocument(self.document)
        self.view.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # arrow keys scroll it
        self.pages = QStackedWidget()
        self.pages.addWidget(waiting)
        self.pages.addWidget(self.view)
        self._waiting = waiting
        self.details = QLabel()
        self.details.setAccessibleName(self.tr("Document details"))
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details.hide()
        self._details_for = 0  # which shown PDF the details are read for
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.status)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.details)
        self._buffer: QBuffer | None = None
        self._scroll = 0
        self.document.statusChanged.connect(self._on_status)
        self.show_message("")

    def show_pdf(self, data: bytes, source: str | None = None) -> None:
        """Show the PDF in ``data`` (``source`` names it, see :attr:`source`)."""
        self.source = source
        self.busy.hide()
        self._scroll = self.view.verticalScrollBar().value()
        old = self._buffer
        buffer = QBuffer(self)
        buffer.setData(QByteArray(data))
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self._buffer = buffer
        self.document.close()
        self.document.load(buffer)
        if old is not None:  # only after the document stopped reading from it
            old.close()
            old.deleteLater()
        self._show_details(data)

    def _show_details(self, data: bytes) -> None:
        """What the file claims for the archive, read from its XMP metadata and catalog (in
        the background: reading a large signed file takes a moment)."""
        from agreement_studio.gui.tasks import runner
        from agreement_studio.pdf.conformance import read_conformance

        self._details_for += 1
        generation = self._details_for
        self.details.hide()
        runner().run(
            read_conformance,
            data,
            owner=self,
            on_result=lambda claim: self._claim_read(generation, claim),
            at_quit="abandon",  # it only reads
        )

    def _claim_read(self, generation: int, claim: Conformance | None) -> None:
        if generation != self._details_for:
            return  # another PDF is shown by now
        if claim is None:
            self.details.hide()
            return
        parts = [
            self.tr("Archival format: {pdfa}").format(pdfa=claim.pdfa)
            if claim.pdfa
            else self.tr("Not an archival PDF (no PDF/A claim)"),
            self.tr("tagged for accessibility") if claim.tagged else self.tr("not tagged"),
        ]
        self.details.setText(" · ".join(parts))
        self.details.show()

    def show_message(self, text: str) -> None:
        """Say something above the PDF (empty text hides the line)."""
        self.status.setText(text)
        self.status.setVisible(bool(text))

    def show_placeholder(self, text: str, *, busy: bool = False, source: str | None = None) -> None:
        """Show a sentence instead of a PDF (before there is one); ``busy`` adds a moving bar
        while it is being made; ``source`` names the PDF on its way (None: none is)."""
        self.placeholder.setText(text)
        self.busy.setVisible(busy)
        self.source = source
        self.pages.setCurrentWidget(self._waiting)

    def page_count(self) -> int:
        """Pages of the PDF shown (0 when none)."""
        ready = self.document.status() == QPdfDocument.Status.Ready
        return self.document.pageCount() if ready else 0

    def _on_status(self, status: QPdfDocument.Status) -> None:
        if status == QPdfDocument.Status.Ready:
            self.pages.setCurrentWidget(self.view)
            self.view.verticalScrollBar().setValue(self._scroll)
            self.loaded.emit(self.document.pageCount())
        elif status == QPdfDocument.Status.Error:
            self.show_message(self.tr("The PDF could not be shown."))
