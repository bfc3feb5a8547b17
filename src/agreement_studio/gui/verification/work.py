"""What the verification does off the GUI thread: find the PDFs, read the trust, verify, save.

Nothing here touches a widget. :func:`verify_run` hands each result to ``post`` the moment the
verifier yields it (the controller's ``post`` puts it in a queue the GUI thread empties) and
stops within a fraction of a second once the task is cancelled.
"""

from __future__ import annotations

import contextlib
import json
import os
import time
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from agreement_studio.errors import InputError

if TYPE_CHECKING:
    from agreement_studio.gui.tasks import TaskContext
    from agreement_studio.verification import FileReport, TrustStore

__all__ = [
    "RunStarted",
    "Stamp",
    "TrustSetup",
    "pdfs_in",
    "read_trust",
    "report_json",
    "stamp_of",
    "verify_run",
    "write_json",
]

PROGRESS_EVERY_S = 0.25


def pdfs_in(paths: Iterable[Path]) -> list[Path]:
    """The PDFs named, with each folder replaced by the PDFs in it (sorted); no duplicates."""
    found: list[Path] = []
    for path in paths:
        if path.is_dir():
            found += sorted(
                p for p in path.rglob("*") if p.suffix.lower() == ".pdf" and p.is_file()
            )
        else:
            found.append(path)  # a file that cannot be read gets its own error row
    return list(dict.fromkeys(found))


@dataclass
class TrustSetup:
    """The trust a run verifies with, and what could not be read."""

    store: TrustStore
    anchor_names: list[str] = field(default_factory=list)
    """The anchors as ``common name (SHA-256 fingerprint)``, for the view and the reports."""
    unreadable: list[str] = field(default_factory=list)
    """Certificate files that could not be read, with why."""


def read_trust(anchors: Sequence[Path], intermediates: Sequence[Path]) -> TrustSetup:
    """A trust store from certificate files; a file that cannot be read is left out and named."""
    from agreement_studio.pdf.report import describe_anchors
    from agreement_studio.verification.trust import TrustStore, read_certificates

    unreadable: list[str] = []

    def certificates(paths: Sequence[Path]) -> list[bytes]:
        ders = []
        for path in dict.fromkeys(paths):
            try:
                ders += read_certificates(path)
            except InputError as error:
                unreadable.append(str(error))
        return ders

    store = TrustStore(certificates(anchors), certificates(intermediates))
    try:
        names = describe_anchors(store)
    except (ValueError, TypeError):  # a damaged certificate has no name
        names = []
    return TrustSetup(store, names, unreadable)


Stamp = tuple[int, int]
"""A file's modification time (ns) and size: a file whose stamp is unchanged is not re-read."""


def stamp_of(path: Path) -> Stamp | None:
    """The file's stamp, or None when it cannot be read (it is verified, to say why)."""
    try:
        status = path.stat()
    except OSError:
        return None
    return status.st_mtime_ns, status.st_size


@dataclass(frozen=True)
class RunStarted:
    """Posted first: the files the run verifies, in order, and the trust it uses."""

    files: list[Path]
    trust: TrustSetup
    stamps: dict[str, Stamp | None] = field(default_factory=dict)
    """Each file's stamp as it was found (keyed by ``str(path)``, as reports name it)."""
    skipped: int = 0
    """Files left out: already verified and unchanged since."""


def verify_run(
    context: TaskContext,
    inputs: Sequence[Path],
    anchors: Sequence[Path],
    intermediates: Sequence[Path],
    post: Callable[[Any], None],
    jobs: int | None = None,
    known: Mapping[str, Stamp | None] | None = None,
) -> int:
    """Verify the PDFs in ``inputs``; ``post`` gets a :class:`RunStarted`, then each report.

    A file in ``known`` whose stamp is unchanged (verified before, not changed since) is
    left out. Returns how many files were verified (fewer when cancelled).
    """
    from agreement_studio.verification import verify_files

    found = pdfs_in(inputs)
    if not found:
        raise InputError("there are no PDF files there")
    known = known or {}
    stamps = {str(p): stamp_of(p) for p in found}
    files = [p for p in found if stamps[str(p)] is None or known.get(str(p)) != stamps[str(p)]]
    trust = read_trust(anchors, intermediates)
    post(RunStarted(files, trust, {str(p): stamps[str(p)] for p in files}, len(found) - len(files)))
    if not files:
        return 0
    total = len(files)
    done, reported = 0, 0.0
    results = verify_files(
        files, trust=trust.store, jobs=jobs, should_stop=lambda: context.cancelled
    )
    with contextlib.closing(results):
        for report in results:
            if context.cancelled:
                break
            done += 1
            post(report)
            now = time.monotonic()
            if now - reported > PROGRESS_EVERY_S or done == total:
                # A few times a second is enough for a progress bar (each report is a signal).
                context.progress(done, total, Path(report.path or "").name)
                reported = now
    return done


def report_json(reports: Sequence[FileReport], anchors: Sequence[str] = ()) -> str:
    """The report as ``agreement-studio verify --json`` prints it (``report_document``)."""
    from agreement_studio.pdf.report import report_document

    document = report_document(reports, anchors)
    return json.dumps(document, ensure_ascii=False, indent=2, default=str) + "\n"


def write_json(
    path: str | os.PathLike[str], reports: Sequence[FileReport], anchors: Sequence[str] = ()
) -> Path:
    """Write the JSON report atomically."""
    from agreement_studio.fileio import write_text_atomic

    return write_text_atomic(path, report_json(reports, anchors))
