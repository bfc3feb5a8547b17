"""Signing with a key on a real (SoftHSM2) PKCS#11 token."""

from __future__ import annotations

import pytest
from signing_pki import assert_pdfsig_all_valid, pyhanko_statuses, qpdf_check, tools_missing

from agreement_studio.errors import TokenError, WrongPassword
from agreement_studio.signing import TokenIdentity, open_pkcs11, sign_pdf
from agreement_studio.verification import TrustStore, Verdict, verify_pdf


def test_token_identity_signs_and_validates(
    tmp_path, softhsm_token, prepared_pdf_path, network_ca, nss_db
):
    with open_pkcs11(
        softhsm_token.module, softhsm_token.label, softhsm_token.key_label, softhsm_token.pin
    ) as identity:
        assert isinstance(identity, TokenIdentity)
        assert identity.certificate == softhsm_token.certificate
        assert identity.chain == [softhsm_token.certificate, network_ca.certificate]
        assert identity.subject_name == "Kaisa Kortinhaltija"
        out = tmp_path / "token.pdf"
        # no prepared field matches her name and there are several: she names hers
        result = sign_pdf(
            prepared_pdf_path, identity, output=out, field="sig-tyovaenopisto-matti-meikalainen"
        )
        assert result.fingerprint_sha256 == identity.fingerprint_sha256
    status = pyhanko_statuses(out, network_ca.certificate)[0]
    assert status.bottom_line, status.pretty_print_details()
    report = verify_pdf(out, trust=TrustStore(anchors=[network_ca.certificate]))
    assert report.verdict is Verdict.VALID, report.message
    assert report.signatures[0].signer == "Kaisa Kortinhaltija"
    if not tools_missing("qpdf", "pdfsig"):
        qpdf_check(out)
        assert_pdfsig_all_valid(out, nss_db, 1)


def test_wrong_pin_is_refused_without_repeating_it(softhsm_token):
    with pytest.raises(WrongPassword) as caught:
        open_pkcs11(softhsm_token.module, softhsm_token.label, softhsm_token.key_label, "999999")
    assert "999999" not in str(caught.value) and softhsm_token.pin not in str(caught.value)


def test_missing_token_key_or_module_is_a_token_error(softhsm_token, tmp_path):
    with pytest.raises(TokenError, match="no token labelled"):
        open_pkcs11(
            softhsm_token.module, "no-such-token", softhsm_token.key_label, softhsm_token.pin
        )
    with pytest.raises(TokenError, match="no private key"):
        open_pkcs11(softhsm_token.module, softhsm_token.label, "no-such-key", softhsm_token.pin)
    with pytest.raises(TokenError, match="no PKCS#11 module"):
        open_pkcs11(
            tmp_path / "missing.so", softhsm_token.label, softhsm_token.key_label, softhsm_token.pin
        )


def test_closed_token_identity_cannot_sign(softhsm_token, prepared_pdf_path, tmp_path):
    identity = open_pkcs11(
        softhsm_token.module, softhsm_token.label, softhsm_token.key_label, softhsm_token.pin
    )
    identity.close()
    with pytest.raises(TokenError, match="closed"):
        sign_pdf(
            prepared_pdf_path,
            identity,
            output=tmp_path / "x.pdf",
            field="sig-tyovaenopisto-matti-meikalainen",
        )
    assert not (tmp_path / "x.pdf").exists()
