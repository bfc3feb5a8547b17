"""Recording drafts: add, new versions, renewals, termination, IDs given by a prefix."""

from __future__ import annotations

import datetime as dt
import getpass
import sys
import uuid

import pytest
from sqlalchemy import func, select

from agreement_studio.agreement import example_agreement
from agreement_studio.errors import (
    InputError,
    RegisterError,
    UnknownAgreement,
    ValidationFailed,
)
from agreement_studio.pdf import read_agreement_metadata
from agreement_studio.register import Query, Status
from agreement_studio.register.filestore import sha256_hex
from agreement_studio.register.schema import AgreementRecord, EventRecord


def test_add_validates_renders_and_records_the_prepared_version(register, agreement):
    document_id = register.add_draft(agreement)
    assert document_id == str(agreement.document_id)
    details = register.details(document_id)
    assert details.row.status is Status.READY
    assert details.template_id == "network-continuation" and details.template_version
    assert [p.name for p in details.parties] == [p.name for p in agreement.parties]
    assert [s.field_name for s in details.signatories] == [f for *_, f in agreement.signatures()]
    assert not any(s.signed for s in details.signatories)
    assert [v.number for v in details.versions] == [1]
    [revision] = details.revisions
    assert revision.kind == "prepared" and revision.on_current_line
    pdf = register.current_pdf(document_id)
    assert sha256_hex(pdf) == revision.sha256 == details.current_sha256
    assert read_agreement_metadata(pdf)["document_id"] == document_id
    [event] = details.events
    assert (event.action, event.actor) == ("add", getpass.getuser())
    assert event.details["sha256"] == revision.sha256
    assert register.draft(document_id) == agreement


def test_an_invalid_draft_is_refused_and_nothing_is_recorded(register, agreement):
    broken = agreement.model_copy(update={"parties": agreement.parties[:1]})
    with pytest.raises(ValidationFailed):
        register.add_draft(broken)
    with register.read() as session:
        assert session.scalar(select(func.count()).select_from(AgreementRecord)) == 0
        assert session.scalar(select(func.count()).select_from(EventRecord)) == 0
    assert not list(register.files.files())


def test_the_same_document_cannot_be_added_twice(register, agreement):
    register.add_draft(agreement)
    with pytest.raises(RegisterError, match="already in the register"):
        register.add_draft(agreement)
    assert len(register.events()) == 1


def test_adding_does_not_load_pyhanko_and_listing_loads_neither(tmp_path):
    import subprocess

    code = (
        "import sys\n"
        "from agreement_studio.register import open_register, Query\n"
        "from agreement_studio.agreement import example_agreement\n"
        f"r = open_register({str(tmp_path / 'r.sqlite')!r})\n"
        "r.add_draft(example_agreement(parties=2), prepare=False)\n"
        "r.list(Query(text='lahden')); r.reminders(3650); r.verify()\n"
        "print(','.join(m for m in ('pyhanko', 'reportlab') if m in sys.modules))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""


def test_a_draft_without_pdf_can_be_prepared_later(register, agreement):
    document_id = register.add_draft(agreement, prepare=False)
    assert register.details(document_id).row.status is Status.DRAFT
    with pytest.raises(RegisterError, match="prepare it"):
        register.current_pdf(document_id)
    sha = register.prepare(document_id)
    assert register.details(document_id).row.status is Status.READY
    assert sha256_hex(register.current_pdf(document_id)) == sha
    with pytest.raises(RegisterError, match="already prepared"):
        register.prepare(document_id)
    assert register.verify().ok


def test_an_edited_draft_becomes_the_next_version(register, agreement):
    document_id = register.add_draft(agreement)
    first_pdf = register.current_pdf(document_id)
    bigger = example_agreement(parties=4)  # the same network, one party more
    edited = bigger.model_copy(update={"title": "Jatkosopimus", "document_id": uuid.uuid4()})
    newcomer = bigger.parties[3]  # the register keeps the agreement's own document ID
    assert register.add_version(document_id[:8], edited) == 2
    details = register.details(document_id)
    assert details.row.title == "Jatkosopimus" and details.row.party_count == 4
    assert details.current_version == 2
    assert details.versions[0].superseded_at is not None
    assert details.versions[1].superseded_at is None
    assert register.current_pdf(document_id) != first_pdf
    assert read_agreement_metadata(register.current_pdf(document_id))["document_id"] == document_id
    assert register.list(Query(text=newcomer.business_id)).total == 1
    assert register.draft(document_id, 1) == agreement
    assert [e.action for e in details.events] == ["add", "add-version"]
    assert register.verify().ok


def test_a_version_that_prints_the_same_pdf_is_refused(register, agreement):
    document_id = register.add_draft(agreement)
    # "Edited" without a change (say, saved again in the wizard): the very same PDF.
    unchanged = agreement.model_copy(deep=True)
    with pytest.raises(RegisterError, match="exactly the PDF of version 1"):
        register.add_version(document_id, unchanged)
    details = register.details(document_id)
    assert details.current_version == 1 and details.versions[0].superseded_at is None
    assert [e.action for e in details.events] == ["add"]
    assert register.verify().ok


def test_a_renewal_is_a_new_agreement_with_the_term_moved_on(register, agreement):
    old_id = register.add_draft(agreement)
    new_id = register.renew(old_id)
    assert new_id != old_id
    new = register.details(new_id)
    assert new.renewal_of == old_id and register.details(old_id).renewed_by == new_id
    assert (new.row.term_start, new.row.term_end) == (dt.date(2030, 1, 1), dt.date(2032, 12, 31))
    assert new.row.review_date == dt.date(2031, 6, 30)
    assert new.row.status is Status.READY
    assert register.details(old_id).row.status is Status.READY  # until the renewal is signed
    assert [e.action for e in register.events(old_id)] == ["add", "renew"]
    with pytest.raises(RegisterError, match="already has a renewal"):
        register.renew(old_id)


def test_termination_is_recorded_with_date_and_reason(register, agreement):
    document_id = register.add_draft(agreement)
    with pytest.raises(InputError):
        register.terminate(document_id, on=dt.date(2027, 3, 1), reason="  ")
    register.terminate(document_id, on=dt.date(2027, 3, 1), reason="funding ended")
    details = register.details(document_id)
    assert details.row.status is Status.TERMINATED
    assert (details.terminated_on, details.termination_reason) == (
        dt.date(2027, 3, 1),
        "funding ended",
    )
    with pytest.raises(RegisterError, match="already terminated"):
        register.terminate(document_id, on=dt.date(2027, 3, 2), reason="again")
    with pytest.raises(RegisterError, match="cannot be edited"):
        register.add_version(document_id, agreement)


def test_ids_may_be_given_by_a_unique_prefix(register):
    a = register.add_draft(
        example_agreement(parties=2, document_id=uuid.UUID("abcd0000-0000-4000-8000-000000000001")),
        prepare=False,
    )
    register.add_draft(
        example_agreement(parties=2, document_id=uuid.UUID("abcd1111-0000-4000-8000-000000000002")),
        prepare=False,
    )
    assert register.resolve("ABCD0") == a
    assert register.resolve(a) == a
    assert register.resolve(a.replace("-", "")) == a
    assert register.resolve("abcd11110") == register.resolve("abcd1111-0")
    with pytest.raises(InputError, match="more than one"):
        register.resolve("abcd")
    with pytest.raises(UnknownAgreement):
        register.resolve("ffff")
    with pytest.raises(InputError):
        register.resolve("abc%")
    with pytest.raises(InputError, match="fingerprint"):
        register.pin_fingerprint(a, "sig-x", "not hex")
