"""Checks made when a register is opened, before anything is read or written.

* A register a witness remembers (:mod:`.witness`) that is now missing, empty or another
  register is refused (:class:`RegisterMissing`); only an explicit request (``register init
  --force``, ``open_register(..., replace_missing=True)``) starts a new one in its place.
* SQLite's ``PRAGMA quick_check`` must say ``ok``: a damaged file is named as damaged before a
  page of it is trusted (``register verify`` runs the full ``integrity_check``).
* A file the user may not write opens for reading only, and says why writes are refused.
"""

from __future__ import annotations

import os

from sqlalchemy import Engine, inspect, text
from sqlalchemy.exc import DBAPIError

from agreement_studio.errors import RegisterCorrupt, RegisterMissing, RegisterReadOnly
from agreement_studio.i18n import translatable
from agreement_studio.register import witness
from agreement_studio.register.engine import translate
from agreement_studio.register.location import Location
from agreement_studio.register.words import joined

_ = translatable(__name__)


def read_only_reason(location: Location, *, asked: bool = False) -> str | None:
    """Why the register can only be read (None when it can be written)."""
    if asked:
        return _("it was opened for reading only")
    path = location.sqlite_path
    if path is None or not path.exists():
        return None
    if not os.access(path, os.W_OK):
        return _("you may not write the file {path}", path=path)
    if not os.access(path.parent, os.W_OK | os.X_OK):
        return _(
            "you may not write in its folder {folder} (SQLite keeps its journal there)",
            folder=path.parent,
        )
    return None


def _is_empty(engine: Engine, location: Location) -> bool:
    path = location.sqlite_path
    if path is not None:
        return not path.exists() or path.stat().st_size == 0
    try:
        with engine.connect() as connection:
            return not inspect(connection).has_table("alembic_version")
    except DBAPIError as error:
        raise translate(error, location.display) from None


def refuse_a_lost_register(
    engine: Engine, location: Location, *, replace_missing: bool = False
) -> None:
    """Refuse a missing or empty register where a witness says one existed."""
    if replace_missing:
        return
    known = witness.for_location(location.display)
    if not known or not _is_empty(engine, location):
        return
    raise RegisterMissing(
        _(
            "the register {location} is missing or empty, but {witness}: "
            "it was deleted, emptied or replaced. Restore it from a backup; to start a new, "
            "empty register in its place, run `agreement-studio register init --force`",
            location=location.display,
            witness=known[-1].describe(),
        )
    )


def refuse_a_replaced_register(location: Location, register_id: str | None) -> None:
    """Refuse a register whose ID is not the one a witness saw at this location."""
    others = [w for w in witness.for_location(location.display) if w.register_id != register_id]
    if not others:
        return
    raise RegisterMissing(
        _(
            "the register {location} is not the register that was there: its ID is "
            "{register_id}, but {witness} of register {other}. "
            "Restore the original from a backup; to use this one here from now on, run "
            "`agreement-studio register init --force`",
            location=location.display,
            register_id=register_id,
            witness=others[-1].describe(),
            other=others[-1].register_id,
        )
    )


def quick_check(engine: Engine, location: Location) -> None:
    """SQLite's quick check of the file's structure; :class:`RegisterCorrupt` when damaged."""
    if location.sqlite_path is None:
        return
    problems = storage_problems(engine, location, full=False)
    if problems:
        raise RegisterCorrupt(
            _(
                "the register file {location} is damaged ({problems}); "
                "restore it from a backup (`register verify` lists what it finds)",
                location=location.display,
                problems=joined(problems[:3], "; "),
            )
        )


def storage_problems(engine: Engine, location: Location, *, full: bool = True) -> list[str]:
    """What SQLite's ``integrity_check`` (or ``quick_check``) finds; empty when it is whole."""
    if location.sqlite_path is None:
        return []
    pragma = "integrity_check" if full else "quick_check"
    try:
        with engine.connect() as connection:
            rows = [str(r[0]) for r in connection.execute(text(f"PRAGMA {pragma}"))]
    except DBAPIError as error:
        return [str(translate(error, location.display))]
    problems = [] if rows == ["ok"] else rows
    if full and not problems:
        problems.extend(_search_index_problems(engine))
    return problems


def _search_index_problems(engine: Engine) -> list[str]:
    """The word index must hold exactly the agreements' words: an edited index hides an
    agreement from search. FTS5's integrity check against its content table (rank 1); it runs
    as a command in a transaction that is rolled back, so it changes nothing."""
    try:
        with engine.connect() as connection:
            present = inspect(connection).has_table("agreement_search")
            connection.rollback()
            if not present:
                return []
            connection.execute(
                text(
                    "INSERT INTO agreement_search(agreement_search, rank) "
                    "VALUES ('integrity-check', 1)"
                )
            )
            connection.rollback()
    except DBAPIError as error:
        if "readonly" in str(error).lower():
            return []  # a read-only register: the word index cannot be checked this way
        return [
            _(
                "the search index does not match the agreements (an agreement may be hidden "
                "from search): {reason}",
                reason=str(getattr(error, "orig", error)),
            )
        ]
    return []


def require_current_format(engine: Engine, location: Location) -> None:
    """A read-only register cannot be upgraded, so it must be in this version's format."""
    from agreement_studio.register.migrate import HEAD, stored_revision

    try:
        with engine.connect() as connection:
            current = stored_revision(connection)
    except DBAPIError as error:
        raise translate(error, location.display) from None
    if current != HEAD:
        raise RegisterReadOnly(
            _(
                "the register {location} is in format {current} and read-only, so it cannot be "
                "brought to format {head}; open it once where it can be written",
                location=location.display,
                current=current or "none",
                head=HEAD,
            )
        )
