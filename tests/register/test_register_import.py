"""Importing returned PDFs: the signing round, and every copy that must be refused."""

from __future__ import annotations

import pytest
from register_pdfs import (
    add_page,
    add_text_to_first_page,
    break_last_signature,
    flip_byte,
    set_document_id,
)
from sqlalchemy import func, select

from agreement_studio.agreement import example_agreement
from agreement_studio.errors import ImportRejected
from agreement_studio.register import Status
from agreement_studio.register.filestore import sha256_hex
from agreement_studio.register.schema import (
    AgreementRecord,
    RevisionRecord,
    SignatoryRecord,
    SignatureRecord,
    VersionRecord,
)
from agreement_studio.register.text import format_details


def _snapshot(register) -> dict:
    """Everything but the audit events: what a rejected import must leave alone."""
    with register.read() as session:
        state = {
            t.__tablename__: session.scalar(select(func.count()).select_from(t))
            for t in (
                AgreementRecord,
                VersionRecord,
                RevisionRecord,
                SignatureRecord,
                SignatoryRecord,
            )
        }
        state["rows"] = [
            tuple(getattr(a, c.key) for c in AgreementRecord.__table__.columns)
            for a in session.scalars(select(AgreementRecord).order_by(AgreementRecord.id))
        ]
    state["files"] = sorted(f.name for f in register.files.files())
    return state


def _rejected(register, data: bytes, match: str) -> str:
    before, events = _snapshot(register), len(register.events())
    with pytest.raises(ImportRejected, match=match) as caught:
        register.import_file(data, name="returned.pdf")
    assert _snapshot(register) == before
    after = register.events()
    assert len(after) == events + 1 and after[-1].action == "import-rejected"
    assert after[-1].details["reason"] == caught.value.reason
    assert after[-1].details["sha256"] == sha256_hex(data)
    assert register.verify().ok
    return caught.value.reason


def test_the_whole_signing_round(register, agreement, sign):
    document_id = register.add_draft(agreement)
    signatures = agreement.signatures()
    for index, (party, signatory, field_name) in enumerate(signatures):
        signed = sign(register.current_pdf(document_id), agreement, index)
        result = register.import_file(signed, name=f"from-{index}.pdf")
        assert result.changed and [a.field_name for a in result.added] == [field_name]
        assert result.added[0].signer_name == signatory.name
        assert result.added[0].signer_organisation == party.name
        assert result.added[0].verdict == "untrusted" and result.warnings == []
        assert result.signed_count == index + 1
        assert register.current_pdf(document_id) == signed
    assert result.status is Status.SIGNED
    details = register.details(document_id)
    assert details.row.status is Status.SIGNED and details.row.status_text == "signed"
    assert all(s.signed and s.signed_at and s.fingerprint_sha256 for s in details.signatories)
    assert [r.kind for r in details.revisions] == ["prepared", "signed", "signed", "signed"]
    assert [r.signature_count for r in details.revisions] == [0, 1, 2, 3]
    assert all(r.on_current_line for r in details.revisions)
    assert [e.action for e in details.events] == ["add", "import", "import", "import"]
    assert details.events[1].signer == f"{signatures[0][1].name} ({signatures[0][0].name})"
    check = register.verify()
    assert check.ok and check.files_checked == 4


def test_a_second_import_of_the_same_file_changes_nothing(register, agreement, sign):
    document_id = register.add_draft(agreement)
    signed = sign(register.current_pdf(document_id), agreement, 0)
    register.import_file(signed)
    before, events = _snapshot(register), register.events()
    again = register.import_file(signed, name="again.pdf")
    assert (
        not again.changed and again.message == "again.pdf: already in the register; nothing changed"
    )
    assert _snapshot(register) == before and register.events() == events
    prepared = register.import_file(
        register.details(document_id).revisions[0].sha256
        and register.files.get(register.details(document_id).revisions[0].sha256)
    )
    assert not prepared.changed


def test_a_copy_signed_by_two_signatories_records_both_and_the_revision_between(
    register, agreement, sign
):
    document_id = register.add_draft(agreement)
    once = sign(register.current_pdf(document_id), agreement, 0)
    twice = sign(once, agreement, 1)
    result = register.import_file(twice)
    assert [a.field_name for a in result.added] == [f for *_, f in agreement.signatures()[:2]]
    details = register.details(document_id)
    assert [r.sha256 for r in details.revisions] == [
        sha256_hex(register.files.get(details.revisions[0].sha256)),
        sha256_hex(once),
        sha256_hex(twice),
    ]
    assert details.row.status_text == "partially signed (2 of 3)"
    assert not register.import_file(once).changed  # its revision is already in the register


def test_a_folder_is_imported_file_by_file(register, agreement, sign, tmp_path):
    document_id = register.add_draft(agreement)
    folder = tmp_path / "inbox"
    (folder / "sub").mkdir(parents=True)
    signed = sign(register.current_pdf(document_id), agreement, 0)
    (folder / "a.pdf").write_bytes(signed)
    (folder / "sub" / "b.PDF").write_bytes(signed)
    (folder / "c.pdf").write_bytes(add_page(signed))
    (folder / "notes.txt").write_text("not a PDF")
    outcomes = register.import_files([folder])
    assert [o.source.rsplit("/", 1)[-1] for o in outcomes] == ["a.pdf", "c.pdf", "b.PDF"]
    assert outcomes[0].result.changed and not outcomes[2].result.changed
    assert outcomes[1].rejected and "adds no signature" in outcomes[1].error


def test_a_tampered_copy_is_rejected(register, agreement, sign):
    document_id = register.add_draft(agreement)
    prepared_size = len(register.current_pdf(document_id))
    signed = sign(register.current_pdf(document_id), agreement, 0)
    reason = _rejected(register, flip_byte(signed, prepared_size // 2), "does not begin")
    assert "changed or saved again" in reason
    _rejected(register, break_last_signature(signed), "does not check out")


def test_a_copy_of_another_agreement_is_rejected(register, agreement, sign):
    document_id = register.add_draft(agreement)
    other = example_agreement(parties=2)
    from agreement_studio.pdf import render_agreement

    stranger = render_agreement(other)
    _rejected(register, stranger, f"no agreement with document ID {other.document_id}")
    # the other agreement's PDF, claiming to be this one: its bytes give it away
    forged = set_document_id(stranger, document_id)
    _rejected(register, forged, "does not begin with any PDF the register holds")


def test_a_copy_whose_new_revision_changes_content_is_rejected(register, agreement, sign):
    document_id = register.add_draft(agreement)
    prepared = register.current_pdf(document_id)
    signed = sign(prepared, agreement, 0)
    register.import_file(signed)
    _rejected(register, add_page(signed), "adds no signature")
    _rejected(register, add_text_to_first_page(signed), "adds no signature")
    # changed, then signed over: the signature is intact, but it signs other content
    _rejected(register, sign(add_page(signed), agreement, 1), "changes the document")
    _rejected(
        register, sign(add_text_to_first_page(prepared), agreement, 1), "changes the document"
    )
    # a signature on top of a change after an earlier signature
    _rejected(register, sign(add_text_to_first_page(signed), agreement, 1), "changes the document")
    assert register.details(document_id).row.signed_count == 1


def test_a_signature_outside_the_signatories_fields_is_rejected(
    register, agreement, sign, identities, tmp_path
):
    from agreement_studio.signing import sign_pdf

    document_id = register.add_draft(agreement)
    for index in range(3):
        register.import_file(sign(register.current_pdf(document_id), agreement, index))
    stranger = identities("Outi Ulkopuolinen", "Muu Oy")
    result = sign_pdf(register.current_pdf(document_id), stranger, output=tmp_path / "x.pdf")
    assert result.created_field  # no field was prepared for her: the signer made one
    _rejected(register, (tmp_path / "x.pdf").read_bytes(), "not in a signatory's field")


def test_an_extra_signature_field_under_a_signature_is_rejected(register, agreement, sign):
    from io import BytesIO

    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign.fields import SigFieldSpec, append_signature_field

    document_id = register.add_draft(agreement)
    writer = IncrementalPdfFileWriter(BytesIO(register.current_pdf(document_id)))
    append_signature_field(writer, SigFieldSpec("sig-someone-else", box=(20, 20, 120, 60)))
    extended = BytesIO()
    writer.write(extended)
    # the signatory signs their own field on top of a field nobody agreed to
    reason = _rejected(register, sign(extended.getvalue(), agreement, 0), "sig-someone-else")
    assert "not the signatories' signature fields" in reason
    assert register.details(document_id).row.signed_count == 0


def test_a_certificate_of_another_person_is_recorded_with_a_warning(register, agreement, sign):
    document_id = register.add_draft(agreement)
    signed = sign(register.current_pdf(document_id), agreement, 0, name="Matti Muukalainen")
    result = register.import_file(signed)
    assert result.warnings == [
        "the certificate that signed field 'sig-2071234-7-paivi-makela' is issued to "
        "'Matti Muukalainen', not 'Päivi Mäkelä'"
    ]
    state = register.details(document_id).signatories[0]
    assert state.signed and state.warning == result.warnings[0]
    assert register.events(document_id)[-1].details["signatures"][0]["warning"]


def test_a_pinned_fingerprint_makes_the_signature_trusted(register, agreement, sign, identities):
    document_id = register.add_draft(agreement)
    party, signatory, field_name = agreement.signatures()[0]
    fingerprint = identities(signatory.name, party.name).fingerprint_sha256
    register.pin_fingerprint(document_id, field_name, fingerprint)
    result = register.import_file(sign(register.current_pdf(document_id), agreement, 0))
    assert (result.added[0].verdict, result.added[0].trusted_by) == ("valid", "pinned")
    # the pin is for that field only
    second = register.import_file(sign(register.current_pdf(document_id), agreement, 1))
    assert second.added[0].verdict == "untrusted"


def test_parallel_copies_are_both_recorded_and_one_is_sent_on(register, agreement, sign):
    document_id = register.add_draft(agreement)
    prepared = register.current_pdf(document_id)
    copy_a = sign(prepared, agreement, 1)
    copy_b = sign(prepared, agreement, 2)
    first = register.import_file(copy_a, name="a.pdf")
    assert first.send_on is None
    second = register.import_file(copy_b, name="b.pdf")
    assert second.changed and second.signed_count == 1
    signatory_a = agreement.signatures()[1][1].name
    signatory_b = agreement.signatures()[2][1].name
    # the warning names people and dates, never a hash
    assert second.send_on and sha256_hex(copy_a)[:16] not in second.send_on
    assert f"{signatory_b} signed a parallel copy on 20" in second.send_on
    assert f"signed by {signatory_a} (20" in second.send_on
    assert second.sign_again == [signatory_b]
    assert register.current_pdf(document_id) == copy_a
    details = register.details(document_id)
    assert len(details.revisions) == 3 and details.notes == [second.send_on]
    assert [s.must_sign_again for s in details.signatories] == [False, False, True]
    assert "signed a parallel copy — must sign the current version" in format_details(details)
    # never more signing acts counted than signatories
    assert sum(s.signed for s in details.signatories) == 1 and details.row.signed_count == 1
    # copy A goes on: the first signatory signs it, so it has more signatures than B anyway
    on = register.import_file(sign(copy_a, agreement, 0))
    assert on.signed_count == 2 and on.sign_again == [signatory_b]
    final = register.import_file(sign(register.current_pdf(document_id), agreement, 2))
    assert final.status is Status.SIGNED and final.sign_again == [] and final.send_on is None
    details = register.details(document_id)
    assert details.notes == []  # resolved: the warning is gone
    assert details.row.signed_count == 3 == len(details.signatories)
    assert register.verify().ok


def test_a_copy_of_a_replaced_version_is_rejected(register, agreement, sign):
    document_id = register.add_draft(agreement)
    old = sign(register.current_pdf(document_id), agreement, 0)
    edited = agreement.model_copy(update={"title": "Korjattu sopimus"})
    register.add_version(document_id, edited)
    _rejected(register, old, "version 1, which version 2 replaced")


def test_signing_a_renewal_supersedes_the_agreement_it_renews(register, agreement, sign):
    old_id = register.add_draft(agreement)
    new_id = register.renew(old_id)
    renewal = register.draft(new_id)
    for index in range(len(renewal.signatures())):
        register.import_file(sign(register.current_pdf(new_id), renewal, index))
    assert register.details(new_id).row.status is Status.SIGNED
    assert register.details(old_id).row.status is Status.SUPERSEDED
    assert register.events(old_id)[-1].action == "superseded"
    _rejected(register, sign(register.current_pdf(old_id), agreement, 0), "superseded")
    assert not register.import_file(register.current_pdf(old_id)).changed  # held: no news


def test_an_unreadable_file_is_rejected_and_a_missing_one_is_an_input_error(register, tmp_path):
    from agreement_studio.errors import InputError

    _rejected(register, b"%PDF-1.7\nnot really", "not a readable PDF|not an Agreement")
    with pytest.raises(InputError, match="no such file"):
        register.import_file(tmp_path / "absent.pdf")


def test_a_signature_chaining_to_a_configured_anchor_is_valid(register, agreement, tmp_path):
    from agreement_studio.signing import create_network_ca, sign_pdf
    from agreement_studio.verification import TrustStore

    ca = create_network_ca(name="Verkoston CA", org="Päijät-Hämeen ohjausverkosto")
    party, signatory, field_name = agreement.signatures()[0]
    identity = ca.issue(name=signatory.name, org=party.name)
    document_id = register.add_draft(agreement)
    sign_pdf(
        register.current_pdf(document_id), identity, output=tmp_path / "s.pdf", field=field_name
    )
    from cryptography.hazmat.primitives.serialization import Encoding

    anchor = ca.certificate.public_bytes(Encoding.DER)
    result = register.import_file(tmp_path / "s.pdf", trust=TrustStore(anchors=[anchor]))
    assert (result.added[0].verdict, result.added[0].trusted_by) == ("valid", "anchor")
    assert register.details(document_id).signatories[0].verdict == "valid"
