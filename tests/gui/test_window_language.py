"""In Finnish and in Swedish, no page, dialog or view of the window shows an English sentence.

The tour opens what a coordinator, a representative and an auditor meet: the start page, every
wizard page (empty, with its problems, and filled), the register with each kind of agreement
and every tab of its details, the sign dialog, identities and trust (every tab), preferences,
help, and the verification view with every verdict of the test corpus, files expanded. Names
are allowed (people, organisations, networks, certificates, files, fields): they are collected
from the data the tour made, not listed by hand.
"""

from __future__ import annotations

import importlib
import os
import sys
from pathlib import Path

import pytest
from language_tour import english, findings, plain
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QTabWidget, QWidget

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT / "tests" / "corpus"

pytestmark = pytest.mark.timeout(600)


def _strings(value: object) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [s for v in value.values() for s in _strings(v)]
    if isinstance(value, list | tuple):
        return [s for v in value for s in _strings(v)]
    return []


def _corpus_names() -> list[str]:
    """Signers, organisations, anchors and fields of the corpus, as the verifier reads them."""
    from agreement_studio.verification import TrustStore, verify_pdf

    trust = TrustStore.from_files(
        [CORPUS / "certs" / "pyhanko-testing-root.pem"],
        intermediates=[CORPUS / "certs" / "pyhanko-testing-intermediate.pem"],
    )
    names: list[str] = []
    for path in sorted((CORPUS / "pdf").glob("*.pdf")):
        names.append(path.name)
        report = verify_pdf(path, trust=trust)
        for signature in report.signatures:
            for attribute in ("signer", "organisation", "field", "trust_anchor", "issuer"):
                value = getattr(signature, attribute, None)
                if isinstance(value, str):
                    names += [value, f"'{value}'", f"“{value}”"]
    return names


@pytest.fixture(scope="module")
def tour(tmp_path_factory):
    """A home folder with a CA, identities and agreements in every state; the names in it."""
    sys.path.insert(0, str(ROOT / "docs"))
    try:
        import make_screenshots
    finally:
        sys.path.remove(str(ROOT / "docs"))
    workdir = tmp_path_factory.mktemp("tour")
    before = os.environ.get("AGREEMENT_STUDIO_HOME")
    os.environ["AGREEMENT_STUDIO_HOME"] = str(workdir / "home")
    try:
        ids = make_screenshots.fill_register(workdir)
    finally:
        if before is None:
            os.environ.pop("AGREEMENT_STUDIO_HOME", None)
        else:
            os.environ["AGREEMENT_STUDIO_HOME"] = before
    names = [
        s
        for agreement in make_screenshots._agreements()
        for s in _strings(agreement.model_dump(mode="json"))
        if len(s) > 2
    ]
    names += [
        "Agreement Studio",
        "Ohjausverkostojen CA",
        "Päijät-Hämeen liitto",
        "The network merged with the regional guidance centre.",  # typed by the coordinator
        make_screenshots.PASSWORD,
        *_corpus_names(),
        *(path.name for path in workdir.glob("*")),
    ]
    return workdir / "home", ids, names


def _settle() -> None:
    """Let background work (reading the register, rendering, verifying) finish and show."""
    from agreement_studio.gui.tasks import runner

    for _round in range(3):
        runner().wait(60_000)
        QApplication.processEvents()


def _every_tab(place: str, root: QWidget, names: list[str]) -> list[str]:
    found = findings(place, root, names)
    for tabs in root.findChildren(QTabWidget):
        if not tabs.isVisibleTo(root):
            continue
        for number in range(tabs.count()):
            tabs.setCurrentIndex(number)
            _settle()
            found += findings(f"{place} › {tabs.tabText(number)}", root, names)
    return found


@pytest.mark.parametrize("language", ["fi", "sv"])
def test_no_page_dialog_or_view_shows_english(language, qapp, qtbot, tour, monkeypatch, tmp_path):
    from agreement_studio.drafting import STEPS
    from agreement_studio.gui import dialogs
    from agreement_studio.gui.i18n import install_translators
    from agreement_studio.gui.main_window import MainWindow
    from agreement_studio.gui.register import install_register
    from agreement_studio.gui.tasks import runner
    from agreement_studio.gui.verification import install_verification
    from agreement_studio.preferences import load_preferences, save_preferences

    home, ids, names = tour
    monkeypatch.setattr(dialogs, "ask_save_changes", lambda *_args: "discard")
    for folder in (home, tmp_path / "empty"):  # the language is chosen as a person does
        monkeypatch.setenv("AGREEMENT_STUDIO_HOME", str(folder))
        preferences = load_preferences()
        preferences.ui_language = language
        save_preferences(preferences)
    found: list[str] = []
    install_translators(qapp, language)
    try:
        # The start page: a new user's empty register.
        monkeypatch.setenv("AGREEMENT_STUDIO_HOME", str(tmp_path / "empty"))
        empty = MainWindow()
        qtbot.addWidget(empty)
        install_register(empty)
        install_verification(empty)
        empty.show()
        qtbot.waitExposed(empty)
        _settle()
        found += findings("start page", empty, names)

        # The wizard: empty (its problems shown), then each page.
        empty.new_agreement()
        qtbot.waitUntil(lambda: empty.workspace is not None, timeout=20_000)
        for step in STEPS:
            empty.workspace.wizard.go_to(step)
            _settle()
            found += findings(f"new agreement › {step}", empty, names)
        empty.close()
        runner().wait(20_000)

        # The register with agreements in every state.
        monkeypatch.setenv("AGREEMENT_STUDIO_HOME", str(home))
        window = MainWindow()
        qtbot.addWidget(window)
        register = install_register(window)
        verification = install_verification(window)
        window.resize(1366, 768)
        window.show()
        qtbot.waitExposed(window)
        qtbot.waitUntil(
            lambda: register.model.total > 0 and not register.model.is_loading(), timeout=30_000
        )
        for role, document_id in ids.items():
            register.show_details(document_id)
            qtbot.waitUntil(lambda d=document_id: register.detail.document_id() == d)
            _settle()
            found += _every_tab(f"register › {role}", window, names)

        # The sign dialog, for the partly signed agreement.
        register.show_details(ids["partly"])
        qtbot.waitUntil(lambda: register.detail.document_id() == ids["partly"])
        register.actions.sign()
        dialog = register.actions.sign_dialog
        qtbot.waitUntil(dialog.isVisible)
        _settle()
        found += _every_tab("sign dialog", dialog, names)
        dialog.reject()

        # Identities and trust, preferences, help.
        for place, module, name in (
            ("identities and trust", "signing.identities_dialog", "IdentitiesDialog"),
            ("preferences", "preferences_dialog", "PreferencesDialog"),
        ):
            make = getattr(importlib.import_module(f"agreement_studio.gui.{module}"), name)
            opened: QDialog = make(window)
            opened.show()
            qtbot.waitExposed(opened)
            _settle()
            found += _every_tab(place, opened, names)
            opened.reject()
        found += _help_texts(window, qtbot, names)

        # Verification with every verdict of the corpus, every file expanded.
        controller = verification.controller
        controller.session_anchors = [CORPUS / "certs" / "pyhanko-testing-root.pem"]
        controller.session_intermediates = [CORPUS / "certs" / "pyhanko-testing-intermediate.pem"]
        with qtbot.waitSignal(controller.run_finished, timeout=300_000):
            controller.verify([CORPUS / "pdf"])
        view = controller.view
        view.tree.expandAll()
        _settle()
        found += _every_tab("verification", window, names)
        controller.close()

        # The wizard with an example agreement filled in.
        window.open_example()
        qtbot.waitUntil(lambda: window.workspace is not None, timeout=20_000)
        for step in STEPS:
            window.workspace.wizard.go_to(step)
            _settle()
            found += findings(f"example agreement › {step}", window, names)
        window.close()
        runner().wait(20_000)
    finally:
        install_translators(qapp, "en")
    assert not found, f"{len(found)} English texts in the {language} window:\n" + "\n".join(
        found[:120]
    )


def _help_texts(window: QWidget, qtbot, names: list[str]) -> list[str]:
    """Press F1 where the window is and read the help it shows."""
    from PySide6.QtWidgets import QMessageBox

    shown: list[str] = []

    def capture(*args, **_kwargs):
        shown.extend(str(a) for a in args[1:] if isinstance(a, str))
        return QMessageBox.StandardButton.Ok

    original = QMessageBox.information
    QMessageBox.information = capture  # type: ignore[method-assign]
    try:
        qtbot.keyClick(window, Qt.Key.Key_F1)
        _settle()
    finally:
        QMessageBox.information = original  # type: ignore[method-assign]
    from agreement_studio.gui.help import TOPICS, help_text

    keys = ["Page Up", "Page Down", "PgUp", "PgDown", "Home", "End", "Enter", "Escape", "Esc"]
    names = [*names, *keys]  # the keys' own names, as printed on them
    found = []
    for topic in TOPICS:  # every view's and dialog's help, as F1 shows it
        for text in help_text(topic):
            words = english(plain(text), names)
            if words:
                found.append(f"help {topic}: {plain(text)[:160]!r} {sorted(set(words))}")
    for top in QApplication.topLevelWidgets():
        if top.isVisible() and top is not window and top.isWindow():
            found += findings("help", top, names)
            top.close()
    for text in shown:
        words = english(plain(text), names)
        if words:
            found.append(f"help: {plain(text)[:160]!r} {sorted(set(words))}")
    return found
