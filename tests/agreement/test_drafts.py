"""Draft files: round trip, migration, refusal of bad files, the schema."""

from __future__ import annotations

import json
import os

import pytest

from agreement_studio.agreement import (
    SCHEMA_VERSION,
    draft_json,
    draft_schema,
    example_agreement,
    load_draft,
    parse_draft,
    save_draft,
)
from agreement_studio.errors import DraftError, OutputError, ValidationFailed


def test_round_trip(tmp_path):
    agreement = example_agreement(parties=5, language="sv")
    path = save_draft(agreement, tmp_path / "a.agreement.json")
    assert load_draft(path) == agreement
    assert json.loads(path.read_text("utf-8"))["schema_version"] == SCHEMA_VERSION


def test_version_1_is_migrated(tmp_path):
    data = json.loads(draft_json(example_agreement(parties=3)))
    data["schema_version"] = 1
    for party in data["parties"]:
        party["signatory"] = party.pop("signatories")[0]
    term = data["term"]
    term["start_date"] = term.pop("start")
    term["end_date"] = term.pop("end")
    term["notice_period_months"] = term.pop("notice_months")
    del term["indefinite"]
    agreement = parse_draft(json.dumps(data))
    assert agreement.schema_version == SCHEMA_VERSION
    assert agreement.parties[0].signatories[0].name
    assert agreement.term.notice_months == 6
    assert agreement.term.indefinite is False


def test_newer_version_is_refused():
    data = json.loads(draft_json(example_agreement()))
    data["schema_version"] = SCHEMA_VERSION + 1
    with pytest.raises(DraftError, match="newer version"):
        parse_draft(json.dumps(data))


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"{not json", "line 1"),
        (b"[1, 2]", "JSON object"),
        (b"\xff\xfe\x00", "not a draft"),
        (b"[" * 100_000 + b"]" * 100_000, "not a draft"),
    ],
)
def test_unreadable_files(tmp_path, content, message):
    path = tmp_path / "bad.agreement.json"
    path.write_bytes(content)
    with pytest.raises(DraftError, match=message):
        load_draft(path)


def test_wrong_types_are_reported_with_paths():
    data = json.loads(draft_json(example_agreement()))
    data["term"]["start"] = "next spring"
    data["parties"][1]["signatories"][0]["nickname"] = "x"
    with pytest.raises(ValidationFailed) as caught:
        parse_draft(json.dumps(data))
    paths = {p.path for p in caught.value.problems}
    assert "term.start" in paths
    assert "parties[1].signatories[0].nickname" in paths


def test_missing_file(tmp_path):
    with pytest.raises(DraftError, match="no such file"):
        load_draft(tmp_path / "nope.agreement.json")


def test_save_failure_keeps_the_old_file(tmp_path, monkeypatch):
    path = tmp_path / "a.agreement.json"
    save_draft(example_agreement(parties=2), path)
    before = path.read_bytes()

    def full_disk(*args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", full_disk)
    with pytest.raises(OutputError, match="disk is full"):
        save_draft(example_agreement(parties=6), path)
    assert path.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["a.agreement.json"]


def test_schema_describes_the_fields():
    schema = draft_schema()
    party = schema["$defs"]["Party"]["properties"]
    assert "Business ID" in party["business_id"]["description"]
    assert schema["properties"]["schema_version"]["default"] == SCHEMA_VERSION
