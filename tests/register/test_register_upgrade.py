"""Upgrading a register whose events carry no facts (format 0002) to format 0003.

The old events are kept as they are (their hashes do not change); the upgrade records each
agreement's facts as found (a ``baseline`` event), ``register verify`` says plainly that the
older history cannot be checked against the tables, and checks everything after the baseline.
"""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import text

from agreement_studio.agreement import example_agreement
from agreement_studio.register import open_register, resolve_location
from agreement_studio.register.audit import GENESIS, canonical_json, content_hash
from agreement_studio.register.engine import create_register_engine
from agreement_studio.register.migrate import ensure_schema

DOCUMENT_ID = "0b5d1f7e-0000-4000-8000-000000000002"


def _old_register(path, files, *, truncated: bool = False) -> None:
    """A format-0002 register with one agreement and two fact-less events."""
    old = resolve_location(path, files_dir=files)
    engine = create_register_engine(old)
    ensure_schema(engine, old, target="0002")
    with engine.begin() as c:
        c.execute(
            text(
                "INSERT INTO agreements (id, document_id, title, title_sort, template_id, "
                "language, network, network_sort, region, party_count, signatory_count, "
                "signed_count, indefinite, notice_months, status, current_version, created_at, "
                "updated_at, search_text) VALUES (1, :d, 'Old agreement', 'old agreement', "
                "'network-continuation', 'fi', 'Kainuun verkosto', 'kainuun verkosto', 'Kainuu', "
                "0, 0, 0, :f, 3, 'draft', 1, '2024-01-01T00:00:00.000000Z', "
                "'2024-01-01T00:00:00.000000Z', ' old agreement')"
            ),
            {"d": DOCUMENT_ID, "f": False},
        )
        c.execute(
            text(
                "INSERT INTO versions (agreement_id, number, draft_json, draft_sha256, created_at,"
                " created_by) VALUES (1, 1, '{}', :h, '2024-01-01T00:00:00.000000Z', 'anna')"
            ),
            {"h": "44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a"},
        )
        prev = GENESIS
        for seq, action in ((1, "add"), (2, "pin")):
            content = {
                "seq": seq,
                "at": f"2024-01-0{seq}T00:00:00.000000Z",
                "actor": "anna",
                "signer": None,
                "action": action,
                "document_id": DOCUMENT_ID,
                "details": {},
            }
            digest = content_hash(prev, content)
            c.execute(
                text(
                    "INSERT INTO events (seq, at, actor, signer, action, document_id, details, "
                    "prev_hash, hash) VALUES (:s, :at, 'anna', NULL, :a, :d, '{}', :p, :h)"
                ),
                {
                    "s": seq,
                    "at": content["at"],
                    "a": action,
                    "d": DOCUMENT_ID,
                    "p": prev,
                    "h": digest,
                },
            )
            prev = digest
        head = "1 " + content_hash(GENESIS, {**content, "seq": 1}) if truncated else f"2 {prev}"
        c.execute(text("INSERT INTO meta (key, value) VALUES ('audit_head', :v)"), {"v": head})
    engine.dispose()
    assert canonical_json({}) == "{}"


def test_an_old_register_gets_a_baseline_and_says_what_cannot_be_checked(location):
    path, files = location
    _old_register(path, files)
    with open_register(path, files_dir=files) as register:
        events = register.events()
        assert [e.action for e in events] == ["add", "pin", "baseline"]
        result = register.verify()
        assert result.ok, result.problems
        # the register was made by hand, without a witness on this machine: noted too
        baseline = [n for n in result.notes if "written before the register recorded" in n]
        others = [n for n in result.notes if n not in baseline]
        assert len(baseline) == 1 and all("no witness" in n for n in others), result.notes
        assert "2 events were written before the register recorded facts" in baseline[0]
        assert "from event 3 on" in baseline[0]
        # after the baseline, the tables are checked against the chain
        register.terminate(DOCUMENT_ID, on=dt.date(2027, 1, 1), reason="merged")
        assert register.verify().ok
        with register.engine.begin() as c:
            c.execute(text("UPDATE agreements SET status = 'signed'"))
        problems = register.verify().problems
        assert (
            problems
            and "status is 'signed', but the audit log recorded 'terminated'" in (problems[0])
        )


def test_an_old_register_with_a_broken_chain_gets_no_baseline(location):
    path, files = location
    _old_register(path, files, truncated=True)
    with open_register(path, files_dir=files) as register:
        assert [e.action for e in register.events()] == ["add", "pin"]  # nothing appended
        problems = register.verify().problems
        assert any("event 1 was written" in p for p in problems)
        assert any("no event of the audit log recorded its facts" in p for p in problems)


@pytest.mark.parametrize("head", ["0" * 64, "zz", "1:" + "0" * 64])
def test_verify_with_a_head_that_is_not_on_the_chain_fails(register, head):
    register.add_draft(example_agreement(parties=2), prepare=False)
    assert not register.verify(head=head).ok
    events, real = register.head()
    assert register.verify(head=f"{events}:{real}").ok
