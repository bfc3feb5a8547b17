"""Exports: the register as CSV, and an agreement's archive package."""

from __future__ import annotations

import csv
import hashlib
import io
import json
import zipfile

from agreement_studio.register.export import CSV_COLUMNS
from agreement_studio.register.filestore import sha256_hex


def _signed(register, agreement, sign, count: int) -> str:
    document_id = register.add_draft(agreement)
    for index in range(count):
        register.import_file(sign(register.current_pdf(document_id), agreement, index))
    return document_id


def test_csv_has_one_row_per_agreement_for_excel(register, agreement, sign, tmp_path):
    from agreement_studio.agreement import example_agreement

    document_id = _signed(register, agreement, sign, 3)
    draft_id = register.add_draft(example_agreement(parties=2, language="sv"), prepare=False)
    out = tmp_path / "register.csv"
    assert register.export_csv(out) == 2
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # the BOM that makes Excel read UTF-8
    rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"))))
    assert list(rows[0]) == CSV_COLUMNS
    by_id = {row["document_id"]: row for row in rows}
    signed = by_id[document_id]
    assert signed["status"] == "signed" and signed["signed"] == "3/3"
    assert signed["template"] == "network-continuation" and signed["template_version"]
    for party in agreement.parties:
        assert f"{party.name} ({party.business_id})" in signed["parties"]
    for party, signatory, _ in agreement.signatures():
        assert f"{signatory.name} ({party.name}): signed 20" in signed["signatories"]
    assert signed["final_pdf_sha256"] == sha256_hex(register.current_pdf(document_id))
    assert (signed["term_start"], signed["term_end"]) == ("2027-01-01", "2029-12-31")
    assert signed["notice_deadline"] == "2029-06-30" and signed["review_date"] == "2028-06-30"
    draft = by_id[draft_id]
    assert draft["status"] == "draft" and draft["final_pdf_sha256"] == ""
    assert "not signed" in draft["signatories"]


def test_archive_package_holds_every_revision_the_report_events_and_a_manifest(
    register, agreement, sign, tmp_path
):
    document_id = _signed(register, agreement, sign, 2)
    out = register.archive(document_id[:8], tmp_path / "a.zip")
    details = register.details(document_id)
    with zipfile.ZipFile(out) as package:
        names = package.namelist()
        assert package.testzip() is None
        contents = {name: package.read(name) for name in names}
    assert contents["final.pdf"] == register.current_pdf(document_id)
    revisions = sorted(n for n in names if n.startswith("revisions/"))
    assert len(revisions) == 3
    assert {sha256_hex(contents[n]) for n in revisions} == {r.sha256 for r in details.revisions}
    report = json.loads(contents["verification.json"])
    assert report["report"]["verdict"] == "untrusted"
    assert [s["field"] for s in report["report"]["signatures"]] == [
        f for *_, f in agreement.signatures()[:2]
    ]
    assert len(report["recorded_signatures"]) == 2
    events = json.loads(contents["events.json"])
    assert [e["action"] for e in events] == ["add", "import", "import"]
    assert contents["events.csv"].decode("utf-8-sig").splitlines()[0].startswith("seq,at,")
    assert json.loads(contents["drafts/version-1.agreement.json"])["document_id"] == document_id
    assert json.loads(contents["agreement.json"])["row"]["signed_count"] == 2
    manifest = json.loads(contents["manifest.json"])
    assert manifest["document_id"] == document_id
    listed = {e["name"]: e for e in manifest["entries"]}
    assert set(listed) == set(names) - {"manifest.json"}
    for name, entry in listed.items():
        assert entry["sha256"] == hashlib.sha256(contents[name]).hexdigest()
        assert entry["size"] == len(contents[name])
