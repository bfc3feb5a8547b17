"""The window opens the register without waiting for SQLite's quick check, runs it in the
background after the first page, and still names a damaged file and refuses to write to it."""

from __future__ import annotations

from register_damage import damaged_register

from agreement_studio.agreement import example_agreement
from agreement_studio.gui.register.access import RegisterAccess
from agreement_studio.register import open_register


def test_a_whole_register_opens_then_passes_its_check_in_the_background(qtbot, tmp_path):
    path = tmp_path / "r.sqlite"
    with open_register(path) as register:
        register.add_draft(example_agreement(parties=2), prepare=False)
    access = RegisterAccess(location=str(path))
    damaged: list[object] = []
    access.damaged.connect(damaged.append)
    with qtbot.waitSignal(access.opened, timeout=30_000):
        access.open()
    assert access.count == 1
    assert access.register is not None
    qtbot.waitUntil(lambda: access.register.storage_checked, timeout=30_000)
    assert damaged == []
    access.close()


def test_a_damaged_register_shows_its_rows_then_is_named_damaged_and_refuses_writes(
    qtbot, tmp_path
):
    path = tmp_path / "r.sqlite"
    damaged_register(path)
    access = RegisterAccess(location=str(path))
    seen: list[str] = []
    access.opened.connect(lambda: seen.append("opened"))
    access.damaged.connect(lambda failure: seen.append(failure))
    with qtbot.waitSignals([access.opened, access.damaged], timeout=30_000):
        access.open()
    assert access.count == 3  # the listing came first, from the agreements' whole pages
    assert seen[0] == "opened"
    failure = seen[1]
    assert "is damaged" in failure.message
    assert failure.expected  # a sentence for the person, not a bug report

    refusals: list[object] = []
    access.run(
        lambda register: register.add_draft(example_agreement(parties=2), prepare=False),
        on_error=refusals.append,
    )
    qtbot.waitUntil(lambda: bool(refusals), timeout=30_000)
    assert "is damaged" in refusals[0].message
    assert access.register is not None and access.register.count() == 3  # nothing written
    access.close()
