"""Annexes have content (schema 3); a version-2 draft (titles only) loads with none."""

from __future__ import annotations

import base64
import json

from agreement_studio.agreement import (
    SCHEMA_VERSION,
    AnnexContent,
    AnnexKind,
    draft_json,
    example_agreement,
    parse_draft,
)


def test_a_version_2_draft_is_migrated_with_titles_only():
    data = json.loads(draft_json(example_agreement(parties=3)))
    data["schema_version"] = 2
    del data["annex_content"]
    agreement = parse_draft(json.dumps(data))
    assert SCHEMA_VERSION >= 3  # version 4 added the preparation moment
    assert agreement.schema_version == SCHEMA_VERSION
    assert agreement.annexes and agreement.annex_content == {}
    assert agreement.annex_pages() == []


def test_annex_content_survives_a_round_trip():
    agreement = example_agreement(parties=3, language="en")
    agreement.annexes.append("Rules of procedure")
    agreement.annex_content["Rules of procedure"] = AnnexContent(
        kind=AnnexKind.TEXT, text="The chair opens the meeting.\n\nMinutes are kept."
    )
    again = parse_draft(draft_json(agreement))
    assert again == agreement
    kinds = [(n, content.kind) for n, _, content in again.annex_pages()]
    assert kinds == [
        (1, AnnexKind.MEETING_SCHEDULE),
        (2, AnnexKind.CONTACTS),
        (3, AnnexKind.TEXT),
    ]


def test_title_only_annexes_and_unknown_titles_make_no_page():
    agreement = example_agreement(parties=3)
    first, second = agreement.annexes
    agreement.annex_content = {
        first: AnnexContent(kind=AnnexKind.TITLE_ONLY),
        "not an annex": AnnexContent(kind=AnnexKind.TEXT, text="x"),
    }
    assert agreement.annex_pages() == []
    agreement.annex_content[second] = AnnexContent(kind=AnnexKind.CONTACTS)
    assert [n for n, _, _ in agreement.annex_pages()] == [2]


def test_an_attached_pdf_and_an_annex_language_survive_a_round_trip_as_base64():
    agreement = example_agreement(parties=3, language="fi")
    agreement.annexes.append("Budget 2027")
    pdf = b"%PDF-1.7\n\x00\xff binary \x80 bytes\n%%EOF\n"
    agreement.annex_content["Budget 2027"] = AnnexContent(
        kind=AnnexKind.ATTACHED_PDF, pdf=pdf, file_name="budget.pdf", language="en"
    )
    text = draft_json(agreement)
    stored = json.loads(text)["annex_content"]["Budget 2027"]
    assert stored["kind"] == "attached-pdf" and stored["language"] == "en"
    assert base64.b64decode(stored["pdf"]) == pdf
    again = parse_draft(text)
    assert again.annex_content["Budget 2027"].pdf == pdf
    assert again == agreement
