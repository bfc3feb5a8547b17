"""Nothing clipped, squeezed or overlapping: every page at 1024×768 and 1366×768, in en, fi, sv.

Each test opens one page, dialog or view in one language, then sizes the window to each
screen size in turn and asks :func:`layout_support.layout_faults` for every label, button,
header section, tab, field and sibling pair that does not keep its shape. A dialog must also
fit on the screen. Pages with a validation message showing are checked too, since a message
appearing is what pushed fields out of shape before.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from layout_support import (
    cut_at_edge,
    elided_without_tooltip,
    layout_faults,
    out_of_sight,
    settle,
)
from PySide6.QtCore import QSize
from PySide6.QtWidgets import (
    QApplication,
    QHeaderView,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from test_register_support import choose_row, open_sign_dialog

from agreement_studio.agreement import example_agreement
from agreement_studio.drafting.wizard import STEPS, Step, WizardSession
from agreement_studio.gui.i18n import install_translators

pytest_plugins = ["test_register_support"]  # its fixtures: registered, studio…

SIZES = (QSize(1024, 768), QSize(1366, 768))
LANGUAGES = ("en", "fi", "sv")


@pytest.fixture(params=LANGUAGES)
def language(request, qapp) -> Iterator[str]:
    """The window's language for this test (English again afterwards)."""
    install_translators(qapp, request.param)
    yield request.param
    install_translators(qapp, "en")


@pytest.fixture
def window(language, qtbot, monkeypatch):
    """The main window made in the test's language (menus and all), as at start-up."""
    from agreement_studio.gui import dialogs
    from agreement_studio.gui.main_window import MainWindow

    monkeypatch.setattr(dialogs, "ask_save_changes", lambda *_args: "discard")
    main = MainWindow()
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    yield main
    main.close()


@pytest.fixture
def screen(language, window):
    """Check ``root`` (the window, or a dialog over it) at both screen sizes."""

    def check(root: QWidget | None = None, prepare: Callable[[], None] | None = None) -> None:
        faults = []
        for size in SIZES:
            window.resize(size)
            settle(10)
            if prepare is not None:
                prepare()
                settle(10)
            target = root or window
            where = f"{language} {size.width()}x{size.height()}"
            if target is window and window.size() != size:
                faults.append(f"{where}: the window cannot be {size.width()} wide: {window.size()}")
            if target is not window and (
                target.width() > size.width() or target.height() > size.height()
            ):
                too_big = f"{target.width()}x{target.height()} is larger than the screen"
                faults.append(f"{where}: {too_big}")
            faults += [f"{where}: {fault}" for fault in layout_faults(target)]
        assert not faults, "\n".join(faults)

    return check


# --- the checker itself --------------------------------------------------------------------------


def _commitments_table_as_it_was() -> QTableView:
    """The commitments table laid out as before the fix: the mandate stretched into what the
    other columns' contents leave (at 1024 px nearly nothing)."""
    from agreement_studio.gui.wizard.parties_page import make_table
    from agreement_studio.gui.wizard.tables import CommitmentsModel

    model = CommitmentsModel(example_agreement(parties=4))
    model.reload()
    table = make_table(model, "commitments")
    header = table.horizontalHeader()
    header.setSectionResizeMode(CommitmentsModel.MANDATE, QHeaderView.ResizeMode.Stretch)
    for column in (CommitmentsModel.HOURS, CommitmentsModel.MONEY):
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
    table.resizeColumnToContents(CommitmentsModel.PARTY)
    return table


def test_the_checker_finds_the_mandate_header_cut(qtbot):
    holder = QWidget()
    qtbot.addWidget(holder)
    layout = QVBoxLayout(holder)
    layout.addWidget(_commitments_table_as_it_was())
    holder.resize(540, 300)  # the wizard's share of a 1024 px window
    holder.show()
    qtbot.waitExposed(holder)
    settle()
    faults = layout_faults(holder)
    assert any("'Mandate of the staff'" in fault for fault in faults), faults


def test_the_checker_finds_overlaps_clipped_labels_and_squeezed_fields(qtbot):
    from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton

    holder = QWidget()
    qtbot.addWidget(holder)
    holder.resize(300, 200)
    button = QPushButton("A button with a long text to show", holder)
    button.setGeometry(10, 10, 60, 30)
    label = QLabel("Another label", holder)
    label.setGeometry(40, 20, 200, 20)  # over the button
    line = QLineEdit(holder)
    line.setGeometry(10, 60, 200, 8)  # flattened
    outside = QLabel("out", holder)
    outside.setGeometry(280, 190, 60, 30)  # beyond the holder's edge
    holder.show()
    qtbot.waitExposed(holder)
    faults = "\n".join(layout_faults(holder))
    assert "QPushButton 'A button with a long text to show'" in faults and "needs" in faults
    assert "overlaps" in faults
    assert "QLineEdit" in faults and "high" in faults
    assert "lies outside its parent" in faults


def test_a_fitting_layout_has_no_faults(qtbot):
    from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit

    holder = QWidget()
    qtbot.addWidget(holder)
    form = QFormLayout(holder)
    form.addRow(QLabel("Name:"), QLineEdit())
    message = QLabel("A long message that wraps onto several lines when it is narrow " * 3)
    message.setWordWrap(True)
    form.addRow(message)
    holder.resize(400, 300)
    holder.show()
    qtbot.waitExposed(holder)
    settle()
    assert layout_faults(holder) == []


# --- the start page and the wizard --------------------------------------------------------------


def test_start_page(window, screen):
    assert window.stack.currentWidget() is window.start_page
    screen()


def _wizard(window, language: str, step: Step):
    agreement = example_agreement(parties=4, language=language)
    window._start_drafting(lambda: WizardSession(agreement, Step.TEMPLATE))
    wizard = window.workspace.wizard
    wizard.go_to(step)
    assert wizard.current_step() is step
    return wizard


@pytest.mark.parametrize("step", STEPS, ids=[s.value for s in STEPS])
def test_wizard_page(window, screen, language, step):
    _wizard(window, language, step)
    screen()


def test_wizard_meetings_with_messages(window, screen, language):
    """A date that is no date, a past date and a date before the term: three messages."""
    from datetime import date

    page = _wizard(window, language, Step.MEETINGS).currentPage()
    start = page.agreement.term.start
    page.agreement.meetings.planned_dates = [date(2020, 3, 2), start.replace(day=2)]
    page.initializePage()
    page.new_date.line.setText("31.02.2027")
    page.add_date()
    assert page.entry_message.isVisible() and page.dates_message.isVisible()
    screen()


def test_wizard_parties_with_a_message(window, screen, language):
    from agreement_studio.gui.wizard.tables import PartiesModel

    page = _wizard(window, language, Step.PARTIES).currentPage()
    field = page._details[PartiesModel.BUSINESS_ID]
    field.setText("2071234-8")  # a wrong check digit
    field.textEdited.emit(field.text())
    settle()
    assert page._detail_messages[PartiesModel.BUSINESS_ID].isVisible()
    screen()


def test_wizard_term_with_a_date_that_is_none(window, screen, language):
    page = _wizard(window, language, Step.TERM).currentPage()
    start = next(field for field in page.binder.fields if field.path == "term.start")
    start.widget.line.setText("31.02.2027")
    start.widget.edited.emit()
    settle()
    assert start.message.isVisible()
    screen()


# --- the register and signing --------------------------------------------------------------------


def test_register_with_an_agreement_chosen(window, registered, studio, qtbot, screen):
    choose_row(studio, qtbot)
    screen()


@pytest.fixture
def partly_signed(register_path, pki, tmp_path) -> str:
    """A register holding the example agreement signed by its first signatory (trusted)."""
    from test_register_support import PASSWORD, agreement_for_signing

    from agreement_studio.register import open_register
    from agreement_studio.signing import load_pkcs12, sign_pdf
    from agreement_studio.verification import TrustStore

    holder = pki.holders[0]
    with open_register(register_path) as register:
        document_id = register.add_draft(agreement_for_signing())
        signed = tmp_path / "signed.pdf"
        sign_pdf(
            register.current_pdf(document_id),
            load_pkcs12(holder.path, PASSWORD),
            output=signed,
            field=holder.field,
        )
        register.import_file(signed, trust=TrustStore.from_files([pki.ca_certificate]))
    return document_id


@pytest.mark.parametrize(
    "tab", [0, 1, 2, 3], ids=["signatories", "versions", "deadlines", "history"]
)
def test_register_with_a_signature(window, partly_signed, studio, qtbot, screen, tab):
    choose_row(studio, qtbot)
    studio.detail.tabs.setCurrentIndex(tab)
    screen()


def test_register_title_status_and_detail_columns_in_view(
    window, partly_signed, studio, qtbot, language
):
    """The list's Title and Status lie wholly in its viewport (the other columns may scroll),
    also with the list dragged as narrow as the splitter lets it be; no column of a detail
    list is cut at the edge, and a cell whose text is elided has it whole in its tooltip."""
    from agreement_studio.gui.register.model import RegisterModel

    choose_row(studio, qtbot)
    view, detail = studio.view, studio.detail
    lists = (detail.signatories, detail.versions, detail.deadlines, detail.history)
    faults = []
    for size in SIZES:
        window.resize(size)
        settle(10)
        opened = view.splitter.sizes()
        for split in ("as opened", "list narrowest"):
            if split == "list narrowest":  # dragged as far as it goes
                view.splitter.setSizes([0, size.width()])
                settle(10)
            where = f"{language} {size.width()}x{size.height()} {split}"
            for column in (RegisterModel.TITLE, RegisterModel.STATUS):
                fault = out_of_sight(view.table, column)
                if fault:
                    faults.append(f"{where}: the register list's {fault}")
            for number, widget in enumerate(lists):
                detail.tabs.setCurrentIndex(number)
                settle(10)
                name = widget.accessibleName()
                faults += [f"{where}: {name}: {f}" for f in cut_at_edge(widget)]
                faults += [f"{where}: {name}: {f}" for f in elided_without_tooltip(widget)]
        view.splitter.setSizes(opened)
    assert not faults, "\n".join(faults)


def test_sign_dialog(window, registered, studio, qtbot, screen):
    dialog = open_sign_dialog(studio, qtbot)
    screen(dialog)


def test_sign_dialog_with_a_wrong_password(window, registered, studio, qtbot, screen):
    from agreement_studio.errors import WrongPassword
    from agreement_studio.gui.messages import error_message

    dialog = open_sign_dialog(studio, qtbot)
    dialog.source.setCurrentIndex(1)  # a PKCS#12 file
    source = dialog.current_source()
    source.show_error(
        "secret", error_message(WrongPassword("the password does not open allekirjoittaja.p12"))
    )
    assert source.secret_message.isVisible()
    screen(dialog)


# --- identities and trust ------------------------------------------------------------------------


@pytest.mark.parametrize("tab", [0, 1, 2], ids=["mine", "network-ca", "trust"])
def test_identities_dialog(window, screen, qtbot, pki, tab):
    from test_register_support import PASSWORD

    from agreement_studio.gui.signing.identities_dialog import IdentitiesDialog
    from agreement_studio.preferences import Preferences, save_preferences
    from agreement_studio.signing.identity_store import import_identity

    # A row in each list: an identity kept in the app, the network CA trusted.
    import_identity(pki.holders[1].path, PASSWORD)
    save_preferences(Preferences(trust_anchors=[str(pki.ca_certificate)]))
    dialog = IdentitiesDialog(window)
    qtbot.addWidget(dialog)
    dialog.tabs.setCurrentIndex(tab)
    dialog.show()
    qtbot.waitExposed(dialog)
    screen(dialog)
    dialog.reject()


@pytest.mark.parametrize("purpose", ["own", "ca", "issue"])
def test_identity_dialog_with_messages(window, screen, qtbot, purpose):
    from agreement_studio.gui.signing.identity_form import IdentityDialog, Purpose

    dialog = IdentityDialog(Purpose(purpose), lambda *_: None, window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.name.setText("Päijät-Hämeen hyvinvointialueen ohjausverkoston varmentaja")
    dialog.email.setText("not an address")
    dialog.business_id.setText("2071234-8")  # a wrong check digit
    dialog.password.first.setText("lyhyt")
    dialog.password.second.setText("toinen")
    dialog.message.show_text(
        QApplication.translate("Errors", "The file could not be written.")
        + "\n/home/coordinator/Documents/identities/ohjausverkoston-varmentaja.p12"
    )
    settle()
    assert dialog.business_message.isVisible() and dialog.password.message.isVisible()
    screen(dialog)
    dialog.reject()


# --- verification, preferences, help -------------------------------------------------------------


def test_verification_with_results(window, screen, qtbot):
    from pathlib import Path

    from agreement_studio.gui.verification import install_verification

    corpus = Path(__file__).resolve().parents[1] / "corpus"
    verification = install_verification(window)
    controller = verification.controller
    controller.session_anchors = [corpus / "certs" / "pyhanko-testing-root.pem"]
    with qtbot.waitSignal(controller.run_finished, timeout=120_000):
        controller.verify(
            [
                corpus / "pdf" / "dss_pades-bes.pdf",
                corpus / "pdf" / "pyhanko_minimal-two-fields-signed-twice.pdf",
                corpus / "pdf" / "dss_pdf-spoofing-attack.pdf",
            ]
        )
    view = controller.view
    view.tree.expandAll()
    view.tree.setCurrentIndex(view.proxy.index(0, 0))
    screen()
    controller.close()


def test_preferences(window, screen, qtbot):
    from agreement_studio.gui.preferences_dialog import PreferencesDialog

    dialog = PreferencesDialog(window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    screen(dialog)
    dialog.reject()


def _help_box(window) -> QWidget:
    """Press F1's action; the help window it opens (whatever kind of window it is)."""
    before = set(QApplication.topLevelWidgets())
    window.actions.help.trigger()
    settle()
    opened = [w for w in QApplication.topLevelWidgets() if w.isVisible() and w not in before]
    assert len(opened) == 1, opened
    return opened[0]


@pytest.mark.parametrize("view", ["home", "wizard-parties"])
def test_help(window, screen, qtbot, language, view):
    if view.startswith("wizard"):
        _wizard(window, language, Step.PARTIES)
    box = _help_box(window)
    qtbot.waitExposed(box)
    screen(box)
    box.close()
