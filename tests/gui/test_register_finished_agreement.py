"""Finishing the wizard shows the new agreement at once, and then its PDF, never a blank."""

from __future__ import annotations

from test_register_support import agreement_for_signing, wait_idle

pytest_plugins = ["test_register_support"]


def _pdf_shown(detail) -> bool:
    pane = detail.pdf
    return pane is not None and pane.page_count() > 0 and pane.pages.currentWidget() is pane.view


def test_the_finished_agreement_is_shown_at_once_then_its_pdf(
    window, studio, register_path, qtbot, tmp_path
):
    assert window.stack.currentWidget() is window.start_page and not register_path.exists()
    agreement = agreement_for_signing()
    document_id = str(agreement.document_id)
    # what the window does when the wizard's Finish is pressed
    window._on_agreement_finished(agreement, tmp_path / "draft.agreement.json")

    # at once, before the register has recorded anything: the agreement, not an empty screen
    detail = studio.detail
    assert window.stack.currentWidget() is studio.view
    assert detail.pages.currentIndex() == 1
    assert agreement.network.name in detail.heading.text()
    assert "Recording in the register…" in detail.heading.text()
    assert not any(button.isEnabled() for button in detail.buttons.values())
    assert detail.tabs.currentIndex() == detail.pdf_tab
    pane = detail.pdf
    assert pane.pages.currentWidget() is not pane.view
    assert pane.placeholder.text() == "Preparing the PDF for signing…"
    assert pane.busy.isVisibleTo(pane)

    # then the row is chosen, the details are there and the PDF stays shown
    qtbot.waitUntil(lambda: studio.view.current_document() == document_id, timeout=60_000)
    qtbot.waitUntil(lambda: _pdf_shown(detail), timeout=30_000)
    wait_idle(qtbot)
    assert detail.document_id() == document_id and detail.pending is None
    assert _pdf_shown(detail) and pane.source == document_id and not pane.busy.isVisibleTo(pane)
    assert detail.tabs.currentIndex() == detail.pdf_tab
    assert detail.open_pdf_button.isEnabled() and detail.sign_button.isEnabled()


def test_a_pdf_that_arrives_before_the_details_stays(window, registered, studio, qtbot):
    detail = studio.detail
    assert detail.details is None
    studio.actions.open_pdf(registered)  # the PDF is asked for first ...
    qtbot.waitUntil(lambda: _pdf_shown(detail), timeout=30_000)
    studio.show_details(registered)  # ... and the details arrive after it
    qtbot.waitUntil(lambda: detail.document_id() == registered, timeout=30_000)
    wait_idle(qtbot)
    assert _pdf_shown(detail)


def test_choosing_another_agreement_shows_its_pdf_in_the_tab(
    window, registered, register_path, studio, qtbot
):
    from agreement_studio.agreement import example_agreement
    from agreement_studio.register import open_register

    with open_register(register_path) as register:
        other = register.add_draft(example_agreement(parties=2, language="fi"))
    studio.access.recorded(other, added=1)
    detail = studio.detail
    qtbot.waitUntil(lambda: detail.document_id() == other, timeout=30_000)  # chosen on reload
    wait_idle(qtbot)
    studio.show_details(registered)
    qtbot.waitUntil(lambda: detail.document_id() == registered, timeout=30_000)
    studio.actions.open_pdf(registered)
    qtbot.waitUntil(lambda: _pdf_shown(detail), timeout=30_000)
    studio.show_details(other)
    qtbot.waitUntil(lambda: detail.document_id() == other, timeout=30_000)
    # the PDF tab in front: it shows the other agreement's PDF, never the one chosen before
    assert detail.pdf.source != registered
    qtbot.waitUntil(lambda: detail.pdf.source == other and _pdf_shown(detail), timeout=30_000)
