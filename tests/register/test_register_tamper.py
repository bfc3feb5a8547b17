"""An insider's quiet rewrites of the register are caught; the honest register passes.

Each tampering of :data:`register_tamper.TAMPERINGS` is applied to a fresh honest register (on
SQLite and on PostgreSQL) and must be caught: ``register verify`` reports a problem, or opening
the register refuses it by name (damaged, missing or replaced). The honest neighbours — the
register as built, after further honest work, and reopened — must pass.
"""

from __future__ import annotations

import datetime as dt

import pytest
from register_tamper import TAMPERINGS, World

from agreement_studio.errors import AuditLogBroken, RegisterCorrupt
from agreement_studio.register import open_register


def _caught(world: World) -> str:
    """What caught the tampering: verify's first problem, or the refusal to open."""
    world.register.close()
    try:
        reopened = open_register(world.path, files_dir=world.files, check_storage=False)
    except RegisterCorrupt as error:
        return f"refused to open: {error}"
    with reopened:
        result = reopened.verify()
    return result.problems[0] if result.problems else ""


def test_the_honest_register_passes(world):
    result = world.register.verify()
    assert result.ok, result.problems
    assert result.notes == []  # every event carries its facts: nothing left unchecked
    assert result.head_events == result.events_checked > 10
    details = world.register.details(world.ids["partly"])
    assert details.row.signed_count == 1 and details.notes  # the parallel copy is named
    # honest neighbours: more honest work, and opening it again, still pass
    world.register.import_file(
        world.register.current_pdf(world.ids["partly"]), name="same-again.pdf"
    )
    world.register.terminate(world.ids["edited"], on=dt.date(2028, 1, 1), reason="merged")
    world.register.prepare(world.ids["draft"])
    assert world.register.verify().ok
    assert _caught(world) == ""


@pytest.mark.parametrize("name", list(TAMPERINGS))
def test_every_tampering_is_caught(world, name):
    TAMPERINGS[name](world)
    found = _caught(world)
    assert found, f"not caught: {name}"


def test_a_write_on_a_truncated_chain_is_refused(world, copies):
    """The next write must not 'heal' a chain whose newest events were deleted."""
    world.sql("DELETE FROM events WHERE seq = (SELECT max(seq) FROM events)")
    with pytest.raises(AuditLogBroken, match="audit log is broken: run register verify"):
        world.register.terminate(world.ids["edited"], on=dt.date(2028, 1, 1), reason="x")
    assert not world.register.verify().ok  # still reported: nothing was appended


def test_a_write_after_deleting_events_with_the_head_is_refused(world):
    from register_tamper import _drop_last_events_and_head

    _drop_last_events_and_head(world, 2)
    with pytest.raises(AuditLogBroken, match="this computer saw written"):
        world.register.terminate(world.ids["edited"], on=dt.date(2028, 1, 1), reason="x")


def test_each_difference_names_the_agreement_and_what_differs(world):
    world.sql(
        "UPDATE signatures SET signer_name = 'Mallory' WHERE id = (SELECT min(id) FROM signatures)"
    )
    problems = world.register.verify().problems
    assert len(problems) == 1
    assert problems[0].startswith(f"agreement {world.ids['signed']}: signature on revision ")
    assert "signer is 'Mallory', but the audit log recorded" in problems[0]


def test_a_head_kept_elsewhere_is_checked(world):
    events, head = world.register.head()
    assert world.register.verify(head=f"{events}:{head}").ok
    assert world.register.verify(head=head).ok
    world.register.terminate(world.ids["edited"], on=dt.date(2028, 1, 1), reason="honest")
    assert world.register.verify(head=head).ok  # an older head is still on the chain
    from register_tamper import _rewrite_chain

    _rewrite_chain(world, lambda events: events[0].update(actor="mallory"))
    # a consistent rewrite that also set the witness aside is still caught by the kept head
    from agreement_studio.register import witness

    for path in witness.witness_dir().glob("*.json"):
        path.unlink()
    problems = world.register.verify(head=f"{events}:{head}").problems
    assert any("is not in the register's audit log" in p for p in problems)


def test_swapped_pdf_rows_are_refused_when_handing_out_or_archiving(world, tmp_path):
    from register_tamper import _swap_pdf_rows

    honest = world.register.current_pdf(world.ids["ended"])
    _swap_pdf_rows(world)
    for action in (
        lambda: world.register.current_pdf(world.ids["ended"]),
        lambda: world.register.archive(world.ids["signed"], tmp_path / "a.zip"),
    ):
        with pytest.raises(RegisterCorrupt, match="do not match its audit log"):
            action()
    assert not (tmp_path / "a.zip").exists()
    assert honest  # the honest PDF was handed out before the swap
