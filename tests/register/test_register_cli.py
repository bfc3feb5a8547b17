"""The register's command line, run as a user runs it (a subprocess per command)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from agreement_studio.agreement import load_draft


def _run(
    register: Path, *args: str, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", "agreement_studio", "--register", str(register), *args]
    return subprocess.run(
        command, capture_output=True, text=True, timeout=120, env={**os.environ, **(env or {})}
    )


def _ok(result: subprocess.CompletedProcess[str]) -> str:
    assert result.returncode == 0, result.stdout + result.stderr
    return result.stdout


def test_the_signing_round_through_the_command_line(tmp_path, identities):
    reg = tmp_path / "register.sqlite"
    draft = tmp_path / "example.agreement.json"
    _ok(_run(reg, "example", "--parties", "3", "-o", str(draft)))
    agreement = load_draft(draft)
    document_id = _ok(_run(reg, "register", "add", str(draft))).strip()
    assert document_id == str(agreement.document_id)
    short = document_id[:8]
    for index, (party, signatory, field_name) in enumerate(agreement.signatures()):
        identity = identities(signatory.name, party.name)
        p12 = identity.save_pkcs12(tmp_path / f"id{index}.p12", "salasana")
        current = tmp_path / f"current-{index}.pdf"
        _ok(_run(reg, "register", "pdf", short, "-o", str(current)))
        signed = tmp_path / f"signed-{index}.pdf"
        _ok(
            _run(
                reg,
                "sign",
                str(current),
                "--identity",
                str(p12),
                "-o",
                str(signed),
                env={"AGREEMENT_STUDIO_PASSWORD": "salasana"},
            )
        )
        out = json.loads(_ok(_run(reg, "register", "import", str(signed), "--json")))
        assert out[0]["result"]["added"][0]["field_name"] == field_name
    shown = json.loads(_ok(_run(reg, "register", "show", short, "--json")))
    assert shown["row"]["status"] == "signed"
    assert all(s["signed"] and s["signed_at"] for s in shown["signatories"])
    text = _ok(_run(reg, "register", "show", short))
    assert "Status: signed" in text
    for _, signatory, _ in agreement.signatures():
        assert f"[x] {signatory.name}" in text
    verify = _run(reg, "register", "verify")
    assert verify.returncode == 0 and "register check passed" in verify.stdout
    again = _run(reg, "register", "import", str(tmp_path / "signed-2.pdf"))
    assert again.returncode == 0 and "nothing changed" in again.stdout
    listed = json.loads(_ok(_run(reg, "register", "list", "--status", "signed", "--json")))
    assert [r["document_id"] for r in listed["rows"]] == [document_id]


def test_listing_reminders_exports_and_termination(tmp_path):
    reg = tmp_path / "register.sqlite"
    draft = tmp_path / "d.agreement.json"
    _ok(_run(reg, "example", "--parties", "2", "--lang", "en", "-o", str(draft)))
    document_id = json.loads(
        _ok(_run(reg, "register", "add", str(draft), "--no-prepare", "--json"))
    )["document_id"]
    listing = _ok(_run(reg, "register", "list", "--search", "guidance"))
    assert document_id[:8] in listing and "(1–1 of 1)" in listing
    assert "(none of 0)" in _ok(_run(reg, "register", "list", "--search", "nothing-like-it"))
    assert (
        json.loads(_ok(_run(reg, "register", "list", "--before", "2027-01-01", "--json")))["total"]
        == 0
    )
    ics = tmp_path / "r.ics"
    reminders = json.loads(
        _ok(_run(reg, "register", "reminders", "--within", "36500", "--ics", str(ics), "--json"))
    )
    assert {r["kind"] for r in reminders} == {"end", "notice", "review"}
    assert ics.read_bytes().count(b"BEGIN:VEVENT") == 3
    csv_path = tmp_path / "r.csv"
    _ok(_run(reg, "register", "export", "--csv", str(csv_path)))
    assert document_id in csv_path.read_text("utf-8-sig")
    _ok(
        _run(
            reg,
            "register",
            "terminate",
            document_id[:6],
            "--date",
            "2027-02-01",
            "--reason",
            "the network merged",
        )
    )
    shown = json.loads(_ok(_run(reg, "register", "show", document_id, "--json")))
    assert shown["row"]["status"] == "terminated"


@pytest.mark.parametrize(
    ("args", "code", "message"),
    [
        (["register", "show", "ffffffff"], 2, "no agreement"),
        (["register", "terminate", "ab", "--date", "tomorrow", "--reason", "x"], 2, "a date like"),
        (["register", "add", "missing.agreement.json"], 2, "no such file"),
        (["register", "import", "missing.pdf"], 2, "no such file"),
        (["register", "pdf", "zz", "-o", "x.pdf"], 2, "not a document ID"),
    ],
)
def test_mistakes_are_one_line_and_exit_2(tmp_path, args, code, message):
    result = _run(tmp_path / "r.sqlite", *args)
    assert result.returncode == code
    assert message in result.stdout + result.stderr
    assert "Traceback" not in result.stderr


def test_import_with_a_trust_anchor_and_json_output_of_files(tmp_path):
    from cryptography.hazmat.primitives.serialization import Encoding

    from agreement_studio.signing import create_network_ca

    reg = tmp_path / "r.sqlite"
    draft = tmp_path / "d.agreement.json"
    _ok(_run(reg, "example", "--parties", "2", "-o", str(draft)))
    agreement = load_draft(draft)
    document_id = json.loads(_ok(_run(reg, "register", "add", str(draft), "--json")))["document_id"]
    pdf = json.loads(
        _ok(_run(reg, "register", "pdf", document_id, "-o", str(tmp_path / "c.pdf"), "--json"))
    )
    assert pdf["size"] == (tmp_path / "c.pdf").stat().st_size
    ca = create_network_ca(name="Verkoston CA", org="Ohjausverkosto")
    anchor = tmp_path / "ca.pem"
    anchor.write_bytes(ca.certificate.public_bytes(Encoding.PEM))
    party, signatory, _ = agreement.signatures()[0]
    p12 = ca.issue(name=signatory.name, org=party.name).save_pkcs12(tmp_path / "i.p12", "pw")
    _ok(
        _run(
            reg,
            "sign",
            str(tmp_path / "c.pdf"),
            "--identity",
            str(p12),
            "-o",
            str(tmp_path / "s.pdf"),
            env={"AGREEMENT_STUDIO_PASSWORD": "pw"},
        )
    )
    out = json.loads(
        _ok(
            _run(
                reg,
                "register",
                "import",
                str(tmp_path / "s.pdf"),
                "--trust-anchor",
                str(anchor),
                "--json",
            )
        )
    )
    assert out[0]["result"]["added"][0]["verdict"] == "valid"
    archived = json.loads(
        _ok(
            _run(
                reg,
                "register",
                "archive",
                document_id[:8],
                "-o",
                str(tmp_path / "a.zip"),
                "--trust-anchor",
                str(anchor),
                "--json",
            )
        )
    )
    assert Path(archived["output"]).is_file()
    exported = json.loads(
        _ok(_run(reg, "register", "export", "--csv", str(tmp_path / "r.csv"), "--json"))
    )
    assert exported["agreements"] == 1


def test_a_rejected_import_exits_1(tmp_path):
    reg = tmp_path / "r.sqlite"
    draft = tmp_path / "d.agreement.json"
    _ok(_run(reg, "example", "-o", str(draft)))
    _ok(_run(reg, "register", "add", str(draft)))
    stranger = tmp_path / "stranger.pdf"
    _ok(_run(reg, "example", "-o", str(tmp_path / "other.agreement.json")))
    _ok(_run(reg, "render", str(tmp_path / "other.agreement.json"), "-o", str(stranger)))
    result = _run(reg, "register", "import", str(stranger))
    assert result.returncode == 1
    assert "REJECTED: no agreement with document ID" in result.stdout
