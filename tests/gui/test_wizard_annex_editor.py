"""The wizard's annex editor: each annex gets a built-in kind, text written here or an attached
PDF (checked first: a bad file is refused with a message and nothing changes)."""

from __future__ import annotations

from io import BytesIO

from reportlab.pdfgen import canvas as rl_canvas

from agreement_studio.agreement import AnnexKind, Language, example_agreement
from agreement_studio.drafting.wizard import Step, WizardSession
from agreement_studio.pdf.fonts import SERIF, register_fonts


def _open(window, agreement):
    session = WizardSession(agreement, Step.TERM)
    window._start_drafting(lambda: session)
    page = window.workspace.wizard.currentPage()
    return session, page, page.annex_editor


def _pdf(font: str = SERIF) -> bytes:
    register_fonts()
    buffer = BytesIO()
    canvas = rl_canvas.Canvas(buffer, invariant=1, initialFontName=font)
    canvas.setFont(font, 14)
    canvas.drawString(72, 700, "Talousarvio 2027")
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def test_the_editor_lists_the_annexes_and_shows_their_kinds(window, qtbot):
    agreement = example_agreement(parties=3, language="fi")
    _session, _page, editor = _open(window, agreement)
    titles = agreement.annexes
    assert [editor.annex.itemText(i) for i in range(editor.annex.count())] == [
        f"{n}. {t}" for n, t in enumerate(titles, start=1)
    ]
    editor.annex.setCurrentIndex(1)
    assert editor.kind.currentIndex() == 2  # contacts, as the example has it
    assert not editor.text.isVisible() and not editor.attach_row.isVisible()


def test_free_text_in_another_language_goes_into_the_draft(window, qtbot, keys):
    agreement = example_agreement(parties=3, language="fi")
    agreement.annexes.append("Rules of procedure")
    session, _page, editor = _open(window, agreement)
    editor.annex.setCurrentIndex(2)
    assert editor.kind.currentIndex() == 0  # title only until given content
    editor.kind.setCurrentIndex(3)
    assert editor.text.isVisible()
    editor.language.setCurrentIndex(3)
    editor.text.setFocus()
    keys.type("The chair opens the meeting.")
    content = session.agreement.annex_content["Rules of procedure"]
    assert content.kind is AnnexKind.TEXT
    assert content.text == "The chair opens the meeting."
    assert content.language is Language.EN
    # Switching kind keeps the text: switching back shows it again.
    editor.kind.setCurrentIndex(0)
    editor.kind.setCurrentIndex(3)
    assert editor.text.toPlainText() == "The chair opens the meeting."


def test_an_attached_pdf_is_checked_and_kept_in_the_draft(window, qtbot, tmp_path, monkeypatch):
    agreement = example_agreement(parties=3, language="fi")
    agreement.annexes.append("Talousarvio 2027")
    session, _page, editor = _open(window, agreement)
    editor.annex.setCurrentIndex(2)
    editor.kind.setCurrentIndex(4)
    assert editor.attach_row.isVisible()
    assert editor.attached.text() == "No file attached yet."
    bad = tmp_path / "scan.pdf"
    bad.write_bytes(_pdf(font="Helvetica"))
    good = tmp_path / "talousarvio.pdf"
    good.write_bytes(_pdf())
    chosen = [bad]
    monkeypatch.setattr(
        "agreement_studio.gui.wizard.annex_editor.ask_pdfs", lambda parent, title: chosen
    )
    editor.attach.click()
    assert editor.message.isVisible()
    assert "Helvetica is not embedded" in editor.message.text()
    assert session.agreement.annex_content["Talousarvio 2027"].pdf == b""
    chosen[:] = [good]
    editor.attach.click()
    assert not editor.message.isVisible()
    content = session.agreement.annex_content["Talousarvio 2027"]
    assert content.kind is AnnexKind.ATTACHED_PDF
    assert content.pdf == good.read_bytes() and content.file_name == "talousarvio.pdf"
    assert editor.attached.text().startswith("Attached: talousarvio.pdf")


def test_without_annexes_the_editor_says_how_to_add_them(window, qtbot):
    agreement = example_agreement(parties=2, language="en")
    agreement.annexes = []
    agreement.annex_content = {}
    _session, _page, editor = _open(window, agreement)
    assert editor.empty.isVisible()
    assert not editor.kind.isEnabled()
