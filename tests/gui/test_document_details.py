"""The window's document details say what the PDF claims for the archive: PDF/A-2a, tagged."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from agreement_studio.agreement import example_agreement
from agreement_studio.gui.pdf_view import PdfPane
from agreement_studio.gui.tasks import runner
from agreement_studio.pdf import render_agreement


def test_the_pdf_pane_says_pdfa_2_and_tagged(qtbot):
    pane = PdfPane()
    qtbot.addWidget(pane)
    pane.show()
    agreement = example_agreement(parties=2, language="fi")
    pane.show_pdf(render_agreement(agreement))
    qtbot.waitUntil(pane.details.isVisible)
    assert pane.details.text() == "Archival format: PDF/A-2a · tagged for accessibility"
    pane.show_pdf(render_agreement(agreement, pdfa=False))
    qtbot.waitUntil(pane.details.isVisible)
    assert pane.details.text() == "Not an archival PDF (no PDF/A claim) · tagged for accessibility"
    pane.show_pdf(b"not a pdf")
    runner().wait(10_000)
    QApplication.processEvents()  # the (empty) claim has been delivered
    assert not pane.details.isVisible()
