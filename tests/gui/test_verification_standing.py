"""Each signature's own line names its PAdES level and revocation status, without expanding."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime

import pytest
from verification_support import CORPUS, ROOT, RUN_TIMEOUT_MS

from agreement_studio.gui.verification import install_verification
from agreement_studio.gui.verification.model import KIND_ROLE, VerificationModel
from agreement_studio.verification import verify_pdf


@pytest.fixture
def controller(window):
    controller = install_verification(window).controller
    controller.session_anchors = [ROOT]
    return controller


def _signature_lines(model) -> dict[str, list[str]]:
    lines: dict[str, list[str]] = {}
    for row in range(model.rowCount()):
        file = model.index(row, 0)
        lines[file.data()] = [
            model.index(number, VerificationModel.DETAILS, file).data()
            for number in range(model.rowCount(file))
            if model.index(number, 0, file).data(KIND_ROLE) == "signature"
        ]
    return lines


def test_level_and_revocation_on_each_signature_line(controller, qtbot):
    with qtbot.waitSignal(controller.run_finished, timeout=RUN_TIMEOUT_MS):
        controller.verify(
            [
                CORPUS / "pdf" / "pyhanko_pades-lta-dss-indirect-arrs-test.pdf",
                CORPUS / "pdf" / "dss_pades-bes.pdf",
                CORPUS / "pdf" / "pyhanko_minimal-two-fields-signed-twice.pdf",
            ]
        )
    lines = _signature_lines(controller.view.model)
    lta = lines["pyhanko_pades-lta-dss-indirect-arrs-test.pdf"]
    assert "PAdES B-LTA" in lta[0] and "not revoked" in lta[0], lta
    assert "PAdES" not in lta[1] and "revocation status unknown" in lta[1], lta  # a timestamp
    bes = lines["dss_pades-bes.pdf"][0]
    assert "PAdES B-B" in bes and "revocation not checked" in bes, bes
    plain = lines["pyhanko_minimal-two-fields-signed-twice.pdf"]
    assert all("not a PAdES signature" in line for line in plain), plain


def test_a_revoked_certificate_is_said_on_the_line(qapp):
    report = verify_pdf(CORPUS / "pdf" / "dss_pades-bes.pdf")
    revoked = replace(
        report.signatures[0],
        revocation="revoked",
        revocation_time=datetime(2026, 3, 1, 12, 0, tzinfo=UTC),
        revocation_source="given CRL",
    )
    model = VerificationModel()
    model.add_report(replace(report, signatures=(revoked,)))
    line = _signature_lines(model)["dss_pades-bes.pdf"][0]
    assert "REVOKED on 2026-03-01 12:00 UTC" in line, line
