"""Tables by keyboard: Tab walks a wizard table's editable cells and then leaves it (Ctrl+Tab at
once, Shift+Tab back out at the first cell); Tab leaves the register's list at once; the focused
cell or row carries a frame in the highlight colour that is not there without the focus."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication
from test_register_support import choose_row

from agreement_studio.agreement import example_agreement
from agreement_studio.drafting.wizard import Step, WizardSession
from agreement_studio.gui.wizard.tables import CommitmentsModel

pytest_plugins = ["test_register_support"]

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def _commitments(window, qtbot):
    window._start_drafting(lambda: WizardSession(example_agreement(parties=2), Step.REVIEW))
    wizard = window.workspace.wizard
    wizard.go_to(Step.COMMITMENTS)
    page = wizard.currentPage()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is page.table, timeout=3000)
    return page


def _cell():
    index = QApplication.focusWidget().currentIndex()
    return index.row(), index.column()


def test_tab_walks_the_cells_then_leaves(window, qtbot, keys):
    page = _commitments(window, qtbot)
    table, m = page.table, CommitmentsModel
    editable = [m.HOURS, m.MANDATE, m.MONEY, m.PREMISES, m.OTHER]
    assert _cell() == (0, m.HOURS)
    walked = [_cell()]
    for _ in range(2 * len(editable) - 1):
        keys.press(Qt.Key.Key_Tab)
        assert QApplication.focusWidget() is table
        walked.append(_cell())
    assert walked == [(row, column) for row in (0, 1) for column in editable]
    keys.press(Qt.Key.Key_Tab)  # past the last cell: the next control, competence
    assert QApplication.focusWidget() is not table
    assert page.isAncestorOf(QApplication.focusWidget())
    keys.press(Qt.Key.Key_Tab, SHIFT)  # back into the table, at its last cell
    assert QApplication.focusWidget() is table and _cell() == (1, m.OTHER)
    keys.press(Qt.Key.Key_Tab, SHIFT)
    assert _cell() == (1, m.PREMISES)
    keys.press(Qt.Key.Key_Tab, CTRL)  # Ctrl+Tab leaves from any cell
    assert QApplication.focusWidget() is not table


def test_tab_in_an_open_editor_keeps_the_text_and_moves_on(window, qtbot, keys):
    """Typed at once on entering the page, too (the wizard once took the focus from the editor
    then, and the rest of the keys went to the toolbar's search field)."""
    page = _commitments(window, qtbot)
    keys.type("75")  # typing opens the cell's editor
    assert QApplication.focusWidget() is not page.table  # the editor has the focus
    keys.press(Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is page.table
    assert _cell() == (0, CommitmentsModel.MANDATE)
    assert page.agreement.commitments[0].staff_hours_per_year == 75


def test_the_focused_cell_is_framed(window, qtbot, keys):
    page = _commitments(window, qtbot)
    table = page.table
    index = table.currentIndex()
    rect = table.visualRect(index)
    selected = table.selectionModel().isSelected(index)
    role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Highlight
    colour = table.palette().color(role)

    def framed() -> bool:
        image = table.viewport().grab().toImage()
        return image.pixelColor(rect.center().x(), rect.top() + 1) == colour

    assert framed()
    keys.press(Qt.Key.Key_Tab, CTRL)  # the focus leaves: no frame
    qtbot.waitUntil(lambda: not framed(), timeout=3000)


def test_tab_leaves_the_register_list_and_its_row_is_framed(
    window, registered, studio, qtbot, keys
):
    choose_row(studio, qtbot)
    table = studio.view.table
    table.setFocus()
    keys.press(Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is not table
    rect = table.visualRect(table.currentIndex())
    selected = table.palette().color(QPalette.ColorRole.HighlightedText)

    def framed() -> bool:
        image = table.viewport().grab().toImage()
        return image.pixelColor(rect.center().x(), rect.top() + 1) == selected

    assert not framed()
    keys.press(Qt.Key.Key_Tab, SHIFT)
    assert QApplication.focusWidget() is table
    qtbot.waitUntil(framed, timeout=3000)
