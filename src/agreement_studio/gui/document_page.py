"""A finished agreement: where its draft was saved, and its PDF (rendered in the background).

This is what Finish shows in a window without a register (``MainWindow.register`` unset); with
one, the finished agreement goes to the register and is shown there instead.
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from agreement_studio.gui.pdf_view import PdfPane
from agreement_studio.gui.tasks import TaskFailure, runner

if TYPE_CHECKING:
    from agreement_studio.agreement import Agreement

__all__ = ["DocumentPage", "render"]


_RENDERING = threading.Lock()


def render(agreement: Agreement) -> bytes:
    """The agreement's PDF (runs in the background: it loads ReportLab).

    One rendering at a time: ReportLab keeps some state (fonts) in globals, and the preview
    and a finished agreement may otherwise render at the same moment.
    """
    from agreement_studio.pdf import render_agreement

    with _RENDERING:
        return render_agreement(agreement)


class DocumentPage(QWidget):
    """The finished agreement and its PDF."""

    close_requested = Signal()

    def __init__(self, agreement: Agreement, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.agreement = agreement
        self.path = path
        heading = QLabel(
            self.tr("<b>The agreement is ready.</b> Its draft is saved as {name}.").format(
                name=path.name
            )
        )
        heading.setToolTip(str(path))
        heading.setWordWrap(True)
        close = QPushButton(self.tr("&Close"))
        close.setAccessibleName(self.tr("Close the agreement"))
        close.clicked.connect(self.close_requested)
        top = QHBoxLayout()
        top.addWidget(heading, 1)
        top.addWidget(close)
        self.pdf = PdfPane()
        self.pdf.show_placeholder(self.tr("Preparing the PDF…"), busy=True)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.pdf, 1)
        self.task = runner().run(
            render,
            agreement.model_copy(deep=True),
            owner=self,
            on_result=self.pdf.show_pdf,
            on_error=self._failed,
        )

    def _failed(self, failure: TaskFailure) -> None:
        self.pdf.show_placeholder(failure.message)
