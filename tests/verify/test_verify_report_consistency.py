"""One verdict everywhere: the CLI text, ``--json``, the window and the PDF report say the same.

Six files, one per verdict (valid, untrusted, modified, invalid, error, unsigned), are verified
by the command line (text and JSON, through the worker pool) and in this process for the
window's model and the PDF report (the same calls the window makes). For each file the verdict
and every reason the verifier gives (messages, problems, changes, trust and timestamp problems,
weakness, long-term data, revocation, PAdES level, the basis of the trust time) must appear
word for word in each view, and each view must name the validation time and the trust anchors.
A second test fills the fields the verifier may leave at their defaults (revocation, level,
long-term data, weakness) to prove every view renders them.
"""

from __future__ import annotations

import dataclasses
import json
import re
import subprocess
from datetime import UTC, datetime
from pathlib import Path

import pytest
from verify_helpers import sign
from verify_tamper import add_annotation, byte_range, flip_byte

from agreement_studio.cli import main
from agreement_studio.pdf.report import WORDS, describe_anchors, render_report
from agreement_studio.verification import TrustStore, Verdict, verify_pdf

EXPECTED = ["valid", "untrusted", "modified", "invalid", "error", "unsigned"]
# JSON fields of a signature that carry the verifier's own words, shown verbatim in every view.
SIGNATURE_REASONS = (
    "message",
    "problems",
    "changes_after",
    "allowed_after",
    "trust_problem",
    "timestamp_problem",
    "weak",
    "long_term",
    "revocation_source",
    "pades_level",
    "trust_time_basis",
)
NAMED = ("fact.validated", "fact.anchors")
NAMED_PER_SIGNATURE = (
    "fact.judged_at",
    "fact.revocation",
    "fact.level",
    "fact.long_term",
    "fact.weak",
)


@pytest.fixture(scope="module")
def files(tmp_path_factory, base_pdf, signed_once, signed_three, pki) -> list[Path]:
    """One file per verdict, in the order of ``EXPECTED``."""
    folder = tmp_path_factory.mktemp("consistency")
    _, length1, _, _ = byte_range(signed_once)
    contents = [
        signed_three,
        sign(base_pdf, "Signer1", pki.stranger, pki),
        add_annotation(signed_once),
        flip_byte(signed_once, length1 // 2),
        b"%PDF-1.7\nthis is not really a PDF\n",
        base_pdf,
    ]
    paths = []
    for name, data in zip(EXPECTED, contents, strict=True):
        path = folder / f"{name}.pdf"
        path.write_bytes(data)
        paths.append(path)
    return paths


@pytest.fixture(scope="module")
def trust(pki) -> TrustStore:
    return TrustStore.from_files([pki.files["root"]])


@pytest.fixture(scope="module")
def reports(files, trust):
    """Verified in this process, as the window's worker does."""
    found = [verify_pdf(path, trust=trust) for path in files]
    assert [r.verdict.value for r in found] == EXPECTED
    return found


def _cli(args: list[str], capsys) -> str:
    main(args)
    return capsys.readouterr().out


@pytest.fixture
def cli_text(files, pki, capsys) -> str:
    trust = ["--no-configured-trust", "--trust", str(pki.files["root"]), "--jobs", "2"]
    return _cli(["verify", *trust, *map(str, files)], capsys)


@pytest.fixture
def cli_json(files, pki, capsys) -> dict:
    trust = ["--no-configured-trust", "--trust", str(pki.files["root"]), "--jobs", "2"]
    return json.loads(_cli(["verify", "--json", *trust, *map(str, files)], capsys))


def _flat(text: str) -> str:
    return " ".join(text.split())


def _bare(text: str) -> str:
    """Without any whitespace: a PDF may wrap a line anywhere, even inside a long word."""
    return "".join(text.split())


def _reasons(entry: dict) -> list[str]:
    """The verifier's words for one file (a JSON entry): message, problems, each signature's."""
    found = [entry["message"], *entry["problems"]]
    for signature in entry["signatures"]:
        for key in SIGNATURE_REASONS:
            value = signature[key]
            found += value if isinstance(value, list) else [value] if value else []
        found.append(signature["revocation"])  # the status code opens its line in English
    return [text for text in found if text]


def _comparable(entry: dict) -> dict:
    """A JSON entry without what differs between two runs (times, durations)."""
    ignore = {"seconds", "validation_time", "trust_time", "revocation_time"}

    def strip(value):
        if isinstance(value, dict):
            return {k: strip(v) for k, v in value.items() if k not in ignore}
        if isinstance(value, list):
            return [strip(v) for v in value]
        return value

    return strip(entry)


def _cli_blocks(text: str, files: list[Path]) -> dict[str, str]:
    """The CLI's text split into one block per file (each opens with ``path: VERDICT``)."""
    starts = sorted((text.index(f"{path}: "), str(path)) for path in files)
    ends = [start for start, _ in starts[1:]] + [len(text)]
    return {path: text[start:end] for (start, path), end in zip(starts, ends, strict=True)}


def _model_texts(model, row: int) -> tuple[str, list[str]]:
    """Every text and tooltip under a file's row of the window's model, and its verdict roles."""
    from PySide6.QtCore import Qt

    from agreement_studio.gui.verification.model import VERDICT_ROLE

    texts, verdicts = [], []

    def walk(index) -> None:
        for column in range(model.columnCount(index)):
            cell = model.index(index.row(), column, index.parent())
            texts.append(model.data(cell, Qt.ItemDataRole.DisplayRole) or "")
            texts.append(model.data(cell, Qt.ItemDataRole.ToolTipRole) or "")
        verdicts.append(model.data(index, VERDICT_ROLE))
        for child in range(model.rowCount(index)):
            walk(model.index(child, 0, index))

    walk(model.index(row, 0))
    return "\n".join(texts), verdicts


def _pdf_text(data: bytes) -> str:
    done = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", "-", "-"], input=data, capture_output=True, check=True
    )
    return done.stdout.decode("utf-8")


def test_every_view_says_the_same_verdict_and_reasons(
    files, reports, trust, cli_text, cli_json, qapp
):
    from agreement_studio.gui.verification.model import VerificationModel
    from agreement_studio.gui.verification.words import report_words

    anchors = describe_anchors(trust)
    assert len(anchors) == 1 and anchors[0].startswith("Network CA (")

    # JSON: the top level, and the same findings as the in-process verification.
    assert list(cli_json) == ["generated_at", "tool", "trust_anchors", "files"]
    assert datetime.fromisoformat(cli_json["generated_at"]).tzinfo is not None
    assert cli_json["tool"]["name"] == "agreement-studio" and cli_json["tool"]["version"]
    assert cli_json["trust_anchors"] == anchors
    entries = cli_json["files"]
    assert [e["verdict"] for e in entries] == EXPECTED
    for entry, report in zip(entries, reports, strict=True):
        assert _comparable(entry) == _comparable(report.to_dict()), entry["path"]
        assert "validation_time" in entry and "trust_anchors" in entry
        for signature in entry["signatures"]:
            assert signature["revocation"] in ("good", "revoked", "unknown", "not-applicable")
            assert signature["pades_level"] in ("B-B", "B-T", "B-LT", "B-LTA", None)
            for key in ("trust_time", "trust_time_basis", "long_term", "weak"):
                assert key in signature

    # The window's Save as JSON writes the same document.
    from agreement_studio.gui.verification.work import report_json

    saved = json.loads(report_json(reports, anchors))
    assert list(saved) == list(cli_json) and saved["trust_anchors"] == anchors
    assert saved["tool"] == cli_json["tool"]
    assert [_comparable(f) for f in saved["files"]] == [_comparable(f) for f in entries]

    # The window's model, filled as the controller fills it.
    model = VerificationModel()
    model.set_anchors(anchors)
    model.add_reports([(report, n) for n, report in enumerate(reports)])
    words = report_words()

    blocks = _cli_blocks(cli_text, files)
    assert WORDS["trust"].format(names=anchors[0]) in cli_text  # the header names the anchor
    for row, (entry, report) in enumerate(zip(entries, reports, strict=True)):
        verdict = entry["verdict"]
        block = _flat(blocks[entry["path"]])
        window, roles = _model_texts(model, row)
        window = _flat(window)
        pdf = _bare(_pdf_text(render_report([report], words=words, trust_names=anchors)))

        # The verdict, in each view's own form.
        assert block.startswith(f"{entry['path']}: {verdict.upper()}")
        assert roles[0] == verdict
        assert [s["verdict"] for s in entry["signatures"]] == [v for v in roles[1:] if v]
        assert _bare(WORDS[f"verdict.{verdict}"]) in pdf
        for signature in entry["signatures"]:
            assert f"[{signature['verdict']}]" in block

        # Every reason, word for word.
        for reason in _reasons(entry):
            assert _flat(reason) in block, (verdict, "CLI text", reason)
            assert _flat(reason) in window, (verdict, "window", reason)
            assert _bare(reason) in pdf, (verdict, "PDF report", reason)

        # Each names the validation time and the trust anchors; each signature the rest.
        for key in NAMED + NAMED_PER_SIGNATURE * bool(entry["signatures"]):
            label = WORDS[key]
            assert re.search(rf"\b{re.escape(label)}:", block, re.IGNORECASE), (key, block)
            assert label in window, (verdict, key)
            if key != "fact.anchors":  # the PDF names the run's anchors once, at the top
                assert _bare(label) in pdf, (verdict, key)
        assert _bare(WORDS["trust"].format(names=anchors[0])) in pdf
        assert anchors[0] in block and anchors[0] in window and _bare(anchors[0]) in pdf


def test_fields_the_verifier_may_leave_empty_are_shown_once_filled(reports, capsys, qapp):
    """Revocation, level, long-term data and weakness, as C's checks will fill them."""
    from agreement_studio.cli.verify import _print_text
    from agreement_studio.gui.verification.model import VerificationModel

    valid = reports[0]
    moment = datetime(2026, 1, 2, 3, 4, tzinfo=UTC)
    first = dataclasses.replace(
        valid.signatures[0],
        revocation="revoked",
        revocation_source="file (DSS)",
        revocation_time=moment,
        pades_level="B-LT",
        long_term=("DSS with 2 CRLs and 1 OCSP response",),
        weak="RSA key of 1024 bits",
        trust_time=moment,
        trust_time_basis="trusted timestamp",
    )
    second = dataclasses.replace(valid.signatures[1], revocation="good", revocation_source=None)
    filled = dataclasses.replace(
        valid,
        signatures=(first, second, *valid.signatures[2:]),
        validation_time=moment,
        trust_anchors=("Network CA (00ff)",),
    )
    expected = [
        "revoked on 2026-01-02 03:04 UTC (source: file (DSS))",
        "good: not revoked",
        "B-LT",
        "DSS with 2 CRLs and 1 OCSP response",
        "too weak (ETSI TS 119 312): RSA key of 1024 bits",
        "2026-01-02 03:04 UTC (trusted timestamp)",
        "Network CA (00ff)",
    ]
    _print_text(filled, ["Ignored CA (11)"])
    text = _flat(capsys.readouterr().out)
    assert "validation time: 2026-01-02 03:04 UTC" in text
    model = VerificationModel()
    model.add_report(filled)
    window = _flat(_model_texts(model, 0)[0])
    pdf = _bare(_pdf_text(render_report([filled])))
    for line in expected:
        assert line in text, line
        assert line in window, line
        assert _bare(line) in pdf, line
    assert "Ignored CA" not in text  # the report's own anchors come first
    assert filled.to_dict()["signatures"][0]["revocation"] == "revoked"
    assert Verdict(filled.to_dict()["verdict"]) is Verdict.VALID
