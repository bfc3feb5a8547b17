"""Writing files so that a failure never leaves a half-written or damaged file behind."""

from __future__ import annotations

import contextlib
import errno
import os
import tempfile
from pathlib import Path

from agreement_studio.errors import OutputError
from agreement_studio.i18n import translatable

_ = translatable(__name__)


def _explain(error: OSError, path: Path) -> str:
    if error.errno == errno.ENOSPC:
        return _("cannot write {path}: the disk is full; free some space and try again", path=path)
    if error.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return _("cannot write {path}: permission denied; choose another folder", path=path)
    if error.errno == errno.ENOENT:
        return _("cannot write {path}: the folder does not exist", path=path)
    return _("cannot write {path}: {reason}", path=path, reason=error.strerror or str(error))


def write_atomic(path: str | os.PathLike[str], data: bytes, *, mode: int | None = None) -> Path:
    """Write ``data`` to ``path`` through a temporary file beside it, flushed, then renamed.

    Either the whole new content is at ``path`` afterwards, or the old file (if any) is untouched
    and :class:`OutputError` says why. ``mode`` sets the permission bits (e.g. ``0o600``).
    """
    target = Path(path)
    directory = target.parent if str(target.parent) else Path(".")
    tmp_name: str | None = None
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=directory)
        try:
            if mode is not None:
                os.fchmod(fd, mode)
            with os.fdopen(fd, "wb") as handle:
                handle.write(data)
                handle.flush()
                os.fsync(handle.fileno())
        except BaseException:
            with contextlib.suppress(OSError):
                os.close(fd)
            raise
        os.replace(tmp_name, target)
        tmp_name = None
        _fsync_directory(directory)
    except OSError as error:
        raise OutputError(_explain(error, target)) from None
    finally:
        if tmp_name is not None:
            with contextlib.suppress(OSError):
                os.unlink(tmp_name)
    return target


def write_text_atomic(path: str | os.PathLike[str], text: str, *, mode: int | None = None) -> Path:
    """:func:`write_atomic` for UTF-8 text."""
    return write_atomic(path, text.encode("utf-8"), mode=mode)


def _fsync_directory(directory: Path) -> None:
    if os.name != "posix":
        return
    try:
        fd = os.open(directory, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
