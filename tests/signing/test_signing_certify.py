"""Certification (DocMDP P=2) and the FieldMDP locks of prepared fields, judged by pyHanko,
qpdf and poppler; and the changes a certification must make pyHanko reject."""

from __future__ import annotations

import io
import subprocess
import sys

import pytest
from signing_agreement import pyhanko_judgements, rendered_agreement
from signing_pki import PASSWORD, assert_pdfsig_all_valid, qpdf_check, tools_missing

from agreement_studio.errors import CertificationRefused
from agreement_studio.signing import sign_pdf

needs_tools = pytest.mark.skipif(
    bool(tools_missing("qpdf", "pdfsig", "certutil")),
    reason="qpdf, poppler-utils and libnss3-tools are needed",
)


def _fields(path):
    from pypdf import PdfReader

    reader = PdfReader(str(path))
    return {
        str(f.get_object()["/T"]): f.get_object()
        for f in reader.trailer["/Root"]["/AcroForm"]["/Fields"]
    }


def test_prepared_fields_lock_everything_but_the_other_signatories_fields(tmp_path, network_ca):
    prepared, signers = rendered_agreement(tmp_path, network_ca)
    fields = _fields(prepared)
    names = [s.field for s in signers]
    assert sorted(fields) == sorted(names)
    for name in names:
        lock = fields[name]["/Lock"]
        assert lock["/Type"] == "/SigFieldLock" and lock["/Action"] == "/Exclude"
        # its own field is not among the excluded, so it is locked; every other one is free
        assert sorted(str(f) for f in lock["/Fields"]) == sorted(n for n in names if n != name)


def _sign_round(prepared, signers, folder, *, certify_first=True):
    current = prepared
    for number, signer in enumerate(signers):
        result = sign_pdf(
            current,
            signer.identity,
            output=folder / f"signed-{number + 1}.pdf",
            field=signer.field,
            certify=certify_first and number == 0,
        )
        assert result.certified == (certify_first and number == 0)
        current = result.output
    return current


@needs_tools
def test_certified_agreement_signed_by_three_more_has_no_illegal_modification(
    tmp_path, network_ca, nss_db
):
    prepared, signers = rendered_agreement(tmp_path, network_ca, parties=4)
    assert len(signers) == 4
    final = _sign_round(prepared, signers, tmp_path)
    qpdf_check(final)
    assert_pdfsig_all_valid(final, nss_db, 4)
    judged = pyhanko_judgements(final, [network_ca.certificate])
    assert len(judged) == 4
    for judgement in judged:
        assert judgement.intact and judgement.valid and judgement.trusted, judgement.summary
        assert judgement.docmdp_ok, judgement.summary
        assert judgement.modification_level in ("NONE", "FORM_FILLING"), judgement.summary
    # the signatures carry the certification and the locks, for any reader to check
    fields = _fields(final)
    first = fields[signers[0].field]["/V"].get_object()
    methods = [ref.get_object()["/TransformMethod"] for ref in first["/Reference"]]
    assert methods == ["/DocMDP", "/FieldMDP"]
    docmdp = first["/Reference"][0].get_object()["/TransformParams"]
    assert docmdp["/P"] == 2
    for signer in signers[1:]:
        value = fields[signer.field]["/V"].get_object()
        [reference] = value["/Reference"]
        params = reference.get_object()["/TransformParams"]
        assert reference.get_object()["/TransformMethod"] == "/FieldMDP"
        assert params["/Action"] == "/Exclude" and signer.field not in [
            str(f) for f in params["/Fields"]
        ]


def _add_annotation(source, target):
    """An incremental update that puts a text note on page 1 (P=2 forbids annotations)."""
    from pyhanko.pdf_utils import generic
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter

    writer = IncrementalPdfFileWriter(io.BytesIO(source.read_bytes()))
    page_ref, _ = writer.find_page_for_modification(0)
    note = writer.add_object(
        generic.DictionaryObject(
            {
                generic.NameObject("/Type"): generic.NameObject("/Annot"),
                generic.NameObject("/Subtype"): generic.NameObject("/Text"),
                generic.NameObject("/Rect"): generic.ArrayObject(
                    [generic.NumberObject(v) for v in (100, 100, 120, 120)]
                ),
                generic.NameObject("/Contents"): generic.TextStringObject("Not agreed"),
            }
        )
    )
    page = page_ref.get_object()
    annots = page.get("/Annots", generic.ArrayObject())
    annots = annots.get_object() if hasattr(annots, "get_object") else annots
    page[generic.NameObject("/Annots")] = generic.ArrayObject([*annots, note])
    writer.update_container(page)
    out = io.BytesIO()
    writer.write(out)
    target.write_bytes(out.getvalue())


def test_an_annotation_after_certification_is_caught_and_a_signature_is_not(tmp_path, network_ca):
    # the attack: a note added after a P=2 certification (annotations are not allowed);
    # its honest neighbour: the next signatory signing their prepared field
    prepared, signers = rendered_agreement(tmp_path, network_ca, parties=2)
    certified = _sign_round(prepared, signers[:1], tmp_path)
    _add_annotation(certified, tmp_path / "noted.pdf")
    [judgement] = pyhanko_judgements(tmp_path / "noted.pdf", [network_ca.certificate])
    assert judgement.intact and not judgement.docmdp_ok, judgement.summary

    honest = sign_pdf(
        certified, signers[1].identity, output=tmp_path / "both.pdf", field=signers[1].field
    )
    for neighbour in pyhanko_judgements(honest.output, [network_ca.certificate]):
        assert neighbour.intact and neighbour.docmdp_ok, neighbour.summary


def test_certify_is_refused_once_the_document_is_signed(tmp_path, network_ca):
    prepared, signers = rendered_agreement(tmp_path, network_ca, parties=2)
    first = _sign_round(prepared, signers[:1], tmp_path, certify_first=False)
    with pytest.raises(CertificationRefused, match="only the first signature can certify"):
        sign_pdf(
            first,
            signers[1].identity,
            output=tmp_path / "late.pdf",
            field=signers[1].field,
            certify=True,
        )
    assert not (tmp_path / "late.pdf").exists()


def test_sign_certify_on_the_command_line(tmp_path, network_ca):
    prepared, signers = rendered_agreement(tmp_path, network_ca, parties=2)
    files = []
    for number, signer in enumerate(signers):
        path = tmp_path / f"id{number}.p12"
        signer.identity.save_pkcs12(path, PASSWORD)
        files.append(path)

    def sign(source, number, *extra):
        return subprocess.run(
            [
                sys.executable, "-m", "agreement_studio", "sign", str(source),
                "--identity", str(files[number]), "--field", signers[number].field,
                "-o", str(tmp_path / f"cli-{number}.pdf"), *extra,
            ],
            capture_output=True, text=True, stdin=subprocess.DEVNULL, timeout=120,
            env={**_env(), "AGREEMENT_STUDIO_PASSWORD": PASSWORD},
        )  # fmt: skip

    done = sign(prepared, 0, "--certify")
    assert done.returncode == 0, done.stderr
    assert "certified" in done.stdout
    refused = sign(tmp_path / "cli-0.pdf", 1, "--certify")
    assert refused.returncode == 2, refused.stderr
    assert "only the first signature can certify" in refused.stderr
    assert "Traceback" not in refused.stderr
    assert not (tmp_path / "cli-1.pdf").exists()


def _env():
    import os

    return {k: v for k, v in os.environ.items() if not k.startswith("AGREEMENT_STUDIO_")}
