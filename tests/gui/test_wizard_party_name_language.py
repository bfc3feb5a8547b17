"""The parties page's "Language of the name": a Swedish-named party in a Finnish agreement.

The choice goes into the draft (``Party.name_language``), follows the chosen party, and a
tag written into the draft by hand is shown as it is (issue 14: /Lang for foreign names).
"""

from __future__ import annotations

from agreement_studio.agreement import example_agreement
from agreement_studio.drafting.wizard import Step, WizardSession


def _open(window, agreement):
    session = WizardSession(agreement, Step.PARTIES)
    window._start_drafting(lambda: session)
    return session, window.workspace.wizard.currentPage()


def test_choosing_swedish_marks_the_party_name_and_follows_the_selection(window, qtbot):
    agreement = example_agreement(parties=3, language="fi")
    agreement.parties[2].name_language = "se-FI"  # written by hand in the draft
    session, page = _open(window, agreement)
    combo = page.name_language
    assert combo.isVisibleTo(page) and combo.accessibleName() == "Language of the name"
    page._select(1)
    assert combo.currentData() == ""
    combo.setCurrentIndex(combo.findData("sv"))
    assert session.agreement.parties[1].name_language == "sv"
    assert session.is_modified()
    page._select(0)
    assert combo.currentData() == ""  # the first party's name is in the agreement's language
    page._select(2)
    assert combo.currentText() == "se-FI" and combo.currentData() == "se-FI"
    page._select(1)
    assert combo.currentData() == "sv"
    combo.setCurrentIndex(combo.findData(""))
    assert session.agreement.parties[1].name_language == ""
