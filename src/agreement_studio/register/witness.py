"""The witness: the register's ID, event count and head hash, kept outside the database.

Someone who can write the register's database can rewrite its audit chain and the head stored
beside it consistently, or delete the newest events together with that head. They cannot as
easily reach every user's own state folder: after each write this computer records, in
``<state folder>/register-witnesses/<register id>.json``, how many events the register had and
the hash of the newest. ``register verify`` then fails when the register is behind the witness
or off its chain, a write refuses to append to such a chain, and a register file missing where
a witness says one existed is reported instead of silently replaced by a new, empty register.

The file is written atomically (a temporary file, fsynced, renamed) under a lock, and only ever
moves forward: of two programs writing at once, the one that saw the longer chain wins.
A witness for a PostgreSQL register is this computer's view; other computers writing to it
keep their own, and each may be behind the database (that is fine: behind is not off).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
from dataclasses import dataclass
from pathlib import Path

from agreement_studio.errors import OutputError, RegisterCorrupt
from agreement_studio.i18n import translatable

_ = translatable(__name__)

STATE_ENV = "AGREEMENT_STUDIO_HOME"
_FOLDER = "register-witnesses"


def witness_dir() -> Path:
    """The folder of witnesses: the user's state folder (``$AGREEMENT_STUDIO_HOME/state``)."""
    home = os.environ.get(STATE_ENV)
    if home:
        return Path(home) / "state" / _FOLDER
    from platformdirs import user_state_path

    return user_state_path("agreement-studio", appauthor=False) / _FOLDER


@dataclass(frozen=True)
class Witness:
    """What this computer last saw of one register."""

    register_id: str
    location: str
    events: int
    head: str
    updated_at: str
    path: Path

    def describe(self) -> str:
        """The witness in words, for messages."""
        return _(
            "the witness {path} (written {written}) saw {events} events ending in {head}",
            path=self.path,
            written=self.updated_at,
            events=self.events,
            head=self.head,
        )


def _path(register_id: str) -> Path:
    return witness_dir() / f"{register_id}.json"


def _read(path: Path) -> Witness | None:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return Witness(
            str(data["register_id"]),
            str(data["location"]),
            int(data["events"]),
            str(data["head"]),
            str(data.get("updated_at", "")),
            path,
        )
    except (OSError, ValueError, KeyError, TypeError):
        return None


def read(register_id: str | None) -> Witness | None:
    """The witness of a register, or None when this computer has none (or cannot read it)."""
    return _read(_path(register_id)) if register_id else None


def read_checked(register_id: str | None) -> Witness | None:
    """The witness of a register, or None when this computer has none.

    A witness file that exists but cannot be read (garbage, wrong fields, no permission) raises
    :class:`WitnessUnreadable`: someone may have spoiled it to hide a rewritten chain, so it is
    never taken for "no witness".
    """
    if not register_id:
        return None
    path = _path(register_id)
    try:
        if not path.exists() and not path.is_symlink():
            return None
    except OSError:
        pass
    found = _read(path)
    if found is None or found.register_id != register_id or found.events < 0:
        raise WitnessUnreadable(path, _why(path))
    return found


def _why(path: Path) -> str:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except OSError as error:
        return error.strerror or str(error)
    except ValueError:
        return _("it is not JSON")
    if not isinstance(data, dict):
        return _("it is not a witness")
    return _("it is not this register's witness (its fields are wrong)")


class WitnessUnreadable(RegisterCorrupt):
    """The register's witness file exists but cannot be read."""

    def __init__(self, path: Path, why: str) -> None:
        super().__init__(
            _(
                "the witness file is unreadable: {path} ({why}); the register cannot be "
                "checked against it — run register verify, and give --head with a head kept "
                "elsewhere",
                path=path,
                why=why,
            )
        )
        self.path = path


def load(register_id: str | None) -> tuple[int, str] | None:
    """(events, head) from the register's witness, or None when there is none.

    Raises :class:`WitnessUnreadable` for a witness file that cannot be read (a write refuses,
    instead of overwriting the spoiled witness with the chain it should check).
    """
    found = read_checked(register_id)
    return (found.events, found.head) if found else None


def for_location(location: str) -> list[Witness]:
    """Every (current) witness of a register that lived at ``location``."""
    folder = witness_dir()
    if not folder.is_dir():
        return []
    found = (_read(p) for p in sorted(folder.glob("*.json")))
    return [w for w in found if w is not None and w.location == location]


def record(register_id: str | None, location: str, events: int, head: str) -> None:
    """Move the witness forward to ``events``/``head`` (never back); fsynced, atomic.

    A witness that cannot be written (a full disk) does not undo the committed write: the next
    write records it again, and until then the witness is only behind, which is not a failure.
    """
    if not register_id:
        return
    import fcntl

    from agreement_studio.fileio import write_atomic

    folder = witness_dir()
    try:
        folder.mkdir(parents=True, exist_ok=True)
        with open(folder / ".lock", "a+") as lock:
            fcntl.flock(lock, fcntl.LOCK_EX)
            current = _read(_path(register_id))
            if current is not None and current.events >= events:
                return
            body = {
                "register_id": register_id,
                "location": location,
                "events": events,
                "head": head,
                "updated_at": dt.datetime.now(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
            }
            write_atomic(
                _path(register_id), (json.dumps(body, indent=1) + "\n").encode("utf-8"), mode=0o600
            )
    except (OSError, OutputError):
        return


def retire_for_location(location: str, *, keep: str | None = None) -> list[Path]:
    """Set aside the witnesses of registers that lived at ``location`` (``register init
    --force``): renamed, never deleted, so the old register's head stays on record."""
    stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%SZ")
    moved = []
    for found in for_location(location):
        if found.register_id == keep:
            continue
        target = found.path.with_name(f"{found.path.stem}.retired-{stamp}.json.old")
        with contextlib.suppress(OSError):
            found.path.rename(target)
            moved.append(target)
    return moved
