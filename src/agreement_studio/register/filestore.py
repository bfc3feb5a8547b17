"""The content-addressed file store: every PDF the register holds, named by its SHA-256.

``<store>/ab/cdef…`` holds the bytes whose SHA-256 is ``abcdef…``. A file is written to
``<store>/tmp``, flushed and fsynced, made read-only, then linked into place (which fails rather
than replaces when the name exists), and the folder is fsynced: a name in the store is always a
whole file. The caller stores files *before* committing the database rows that name them, so a
crash leaves at most an unreferenced file, never a row without its file. Reading checks the hash.
Nothing here deletes or overwrites a stored file.
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import os
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from agreement_studio.errors import OutputError, RegisterCorrupt, RegisterFull
from agreement_studio.i18n import translatable

_ = translatable(__name__)

_TMP = "tmp"
_STALE_TMP_SECONDS = 24 * 3600


def sha256_hex(data: bytes) -> str:
    """The SHA-256 of ``data`` as 64 lowercase hex digits."""
    return hashlib.sha256(data).hexdigest()


@dataclass(frozen=True)
class StoredFile:
    """A file in the store as found on disk."""

    path: Path
    name: str
    """The SHA-256 the file's place says it has."""


class FileStore:
    """A folder of immutable files named by their SHA-256."""

    def __init__(self, root: Path) -> None:
        self.root = root

    def path_of(self, sha256: str) -> Path:
        """Where the file with this hash lives (whether or not it is there)."""
        return self.root / sha256[:2] / sha256[2:]

    def put(self, data: bytes) -> str:
        """Store ``data`` durably; returns its SHA-256. Storing the same bytes twice is a no-op."""
        digest = sha256_hex(data)
        target = self.path_of(digest)
        if target.exists():
            self._check(target, digest)
            return digest
        try:
            self._write_new(target, data)
        except OSError as error:
            if error.errno in (errno.ENOSPC, errno.EDQUOT):
                raise RegisterFull(
                    _(
                        "the disk holding the register's files ({folder}) is full: nothing "
                        "was written (the register can still be read); free some space and try "
                        "again",
                        folder=self.root,
                    )
                ) from None
            raise OutputError(
                _(
                    "cannot store a file in {folder}: {reason}",
                    folder=self.root,
                    reason=error.strerror,
                )
            ) from None
        return digest

    def _write_new(self, target: Path, data: bytes) -> None:
        tmp_dir = self.root / _TMP
        tmp_dir.mkdir(parents=True, exist_ok=True)
        if not target.parent.is_dir():
            target.parent.mkdir(parents=True, exist_ok=True)
            _fsync_dir(self.root)  # the new folder's name must survive a power cut too
        fd, tmp_name = tempfile.mkstemp(dir=tmp_dir, suffix=".part")
        try:
            with os.fdopen(fd, "wb") as handle:
                handle.write(data)
                handle.flush()
                os.fsync(handle.fileno())
            os.chmod(tmp_name, 0o444)
            try:
                os.link(tmp_name, target)  # never replaces an existing name
            except FileExistsError:
                self._check(target, target.parent.name + target.name)
            _fsync_dir(target.parent)
        finally:
            with contextlib.suppress(OSError):
                os.unlink(tmp_name)

    def get(self, sha256: str) -> bytes:
        """The bytes stored under ``sha256``; :class:`RegisterCorrupt` if missing or changed."""
        path = self.path_of(sha256)
        try:
            data = path.read_bytes()
        except FileNotFoundError:
            raise RegisterCorrupt(
                _("the stored file {path} is missing (SHA-256 {sha256})", path=path, sha256=sha256)
            ) from None
        except OSError as error:
            raise RegisterCorrupt(
                _(
                    "the stored file {path} cannot be read: {reason}",
                    path=path,
                    reason=error.strerror,
                )
            ) from None
        if sha256_hex(data) != sha256:
            raise RegisterCorrupt(_changed(path, sha256))
        return data

    def has(self, sha256: str) -> bool:
        """True when a file with this hash is in place (not checked)."""
        return self.path_of(sha256).is_file()

    def _check(self, path: Path, sha256: str) -> None:
        if sha256_hex(path.read_bytes()) != sha256:
            raise RegisterCorrupt(_changed(path, sha256))

    def files(self) -> Iterator[StoredFile]:
        """Every file in place in the store (the temporary folder is not part of it)."""
        if not self.root.is_dir():
            return
        for folder in sorted(self.root.iterdir()):
            if folder.name == _TMP or not folder.is_dir():
                continue
            for path in sorted(folder.iterdir()):
                yield StoredFile(path, folder.name + path.name)

    def remove_stale_temporaries(self, older_than: float = _STALE_TMP_SECONDS) -> int:
        """Delete temporary files a crashed program left behind; returns how many."""
        tmp_dir = self.root / _TMP
        if not tmp_dir.is_dir():
            return 0
        removed = 0
        limit = time.time() - older_than
        for path in tmp_dir.iterdir():
            with contextlib.suppress(OSError):
                if path.stat().st_mtime < limit:
                    path.unlink()
                    removed += 1
        return removed


def _fsync_dir(directory: Path) -> None:
    if os.name != "posix":
        return
    fd = os.open(directory, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _changed(path: Path, sha256: str) -> str:
    return _(
        "the stored file {path} has been changed: its SHA-256 is no longer {sha256}",
        path=path,
        sha256=sha256,
    )
