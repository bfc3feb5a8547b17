"""A window showing exactly the version of a PDF that one signature covers.

Loaded only when it is first opened: it brings in QtPdf.
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from agreement_studio.gui.pdf_view import PdfPane

__all__ = ["SignedVersionDialog"]


class SignedVersionDialog(QDialog):
    """The signed revision's pages, what it is, and a button to save it."""

    save_requested = Signal()

    def __init__(
        self, data: bytes, file_name: str, heading: str, signer: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.data = data
        self.setWindowTitle(self.tr("Signed version — {name}").format(name=file_name))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        about = QLabel(
            self.tr(
                "<b>{heading}</b> ({signer}) covers exactly this version of {name}: the first "
                "{size} bytes of the file. Anything added later is not shown."
            ).format(
                heading=html.escape(heading),
                signer=html.escape(signer),
                name=html.escape(file_name),
                size=f"{len(data):,}",
            )
        )
        about.setWordWrap(True)
        about.setTextFormat(Qt.TextFormat.RichText)
        self.pane = PdfPane()
        self.save_button = QPushButton(self.tr("&Save as…"))
        self.save_button.setAccessibleName(self.tr("Save the signed version"))
        self.save_button.clicked.connect(self.save_requested)
        close = QPushButton(self.tr("&Close"))
        close.setAccessibleName(self.tr("Close the signed version"))
        close.clicked.connect(self.close)
        buttons = QHBoxLayout()
        buttons.addStretch()
        buttons.addWidget(self.save_button)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(about)
        layout.addWidget(self.pane, 1)
        layout.addLayout(buttons)
        self.resize(760, 900)
        self.pane.show_pdf(data)
