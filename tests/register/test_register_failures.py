"""Failures said plainly, nothing lost: full disk, read-only, damaged, missing or replaced
register, malformed URL, formula cells in CSV, one exit status per situation."""

from __future__ import annotations

import csv
import errno
import io
import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from register_damage import damaged_register
from sqlalchemy import event

from agreement_studio.agreement import example_agreement, save_draft
from agreement_studio.errors import (
    RegisterCorrupt,
    RegisterFull,
    RegisterMissing,
    RegisterReadOnly,
)
from agreement_studio.register import Query, open_register
from agreement_studio.register.export import neutralise


def _run(register, *args, env=None):
    command = [sys.executable, "-m", "agreement_studio", "--register", str(register), *args]
    return subprocess.run(
        command, capture_output=True, text=True, timeout=120, env={**os.environ, **(env or {})}
    )


# --- CSV ---------------------------------------------------------------------------------------
@pytest.mark.parametrize("start", ["=", "+", "-", "@", "\t", "\r"])
def test_a_cell_a_spreadsheet_would_run_is_neutralised(start):
    assert neutralise(start + 'HYPERLINK("http://x")') == "'" + start + 'HYPERLINK("http://x")'


@pytest.mark.parametrize("honest", ["Lahden kaupunki", "2027-01-01", "2/3", "", "Oy A-B", 3])
def test_honest_cells_are_left_alone(honest):
    assert neutralise(honest) == honest


def test_a_party_named_like_a_formula_is_text_in_the_export(register, tmp_path):
    agreement = example_agreement(parties=2)
    parties = [
        p.model_copy(update={"name": '=HYPERLINK("http://evil","x")'}) for p in agreement.parties
    ]
    evil = agreement.model_copy(update={"parties": parties, "title": "@SUM(A1)"})
    register.add_draft(evil, prepare=False)
    out = tmp_path / "r.csv"
    register.export_csv(out)
    rows = list(csv.DictReader(io.StringIO(out.read_text("utf-8-sig"))))
    assert rows[0]["title"] == "'@SUM(A1)"
    assert rows[0]["parties"].startswith("'=HYPERLINK")
    events, head = register.head()
    assert (rows[0]["register_id"], rows[0]["register_events"], rows[0]["register_head"]) == (
        register.register_id,
        str(events),
        head,
    )


# --- a full disk -----------------------------------------------------------------------------
def _limit_pages(register) -> None:
    """SQLite's own "database or disk is full" path: no page beyond the ones in use."""

    @event.listens_for(register.engine, "connect")
    def _full(connection, _record):
        pages = connection.execute("PRAGMA page_count").fetchone()[0]
        connection.execute(f"PRAGMA max_page_count = {pages}")

    register.engine.dispose()


def test_a_full_disk_says_so_writes_nothing_and_reads_keep_working(tmp_path):
    register = open_register(tmp_path / "r.sqlite")
    kept = register.add_draft(example_agreement(parties=2))
    before = register.head()
    _limit_pages(register)
    with pytest.raises(RegisterFull, match=r"disk .* is full: nothing was written"):
        for _ in range(50):  # until the pages in hand are used up
            register.add_draft(example_agreement(parties=3))
    assert register.details(kept).row.title  # reads keep working
    assert register.list(Query()).total >= 1
    result = register.verify()
    assert result.ok, result.problems  # nothing half-written
    assert register.head()[0] >= before[0]
    register.close()
    with open_register(tmp_path / "r.sqlite") as again:  # space again: writing works
        again.add_draft(example_agreement(parties=2), prepare=False)
        assert again.verify().ok


def test_a_full_disk_for_the_file_store_says_so(tmp_path, monkeypatch):
    register = open_register(tmp_path / "r.sqlite")
    real_fsync = os.fsync

    def no_space(fd):
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(os, "fsync", no_space)
    with pytest.raises(RegisterFull, match="full"):
        register.add_draft(example_agreement(parties=2))
    monkeypatch.setattr(os, "fsync", real_fsync)
    assert register.list(Query()).total == 0  # nothing recorded
    assert register.verify().ok
    register.close()


# --- read-only ---------------------------------------------------------------------------------
def test_a_register_the_user_may_not_write_opens_for_reading(tmp_path, monkeypatch):
    path = tmp_path / "r.sqlite"
    with open_register(path) as register:
        document_id = register.add_draft(example_agreement(parties=2))
    from agreement_studio.register import opening

    real = os.access
    monkeypatch.setattr(
        opening.os, "access", lambda p, mode: False if Path(p) == path else real(p, mode)
    )
    with open_register(path) as register:
        assert register.read_only_reason == f"you may not write the file {path}"
        assert register.details(document_id).row.document_id == document_id
        assert register.verify().ok
        with pytest.raises(RegisterReadOnly, match=r"open for reading only .*may not write"):
            register.terminate(document_id, on=__import__("datetime").date(2028, 1, 1), reason="x")


def test_read_only_on_request(register):
    document_id = register.add_draft(example_agreement(parties=2), prepare=False)
    path = register.location.sqlite_path or register.location.url
    files = register.location.files_dir if register.location.sqlite_path is None else None
    with open_register(path, files_dir=files, read_only=True) as reader:
        assert reader.details(document_id)
        with pytest.raises(RegisterReadOnly, match="opened for reading only"):
            reader.prepare(document_id)


# --- damaged, missing, replaced --------------------------------------------------------------
def test_a_damaged_file_is_named_as_damaged(tmp_path):
    path = tmp_path / "r.sqlite"
    with open_register(path) as register:
        for _ in range(3):
            register.add_draft(example_agreement(parties=3), prepare=False)
        with register.engine.connect() as connection:
            connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    raw = sqlite3.connect(path)
    root = raw.execute("SELECT rootpage FROM sqlite_master WHERE name = 'parties'").fetchone()[0]
    page = raw.execute("PRAGMA page_size").fetchone()[0]
    raw.close()
    with open(path, "r+b") as handle:  # break the b-tree page of a table
        handle.seek((root - 1) * page)
        handle.write(b"\x0d\xff\xff\xff\xff\xff\xff\xff")
    with pytest.raises(RegisterCorrupt, match="is damaged"):
        open_register(path)
    result = _run(path, "register", "verify")
    assert result.returncode == 1
    assert "is damaged" in result.stdout


def test_a_check_left_for_later_still_refuses_every_write_to_a_damaged_file(tmp_path):
    # The window opens this way: the first page at once, the quick check after it.
    path = tmp_path / "r.sqlite"
    damaged_register(path)
    register = open_register(path, check_storage="before-write")
    try:
        assert not register.storage_checked
        assert register.list().total == 3  # the agreements' own pages are whole
        events = register.head()
        with pytest.raises(RegisterCorrupt, match="is damaged"):
            register.add_draft(example_agreement(parties=2), prepare=False)
        with pytest.raises(RegisterCorrupt, match="is damaged"):
            register.check_storage()  # the same words every time after
        assert register.head() == events  # nothing was written
        assert not register.storage_checked
    finally:
        register.close()


def test_a_check_left_for_later_runs_once_before_the_first_write(tmp_path, monkeypatch):
    from agreement_studio.register import opening

    path = tmp_path / "r.sqlite"
    open_register(path).close()
    checks: list[str] = []
    real = opening.quick_check
    monkeypatch.setattr(opening, "quick_check", lambda *a: (checks.append("ran"), real(*a))[1])
    with open_register(path, check_storage="before-write") as register:
        assert checks == []  # opening did not wait for it
        register.add_draft(example_agreement(parties=2), prepare=False)
        assert checks == ["ran"] and register.storage_checked
        register.add_draft(example_agreement(parties=2), prepare=False)
        assert checks == ["ran"]  # once per opening
    with open_register(path):
        assert checks == ["ran", "ran"]  # the default: on opening


def test_the_command_line_names_a_damaged_file_when_it_reads_or_writes_there(tmp_path):
    path = tmp_path / "r.sqlite"
    document_id = damaged_register(path)[0]
    listing = _run(path, "register", "list")  # reads only the agreements' whole pages
    assert listing.returncode == 0, listing.stderr
    assert "(1–3 of 3)" in listing.stdout
    shown = _run(path, "register", "show", document_id)  # reads the broken parties table
    assert shown.returncode == 1
    assert "is damaged" in shown.stderr + shown.stdout
    draft = tmp_path / "new.json"
    save_draft(example_agreement(parties=2), draft)
    added = _run(path, "register", "add", str(draft))  # a write waits for the quick check
    assert added.returncode == 1
    assert "is damaged" in added.stderr + added.stdout
    with sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True) as raw:
        assert raw.execute("SELECT count(*) FROM agreements").fetchone() == (3,)


def test_a_missing_register_is_reported_not_replaced(tmp_path):
    path = tmp_path / "r.sqlite"
    with open_register(path) as register:
        register.add_draft(example_agreement(parties=2), prepare=False)
        register_id = register.register_id
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    with pytest.raises(RegisterMissing, match=r"missing or empty, but the witness .* saw 1 events"):
        open_register(path)
    assert not path.exists()  # no new, empty register appeared
    listed = _run(path, "register", "list")
    assert listed.returncode == 1 and "register init --force" in listed.stderr
    created = _run(path, "register", "init", "--force", "--json")
    assert created.returncode == 0, created.stderr
    assert json.loads(created.stdout)["register_id"] != register_id
    assert _run(path, "register", "verify").returncode == 0


def test_a_register_replaced_by_another_is_reported(tmp_path):
    path, other = tmp_path / "r.sqlite", tmp_path / "other.sqlite"
    with open_register(path) as register:
        register.add_draft(example_agreement(parties=2), prepare=False)
    with open_register(other) as register:
        register.add_draft(example_agreement(parties=2), prepare=False)
    os.replace(other, path)
    with pytest.raises(RegisterMissing, match="not the register that was there"):
        open_register(path)


def test_a_new_register_and_a_moved_one_open_without_fuss(tmp_path):
    with open_register(tmp_path / "new.sqlite") as register:  # nothing witnessed: created
        register.add_draft(example_agreement(parties=2), prepare=False)
    os.replace(tmp_path / "new.sqlite", tmp_path / "moved.sqlite")
    with open_register(tmp_path / "moved.sqlite") as moved:  # its own witness knows it
        assert moved.verify().ok


# --- URLs and exit codes ----------------------------------------------------------------------
@pytest.mark.parametrize(
    ("url", "part"),
    [
        ("postgresql://u@h:notaport/db", "the port 'notaport'"),
        ("postgresql://u:secret@h:99999/db", "the port '99999'"),
    ],
)
def test_a_malformed_postgresql_url_is_a_usage_error_naming_the_part(tmp_path, url, part):
    result = _run(url, "register", "list")
    assert result.returncode == 2
    assert part in result.stderr and "secret" not in result.stderr
    assert "internal error" not in result.stderr


def test_busy_is_the_same_exit_status_for_add_and_import(tmp_path):
    path = tmp_path / "r.sqlite"
    with open_register(path) as register:
        register.add_draft(example_agreement(parties=2), prepare=False)
    draft = save_draft(example_agreement(parties=2), tmp_path / "d.agreement.json")
    pdf = tmp_path / "x.pdf"
    pdf.write_bytes(b"%PDF-1.7\n")
    holder = sqlite3.connect(path, timeout=0)
    holder.execute("BEGIN IMMEDIATE")
    try:
        env = {"AGREEMENT_STUDIO_BUSY_TIMEOUT": "0.2"}
        added = _run(path, "register", "add", str(draft), env=env)
        imported = _run(path, "register", "import", str(pdf), env=env)
    finally:
        holder.rollback()
        holder.close()
    assert added.returncode == imported.returncode == 75, (added.stderr, imported.stdout)
    assert "busy" in added.stderr and "busy" in imported.stdout


def test_head_and_verify_head_and_a_broken_log_on_the_command_line(tmp_path):
    path = tmp_path / "r.sqlite"
    draft = save_draft(example_agreement(parties=2), tmp_path / "d.agreement.json")
    assert _run(path, "register", "add", str(draft), "--no-prepare").returncode == 0
    head = _run(path, "register", "head")
    assert head.returncode == 0
    kept = head.stdout.strip()
    assert kept.startswith("1:") and len(kept) == 2 + 64
    assert _run(path, "register", "verify", "--head", kept).returncode == 0
    assert _run(path, "register", "verify", "--head", "1:" + "0" * 64).returncode == 1
    with sqlite3.connect(path) as raw:
        raw.execute("DELETE FROM events")
    second = save_draft(example_agreement(parties=2), tmp_path / "e.agreement.json")
    refused = _run(path, "register", "add", str(second), "--no-prepare")
    assert refused.returncode == 1
    assert "the register's audit log is broken: run register verify" in refused.stderr
    shown = _run(path, "register", "verify", "--json")
    assert shown.returncode == 1 and json.loads(shown.stdout)["ok"] is False
