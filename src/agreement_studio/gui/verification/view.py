"""The verification view: the results tree, progress, trust and the buttons an auditor uses.

It only builds widgets and says what was asked (signals); the controller does the work.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, Qt, Signal, SignalInstance
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from agreement_studio.gui.icons import icon
from agreement_studio.gui.verification.model import VerificationModel, VerificationProxy

if TYPE_CHECKING:
    from agreement_studio.verification.report import FileReport, SignatureReport

__all__ = ["VerificationView", "dropped_paths"]


def dropped_paths(event: QDragEnterEvent | QDropEvent) -> list[Path]:
    """The PDFs and folders among the local files of a drag."""
    data = event.mimeData()
    if not data.hasUrls():
        return []
    paths = [Path(url.toLocalFile()) for url in data.urls() if url.isLocalFile()]
    return [p for p in paths if p.is_dir() or p.suffix.lower() == ".pdf"]


class _ResultsTree(QTreeView):
    """The tree; Enter on a signature asks for its signed version."""

    activated_signature = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter or Return on a row acts on it; other keys as usual."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self.activated_signature.emit()
            return
        super().keyPressEvent(event)


class VerificationView(QWidget):
    """Verified files, each expanding to its signatures and their details."""

    open_files_requested = Signal()
    open_folder_requested = Signal()
    paths_dropped = Signal(list)
    verify_again_requested = Signal()
    clear_requested = Signal()
    cancel_requested = Signal()
    add_anchor_requested = Signal()
    add_intermediate_requested = Signal()
    save_pdf_requested = Signal()
    save_json_requested = Signal()
    show_signed_requested = Signal()
    save_signed_requested = Signal()
    close_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("verificationView")
        self.setAcceptDrops(True)
        self.model = VerificationModel(self)
        self.proxy = VerificationProxy(self)
        self.proxy.setSourceModel(self.model)
        heading = QLabel(self.tr("Verify signatures"))
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        heading.setFont(font)
        self.close_button = self._button(
            self.tr("C&lose"), self.tr("Close the verification"), self.close_requested
        )
        top = QHBoxLayout()
        top.addWidget(heading, 1)
        top.addWidget(self.close_button)

        self.open_button = self._button(
            self.tr("&Open files…"),
            self.tr("Verify PDF files"),
            self.open_files_requested,
            "document-open",
        )
        self.folder_button = self._button(
            self.tr("Open a fol&der…"),
            self.tr("Verify every PDF in a folder"),
            self.open_folder_requested,
            "document-open",
        )
        self.again_button = self._button(
            self.tr("Verify &again"),
            self.tr("Verify the same files again"),
            self.verify_again_requested,
            "verify",
        )
        self.clear_button = self._button(
            self.tr("Clear res&ults"),
            self.tr("Remove every result from the list"),
            self.clear_requested,
            "list-remove",
        )
        self.pdf_button = self._button(
            self.tr("Save report as &PDF…"),
            self.tr("Save the verification report as a PDF"),
            self.save_pdf_requested,
            "document-save",
        )
        self.json_button = self._button(
            self.tr("Save as &JSON…"),
            self.tr("Save the verification report as JSON"),
            self.save_json_requested,
        )
        actions = QHBoxLayout()
        for button in (self.open_button, self.folder_button, self.again_button, self.clear_button):
            actions.addWidget(button)
        actions.addStretch()
        actions.addWidget(self.pdf_button)
        actions.addWidget(self.json_button)

        self.trust_label = QLabel()
        self.trust_label.setWordWrap(True)
        self.trust_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.anchor_button = self._button(
            self.tr("Add trust a&nchor…"),  # not Alt+T: that is the Tools menu
            self.tr("Trust a CA certificate for this session"),
            self.add_anchor_requested,
        )
        self.intermediate_button = self._button(
            self.tr("Add &intermediate…"),
            self.tr("Add an intermediate CA certificate for this session"),
            self.add_intermediate_requested,
        )
        trust = QHBoxLayout()
        trust.addWidget(self.trust_label, 1)
        trust.addWidget(self.anchor_button)
        trust.addWidget(self.intermediate_button)

        self.progress = QProgressBar()
        self.progress.setAccessibleName(self.tr("Verification progress"))
        self.progress.setTextVisible(True)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.cancel_button = self._button(
            self.tr("&Cancel"),
            self.tr("Stop verifying; the files verified so far stay"),
            self.cancel_requested,
        )
        running = QHBoxLayout()
        running.addWidget(self.progress, 2)
        running.addWidget(self.cancel_button)
        running.addWidget(self.status, 3)

        self.problems_only = QCheckBox(self.tr("Only files with p&roblems"))
        self.problems_only.setAccessibleName(self.tr("Show only files with problems"))
        self.problems_only.toggled.connect(self.proxy.set_problems_only)
        self.tree = self._tree()
        self.placeholder = QLabel(
            self.tr(
                "Drop PDF files or a folder here, or choose Open files or Open a folder. Each "
                "file's signatures are checked: who signed, whether the file is intact, whether "
                "anything changed afterwards, and whether the signer is trusted."
            )
        )
        self.placeholder.setWordWrap(True)
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.results = QStackedWidget()
        self.results.addWidget(self.placeholder)
        self.results.addWidget(self.tree)

        self.show_button = self._button(
            self.tr("Show &signed version"),
            self.tr("Show exactly the version of the file the chosen signature covers"),
            self.show_signed_requested,
            "signature",
        )
        self.save_signed_button = self._button(
            self.tr("Sa&ve signed version…"),
            self.tr("Save exactly the version of the file the chosen signature covers"),
            self.save_signed_requested,
        )
        below = QHBoxLayout()
        below.addWidget(self.problems_only)
        below.addStretch()
        below.addWidget(self.show_button)
        below.addWidget(self.save_signed_button)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(actions)
        layout.addLayout(trust)
        layout.addLayout(running)
        layout.addWidget(self.results, 1)
        layout.addLayout(below)
        self.set_running(False)
        self.update_buttons()

    def _button(
        self, text: str, tip: str, signal: SignalInstance, icon_name: str = ""
    ) -> QPushButton:
        button = QPushButton(text)
        button.setAccessibleName(text.replace("&", "").rstrip("…"))
        button.setToolTip(tip)
        if icon_name:
            button.setIcon(icon(icon_name))
        button.clicked.connect(signal)
        return button

    def _tree(self) -> _ResultsTree:
        tree = _ResultsTree()
        tree.setAccessibleName(self.tr("Verification results"))
        tree.setModel(self.proxy)
        tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        tree.setUniformRowHeights(True)  # thousands of rows stay quick to lay out
        tree.setAlternatingRowColors(True)
        tree.setSortingEnabled(True)
        tree.sortByColumn(VerificationModel.NAME, Qt.SortOrder.AscendingOrder)
        header = tree.header()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(VerificationModel.NAME, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(VerificationModel.NAME, 330)
        header.resizeSection(VerificationModel.VERDICT, 120)
        tree.selectionModel().currentChanged.connect(lambda *_: self.update_buttons())
        tree.doubleClicked.connect(self._double_clicked)
        tree.activated_signature.connect(self._enter)
        return tree

    # --- what the controller asks of it ---------------------------------------------------

    def selected_signature(self) -> tuple[FileReport, SignatureReport] | None:
        """(file report, signature report) of the current row, if it belongs to a signature."""
        return self.model.signature_of(self.proxy.mapToSource(self.tree.currentIndex()))

    def set_running(self, running: bool) -> None:
        """Show or hide the progress bar and the Cancel button."""
        for widget in (self.progress, self.cancel_button):
            widget.setVisible(running)
        self.cancel_button.setEnabled(running)
        if running:
            self.progress.setRange(0, 0)  # busy until the number of files is known
        self.update_buttons(running)

    def set_progress(self, done: int, total: int, text: str) -> None:
        """``done`` of ``total`` files verified; ``text`` says which."""
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)
        self.progress.setFormat(self.tr("{done} / {total}").format(done=done, total=total))
        if text:
            self.status.setText(text)

    def show_results(self) -> None:
        """Show the tree instead of the placeholder."""
        self.results.setCurrentWidget(self.tree)

    def show_placeholder(self) -> None:
        """Show what to do instead of the (empty) tree."""
        self.results.setCurrentWidget(self.placeholder)

    def update_buttons(self, running: bool | None = None) -> None:
        """Enable what makes sense: saving needs results, a signed version a signature."""
        if running is None:
            running = self.cancel_button.isVisibleTo(self)
        has_results = self.model.file_count() > 0
        for button in (self.pdf_button, self.json_button):
            button.setEnabled(has_results)
        self.again_button.setEnabled(has_results and not running)
        self.clear_button.setEnabled(has_results or running)
        signature = self.selected_signature() is not None
        self.show_button.setEnabled(signature)
        self.save_signed_button.setEnabled(signature)

    def _double_clicked(self, index: QModelIndex) -> None:
        if self.model.signature_of(self.proxy.mapToSource(index)) is not None:
            self.show_signed_requested.emit()

    def _enter(self) -> None:
        index = self.tree.currentIndex()
        if self.selected_signature() is not None:
            self.show_signed_requested.emit()
        elif index.isValid():
            self.tree.setExpanded(index, not self.tree.isExpanded(index))

    # --- drops ------------------------------------------------------------------------------

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        """Accept PDFs and folders."""
        if dropped_paths(event):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        """Verify the dropped PDFs and folders."""
        paths = dropped_paths(event)
        if paths:
            event.acceptProposedAction()
            self.paths_dropped.emit(paths)
