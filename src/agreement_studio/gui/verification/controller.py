"""Connects the verification view to the work: runs, results as they arrive, trust, saving.

A run goes through ``runner().run_with_progress``: the verifier's reports are posted back one
by one through a signal (queued to the GUI thread), so rows appear as files finish and the
event loop is never blocked. Cancel sets the task's stop flag, which ``verify_files`` polls
(``should_stop``) several times a second; whatever arrives after that is dropped.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QApplication, QMessageBox

from agreement_studio.gui.tasks import Task, TaskFailure, runner
from agreement_studio.gui.verification import ask
from agreement_studio.gui.verification.view import VerificationView
from agreement_studio.gui.verification.work import RunStarted, verify_run, write_json

if TYPE_CHECKING:
    from agreement_studio.gui.main_window import MainWindow

__all__ = ["VerificationController"]


class _Relay(QObject):
    """Made on the GUI thread; a signal emitted by the worker is delivered here, queued."""

    posted = Signal(int, object)


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
        self.session_anchors: list[Path] = []
        self.session_intermediates: list[Path] = []
        self.anchor_names: list[str] = []
        self.jobs: int | None = None
        """Worker processes per run (``None``: one per core)."""
        self.task: Task | None = None
        self._run = 0
        self._order: dict[str, int] = {}
        self._total = 0
        self._relay = _Relay(self)
        self._relay.posted.connect(self._on_posted)
        self._connect()
        self._show_trust(None)
        QApplication.instance().aboutToQuit.connect(self.cancel)

    def _connect(self) -> None:
        v = self.view
        v.open_files_requested.connect(self.open_files)
        v.open_folder_requested.connect(self.open_folder)
        v.paths_dropped.connect(self.verify)
        v.verify_again_requested.connect(lambda: self.verify(self.inputs))
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
        self.window.setWindowTitle(self.tr("Verify signatures"))
        self.view.tree.setFocus()

    def verify(self, paths: list[Path]) -> None:
        """Verify these PDFs and folders (the results replace the previous ones)."""
        self.show()
        if not paths:
            return
        self.cancel()
        self.inputs = list(paths)
        self._run += 1
        self._order, self._total = {}, 0
        self.view.model.clear()
        self.view.status.setText(self.tr("Looking for PDF files…"))
        self.view.set_running(True)
        anchors, intermediates = self._trust_files()
        run, relay = self._run, self._relay
        self.task = runner().run_with_progress(
            verify_run, list(paths), anchors, intermediates,
            lambda item: relay.posted.emit(run, item), self.jobs,
            on_progress=self._on_progress, on_result=self._on_done,
            on_error=self._on_failed, owner=self)
        self.task.cancelled.connect(self._on_cancelled)
        self.task.done.connect(self._finished)

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
        from agreement_studio.gui.preferences import load_preferences
        from agreement_studio.signing.trust import configured_anchor_files

        anchors = [Path(p) for p in load_preferences().trust_anchors]
        anchors += configured_anchor_files() + self.session_anchors
        return anchors, list(self.session_intermediates)

    def _on_posted(self, run: int, item: Any) -> None:
        if run != self._run or not self.is_running():
            return  # from a run that was cancelled or replaced
        if isinstance(item, RunStarted):
            self._order = {str(p): n for n, p in enumerate(item.files)}
            self._total = len(item.files)
            self._show_trust(item.trust)
            return
        self.view.model.add_report(item, self._order.get(str(item.path), -1))
        if self.view.model.file_count() == 1:
            self.view.show_results()
            self.view.update_buttons()

    def _on_progress(self, done: int, total: int, name: str) -> None:
        self.view.set_progress(done, total, self.tr("Verified {done} of {total}: {name}").format(
            done=done, total=total, name=name) if name else "")

    def _on_done(self, count: int) -> None:
        self.view.status.setText(self._summary())

    def _on_cancelled(self) -> None:
        self.view.status.setText(self.tr("Cancelled after {done} of {total} files.").format(
            done=self.view.model.file_count(), total=self._total or len(self.inputs)))

    def _on_failed(self, failure: TaskFailure) -> None:
        self.view.status.setText(failure.message)

    def _finished(self) -> None:
        self.view.set_running(False)
        self.run_finished.emit()

    def _summary(self) -> str:
        verdicts = [r.verdict.value for r in self.view.model.reports()]
        return self.tr("{files} files verified: {valid} valid, {untrusted} untrusted, "
                       "{unsigned} unsigned, {rejected} rejected (modified, invalid or "
                       "error).").format(
            files=len(verdicts), valid=verdicts.count("valid"),
            untrusted=verdicts.count("untrusted"), unsigned=verdicts.count("unsigned"),
            rejected=sum(v in ("modified", "invalid", "error") for v in verdicts))

    # --- trust -------------------------------------------------------------------------------

    def _show_trust(self, trust: Any) -> None:
        if trust is None:
            text = self.tr("Trust anchors come from Preferences; add more for this session "
                           "here.")
        elif trust.anchor_names:
            self.anchor_names = trust.anchor_names
            text = self.tr("Trusted: {names}.").format(names=", ".join(trust.anchor_names))
        else:
            self.anchor_names = []
            text = self.tr("No trust anchors: intact signatures show as untrusted. Add the "
                           "network's CA certificate here or in Preferences.")
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
            self.verify(self.inputs)  # see the files in the light of the new trust

    # --- saving ------------------------------------------------------------------------------

    def save_pdf(self) -> None:
        """Save the report as a PDF, in the window's language."""
        reports = self.view.model.reports()
        path = ask.save_path(self.view, self.tr("Save the report as PDF"),
                             "verification-report.pdf", self.tr("PDF documents (*.pdf)"))
        if path is None or not reports:
            return
        from agreement_studio.gui.i18n import ui_language
        from agreement_studio.gui.preferences import load_preferences
        from agreement_studio.gui.verification.words import report_words
        from agreement_studio.pdf import write_report

        language = ui_language(load_preferences().ui_language)
        self._save(write_report, path, reports, words=report_words(),
                   trust_names=list(self.anchor_names), language=language)

    def save_json(self) -> None:
        """Save the report as JSON (the shape of ``agreement-studio verify --json``)."""
        reports = self.view.model.reports()
        path = ask.save_path(self.view, self.tr("Save the report as JSON"),
                             "verification-report.json", self.tr("JSON files (*.json)"))
        if path is not None and reports:
            self._save(write_json, path, reports)

    def _save(self, write: Any, path: Path, *args: Any, **options: Any) -> None:
        self.view.status.setText(self.tr("Saving {name}…").format(name=path.name))
        runner().run(lambda: write(path, *args, **options), owner=self,
                     on_result=lambda _: self._saved(path), on_error=self._save_failed)

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
        from agreement_studio.signing import signed_revision

        runner().run(signed_revision, file.path, signature.index, owner=self,
                     on_result=lambda data: self._show_revision(data, file, signature),
                     on_error=self._revision_failed)

    def _show_revision(self, data: bytes, file: Any, signature: Any) -> None:
        from agreement_studio.gui.verification.signed_version import SignedVersionDialog
        from agreement_studio.gui.verification.words import report_words
        from agreement_studio.pdf.report import signature_heading

        words = report_words()
        dialog = SignedVersionDialog(data, Path(file.path).name,
                                     signature_heading(signature, words),
                                     signature.signer or words["unknown"], self.window)
        dialog.save_requested.connect(lambda: self._save_revision(data, file, signature,
                                                                  dialog))
        self.signed_dialog = dialog
        dialog.show()

    def save_signed_version(self) -> None:
        """Save the revision the chosen signature covers to a file the person chooses."""
        chosen = self.view.selected_signature()
        if chosen is None:
            return
        file, signature = chosen
        from agreement_studio.signing import signed_revision

        runner().run(signed_revision, file.path, signature.index, owner=self,
                     on_result=lambda data: self._save_revision(data, file, signature),
                     on_error=self._revision_failed)

    def _save_revision(self, data: bytes, file: Any, signature: Any,
                       parent: Any = None) -> None:
        stem = Path(file.path).stem
        path = ask.save_path(parent or self.view, self.tr("Save the signed version"),
                             f"{stem}-signature-{signature.index + 1}.pdf",
                             self.tr("PDF documents (*.pdf)"))
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
