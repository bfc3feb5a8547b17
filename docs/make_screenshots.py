"""Render the screenshots in docs/screenshots from the current code, offscreen.

Run: ``python docs/make_screenshots.py [--out docs/screenshots] [--size 1280x800]
[--sizes 1024x768,1366x768] [--language en]``.

Everything shown is made here through the application's own core, in a fresh temporary home
folder: a network CA, identities issued to the signatories, five example agreements added to
the register and some of them signed and imported in turn (signed, partially signed, ready for
signing, a draft, a terminated one). Then the window is opened in English and grabbed:

- ``register.png``: the register with those agreements, one chosen;
- ``sign.png``: the sign dialog over the window, a stored identity chosen;
- ``verify.png``: the verification view after verifying tests/corpus, files expanded;
- ``wizard.png``: the new-agreement wizard on a filled page with its live preview.

Then, for each of ``--sizes`` (the small screens the window must fit: 1024×768 and 1366×768),
every page into ``<out>/<width>x<height>/``: ``register``, ``sign``, ``identities-mine``,
``identities-network-ca``, ``identities-trust``, ``ca-dialog`` (a new network CA with the
messages under its fields), ``preferences``, ``help``, ``verify`` and each wizard page
(``wizard-1-template`` … ``wizard-8-review``). tests/gui/test_layout.py checks the same pages
for clipped and overlapping widgets; these pictures are for a person's eyes.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import shutil
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
CORPUS = ROOT / "tests" / "corpus"
PASSWORD = "screenshots only"


def _agreements() -> list:
    """Five example agreements of different networks, languages and sizes."""
    from agreement_studio.agreement import example_agreement

    specs = [
        (
            4,
            "fi",
            "Päijät-Hämeen aikuisten ohjausverkosto",
            "Päijät-Häme",
            "Päijät-Hämeen ohjausverkoston jatkosopimus 2027–2029",
        ),
        (
            3,
            "sv",
            "Vägledningsnätverket i Östra Nyland",
            "Östra Nyland",
            "Avtal om fortsatt vägledningsnätverk i Östra Nyland",
        ),
        (
            5,
            "en",
            "South Karelia adult guidance network",
            "South Karelia",
            "South Karelia guidance network: continuation agreement",
        ),
        (
            3,
            "fi",
            "Kymenlaakson ohjaamoverkosto",
            "Kymenlaakso",
            "Kymenlaakson ohjaamoverkoston yhteistyösopimus",
        ),
        (
            2,
            "fi",
            "Keski-Suomen aikuisohjauksen verkosto",
            "Keski-Suomi",
            "Keski-Suomen aikuisohjauksen verkostosopimus",
        ),
    ]
    found = []
    for parties, language, network, region, title in specs:
        agreement = example_agreement(parties=parties, language=language)
        agreement.network.name = network
        agreement.network.region = region
        agreement.title = title
        found.append(agreement)
    return found


def fill_register(workdir: Path, language: str = "en") -> dict[str, str]:
    """The register of the home folder with agreements in several states; their IDs by role."""
    from agreement_studio.preferences import Preferences, save_preferences
    from agreement_studio.register import open_register
    from agreement_studio.register.location import default_register_path
    from agreement_studio.signing import create_network_ca, sign_pdf
    from agreement_studio.signing.identity_store import store_identity
    from agreement_studio.verification import TrustStore

    ca = create_network_ca(name="Ohjausverkostojen CA", org="Päijät-Hämeen liitto")
    anchor = workdir / "network-ca.pem"
    anchor.write_bytes(ca.certificate_pem())
    save_preferences(Preferences(ui_language=language, trust_anchors=[str(anchor)]))
    trust = TrustStore.from_files([anchor])
    signed, partly, ready, draft, ended = _agreements()
    path = default_register_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    ids: dict[str, str] = {}
    with open_register(str(path)) as register:
        for role, agreement, signers in (
            ("signed", signed, 4),
            ("partly", partly, 1),
            ("ready", ready, 0),
            ("ended", ended, 2),
        ):
            document_id = register.add_draft(agreement)
            ids[role] = document_id
            for number, (party, signatory, field) in enumerate(agreement.signatures()):
                identity = ca.issue(
                    name=signatory.name, org=party.name, business_id=party.business_id
                )
                if number >= signers:
                    if role == "partly" and number == signers:  # the next to sign keeps it
                        store_identity(identity, PASSWORD)
                    continue
                out = workdir / f"{role}-{number}.pdf"
                sign_pdf(register.current_pdf(document_id), identity, output=out, field=field)
                register.import_file(out, trust=trust)
        ids["draft"] = register.add_draft(draft, prepare=False)
        register.terminate(
            ids["ended"],
            on=dt.date.today(),
            reason="The network merged with the regional guidance centre.",
        )
    return ids


def wait_until(condition: Callable[[], bool], seconds: float = 60.0) -> None:
    """Run the event loop until ``condition()`` holds (or fail after ``seconds``)."""
    from PySide6.QtWidgets import QApplication

    deadline = time.monotonic() + seconds
    while not condition():
        if time.monotonic() > deadline:
            raise SystemExit("timed out waiting for the window")
        QApplication.processEvents()
        time.sleep(0.01)


def settle(seconds: float = 0.4) -> None:
    """Let layouts, lazy loading and painting finish."""
    from PySide6.QtWidgets import QApplication

    end = time.monotonic() + seconds
    while time.monotonic() < end:
        QApplication.processEvents()
        time.sleep(0.01)


def over(window, dialog):
    """The window's picture with the dialog drawn centred over it, the window dimmed."""
    from PySide6.QtGui import QColor, QPainter, QPen

    picture = window.grab().toImage()
    painter = QPainter(picture)
    painter.fillRect(picture.rect(), QColor(0, 0, 0, 90))
    front = dialog.grab()
    x = (picture.width() - front.width()) // 2
    y = max(0, (picture.height() - front.height()) // 2)
    painter.drawPixmap(x, y, front)
    painter.setPen(QPen(QColor(90, 90, 90), 1))
    painter.drawRect(x - 1, y - 1, front.width() + 1, front.height() + 1)
    painter.end()
    return picture


def show_dialog(dialog):
    """Show a dialog without waiting for it, once laid out."""
    dialog.show()
    wait_until(dialog.isVisible)
    settle()
    return dialog


def page_shots(window, register, ids: dict[str, str], width: int) -> Iterator[tuple[str, object]]:
    """The register, the sign dialog, identities and trust, a new CA, Preferences and Help."""
    from PySide6.QtWidgets import QApplication

    from agreement_studio.gui.preferences_dialog import PreferencesDialog
    from agreement_studio.gui.signing.identities_dialog import IdentitiesDialog
    from agreement_studio.gui.signing.identity_form import IdentityDialog, Purpose

    window.show_home()
    register.show_details(ids["partly"])
    wait_until(lambda: register.detail.document_id() == ids["partly"])
    row = next(n for n, r in enumerate(register.model.rows) if r.document_id == ids["partly"])
    register.view.table.selectRow(row)
    register.view.splitter.setSizes([width * 55 // 100, width * 45 // 100])
    settle()
    yield "register", window.grab()

    register.actions.sign()
    dialog = register.actions.sign_dialog
    wait_until(dialog.isVisible)
    dialog.source.setCurrentIndex(0)  # the identity kept in Agreement Studio
    dialog.stored.secret.setText(PASSWORD)
    settle(2.0)  # the dialog reads whose identity it is
    yield "sign", over(window, dialog)
    dialog.reject()

    identities = show_dialog(IdentitiesDialog(window))
    for index, name in enumerate(("identities-mine", "identities-network-ca", "identities-trust")):
        identities.tabs.setCurrentIndex(index)
        settle()
        yield name, over(window, identities)
    identities.reject()

    # A new network CA, half typed: the messages under its fields as a person meets them.
    ca = show_dialog(IdentityDialog(Purpose.CA, lambda *_args: None, window))
    ca.name.setText("Päijät-Hämeen ohjausverkostojen varmentaja")
    ca.organisation.setText("Päijät-Hämeen liitto")
    ca.business_id.setText("0208201-2")  # a wrong check digit
    ca.password.first.setText("salasana-2027")
    ca.password.second.setText("salasana-2026")
    settle()
    yield "ca-dialog", over(window, ca)
    ca.reject()

    preferences = show_dialog(PreferencesDialog(window))
    yield "preferences", over(window, preferences)
    preferences.reject()

    # Help (F1): the window it opens over the register.
    before = set(QApplication.topLevelWidgets())
    window.actions.help.trigger()
    settle()
    opened = [w for w in QApplication.topLevelWidgets() if w.isVisible() and w not in before]
    if opened:
        yield "help", over(window, opened[0])
        opened[0].close()
    else:  # help shown inside the window
        yield "help", window.grab()


def main(argv: list[str] | None = None) -> int:
    """Make the screenshots."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    parser.add_argument("--size", default="1280x800", help="of the README's four screenshots")
    parser.add_argument(
        "--sizes",
        default="1024x768,1366x768",
        help="screen sizes for every page, each in OUT/<size>/ (empty: only the README's four)",
    )
    parser.add_argument("--language", default="en", choices=["en", "fi", "sv"])
    args = parser.parse_args(argv)
    readme = _size(args.size)
    sizes = [_size(text) for text in args.sizes.split(",") if text.strip()]
    args.out.mkdir(parents=True, exist_ok=True)
    workdir = Path(tempfile.mkdtemp(prefix="screenshots-"))
    os.environ["AGREEMENT_STUDIO_HOME"] = str(workdir / "home")
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ.pop("AGREEMENT_STUDIO_REGISTER", None)
    ids = fill_register(workdir, args.language)

    from PySide6.QtCore import Qt

    from agreement_studio.gui.app import create_application
    from agreement_studio.gui.i18n import install_translators
    from agreement_studio.gui.main_window import MainWindow
    from agreement_studio.gui.register import install_register
    from agreement_studio.gui.verification import install_verification

    app = create_application(["agreement-studio"])
    install_translators(app, args.language)
    window = MainWindow()
    register = install_register(window)
    verification = install_verification(window)
    window.resize(*readme)
    window.show()
    wait_until(lambda: register.model.total > 0 and not register.model.is_loading())

    def folder(size: tuple[int, int]) -> Path:
        path = args.out / f"{size[0]}x{size[1]}"
        path.mkdir(parents=True, exist_ok=True)
        return path

    for size in [readme, *sizes]:
        window.resize(*size)
        settle()
        for name, picture in page_shots(window, register, ids, size[0]):
            if size != readme:
                save(picture, folder(size) / f"{name}.png")
            elif name in ("register", "sign"):
                save(picture, args.out / f"{name}.png")

    controller = verification.controller
    controller.session_anchors = [CORPUS / "certs" / "pyhanko-testing-root.pem"]
    controller.session_intermediates = [CORPUS / "certs" / "pyhanko-testing-intermediate.pem"]
    finished: list[bool] = []
    controller.run_finished.connect(lambda: finished.append(True))
    controller.verify([CORPUS / "pdf"])
    wait_until(lambda: bool(finished), 180)
    view = controller.view
    proxy = view.proxy
    view.tree.sortByColumn(1, Qt.SortOrder.AscendingOrder)  # by verdict: the valid ones first
    for number in range(proxy.rowCount()):
        view.tree.expand(proxy.index(number, 0))
    first = proxy.index(0, 0)  # a valid file: its first signature's details too
    view.tree.expand(proxy.index(0, 0, first))
    view.tree.setCurrentIndex(proxy.index(0, 0, first))
    for size in [readme, *sizes]:
        window.resize(*size)
        view.tree.scrollToTop()
        settle()
        save(window.grab(), (args.out if size == readme else folder(size)) / "verify.png")
    controller.close()

    from agreement_studio.drafting import STEPS, Step
    from agreement_studio.gui import dialogs

    dialogs.ask_save_changes = lambda *_args: "discard"  # nothing typed here is kept
    window.open_example()
    workspace = window.workspace
    wait_until(lambda: workspace.preview.shown > 0)
    for size in [readme, *sizes]:
        window.resize(*size)
        for step in STEPS if size != readme else (Step.PARTIES,):
            workspace.wizard.go_to(step)
            settle(1.0)
            if size == readme:
                save(window.grab(), args.out / "wizard.png")
            else:
                number = STEPS.index(step) + 1
                save(window.grab(), folder(size) / f"wizard-{number}-{step.value}.png")
    window.close()
    from agreement_studio.gui.tasks import runner

    runner().wait(10_000)  # background work done before its home folder goes
    shutil.rmtree(workdir, ignore_errors=True)
    return 0


def _size(text: str) -> tuple[int, int]:
    width, height = (int(v) for v in text.strip().split("x"))
    return width, height


def save(picture, path: Path) -> None:
    """Write a PNG and say so."""
    if not picture.save(str(path), "PNG"):
        raise SystemExit(f"could not write {path}")
    print(
        f"{path.relative_to(ROOT) if path.is_relative_to(ROOT) else path}: "
        f"{picture.width()} x {picture.height()}"
    )


if __name__ == "__main__":  # the verifier's worker processes import this module again
    sys.exit(main())
