"""The first thing a new user sees (made when the window first greets with it)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize, Qt, Signal, SignalInstance
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from agreement_studio.gui.icons import app_icon, icon

__all__ = ["StartPage"]


class StartPage(QWidget):
    """An empty register: create the first agreement, open an example or a recent draft."""

    create_requested = Signal()
    example_requested = Signal()
    open_requested = Signal()
    recent_requested = Signal(Path)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("startPage")
        logo = QLabel()
        logo.setPixmap(app_icon().pixmap(QSize(72, 72)))
        logo.setAlignment(Qt.AlignmentFlag.AlignCenter)
        heading = QLabel(self.tr("Create your first agreement"))
        heading.setObjectName("startHeading")
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        heading.setFont(font)
        heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        intro = QLabel(
            self.tr(
                "Agreement Studio guides you through a network continuation agreement step by "
                "step: the network, its parties, coordination, meetings and what each party "
                "commits. You see the PDF take shape as you type."
            )
        )
        intro.setWordWrap(True)
        intro.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.create_button = self._button(
            self.tr("&Create your first agreement"), "document-new", self.create_requested
        )
        self.create_button.setDefault(True)
        self.example_button = self._button(
            # Not Alt+E: that opens the Edit menu.
            self.tr("Open an e&xample"),
            "example",
            self.example_requested,
        )
        self.open_button = self._button(
            self.tr("&Open a draft…"), "document-open", self.open_requested
        )
        buttons = QHBoxLayout()
        buttons.addStretch()
        for button in (self.create_button, self.example_button, self.open_button):
            buttons.addWidget(button)
        buttons.addStretch()

        self.recent_label = QLabel(self.tr("&Recent drafts"))
        self.recent = QListWidget()
        self.recent.setAccessibleName(self.tr("Recent drafts"))
        self.recent.setMaximumHeight(160)
        self.recent.itemActivated.connect(self._on_recent)
        self.recent_label.setBuddy(self.recent)

        column = QVBoxLayout()
        column.addStretch()
        for widget in (logo, heading, intro):
            column.addWidget(widget)
        column.addSpacing(16)
        column.addLayout(buttons)
        column.addSpacing(24)
        column.addWidget(self.recent_label)
        column.addWidget(self.recent)
        column.addStretch(2)
        frame = QFrame()
        frame.setLayout(column)
        frame.setMaximumWidth(640)
        outer = QHBoxLayout(self)
        outer.addStretch()
        outer.addWidget(frame)
        outer.addStretch()
        self.set_recent([])

    def _button(self, text: str, icon_name: str, signal: SignalInstance) -> QPushButton:
        button = QPushButton(icon(icon_name), text)
        button.setAccessibleName(text.replace("&", "").rstrip("…"))
        button.setIconSize(QSize(22, 22))
        button.setMinimumHeight(40)
        button.clicked.connect(signal.emit)
        return button

    def set_recent(self, paths: list[Path]) -> None:
        """Show these recent drafts (newest first); the list hides when there are none."""
        self.recent.clear()
        for path in paths:
            item = QListWidgetItem(icon("document-open"), path.name)
            item.setToolTip(str(path))
            item.setData(Qt.ItemDataRole.UserRole, str(path))
            self.recent.addItem(item)
        self.recent.setVisible(bool(paths))
        self.recent_label.setVisible(bool(paths))

    def _on_recent(self, item: QListWidgetItem) -> None:
        self.recent_requested.emit(Path(item.data(Qt.ItemDataRole.UserRole)))
