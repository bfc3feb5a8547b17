"""Where the register lives, its database settings, its migrations and its file store."""

from __future__ import annotations

import json
import os
import sqlite3
import stat
from pathlib import Path

import pytest
from sqlalchemy import text

from agreement_studio.errors import InputError, RegisterCorrupt, RegisterError
from agreement_studio.paths import user_data_dir
from agreement_studio.register import Query, open_register, resolve_location
from agreement_studio.register.engine import create_register_engine
from agreement_studio.register.filestore import FileStore, sha256_hex
from agreement_studio.register.migrate import HEAD, alembic_head, ensure_schema, stored_revision


def test_default_register_is_an_sqlite_file_in_the_user_data_folder():
    location = resolve_location()
    assert location.sqlite_path == user_data_dir() / "register.sqlite"
    assert location.files_dir == user_data_dir() / "register.sqlite.files"
    with open_register() as register:
        assert register.location.sqlite_path.is_file()


def test_environment_variable_and_urls_choose_the_register(monkeypatch, tmp_path):
    monkeypatch.setenv("AGREEMENT_STUDIO_REGISTER", str(tmp_path / "team.sqlite"))
    assert resolve_location().sqlite_path == tmp_path / "team.sqlite"
    assert resolve_location(tmp_path).sqlite_path == tmp_path / "register.sqlite"
    assert resolve_location(f"sqlite:///{tmp_path}/x.db").sqlite_path == tmp_path / "x.db"
    pg = resolve_location("postgresql://anna:secret@db.example:5433/agreements")
    assert pg.url.startswith("postgresql+psycopg://anna:secret@db.example:5433/")
    assert "secret" not in pg.display
    assert pg.files_dir.parent == user_data_dir() / "register-files"
    monkeypatch.setenv("AGREEMENT_STUDIO_REGISTER_FILES", str(tmp_path / "pgfiles"))
    assert resolve_location("postgres://h/db").files_dir == tmp_path / "pgfiles"
    with pytest.raises(InputError):
        resolve_location("mysql://h/db")
    with pytest.raises(InputError):
        resolve_location("sqlite://")


def test_sqlite_runs_in_wal_mode_with_foreign_keys_and_a_busy_timeout(tmp_path):
    with (
        open_register(tmp_path / "r.sqlite", busy_timeout=3) as register,
        register.engine.connect() as connection,
    ):
        assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert connection.exec_driver_sql("PRAGMA busy_timeout").scalar() == 3000


def test_head_constant_is_the_newest_migration():
    assert alembic_head() == HEAD


def _insert_v1_agreement(connection) -> None:
    """An agreement as version 0001 of the register stored it (no search text yet)."""
    connection.execute(
        text(
            "INSERT INTO agreements (id, document_id, title, title_sort, template_id, language, "
            "network, network_sort, region, party_count, signatory_count, signed_count, "
            "indefinite, "
            "notice_months, status, current_version, created_at, updated_at) VALUES (1, "
            "'0b5d1f7e-0000-4000-8000-000000000001', 'Old agreement', 'old agreement', "
            "'network-continuation', 'fi', 'Kainuun verkosto', 'kainuun verkosto', 'Kainuu', 1, 1, "
            "0, :f, 3, 'draft', 1, '2024-01-01T00:00:00.000000Z', '2024-01-01T00:00:00.000000Z')"
        ),
        {"f": False},
    )
    connection.execute(
        text(
            "INSERT INTO parties (agreement_id, position, name, key, business_id, country, "
            "organisation_type) VALUES (1, 0, 'Kajaanin kaupunki', '0208201-1', '0208201-1', 'FI', "
            "'municipality')"
        )
    )


def test_a_register_made_by_the_first_version_is_backed_up_then_upgraded(location):
    path, files = location
    old = resolve_location(path, files_dir=files)
    engine = create_register_engine(old)
    assert ensure_schema(engine, old, target="0001") is None  # a new register: no backup
    with engine.begin() as connection:
        assert stored_revision(connection) == "0001"
        _insert_v1_agreement(connection)
    engine.dispose()

    with open_register(path, files_dir=files) as register:
        backup = register.backup
        assert backup is not None and backup.is_file()
        assert "bak-0001-" in backup.name
        with register.engine.connect() as connection:
            assert stored_revision(connection) == HEAD
        found = register.list(Query(text="kajaanin"))
        assert [r.title for r in found.rows] == ["Old agreement"]
        assert register.list(Query(text="0208201")).total == 1
    if old.sqlite_path is not None:
        assert backup.parent == old.sqlite_path.parent
        copy = sqlite3.connect(backup)
        assert copy.execute("SELECT version_num FROM alembic_version").fetchone() == ("0001",)
        assert copy.execute("SELECT title FROM agreements").fetchall() == [("Old agreement",)]
        copy.close()
    else:
        dumped = json.loads(backup.read_text("utf-8"))
        assert dumped["format"] == "0001"
        assert dumped["tables"]["agreements"][0]["title"] == "Old agreement"
    with open_register(path, files_dir=files) as again:
        assert again.backup is None  # already current: nothing to do


def test_a_register_from_a_newer_version_is_refused(location):
    path, files = location
    with open_register(path, files_dir=files) as register, register.engine.begin() as c:
        c.execute(text("UPDATE alembic_version SET version_num = '0099'"))
    with pytest.raises(RegisterError, match="newer version"):
        open_register(path, files_dir=files)


def test_a_database_that_is_not_a_register_is_refused(tmp_path):
    other = sqlite3.connect(tmp_path / "other.sqlite")
    other.execute("CREATE TABLE notes (id INTEGER)")
    other.commit()
    other.close()
    with pytest.raises(RegisterError, match="not an Agreement Studio register"):
        open_register(tmp_path / "other.sqlite")
    (tmp_path / "junk.sqlite").write_bytes(b"this is not a database file at all" * 100)
    with pytest.raises(RegisterCorrupt):
        open_register(tmp_path / "junk.sqlite")


def test_file_store_keeps_whole_read_only_files_named_by_their_hash(tmp_path):
    store = FileStore(tmp_path / "files")
    data = b"%PDF-1.7 example bytes"
    digest = store.put(data)
    assert digest == sha256_hex(data)
    path = store.path_of(digest)
    assert path == tmp_path / "files" / digest[:2] / digest[2:]
    assert stat.S_IMODE(path.stat().st_mode) == 0o444
    assert store.put(data) == digest  # the same bytes again: nothing rewritten
    assert store.get(digest) == data
    assert [f.name for f in store.files()] == [digest]
    assert not list((tmp_path / "files" / "tmp").iterdir())  # no temporary left behind


def test_file_store_notices_a_changed_or_missing_file(tmp_path):
    store = FileStore(tmp_path / "files")
    digest = store.put(b"original")
    path = store.path_of(digest)
    os.chmod(path, 0o644)
    path.write_bytes(b"changed!")
    with pytest.raises(RegisterCorrupt, match="changed"):
        store.get(digest)
    with pytest.raises(RegisterCorrupt, match="changed"):
        store.put(b"original")  # never overwrites, and says why it cannot trust the file
    with pytest.raises(RegisterCorrupt, match="missing"):
        store.get("ab" * 32)


def test_a_partial_file_is_never_taken_for_a_stored_one(tmp_path):
    store = FileStore(tmp_path / "files")
    store.put(b"whole")
    (tmp_path / "files" / "tmp").mkdir(exist_ok=True)
    partial = tmp_path / "files" / "tmp" / "x.part"
    partial.write_bytes(b"half")  # as a crash would leave it
    assert [f.path for f in store.files()] == [store.path_of(sha256_hex(b"whole"))]
    assert store.remove_stale_temporaries(older_than=-1) == 1
    assert not partial.exists()


def test_files_of_a_postgresql_register_default_beside_the_user_data_folder():
    location = resolve_location("postgresql://u@localhost/db?options=-csearch_path%3Dteam")
    assert location.files_dir == Path(user_data_dir()) / "register-files" / "localhost-5432-db-team"
