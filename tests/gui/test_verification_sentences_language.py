"""The verification view shows the verifier's own sentences in the window's language."""

from __future__ import annotations

from PySide6.QtCore import Qt
from verification_support import CORPUS, INTERMEDIATE, MANIFEST, ROOT

from agreement_studio.gui.verification.model import KIND_ROLE, VerificationModel
from agreement_studio.i18n import render, speaking
from agreement_studio.verification import TrustStore, verify_pdf


def test_signature_messages_and_details_follow_the_windows_language():
    trust = TrustStore.from_files([ROOT], [INTERMEDIATE])
    reports = [verify_pdf(CORPUS / e["name"], trust=trust) for e in MANIFEST[:6]]
    for language in ("fi", "sv"):
        model = VerificationModel()
        with speaking(language):
            for ordinal, report in enumerate(reports):
                model.add_report(report, ordinal)
        checked = 0
        for row, report in enumerate(reports):
            file_index = model.index(row, 0)
            assert render(report.message, language) in model.data(
                file_index, Qt.ItemDataRole.ToolTipRole
            )
            for number, signature in enumerate(report.signatures):
                index = model.index(number, 0, file_index)
                assert model.data(index, KIND_ROLE) == "signature"
                tip = model.data(index, Qt.ItemDataRole.ToolTipRole)
                assert tip == render(signature.message, language) != signature.message
                checked += 1
        assert checked, "the corpus files have signatures"
