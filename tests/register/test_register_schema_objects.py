"""A trigger, view, table or index the register did not create is named; writes refuse a
planted trigger (it would forge values at write time, into the event's own facts).

On SQLite and on PostgreSQL (a throw-away cluster, see tests/postgres_cluster.py).
"""

from __future__ import annotations

import datetime as dt

import pytest

from agreement_studio.errors import RegisterCorrupt

_SQLITE_TRIGGER = (
    "CREATE TRIGGER zz_forge AFTER INSERT ON signatures BEGIN "
    "UPDATE signatures SET signer_name = 'Mallory Forger' WHERE id = NEW.id; END"
)
_PG_FUNCTION = (
    "CREATE FUNCTION zz_forge_fn() RETURNS trigger LANGUAGE plpgsql AS "
    "$$ BEGIN NEW.signer_name := 'Mallory Forger'; RETURN NEW; END $$"
)
_PG_TRIGGER = " ".join(
    [
        "CREATE TRIGGER zz_forge BEFORE INSERT ON signatures",
        "FOR EACH ROW EXECUTE FUNCTION zz_forge_fn()",
    ]
)


def _plant_trigger(world) -> None:
    if world.is_sqlite:
        world.sql(_SQLITE_TRIGGER)
    else:
        world.sql(_PG_FUNCTION)
        world.sql(_PG_TRIGGER)


def test_the_honest_schema_has_nothing_foreign(world):
    result = world.register.verify()
    assert result.ok, result.problems
    # honest neighbour: a write still runs, and the register still passes after it
    world.register.terminate(world.ids["edited"], on=dt.date(2028, 1, 1), reason="merged")
    assert world.register.verify().ok


def test_a_planted_trigger_is_named_and_refuses_writes(world):
    _plant_trigger(world)
    problems = world.register.verify().problems
    assert any("trigger it did not create: zz_forge (on signatures)" in p for p in problems), (
        problems
    )
    before = world.scalar("SELECT count(*) FROM events")
    with pytest.raises(
        RegisterCorrupt,
        match="the register contains a trigger it did not create: zz_forge — run register verify",
    ):
        world.register.terminate(world.ids["edited"], on=dt.date(2028, 1, 1), reason="merged")
    assert world.scalar("SELECT count(*) FROM events") == before  # nothing was written


def test_a_view_a_table_and_an_index_not_ours_are_named(world):
    world.sql("CREATE VIEW zz_view AS SELECT id, title FROM agreements")
    world.sql("CREATE TABLE zz_table (x integer)")
    world.sql("CREATE INDEX zz_index ON agreements (language)")
    problems = " | ".join(world.register.verify().problems)
    assert "view it did not create: zz_view" in problems
    assert "table it did not create: zz_table" in problems
    if world.is_sqlite:  # on PostgreSQL only triggers, rules, views and tables are compared
        assert "index it did not create: zz_index (on agreements)" in problems
    # a view or index cannot forge a value: writes go on
    world.register.terminate(world.ids["edited"], on=dt.date(2028, 1, 1), reason="merged")


def test_a_rewritten_trigger_of_ours_or_a_rule_is_named(world):
    if world.is_sqlite:
        world.sql("DROP TRIGGER agreements_search_insert")
        world.sql(
            "CREATE TRIGGER agreements_search_insert AFTER INSERT ON agreements BEGIN "
            "UPDATE agreements SET status = 'signed' WHERE id = new.id; END"
        )
        expected = "trigger agreements_search_insert (on agreements) is not the one it created"
    else:
        world.sql(
            "CREATE RULE zz_rule AS ON UPDATE TO agreements DO ALSO "
            "UPDATE signatures SET verdict = 'valid'"
        )
        expected = "rule it did not create: zz_rule (on agreements)"
    problems = world.register.verify().problems
    assert any(expected in p for p in problems), problems
    refused = r"did not create: (agreements_search_insert|zz_rule)"
    with pytest.raises(RegisterCorrupt, match=refused):
        world.register.terminate(world.ids["edited"], on=dt.date(2028, 1, 1), reason="merged")


@pytest.mark.parametrize("location", ["sqlite"], indirect=True)
def test_a_dropped_trigger_of_ours_is_named(world):
    """(SQLite only: on PostgreSQL the register creates no triggers of its own.)"""
    world.sql("DROP TRIGGER agreements_search_delete")
    problems = world.register.verify().problems
    assert any("lacks its trigger agreements_search_delete" in p for p in problems), problems
