"""PAdES B-T: an RFC 3161 timestamp from a real server on loopback."""

from __future__ import annotations

import socket

import pytest
from signing_pki import pyhanko_statuses

from agreement_studio.errors import TimestampError
from agreement_studio.signing import sign_pdf
from agreement_studio.verification import TrustStore, Verdict, verify_pdf


def test_timestamped_signature_carries_a_valid_token(
    tmp_path, prepared_pdf_path, issued, network_ca, tsa, tsa_root
):
    asked_before = tsa.requests
    out = tmp_path / "bt.pdf"
    result = sign_pdf(prepared_pdf_path, issued[0].identity, output=out, tsa_url=tsa.url)
    assert result.timestamped
    assert tsa.requests > asked_before
    status = pyhanko_statuses(out, network_ca.certificate, tsa_roots=[tsa_root[0]])[0]
    assert status.bottom_line, status.pretty_print_details()
    token = status.timestamp_validity
    assert token is not None and token.intact and token.valid and token.trusted
    assert abs((token.timestamp - result.signing_time).total_seconds()) < 120
    # Our verifier: valid, and trust judged at the time of the trusted timestamp.
    report = verify_pdf(out, trust=TrustStore(anchors=[network_ca.certificate, tsa_root[0]]))
    assert report.verdict is Verdict.VALID, report.message
    [signature] = report.signatures
    assert signature.timestamp_time is not None and signature.timestamp_trusted
    assert "timestamp" in signature.trust_time_basis


def test_second_timestamped_signature_keeps_the_first_valid(
    tmp_path, prepared_pdf_path, issued, network_ca, tsa, tsa_root
):
    first = sign_pdf(
        prepared_pdf_path, issued[0].identity, output=tmp_path / "1.pdf", tsa_url=tsa.url
    )
    second = sign_pdf(first.output, issued[1].identity, output=tmp_path / "2.pdf", tsa_url=tsa.url)
    statuses = pyhanko_statuses(second.output, network_ca.certificate, tsa_roots=[tsa_root[0]])
    assert len(statuses) == 2
    assert all(s.bottom_line and s.timestamp_validity.trusted for s in statuses)


def test_unreachable_timestamp_server_writes_nothing(tmp_path, prepared_pdf_path, issued):
    with socket.socket() as probe:  # a port on which nothing listens
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    out = tmp_path / "none.pdf"
    with pytest.raises(TimestampError, match="timestamp server"):
        sign_pdf(
            prepared_pdf_path, issued[0].identity, output=out, tsa_url=f"http://127.0.0.1:{port}/"
        )
    assert not out.exists()
