"""What every wizard page shares: fields bound to the draft, and its problems shown in words.

A page edits the session's agreement directly; each field knows its path in the draft
(``network.name``, ``parties[2].business_id``). After every edit the page asks
:mod:`agreement_studio.drafting.wizard` what its step still lacks, shows each problem under its
field, lists the rest at the bottom of the page, and tells the wizard whether Next is allowed.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from pydantic import ValidationError
from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from agreement_studio.drafting import Step, WizardSession, can_advance, lines, step_problems
from agreement_studio.errors import Problem
from agreement_studio.gui.messages import location, problem_text
from agreement_studio.gui.wizard.fields import DateField, FieldMessage

__all__ = ["Binder", "StepPage", "get_value", "plain", "set_value"]

# Something not given yet, rather than given wrong: named as "still needed" until touched.
_NOT_YET = {"required", "business-id.missing", "signatory.missing"}
_PART = re.compile(r"[A-Za-z_]+|\[\d+\]")


def _walk(root: Any, path: str) -> tuple[Any, str]:
    parts = _PART.findall(path)
    target = root
    for part in parts[:-1]:
        target = target[int(part[1:-1])] if part.startswith("[") else getattr(target, part)
    return target, parts[-1]


def get_value(root: Any, path: str) -> Any:
    """The value at ``path`` in the draft."""
    target, name = _walk(root, path)
    return getattr(target, name)


def set_value(root: Any, path: str, value: Any) -> None:
    """Set the value at ``path`` (the model checks its type)."""
    target, name = _walk(root, path)
    setattr(target, name, value)


def plain(label: str) -> str:
    """A label without its mnemonic ``&`` and trailing colon: an accessible name."""
    return label.replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip(":").strip()


@dataclass
class _Field:
    path: str
    widget: QWidget
    read: Callable[[], Any]
    write: Callable[[Any], None]
    message: FieldMessage


class StepPage(QWizardPage):
    """A wizard page for one :class:`Step`; subclasses build their fields in ``__init__``."""

    changed = Signal()
    """The page changed the draft (the preview follows)."""

    step: Step

    def __init__(self, session: WizardSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.binder = Binder(self)
        self.touched: set[str] = set()
        self.reveal_all = False
        self.local_problems: dict[str, str] = {}  # text the draft cannot hold (a bad date)
        self._messages: dict[str, FieldMessage] = {}
        self._prefixes: dict[str, FieldMessage] = {}
        self._loading = False
        self._was_complete: bool | None = None
        self._announcing = False
        self.summary = FieldMessage()
        self.missing = QLabel()
        self.missing.setWordWrap(True)
        self.missing.setVisible(False)

    @property
    def agreement(self) -> Any:
        """The draft being written."""
        return self.session.agreement

    def add_footer(self, layout: QVBoxLayout | QFormLayout) -> None:
        """Put the page's list of other problems and of what is still needed at the bottom."""
        for label in (self.summary, self.missing):
            if isinstance(layout, QFormLayout):
                layout.addRow(label)
            else:
                layout.addWidget(label)

    def set_scrolled_content(self, column: QVBoxLayout) -> None:
        """Lay the page out as ``column`` with its footer, scrolled when it is taller."""
        self.add_footer(column)
        column.addStretch()
        inner = QWidget()
        inner.setLayout(column)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # not a stop of its own on Tab
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

    def showEvent(self, event: QShowEvent) -> None:
        """Shown: Tab goes through the page's fields, then Back, Next, Finish and Cancel."""
        super().showEvent(event)
        self.order_wizard_buttons()

    def order_wizard_buttons(self) -> None:
        """Put the wizard's buttons after this page's last control in the Tab order.

        QWizard makes its buttons before its pages, so Qt's chain would visit them first and
        leave the page's last field for whatever comes next in the window.
        """
        wizard = self.wizard()
        if wizard is None:
            return
        last: QWidget | None = None
        widget = self.nextInFocusChain()
        for _ in range(2000):  # the chain is a ring through the whole window
            if widget is None or widget is self:
                break
            if self.isAncestorOf(widget) and widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
                last = widget
            widget = widget.nextInFocusChain()
        if last is None:
            return
        button = QWizard.WizardButton
        previous = last
        for which in (
            button.BackButton,
            button.NextButton,
            button.CommitButton,
            button.FinishButton,
            button.CancelButton,
        ):
            following = wizard.button(which)
            if following is not None:
                QWidget.setTabOrder(previous, following)
                previous = following

    def register_message(self, path: str, message: FieldMessage, *, prefix: bool = False) -> None:
        """Show problems at ``path`` (or, with ``prefix``, anywhere under it) in ``message``."""
        (self._prefixes if prefix else self._messages)[path] = message

    def forget_messages(self, start: str) -> None:
        """Stop showing problems of paths that begin with ``start`` (the row changed)."""
        for table in (self._messages, self._prefixes):
            for path in [p for p in table if p.startswith(start)]:
                del table[path]

    # --- the wizard's calls ----------------------------------------------------------------

    def initializePage(self) -> None:
        """Fill the fields from the draft each time the page is entered."""
        self._was_complete = None
        self.load()
        self.refresh()

    def isComplete(self) -> bool:
        """Next is allowed when the step has no problem (and every date can be read)."""
        return not self.local_problems and can_advance(self.agreement, self.step)

    # --- edits and problems ----------------------------------------------------------------

    def load(self) -> None:
        """Put the draft's values into the fields (without counting that as an edit)."""
        self._loading = True
        try:
            self.binder.load()
            self.load_extra()
        finally:
            self._loading = False

    def load_extra(self) -> None:
        """Subclasses fill the widgets that are not simple bound fields."""

    def edited(self, path: str) -> None:
        """The person changed the field at ``path``."""
        if self._loading:
            return
        self.touched.add(path)
        self.refresh()
        self.changed.emit()

    def visible(self, problem: Problem) -> bool:
        """Whether to show a problem now: not a blank field the person has not reached yet."""
        return (
            self.reveal_all
            or problem.code not in _NOT_YET
            or any(problem.path.startswith(t) for t in self.touched)
        )

    def refresh(self) -> None:
        """Show the step's problems and update Next."""
        found = step_problems(self.agreement, self.step)
        at_field: dict[str, list[str]] = {path: [] for path in self._messages}
        under: dict[str, list[str]] = {prefix: [] for prefix in self._prefixes}
        others, missing = [], []
        for path, text in self.local_problems.items():
            at_field.setdefault(path, []).append(text)
        for problem in found:
            prefix = next((p for p in self._prefixes if problem.path.startswith(p)), None)
            if not self.visible(problem):
                missing.append(location(problem.path, self.party_name))
            elif problem.path in self._messages:
                at_field[problem.path].append(problem_text(problem))
            elif prefix is not None:
                under[prefix].append(self.describe(problem))
            else:
                others.append(self.describe(problem))
        for path, message in self._messages.items():
            message.show_problems(at_field.get(path, []))
        for prefix, message in self._prefixes.items():
            message.show_problems(under[prefix])
        self.summary.show_problems(others)
        self.missing.setText(
            self.tr("Still needed: {fields}.").format(fields=", ".join(dict.fromkeys(missing)))
            if missing
            else ""
        )
        self.missing.setVisible(bool(missing))
        self.show_problems(found)
        self.announce_complete()

    def announce_complete(self) -> None:
        """Tell the wizard when Next becomes allowed or not (and only then).

        The wizard hears of it once the current event is done, so a table's cell editor has
        closed by then. An embedded QWizard briefly hides its pages while it updates its
        buttons, which sends the keyboard focus elsewhere in the window; it is put back.
        """
        if not self._announcing:
            self._announcing = True
            QTimer.singleShot(0, self, self._announce)

    def _announce(self) -> None:
        self._announcing = False
        if _editing_a_cell():
            # Not while a cell's editor is open (just after the page opened, say): the wizard's
            # update takes the focus from it, which closes it, and the next keys went to the
            # toolbar's search field. The wizard hears of it once the editor has closed.
            self._announcing = True
            QTimer.singleShot(50, self, self._announce)
            return
        complete = self.isComplete()
        if complete == self._was_complete:
            return
        self._was_complete = complete
        focus = QApplication.focusWidget()
        self.completeChanged.emit()
        if focus is not None and QApplication.focusWidget() is not focus and focus.isVisible():
            focus.setFocus(Qt.FocusReason.OtherFocusReason)

    def show_problems(self, found: Sequence[Problem]) -> None:
        """Subclasses mark problems elsewhere too (table cells)."""

    def describe(self, problem: Problem) -> str:
        """A problem with where it is, for the list at the bottom of the page."""
        where = location(problem.path, self.party_name)
        return f"{where}: {problem_text(problem)}" if where else problem_text(problem)

    def party_name(self, index: int) -> str:
        """The name of the party (or of the party of the commitment) at ``index``."""
        parties = self.agreement.parties
        return parties[index].name if 0 <= index < len(parties) else ""


def _editing_a_cell() -> bool:
    """Whether the keyboard focus is in the open editor of a table's cell."""
    widget = QApplication.focusWidget()
    while widget is not None:
        if (
            isinstance(widget, QAbstractItemView)
            and widget.state() == QAbstractItemView.State.EditingState
        ):
            return True
        widget = widget.parentWidget()
    return False


class Binder:
    """Makes labelled fields bound to paths in the draft, with a problem message under each."""

    def __init__(self, page: StepPage) -> None:
        self.page = page
        self.fields: list[_Field] = []

    def _add(
        self,
        form: QFormLayout,
        label: str,
        path: str,
        widget: QWidget,
        read: Callable[[], Any],
        write: Callable[[Any], None],
    ) -> FieldMessage:
        widget.setAccessibleName(plain(label))
        message = FieldMessage(widget)
        container = QWidget()
        box = QVBoxLayout(container)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(2)
        box.addWidget(widget)
        box.addWidget(message)
        if isinstance(widget, QCheckBox):
            form.addRow(container)
        else:
            caption = QLabel(label)
            caption.setBuddy(widget.line if isinstance(widget, DateField) else widget)
            form.addRow(caption, container)
        self.fields.append(_Field(path, widget, read, write, message))
        self.page.register_message(path, message)
        return message

    def _changed(self, path: str, read: Callable[[], Any]) -> None:
        if self.page._loading:
            return
        try:
            set_value(self.page.agreement, path, read())
        except ValidationError:
            return  # the widget's limits make this rare; the old value stays
        self.page.edited(path)

    def line(self, form: QFormLayout, label: str, path: str, placeholder: str = "") -> QLineEdit:
        """A one-line text field."""
        widget = QLineEdit()
        widget.setPlaceholderText(placeholder)
        self._add(form, label, path, widget, widget.text, widget.setText)
        widget.textEdited.connect(lambda _t: self._changed(path, widget.text))
        return widget

    def text(
        self,
        form: QFormLayout,
        label: str,
        path: str,
        *,
        as_lines: bool = False,
        placeholder: str = "",
        height: int = 80,
    ) -> QPlainTextEdit:
        """A text of several lines; ``as_lines`` keeps a list, one item a line."""
        widget = QPlainTextEdit()
        widget.setTabChangesFocus(True)  # Tab moves on, as in every other field
        widget.setPlaceholderText(placeholder)
        widget.setMinimumHeight(height)
        widget.setMaximumHeight(height * 2)
        if as_lines:

            def read() -> Any:
                return lines(widget.toPlainText())

            def write(value: Any) -> None:
                if lines(widget.toPlainText()) != value:
                    widget.setPlainText("\n".join(value))
        else:
            read = widget.toPlainText

            def write(value: Any) -> None:
                if widget.toPlainText() != value:
                    widget.setPlainText(value)

        self._add(form, label, path, widget, read, write)
        widget.textChanged.connect(lambda: self._changed(path, read))
        return widget

    def spin(
        self, form: QFormLayout, label: str, path: str, minimum: int, maximum: int, suffix: str = ""
    ) -> QSpinBox:
        """A whole number within limits."""
        widget = QSpinBox()
        widget.setRange(minimum, maximum)
        widget.setSuffix(suffix)
        widget.setAccelerated(True)
        self._add(form, label, path, widget, widget.value, widget.setValue)
        widget.valueChanged.connect(lambda _v: self._changed(path, widget.value))
        return widget

    def combo(
        self, form: QFormLayout, label: str, path: str, choices: Sequence[tuple[Any, str]]
    ) -> QComboBox:
        """One of fixed choices: ``(value, text)`` pairs."""
        widget = QComboBox()
        for value, text in choices:
            widget.addItem(text, value)

        def write(value: Any) -> None:
            widget.setCurrentIndex(max(0, widget.findData(value)))

        self._add(form, label, path, widget, widget.currentData, write)
        widget.currentIndexChanged.connect(lambda _i: self._changed(path, widget.currentData))
        return widget

    def check(self, form: QFormLayout, label: str, path: str) -> QCheckBox:
        """Yes or no."""
        widget = QCheckBox(label)
        self._add(form, label, path, widget, widget.isChecked, widget.setChecked)
        widget.toggled.connect(lambda _on: self._changed(path, widget.isChecked))
        return widget

    def date(self, form: QFormLayout, label: str, path: str) -> DateField:
        """A date, typed or picked; empty means not given."""
        widget = DateField()

        def changed() -> None:
            try:
                value = widget.value()
            except ValueError:
                # Why, in words: "31.02.2027 is not a date: February has 28 days in 2027."
                self.page.local_problems[path] = widget.problem(path)
                self.page.edited(path)
                return
            self.page.local_problems.pop(path, None)
            self._changed(path, lambda: value)

        self._add(form, label, path, widget, widget.value, widget.set_value)
        widget.edited.connect(changed)
        return widget

    def load(self) -> None:
        """Show the draft's values; a field whose path does not exist now is skipped."""
        for field in self.fields:
            try:
                value = get_value(self.page.agreement, field.path)
            except (AttributeError, IndexError):
                continue  # e.g. the coordinator's fields while a group coordinates
            field.widget.blockSignals(True)
            try:
                field.write(value)
            finally:
                field.widget.blockSignals(False)
