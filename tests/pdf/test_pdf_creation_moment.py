"""The PDF's creation date is when the draft was made ready, never the term's start (issue 14).

The outside test found a term starting in 2030 gave a file "created" in 2030, and after signing
ModDate 2026 < CreationDate 2030. Now the moment comes from the draft (``prepared``), recorded
by ``render``, the wizard's Finish and ``register add``; rendering stays free of the clock.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from io import BytesIO
from pathlib import Path

import pytest
from pypdf import PdfReader

from agreement_studio import cli
from agreement_studio.agreement import (
    SCHEMA_VERSION,
    draft_json,
    example_agreement,
    load_draft,
    mark_prepared,
    parse_draft,
    save_draft,
)
from agreement_studio.agreement.preparation import parse_moment
from agreement_studio.drafting.wizard import Step, WizardSession
from agreement_studio.errors import InputError
from agreement_studio.pdf import render_agreement

_MOMENT = dt.datetime(2026, 11, 30, 13, 45, 10, tzinfo=dt.UTC)


def _draft(**options):
    """An example draft that has not been made ready yet (no ``prepared`` moment)."""
    agreement = example_agreement(**options)
    agreement.prepared = None
    return agreement


def _dates(data: bytes) -> dict[str, dt.datetime]:
    reader = PdfReader(BytesIO(data))
    info = reader.metadata
    xmp = reader.trailer["/Root"]["/Metadata"].get_object().get_data().decode("utf-8")
    found = {key: _from_pdf(str(info[key])) for key in ("/CreationDate", "/ModDate") if key in info}
    for name, value in re.findall(r"<xmp:(\w+Date)>([^<]+)<", xmp):
        found[name] = dt.datetime.fromisoformat(value)
    for name, value in re.findall(r'xmp:(\w+Date)="([^"]+)"', xmp):  # pyHanko's attributes
        found[name] = dt.datetime.fromisoformat(value)
    return found


def _from_pdf(text: str) -> dt.datetime:
    match = re.fullmatch(r"D:(\d{14})(?:([+-])(\d\d)'(\d\d)'?|Z)?", text)
    assert match, text
    moment = dt.datetime.strptime(match[1], "%Y%m%d%H%M%S")
    offset = dt.timedelta(hours=int(match[3] or 0), minutes=int(match[4] or 0))
    return moment.replace(tzinfo=dt.timezone(-offset if match[2] == "-" else offset))


def _term_2030():
    agreement = _draft(parties=3, language="fi")
    agreement.term.start = dt.date(2030, 5, 17)
    agreement.term.end = dt.date(2032, 12, 31)
    agreement.term.review_date = dt.date(2031, 6, 30)
    agreement.meetings.planned_dates = [dt.date(2030, 9, 15), dt.date(2030, 11, 24)]
    return agreement


def test_the_creation_date_is_the_prepared_moment_in_info_and_xmp():
    agreement = _term_2030()
    agreement.prepared = _MOMENT
    data = render_agreement(agreement)
    dates = _dates(data)
    assert dates == {
        "/CreationDate": _MOMENT,
        "/ModDate": _MOMENT,
        "CreateDate": _MOMENT,
        "ModifyDate": _MOMENT,
        "MetadataDate": _MOMENT,
    }
    assert render_agreement(agreement) == data  # still no clock: identical bytes


def test_another_moment_gives_other_bytes_and_nothing_else_changes_it():
    agreement = _draft(parties=2, language="sv")
    agreement.prepared = _MOMENT
    first = render_agreement(agreement)
    agreement.prepared = _MOMENT + dt.timedelta(seconds=1)
    assert render_agreement(agreement) != first


def test_the_moment_is_kept_in_utc_whole_seconds():
    agreement = _draft(parties=2)
    agreement.prepared = dt.datetime(
        2026, 12, 5, 8, 0, 0, 999, tzinfo=dt.timezone(dt.timedelta(hours=2))
    )
    assert agreement.prepared == dt.datetime(2026, 12, 5, 6, 0, 0, tzinfo=dt.UTC)
    agreement.prepared = dt.datetime(2026, 12, 5, 8, 0)  # naive: UTC
    assert agreement.prepared.tzinfo is dt.UTC


# -- recording the moment ----------------------------------------------------------------------


def test_mark_prepared_records_now_once_and_keeps_it():
    agreement = _draft(parties=2, prepared=None)
    assert agreement.prepared is None
    before = dt.datetime.now(dt.UTC).replace(microsecond=0)
    moment = mark_prepared(agreement, environ={})
    assert before <= moment <= dt.datetime.now(dt.UTC)
    agreement.prepared = _MOMENT
    assert mark_prepared(agreement, environ={}) == _MOMENT  # recorded: kept


def test_an_explicit_moment_or_source_date_epoch_wins():
    agreement = _draft(parties=2)
    agreement.prepared = _MOMENT
    earlier = dt.datetime(2026, 1, 2, 3, 4, 5, tzinfo=dt.UTC)
    assert mark_prepared(agreement, earlier, environ={}) == earlier
    epoch = {"SOURCE_DATE_EPOCH": str(int(_MOMENT.timestamp()))}
    assert mark_prepared(agreement, environ=epoch) == _MOMENT
    assert mark_prepared(agreement, earlier, environ=epoch) == earlier  # --created first


def test_a_moment_in_the_future_or_no_moment_at_all_is_refused():
    agreement = _draft(parties=2)
    with pytest.raises(InputError, match="in the future"):
        mark_prepared(agreement, dt.datetime(2099, 1, 1, tzinfo=dt.UTC), environ={})
    with pytest.raises(InputError, match="SOURCE_DATE_EPOCH"):
        mark_prepared(agreement, environ={"SOURCE_DATE_EPOCH": "yesterday"})
    with pytest.raises(InputError, match="not a date"):
        parse_moment("5.12.2026")
    assert agreement.prepared is None  # nothing recorded by a refusal
    assert parse_moment("2026-12-05T14:30+02:00") == dt.datetime(2026, 12, 5, 12, 30, tzinfo=dt.UTC)


def test_the_wizard_finish_records_the_moment(tmp_path):
    session = WizardSession(_draft(parties=2), Step.REVIEW)
    session.finish()
    recorded = session.agreement.prepared
    assert recorded is not None and recorded <= dt.datetime.now(dt.UTC)
    session.save(tmp_path / "d.agreement.json")
    session.finish()
    assert session.agreement.prepared == recorded  # unchanged draft: the same moment
    session.agreement.prepared = _MOMENT
    session.save()
    session.agreement.title = "Muutettu otsikko"
    session.finish()  # changed after it was made ready: ready again, now
    assert session.agreement.prepared is not None and session.agreement.prepared > _MOMENT


# -- drafts --------------------------------------------------------------------------------


def test_a_version_3_draft_has_no_moment_and_renders_as_before():
    data = json.loads(draft_json(_draft(parties=2)))
    data["schema_version"] = 3
    del data["prepared"]
    for party in data["parties"]:
        del party["name_language"]
    agreement = parse_draft(json.dumps(data))
    assert agreement.schema_version == SCHEMA_VERSION == 4
    assert agreement.prepared is None
    dates = _dates(render_agreement(agreement))
    assert dates["/CreationDate"].date() == agreement.term.start  # no clock, as before


def test_the_moment_survives_a_round_trip():
    agreement = _draft(parties=2)
    agreement.prepared = _MOMENT
    assert parse_draft(draft_json(agreement)).prepared == _MOMENT


# -- the outside test's case: render from the command line, then sign ----------------------------


def test_a_cli_render_of_a_future_term_is_created_now_and_signed_later(tmp_path, monkeypatch):
    from agreement_studio.signing import create_network_ca
    from agreement_studio.signing.sign import sign_pdf

    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
    agreement = _term_2030()
    draft = save_draft(agreement, tmp_path / "term2030.agreement.json")
    before = dt.datetime.now(dt.UTC).replace(microsecond=0)
    assert cli.main(["render", str(draft), "-o", str(tmp_path / "term2030.pdf")]) == 0
    rendered = (tmp_path / "term2030.pdf").read_bytes()
    created = _dates(rendered)["/CreationDate"]
    assert before <= created <= dt.datetime.now(dt.UTC)
    assert load_draft(draft).prepared == created  # recorded: the next render is identical
    assert cli.main(["render", str(draft), "-o", str(tmp_path / "again.pdf")]) == 0
    assert (tmp_path / "again.pdf").read_bytes() == rendered

    ca = create_network_ca(name="Verkoston CA", org="Ohjausverkosto")
    party, signatory, field = agreement.signatures()[0]
    signed = sign_pdf(
        tmp_path / "term2030.pdf",
        ca.issue(name=signatory.name, org=party.name),
        output=tmp_path / "signed.pdf",
        field=field,
    ).output.read_bytes()
    dates = _dates(signed)
    assert dates["/CreationDate"] == dates["CreateDate"] == created
    assert created <= dates["/ModDate"] == dates["ModifyDate"]
    assert dates["MetadataDate"] <= dates["ModifyDate"]


def test_cli_register_add_records_the_moment_in_the_draft_file(tmp_path, monkeypatch, capsys):
    """As ``render`` does: the same unfinished draft added to a second register (or rendered)
    later gives the same PDF, not one with another creation date."""
    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
    draft = save_draft(_draft(parties=2), tmp_path / "d.agreement.json")
    pdfs = []
    for name in ("first", "second"):
        register = str(tmp_path / f"{name}.sqlite")
        assert cli.main(["--register", register, "register", "add", str(draft), "--json"]) == 0
        document_id = json.loads(capsys.readouterr().out)["document_id"]
        out = tmp_path / f"{name}.pdf"
        assert (
            cli.main(["--register", register, "register", "pdf", document_id, "-o", str(out)]) == 0
        )
        pdfs.append(out.read_bytes())
        if name == "first":
            created = _dates(pdfs[0])["/CreationDate"]
            assert load_draft(draft).prepared == created  # recorded in the draft file
    assert pdfs[0] == pdfs[1]
    assert cli.main(["render", str(draft), "-o", str(tmp_path / "r.pdf")]) == 0
    assert _dates((tmp_path / "r.pdf").read_bytes())["/CreationDate"] == created


def test_cli_register_add_leaves_the_draft_alone_without_a_pdf_or_with_source_date_epoch(
    tmp_path, monkeypatch, capsys
):
    draft = save_draft(_draft(parties=2), tmp_path / "d.agreement.json")
    before = draft.read_bytes()
    register = str(tmp_path / "r.sqlite")
    assert cli.main(["--register", register, "register", "add", str(draft), "--no-prepare"]) == 0
    assert draft.read_bytes() == before  # no PDF prepared: no moment to record
    monkeypatch.setenv("SOURCE_DATE_EPOCH", str(int(_MOMENT.timestamp())))
    other = str(tmp_path / "other.sqlite")
    assert cli.main(["--register", other, "register", "add", str(draft)]) == 0
    assert draft.read_bytes() == before  # an explicit moment is the build's, not the draft's
    capsys.readouterr()


def test_cli_render_created_gives_identical_bytes(tmp_path: Path):
    draft = save_draft(_term_2030(), tmp_path / "d.agreement.json")
    outputs = []
    for name in ("a.pdf", "b.pdf"):
        args = [
            "render",
            str(draft),
            "-o",
            str(tmp_path / name),
            "--created",
            "2026-11-30T15:45:10+02:00",
        ]
        assert cli.main(args) == 0
        outputs.append((tmp_path / name).read_bytes())
    assert outputs[0] == outputs[1]
    assert _dates(outputs[0])["/CreationDate"] == _MOMENT
    assert (
        cli.main(["render", str(draft), "-o", str(tmp_path / "c.pdf"), "--created", "2099-01-01"])
        == 2
    )
