"""An honest register, and every way someone with write access to it could rewrite it quietly.

:func:`build_honest` fills a register with agreements in every state (signed by all, partly
signed with a parallel copy, a draft with no PDF, a second version, terminated). Each entry of
:data:`TAMPERINGS` changes it the way an insider would, with raw SQL or file edits, and must be
caught: by ``register verify`` or by opening the register (a damaged, missing or replaced
register is refused by name). Signed copies are made once per session (:class:`SignedCopies`):
the register renders each draft to the same bytes, so the copies fit every fresh register.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import text

from agreement_studio.agreement import Agreement, example_agreement


@dataclass
class SignedCopies:
    """The drafts of the honest register and the signed copies imported into it."""

    signed: Agreement
    partly: Agreement
    draft: Agreement
    edited: Agreement
    ended: Agreement
    copies: dict[str, bytes] = field(default_factory=dict)


def make_copies(identities: Callable[[str, str], Any], folder: Path) -> SignedCopies:
    """Sign the copies once: the signed agreement in turn, the partly signed one in parallel."""
    from agreement_studio.pdf import render_agreement
    from agreement_studio.signing import sign_pdf

    made = SignedCopies(
        signed=example_agreement(parties=3, language="fi"),
        partly=example_agreement(parties=2, language="sv"),
        draft=example_agreement(parties=2),
        edited=example_agreement(parties=2),
        ended=example_agreement(parties=2),
    )
    counter = iter(range(1000))

    def sign(pdf: bytes, agreement: Agreement, index: int) -> bytes:
        party, signatory, field_name = agreement.signatures()[index]
        out = folder / f"signed-{next(counter)}.pdf"
        sign_pdf(pdf, identities(signatory.name, party.name), output=out, field=field_name)
        return out.read_bytes()

    pdf = render_agreement(made.signed)
    for index in range(len(made.signed.signatures())):
        pdf = sign(pdf, made.signed, index)
        made.copies[f"signed-{index}"] = pdf
    prepared = render_agreement(made.partly)
    made.copies["partly-a"] = sign(prepared, made.partly, 0)
    made.copies["partly-b"] = sign(prepared, made.partly, 1)  # a parallel copy
    return made


@dataclass
class World:
    """The honest register as built: its location and the agreements' document IDs."""

    path: str
    files: Path | None
    ids: dict[str, str]
    register: Any

    @property
    def is_sqlite(self) -> bool:
        return "://" not in self.path

    def sql(self, statement: str, **params: Any) -> None:
        with self.register.engine.begin() as connection:
            connection.execute(text(statement), params)

    def scalar(self, statement: str, **params: Any) -> Any:
        with self.register.engine.connect() as connection:
            return connection.execute(text(statement), params).scalar()

    def agreement_row(self, key: str) -> int:
        return int(self.scalar("SELECT id FROM agreements WHERE document_id = :d", d=self.ids[key]))


def build_honest(register: Any, made: SignedCopies) -> dict[str, str]:
    """Fill ``register`` with the honest agreements; returns their document IDs by role."""
    import datetime as dt

    ids = {"signed": register.add_draft(made.signed)}
    for index in range(len(made.signed.signatures())):
        register.import_file(made.copies[f"signed-{index}"], name=f"signed-{index}.pdf")
    ids["partly"] = register.add_draft(made.partly)
    register.import_file(made.copies["partly-a"], name="partly-a.pdf")
    register.import_file(made.copies["partly-b"], name="partly-b.pdf")
    ids["draft"] = register.add_draft(made.draft, prepare=False)
    ids["edited"] = register.add_draft(made.edited)
    register.add_version(ids["edited"], made.edited.model_copy(update={"title": "Toinen versio"}))
    ids["ended"] = register.add_draft(made.ended)
    register.terminate(ids["ended"], on=dt.date(2027, 5, 1), reason="the network merged")
    field_name = register.details(ids["partly"]).signatories[1].field_name
    register.pin_fingerprint(ids["partly"], field_name, "ab" * 32)
    return ids


# --- the tamperings --------------------------------------------------------------------------
Tamper = Callable[[World], None]


def _delete_agreement(w: World, key: str) -> None:
    row = w.agreement_row(key)
    for table in ("signatures", "revisions", "signatories", "parties", "versions"):
        w.sql(f"DELETE FROM {table} WHERE agreement_id = :a", a=row)
    w.sql("DELETE FROM agreements WHERE id = :a", a=row)


def _events(w: World) -> list[dict[str, Any]]:
    with w.register.engine.connect() as connection:
        rows = connection.execute(text("SELECT * FROM events ORDER BY seq")).mappings()
        return [dict(r) for r in rows]


def _rewrite_chain(w: World, change: Callable[[list[dict[str, Any]]], None]) -> None:
    """Change events, then recompute every hash and the stored head: a consistent forgery."""
    from agreement_studio.register.audit import GENESIS, content_hash

    events = _events(w)
    change(events)
    prev = GENESIS
    w.sql("DELETE FROM events")
    for seq, event in enumerate(events, start=1):
        content = {
            "seq": seq,
            "at": event["at"],
            "actor": event["actor"],
            "signer": event["signer"],
            "action": event["action"],
            "document_id": event["document_id"],
            "details": json.loads(event["details"]),
        }
        if event["facts"] is not None:
            content["facts"] = json.loads(event["facts"])
        digest = content_hash(prev, content)
        w.sql(
            "INSERT INTO events (seq, at, actor, signer, action, document_id, details, facts, "
            "prev_hash, hash) VALUES (:seq, :at, :actor, :signer, :action, :doc, :details, "
            ":facts, :prev, :hash)",
            seq=seq,
            at=event["at"],
            actor=event["actor"],
            signer=event["signer"],
            action=event["action"],
            doc=event["document_id"],
            details=event["details"],
            facts=event["facts"],
            prev=prev,
            hash=digest,
        )
        prev = digest
    w.sql("UPDATE meta SET value = :v WHERE key = 'audit_head'", v=f"{len(events)} {prev}")


def _drop_last_events_and_head(w: World, count: int) -> None:
    events = _events(w)
    keep = events[:-count]
    w.sql("DELETE FROM events WHERE seq > :s", s=keep[-1]["seq"])
    w.sql(
        "UPDATE meta SET value = :v WHERE key = 'audit_head'",
        v=f"{keep[-1]['seq']} {keep[-1]['hash']}",
    )


def _first_revision(w: World, key: str, kind: str = "prepared") -> tuple[int, str]:
    with w.register.engine.connect() as connection:
        row = connection.execute(
            text(
                "SELECT id, sha256 FROM revisions WHERE agreement_id = :a AND kind = :k "
                "ORDER BY id LIMIT 1"
            ),
            {"a": w.agreement_row(key), "k": kind},
        ).first()
    return int(row[0]), str(row[1])


def _swap_pdf_rows(w: World) -> None:
    a_id, a_sha = _first_revision(w, "signed")
    b_id, b_sha = _first_revision(w, "ended")
    w.sql("UPDATE revisions SET sha256 = 'x' WHERE id = :i", i=a_id)
    w.sql("UPDATE revisions SET sha256 = :s WHERE id = :i", s=a_sha, i=b_id)
    w.sql("UPDATE revisions SET sha256 = :s WHERE id = :i", s=b_sha, i=a_id)


def _signature_to_other_revision(w: World) -> None:
    row = w.agreement_row("signed")
    first = w.scalar("SELECT min(revision_id) FROM signatures WHERE agreement_id = :a", a=row)
    prepared, _ = _first_revision(w, "signed")
    w.sql("UPDATE signatures SET revision_id = :p WHERE revision_id = :r", p=prepared, r=first)


def _forge_draft(w: World, *, with_hash: bool) -> None:
    from agreement_studio.register.filestore import sha256_hex

    row = w.agreement_row("draft")
    draft = w.scalar("SELECT draft_json FROM versions WHERE agreement_id = :a", a=row)
    forged = json.dumps({**json.loads(draft), "title": "Forged terms"})
    w.sql("UPDATE versions SET draft_json = :j WHERE agreement_id = :a", j=forged, a=row)
    if with_hash:
        w.sql(
            "UPDATE versions SET draft_sha256 = :h WHERE agreement_id = :a",
            h=sha256_hex(forged.encode("utf-8")),
            a=row,
        )


def _stored_pdf(w: World, key: str) -> Path:
    from agreement_studio.register.filestore import FileStore

    _, sha = _first_revision(w, key)
    return FileStore(w.register.location.files_dir).path_of(sha)


def _change_stored_pdf(w: World) -> None:
    path = _stored_pdf(w, "signed")
    os.chmod(path, 0o644)
    data = bytearray(path.read_bytes())
    data[len(data) // 2] ^= 0x01
    path.write_bytes(bytes(data))


def _insert_agreement_by_hand(w: World) -> None:
    w.sql(
        "INSERT INTO agreements (document_id, title, title_sort, template_id, language, network, "
        "network_sort, region, party_count, signatory_count, signed_count, indefinite, "
        "notice_months, status, current_version, created_at, updated_at, search_text) VALUES "
        "('0b5d1f7e-0000-4000-8000-00000000beef', 'Smuggled', 'smuggled', 'network-continuation',"
        " 'fi', 'N', 'n', 'R', 0, 0, 0, :f, 3, 'signed', 1, '2027-01-01T00:00:00.000000Z', "
        "'2027-01-01T00:00:00.000000Z', ' smuggled')",
        f=False,
    )


def _delete_database(w: World) -> None:
    w.register.close()
    if w.is_sqlite:
        for suffix in ("", "-wal", "-shm"):
            Path(w.path + suffix).unlink(missing_ok=True)
    else:
        for table in (
            "signatures",
            "revisions",
            "signatories",
            "parties",
            "versions",
            "agreements",
            "events",
            "meta",
            "alembic_version",
        ):
            w.sql(f"DROP TABLE IF EXISTS {table} CASCADE")


def _zero_database(w: World) -> None:
    if not w.is_sqlite:
        return _delete_database(w)
    w.register.close()
    Path(w.path).write_bytes(b"")
    for suffix in ("-wal", "-shm"):
        Path(w.path + suffix).unlink(missing_ok=True)
    return None


def _zero_fill_database(w: World) -> None:
    if not w.is_sqlite:
        return _delete_database(w)
    _checkpoint(w)
    size = Path(w.path).stat().st_size
    Path(w.path).write_bytes(b"\0" * size)
    return None


def _replace_with_new_register(w: World) -> None:
    """A new, empty register (another ID) in the place of the honest one."""
    from agreement_studio.register import open_register
    from agreement_studio.register import witness as witness_module

    saved = {p: p.read_bytes() for p in witness_module.witness_dir().glob("*.json")}
    _delete_database(w)
    with open_register(w.path, files_dir=w.files, replace_missing=True):
        pass
    # the intruder's own opening set the old witness aside: they cannot reach the owner's
    # state folder, so it is put back as the owner's computer has it
    for p in witness_module.witness_dir().glob("*.old"):
        p.unlink()
    for p, data in saved.items():
        p.write_bytes(data)


def _checkpoint(w: World) -> None:
    with w.register.engine.connect() as connection:
        connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    w.register.close()


def _damage_pages(w: World) -> None:
    """Overwrite pages in the middle of the SQLite file (or, on PostgreSQL, a table's row)."""
    if not w.is_sqlite:
        # A server keeps its own pages; an insider rewrites rows instead.
        return w.sql("UPDATE parties SET business_id = '9999999-9'")
    _checkpoint(w)
    with open(w.path, "r+b") as handle:
        page = 4096
        size = os.fstat(handle.fileno()).st_size
        for number in range(2, size // page, 3):
            handle.seek(number * page + 100)
            handle.write(os.urandom(200))
    return None


def _set_register_id(w: World) -> None:
    w.sql(
        "UPDATE meta SET value = '00000000-0000-4000-8000-000000000000' WHERE key = 'register_id'"
    )


def _status_signed(w: World) -> None:
    w.sql(
        "UPDATE agreements SET status = 'signed', signed_count = 2 WHERE document_id = :d",
        d=w.ids["partly"],
    )


def _hide_from_search(w: World) -> None:
    if w.is_sqlite:  # the FTS5 word index can be edited on its own
        w.sql(
            "INSERT INTO agreement_search(agreement_search, rowid, search_text) "
            "SELECT 'delete', id, search_text FROM agreements WHERE document_id = :d",
            d=w.ids["signed"],
        )
    else:  # the tsvector is a generated column: only the text it is made of can change
        w.sql("UPDATE agreements SET search_text = ' ' WHERE document_id = :d", d=w.ids["signed"])


TAMPERINGS: dict[str, Tamper] = {
    "deleted agreement (its PDFs left as harmless)": lambda w: _delete_agreement(w, "signed"),
    "deleted draft agreement": lambda w: _delete_agreement(w, "draft"),
    "status forged to signed": _status_signed,
    "status alone forged to signed": lambda w: w.sql(
        "UPDATE agreements SET status = 'signed' WHERE document_id = :d", d=w.ids["partly"]
    ),
    "terminated agreement revived": lambda w: w.sql(
        "UPDATE agreements SET status = 'ready-for-signing', terminated_on = NULL "
        "WHERE document_id = :d",
        d=w.ids["ended"],
    ),
    "forged signer": lambda w: w.sql(
        "UPDATE signatures SET signer_name = 'Mallory' WHERE id = (SELECT min(id) FROM signatures)"
    ),
    "forged certificate fingerprint": lambda w: w.sql(
        "UPDATE signatures SET fingerprint_sha256 = :f WHERE id = (SELECT min(id) FROM signatures)",
        f="cd" * 32,
    ),
    "forged verdict": lambda w: w.sql(
        "UPDATE signatures SET verdict = 'valid', trusted_by = 'anchor'"
    ),
    "forged signing time": lambda w: w.sql(
        "UPDATE signatures SET signed_at = '2020-01-01T00:00:00Z' WHERE id = "
        "(SELECT max(id) FROM signatures)"
    ),
    "forged party": lambda w: w.sql(
        "UPDATE parties SET name = 'Shell Company Oy' WHERE id = (SELECT min(id) FROM parties)"
    ),
    "forged signatory e-mail": lambda w: w.sql(
        "UPDATE signatories SET email = 'mallory@example.org' WHERE id = "
        "(SELECT max(id) FROM signatories)"
    ),
    "forged pinned fingerprint": lambda w: w.sql(
        "UPDATE signatories SET pinned_fingerprint = :f WHERE pinned_fingerprint IS NOT NULL",
        f="ef" * 32,
    ),
    "forged draft JSON (hash left)": lambda w: _forge_draft(w, with_hash=False),
    "forged draft JSON with its hash": lambda w: _forge_draft(w, with_hash=True),
    "two agreements' PDF rows swapped": _swap_pdf_rows,
    "signature pointed at another revision": _signature_to_other_revision,
    "current revision pointed at another copy": lambda w: w.sql(
        "UPDATE agreements SET current_revision_id = (SELECT max(id) FROM revisions WHERE "
        "agreement_id = agreements.id) WHERE document_id = :d",
        d=w.ids["partly"],
    ),
    "revision row deleted (a parallel copy)": lambda w: w.sql(
        "DELETE FROM revisions WHERE id = (SELECT max(id) FROM revisions WHERE agreement_id = :a)",
        a=w.agreement_row("partly"),
    ),
    "term end moved": lambda w: w.sql(
        "UPDATE agreements SET term_end = '2099-12-31' WHERE document_id = :d", d=w.ids["signed"]
    ),
    "title changed": lambda w: w.sql("UPDATE agreements SET title = 'Renamed'"),
    "old version deleted": lambda w: w.sql(
        "DELETE FROM versions WHERE number = 1 AND agreement_id = :a", a=w.agreement_row("edited")
    ),
    "agreement inserted by hand": _insert_agreement_by_hand,
    "stored PDF changed": _change_stored_pdf,
    "stored PDF deleted": lambda w: _stored_pdf(w, "ended").unlink(),
    "newest event deleted": lambda w: w.sql(
        "DELETE FROM events WHERE seq = (SELECT max(seq) FROM events)"
    ),
    "newest events deleted with the stored head": lambda w: _drop_last_events_and_head(w, 3),
    "an event edited": lambda w: w.sql(
        "UPDATE events SET details = '{}' WHERE action = 'terminate'"
    ),
    "an event's facts edited": lambda w: w.sql(
        "UPDATE events SET facts = replace(facts, 'the network merged', 'nothing') "
        "WHERE action = 'terminate'"
    ),
    "chain rewritten consistently (an event's reason)": lambda w: _rewrite_chain(
        w,
        lambda events: [
            e.update(details=e["details"].replace("the network merged", "no reason"))
            for e in events
        ],
    ),
    "chain rewritten consistently (an agreement and its events removed)": lambda w: (
        _delete_agreement(w, "draft"),
        _rewrite_chain(
            w,
            lambda events: events.__setitem__(
                slice(None), [e for e in events if e["document_id"] != w.ids["draft"]]
            ),
        ),
    ),
    "register ID changed": _set_register_id,
    "database deleted": _delete_database,
    "database emptied (zero bytes)": _zero_database,
    "database zero-filled": _zero_fill_database,
    "database replaced by a new empty register": _replace_with_new_register,
    "damaged database pages": _damage_pages,
    "agreement hidden from search": _hide_from_search,
}
