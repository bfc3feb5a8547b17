"""Changes after signing that readers show though no object a signer saw was touched.

Issue 15 class 1 (page hiding: a lower /Count, a dropped /Kids entry, an intermediate node's
/Count), class 2 (a new signature field whose widget draws over the page, after approval
signatures and after P=2 and P=3 certifications, then signed by a stranger or by a trusted
signer) and class 9 (/Info and XMP changes are named). Each attack is built at test time, and
so are its honest neighbours, which must stay valid: our own round of signatories each filling
a prepared field with a visible stamp, a new invisible signature field, DSS updates, document
timestamps.
"""

from __future__ import annotations

import io
import re
import shutil
import subprocess

import pytest
from verify_helpers import add_document_timestamp, make_base_pdf, sign
from verify_tamper import OVERLAY, last_trailer, object_text, raw_update, update

from agreement_studio.verification import Verdict, verify_pdf

# -- class 1: page hiding ------------------------------------------------------------------


def _pages_root(data: bytes) -> int:
    root = object_text(data, last_trailer(data)["root"])
    return int(re.search(rb"/Pages\s+(\d+)\s+0\s+R", root).group(1))


def _page_numbers(data: bytes) -> list[int]:
    kids = re.search(rb"/Kids\s*\[([^\]]*)\]", object_text(data, _pages_root(data))).group(1)
    return [int(n) for n in re.findall(rb"(\d+)\s+0\s+R", kids)]


def _rewrite_root(data: bytes, old: bytes, new: bytes) -> bytes:
    number = _pages_root(data)
    body = object_text(data, number)
    assert re.search(old, body), body
    return raw_update(data, [(number, re.sub(old, new, body))])


def lower_count(data: bytes) -> bytes:
    """The root /Count says one page fewer; the /Kids are untouched."""
    count = len(_page_numbers(data))
    return _rewrite_root(data, rb"/Count\s+\d+", b"/Count %d" % (count - 1))


def drop_last_kid(data: bytes) -> bytes:
    """The last page is no longer listed (and the /Count agrees)."""
    pages = _page_numbers(data)
    kids = b" ".join(b"%d 0 R" % n for n in pages[:-1])
    data = _rewrite_root(data, rb"/Kids\s*\[[^\]]*\]", b"/Kids [" + kids + b"]")
    return _rewrite_root(data, rb"/Count\s+\d+", b"/Count %d" % (len(pages) - 1))


def nest_pages(data: bytes) -> tuple[bytes, int]:
    """Put the pages under an intermediate node (an honest update); returns it and the node."""
    root = _pages_root(data)
    pages = _page_numbers(data)
    node = last_trailer(data)["size"]
    kids = b" ".join(b"%d 0 R" % n for n in pages)
    count = len(pages)
    objects = [
        (root, re.sub(rb"/Kids\s*\[[^\]]*\]", b"/Kids [%d 0 R]" % node, object_text(data, root))),
        (
            node,
            b"<< /Type /Pages /Parent %d 0 R /Kids [%s] /Count %d >>" % (root, kids, count),
        ),
    ]
    for number in pages:
        body = re.sub(
            rb"/Parent\s+\d+\s+0\s+R", b"/Parent %d 0 R" % node, object_text(data, number)
        )
        objects.append((number, body))
    return raw_update(data, objects), node


def _poppler_pages(data: bytes, tmp_path) -> int | None:
    if shutil.which("pdfinfo") is None:
        return None
    path = tmp_path / "shown.pdf"
    path.write_bytes(data)
    out = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True).stdout
    found = re.search(r"Pages:\s+(\d+)", out)
    return int(found.group(1)) if found else None


@pytest.mark.parametrize(
    ("attack", "said"),
    [
        (lower_count, "page 2 of 2 is no longer shown by readers that take the page count"),
        (drop_last_kid, "page 2 of 2 is no longer shown"),
    ],
)
def test_pages_hidden_after_signing_are_modified_and_named(
    signed_three, trust, attack, said, tmp_path
):
    data = attack(signed_three)
    assert _poppler_pages(data, tmp_path) in (1, None)  # the attack works on a real reader
    report = verify_pdf(data, trust=trust)
    assert report.verdict is Verdict.MODIFIED, report.message
    for signature in report.signatures:
        assert signature.verdict is Verdict.MODIFIED
        assert any(said in change for change in signature.changes_after), signature.changes_after


def test_an_intermediate_page_tree_count_changed_is_modified(base_pdf, pki, trust):
    nested, node = nest_pages(base_pdf)
    signed = sign(nested, "Signer1", pki.signers[0], pki)
    assert verify_pdf(signed, trust=trust).verdict is Verdict.VALID  # honest nested tree
    body = object_text(signed, node)
    hidden = raw_update(signed, [(node, re.sub(rb"/Count\s+\d+", b"/Count 1", body))])
    report = verify_pdf(hidden, trust=trust)
    assert report.verdict is Verdict.MODIFIED
    (change,) = report.signatures[0].changes_after
    assert "pages 1 to 2 of 2 may be hidden or shown out of order" in change
    assert "counts 1 page(s) but holds 2" in change


def test_a_page_tree_rewritten_as_it_was_stays_valid(signed_three, trust):
    root = _pages_root(signed_three)
    data = raw_update(signed_three, [(root, object_text(signed_three, root))])
    report = verify_pdf(data, trust=trust)
    assert report.verdict is Verdict.VALID, report.message


def test_a_count_already_wrong_when_signed_is_no_change(base_pdf, pki, trust):
    """What the signer saw is what counts: a /Count wrong at signing time is not a change."""
    wrong = lower_count(base_pdf)
    data = sign(sign(wrong, "Signer1", pki.signers[0], pki), "Signer2", pki.signers[1], pki)
    report = verify_pdf(data, trust=trust)
    assert [s.verdict for s in report.signatures] == [Verdict.VALID, Verdict.VALID]


def test_pages_hidden_when_signed_and_shown_later_are_modified(base_pdf, pki, trust):
    """The signer saw one page (poppler trusts /Count 1); a later update shows the second."""
    hidden = lower_count(base_pdf)
    signed = sign(hidden, "Signer1", pki.signers[0], pki)
    revealed = _rewrite_root(signed, rb"/Count\s+\d+", b"/Count 2")
    report = verify_pdf(revealed, trust=trust)
    assert report.verdict is Verdict.MODIFIED
    (change,) = report.signatures[0].changes_after
    assert "the page count of the page tree changed: when signed, a node counted 1" in change


# -- class 2: signature-field overlay -------------------------------------------------------


def add_overlay_field(data: bytes, name: str = "Overlay", *, visible: bool = True) -> bytes:
    """Add an empty signature field whose widget draws text over page 1's content."""
    from pyhanko.pdf_utils import generic

    def edit(writer):
        page_ref, _ = writer.find_page_for_modification(0)
        font = writer.add_object(
            generic.DictionaryObject(
                {
                    generic.pdf_name("/Type"): generic.pdf_name("/Font"),
                    generic.pdf_name("/Subtype"): generic.pdf_name("/Type1"),
                    generic.pdf_name("/BaseFont"): generic.pdf_name("/Helvetica"),
                }
            )
        )
        box = (0, 0, 400, 60) if visible else (0, 0, 0, 0)
        appearance = generic.StreamObject(
            {
                generic.pdf_name("/Type"): generic.pdf_name("/XObject"),
                generic.pdf_name("/Subtype"): generic.pdf_name("/Form"),
                generic.pdf_name("/BBox"): generic.ArrayObject(
                    [generic.NumberObject(n) for n in (0, 0, 400, 60)]
                ),
                generic.pdf_name("/Resources"): generic.DictionaryObject(
                    {
                        generic.pdf_name("/Font"): generic.DictionaryObject(
                            {generic.pdf_name("/F1"): font}
                        )
                    }
                ),
            },
            stream_data=b"1 g 0 0 400 60 re f 0 g " + OVERLAY.replace(b"72 500", b"5 20"),
        )
        x, y = 72, 730
        field = writer.add_object(
            generic.DictionaryObject(
                {
                    generic.pdf_name("/FT"): generic.pdf_name("/Sig"),
                    generic.pdf_name("/T"): generic.TextStringObject(name),
                    generic.pdf_name("/Type"): generic.pdf_name("/Annot"),
                    generic.pdf_name("/Subtype"): generic.pdf_name("/Widget"),
                    generic.pdf_name("/F"): generic.NumberObject(4),
                    generic.pdf_name("/Rect"): generic.ArrayObject(
                        [
                            generic.NumberObject(n)
                            for n in (x + box[0], y + box[1], x + box[2], y + box[3])
                        ]
                    ),
                    generic.pdf_name("/P"): page_ref,
                    generic.pdf_name("/AP"): generic.DictionaryObject(
                        {generic.pdf_name("/N"): writer.add_object(appearance)}
                    ),
                }
            )
        )
        fields = writer.root["/AcroForm"]["/Fields"]
        fields.append(field)
        writer.update_container(fields)
        writer.register_annotation(page_ref, field)

    return update(data, edit)


@pytest.fixture(scope="module")
def certified(base_pdf, pki) -> dict[int, bytes]:
    """The agreement certified by the first signatory with DocMDP P=2 and with P=3."""
    return {
        level: sign(base_pdf, "Signer1", pki.signers[0], pki, certify=True, docmdp=level)
        for level in (2, 3)
    }


@pytest.mark.parametrize("start", ["approval", "P=2", "P=3"])
def test_an_empty_signature_field_drawn_over_the_page_is_modified(
    start, signed_three, certified, trust
):
    signed = signed_three if start == "approval" else certified[int(start[-1])]
    report = verify_pdf(add_overlay_field(signed), trust=trust)
    assert report.verdict is Verdict.MODIFIED, report.message
    said = "an empty signature field 'Overlay' was added that draws on page 1"
    for signature in report.signatures:
        assert signature.verdict is Verdict.MODIFIED
        assert any(said in change for change in signature.changes_after), signature.changes_after


@pytest.mark.parametrize("start", ["approval", "P=2", "P=3"])
@pytest.mark.parametrize("signer", ["stranger", "trusted"])
def test_signing_the_overlay_afterwards_does_not_excuse_it(
    start, signer, signed_three, certified, pki, trust
):
    """The earlier signers never saw the overlay, whoever signs it later and however trusted."""
    signed = signed_three if start == "approval" else certified[int(start[-1])]
    party = pki.stranger if signer == "stranger" else pki.signers[2]
    data = sign(add_overlay_field(signed), "Overlay", party, pki)
    report = verify_pdf(data, trust=trust)
    *earlier, last = report.signatures
    assert earlier and all(s.verdict is Verdict.MODIFIED for s in earlier)
    assert last.field == "Overlay"
    assert last.verdict is (Verdict.UNTRUSTED if signer == "stranger" else Verdict.VALID)
    assert report.verdict is Verdict.MODIFIED


@pytest.mark.parametrize("level", [2, 3])
def test_a_new_visible_signature_after_a_certification_is_modified(level, certified, pki, trust):
    data = sign(certified[level], "Stamp", pki.signers[1], pki, new_field=True)
    certification, stamp = verify_pdf(data, trust=trust).signatures
    assert certification.kind == "certification"
    assert certification.verdict is Verdict.MODIFIED
    assert certification.changes_after == (
        "the stamp of signature field 'Stamp' is new content on page 1, in no prepared field "
        "(the certification permits signatures only in prepared or invisible fields)",
    )
    assert "a signature in field 'Stamp' was added" in certification.allowed_after
    assert stamp.verdict is Verdict.VALID


def test_a_new_stamp_laid_over_an_earlier_signature_stamp_is_modified(base_pdf, pki, trust):
    box = (300, 300, 400, 340)
    data = sign(base_pdf, "First", pki.signers[0], pki, new_field=True, box=box)
    data = sign(data, "Cover", pki.signers[1], pki, new_field=True, box=box)
    first, _ = verify_pdf(data, trust=trust).signatures
    assert first.verdict is Verdict.MODIFIED
    assert "'Cover' was added that draws over an annotation on page" in first.changes_after[0]


def test_honest_round_of_seven_signatories_in_prepared_fields_is_valid(pki, trust):
    """Our own agreements: one prepared field per signatory, each filled with a visible stamp."""
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign.fields import SigFieldSpec, append_signature_field

    writer = IncrementalPdfFileWriter(io.BytesIO(make_base_pdf()))
    for index in range(7):
        row, column = divmod(index, 4)
        x, y = 40 + 135 * column, 300 - 70 * row
        append_signature_field(
            writer, SigFieldSpec(f"Party{index + 1}", on_page=1, box=(x, y, x + 125, y + 60))
        )
    out = io.BytesIO()
    writer.write(out)
    data = out.getvalue()
    parties = [*pki.signers, *pki.signers, pki.signers[0]]
    for index, party in enumerate(parties):
        data = sign(data, f"Party{index + 1}", party, pki, timestamp=index == 6)
    report = verify_pdf(data, trust=trust)
    assert report.verdict is Verdict.VALID, report.message
    assert len(report.signatures) == 7
    assert "field 'Party7' was signed" in report.signatures[0].allowed_after


def test_a_new_visible_signature_after_approval_signatures_is_allowed_and_said(
    signed_three, pki, trust
):
    """Many tools sign into a new visible field; the stamp is named, not hidden."""
    data = sign(signed_three, "Late", pki.signers[0], pki, new_field=True)
    report = verify_pdf(data, trust=trust)
    assert report.verdict is Verdict.VALID, report.message
    allowed = report.signatures[0].allowed_after
    assert "a signature in field 'Late' was added" in allowed
    assert (
        "the stamp of signature field 'Late' is new content on page 1, in no prepared field"
        in allowed
    )


def test_a_new_invisible_signature_after_earlier_ones_is_valid(signed_three, pki, trust):
    data = sign(signed_three, "Late", pki.signers[0], pki, new_field=True, box=None)
    report = verify_pdf(data, trust=trust)
    assert report.verdict is Verdict.VALID, report.message
    assert "a signature in field 'Late' was added" in report.signatures[0].allowed_after


def test_an_empty_invisible_signature_field_added_later_is_allowed(signed_three, trust):
    report = verify_pdf(add_overlay_field(signed_three, "Spare", visible=False), trust=trust)
    assert report.verdict is Verdict.VALID, report.message
    assert (
        "an empty invisible signature field 'Spare' was added" in report.signatures[0].allowed_after
    )


def test_a_visible_empty_field_prepared_before_signing_is_no_change(base_pdf, pki, trust):
    """The same overlay, present when the signers signed, is what they saw: valid."""
    data = sign(add_overlay_field(base_pdf), "Signer1", pki.signers[0], pki)
    data = sign(data, "Signer2", pki.signers[1], pki)
    assert verify_pdf(data, trust=trust).verdict is Verdict.VALID


def test_dss_updates_and_document_timestamps_stay_valid(signed_three, pki, trust):
    from pyhanko.sign.validation.dss import DocumentSecurityStore

    stream = io.BytesIO(signed_three)
    DocumentSecurityStore.add_dss(
        stream, None, certs=[pki.intermediate.asn1_cert, pki.root.asn1_cert], force_write=True
    )
    data = add_document_timestamp(stream.getvalue(), pki)
    stream = io.BytesIO(data)
    DocumentSecurityStore.add_dss(stream, None, certs=[pki.tsa.asn1_cert], force_write=True)
    report = verify_pdf(stream.getvalue(), trust=trust)
    assert report.verdict is Verdict.VALID, report.message
    allowed = report.signatures[0].allowed_after
    assert "validation data (DSS) was added or updated" in allowed
    assert any("document timestamp" in text for text in allowed)


# -- class 9: document information and XMP --------------------------------------------------


def set_info(data: bytes, **entries: str) -> bytes:
    """Rewrite the document information dictionary with some entries set."""
    number = int(re.findall(rb"/Info\s+(\d+)\s+0\s+R", data)[-1])
    body = object_text(data, number)
    for key, value in entries.items():
        entry = b"/%s (%s)" % (key.encode(), value.encode())
        pattern = rb"/%s\s*\((?:[^()\\]|\\.)*\)" % key.encode()
        if re.search(pattern, body):
            body = re.sub(pattern, entry.replace(b"\\", b"\\\\"), body)
        else:
            body = body.replace(b"<<", b"<< " + entry, 1)
    out = raw_update(data, [(number, body)])
    at = out.rindex(b"trailer\n<< ") + len(b"trailer\n<< ")
    return out[:at] + b"/Info %d 0 R " % number + out[at:]  # after the table: offsets hold


def test_document_information_changes_are_named_and_allowed(signed_three, trust):
    first = set_info(signed_three, Title="Network continuation agreement")
    data = set_info(first, Title="Sale of the premises", Author="Mallory", Company="Elsewhere")
    report = verify_pdf(data, trust=trust)
    assert report.verdict is Verdict.VALID, report.message
    allowed = report.signatures[0].allowed_after
    assert (
        "document information /Title changed from 'Network continuation agreement' "
        "to 'Sale of the premises'"
    ) in allowed
    assert "document information /Author changed from 'anonymous' to 'Mallory'" in allowed
    assert "document information /Company added ('Elsewhere')" in allowed
    assert not report.signatures[0].changes_after


def test_xmp_metadata_changes_are_named(signed_three, trust):
    from pyhanko.pdf_utils import generic

    xmp = b'<?xpacket begin=""?><x:xmpmeta xmlns:x="adobe:ns:meta/"/><?xpacket end="w"?>'

    def edit(writer):
        stream = writer.add_object(
            generic.StreamObject(
                {
                    generic.pdf_name("/Type"): generic.pdf_name("/Metadata"),
                    generic.pdf_name("/Subtype"): generic.pdf_name("/XML"),
                },
                stream_data=xmp,
            )
        )
        writer.root[generic.pdf_name("/Metadata")] = stream
        writer.update_root()

    report = verify_pdf(update(signed_three, edit), trust=trust)
    assert report.verdict is Verdict.VALID, report.message
    assert "the document metadata (XMP) was updated" in report.signatures[0].allowed_after


def test_a_hidden_prepared_field_that_shows_once_signed_is_modified(base_pdf, pki, trust):
    """A prepared field hidden when the first signer signed is no box they saw filled."""
    from pyhanko.pdf_utils import generic
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign import fields, signers
    from verify_helpers import make_signer

    def hide(writer):
        fields.append_signature_field(
            writer, fields.SigFieldSpec("Hidden", on_page=0, box=(72, 700, 400, 780))
        )
        for ref in writer.root["/AcroForm"]["/Fields"]:
            field = ref.get_object()
            if field.get("/T") == "Hidden":
                field[generic.pdf_name("/F")] = generic.NumberObject(2 | 4)
                writer.update_container(field)

    data = sign(update(base_pdf, hide), "Signer1", pki.signers[0], pki)
    writer = IncrementalPdfFileWriter(io.BytesIO(data), strict=False)
    for ref in writer.root["/AcroForm"]["/Fields"]:
        field = ref.get_object()
        if field.get("/T") == "Hidden":
            field[generic.pdf_name("/F")] = generic.NumberObject(4)  # shown, in the same update
            writer.update_container(field)
    meta = signers.PdfSignatureMetadata(field_name="Hidden")
    data = signers.sign_pdf(writer, meta, signer=make_signer(pki.signers[1], pki)).getvalue()
    first, second = verify_pdf(data, trust=trust).signatures
    assert first.verdict is Verdict.MODIFIED
    assert (
        "signature field 'Hidden' was hidden before and draws since it was signed"
        in first.changes_after
    )
    assert second.verdict is Verdict.VALID
