"""The signed and attacked PDFs made by other tools (tests/corpus) get the expected verdicts."""

from __future__ import annotations

import hashlib
import json
import tomllib
from pathlib import Path

import pytest

from agreement_studio.cli import main
from agreement_studio.verification import TrustStore, Verdict, verify_pdf

CORPUS = Path(__file__).resolve().parents[1] / "corpus"
SHARED = Path(__file__).resolve().parents[2].parent / "shared" / "corpus"
MANIFEST = tomllib.loads((CORPUS / "manifest.toml").read_text("utf-8"))["file"]
ACCEPT = {
    "valid": {Verdict.VALID},
    "intact": {Verdict.VALID, Verdict.UNTRUSTED},
    "reject": {Verdict.INVALID, Verdict.MODIFIED, Verdict.ERROR},
}


def _trust(entry: dict) -> TrustStore:
    # "valid" files have no timestamp and their certificates have expired since: the manifest
    # asks them judged at the time of signing, which is the signer's claim (the lenient policy)
    return TrustStore.from_files(
        [CORPUS / p for p in entry.get("trust", [])],
        [CORPUS / p for p in entry.get("intermediates", [])],
        trust_claimed_time=entry["expect"] == "valid",
    )


@pytest.mark.parametrize("entry", MANIFEST, ids=[e["name"] for e in MANIFEST])
def test_corpus_file_gets_expected_verdict(entry):
    report = verify_pdf(CORPUS / entry["name"], trust=_trust(entry))
    assert report.verdict in ACCEPT[entry["expect"]], report.message
    if entry["expect"] != "reject":
        assert report.signatures and all(s.intact for s in report.signatures)
    if entry["expect"] == "valid":
        # the certificates have expired since: trust was judged at signing time
        assert all(s.trust_time_basis for s in report.signatures)
        assert any("expired since" in (s.certificate_note or "") for s in report.signatures)


def test_every_corpus_pdf_is_in_the_manifest():
    listed = {entry["name"] for entry in MANIFEST}
    present = {f"pdf/{p.name}" for p in (CORPUS / "pdf").glob("*.pdf")}
    assert listed == present


def test_corpus_copy_matches_its_checksums_and_the_shared_corpus():
    # SHA256SUMS was written from the shared corpus; where that corpus lies beside the
    # repository (as on a developer's machine and in CI), the copy is compared with it too.
    listed = {}
    for line in (CORPUS / "SHA256SUMS").read_text("utf-8").splitlines():
        digest, name = line.split(maxsplit=1)
        listed[Path(name.removeprefix("./"))] = digest
    ours = {p.relative_to(CORPUS): p for p in CORPUS.rglob("*") if p.is_file()}
    assert set(listed) <= set(ours)
    for name, digest in listed.items():
        assert hashlib.sha256(ours[name].read_bytes()).hexdigest() == digest, name
    if SHARED.is_dir():
        theirs = {
            p.relative_to(SHARED): p.read_bytes()
            for p in SHARED.rglob("*")
            if p.is_file() and p.name != ".gitattributes"
        }
        assert set(theirs) <= set(ours)
        for name, data in theirs.items():
            assert ours[name].read_bytes() == data, name


def test_command_line_json_over_the_corpus(capsys):
    trust = [str(CORPUS / p) for e in MANIFEST for p in e.get("trust", [])]
    inter = [str(CORPUS / p) for e in MANIFEST for p in e.get("intermediates", [])]
    args = ["verify", "--json", "--jobs", "2", "--trust-claimed-time", str(CORPUS / "pdf")]
    args += [a for path in sorted(set(trust)) for a in ("--trust", path)]
    args += [a for path in sorted(set(inter)) for a in ("--intermediate", path)]
    status = main(args)
    document = json.loads(capsys.readouterr().out)
    assert status == 1
    by_name = {Path(f["path"]).name: f for f in document["files"]}
    assert len(by_name) == len(MANIFEST)
    for entry in MANIFEST:
        found = by_name[Path(entry["name"]).name]
        assert Verdict(found["verdict"]) in ACCEPT[entry["expect"]], found["message"]
        for signature in found["signatures"]:
            assert {
                "field",
                "signer",
                "organisation",
                "fingerprint_sha256",
                "signed_at",
                "intact",
                "trusted",
                "verdict",
                "changes_after",
                "message",
            } <= set(signature)
