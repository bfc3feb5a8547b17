"""The audit chain and the register check: any hand edit is found and named."""

from __future__ import annotations

import datetime as dt
import getpass
import json
import os
import subprocess
import sys

import pytest
from sqlalchemy import text

from agreement_studio.agreement import example_agreement
from agreement_studio.register.audit import GENESIS, canonical_json


@pytest.fixture
def busy_register(register):
    """A register with three agreements, one terminated: five chained events."""
    ids = [register.add_draft(example_agreement(parties=2), prepare=False) for _ in range(3)]
    register.terminate(ids[0], on=dt.date(2027, 5, 1), reason="the network merged")
    register.pin_fingerprint(
        ids[1], register.details(ids[1]).signatories[0].field_name, "AB:" * 31 + "AB"
    )
    return register


def _sql(register, statement: str, **params) -> None:
    with register.engine.begin() as connection:
        connection.execute(text(statement), params)


def test_events_are_chained_and_record_who_did_what(busy_register):
    events = busy_register.events()
    assert [e.action for e in events] == ["add", "add", "add", "terminate", "pin"]
    assert [e.seq for e in events] == [1, 2, 3, 4, 5]
    assert {e.actor for e in events} == {getpass.getuser()}
    assert events[3].details["reason"] == "the network merged"
    assert events[4].details["fingerprint_sha256"] == "ab" * 32
    assert busy_register.verify().ok
    assert busy_register.verify().events_checked == 5
    assert canonical_json({"b": 1, "a": "ä"}) == '{"a":"ä","b":1}'


def test_an_edited_event_is_named(busy_register):
    _sql(
        busy_register,
        "UPDATE events SET details = :d WHERE seq = 4",
        d=json.dumps({"date": "2027-05-01", "reason": "nothing to see"}),
    )
    problems = busy_register.verify().problems
    assert len(problems) == 1
    assert problems[0].startswith("event 4 ")
    assert "terminate" in problems[0] and "content was changed" in problems[0]


def test_an_edited_actor_or_time_is_named(busy_register):
    _sql(busy_register, "UPDATE events SET actor = 'mallory' WHERE seq = 2")
    assert busy_register.verify().problems[0].startswith("event 2 ")


def test_a_deleted_event_is_found(busy_register):
    _sql(busy_register, "DELETE FROM events WHERE seq = 3")
    problems = busy_register.verify().problems
    assert any(p.startswith("event 4 ") and "expected event 3" in p for p in problems)
    assert any(p.startswith("event 4 ") and "does not follow" in p for p in problems)


def test_deleting_the_newest_event_is_found(busy_register):
    _sql(busy_register, "DELETE FROM events WHERE seq = 5")
    problems = busy_register.verify().problems
    # the head in the register, the witness outside it, and the facts of the pin all say so
    assert "event 5 was written" in problems[0]
    assert any("behind its witness" in p and "no event 5" in p for p in problems)
    assert any("pinned_fingerprint is 'abab" in p and "recorded None" in p for p in problems)
    assert len(problems) == 3


def test_reordered_events_are_found(busy_register):
    _sql(busy_register, "UPDATE events SET seq = 100 WHERE seq = 2")
    _sql(busy_register, "UPDATE events SET seq = 2 WHERE seq = 3")
    _sql(busy_register, "UPDATE events SET seq = 3 WHERE seq = 100")
    problems = busy_register.verify().problems
    assert any(p.startswith("event 2 ") for p in problems)
    assert any(p.startswith("event 3 ") for p in problems)


def test_an_inserted_event_is_found_even_with_a_correct_hash_of_its_own(busy_register):
    import hashlib

    # A forger who knows the scheme makes an event that hashes right onto event 2...
    content = {
        "seq": 3,
        "at": "2027-01-01T00:00:00.000000Z",
        "actor": "mallory",
        "signer": None,
        "action": "add",
        "document_id": None,
        "details": {},
    }
    with busy_register.engine.begin() as c:
        prev = c.execute(text("SELECT hash FROM events WHERE seq = 2")).scalar()
        forged = hashlib.sha256((prev + canonical_json(content)).encode()).hexdigest()
        c.execute(text("UPDATE events SET seq = seq + 100 WHERE seq >= 3"))
        c.execute(text("UPDATE events SET seq = seq - 99 WHERE seq >= 100"))
        c.execute(
            text(
                "INSERT INTO events (seq, at, actor, signer, action, document_id, details, "
                "prev_hash, hash) VALUES (3, :at, 'mallory', NULL, 'add', NULL, '{}', :p, :h)"
            ),
            {"at": content["at"], "p": prev, "h": forged},
        )
    # ...but the event after it no longer follows, and the head no longer matches.
    problems = busy_register.verify().problems
    assert any(p.startswith("event 4 ") and "does not follow" in p for p in problems)
    assert GENESIS not in " ".join(problems)


def test_a_changed_stored_file_is_named(register, agreement):
    document_id = register.add_draft(agreement)
    sha = register.details(document_id).current_sha256
    path = register.files.path_of(sha)
    os.chmod(path, 0o644)
    data = bytearray(path.read_bytes())
    data[500] ^= 1
    path.write_bytes(bytes(data))
    problems = register.verify().problems
    assert problems == [
        f"stored file {path} (SHA-256 {sha}, prepared revision of agreement "
        f"{document_id}) has been changed"
    ]
    path.unlink()
    assert "is missing" in register.verify().problems[0]


def test_command_line_verify_fails_naming_the_edited_event(tmp_path):
    from agreement_studio.register import open_register

    path = tmp_path / "r.sqlite"
    with open_register(path) as register:
        register.add_draft(example_agreement(parties=2), prepare=False)
        register.add_draft(example_agreement(parties=2), prepare=False)
        _sql(register, "UPDATE events SET action = 'delete' WHERE seq = 1")
    command = [
        sys.executable,
        "-m",
        "agreement_studio",
        "--register",
        str(path),
        "register",
        "verify",
    ]
    result = subprocess.run(command, capture_output=True, text=True)
    assert result.returncode == 1, result.stdout + result.stderr
    assert "FAILED: event 1 (" in result.stdout
    as_json = subprocess.run([*command, "--json"], capture_output=True, text=True)
    assert as_json.returncode == 1
    report = json.loads(as_json.stdout)
    assert report["ok"] is False and report["problems"][0].startswith("event 1 ")
