"""The window's way to the register: opened once, off the GUI thread, after the window shows.

Importing :mod:`agreement_studio.register` loads SQLAlchemy (a few hundred milliseconds), so
nothing here imports it at module level. A register that does not exist yet (a first start,
with the default SQLite file absent) is not created just to learn that it is empty: the window
greets with the start page and the file is made by the first write.

Every piece of work runs as ``work(register, *args)`` through the task runner; the first one
to need the register opens it (under a lock, so two workers never open it twice).

SQLite's quick check reads the whole file (about two seconds for 100,000 agreements), so the
window does not wait for it: the register opens with ``check_storage="before-write"``, the first
page shows, and the check then runs as a task of its own. A write waits for the check under way
(or runs it) and is refused when the file is damaged; a damaged file is named in the view
(:attr:`RegisterAccess.damaged`).
"""

from __future__ import annotations

import os
import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal

if TYPE_CHECKING:
    from agreement_studio.gui.tasks import Task, TaskFailure
    from agreement_studio.register import Register

__all__ = ["RegisterAccess", "configured_location"]

REGISTER_ENV = "AGREEMENT_STUDIO_REGISTER"  # the register layer's own variable (location.py)
DEFAULT_FILE_NAME = "register.sqlite"  # as location.py names the default register


def configured_location() -> str:
    """The register to use: ``AGREEMENT_STUDIO_REGISTER``, else Preferences, else the default.

    An empty string means the default SQLite file in the data folder.
    """
    from agreement_studio.preferences import load_preferences

    return os.environ.get(REGISTER_ENV, "") or load_preferences().register_location


def _sqlite_file(location: str) -> Path | None:
    """The SQLite file a location names (None for a database server URL).

    Mirrors :func:`agreement_studio.register.resolve_location` for plain paths, which cannot
    be imported here without loading SQLAlchemy.
    """
    from agreement_studio.preferences import sqlite_register_file

    return sqlite_register_file(location)


class RegisterAccess(QObject):
    """Opens the register when first needed and runs work on it in the background."""

    opened = Signal()
    """The register was opened (and :attr:`count` is known)."""
    open_failed = Signal(object)
    """The register could not be opened: a :class:`TaskFailure`."""
    changed = Signal(str)
    """Something was recorded for this document ID (the views reload)."""
    damaged = Signal(object)
    """SQLite's quick check, run after opening, found the file damaged: a :class:`TaskFailure`."""

    def __init__(self, location: str | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.location = configured_location() if location is None else location
        self.register: Register | None = None
        self.count: int | None = 0 if self.missing() else None
        """Agreements in the register; None until the register has been opened."""
        self.recording = 0
        """Agreements being recorded from a finished wizard (the register will not be empty)."""
        self._lock = threading.Lock()
        self._opening: Task | None = None
        self._checking: Task | None = None

    # --- what is known without opening it ------------------------------------------------
    def missing(self) -> bool:
        """True when the register is an SQLite file that does not exist (yet)."""
        if self.register is not None:
            return False
        path = _sqlite_file(self.location)
        return path is not None and not path.exists()

    def is_empty(self) -> bool:
        """Whether to greet with the start page; False while the count is still unknown or
        an agreement is being recorded."""
        return self.count == 0 and not self.recording

    # --- opening ---------------------------------------------------------------------------
    def ensure_open(self) -> Register:
        """The open register (opened, or created, now if need be); call it off the GUI thread."""
        with self._lock:
            if self.register is None:
                from agreement_studio.register import open_register

                self.register = open_register(self.location or None, check_storage="before-write")
            return self.register

    def open(self) -> None:
        """Open an existing register in the background (nothing happens if it is missing)."""
        if self.register is not None or self._opening is not None or self.missing():
            return
        from agreement_studio.gui.tasks import runner

        def open_and_count() -> int:
            return self.ensure_open().count()

        self._opening = runner().run(
            open_and_count,
            on_result=self._on_opened,
            on_error=self._on_open_failed,
            owner=self,
            at_quit="abandon",  # only reads: quitting need not wait for it
        )

    def _on_opened(self, count: int) -> None:
        self._opening = None
        self.count = count
        self.opened.emit()
        self.check_storage()

    def check_storage(self) -> None:
        """Run SQLite's quick check of the open register in the background (once)."""
        register = self.register
        if register is None or register.storage_checked or self._checking is not None:
            return
        from agreement_studio.gui.tasks import runner

        self._checking = runner().run(
            register.check_storage,
            on_error=self.damaged.emit,
            owner=self,
            at_quit="abandon",  # only reads: quitting need not wait for it
        )

    def _on_open_failed(self, failure: TaskFailure) -> None:
        self._opening = None
        self.open_failed.emit(failure)

    # --- work --------------------------------------------------------------------------------
    def run(
        self,
        work: Callable[..., Any],
        *args: Any,
        on_result: Callable[[Any], None] | None = None,
        on_error: Callable[[TaskFailure], None] | None = None,
        owner: QObject | None = None,
        create: bool = True,
        at_quit: str = "finish",
    ) -> Task:
        """Run ``work(register, *args)`` off the GUI thread.

        With ``create=False`` a missing register is not created: the work is skipped and the
        result is ``None`` (reading an empty register needs no database file). Work that only
        reads passes ``at_quit="abandon"`` (quitting does not wait for it).
        """
        from agreement_studio.gui.tasks import runner

        def call() -> Any:
            if not create and self.missing():
                return None
            return work(self.ensure_open(), *args)

        return runner().run(
            call, on_result=on_result, on_error=on_error, owner=owner or self, at_quit=at_quit
        )

    def recorded(self, document_id: str, *, added: int = 0) -> None:
        """Tell the views that ``document_id`` changed (``added`` new agreements)."""
        if added:
            self.count = (self.count or 0) + added
        self.changed.emit(document_id)

    def close(self) -> None:
        """Release the database connections (the window is closing)."""
        with self._lock:
            if self.register is not None:
                self.register.close()
