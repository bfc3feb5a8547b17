"""The verifier and the signature stamp speak their reader's (or agreement's) language.

``verify`` on a real signed PDF under ``LANG=fi_FI.UTF-8`` and ``sv_FI.UTF-8`` prints no English
sentence and the same JSON keys and verdict codes as in the C locale; every verdict's sentences
render in Finnish and Swedish; a PDF signed from a Finnish agreement carries a Finnish stamp and
an English one an English stamp.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from dataclasses import replace
from datetime import UTC, datetime

import pytest
from verify_tamper import add_annotation

from agreement_studio.i18n import render
from agreement_studio.verification.report import SignatureReport, Verdict
from agreement_studio.verification.words import file_message, signature_message
from required_tools import require_tools

# Words that only an English sentence of the verifier uses (none is Finnish or Swedish).
ENGLISH = re.compile(
    r"\b(the|signature|signatures|signed|signer|signers|trusted|untrusted|document|changed|"
    r"broken|valid|invalid|file|field|was|were|and|not|since|according|revoked|verified|"
    r"intact|judged|unknown|timestamp|certificate|anchors?|by|of|has|is|are|yes|none|"
    r"nothing|after|through|time|modified|added|annotation|page|covers|whole|"
    r"problems|note|validation|claimed|level|weakness|found)\b",
    re.IGNORECASE,
)
LOCALES = {"fi": "fi_FI.UTF-8", "sv": "sv_FI.UTF-8"}


def _verify(paths, env_lang, home, *options):
    env = {"LANG": env_lang, "PATH": "/usr/bin:/bin", "HOME": str(home)}
    return subprocess.run(
        [sys.executable, "-m", "agreement_studio", "verify", "--no-configured-trust", *options]
        + [str(p) for p in paths],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
    )


def _names(document) -> set[str]:
    """The proper nouns and identifiers a report carries (kept as they are in any language)."""
    found: set[str] = set()
    for entry in document["files"]:
        found.add(entry["path"])
        found.update(entry["trust_anchors"])
        for signature in entry["signatures"]:
            for key in ("signer", "organisation", "email", "issuer", "trust_anchor", "field"):
                if signature.get(key):
                    found.add(signature[key])
    found.update(document.get("trust_anchors") or ())
    return found


def _english_words(text: str, names: set[str]) -> list[str]:
    for name in sorted(names, key=len, reverse=True):
        text = text.replace(name, " ")
    text = re.sub(r"\b[0-9a-f]{8}\b", " ", text)  # fingerprint groups
    return [m.group(0) for m in ENGLISH.finditer(text)]


@pytest.fixture(scope="module")
def files(signed_three, signed_once, base_pdf, tmp_path_factory):
    """A valid (with the anchor), a modified and an unsigned agreement."""
    folder = tmp_path_factory.mktemp("language")
    made = {
        "valid": folder / "valid.pdf",
        "modified": folder / "modified.pdf",
        "unsigned": folder / "unsigned.pdf",
    }
    made["valid"].write_bytes(signed_three)
    made["modified"].write_bytes(add_annotation(signed_once))
    made["unsigned"].write_bytes(base_pdf)
    return made


@pytest.mark.parametrize("language", ["fi", "sv"])
def test_verify_prints_no_english_sentence_in_finnish_and_swedish(language, files, pki, tmp_path):
    paths = [files["valid"], files["modified"], files["unsigned"]]
    trust = ("--trust", str(pki.files["root"]))
    english = _verify(paths, "C.UTF-8", tmp_path, *trust)
    local = _verify(paths, LOCALES[language], tmp_path, *trust)
    assert english.returncode == local.returncode == 1, local.stderr
    assert "VALID" in english.stdout and "Signed by" in english.stdout  # the C locale: English
    document = json.loads(_verify(paths, LOCALES[language], tmp_path, "--json", *trust).stdout)
    words = _english_words(local.stdout, _names(document))
    assert not words, f"English in the {language} output: {sorted(set(words))}\n{local.stdout}"
    # the same report, in other words: as many lines, the paths and fingerprints in place
    assert len(local.stdout.splitlines()) == len(english.stdout.splitlines())
    for path in paths:
        assert f"{path}: " in local.stdout
    assert pki.signers[0].fingerprint[:8] in local.stdout


@pytest.mark.parametrize("language", ["fi", "sv"])
def test_untrusted_signatures_are_worded_too(language, files, tmp_path):
    local = _verify([files["valid"]], LOCALES[language], tmp_path)
    document = json.loads(_verify([files["valid"]], LOCALES[language], tmp_path, "--json").stdout)
    assert document["files"][0]["verdict"] == "untrusted"
    words = _english_words(local.stdout, _names(document))
    assert not words, f"English in the {language} output: {sorted(set(words))}\n{local.stdout}"


def _keys(value, prefix=""):
    if isinstance(value, dict):
        keys = set()
        for key, item in value.items():
            keys.add(prefix + key)
            keys |= _keys(item, prefix + key + ".")
        return keys
    if isinstance(value, list):
        return set().union(*(_keys(item, prefix) for item in value)) if value else set()
    return set()


def test_json_keys_and_verdict_codes_stay_english(files, pki, tmp_path):
    paths = [files["valid"], files["modified"], files["unsigned"]]
    trust = ("--json", "--trust", str(pki.files["root"]))
    documents = {
        name: json.loads(_verify(paths, locale, tmp_path, *trust).stdout)
        for name, locale in {"en": "C.UTF-8", **LOCALES}.items()
    }
    english = documents.pop("en")
    assert [f["verdict"] for f in english["files"]] == ["valid", "modified", "unsigned"]
    for document in documents.values():
        assert _keys(document) == _keys(english)
        assert [f["verdict"] for f in document["files"]] == ["valid", "modified", "unsigned"]
        assert [s["verdict"] for s in document["files"][0]["signatures"]] == ["valid"] * 3
        # the text fields stay English (str of the Text): documented in docs/verification.md
        assert document["files"][1]["message"] == english["files"][1]["message"]


def _report(verdict: Verdict, **fields) -> SignatureReport:
    base = SignatureReport(
        index=0,
        field="Signer1",
        kind="signature",
        verdict=verdict,
        message="",
        signer="Matti Meikäläinen",
        organisation="Lahden kaupunki",
        claimed_time=datetime(2026, 11, 28, 14, 3, tzinfo=UTC),
        trust_time_basis="time of verification",
    )
    return replace(base, **fields)


def _made_reports():
    from agreement_studio.i18n import translatable

    words = translatable("agreement_studio.verification.words")  # the verifier's catalog
    changed = words(
        "field '{name}' value changed (from {before} to {after})",
        name="note",
        before="'a'",
        after="'b'",
    )
    annotation = words("an annotation was added on page {number}", number=1)
    broken = words("the document bytes do not match the signature (digest mismatch)")
    revoked = words("the certificate of '{name}' was revoked", name="Matti Meikäläinen")
    return {
        Verdict.VALID: _report(
            Verdict.VALID,
            trusted=True,
            trusted_via="anchor",
            trust_anchor="Network CA",
            revocation="good",
            revocation_source="file (DSS)",
            allowed_after=(changed,),
        ),
        Verdict.UNTRUSTED: _report(
            Verdict.UNTRUSTED, trust_problem=words("no trust anchors were given")
        ),
        Verdict.MODIFIED: _report(Verdict.MODIFIED, changes_after=(annotation,)),
        Verdict.INVALID: _report(Verdict.INVALID, problems=(broken,)),
        Verdict.ERROR: _report(
            Verdict.ERROR, kind="timestamp", problems=(words("the page tree has a loop"),)
        ),
        "revoked": _report(Verdict.INVALID, intact=True, revocation="revoked", problems=(revoked,)),
    }


@pytest.mark.parametrize("language", ["fi", "sv"])
def test_every_verdict_is_worded_in_finnish_and_swedish(language):
    names = {"Signer1", "Matti Meikäläinen", "Lahden kaupunki", "Network CA", "note"}
    for verdict, report in _made_reports().items():
        sentence = signature_message(report)
        shown = render(sentence, language)
        assert shown != str(sentence), (verdict, shown)
        assert not _english_words(shown, names), (verdict, shown)
        if isinstance(verdict, Verdict):
            reports = [report, replace(report, index=1, field="Signer2")]
            whole = file_message(verdict, reports, ())
            assert not _english_words(render(whole, language), names | {"Signer2"}), (
                verdict,
                render(whole, language),
            )
    unsigned = file_message(Verdict.UNSIGNED, [], ())
    assert render(unsigned, language) != str(unsigned)


def test_a_composite_message_renders_its_parts_and_keeps_english_as_value():
    report = _made_reports()[Verdict.VALID]
    sentence = signature_message(report)
    assert str(sentence).startswith("Signed by Matti Meikäläinen (Lahden kaupunki) on 2026-11-28")
    assert "since then only form filling followed" in sentence
    assert "lomakkeen täyttö" in render(sentence, "fi")
    assert "formulärifyllning" in render(sentence, "sv")


# --- the stamp --------------------------------------------------------------------------------


def _signed_text(tmp_path, language: str) -> str:
    from agreement_studio.agreement import example_agreement
    from agreement_studio.pdf import render_agreement
    from agreement_studio.signing import create_identity, sign_pdf

    agreement = example_agreement(parties=2, language=language)
    prepared = tmp_path / f"{language}.pdf"
    prepared.write_bytes(render_agreement(agreement))
    _party, signatory, field = next(iter(agreement.signatures()))
    identity = create_identity(name=signatory.name, org="Lahden kaupunki")
    signed = tmp_path / f"{language}-signed.pdf"
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("LANG", "sv_FI.UTF-8")  # the reader's language must not matter
        sign_pdf(prepared, identity, output=signed, field=field)
    out = subprocess.run(
        ["pdftotext", "-layout", str(signed), "-"], capture_output=True, text=True, check=True
    )
    return out.stdout


def test_the_stamp_follows_the_agreements_language(tmp_path):
    require_tools("pdftotext")
    finnish = _signed_text(tmp_path, "fi")
    assert "Sähköisesti allekirjoitettu" in finnish
    assert "Digitally signed" not in finnish and "Elektroniskt undertecknad" not in finnish
    english = _signed_text(tmp_path, "en")
    assert "Digitally signed" in english
    assert "Sähköisesti allekirjoitettu" not in english


def test_reports_from_worker_processes_render_in_the_parents_language(files, trust):
    from agreement_studio.i18n import Text
    from agreement_studio.verification.pool import verify_files

    paths = [files["valid"], files["modified"], files["valid"].parent / "gone.pdf"]
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("LANG", "sv_FI.UTF-8")  # the workers' environment: they render nothing
        reports = list(verify_files(paths, trust=trust, jobs=2))
    assert sorted(r.verdict.value for r in reports) == ["error", "modified", "valid"]
    for report in reports:
        assert isinstance(report.message, Text)  # the message crossed the pipe with its ID
        assert render(report.message, "fi") != str(report.message)
        for signature in report.signatures:
            assert isinstance(signature.message, Text)
            assert all(isinstance(change, Text) for change in signature.changes_after)
            assert render(signature.message, "fi") != str(signature.message)
