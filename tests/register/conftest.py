"""Fixtures for the register tests: a fresh register per test (SQLite, and PostgreSQL: a new
schema per test, on the server ``AGREEMENT_STUDIO_TEST_PG_URL`` names or else on a throw-away
cluster the session starts), signing identities made per session, and helpers to sign a
signatory's field.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlalchemy as sa

from agreement_studio.agreement import Agreement, example_agreement
from agreement_studio.register import open_register
from postgres_cluster import postgres_cluster  # tests/ is on sys.path (its conftest.py)


@pytest.fixture(scope="session")
def pg_url() -> Iterator[str]:
    """The PostgreSQL server of the session: the one named in the environment, or a fresh one."""
    given = os.environ.get("AGREEMENT_STUDIO_TEST_PG_URL")
    if given:
        yield given
        return
    with postgres_cluster() as url:
        yield url


def _pg_schema_url(server: str, schema: str) -> str:
    separator = "&" if "?" in server else "?"
    return f"{server}{separator}options=-csearch_path%3D{schema}"


def _pg_admin(server: str, statement: str) -> None:
    engine = sa.create_engine(
        server.replace("postgresql://", "postgresql+psycopg://", 1), isolation_level="AUTOCOMMIT"
    )
    try:
        with engine.connect() as connection:
            connection.exec_driver_sql(statement)
    finally:
        engine.dispose()


@pytest.fixture(params=["sqlite", "postgresql"])
def location(request, tmp_path) -> tuple[str, Path | None]:
    """Where a fresh register lives: ``(path or URL, files folder or None)``."""
    if request.param == "sqlite":
        yield str(tmp_path / "register.sqlite"), None
        return
    server = request.getfixturevalue("pg_url")
    schema = f"t_{uuid.uuid4().hex[:16]}"
    _pg_admin(server, f'CREATE SCHEMA "{schema}"')
    try:
        yield _pg_schema_url(server, schema), tmp_path / "files"
    finally:
        _pg_admin(server, f'DROP SCHEMA "{schema}" CASCADE')


@pytest.fixture
def register(location):
    """A fresh, open register."""
    path, files = location
    with open_register(path, files_dir=files) as opened:
        yield opened


@pytest.fixture
def agreement() -> Agreement:
    """A valid three-party example agreement."""
    return example_agreement(parties=3, language="fi")


@pytest.fixture(scope="session")
def identities():
    """A self-issued identity per (name, organisation), made on first use."""
    from agreement_studio.signing import create_identity

    made: dict[tuple[str, str], object] = {}

    def identity_for(name: str, org: str):
        if (name, org) not in made:
            made[(name, org)] = create_identity(name=name, org=org)
        return made[(name, org)]

    return identity_for


@pytest.fixture
def sign(identities, tmp_path):
    """``sign(pdf_bytes, agreement, index, name=None, org=None) -> bytes``: signatory ``index``
    signs their own field (optionally with a certificate of another name or organisation)."""
    from agreement_studio.signing import sign_pdf

    counter = iter(range(10**6))

    def sign_as(
        pdf: bytes,
        agreement: Agreement,
        index: int,
        *,
        name: str | None = None,
        org: str | None = None,
        field: str | None = None,
    ) -> bytes:
        party, signatory, field_name = agreement.signatures()[index]
        identity = identities(name or signatory.name, org or party.name)
        out = tmp_path / f"signed-{next(counter)}.pdf"
        sign_pdf(pdf, identity, output=out, field=field or field_name)
        return out.read_bytes()

    return sign_as


@pytest.fixture
def signing_work(sign, tmp_path):
    """``signing_work(count, signatures) -> list of {"draft", "imports"}``: drafts saved as
    files and, for each, the copies signed by its first ``signatures`` signatories in turn
    (made from the deterministic rendering the register will make of the same draft)."""
    from agreement_studio.agreement import save_draft
    from agreement_studio.pdf import render_agreement

    def make(count: int, signatures: int = 2, parties: int = 2) -> list[dict]:
        work = []
        folder = tmp_path / "work"
        folder.mkdir(exist_ok=True)
        for n in range(count):
            draft = example_agreement(parties=parties)
            path = save_draft(draft, folder / f"{n}.agreement.json")
            pdf, imports = render_agreement(draft), []
            for index in range(signatures):
                pdf = sign(pdf, draft, index)
                signed = folder / f"{n}-signed-{index}.pdf"
                signed.write_bytes(pdf)
                imports.append(str(signed))
            work.append({"draft": str(path), "imports": imports})
        return work

    return make


@pytest.fixture(scope="session")
def copies(identities, tmp_path_factory):
    """The signed copies of the honest register (made once: see register_tamper.py)."""
    from register_tamper import make_copies

    return make_copies(identities, tmp_path_factory.mktemp("copies"))


@pytest.fixture
def world(location, copies):
    """A fresh honest register: signed, partly signed (a parallel copy), draft, two versions,
    terminated."""
    from register_tamper import World, build_honest

    path, files = location
    register = open_register(path, files_dir=files)
    ids = build_honest(register, copies)
    yield World(path, files, ids, register)
    register.close()
