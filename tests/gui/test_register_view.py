"""The register in the window: start page, table, lazy pages, sorting, filter, search, details."""

from __future__ import annotations

import uuid

from PySide6.QtCore import QModelIndex, Qt
from test_register_support import choose_row, fill_register, wait_idle

from agreement_studio.gui.register.display import STATUSES
from agreement_studio.gui.register.model import RegisterModel

pytest_plugins = ["test_register_support"]  # its fixtures: pki, registered, studio…


def test_the_status_list_is_the_registers(qapp):
    from agreement_studio.register import Status

    assert [s.value for s in Status] == list(STATUSES)


def test_a_missing_register_greets_with_the_start_page_and_is_not_created(
    window, studio, register_path
):
    assert window.stack.currentWidget() is window.start_page
    assert not register_path.exists()
    assert window.actions.import_pdf.isEnabled()


def test_agreements_are_listed_with_their_status(window, registered, studio, qtbot):
    assert window.stack.currentWidget() is studio.view
    model = studio.model
    assert model.rowCount() == 1 and model.total == 1
    status = model.index(0, RegisterModel.STATUS)
    assert status.data() == "Ready for signing · 0/3"
    assert not status.data(Qt.ItemDataRole.DecorationRole).isNull()
    assert model.index(0, RegisterModel.PARTIES).data() == "3"
    assert model.index(0, RegisterModel.TITLE).data(RegisterModel.DOCUMENT_ID_ROLE) == registered
    assert studio.view.count.text() == "One agreement"


def test_choosing_a_row_shows_its_signatories_and_history(window, registered, studio, qtbot):
    choose_row(studio, qtbot)
    detail = studio.detail
    signatories = detail.signatories
    assert signatories.topLevelItemCount() == 3
    assert signatories.topLevelItem(0).text(1) == "Päivi Mäkelä"
    assert signatories.topLevelItem(0).text(2) == "Not signed yet"
    assert detail.history.topLevelItem(0).text(1) == "Added to the register"
    assert detail.versions.topLevelItem(0).child(0).text(0) == "Prepared PDF"
    assert detail.deadlines.topLevelItemCount() >= 2
    assert detail.sign_button.isEnabled() and not detail.edit_button.isHidden()
    assert not detail.renew_button.isEnabled()  # nothing to renew before it is signed


def test_open_pdf_shows_the_prepared_pdf(window, registered, studio, qtbot):
    choose_row(studio, qtbot)
    qtbot.mouseClick(studio.detail.open_pdf_button, Qt.MouseButton.LeftButton)
    pane = studio.detail.pdf
    qtbot.waitUntil(lambda: pane is not None and pane.page_count() > 0, timeout=20_000)
    assert studio.detail.tabs.currentIndex() == studio.detail.pdf_tab


def test_turning_to_the_pdf_tab_shows_the_chosen_agreements_pdf(
    window, registered, register_path, studio, qtbot
):
    """The PDF tab is never an empty page: turned to, it shows the chosen agreement's PDF, and
    choosing another agreement with the tab in front shows that one's."""
    from test_register_support import agreement_for_signing

    from agreement_studio.register import open_register

    detail = studio.detail
    first = choose_row(studio, qtbot)
    detail.tabs.setCurrentIndex(detail.pdf_tab)  # as a click on the tab does

    def showing(document_id: str) -> bool:
        pane = detail.pdf
        return pane is not None and pane.source == document_id and pane.page_count() > 0

    qtbot.waitUntil(lambda: showing(first), timeout=20_000)
    with open_register(register_path) as register:
        other = agreement_for_signing()
        other.document_id = uuid.uuid4()
        other.network.name = "Kymenlaakson ohjaamoverkosto"
        second = register.add_draft(other)
    studio.model.reload()
    qtbot.waitUntil(lambda: len(studio.model.rows) == 2, timeout=10_000)
    row = next(i for i, r in enumerate(studio.model.rows) if r.document_id == second)
    choose_row(studio, qtbot, row)
    assert detail.tabs.currentIndex() == detail.pdf_tab
    qtbot.waitUntil(lambda: showing(second), timeout=20_000)


def test_save_the_copy_to_send(window, registered, studio, qtbot, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    target = tmp_path / "to-send"  # the .pdf is added
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), ""))
    )
    choose_row(studio, qtbot)
    qtbot.mouseClick(studio.detail.save_pdf_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot)
    saved = tmp_path / "to-send.pdf"
    assert saved.read_bytes().startswith(b"%PDF-")
    assert "Saved to-send.pdf" in window.statusBar().currentMessage()


def test_export_the_archive_package(window, registered, studio, qtbot, tmp_path, monkeypatch):
    import zipfile

    from PySide6.QtWidgets import QFileDialog

    target = tmp_path / "package.zip"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), ""))
    )
    choose_row(studio, qtbot)
    qtbot.mouseClick(studio.detail.archive_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot)
    names = zipfile.ZipFile(target).namelist()
    assert "manifest.json" in names and "final.pdf" in names


def test_a_thousand_rows_arrive_a_page_at_a_time(window, register_path, qtbot, qtmodeltester):
    fill_register(register_path, 1000)
    from agreement_studio.gui.register import install_register

    controller = install_register(window)
    model = controller.model
    qtbot.waitUntil(lambda: model.total == 1000, timeout=20_000)
    assert model.rowCount() == RegisterModel.PAGE_SIZE
    assert model.canFetchMore(QModelIndex())
    qtmodeltester.check(model, force_py=True)
    with qtbot.waitSignal(model.rowsInserted, timeout=10_000):
        model.fetchMore(QModelIndex())
    assert model.rowCount() == 2 * RegisterModel.PAGE_SIZE
    assert controller.view.count.text() == "200 of 1000 shown"
    # Scrolling to the end asks for the next page, as a person's scrolling would.
    table = controller.view.table
    with qtbot.waitSignal(model.rowsInserted, timeout=10_000):
        table.scrollToBottom()
    assert model.rowCount() == 3 * RegisterModel.PAGE_SIZE


def test_sorting_by_a_column_asks_the_register(window, register_path, qtbot, qtmodeltester):
    fill_register(register_path, 300)
    from agreement_studio.gui.register import install_register

    controller = install_register(window)
    model = controller.model
    qtbot.waitUntil(lambda: model.total == 300, timeout=20_000)
    qtmodeltester.check(model, force_py=True)
    header = controller.view.table.horizontalHeader()
    with qtbot.waitSignal(model.loaded, timeout=10_000):
        qtbot.mouseClick(
            header.viewport(),
            Qt.MouseButton.LeftButton,
            pos=_section_centre(header, RegisterModel.TITLE),
        )
    titles = [r.title.casefold() for r in model.rows]
    assert model.sort_key == "title" and titles == sorted(titles)
    order = header.sortIndicatorOrder()
    with qtbot.waitSignal(model.loaded, timeout=10_000):
        qtbot.mouseClick(
            header.viewport(),
            Qt.MouseButton.LeftButton,
            pos=_section_centre(header, RegisterModel.TITLE),
        )
    assert header.sortIndicatorOrder() != order
    titles = [r.title.casefold() for r in model.rows]
    assert titles == sorted(titles, reverse=True)
    with qtbot.waitSignal(model.loaded, timeout=10_000):
        qtbot.mouseClick(
            header.viewport(),
            Qt.MouseButton.LeftButton,
            pos=_section_centre(header, RegisterModel.DEADLINE),
        )
    deadlines = [r.next_deadline for r in model.rows if r.next_deadline]
    assert deadlines == sorted(deadlines) or deadlines == sorted(deadlines, reverse=True)


def _section_centre(header, section):
    from PySide6.QtCore import QPoint

    return QPoint(
        header.sectionViewportPosition(section) + header.sectionSize(section) // 2,
        header.height() // 2,
    )


def _settled(model, statuses) -> bool:
    chosen = tuple(getattr(s, "value", s) for s in model.statuses)
    return chosen == statuses and not model.is_loading()


def test_status_filter_and_search(window, register_path, qtbot, keys):
    fill_register(register_path, 400)
    from agreement_studio.gui.register import install_register
    from agreement_studio.register import Query, Status, open_register

    with open_register(register_path) as register:
        signed = register.count(Query(statuses=(Status.SIGNED,)))
        heinola = register.count(Query(text="heinolan"))
    controller = install_register(window)
    model, view = controller.model, controller.view
    qtbot.waitUntil(lambda: model.total == 400, timeout=20_000)
    combo = view.status_filter
    combo.setFocus()
    while view.chosen_statuses() != ("signed",):
        keys.press(Qt.Key.Key_Down)
    # Each step of the combo starts a query; wait for the one of the status finally chosen.
    qtbot.waitUntil(lambda: _settled(model, ("signed",)), timeout=10_000)
    assert model.total == signed
    assert {r.status.value for r in model.rows} == {"signed"}
    keys.ctrl("f")
    keys.type("Heinolan")
    qtbot.waitUntil(
        lambda: model.text == "Heinolan" and _settled(model, ("signed",)), timeout=10_000
    )
    with open_register(register_path) as register:
        both = register.count(Query(text="heinolan", statuses=(Status.SIGNED,)))
    assert model.total == both
    combo.setCurrentIndex(0)  # all again
    qtbot.waitUntil(lambda: model.statuses == () and not model.is_loading(), timeout=10_000)
    assert model.total == heinola
    with qtbot.waitSignal(model.loaded, timeout=10_000):
        window.actions.search.setText("zzzz-nothing")
    assert model.total == 0
    assert view.table_stack.currentWidget() is view.message


def test_typing_a_search_asks_the_register_once_per_pause(window, registered, studio, qtbot, keys):
    asked = []
    studio.model.loaded.connect(lambda: asked.append(studio.model.text))
    keys.ctrl("f")
    keys.type("Päijät")
    qtbot.waitUntil(lambda: bool(asked), timeout=5000)
    wait_idle(qtbot)
    assert asked == ["Päijät"]
