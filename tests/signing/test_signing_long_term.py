"""Long-term signatures: PAdES B-LT and B-LTA, made at signing or by ``extend``, renewed; the
network's whole round through the command line, ending with a revoked signatory."""

from __future__ import annotations

import datetime as dt
import importlib.util
import json
import os
import socket
import subprocess
import sys
from pathlib import Path

import pytest
from cryptography import x509
from signing_agreement import pyhanko_judgements, pyhanko_lta_results, rendered_agreement
from signing_pki import (
    PASSWORD,
    assert_pdfsig_all_valid,
    nss_database,
    pem,
    qpdf_check,
    tools_missing,
)

from agreement_studio.errors import (
    CertificateNotUsable,
    InputError,
    PdfInputError,
    TimestampError,
)
from agreement_studio.signing import create_network_ca, sign_pdf
from agreement_studio.signing.long_term import Level, extend_pdf

ROOT = Path(__file__).resolve().parents[2]
CA_PASSWORD = "verkoston salainen avain"

needs_tools = pytest.mark.skipif(
    bool(tools_missing("qpdf", "pdfsig", "certutil")),
    reason="qpdf, poppler-utils and libnss3-tools are needed",
)


@pytest.fixture(scope="module")
def dp_ca():
    """A network CA whose certificates name a CRL distribution point, so that a validator
    that requires revocation data must find it (a CA without one leaves nothing to check)."""
    return create_network_ca(
        name="Verkoston CA", org="Ohjausverkosto", crl_url="http://127.0.0.1:9/network.crl"
    )


def run(*args: str, env_extra: dict[str, str] | None = None):
    env = {k: v for k, v in os.environ.items() if not k.startswith("AGREEMENT_STUDIO_")}
    env.update(env_extra or {})
    return subprocess.run(
        [sys.executable, "-m", "agreement_studio", *args],
        capture_output=True,
        text=True,
        env=env,
        stdin=subprocess.DEVNULL,
        timeout=180,
    )


def dead_url() -> str:
    """A loopback address on which nothing listens."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return f"http://127.0.0.1:{probe.getsockname()[1]}/"


def _signed_round(folder, network_ca, tsa, *, parties=3, last=None):
    """The rendered agreement signed at B-T: certified first, then approvals."""
    prepared, signers = rendered_agreement(folder, network_ca, parties=parties)
    current = prepared
    for number, signer in enumerate(signers[:last]):
        current = sign_pdf(
            current,
            signer.identity,
            output=folder / f"signed-{number + 1}.pdf",
            field=signer.field,
            certify=number == 0,
            tsa_url=tsa.url,
        ).output
    return current, signers


# --- the round trip of the "done when", through the command line ---


@needs_tools
def test_network_round_trip_to_b_lta_and_a_revoked_signatory(tmp_path, tsa, tsa_root):
    ca_env = {"AGREEMENT_STUDIO_CA_PASSWORD": CA_PASSWORD}
    id_env = {**ca_env, "AGREEMENT_STUDIO_PASSWORD": PASSWORD}
    ca_p12, ca_pem, tsa_pem = tmp_path / "ca.p12", tmp_path / "ca.pem", tmp_path / "tsa.pem"
    tsa_pem.write_bytes(pem(tsa_root[0]))
    made = run(
        "identity", "ca-new", "--name", "Verkoston CA", "--org", "Ohjausverkosto",
        "-o", str(ca_p12), "--pem", str(ca_pem),
        "--crl-url", "http://127.0.0.1:9/network.crl", env_extra=ca_env,
    )  # fmt: skip
    assert made.returncode == 0, made.stderr

    from agreement_studio.agreement import example_agreement
    from agreement_studio.pdf import render_agreement

    agreement = example_agreement(parties=3, language="fi")
    prepared = tmp_path / "prepared.pdf"
    prepared.write_bytes(render_agreement(agreement))
    fields = []
    for number, (party, signatory, field) in enumerate(agreement.signatures()):
        issued = run(
            "identity", "issue", "--ca", str(ca_p12), "--name", signatory.name,
            "--org", party.name, "-o", str(tmp_path / f"id{number}.p12"), env_extra=id_env,
        )  # fmt: skip
        assert issued.returncode == 0, issued.stderr
        fields.append(field)
    assert len(fields) == 3

    current, times = prepared, []
    for number, field in enumerate(fields):
        times.append(dt.datetime.now(dt.UTC))
        output = tmp_path / f"signed-{number + 1}.pdf"
        extra = ["--certify"] if number == 0 else []
        signed = run(
            "sign", str(current), "--identity", str(tmp_path / f"id{number}.p12"),
            "--field", field, "--tsa", tsa.url, "-o", str(output), *extra, env_extra=id_env,
        )  # fmt: skip
        assert signed.returncode == 0, signed.stderr
        current = output

    crl_file = tmp_path / "network.crl"
    assert (
        run(
            "identity", "crl", "--ca", str(ca_p12), "-o", str(crl_file), env_extra=ca_env
        ).returncode
        == 0
    )
    final = tmp_path / "final.pdf"
    before = current.read_bytes()
    extended = run(
        "extend", str(current), "--level", "B-LTA", "--tsa", tsa.url,
        "--trust", str(ca_pem), "--trust", str(tsa_pem), "--crl", str(crl_file),
        "-o", str(final), "--json",
    )  # fmt: skip
    assert extended.returncode == 0, extended.stderr
    summary = json.loads(extended.stdout)
    assert summary["level"] == "B-LTA" and summary["signatures"] == 3
    assert summary["crls"] >= 1 and summary["timestamp_field"]
    assert current.read_bytes() == before  # the input is never changed

    # outside judges: qpdf, poppler, pyHanko (with our CA trusted)
    ca_cert = x509.load_pem_x509_certificate(ca_pem.read_bytes())
    qpdf_check(final)
    assert_pdfsig_all_valid(final, nss_database(tmp_path / "nss", ca_cert, tsa_root[0]), 3)
    roots = [ca_cert, tsa_root[0]]
    judged = pyhanko_judgements(final, roots, from_dss_only=True)
    assert [j.kind for j in judged] == ["/Sig"] * 3 + ["/DocTimeStamp"]
    for judgement in judged:
        assert judgement.intact and judgement.valid and judgement.trusted, judgement.summary
        assert judgement.docmdp_ok is not False, judgement.summary
        assert "ILLEGAL" not in judgement.summary, judgement.summary
    assert pyhanko_lta_results(final, roots) == [(field, "OK") for field in fields]
    # the control: before extending, the same long-term validation cannot pass
    assert all(result != "OK" for _, result in pyhanko_lta_results(current, roots))

    # our verifier: valid, with the levels named once it names them
    from agreement_studio.verification import TrustStore, Verdict, verify_pdf

    report = verify_pdf(final, trust=TrustStore(anchors=roots))
    assert report.verdict is Verdict.VALID, report.message

    # signatory 2 is revoked as of just before they signed; the network publishes a new CRL
    revoked_at = (times[1] - dt.timedelta(seconds=5)).isoformat()
    revoke = run(
        "identity", "revoke", "--ca", str(ca_p12), "--serial", _serial(tmp_path / "id1.p12"),
        "--reason", "key-compromise", "--revocation-date", revoked_at, env_extra=ca_env,
    )  # fmt: skip
    assert revoke.returncode == 0, revoke.stderr
    assert (
        run(
            "identity", "crl", "--ca", str(ca_p12), "-o", str(crl_file), env_extra=ca_env
        ).returncode
        == 0
    )
    verdict = run(
        "verify", str(final), "--crl", str(crl_file), "--trust", str(ca_pem),
        "--trust", str(tsa_pem), "--json",
    )  # fmt: skip
    [file_report] = json.loads(verdict.stdout)["files"]
    signatures = {s["field"]: s for s in file_report["signatures"]}
    if all(signatures[field]["revocation"] == "not-applicable" for field in fields):
        pytest.skip("waiting for verifier revocation: `verify --crl` does not fill revocation yet")
    assert verdict.returncode == 1, verdict.stdout + verdict.stderr
    assert file_report["verdict"] == "invalid", file_report["message"]
    assert signatures[fields[1]]["revocation"] == "revoked", signatures[fields[1]]
    assert signatures[fields[0]]["revocation"] == "good"
    assert signatures[fields[2]]["revocation"] == "good"


def _serial(p12: Path) -> str:
    from agreement_studio.signing import load_pkcs12

    return str(load_pkcs12(p12, PASSWORD, check=False).certificate.serial_number)


# --- levels at signing time ---


def test_sign_at_b_lt_stores_the_crl_and_passes_on_its_own_data(tmp_path, dp_ca, tsa, tsa_root):
    prepared, signers = rendered_agreement(tmp_path, dp_ca, parties=2)
    crl = dp_ca.crl()
    result = sign_pdf(
        prepared,
        signers[0].identity,
        output=tmp_path / "lt.pdf",
        field=signers[0].field,
        tsa_url=tsa.url,
        level="B-LT",
        trust=[tsa_root[0]],
        crls=[crl],
    )
    assert result.level is Level.B_LT and result.timestamped
    roots = [dp_ca.certificate, tsa_root[0]]
    [judgement] = pyhanko_judgements(result.output, roots, from_dss_only=True)
    assert judgement.intact and judgement.valid and judgement.trusted, judgement.summary
    # the control: the same signature at B-T carries no revocation data of its own
    plain = sign_pdf(
        prepared, signers[0].identity, output=tmp_path / "t.pdf", field=signers[0].field,
        tsa_url=tsa.url,
    )  # fmt: skip
    [control] = pyhanko_judgements(plain.output, roots, from_dss_only=True)
    assert control.intact and not control.trusted, control.summary


def test_sign_at_b_lta_adds_a_document_timestamp(tmp_path, network_ca, tsa, tsa_root):
    prepared, signers = rendered_agreement(tmp_path, network_ca, parties=2)
    result = sign_pdf(
        prepared,
        signers[0].identity,
        output=tmp_path / "lta.pdf",
        field=signers[0].field,
        tsa_url=tsa.url,
        level=Level.B_LTA,
        trust=[tsa_root[0]],
        crls=[network_ca.crl()],
    )
    kinds = [
        j.kind for j in pyhanko_judgements(result.output, [network_ca.certificate, tsa_root[0]])
    ]
    assert kinds == ["/Sig", "/DocTimeStamp"]


def test_a_revoked_signer_cannot_sign_at_b_lt(tmp_path, network_ca, tsa, tsa_root):
    prepared, signers = rendered_agreement(tmp_path, network_ca, parties=2)
    network_ca.revoke(signers[1].identity.certificate, reason="affiliation-changed")
    with pytest.raises(CertificateNotUsable, match="revoked"):
        sign_pdf(
            prepared,
            signers[1].identity,
            output=tmp_path / "no.pdf",
            field=signers[1].field,
            tsa_url=tsa.url,
            level="B-LT",
            trust=[tsa_root[0]],
            crls=[network_ca.crl()],
        )
    assert not (tmp_path / "no.pdf").exists()


@pytest.mark.parametrize(("level", "tsa"), [("B-T", None), ("B-LT", None), ("B-B", "http://x/")])
def test_levels_and_timestamp_server_must_agree(tmp_path, issued, prepared_pdf_path, level, tsa):
    with pytest.raises(InputError):
        sign_pdf(
            prepared_pdf_path, issued[0].identity, output=tmp_path / "x.pdf", level=level,
            tsa_url=tsa,
        )  # fmt: skip


# --- extend ---


def test_extend_a_partly_signed_agreement_warns_and_keeps_the_input(tmp_path, dp_ca, tsa, tsa_root):
    partly, signers = _signed_round(tmp_path, dp_ca, tsa, last=1)
    before = partly.read_bytes()
    result = extend_pdf(
        partly,
        output=tmp_path / "lt.pdf",
        level="B-LT",
        trust=[dp_ca.certificate, tsa_root[0]],
        crls=[dp_ca.crl()],
    )
    assert partly.read_bytes() == before
    assert any("not every signature field is signed" in w for w in result.warnings)
    assert signers[1].field in " ".join(result.warnings)
    assert result.timestamp_field is None and result.renew_before is None and result.crls == 1
    roots = [dp_ca.certificate, tsa_root[0]]
    [judgement] = pyhanko_judgements(result.output, roots, from_dss_only=True)
    assert judgement.intact and judgement.valid and judgement.trusted, judgement.summary
    # the control: before extending, revocation required from the file alone cannot be met
    [before] = pyhanko_judgements(partly, roots, from_dss_only=True)
    assert before.intact and not before.trusted, before.summary


def test_renewing_b_lta_adds_a_second_document_timestamp_and_keeps_the_first_valid(
    tmp_path, network_ca, tsa, tsa_root
):
    signed, _signers = _signed_round(tmp_path, network_ca, tsa, parties=2)
    trust = [network_ca.certificate, tsa_root[0]]
    first = extend_pdf(
        signed, output=tmp_path / "lta1.pdf", tsa_url=tsa.url, trust=trust,
        crls=[network_ca.crl()],
    )  # fmt: skip
    second = extend_pdf(
        first.output, output=tmp_path / "lta2.pdf", tsa_url=tsa.url, trust=trust,
        crls=[network_ca.crl()],
    )  # fmt: skip
    assert (first.timestamp_field, second.timestamp_field) == ("doc-timestamp-1", "doc-timestamp-2")
    # the coordinator is told when to renew: before the timestamp server's chain expires
    # (the test server's certificates end a year from now)
    left = first.renew_before - dt.datetime.now(dt.UTC)
    assert dt.timedelta(days=364) < left <= dt.timedelta(days=365)
    assert second.signatures == 3  # two signatures and the first document timestamp
    judged = pyhanko_judgements(second.output, trust, from_dss_only=True)
    assert [j.kind for j in judged] == ["/Sig", "/Sig", "/DocTimeStamp", "/DocTimeStamp"]
    for judgement in judged:
        assert judgement.intact and judgement.valid and judgement.trusted, judgement.summary
    if not tools_missing("qpdf"):
        qpdf_check(second.output)


def test_every_signature_has_its_vri_entry_keyed_by_the_sha1_of_its_contents(
    tmp_path, network_ca, tsa, tsa_root
):
    import hashlib

    from pypdf import PdfReader

    signed, _signers = _signed_round(tmp_path, network_ca, tsa, parties=2)
    result = extend_pdf(
        signed, output=tmp_path / "lt.pdf", level="B-LT",
        trust=[network_ca.certificate, tsa_root[0]], crls=[network_ca.crl()],
    )  # fmt: skip
    reader = PdfReader(str(result.output))
    root = reader.trailer["/Root"]
    keys = {str(k)[1:] for k in root["/DSS"]["/VRI"]}
    contents = [
        bytes(f.get_object()["/V"].get_object()["/Contents"])
        for f in root["/AcroForm"]["/Fields"]
        if f.get_object().get("/V") is not None
    ]
    assert len(contents) == 2
    assert keys == {hashlib.sha1(c).hexdigest().upper() for c in contents}


def test_extend_without_trust_uses_the_roots_the_file_carries(tmp_path, network_ca, tsa):
    signed, _signers = _signed_round(tmp_path, network_ca, tsa, parties=2)
    result = extend_pdf(signed, output=tmp_path / "lt.pdf", level="B-LT")
    assert any("no trust anchors given" in w for w in result.warnings)
    assert any("no revocation data" in w for w in result.warnings)
    assert result.certificates >= 3  # the CA, the signers, the timestamp authority's chain


def test_extend_refuses_a_file_without_signatures(tmp_path, prepared_pdf_path):
    with pytest.raises(PdfInputError, match="no signatures"):
        extend_pdf(prepared_pdf_path, output=tmp_path / "x.pdf", level="B-LT")


def test_an_unreachable_or_untrusted_timestamp_server_writes_nothing(
    tmp_path, network_ca, tsa, tsa_root
):
    signed, _signers = _signed_round(tmp_path, network_ca, tsa, parties=2)
    out = tmp_path / "lta.pdf"
    with pytest.raises(TimestampError, match=r"did not give a timestamp|could not be reached"):
        extend_pdf(
            signed, output=out, tsa_url=dead_url(), trust=[network_ca.certificate, tsa_root[0]]
        )
    assert not out.exists()
    with pytest.raises(TimestampError, match="--trust"):
        extend_pdf(signed, output=out, tsa_url=tsa.url, trust=[network_ca.certificate])
    assert not out.exists()
    # through the command line: exit status 1, one clear line, nothing written
    failed = run("extend", str(signed), "--tsa", dead_url(), "-o", str(out))
    assert failed.returncode == 1, failed.stderr
    assert "timestamp server" in failed.stderr and "Traceback" not in failed.stderr
    assert not out.exists()


def test_benchmark_for_extend_is_ready():
    spec = importlib.util.spec_from_file_location(
        "long_term_bench", ROOT / "benchmarks" / "long_term.py"
    )
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    assert callable(module.bench_extend) and callable(module.main)


def test_with_trust_anchors_the_timestamp_servers_chain_is_checked_at_b_t(
    tmp_path, issued, prepared_pdf_path, network_ca, tsa, tsa_root
):
    out = tmp_path / "bt.pdf"
    with pytest.raises(TimestampError, match="does not chain to a trust anchor"):
        sign_pdf(
            prepared_pdf_path, issued[0].identity, output=out, tsa_url=tsa.url,
            trust=[network_ca.certificate],
        )  # fmt: skip
    assert not out.exists()
    result = sign_pdf(
        prepared_pdf_path, issued[0].identity, output=out, tsa_url=tsa.url,
        trust=[tsa_root[0]],
    )  # fmt: skip
    assert result.level is Level.B_T and result.timestamped


def test_our_verifier_names_the_level_each_step_reaches(tmp_path, dp_ca, tsa, tsa_root):
    from agreement_studio.verification import TrustStore, Verdict, verify_pdf

    signed, _signers = _signed_round(tmp_path, dp_ca, tsa, parties=2)
    trust = [dp_ca.certificate, tsa_root[0]]
    crls = [dp_ca.crl()]
    lt = extend_pdf(signed, output=tmp_path / "lt.pdf", level="B-LT", trust=trust, crls=crls)
    lta = extend_pdf(signed, output=tmp_path / "lta.pdf", tsa_url=tsa.url, trust=trust, crls=crls)

    def levels(path):
        report = verify_pdf(path, trust=TrustStore(anchors=trust))
        assert report.verdict is Verdict.VALID, report.message
        return [s.pades_level for s in report.signatures if not s.field.startswith("doc-")]

    assert levels(signed) == ["B-T", "B-T"]
    assert levels(lt.output) == ["B-LT", "B-LT"]
    assert levels(lta.output) == ["B-LTA", "B-LTA"]
    # B-LTA made at signing time reads the same
    (tmp_path / "at-signing").mkdir()
    prepared, signers = rendered_agreement(tmp_path / "at-signing", dp_ca, parties=2)
    made = sign_pdf(
        prepared, signers[0].identity, output=tmp_path / "signed-lta.pdf",
        field=signers[0].field, tsa_url=tsa.url, level="B-LTA", trust=trust, crls=crls,
    )  # fmt: skip
    assert levels(made.output) == ["B-LTA"]
