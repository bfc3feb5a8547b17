"""Connects the verification view to the work: runs, results as they arrive, trust, saving.

A run goes through ``runner().run_with_progress``: the worker thread drives ``verify_files``
and puts each report into the run's inbox (a ``deque``, safe between threads) the moment the
verifier yields it; a timer on the GUI thread takes what has arrived a few times a second
(``SHOW_EVERY_MS``) and shows it in one insertion. Showing each of hundreds of files on its own
would keep the event loop busy (a view lays itself out per insertion, a progress bar repaints at
once), and a signal per file would cost a reference to ``True`` each with PySide6 6.12 on
Python 3.11 (``emit()`` returns it without taking one). Cancel sets the task's stop flag, which
``verify_files`` polls (``should_stop``) several times a second; what arrived before is shown,
whatever the worker adds afterwards goes to an inbox nobody reads.
"""

from __future__ import annotations

from collections import deque
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication, QMessageBox

from agreement_studio.gui.tasks import Task, TaskFailure, runner
from agreement_studio.gui.verification import ask
from agreement_studio.gui.verification.view import VerificationView
from agreement_studio.gui.verification.work import RunStarted, Stamp, verify_run, write_json

if TYPE_CHECKING:
    from agreement_studio.gui.main_window import MainWindow

__all__ = ["SHOW_EVERY_MS", "VerificationController"]

SHOW_EVERY_MS = 150
"""How often results that have arrived are shown while a run goes on."""


class VerificationController(QObject):
    """Owns the view and the current run."""

    run_finished = Signal()
    """A run ended (completed, cancelled or failed)."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.view = VerificationView()
        self.view.setParent(window)
        window.stack.addWidget(self.view)
        self.inputs: list[Path] = []
        """Every PDF and folder opened since the results were last cleared."""
        self._run_inputs: list[Path] = []
        self._stamps: dict[str, Stamp | None] = {}
        """Each file shown, with its time and size when it was verified."""
        self._pending_stamps: dict[str, Stamp | None] = {}
        self._done = 0
        self._skipped = 0
        self.session_anchors: list[Path] = []
        self.session_intermediates: list[Path] = []
        self.anchor_names: list[str] = []
        self.jobs: int | None = None
        """Worker processes per run (``None``: one per core)."""
        self.task: Task | None = None
        self._inbox: deque[Any] = deque()
        self._order: dict[str, int] = {}
        self._total = 0
        self._latest = ""
        self._show_timer = QTimer(self)
        self._show_timer.setInterval(SHOW_EVERY_MS)
        self._show_timer.timeout.connect(self._show_arrived)
        self._connect()
        self._show_trust(None)
        app = QApplication.instance()
        assert app is not None, "the verification window needs a running application"
        app.aboutToQuit.connect(self.cancel)

    def _connect(self) -> None:
        v = self.view
        v.open_files_requested.connect(self.open_files)
        v.open_folder_requested.connect(self.open_folder)
        v.paths_dropped.connect(self.verify)
        v.verify_again_requested.connect(self.verify_again)
        v.clear_requested.connect(self.clear)
        v.cancel_requested.connect(self.cancel)
        v.close_requested.connect(self.close)
        v.add_anchor_requested.connect(lambda: self._add_certificates(intermediate=False))
        v.add_intermediate_requested.connect(lambda: self._add_certificates(intermediate=True))
        v.save_pdf_requested.connect(self.save_pdf)
        v.save_json_requested.connect(self.save_json)
        v.show_signed_requested.connect(self.show_signed_version)
        v.save_signed_requested.connect(self.save_signed_version)

    # --- runs --------------------------------------------------------------------------------

    def show(self) -> None:
        """Bring the view forward."""
        self.window.stack.setCurrentWidget(self.view)
        self.window.set_view_title(self.tr("Verify signatures"))
        self.view.tree.setFocus()

    def verify(self, paths: list[Path]) -> None:
        """Verify these PDFs and folders, adding them to the results.

        A file that already has a result is verified again only when it has changed since
        (its time or size); a run still going on is finished within the new one.
        """
        self._start(paths, fresh=False)

    def verify_again(self) -> None:
        """Verify every file opened so far again, from scratch (e.g. with new trust)."""
        self._start(list(self.inputs), fresh=True)

    def clear(self) -> None:
        """Stop any run and forget every result."""
        self.cancel()
        self.inputs, self._stamps, self._order, self._run_inputs = [], {}, {}, []
        self.view.model.clear()
        self.view.status.setText("")
        self.view.show_placeholder()
        self.view.update_buttons()

    def _start(self, paths: list[Path], *, fresh: bool) -> None:
        self.show()
        if not paths:
            return
        unfinished = list(self._run_inputs) if self.is_running() else []
        self.cancel()
        if fresh:
            self._stamps, self._order = {}, {}
            self.view.model.clear()
        self.inputs = list(dict.fromkeys([*([] if fresh else self.inputs), *paths]))
        self._run_inputs = list(dict.fromkeys([*unfinished, *paths]))
        self._inbox = deque()  # a fresh one: a run still winding down fills the old one
        self._pending_stamps = {}
        self._total, self._done, self._skipped, self._latest = 0, 0, 0, ""
        self.view.status.setText(self.tr("Looking for PDF files…"))
        self.view.set_running(True)
        anchors, intermediates = self._trust_files()
        self.task = runner().run_with_progress(
            verify_run,
            list(self._run_inputs),
            anchors,
            intermediates,
            self._inbox.append,
            self.jobs,
            dict(self._stamps),
            on_progress=self._on_progress,
            on_result=self._on_done,
            on_error=self._on_failed,
            owner=self,
        )
        self.task.cancelled.connect(self._on_cancelled)
        self.task.done.connect(self._finished)
        self._show_timer.start()

    def cancel(self) -> None:
        """Stop the run; the files verified so far stay."""
        if self.task is not None and self.task.is_running:
            self.task.cancel()

    def is_running(self) -> bool:
        """Whether a run is going on."""
        return self.task is not None and self.task.is_running

    def close(self) -> None:
        """Stop any run and go back to the window's home."""
        self.cancel()
        self.window.show_home()

    def _trust_files(self) -> tuple[list[Path], list[Path]]:
        from agreement_studio.preferences import load_preferences
        from agreement_studio.verification.trust import configured_anchor_files

        anchors = [Path(p) for p in load_preferences().trust_anchors]
        anchors += configured_anchor_files() + self.session_anchors
        return anchors, list(self.session_intermediates)

    def _on_progress(self, done: int, total: int, name: str) -> None:
        self._latest = name

    def _show_arrived(self) -> None:
        """Show what has arrived in the inbox since the last time, and the progress."""
        inbox, arrived = self._inbox, []
        while inbox:
            item = inbox.popleft()
            if isinstance(item, RunStarted):
                for path in item.files:
                    self._order.setdefault(str(path), len(self._order))
                self._pending_stamps = dict(item.stamps)
                self._total, self._skipped = len(item.files), item.skipped
                self._show_trust(item.trust)
            else:
                key = str(item.path)
                arrived.append((item, self._order.get(key, -1)))
                if key in self._pending_stamps:
                    self._stamps[key] = self._pending_stamps[key]
                self._latest = Path(item.path or "").name
        if arrived:
            self._done += len(arrived)
            self.view.model.add_reports(arrived)
            self.view.show_results()
            self.view.update_buttons()
        if self._total and self.is_running():
            self.view.set_progress(
                self._done,
                self._total,
                self.tr("Verified {done} of {total}: {name}").format(
                    done=self._done, total=self._total, name=self._latest
                )
                if self._latest
                else "",
            )

    def _on_done(self, count: int) -> None:
        self._show_arrived()
        self.view.status.setText(self._summary())

    def _on_cancelled(self) -> None:
        self._show_arrived()
        self._inbox = deque()  # what the worker still adds is not shown
        self.view.status.setText(
            self.tr("Cancelled after {done} of {total} files.").format(
                done=self._done, total=self._total or len(self._run_inputs)
            )
        )

    def _on_failed(self, failure: TaskFailure) -> None:
        self._show_arrived()
        self.view.status.setText(failure.message)

    def _finished(self) -> None:
        self._show_timer.stop()
        self.view.set_running(False)
        self.run_finished.emit()

    def _summary(self) -> str:
        reports = self.view.model.reports()
        unchanged = (
            self.tr("{count} files unchanged since they were verified: not verified again.").format(
                count=self._skipped
            )
            if self._skipped
            else ""
        )
        parts = (self._counts(reports), unchanged, self._validated(reports))
        return " ".join(part for part in parts if part)

    @staticmethod
    def _validated(reports: list[Any]) -> str:
        """``Validation time: 2026-12-05 00:57 UTC``, or the range from the first result shown
        to the latest (files added later were checked later), or nothing."""
        from agreement_studio.gui.verification.words import report_words
        from agreement_studio.pdf.report import format_moment

        times = [r.validation_time for r in reports if r.validation_time is not None]
        if not times:
            return ""
        first, last = format_moment(min(times)), format_moment(max(times))
        when = first if first == last else f"{first} – {last}"
        return f"{report_words()['fact.validated']}: {when}."

    def _counts(self, reports: list[Any]) -> str:
        verdicts = [r.verdict.value for r in reports]
        return self.tr(
            "{files} files verified: {valid} valid, {untrusted} untrusted, "
            "{unsigned} unsigned, {rejected} rejected (modified, invalid or "
            "error)."
        ).format(
            files=len(verdicts),
            valid=verdicts.count("valid"),
            untrusted=verdicts.count("untrusted"),
            unsigned=verdicts.count("unsigned"),
            rejected=sum(v in ("modified", "invalid", "error") for v in verdicts),
        )

    # --- trust -------------------------------------------------------------------------------

    def _show_trust(self, trust: Any) -> None:
        if trust is None:
            text = self.tr("Trust anchors come from Preferences; add more for this session here.")
        elif trust.anchor_names:
            self.anchor_names = trust.anchor_names
            text = self.tr("Trusted: {names}.").format(names=", ".join(trust.anchor_names))
        else:
            self.anchor_names = []
            text = self.tr(
                "No trust anchors: intact signatures show as untrusted. Add the "
                "network's CA certificate here or in Preferences."
            )
        if trust is not None:
            self.view.model.set_anchors(self.anchor_names)
        if trust is not None and trust.unreadable:
            text += " " + self.tr("Not used: {files}").format(files="; ".join(trust.unreadable))
        self.view.trust_label.setText(text)

    def _add_certificates(self, intermediate: bool) -> None:
        files = ask.certificates(self.view, intermediate)
        if not files:
            return
        target = self.session_intermediates if intermediate else self.session_anchors
        target += [f for f in files if f not in target]
        if self.inputs:
            self.verify_again()  # see the files in the light of the new trust

    # --- saving ------------------------------------------------------------------------------

    def save_pdf(self) -> None:
        """Save the report as a PDF, in the window's language."""
        reports = self.view.model.reports()
        path = ask.save_path(
            self.view,
            self.tr("Save the report as PDF"),
            "verification-report.pdf",
            self.tr("PDF documents (*.pdf)"),
        )
        if path is None or not reports:
            return
        from agreement_studio.gui.i18n import ui_language
        from agreement_studio.gui.verification.words import report_words
        from agreement_studio.pdf import write_report
        from agreement_studio.preferences import load_preferences

        language = ui_language(load_preferences().ui_language)
        self._save(
            write_report,
            path,
            reports,
            words=report_words(),
            trust_names=list(self.anchor_names),
            language=language,
        )

    def save_json(self) -> None:
        """Save the report as JSON (the shape of ``agreement-studio verify --json``)."""
        reports = self.view.model.reports()
        path = ask.save_path(
            self.view,
            self.tr("Save the report as JSON"),
            "verification-report.json",
            self.tr("JSON files (*.json)"),
        )
        if path is not None and reports:
            self._save(write_json, path, reports, list(self.anchor_names))

    def _save(self, write: Any, path: Path, *args: Any, **options: Any) -> None:
        self.view.status.setText(self.tr("Saving {name}…").format(name=path.name))
        runner().run(
            lambda: write(path, *args, **options),
            owner=self,
            on_result=lambda _: self._saved(path),
            on_error=self._save_failed,
        )

    def _saved(self, path: Path) -> None:
        self.view.status.setText(self.tr("Saved {name}.").format(name=path.name))

    def _save_failed(self, failure: TaskFailure) -> None:
        self.view.status.setText("")
        QMessageBox.warning(self.view, self.tr("Save"), failure.message)

    # --- the version a signature covers --------------------------------------------------

    def show_signed_version(self) -> None:
        """Open the revision the chosen signature covers in a window."""
        chosen = self.view.selected_signature()
        if chosen is None:
            return
        file, signature = chosen
        from agreement_studio.verification import signed_revision

        runner().run(
            signed_revision,
            file.path,
            signature.index,
            owner=self,
            on_result=lambda data: self._show_revision(data, file, signature),
            on_error=self._revision_failed,
        )

    def _show_revision(self, data: bytes, file: Any, signature: Any) -> None:
        from agreement_studio.gui.verification.signed_version import SignedVersionDialog
        from agreement_studio.gui.verification.words import report_words
        from agreement_studio.pdf.report import signature_heading

        words = report_words()
        dialog = SignedVersionDialog(
            data,
            Path(file.path).name,
            signature_heading(signature, words),
            signature.signer or words["unknown"],
            self.window,
        )
        dialog.save_requested.connect(lambda: self._save_revision(data, file, signature, dialog))
        self.signed_dialog = dialog
        dialog.show()

    def save_signed_version(self) -> None:
        """Save the revision the chosen signature covers to a file the person chooses."""
        chosen = self.view.selected_signature()
        if chosen is None:
            return
        file, signature = chosen
        from agreement_studio.verification import signed_revision

        runner().run(
            signed_revision,
            file.path,
            signature.index,
            owner=self,
            on_result=lambda data: self._save_revision(data, file, signature),
            on_error=self._revision_failed,
        )

    def _save_revision(self, data: bytes, file: Any, signature: Any, parent: Any = None) -> None:
        stem = Path(file.path).stem
        path = ask.save_path(
            parent or self.view,
            self.tr("Save the signed version"),
            f"{stem}-signature-{signature.index + 1}.pdf",
            self.tr("PDF documents (*.pdf)"),
        )
        if path is None:
            return
        from agreement_studio.fileio import write_atomic

        self._save(write_atomic, path, data)

    def _revision_failed(self, failure: TaskFailure) -> None:
        QMessageBox.warning(self.view, self.tr("Signed version"), failure.message)

    # --- asking for files ----------------------------------------------------------------

    def open_files(self) -> None:
        """Ask for PDFs and verify them."""
        paths = ask.pdfs(self.view)
        if paths:
            self.verify(paths)

    def open_folder(self) -> None:
        """Ask for a folder and verify every PDF in it."""
        folder = ask.folder(self.view)
        if folder is not None:
            self.verify([folder])
