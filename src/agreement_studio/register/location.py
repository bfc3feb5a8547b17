"""Where a register lives: an SQLite file (the default) or a PostgreSQL database, and its files.

A location is what ``--register`` or ``AGREEMENT_STUDIO_REGISTER`` gives: a path (SQLite) or a
database URL. The content-addressed file store sits beside an SQLite file
(``register.sqlite.files``); for PostgreSQL it is the folder ``AGREEMENT_STUDIO_REGISTER_FILES``
names, else one per database under the user data folder.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from agreement_studio.errors import InputError
from agreement_studio.i18n import translatable
from agreement_studio.paths import user_data_dir

_ = translatable(__name__)

if TYPE_CHECKING:
    from sqlalchemy.engine import URL

REGISTER_ENV = "AGREEMENT_STUDIO_REGISTER"
FILES_ENV = "AGREEMENT_STUDIO_REGISTER_FILES"
DEFAULT_FILE_NAME = "register.sqlite"


@dataclass(frozen=True)
class Location:
    """A resolved register location."""

    url: str
    """The SQLAlchemy URL, with the driver this application uses."""
    files_dir: Path
    """The content-addressed file store."""
    sqlite_path: Path | None
    """The SQLite file, or None for a server database."""
    display: str
    """How to name the register in messages (never with a password)."""

    @property
    def is_sqlite(self) -> bool:
        """True for an SQLite file register."""
        return self.sqlite_path is not None


def default_register_path() -> Path:
    """The register a user gets without configuring anything."""
    return user_data_dir() / DEFAULT_FILE_NAME


def resolve_location(
    location: str | os.PathLike[str] | None = None,
    *,
    files_dir: str | os.PathLike[str] | None = None,
) -> Location:
    """Turn a path, URL or nothing (environment, then the default) into a :class:`Location`."""
    value = os.fspath(location) if location is not None else os.environ.get(REGISTER_ENV, "")
    if not value:
        return _sqlite_location(default_register_path(), files_dir)
    if "://" not in value:
        return _sqlite_location(Path(value).expanduser(), files_dir)
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import ArgumentError

    _check_url_parts(value)
    try:
        url = make_url(value)
    except ArgumentError:
        raise InputError(
            _("{value} is neither a file path nor a database URL", value=repr(_hidden(value)))
        ) from None
    except ValueError as error:  # a part SQLAlchemy could not convert
        raise InputError(
            _(
                "the database URL {url} is malformed: {reason}",
                url=repr(_hidden(value)),
                reason=str(error),
            )
        ) from None
    backend = url.get_backend_name()
    if backend == "sqlite":
        if not url.database or url.database == ":memory:":
            raise InputError(_("an SQLite register must be a file, not an in-memory database"))
        return _sqlite_location(Path(url.database).expanduser(), files_dir)
    if backend in ("postgresql", "postgres"):
        url = url.set(drivername="postgresql+psycopg")
        display = url.render_as_string(hide_password=True)
        chosen = files_dir or os.environ.get(FILES_ENV)
        folder = Path(chosen) if chosen else _server_files_dir(url)
        return Location(url.render_as_string(hide_password=False), folder, None, display)
    raise InputError(
        _(
            "a register is an SQLite file or a postgresql:// URL, not {backend}://",
            backend=backend,
        )
    )


def _hidden(value: str) -> str:
    """The URL with any password replaced by ``***`` (for messages)."""
    return re.sub(r"(://[^:/@]*:)[^@/]*@", r"\1***@", value)


def _check_url_parts(value: str) -> None:
    """A usage error that names the part of a database URL that is wrong."""
    from urllib.parse import urlsplit

    try:
        parts = urlsplit(value)
    except ValueError as error:
        raise InputError(
            _(
                "the database URL {url} is malformed: {reason}",
                url=repr(_hidden(value)),
                reason=str(error),
            )
        ) from None
    if parts.scheme.startswith("sqlite"):
        return
    try:
        port = parts.port
    except ValueError:
        raw = parts.netloc.rpartition("@")[2].rpartition(":")[2]
        raise InputError(
            _(
                "the database URL {url} has the port {port}, which is not a number "
                "from 1 to 65535 (write postgresql://user@host:5432/database)",
                url=repr(_hidden(value)),
                port=repr(raw),
            )
        ) from None
    if parts.netloc and not parts.hostname and port is not None:
        raise InputError(
            _("the database URL {url} names a port but no host", url=repr(_hidden(value)))
        )


def _sqlite_location(path: Path, files_dir: str | os.PathLike[str] | None) -> Location:
    path = path.absolute()
    if path.is_dir():
        path = path / DEFAULT_FILE_NAME
    files = Path(files_dir) if files_dir else path.with_name(path.name + ".files")
    return Location(f"sqlite:///{path}", files, path, str(path))


def _server_files_dir(url: URL) -> Path:
    # One folder per server database (and schema), so two registers never share a store.
    schema = re.search(r"search_path=([\w,]+)", str(url.query.get("options", "")))
    parts = [url.host or "local", str(url.port or 5432), url.database or "postgres"]
    if schema:
        parts.append(schema.group(1))
    name = re.sub(r"[^A-Za-z0-9._-]+", "_", "-".join(parts))
    return user_data_dir() / "register-files" / name
