"""Agreements rendered and signed by this application verify as valid (integration)."""

from __future__ import annotations

import re

import pytest

from agreement_studio.verification import TrustStore, Verdict, verify_pdf


@pytest.fixture(scope="module")
def app_signed(tmp_path_factory):
    from agreement_studio.agreement import example_agreement
    from agreement_studio.pdf import render_agreement
    from agreement_studio.signing import create_network_ca, issue_identity, sign_pdf

    folder = tmp_path_factory.mktemp("app")
    ca = create_network_ca(name="Network CA", org="Verkosto ry")
    anchor = folder / "ca.pem"
    anchor.write_bytes(ca.certificate_pem())
    source = folder / "agreement.pdf"
    source.write_bytes(render_agreement(example_agreement(parties=4)))
    fields = [m.decode() for m in re.findall(rb"/T \((sig-[^)]*)\)", source.read_bytes())]
    for index, field in enumerate(fields[:2]):
        identity = issue_identity(ca, name=f"Signer {index}", org=f"Organisation {index}")
        output = folder / f"signed{index}.pdf"
        sign_pdf(source, identity, output=output, field=field)
        source = output
    return source, anchor


def test_our_own_signed_agreement_is_valid(app_signed):
    path, anchor = app_signed
    report = verify_pdf(path, trust=TrustStore.from_files([anchor]))
    assert report.verdict is Verdict.VALID, report.message
    assert [s.organisation for s in report.signatures] == ["Organisation 0", "Organisation 1"]
    assert report.signatures[0].allowed_after
