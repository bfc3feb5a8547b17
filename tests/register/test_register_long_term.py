"""Long-term validation data in the register: extending a signed agreement to B-LT/B-LTA,
renewing it, and the import rule that accepts validation data alone only on a fully signed
agreement (and nothing else with it)."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest
from cryptography.hazmat.primitives import serialization
from register_pdfs import add_text_to_first_page
from sqlalchemy import func, select

from agreement_studio.agreement import example_agreement
from agreement_studio.errors import ImportRejected, TimestampError
from agreement_studio.register import Status, open_register
from agreement_studio.register.long_term import extend_agreement
from agreement_studio.register.schema import EventRecord, RevisionRecord
from agreement_studio.signing import create_network_ca, extend_pdf, sign_pdf
from agreement_studio.verification import TrustStore, verify_pdf
from long_term_tsa import dead_url, local_tsa


@pytest.fixture(scope="module")
def network():
    """A network CA (its certificates name a CRL address) and a running local TSA."""
    ca = create_network_ca(name="Verkoston CA", org="Verkosto", crl_url="http://127.0.0.1:9/c.crl")
    with local_tsa() as tsa:
        yield ca, tsa


@pytest.fixture(scope="module")
def issued(network):
    """An identity per signatory (name, organisation), issued by the network CA."""
    ca, _ = network
    made: dict = {}

    def identity_for(name: str, org: str):
        if (name, org) not in made:
            made[(name, org)] = ca.issue(name=name, org=org)
        return made[(name, org)]

    return identity_for


@pytest.fixture
def trust(network) -> TrustStore:
    ca, tsa = network
    return TrustStore([ca.certificate, tsa.root])


@pytest.fixture
def sqlite_register(tmp_path):
    with open_register(tmp_path / "register.sqlite") as opened:
        yield opened


def _sign_round(register, agreement, issued, tmp_path, *, last: int | None = None) -> str:
    """Add ``agreement`` and import the signatures of its first ``last`` signatories."""
    document_id = register.add_draft(agreement)
    for index, (party, signatory, field_name) in enumerate(agreement.signatures()[:last]):
        out = tmp_path / f"signed-{index}.pdf"
        sign_pdf(
            register.current_pdf(document_id),
            issued(signatory.name, party.name),
            output=out,
            field=field_name,
            overwrite=True,
        )
        register.import_file(out)
    return document_id


def _snapshot(register) -> tuple:
    with register.read() as session:
        revisions = session.scalar(select(func.count()).select_from(RevisionRecord))
        events = session.scalar(select(func.count()).select_from(EventRecord))
    return revisions, events, sorted(f.name for f in register.files.files())


def test_a_fully_signed_agreement_extended_to_b_lta_is_a_new_revision_and_renews(
    register, network, issued, trust, tmp_path
):
    ca, tsa = network
    agreement = example_agreement(parties=2, language="fi")
    document_id = _sign_round(register, agreement, issued, tmp_path)
    signed = register.current_pdf(document_id)
    outcome = extend_agreement(
        register, document_id, level="B-LTA", tsa_url=tsa.url, trust=trust, crls=[ca.crl()]
    )
    assert outcome.result.changed and outcome.result.added == []
    assert outcome.result.status is Status.SIGNED and outcome.warnings == []
    current = register.current_pdf(document_id)
    assert current.startswith(signed) and len(current) > len(signed)
    report = verify_pdf(current, trust=trust)
    assert report.verdict.value == "valid", report.message
    levels = {s.field: s.pades_level for s in report.signatures if s.kind != "timestamp"}
    assert set(levels.values()) == {"B-LTA"}, levels
    details = register.details(document_id)
    assert [r.kind for r in details.revisions][-1] == "extended"
    assert details.revisions[-1].on_current_line
    event = details.events[-1]
    assert event.action == "extend" and event.details["level"] == "B-LTA"
    assert event.details["timestamp_field"] == "doc-timestamp-1"
    # renewing B-LTA: a second document timestamp over the first, recorded the same way
    renewed = extend_agreement(
        register, document_id, level="B-LTA", tsa_url=tsa.url, trust=trust, crls=[ca.crl()]
    )
    assert renewed.extended.timestamp_field == "doc-timestamp-2"
    assert register.current_pdf(document_id).startswith(current)
    kinds = [r.kind for r in register.details(document_id).revisions]
    assert kinds == ["prepared", "signed", "signed", "extended", "extended"]
    check = register.verify()
    assert check.ok, check


def test_extending_a_partly_signed_agreement_warns_and_later_signatures_still_import(
    sqlite_register, issued, trust, tmp_path
):
    register = sqlite_register
    agreement = example_agreement(parties=2, language="fi")
    document_id = _sign_round(register, agreement, issued, tmp_path, last=1)
    outcome = extend_agreement(register, document_id, level="B-LT", trust=trust)
    assert any("not every signature field is signed" in w for w in outcome.warnings)
    assert outcome.result.status is Status.PARTIALLY_SIGNED
    assert register.details(document_id).events[-1].details["warnings"] == outcome.warnings
    party, signatory, field_name = agreement.signatures()[1]
    out = tmp_path / "last.pdf"
    sign_pdf(
        register.current_pdf(document_id),
        issued(signatory.name, party.name),
        output=out,
        field=field_name,
    )
    result = register.import_file(out)
    assert result.status is Status.SIGNED and [a.field_name for a in result.added] == [field_name]
    assert register.verify().ok


def test_a_timestamp_server_failure_loses_nothing(
    sqlite_register, network, issued, trust, tmp_path
):
    register = sqlite_register
    document_id = _sign_round(register, example_agreement(parties=2), issued, tmp_path)
    before, pdf = _snapshot(register), register.current_pdf(document_id)
    with pytest.raises(TimestampError, match="nothing was written"):
        extend_agreement(register, document_id, level="B-LTA", tsa_url=dead_url(), trust=trust)
    assert _snapshot(register) == before
    assert register.current_pdf(document_id) == pdf
    assert not list((register.location.files_dir / "tmp").glob("extending-*"))
    assert register.verify().ok


def test_an_imported_copy_with_validation_data_only_is_accepted_once_fully_signed(
    sqlite_register, network, issued, trust, tmp_path
):
    """The rule for copies extended elsewhere (``agreement-studio extend``), and its neighbours:
    the same kind of copy before the last signature, or with an edit beside the timestamp."""
    register = sqlite_register
    ca, tsa = network
    agreement = example_agreement(parties=2, language="fi")
    partly = _sign_round(register, agreement, issued, tmp_path, last=1)
    early = extend_pdf(
        register.current_pdf(partly),
        output=tmp_path / "early.pdf",
        level="B-LTA",
        tsa_url=tsa.url,
        trust=trust.anchors,
    )
    with pytest.raises(ImportRejected, match="adds no signature"):
        register.import_file(early.output)

    other = example_agreement(parties=2, language="fi")
    full = _sign_round(register, other, issued, tmp_path)
    extended = extend_pdf(
        register.current_pdf(full),
        output=tmp_path / "extended.pdf",
        level="B-LTA",
        tsa_url=tsa.url,
        trust=trust.anchors,
        crls=[ca.crl()],
    )
    edited = add_text_to_first_page(extended.output.read_bytes())
    with pytest.raises(ImportRejected, match="changed"):
        register.import_file(edited, name="edited.pdf")
    result = register.import_file(extended.output, trust=trust)
    assert result.changed and result.added == [] and result.status is Status.SIGNED
    assert register.current_pdf(full) == extended.output.read_bytes()
    assert register.details(full).events[-1].action == "import"
    assert register.verify().ok


def test_register_extend_on_the_command_line(tmp_path, network, issued):
    ca, tsa = network
    path = tmp_path / "register.sqlite"
    agreement = example_agreement(parties=2, language="fi")
    with open_register(path) as register:
        document_id = _sign_round(register, agreement, issued, tmp_path)
    anchors = []
    for number, cert in enumerate((ca.certificate, tsa.root)):
        anchor = tmp_path / f"anchor-{number}.pem"
        anchor.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
        anchors += ["--trust-anchor", str(anchor)]
    crl = tmp_path / "network.crl"
    crl.write_bytes(ca.crl())
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "agreement_studio",
            "--register",
            str(path),
            "register",
            "extend",
            document_id[:8],
            "--level",
            "B-LTA",
            "--tsa",
            tsa.url,
            "--crl",
            str(crl),
            *anchors,
            "--json",
        ],
        capture_output=True,
        text=True,
        timeout=180,
        env=dict(os.environ),
    )
    assert result.returncode == 0, result.stdout + result.stderr
    printed = json.loads(result.stdout)
    assert printed["level"] == "B-LTA" and printed["recorded"] and printed["crls"] >= 1
    with open_register(path) as register:
        assert register.details(document_id).events[-1].action == "extend"
        assert register.verify().ok


def _with_extra_field(data: bytes) -> bytes:
    """``data`` with an incremental update that adds an empty signature field of no signatory."""
    import io

    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign.fields import SigFieldSpec, append_signature_field

    writer = IncrementalPdfFileWriter(io.BytesIO(data))
    append_signature_field(writer, SigFieldSpec("sig-extra", box=(20, 20, 120, 60)))
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def test_b_lt_data_alone_is_accepted_but_not_with_a_new_field_beside_it(
    sqlite_register, network, issued, trust, tmp_path
):
    """Honest neighbour: DSS only (B-LT, no document timestamp) on a fully signed agreement.
    Attack neighbour: the same copy with a new form field added after the validation data."""
    register = sqlite_register
    ca, _ = network
    document_id = _sign_round(register, example_agreement(parties=2), issued, tmp_path)
    extended = extend_pdf(
        register.current_pdf(document_id),
        output=tmp_path / "b-lt.pdf",
        level="B-LT",
        trust=trust.anchors,
        crls=[ca.crl()],
    ).output.read_bytes()
    with pytest.raises(ImportRejected, match="signature fields: sig-extra"):
        register.import_file(_with_extra_field(extended), name="extra-field.pdf")
    result = register.import_file(extended, name="b-lt.pdf", trust=trust)
    assert result.changed and result.added == []
    assert register.details(document_id).revisions[-1].kind == "extended"
    assert register.verify().ok
