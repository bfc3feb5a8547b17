"""Tables at 1024 and 1366 px: every header whole, none cut at the edge, the status in view."""

from __future__ import annotations

import pytest
from layout_support import layout_faults, out_of_sight, settle
from PySide6.QtCore import QSize
from PySide6.QtWidgets import QTableView, QVBoxLayout, QWidget
from test_register_support import choose_row

from agreement_studio.agreement import example_agreement
from agreement_studio.gui.column_fit import ColumnFitter
from agreement_studio.gui.i18n import install_translators

pytest_plugins = ["test_register_support"]


@pytest.fixture(params=["en", "fi", "sv"])
def language(request, qapp):
    install_translators(qapp, request.param)
    yield request.param
    install_translators(qapp, "en")


def _commitments(width: int, qtbot) -> tuple[QWidget, QTableView]:
    from agreement_studio.gui.wizard.parties_page import make_table
    from agreement_studio.gui.wizard.tables import CommitmentsModel

    model = CommitmentsModel(example_agreement(parties=4))
    model.reload()
    table = make_table(model, "commitments")
    holder = QWidget()
    QVBoxLayout(holder).addWidget(table)
    ColumnFitter(table, stretch=CommitmentsModel.MANDATE)
    qtbot.addWidget(holder)
    holder.resize(width, 300)
    holder.show()
    qtbot.waitExposed(holder)
    settle()
    return holder, table


@pytest.mark.parametrize("width", [300, 420, 560, 760])
def test_no_commitments_header_is_cut_at_any_width(qtbot, language, width):
    holder, table = _commitments(width, qtbot)
    assert layout_faults(holder) == []
    header = table.horizontalHeader()
    edge = table.viewport().width()
    for column in range(header.count()):  # each column wholly in view, or wholly out
        left = header.sectionViewportPosition(column)
        right = left + header.sectionSize(column)
        assert right <= edge or left >= edge, (column, left, right, edge)


def test_the_checker_finds_a_header_cut_at_the_edge_and_a_column_out_of_sight(qtbot):
    from agreement_studio.gui.wizard.parties_page import make_table
    from agreement_studio.gui.wizard.tables import CommitmentsModel

    model = CommitmentsModel(example_agreement(parties=4))
    model.reload()
    table = make_table(model, "commitments")  # plain widths: the table scrolls
    holder = QWidget()
    QVBoxLayout(holder).addWidget(table)
    qtbot.addWidget(holder)
    for column in range(model.columnCount()):
        table.setColumnWidth(column, 150)
    holder.resize(400, 300)
    holder.show()
    qtbot.waitExposed(holder)
    settle()
    assert any("is cut at the right edge" in fault for fault in layout_faults(holder))
    assert out_of_sight(table, CommitmentsModel.MONEY) is not None
    assert out_of_sight(table, CommitmentsModel.PARTY) is None


def test_the_wizards_commitments_page_shows_four_columns_at_1024(window, qtbot, language):
    from agreement_studio.drafting.wizard import Step
    from agreement_studio.gui.wizard.tables import CommitmentsModel

    window.resize(QSize(1024, 768))
    window.open_example()
    qtbot.waitUntil(lambda: window.workspace is not None)
    wizard = window.workspace.wizard
    wizard.go_to(Step.COMMITMENTS)
    settle(10)
    page = wizard.currentPage()
    if not hasattr(page, "table"):
        pytest.fail(f"not on the commitments page: {type(page).__name__}")
    for column in (
        CommitmentsModel.PARTY,
        CommitmentsModel.HOURS,
        CommitmentsModel.MANDATE,
        CommitmentsModel.MONEY,
    ):
        assert out_of_sight(page.table, column) is None


def test_the_registers_status_comes_next_to_the_title_and_is_read_at_1366(
    window, registered, studio, qtbot, language
):
    from agreement_studio.gui.register.model import RegisterModel

    window.resize(QSize(1366, 768))
    choose_row(studio, qtbot)
    settle(10)
    table = studio.view.table
    header = table.horizontalHeader()
    assert header.visualIndex(RegisterModel.STATUS) == 1
    # Its title is read whole without scrolling (the column itself may run on past the edge).
    in_view = table.viewport().width() - header.sectionViewportPosition(RegisterModel.STATUS)
    assert in_view >= header.sectionSizeHint(RegisterModel.STATUS)
    assert not [f for f in layout_faults(table) if "cut at the right edge" in f]
