"""An unreadable witness is a failure, a missing one a note; damaged meta and event values
are reported as damage by verify and by reads, never an internal error."""

from __future__ import annotations

import datetime as dt

import pytest

from agreement_studio.errors import RegisterCorrupt
from agreement_studio.register import witness


def _witness_path(world):
    return witness.witness_dir() / f"{world.register.register_id}.json"


@pytest.mark.parametrize("garbage", [b"not json", b"{}", b"[1, 2]", b'{"register_id": 5}'])
def test_an_unreadable_witness_fails_verify_and_refuses_writes(world, garbage):
    path = _witness_path(world)
    assert path.is_file()
    path.write_bytes(garbage)
    result = world.register.verify()
    assert any(str(p).startswith("the witness file is unreadable:") for p in result.problems)
    with pytest.raises(RegisterCorrupt, match="the witness file is unreadable"):
        world.register.terminate(world.ids["edited"], on=dt.date(2028, 1, 1), reason="x")
    assert path.read_bytes() == garbage  # never overwritten with the chain it should check


def test_a_missing_witness_is_a_note_and_writes_start_a_new_one(world):
    path = _witness_path(world)
    path.unlink()
    result = world.register.verify()
    assert result.ok, result.problems
    assert any("no witness for this register on this machine" in n for n in result.notes)
    world.register.terminate(world.ids["edited"], on=dt.date(2028, 1, 1), reason="merged")
    assert path.is_file()
    result = world.register.verify()
    assert result.ok and not any("no witness" in n for n in result.notes)


@pytest.mark.parametrize("value", ["zz", "10", " abc", "99999999999999999999999 abc", "-1 x"])
def test_a_garbage_stored_head_is_damage_not_a_crash(world, value):
    world.sql("UPDATE meta SET value = :v WHERE key = 'audit_head'", v=value)
    result = world.register.verify()
    assert not result.ok and result.problems
    assert world.register.list() is not None  # reads keep working
    with pytest.raises(RegisterCorrupt):
        world.register.terminate(world.ids["edited"], on=dt.date(2028, 1, 1), reason="x")


_SQLITE_FUZZ = [
    "UPDATE events SET facts = '123' WHERE seq = 3",
    "UPDATE events SET facts = '{\"agreement\": 5}' WHERE seq = 3",
    "UPDATE events SET seq = 'abc' WHERE seq = 3",
    "UPDATE events SET prev_hash = x'00ff' WHERE seq = 3",
    "UPDATE events SET at = 12345 WHERE seq = 3",
    "UPDATE events SET seq = 99999999999999 WHERE seq = 4",
    "UPDATE agreements SET term_end = 'not a date'",
    "UPDATE agreements SET notice_months = 1e308",
    "UPDATE revisions SET size = 'big'",
]


@pytest.mark.parametrize("location", ["sqlite"], indirect=True)
@pytest.mark.parametrize("statement", _SQLITE_FUZZ)
def test_odd_values_are_reported_by_verify(world, statement):
    world.sql(statement)
    result = world.register.verify()  # never raises
    assert not result.ok and result.problems


@pytest.mark.parametrize("location", ["sqlite"], indirect=True)
def test_a_date_that_is_not_a_date_is_damage_for_reads(world):
    world.sql("UPDATE agreements SET term_end = 'not a date'")
    with pytest.raises(RegisterCorrupt, match="holds a value it never writes"):
        world.register.list()
