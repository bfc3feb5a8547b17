"""``agreement-studio verify`` and ``signed-version``: output, JSON and exit statuses."""

from __future__ import annotations

import json
import subprocess

import pytest
from verify_tamper import add_annotation, byte_range, flip_byte

from agreement_studio.cli import main
from agreement_studio.verification import signed_revision
from required_tools import require_tools


def test_valid_files_exit_zero_with_a_readable_block_each(signed_three, pki, write, capsys):
    path = write(signed_three, "agreement.pdf")
    assert main(["verify", str(path), "--trust", str(pki.files["root"])]) == 0
    out = capsys.readouterr().out
    assert f"{path}: VALID" in out
    assert "1. Signer1 [valid] Signed by Matti Meikäläinen (Lahden kaupunki) on " in out
    assert "the signer is trusted through 'Network CA'" in out


def test_untrusted_modified_and_invalid_files_exit_one(signed_once, pki, write, capsys):
    untrusted = write(signed_once)
    assert main(["verify", str(untrusted)]) == 1
    modified = write(add_annotation(signed_once))
    assert main(["verify", str(modified), "--trust", str(pki.files["root"])]) == 1
    assert "changed after signing: an annotation was added on page 1" in capsys.readouterr().out
    _, length1, _, _ = byte_range(signed_once)
    invalid = write(flip_byte(signed_once, length1 // 2))
    assert main(["verify", str(invalid), "--trust", str(pki.files["root"])]) == 1
    assert "INVALID" in capsys.readouterr().out


def test_json_output_is_one_document_in_input_order(signed_three, signed_once, pki, write, capsys):
    first, second = write(signed_three, "b.pdf"), write(add_annotation(signed_once), "a.pdf")
    status = main(
        [
            "verify",
            "--json",
            "--jobs",
            "2",
            "--trust",
            str(pki.files["root"]),
            str(first),
            str(second),
        ]
    )
    document = json.loads(capsys.readouterr().out)
    assert status == 1
    assert [f["path"] for f in document["files"]] == [str(first), str(second)]
    assert [f["verdict"] for f in document["files"]] == ["valid", "modified"]
    signature = document["files"][0]["signatures"][0]
    assert signature["signer"] == "Matti Meikäläinen"
    assert signature["organisation"] == "Lahden kaupunki"
    assert signature["fingerprint_sha256"] == pki.signers[0].fingerprint
    assert signature["intact"] is True and signature["trusted"] is True
    assert signature["changes_after"] == []
    assert document["files"][1]["signatures"][0]["changes_after"] == [
        "an annotation was added on page 1"
    ]


def test_folders_are_searched_for_pdfs(signed_three, pki, tmp_path, capsys):
    folder = tmp_path / "inbox" / "deeper"
    folder.mkdir(parents=True)
    (folder / "one.pdf").write_bytes(signed_three)
    (tmp_path / "inbox" / "two.PDF").write_bytes(signed_three)
    (tmp_path / "inbox" / "notes.txt").write_text("not a pdf")
    assert (
        main(["verify", "--json", "--trust", str(pki.files["root"]), str(tmp_path / "inbox")]) == 0
    )
    assert len(json.loads(capsys.readouterr().out)["files"]) == 2


def test_input_errors_exit_two(signed_once, write, tmp_path, capsys):
    path = write(signed_once)
    assert main(["verify", str(tmp_path / "missing.pdf")]) == 2
    assert "no such file" in capsys.readouterr().err
    bad_cert = tmp_path / "bad.pem"
    bad_cert.write_text("not a certificate")
    assert main(["verify", str(path), "--trust", str(bad_cert)]) == 2
    assert main(["verify", str(path), "--trust", str(tmp_path / "nope.pem")]) == 2
    assert main(["verify", str(path), "--pin", "abc"]) == 2
    empty = tmp_path / "empty"
    empty.mkdir()
    (empty / "bad.pem").write_text("still not a PDF")
    assert main(["verify", str(empty)]) == 2
    with pytest.raises(SystemExit) as exit_info:
        main(["verify", str(path), "--jobs", "0"])
    assert exit_info.value.code == 2


def test_a_broken_file_is_reported_not_crashed_on(write, capsys):
    path = write(b"%PDF-1.7\nthis is not really a PDF\n")
    assert main(["verify", "--json", str(path)]) == 1
    found = json.loads(capsys.readouterr().out)["files"][0]
    assert found["verdict"] == "error" and "startxref" in found["message"]


def test_signed_version_writes_exactly_what_the_signature_covers(
    signed_three, write, tmp_path, capsys
):
    source = write(signed_three)
    for number in (1, 2, 3):
        out = tmp_path / f"v{number}.pdf"
        assert (
            main(["signed-version", str(source), "--signature", str(number), "-o", str(out)]) == 0
        )
        _, _, start2, length2 = byte_range(signed_three, number - 1)
        assert out.read_bytes() == signed_three[: start2 + length2]
        assert out.read_bytes() == signed_revision(signed_three, number - 1)
    assert (
        main(["signed-version", str(source), "--signature", "4", "-o", str(tmp_path / "x.pdf")])
        == 2
    )
    assert "no signature number 4" in capsys.readouterr().err


def test_signed_versions_pass_qpdf_check(signed_three, signed_lta, tmp_path):
    require_tools("qpdf")
    from agreement_studio.verification import Verdict, verify_pdf

    for data in (signed_three, signed_lta):
        for index in range(len(verify_pdf(data).signatures)):
            out = tmp_path / f"v{index}.pdf"
            out.write_bytes(signed_revision(data, index))
            check = subprocess.run(["qpdf", "--check", str(out)], capture_output=True, text=True)
            assert check.returncode == 0, check.stdout + check.stderr
            report = verify_pdf(out.read_bytes())
            assert report.signatures[-1].covers_whole_file
            assert report.verdict is Verdict.UNTRUSTED


def test_signed_version_refuses_a_broken_signature(signed_once):
    from agreement_studio.errors import PdfInputError

    with pytest.raises(PdfInputError):
        signed_revision(signed_once.replace(b"/ByteRange", b"/ByteRangX"), 0)
    with pytest.raises(PdfInputError):
        signed_revision(b"not a pdf", 0)
