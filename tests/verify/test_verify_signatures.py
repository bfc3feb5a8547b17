"""Our own signed agreements: who signed, whether it is intact, whom to trust and when."""

from __future__ import annotations

import re
import sys
from datetime import UTC, datetime, timedelta

import pytest
from verify_helpers import NOW, add_document_timestamp, sign
from verify_tamper import byte_range, flip_byte, replace_byte_range

from agreement_studio.verification import TrustStore, Verdict, verify_pdf


def test_three_signatures_are_valid_when_the_network_ca_is_trusted(signed_three, trust, pki):
    report = verify_pdf(signed_three, trust=trust)
    assert report.verdict is Verdict.VALID, report.message
    assert report.message == "All 3 signatures are valid."
    assert [s.field for s in report.signatures] == ["Signer1", "Signer2", "Signer3"]
    first, second, third = report.signatures
    assert first.signer == "Matti Meikäläinen"
    assert first.organisation == "Lahden kaupunki"
    assert first.email == "matti@lahti.example"
    assert first.fingerprint_sha256 == pki.signers[0].fingerprint
    assert first.issuer == "Network Signing CA"
    assert first.not_before < NOW < first.not_after
    # signed during this test session: after the helpers' NOW (taken at collection), not later
    # than now (the session-wide fixture may be made many minutes into a long run)
    assert NOW - timedelta(minutes=1) <= first.claimed_time <= datetime.now(UTC)
    assert first.trusted and first.trusted_via == "anchor" and first.trust_anchor == "Network CA"
    assert first.digest_ok and first.signature_ok and first.intact
    assert [s.revision for s in report.signatures] == [3, 4, 5]
    assert all(s.covers_whole_revision for s in report.signatures)
    assert [s.covers_whole_file for s in report.signatures] == [False, False, True]
    assert first.changes_after == ()
    assert "field 'Signer2' was signed" in first.allowed_after
    assert second.signer == "Anna Andersson"  # an RSA key; the others are ECDSA
    assert first.message.startswith("Signed by Matti Meikäläinen (Lahden kaupunki) on ")
    assert "the signer is trusted through 'Network CA'" in first.message
    assert third.message.split("; ")[1] == "the document has not changed since"


def test_the_same_file_is_untrusted_without_anchors(signed_three):
    report = verify_pdf(signed_three)
    assert report.verdict is Verdict.UNTRUSTED
    assert all(
        s.verdict is Verdict.UNTRUSTED and s.intact and not s.trusted for s in report.signatures
    )
    assert "not trusted" in report.signatures[0].message


def test_a_stranger_anchor_does_not_make_it_trusted(signed_three, pki):
    report = verify_pdf(signed_three, trust=TrustStore.from_files([pki.files["stranger"]]))
    assert report.verdict is Verdict.UNTRUSTED
    assert "does not chain to a trusted root" in report.signatures[0].trust_problem


def test_a_pinned_fingerprint_trusts_that_signer_only(signed_three, pki):
    report = verify_pdf(signed_three, trust=TrustStore(pinned=[pki.signers[0].fingerprint]))
    verdicts = [s.verdict for s in report.signatures]
    assert verdicts == [Verdict.VALID, Verdict.UNTRUSTED, Verdict.UNTRUSTED]
    assert report.signatures[0].trusted_via == "pinned"
    assert report.verdict is Verdict.UNTRUSTED


def test_der_anchor_and_colon_fingerprints_are_accepted(signed_once, pki):
    colons = ":".join(re.findall("..", pki.signers[0].fingerprint.upper()))
    assert verify_pdf(signed_once, trust=TrustStore(pinned=[colons])).verdict is Verdict.VALID
    der = TrustStore.from_files([pki.files["root_der"]])
    assert verify_pdf(signed_once, trust=der).verdict is Verdict.VALID


def test_trust_is_judged_at_the_trusted_timestamp(signed_three, trust):
    third = verify_pdf(signed_three, trust=trust).signatures[2]
    assert third.timestamp_time is not None and third.timestamp_trusted
    assert third.trust_time == third.timestamp_time
    assert third.trust_time_basis == "trusted timestamp"
    first = verify_pdf(signed_three, trust=trust).signatures[0]
    assert first.timestamp_time is None
    # without a timestamp the signing time is only the signer's claim (ETSI EN 319 102-1)
    assert first.trust_time_basis == "time of verification"


def test_without_a_trusted_timestamp_authority_the_signer_is_judged_now(signed_three):
    third = verify_pdf(signed_three).signatures[2]
    assert third.timestamp_time is not None and not third.timestamp_trusted
    assert third.trust_time_basis == "time of verification"


def test_expired_since_signing_is_still_valid_and_said(signed_lta, trust):
    # the document timestamp (its TSA still valid) proves when the signatures existed
    later = NOW + timedelta(days=500)
    report = verify_pdf(signed_lta, trust=trust, now=later)
    assert report.verdict is Verdict.VALID, report.message
    first = report.signatures[0]
    assert "has expired since" in first.certificate_note
    assert "expired since" in first.message
    assert first.trust_time_basis == "trusted document timestamp"


def test_a_certificate_not_yet_valid_when_signing_is_not_trusted(base_pdf, pki):
    from cryptography.hazmat.primitives.asymmetric import ec
    from verify_helpers import Party, _issue, _name

    key = ec.generate_private_key(ec.SECP256R1())
    early = Party(
        key,
        _issue(
            _name("Early Bird", "Future Oy"),
            key,
            pki.intermediate,
            ca=False,
            start=NOW + timedelta(days=30),
        ),
        "Early Bird",
    )
    data = sign(base_pdf, "Signer1", early, pki)
    signature = verify_pdf(data, trust=TrustStore.from_files([pki.files["root"]])).signatures[0]
    assert signature.verdict is Verdict.UNTRUSTED
    assert "not yet valid" in signature.certificate_note


def test_document_timestamp_and_validation_data_are_allowed(signed_lta, trust):
    report = verify_pdf(signed_lta, trust=trust)
    assert report.verdict is Verdict.VALID, report.message
    assert [s.kind for s in report.signatures][-1] == "timestamp"
    assert report.signatures[2].allowed_after
    assert report.signatures[3].signer == "Network TSA"


def test_signatures_in_fields_created_while_signing(base_pdf, pki, trust):
    data = sign(base_pdf, "Extra1", pki.signers[0], pki, new_field=True)
    data = sign(data, "Extra2", pki.signers[1], pki, new_field=True, box=(300, 360, 400, 400))
    report = verify_pdf(data, trust=trust)
    assert report.verdict is Verdict.VALID, report.message
    assert "a signature in field 'Extra2' was added" in report.signatures[0].allowed_after


def test_a_byte_changed_in_either_signed_range_makes_it_invalid(signed_once, trust):
    _start1, length1, start2, length2 = byte_range(signed_once)
    first_page_text = signed_once.index(b"Network continuation agreement")
    for offset in (first_page_text + 3, start2 + length2 // 2, length1 // 3):
        report = verify_pdf(flip_byte(signed_once, offset), trust=trust)
        assert report.verdict is not Verdict.VALID
        assert report.verdict in (Verdict.INVALID, Verdict.ERROR), report.message
    report = verify_pdf(flip_byte(signed_once, first_page_text + 3), trust=trust)
    assert report.verdict is Verdict.INVALID
    assert not report.signatures[0].digest_ok
    assert "digest mismatch" in report.signatures[0].message


def test_a_changed_signature_value_or_padding_is_invalid(signed_once, trust):
    _, gap_start, gap_end, _ = byte_range(signed_once)
    contents = signed_once[gap_start:gap_end]
    padding = contents.rstrip(b">").rstrip(b"0")
    last_value_digit = gap_start + len(padding) - 1
    changed = (
        signed_once[:last_value_digit]
        + (b"1" if signed_once[last_value_digit : last_value_digit + 1] != b"1" else b"2")
        + signed_once[last_value_digit + 1 :]
    )
    assert verify_pdf(changed, trust=trust).verdict is Verdict.INVALID
    padded = signed_once[: gap_end - 3] + b"7" + signed_once[gap_end - 2 :]
    report = verify_pdf(padded, trust=trust)
    assert report.verdict is Verdict.INVALID
    assert "unexpected bytes after" in report.signatures[0].message


@pytest.mark.parametrize(
    "attack",
    [
        "zero",
        "empty-cms",
        "no-byterange",
        "not-from-zero",
        "overlap",
        "past-end",
        "gap-not-contents",
    ],
)
def test_universal_forgery_and_wrapping_attempts_are_invalid(signed_once, trust, attack):
    _start1, length1, start2, length2 = byte_range(signed_once)
    data = signed_once
    if attack == "zero":
        data = data[: length1 + 1] + b"0" * (start2 - length1 - 2) + data[start2 - 1 :]
    elif attack == "empty-cms":
        data = data[: length1 + 1] + b"3000" + b"0" * (start2 - length1 - 6) + data[start2 - 1 :]
    elif attack == "no-byterange":
        data = data.replace(b"/ByteRange", b"/ByteRangX")
    elif attack == "not-from-zero":
        data = replace_byte_range(data, (1, length1 - 1, start2, length2))
    elif attack == "overlap":
        data = replace_byte_range(data, (0, length1, length1 - 1, length2 + start2 - length1 + 1))
    elif attack == "past-end":
        data = replace_byte_range(data, (0, length1, start2, length2 + 100))
    elif attack == "gap-not-contents":
        # close the hex string early and hide a key in the unsigned gap (wrapping)
        inner = b"> /Reason (wrapped) /Gap <"
        data = data[: start2 - 1 - len(inner) - 2] + inner + b"00" + data[start2 - 1 :]
    report = verify_pdf(data, trust=trust)
    assert report.verdict in (Verdict.INVALID, Verdict.ERROR), report.message
    assert report.signatures == () or not report.signatures[0].intact


def test_moving_the_signed_bytes_is_not_accepted(signed_once, trust):
    """Signature wrapping: the second signed range is moved to the end, new objects in between."""
    _start1, length1, start2, length2 = byte_range(signed_once)
    injected = b"\n99 0 obj\n<< /Injected true >>\nendobj\n"
    moved = signed_once[:start2] + injected + signed_once[start2:]
    new_start2 = start2 + len(injected)
    moved = replace_byte_range(moved, (0, length1, new_start2, length2), index=0)
    report = verify_pdf(moved, trust=trust)
    assert report.verdict in (Verdict.INVALID, Verdict.ERROR, Verdict.MODIFIED), report.message


@pytest.fixture
def unrestricted_signer(monkeypatch):
    """pyHanko refuses to break certification rules; an attacker's tool does not."""
    from pyhanko.sign.signers import pdf_signer

    monkeypatch.setattr(
        pdf_signer.PdfSigner, "_enforce_certification_constraints", lambda self, reader: None
    )


def test_certification_allowing_no_changes_rejects_a_later_signature(
    base_pdf, pki, trust, unrestricted_signer
):
    certified = sign(base_pdf, "Signer1", pki.signers[0], pki, certify=True, docmdp=1)
    report = verify_pdf(certified, trust=trust)
    assert report.verdict is Verdict.VALID
    assert report.signatures[0].kind == "certification" and report.signatures[0].docmdp == 1
    assert verify_pdf(add_document_timestamp(certified, pki), trust=trust).verdict is Verdict.VALID
    later = sign(certified, "Signer2", pki.signers[1], pki)
    report = verify_pdf(later, trust=trust)
    assert report.verdict is Verdict.MODIFIED
    assert "permits no changes" in report.signatures[0].changes_after[0]


def test_certification_allowing_form_filling_accepts_later_signatures(base_pdf, pki, trust):
    certified = sign(base_pdf, "Signer1", pki.signers[0], pki, certify=True, docmdp=2)
    later = sign(certified, "Signer2", pki.signers[1], pki)
    assert verify_pdf(later, trust=trust).verdict is Verdict.VALID


def test_a_certification_signature_after_another_signature_is_invalid(
    signed_once, pki, trust, unrestricted_signer
):
    data = sign(signed_once, "Signer2", pki.signers[1], pki, certify=True, docmdp=2)
    report = verify_pdf(data, trust=trust)
    assert report.verdict is Verdict.INVALID
    assert "must be the first signature" in report.signatures[1].message


def test_verifying_does_not_load_pyhanko(tmp_path, signed_once):
    import subprocess

    path = tmp_path / "signed.pdf"
    path.write_bytes(signed_once)
    code = (
        "import sys; from agreement_studio.verification import verify_pdf; "
        f"r = verify_pdf({str(path)!r}); print(r.verdict, 'pyhanko' in sys.modules)"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout.split()
    assert out == ["untrusted", "False"]


def test_reports_convert_to_plain_dictionaries(signed_three, trust):
    import json

    report = verify_pdf(signed_three, trust=trust, path="agreement.pdf")
    data = json.loads(json.dumps(report.to_dict()))
    assert data["path"] == "agreement.pdf" and data["verdict"] == "valid"
    assert data["signatures"][0]["signer"] == "Matti Meikäläinen"
    assert data["signatures"][0]["signed_at"].startswith(str(NOW.year))
    assert Verdict.VALID < Verdict.UNTRUSTED < Verdict.MODIFIED < Verdict.INVALID < Verdict.ERROR


def test_an_untrusted_timestamp_authority_is_explained(signed_three, pki):
    third = verify_pdf(
        signed_three, trust=TrustStore.from_files([pki.files["stranger"]])
    ).signatures[2]
    assert "timestamp authority is not trusted" in third.timestamp_problem


def test_a_signing_time_in_the_future_is_not_believed(signed_once, trust):
    earlier = NOW - timedelta(days=2)
    signature = verify_pdf(signed_once, trust=trust, now=earlier).signatures[0]
    assert signature.trust_time_basis == "time of verification"
    assert signature.trust_time == earlier
    assert signature.verdict is Verdict.UNTRUSTED
