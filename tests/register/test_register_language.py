"""The register's command line in Finnish and Swedish, as LANG asks (a subprocess per command)."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from agreement_studio.agreement import example_agreement, save_draft
from agreement_studio.i18n import render, speaking
from agreement_studio.pdf import render_agreement
from agreement_studio.register.status import Status, describe_status, status_word

LOCALES = {"fi": "fi_FI.UTF-8", "sv": "sv_FI.UTF-8"}

# English words the register's own sentences use; none may reach a Finnish or Swedish reader.
# (Names, titles, hashes, dates and the audit log's action codes are not sentences.)
ENGLISH = re.compile(
    r"\b(the|is|not|of|and|by|signed|agreement|agreements|nothing|yet|events|rejected|"
    r"parties|signatories|versions|revisions|passed|notice|review|ends|days|current|send|"
    r"valid|untrusted|recorded|warning|already|changed|ready|signing|term|network)\b",
    re.IGNORECASE,
)


def _run(register: Path, language: str, *args: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in ("LANGUAGE", "LC_ALL", "LC_MESSAGES")}
    env["LANG"] = LOCALES.get(language, "C.UTF-8")
    return subprocess.run(
        [sys.executable, "-m", "agreement_studio", "--register", str(register), *args],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
    )


def _english_words(text: str, folder: Path) -> list[str]:
    # file paths, the program's and the template's names are names, not sentences
    text = text.replace(str(folder), "")
    for name in ("agreement-studio", "Agreement Studio", "network-continuation", ".agreement."):
        text = text.replace(name, "")
    return [m.group(0) for m in ENGLISH.finditer(text)]


@pytest.fixture(scope="module")
def register_with_a_signature(tmp_path_factory):
    """A register holding one agreement signed by its first signatory, and a refused import."""
    from agreement_studio.signing import create_identity, sign_pdf

    folder = tmp_path_factory.mktemp("language")
    register = folder / "register.sqlite"
    draft = example_agreement(parties=2)
    path = save_draft(draft, folder / "draft.agreement.json")
    added = _run(register, "en", "register", "add", str(path))
    assert added.returncode == 0, added.stderr
    party, signatory, field = draft.signatures()[0]
    identity = create_identity(name=signatory.name, org=party.name)
    signed = folder / "signed.pdf"
    sign_pdf(render_agreement(draft), identity, output=signed, field=field)
    return register, signed, added.stdout.strip(), path


@pytest.mark.parametrize("language", ["fi", "sv"])
def test_register_commands_speak_the_language_of_the_environment(
    register_with_a_signature, language
):
    register, _signed, document_id, draft = register_with_a_signature
    english = _run(register, "en", "register", "show", document_id)
    assert "Signatories:" in english.stdout and "not signed yet" in english.stdout
    outputs = []
    for args in (
        ("register", "list"),
        ("register", "show", document_id),
        ("register", "reminders", "--within", "36500"),
        ("register", "verify"),
        ("register", "reminders", "--within", "0"),
    ):
        result = _run(register, language, *args)
        assert result.returncode == 0, result.stderr
        outputs.append(result.stdout + result.stderr)
    rejected = _run(register, language, "register", "import", str(draft))
    assert rejected.returncode == 1
    outputs.append(rejected.stdout + rejected.stderr)
    unknown = _run(register, language, "register", "show", "0000")
    assert unknown.returncode == 2
    outputs.append(unknown.stderr)
    text = "\n".join(outputs)
    assert not _english_words(text, register.parent), (_english_words(text, register.parent), text)
    words = {
        "fi": ["Allekirjoittajat:", "valmis allekirjoitettavaksi", "HYLÄTTY", "onnistui"],
        "sv": ["Undertecknare:", "klart för underskrift", "AVVISAD", "godkänd"],
    }[language]
    for word in words:
        assert word in text, (word, text)


def test_an_import_is_reported_in_finnish_and_recorded_reasons_stay_translatable(
    register_with_a_signature,
):
    register, signed, document_id, draft = register_with_a_signature
    assert _run(register, "sv", "register", "import", str(draft)).returncode == 1
    imported = _run(register, "fi", "register", "import", str(signed))
    assert imported.returncode == 0, imported.stderr
    assert "tallennettu allekirjoitus" in imported.stdout
    assert "osittain allekirjoitettu (1/2)" in imported.stdout
    shown = _run(register, "sv", "register", "show", document_id).stdout
    assert "delvis undertecknat (1 av 2)" in shown and "inte betrodd" in shown
    assert not _english_words(shown, register.parent), shown

    from agreement_studio.register import open_register
    from agreement_studio.register.words import reread

    with open_register(str(register)) as opened:
        events = [e for e in opened.events() if e.action == "import-rejected"]
    assert events  # the draft given to import above was refused, and the refusal recorded
    for event in events:
        reason = reread(event.details.get("reason_text"), "")
        assert render(reason, "en") == event.details["reason"]
        assert render(reason, "fi") == (
            "se ei ole Agreement Studion PDF-tiedosto (sen metatiedoissa ei ole asiakirjatunnusta)"
        )


def test_status_words_in_every_language():
    assert describe_status(Status.PARTIALLY_SIGNED, 2, 5) == "partially signed (2 of 5)"
    assert render(describe_status(Status.PARTIALLY_SIGNED, 2, 5), "fi") == (
        "osittain allekirjoitettu (2/5)"
    )
    for status in Status:
        english = status_word(status)
        assert english == status.value.replace("-", " ")
        with speaking("sv"):
            assert render(english) != english
