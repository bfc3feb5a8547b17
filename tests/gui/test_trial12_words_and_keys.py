"""Outside trial 12: the parallel-copies note, headers, CA refusal, list focus, help, run times."""

from __future__ import annotations

import datetime as dt
import re
from types import SimpleNamespace

import pytest
from PySide6.QtCore import Qt

from agreement_studio.i18n import render
from agreement_studio.register.lines import Node, Signing, circulation_note, line_state
from agreement_studio.register.words import day_words, joined

PASSWORD = "correct horse battery 12"

# English words that a Finnish or Swedish note must not contain.
ENGLISH = re.compile(r"\b(signed|parallel|copy|current|must|send|nobody|unknown)\b")


def _forked(signers):
    """A prepared PDF and one signed copy of it per (name, moment): parallel copies."""
    nodes = [Node(1, None, None, 0, "2026-12-01T08:00:00", 100, "0" * 64)]
    acts = {}
    for index, (name, moment) in enumerate(signers, start=2):
        nodes.append(Node(index, 1, f"field{index}", 1, moment, 200, f"{index}" * 64))
        acts[index] = Signing(name, moment)
    return nodes, acts


@pytest.mark.parametrize("count", [2, 3])
@pytest.mark.parametrize(
    ("language", "day"), [("fi", "5.12.2026"), ("sv", "5.12.2026"), ("en", "2026-12-05")]
)
def test_the_parallel_copies_note_is_wholly_in_the_readers_language(language, day, count):
    people = [
        ("Päivi Mäkelä", "2026-12-04T09:00:00"),
        ("Sanna Lähteenmäki", "2026-12-05T10:30:00"),
        ("Mikko Virtanen", "2026-12-05T11:00:00"),
    ][:count]
    nodes, acts = _forked(people)
    note = circulation_note(line_state(nodes), nodes, acts, 1)
    assert note is not None
    text = render(note, language)
    for name, _moment in people:
        assert name in text
    assert day in text
    if language == "en":
        assert "signed a parallel copy on 2026-12-05" in text
    else:
        assert not ENGLISH.search(text), text
        assert not re.search(r"\d{4}-\d\d-\d\d", text), text  # no ISO dates
        assert "4.12.2026" in text  # the copy kept: its signatory and day in the same form


def test_day_words_and_a_lone_joined_sentence_stay_translatable():
    assert render(day_words("2026-01-09T00:00:00"), "fi") == "9.1.2026"
    assert render(day_words("2026-01-09"), "en") == "2026-01-09"
    assert render(day_words(None), "sv") != render(day_words(None), "en")
    lone = joined([day_words("2026-03-04")], "; ")
    assert render(lone, "sv") == "4.3.2026"


def test_finnish_valid_until_says_until(qapp):
    from agreement_studio.gui.i18n import install_translators
    from agreement_studio.gui.signing.identities_dialog import MyIdentitiesTab

    install_translators(qapp, "fi")
    try:
        tab = MyIdentitiesTab()
        headers = [tab.list.headerItem().text(i) for i in range(tab.list.columnCount())]
        assert "Voimassa alkaen" in headers and "Voimassa asti" in headers
        assert "Voimassa" not in headers
        tab.deleteLater()
    finally:
        install_translators(qapp, "en")


@pytest.mark.parametrize("language", ["en", "fi", "sv"])
def test_a_ca_as_signing_identity_is_refused_in_whole_sentences(language, tmp_path):
    from agreement_studio.errors import CertificateNotUsable
    from agreement_studio.signing import create_network_ca
    from agreement_studio.signing.identities import check_signing_purpose

    ca = create_network_ca(name="Verkoston CA", org="Verkosto")
    for source in (None, "ca.p12"):
        with pytest.raises(CertificateNotUsable) as caught:
            check_signing_purpose(ca.certificate, source)
        text = render(caught.value, language)
        sentences = [s for s in re.split(r"(?<=\.) ", text) if s]
        assert len(sentences) == 2, text
        for sentence in sentences:  # each starts as a sentence does and ends with a full stop
            assert sentence[0].isupper() or sentence.startswith("ca.p12"), sentence
            assert sentence.endswith("."), sentence
        assert "'Verkoston CA'" in text
        if language != "en":
            assert "signing identity" not in text and "issues" not in text


@pytest.mark.parametrize("tabbed_to", ["mine", "trust"])
def test_a_list_reached_by_keyboard_selects_its_current_row(qtbot, tabbed_to):
    from agreement_studio.gui.signing.identities_dialog import MyIdentitiesTab
    from agreement_studio.gui.signing.trust_tab import TrustTab
    from agreement_studio.signing import create_identity
    from agreement_studio.signing.identity_store import store_identity

    store_identity(create_identity(name="Aino Aalto", org="Lahden kaupunki"), PASSWORD)
    tab = MyIdentitiesTab() if tabbed_to == "mine" else TrustTab()
    qtbot.addWidget(tab)
    tab.show()
    qtbot.waitExposed(tab)
    tab.activateWindow()
    if tabbed_to == "trust" and tab.list.topLevelItemCount() == 0:
        tab.list.add(["a", "b"])
    assert not tab.list.selectedItems()
    tab.list.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: bool(tab.list.selectedItems()))
    assert tab.list.selectedItems()[0] is tab.list.currentItem()
    if tabbed_to == "mine":
        assert tab.remove_button.isEnabled()  # no Space needed


def test_the_wizard_help_names_ctrl_tab_on_every_page(qapp):
    from agreement_studio.drafting.wizard import STEPS
    from agreement_studio.gui.help import help_text
    from agreement_studio.gui.i18n import install_translators

    for language in ("en", "fi", "sv"):
        install_translators(qapp, language)
        try:
            for step in STEPS:
                _title, text = help_text(f"wizard:{getattr(step, 'value', step)}")
                assert "Ctrl+Tab" in text, (language, step)
        finally:
            install_translators(qapp, "en")


def test_the_run_summary_gives_the_range_of_check_times():
    from agreement_studio.gui.verification.controller import VerificationController

    first = dt.datetime(2026, 12, 5, 0, 57, tzinfo=dt.UTC)
    later = first + dt.timedelta(minutes=42)
    one = VerificationController._validated([SimpleNamespace(validation_time=first)])
    assert "00:57" in one and "01:39" not in one
    both = VerificationController._validated(
        [SimpleNamespace(validation_time=first), SimpleNamespace(validation_time=later)]
    )
    assert "00:57" in both and "01:39" in both
