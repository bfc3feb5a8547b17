"""My identities: an identity made in the New identity dialog is listed in its place at once,
without the tab reading every other certificate file again; a failure is said in the dialog."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from test_register_support import PASSWORD, type_into

from agreement_studio.paths import user_identities_dir

pytest_plugins = ["test_register_support"]


def _store(name, organisation):
    from agreement_studio.signing import create_identity
    from agreement_studio.signing.identity_store import store_identity

    return store_identity(create_identity(name=name, org=organisation), PASSWORD)


@pytest.fixture
def tab(qtbot):
    from agreement_studio.gui.signing.identities_dialog import MyIdentitiesTab

    _store("Aino Aalto", "Lahden kaupunki")
    _store("Ville Virtanen", "Salpaus")
    made = MyIdentitiesTab()
    qtbot.addWidget(made)
    made.show()
    qtbot.waitExposed(made)
    return made


def _make(tab, qtbot, name, organisation):
    """Fill the New identity dialog as a person does and press Create; the dialog."""
    qtbot.mouseClick(tab.create_button, Qt.MouseButton.LeftButton)
    form = tab.dialog
    qtbot.waitExposed(form)
    type_into(form.name, name)
    type_into(form.organisation, organisation)
    type_into(form.password.first, PASSWORD)
    type_into(form.password.second, PASSWORD)
    assert form.ok.isEnabled()
    qtbot.mouseClick(form.ok, Qt.MouseButton.LeftButton)
    return form


def _names(tab):
    return [tab.list.topLevelItem(i).text(0) for i in range(tab.list.topLevelItemCount())]


def _rows(tab):
    return [
        [tab.list.topLevelItem(i).text(c) for c in range(tab.list.columnCount())]
        for i in range(tab.list.topLevelItemCount())
    ]


def test_a_new_identity_is_listed_in_its_place_without_reading_the_others(tab, qtbot, monkeypatch):
    from agreement_studio.gui.signing import identities_dialog
    from agreement_studio.signing.identity_store import list_identities

    reads = []
    monkeypatch.setattr(
        identities_dialog, "list_identities", lambda *a: reads.append(a) or list_identities(*a)
    )
    form = _make(tab, qtbot, "Marja Mäkelä", "Lahden kaupunki")
    qtbot.waitUntil(lambda: not form.isVisible(), timeout=60_000)
    assert form.result() == form.DialogCode.Accepted
    assert _names(tab) == ["Aino Aalto", "Marja Mäkelä", "Ville Virtanen"]
    assert reads == []  # the other two were not read again
    made = tab.identities[1]
    assert made.path.parent == user_identities_dir() and made.path.is_file()
    assert tab.list.topLevelItem(1).text(4) == "itself"
    assert tab.list.topLevelItem(1).text(5) == made.certificate.grouped_fingerprint
    from agreement_studio.signing import load_pkcs12

    opened = load_pkcs12(made.path, PASSWORD)  # the file holds the key of the listed certificate
    assert opened.fingerprint_sha256 == made.certificate.fingerprint_sha256
    assert opened.subject_name == "Marja Mäkelä"
    shown = _rows(tab)
    tab.refresh()  # what reading the folder again gives: the same rows, in the same order
    assert _rows(tab) == shown
    assert [s.path for s in tab.identities] == [s.path for s in list_identities()]
    tab.list.setCurrentItem(tab.list.topLevelItem(1))
    assert tab.selected().path == made.path and tab.remove_button.isEnabled()


def test_a_second_identity_of_the_same_name_goes_where_the_folder_lists_it(tab, qtbot):
    for _ in range(2):
        form = _make(tab, qtbot, "Aino Aalto", "Lahden kaupunki")
        qtbot.waitUntil(lambda form=form: not form.isVisible(), timeout=60_000)
    assert _names(tab) == ["Aino Aalto"] * 3 + ["Ville Virtanen"]
    shown = _rows(tab)
    tab.refresh()
    assert _rows(tab) == shown  # ties in the order the folder gives (by file name)


def test_a_failure_is_said_in_the_dialog_and_nothing_is_listed(tab, qtbot):
    import shutil

    folder = user_identities_dir()
    shutil.rmtree(folder)
    folder.write_text("not a folder")  # the identities folder cannot be made
    before = _rows(tab)
    form = _make(tab, qtbot, "Marja Mäkelä", "Lahden kaupunki")
    qtbot.waitUntil(lambda: form.message.isVisible() and form.ok.isEnabled(), timeout=60_000)
    assert "identities folder" in form.message.text()
    assert form.isVisible() and form.name.isEnabled()  # still open, as typed: try again
    assert form.name.text() == "Marja Mäkelä"
    assert _rows(tab) == before
