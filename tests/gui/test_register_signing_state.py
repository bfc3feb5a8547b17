"""The register view never looks better than the verdicts, and names parallel copies plainly.

Real registers, real PDFs signed with the session's identities (a network CA nobody has
configured as trusted, so their signatures are intact but untrusted unless pinned).
"""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from test_register_support import PASSWORD, choose_row, wait_idle

from agreement_studio.gui.icons import icon
from agreement_studio.gui.register.model import RegisterModel

pytest_plugins = ["test_register_support"]


def _sign(pdf: bytes, holder, out) -> bytes:
    from agreement_studio.signing import load_pkcs12, sign_pdf

    sign_pdf(pdf, load_pkcs12(holder.path, PASSWORD), output=out, field=holder.field)
    return out.read_bytes()


def _sign_all(register_path, document_id, pki, tmp_path, *, pin: bool) -> None:
    from agreement_studio.register import open_register
    from agreement_studio.signing import load_pkcs12

    with open_register(register_path) as register:
        for number, holder in enumerate(pki.holders):
            if pin:
                fingerprint = load_pkcs12(holder.path, PASSWORD).fingerprint_sha256
                register.pin_fingerprint(document_id, holder.field, fingerprint)
            out = tmp_path / f"signed-{number}.pdf"
            _sign(register.current_pdf(document_id), holder, out)
            register.import_file(out)


@pytest.fixture
def messages(monkeypatch):
    shown: list[str] = []
    for kind in ("information", "warning"):
        monkeypatch.setattr(
            QMessageBox, kind, staticmethod(lambda parent, title, text, *a, **k: shown.append(text))
        )
    return shown


def test_signed_by_untrusted_identities_says_so_in_the_list_and_the_pane(
    window, pki, registered, register_path, tmp_path, qtbot, request
):
    _sign_all(register_path, registered, pki, tmp_path, pin=False)
    studio = request.getfixturevalue("studio")
    status = studio.model.index(0, RegisterModel.STATUS)
    assert status.data() == "Signed · 3/3 — not trusted"
    assert status.data(Qt.ItemDataRole.DecorationRole).cacheKey() == (
        icon("verdict-untrusted").cacheKey()
    )
    tip = status.data(Qt.ItemDataRole.ToolTipRole)
    assert "3 of the 3 signatures were not trusted when they were imported" in tip
    choose_row(studio, qtbot)
    detail = studio.detail
    assert "Signed · 3/3 — not trusted" in detail.heading.text()
    assert "#9a6700" in detail.heading.text()  # the untrusted verdict's amber, not signed green
    assert detail.trust_row.isVisibleTo(detail)
    assert detail.trust_text.text().startswith("3 of the 3 signatures were not trusted")
    assert not detail.trust_icon.pixmap().isNull()


def test_trusted_signatures_look_as_they_are(
    window, pki, registered, register_path, tmp_path, qtbot, request
):
    _sign_all(register_path, registered, pki, tmp_path, pin=True)
    studio = request.getfixturevalue("studio")
    status = studio.model.index(0, RegisterModel.STATUS)
    assert status.data() == "Signed · 3/3"
    assert "not trusted" not in status.data(Qt.ItemDataRole.ToolTipRole)
    choose_row(studio, qtbot)
    assert not studio.detail.trust_row.isVisibleTo(studio.detail)
    assert "not trusted" not in studio.detail.heading.text()


def test_parallel_copies_are_named_by_people_and_dates_until_resolved(
    window, pki, registered, register_path, tmp_path, qtbot, request, messages
):
    from agreement_studio.register import open_register

    first, second, third = pki.holders
    with open_register(register_path) as register:
        prepared = register.current_pdf(registered)
    copy_a = _sign(prepared, second, tmp_path / "copy-a.pdf")
    _sign(prepared, third, tmp_path / "copy-b.pdf")
    with open_register(register_path) as register:
        register.import_file(tmp_path / "copy-a.pdf")
        register.import_file(tmp_path / "copy-b.pdf")

    studio = request.getfixturevalue("studio")
    assert studio.model.index(0, RegisterModel.STATUS).data().startswith("Partially signed · 1/3")
    choose_row(studio, qtbot)
    detail = studio.detail
    note = detail.notes.text()
    assert detail.notes.isVisibleTo(detail)
    assert f"{third.name} signed a parallel copy on 20" in note, note
    assert f"signed by {second.name} (20" in note, note
    assert not re.search(r"[0-9a-f]{12}", note), note  # no hash prefixes
    states = [detail.signatories.topLevelItem(i).text(2) for i in range(3)]
    assert states[2] == "Signed a parallel copy — must sign the current version"

    # the copy sent on is signed by the first signatory, then by the third: resolved
    after_first = _sign(copy_a, first, tmp_path / "after-first.pdf")
    _sign(after_first, third, tmp_path / "final.pdf")
    for name, count in (("after-first.pdf", 2), ("final.pdf", 3)):
        studio.import_pdfs([tmp_path / name])
        qtbot.waitUntil(
            lambda count=count: (
                detail.details is not None and detail.details.row.signed_count == count
            ),
            timeout=60_000,
        )
        wait_idle(qtbot)
        if count == 2:  # still in circulation: the third has signed only the other copy
            assert detail.notes.isVisibleTo(detail) and third.name in detail.notes.text()
    assert not detail.notes.isVisibleTo(detail)
    states = [detail.signatories.topLevelItem(i).text(2) for i in range(3)]
    assert all(state.startswith("Signed ") for state in states), states
    assert "parallel" not in " ".join(messages[-1:])


def test_versions_say_who_in_words_with_the_certificate_in_the_tooltip(
    window, pki, registered, register_path, tmp_path, qtbot, request
):
    import getpass

    from agreement_studio.signing import load_pkcs12

    _sign_all(register_path, registered, pki, tmp_path, pin=False)
    studio = request.getfixturevalue("studio")
    choose_row(studio, qtbot)
    versions = studio.detail.versions
    version = versions.topLevelItem(0)
    assert version.text(2) == getpass.getuser()
    assert version.toolTip(2) == f"Recorded by the user account {getpass.getuser()}"
    rows = [version.child(i) for i in range(version.childCount())]
    assert [row.text(2) for row in rows[1:]] == [f"{h.name} ({h.party})" for h in pki.holders]
    assert rows[0].text(0) == "Prepared PDF" and rows[0].text(2) == getpass.getuser()
    first = pki.holders[0]
    assert rows[1].text(0) == f"Signed: {first.name}"
    tip = rows[1].toolTip(2)
    fingerprint = load_pkcs12(first.path, PASSWORD).fingerprint_sha256
    assert f"Certificate holder: {first.name}" in tip
    assert f"Organisation: {first.party}" in tip
    assert (
        "Certificate SHA-256: " + " ".join(fingerprint[i : i + 8] for i in range(0, 64, 8)) in tip
    )
    assert "not trusted at import" in tip
    assert "Imported by the user account" in tip and "signed-0.pdf" in tip
    for row in rows:  # no hashes or file names in the column itself
        assert not re.search(r"[0-9a-f]{12}|\.pdf", row.text(2)), row.text(2)
