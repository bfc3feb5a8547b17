"""The verification report as PDF: a sound file, fonts embedded, the signers named, page n / N."""

from __future__ import annotations

import tomllib
from datetime import UTC, datetime
from pathlib import Path

import pytest
from pdf_helpers import pdffonts_rows, pdftotext, pdftotext_pages, qpdf_check

from agreement_studio.pdf import render_report, write_report
from agreement_studio.pdf.report import WORDS, file_summary, signature_facts
from agreement_studio.verification import TrustStore, verify_pdf

CORPUS = Path(__file__).resolve().parents[1] / "corpus"
MANIFEST = tomllib.loads((CORPUS / "manifest.toml").read_text("utf-8"))["file"]
CREATED = datetime(2026, 3, 2, 9, 30, tzinfo=UTC)


@pytest.fixture(scope="module")
def reports():
    """Every corpus file verified with the corpus's trust anchor and intermediate."""
    trust = TrustStore.from_files(
        [CORPUS / "certs/pyhanko-testing-root.pem"],
        [CORPUS / "certs/pyhanko-testing-intermediate.pem"],
    )
    return [verify_pdf(CORPUS / e["name"], trust=trust) for e in MANIFEST]


@pytest.fixture(scope="module")
def report_pdf(reports) -> bytes:
    return render_report(reports, created=CREATED, trust_names=["Root CA"])


def test_report_is_a_sound_pdf_with_embedded_fonts_only(report_pdf):
    assert qpdf_check(report_pdf).returncode == 0
    fonts = pdffonts_rows(report_pdf)
    assert fonts and all(row["emb"] == "yes" for row in fonts), fonts
    assert {row["name"].split("+")[-1] for row in fonts} <= {
        "NotoSans-Regular",
        "NotoSans-Bold",
        "NotoSerif-Regular",
        "NotoSerif-Bold",
    }


def test_report_names_every_file_signer_and_verdict(reports, report_pdf):
    text = " ".join(pdftotext(report_pdf).split())
    for report in reports:
        assert Path(report.path).name in text
        for signature in report.signatures:
            if signature.signer:
                assert signature.signer in text
    assert "Lord Testerino" in text and "LEPROPRE Jean" in text
    for word in ("Valid", "Untrusted", "Modified", "Invalid", "Error"):
        assert word in text
    assert "Trusted certificates: Root CA." in text
    assert "Created: 2026-03-02 09:30 UTC" in text
    assert "has expired since" in text  # the valid corpus signers' certificates have expired


def test_every_page_says_page_n_of_total(report_pdf):
    pages = pdftotext_pages(report_pdf)
    assert len(pages) > 1
    for number, page in enumerate(pages, start=1):
        assert f"Page {number} / {len(pages)}" in page


def test_same_input_same_bytes(reports, report_pdf):
    assert render_report(reports, created=CREATED, trust_names=["Root CA"]) == report_pdf


def test_words_can_be_given_and_a_broken_template_falls_back(reports):
    words = {
        "title": "Allekirjoitusten tarkastusraportti",
        "page": "Sivu {n} / {total}",
        "verdict.valid": "Kelvollinen",
        "file.valid": "Kaikki kunnossa {oops}.",
    }
    data = render_report(
        reports[:1] + [r for r in reports if r.verdict.value == "valid"],
        words=words,
        created=CREATED,
        language="fi",
    )
    text = pdftotext(data)
    assert "Allekirjoitusten tarkastusraportti" in text and "Sivu 1 / " in text
    assert "Kelvollinen" in text
    assert "Every signature is intact and trusted" in text  # {oops}: the English instead


def test_write_report_writes_atomically(reports, tmp_path):
    target = tmp_path / "report.pdf"
    target.write_bytes(b"old")
    write_report(target, reports[:2], created=CREATED)
    assert target.read_bytes().startswith(b"%PDF-")
    assert [p.name for p in tmp_path.iterdir()] == ["report.pdf"]  # no temporary left over


def test_plain_language_facts(reports):
    valid = next(r for r in reports if r.verdict.value == "valid" and r.signatures)
    facts = dict(signature_facts(valid.signatures[0]))
    assert facts["Intact"] == [WORDS["intact.yes"]]
    assert facts["Trusted"][0].startswith("Yes, through “")
    assert "judged at the time" in facts["Trusted"][0]
    assert "it has expired since, on" in facts["Certificate"][0]
    assert facts["Changed after signing"] == ["nothing"]
    modified = next(r for r in reports if r.verdict.value == "modified")
    assert file_summary(modified).startswith("Changed after signature ")
    changed = next(s for s in modified.signatures if s.changes_after)
    assert dict(signature_facts(changed))["Changed after signing"] == list(changed.changes_after)
