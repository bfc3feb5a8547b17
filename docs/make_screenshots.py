"""Render the screenshots in docs/screenshots from the current code, offscreen.

Run: ``python docs/make_screenshots.py [--out docs/screenshots] [--size 1280x800]``.

Everything shown is made here through the application's own core, in a fresh temporary home
folder: a network CA, identities issued to the signatories, five example agreements added to
the register and some of them signed and imported in turn (signed, partially signed, ready for
signing, a draft, a terminated one). Then the window is opened in English and grabbed:

- ``register.png``: the register with those agreements, one chosen;
- ``sign.png``: the sign dialog over the window, a stored identity chosen;
- ``verify.png``: the verification view after verifying tests/corpus, files expanded;
- ``wizard.png``: the new-agreement wizard on a filled page with its live preview.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
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


def fill_register(workdir: Path) -> dict[str, str]:
    """The register of the home folder with agreements in several states; their IDs by role."""
    from agreement_studio.gui.preferences import Preferences, save_preferences
    from agreement_studio.gui.signing.identity_store import store_identity
    from agreement_studio.register import open_register
    from agreement_studio.register.location import default_register_path
    from agreement_studio.signing import create_network_ca, sign_pdf
    from agreement_studio.verification import TrustStore

    ca = create_network_ca(name="Ohjausverkostojen CA", org="Päijät-Hämeen liitto")
    anchor = workdir / "network-ca.pem"
    anchor.write_bytes(ca.certificate_pem())
    save_preferences(Preferences(ui_language="en", trust_anchors=[str(anchor)]))
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


def main(argv: list[str] | None = None) -> int:
    """Make the screenshots."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    parser.add_argument("--size", default="1280x800")
    args = parser.parse_args(argv)
    width, height = (int(v) for v in args.size.split("x"))
    args.out.mkdir(parents=True, exist_ok=True)
    workdir = Path(tempfile.mkdtemp(prefix="screenshots-"))
    os.environ["AGREEMENT_STUDIO_HOME"] = str(workdir / "home")
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ.pop("AGREEMENT_STUDIO_REGISTER", None)
    ids = fill_register(workdir)

    from PySide6.QtCore import Qt

    from agreement_studio.gui.app import create_application
    from agreement_studio.gui.i18n import install_translators
    from agreement_studio.gui.main_window import MainWindow
    from agreement_studio.gui.register import install_register
    from agreement_studio.gui.verification import install_verification

    app = create_application(["agreement-studio"])
    install_translators(app, "en")
    window = MainWindow()
    register = install_register(window)
    verification = install_verification(window)
    window.resize(width, height)
    window.show()
    wait_until(lambda: register.model.total > 0 and not register.model.is_loading())
    register.show_details(ids["partly"])
    wait_until(lambda: register.detail.document_id() == ids["partly"])
    row = next(n for n, r in enumerate(register.model.rows) if r.document_id == ids["partly"])
    register.view.table.selectRow(row)
    register.view.splitter.setSizes([700, width - 700])
    settle()
    save(window.grab(), args.out / "register.png")

    register.actions.sign()
    dialog = register.actions.sign_dialog
    wait_until(dialog.isVisible)
    dialog.source.setCurrentIndex(0)  # the identity kept in Agreement Studio
    dialog.stored.secret.setText(PASSWORD)
    settle(2.0)  # the dialog reads whose identity it is
    save(over(window, dialog), args.out / "sign.png")
    dialog.reject()

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
    view.tree.scrollToTop()
    settle()
    save(window.grab(), args.out / "verify.png")
    controller.close()

    from agreement_studio.drafting import Step
    from agreement_studio.gui import dialogs

    dialogs.ask_save_changes = lambda *_args: "discard"  # nothing typed here is kept
    window.open_example()
    workspace = window.workspace
    wait_until(lambda: workspace.preview.shown > 0)
    workspace.wizard.go_to(Step.PARTIES)
    settle(1.0)
    save(window.grab(), args.out / "wizard.png")
    window.close()
    from agreement_studio.gui.tasks import runner

    runner().wait(10_000)  # background work done before its home folder goes
    shutil.rmtree(workdir, ignore_errors=True)
    return 0


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
