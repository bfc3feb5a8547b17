"""Forms that real producers write and the standards allow, found by running the verifier over
public signed PDFs (iText, DSS, pdf.js test files); each is rebuilt here at test time beside a
neighbour that must still be caught.

- A timestamp token whose eContent (the TSTInfo) is a constructed, chunked OCTET STRING (BER,
  as iText 5's TSA client stored it): RFC 5652 §5.4 digests the value octets, the concatenated
  chunks, so the token is intact; a chunk changed is not.
- Signature algorithms asn1crypto does not name: RSA PKCS#1 v1.5 with SHA-3 (RFC 8702; iText
  signs so) and BSI TR-03111 "plain" ECDSA, r || s (TeleSec QES cards; EU DSS verifies it). A
  value made with another hash than the algorithm names (DSS's "SHA256-SHA3_256withRSA") or a
  plain value changed stays broken.
- A signature field whose sole widget is a separate kid without /Parent (ISO 32000-2 Table 191
  asks /Parent only of one of several widgets; pyHanko's own test files have it): intact. A kid
  naming another field as /Parent, or two widgets without one, stays ambiguous.
- A ``trailer << /Size >>`` dictionary after a cross-reference stream (Adobe's linearizer
  writes one; DSS's DSS-2821 sample): readers take a stream section's trailer from the stream,
  so it changes no reading. One that names a /Root stays ambiguous.
- A digest algorithm we cannot compute (RIPEMD-160, iText's PDF 2.0 sample): nothing was
  compared, so the verdict is error ("not supported"), not invalid; a supported digest that does
  not match stays invalid.
- A cross-reference section listing objects past the trailer's ``/Size`` (iText 7.0.1 wrote one
  short; hybrid files with an ``/XRefStm`` saying ``/Size 1``): poppler, MuPDF, qpdf and pdf.js
  read those entries, so the file is read as they read it, and a change in such an object is
  still seen.
"""

from __future__ import annotations

import hashlib
import io
import re
from datetime import UTC, datetime

import pytest
from asn1crypto import cms
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ec, padding, rsa
from cryptography.hazmat.primitives.asymmetric.utils import decode_dss_signature
from trust_helpers import (
    covered_bytes,
    document_timestamp,
    issue,
    last_contents,
    replace_contents,
    signed_data,
    signer_info,
)
from verify_helpers import sign
from verify_tamper import last_trailer, object_text, raw_update

from agreement_studio.verification import Verdict, verify_pdf
from agreement_studio.verification.cms import check_timestamp_token


def _tlv(tag: int, content: bytes) -> bytes:
    size = len(content)
    if size < 0x80:
        return bytes([tag, size]) + content
    raw = size.to_bytes((size.bit_length() + 7) // 8, "big")
    return bytes([tag, 0x80 | len(raw)]) + raw + content


def _chunked_econtent(token: bytes, tamper: bool = False) -> bytes:
    """``token`` (a DER ContentInfo) with its eContent re-encoded as a constructed OCTET STRING
    in three chunks, indefinite length; ``tamper`` flips a byte of the value."""
    info = cms.ContentInfo.load(token)
    signed = info["content"]
    value = bytearray(bytes(signed["encap_content_info"]["content"]))
    if tamper:
        value[-1] ^= 0x01
    cut = len(value) // 3
    chunks = [bytes(value[:cut]), bytes(value[cut : 2 * cut]), bytes(value[2 * cut :])]
    constructed = b"\x24\x80" + b"".join(_tlv(0x04, c) for c in chunks) + b"\0\0"
    encap = _tlv(
        0x30,
        signed["encap_content_info"]["content_type"].dump() + _tlv(0xA0, constructed),
    )
    body = b"".join(
        encap if name == "encap_content_info" else signed[name].dump()
        for name, *_ in signed._fields
    )
    return _tlv(0x30, info["content_type"].dump() + _tlv(0xA0, _tlv(0x30, body)))


def _timestamped(signed_once: bytes, pki) -> bytes:
    return document_timestamp(signed_once, pki, datetime.now(UTC))


def test_timestamp_with_chunked_econtent_is_intact(signed_once, pki):
    token = last_contents(_timestamped(signed_once, pki))
    chunked = _chunked_econtent(token)
    assert chunked != token and b"\x24\x80" in chunked
    covered = cms.ContentInfo.load(token)["content"]["encap_content_info"]["content"].parsed
    imprint = covered["message_imprint"]["hashed_message"].native
    check = check_timestamp_token(chunked, lambda _algorithm: imprint)
    assert check.ok, check.problem
    assert check.time == covered["gen_time"].native


def test_document_timestamp_with_chunked_econtent_stays_valid(signed_once, pki, trust):
    stamped = _timestamped(signed_once, pki)
    data = replace_contents(stamped, _chunked_econtent(last_contents(stamped)))
    report = verify_pdf(data, trust=trust)
    assert report.verdict is Verdict.VALID, report.message


def test_chunked_econtent_with_a_changed_chunk_is_not_intact(signed_once, pki, trust):
    stamped = _timestamped(signed_once, pki)
    data = replace_contents(stamped, _chunked_econtent(last_contents(stamped), tamper=True))
    report = verify_pdf(data, trust=trust)
    assert report.verdict is not Verdict.VALID
    assert not report.signatures[-1].intact


def _size_one_short(data: bytes) -> bytes:
    """``data`` with its last trailer's ``/Size`` lowered by one (same length: padded)."""
    found = list(re.finditer(rb"/Size (\d+)", data))[-1]
    smaller = b"/Size %d" % (int(found.group(1)) - 1)
    smaller += b" " * (len(found.group(0)) - len(smaller))
    return data[: found.start()] + smaller + data[found.end() :]


def test_update_listing_its_highest_object_past_size_stays_valid(signed_once, trust):
    highest = last_trailer(signed_once)["size"] - 1
    honest = raw_update(signed_once, [(highest, object_text(signed_once, highest))])
    assert verify_pdf(honest, trust=trust).verdict is Verdict.VALID
    report = verify_pdf(_size_one_short(honest), trust=trust)
    assert report.verdict is Verdict.VALID, report.message


def test_page_content_changed_in_an_object_past_size_is_still_seen(signed_once, trust):
    # the new content stream gets the number /Size would have to grow to cover
    new = last_trailer(signed_once)["size"]
    page = _last_page(signed_once)
    content = b"BT /F1 12 Tf 72 700 Td (Pay 1,000,000 to Mallory) Tj ET"
    stream = b"<< /Length %d >>\nstream\n%s\nendstream" % (len(content), content)
    body = re.sub(rb"/Contents \d+ 0 R", b"/Contents %d 0 R" % new, object_text(signed_once, page))
    changed = _size_one_short(raw_update(signed_once, [(new, stream), (page, body)]))
    report = verify_pdf(changed, trust=trust)
    assert report.verdict is Verdict.MODIFIED, report.message
    assert "content changed" in report.message


def _last_page(data: bytes) -> int:
    kids = re.findall(rb"/Kids \[([^\]]*)\]", data)[-1]
    return int(re.findall(rb"(\d+) 0 R", kids)[-1])


_RSA_SHA3_256 = "2.16.840.1.101.3.4.3.14"
_PLAIN_ECDSA_SHA256 = "0.4.0.127.0.7.1.1.4.1.3"


def _resigned(data: bytes, pki, party, oid: str, digest: str, sign) -> bytes:
    """``data`` with its last CMS rebuilt: ``party`` signs with the algorithm ``oid``, the
    message digest taken with ``digest``, the value made by ``sign(key, signed_attributes)``."""
    content = covered_bytes(data)
    info = signer_info(party, content, message_digest=hashlib.new(digest, content).digest())
    info["digest_algorithm"] = {"algorithm": digest}
    info["signature_algorithm"] = {"algorithm": oid}
    info["signature"] = sign(party.key, b"\x31" + info["signed_attrs"].dump()[1:])
    cms_der = signed_data([info], [party, pki.intermediate], digests=(digest,))
    return replace_contents(data, cms_der)


def _rsa_party(pki):
    return issue(pki.intermediate, "SHA-3 Signer", rsa.generate_private_key(65537, 2048))


def _ec_party(pki):
    return issue(pki.intermediate, "Card Signer", ec.generate_private_key(ec.SECP256R1()))


def _plain(key, message: bytes, tamper: bool = False) -> bytes:
    r, s = decode_dss_signature(key.sign(message, ec.ECDSA(hashes.SHA256())))
    value = r.to_bytes(32, "big") + s.to_bytes(32, "big")
    return value[:-1] + bytes([value[-1] ^ 1]) if tamper else value


def test_rsa_with_sha3_is_supported(signed_once, pki, trust):
    def sign(key, message):
        return key.sign(message, padding.PKCS1v15(), hashes.SHA3_256())

    data = _resigned(signed_once, pki, _rsa_party(pki), _RSA_SHA3_256, "sha3_256", sign)
    report = verify_pdf(data, trust=trust)
    assert report.verdict is Verdict.VALID, report.message


def test_rsa_sha3_named_but_made_with_sha256_is_broken(signed_once, pki, trust):
    def sign(key, message):
        return key.sign(message, padding.PKCS1v15(), hashes.SHA256())

    data = _resigned(signed_once, pki, _rsa_party(pki), _RSA_SHA3_256, "sha256", sign)
    assert verify_pdf(data, trust=trust).verdict is Verdict.INVALID


def test_plain_ecdsa_is_supported(signed_once, pki, trust):
    data = _resigned(signed_once, pki, _ec_party(pki), _PLAIN_ECDSA_SHA256, "sha256", _plain)
    report = verify_pdf(data, trust=trust)
    assert report.verdict is Verdict.VALID, report.message


@pytest.mark.parametrize(
    "sign",
    [
        lambda key, message: _plain(key, message, tamper=True),
        lambda key, message: _plain(key, message)[:-1],  # not the curve's size
        lambda key, message: key.sign(message, ec.ECDSA(hashes.SHA256())),  # DER, not plain
    ],
    ids=["changed", "short", "der"],
)
def test_a_bad_plain_ecdsa_value_is_broken(signed_once, pki, trust, sign):
    data = _resigned(signed_once, pki, _ec_party(pki), _PLAIN_ECDSA_SHA256, "sha256", sign)
    assert verify_pdf(data, trust=trust).verdict is Verdict.INVALID


def _with_split_field(data: bytes, widgets: int = 1, parent_of_first: str | None = None) -> bytes:
    """``data`` plus an empty signature field 'Split' whose ``widgets`` widget kids are separate
    objects without /Parent (or, for the first, a /Parent naming the field ``parent_of_first``),
    added with pyHanko's writer."""
    from pyhanko.pdf_utils import generic
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter

    writer = IncrementalPdfFileWriter(io.BytesIO(data), strict=False)
    page_ref = writer.find_page_for_modification(0)[0]
    page = page_ref.get_object()
    form = writer.root["/AcroForm"]
    kids = generic.ArrayObject()
    for number in range(widgets):
        widget = generic.DictionaryObject(
            {
                generic.NameObject("/Type"): generic.NameObject("/Annot"),
                generic.NameObject("/Subtype"): generic.NameObject("/Widget"),
                generic.NameObject("/F"): generic.NumberObject(132),
                generic.NameObject("/P"): page_ref,
                generic.NameObject("/Rect"): generic.ArrayObject(
                    [generic.NumberObject(v) for v in (20, 20 + 40 * number, 80, 40 + 40 * number)]
                ),
            }
        )
        if number == 0 and parent_of_first:
            other = next(f for f in form["/Fields"] if f.get_object()["/T"] == parent_of_first)
            widget[generic.NameObject("/Parent")] = other
        widget_ref = writer.add_object(widget)
        kids.append(widget_ref)
        page["/Annots"].append(widget_ref)
    field = generic.DictionaryObject(
        {
            generic.NameObject("/FT"): generic.NameObject("/Sig"),
            generic.NameObject("/T"): generic.TextStringObject("Split"),
            generic.NameObject("/Kids"): kids,
        }
    )
    form["/Fields"].append(writer.add_object(field))
    writer.update_container(form)
    if isinstance(page.raw_get("/Annots"), generic.IndirectObject):
        writer.update_container(page["/Annots"])
    else:
        writer.update_container(page)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def test_a_sole_widget_kid_without_parent_is_not_an_ambiguity(base_pdf, pki, trust):
    data = sign(_with_split_field(base_pdf), "Split", pki.signers[0], pki)
    report = verify_pdf(data, trust=trust)
    assert report.verdict is Verdict.VALID, report.message


@pytest.mark.parametrize(
    "options",
    [{"widgets": 2}, {"parent_of_first": "Signer2"}],
    ids=["two-widgets-without-parent", "kid-names-another-field"],
)
def test_a_misparented_widget_kid_is_still_an_ambiguity(base_pdf, pki, trust, options):
    # the empty field stays unsigned (pyHanko will not sign a field of two widgets)
    data = sign(_with_split_field(base_pdf, **options), "Signer1", pki.signers[0], pki)
    report = verify_pdf(data, trust=trust)
    assert report.verdict is Verdict.ERROR
    assert "names another /Parent" in report.message


def _stream_update(data: bytes, between: bytes) -> bytes:
    """An update re-stating the catalog unchanged, indexed by a cross-reference stream, with
    ``between`` written after the stream and before startxref."""
    info = last_trailer(data)
    root = info["root"]
    out = bytearray(data)
    at = len(out)
    out += b"%d 0 obj\n%s\nendobj\n" % (root, object_text(data, root))
    number = info["size"]
    stream_at = len(out)
    rows = b"".join(b"\x01" + o.to_bytes(4, "big") + b"\x00\x00" for o in (at, stream_at))
    out += (
        b"%d 0 obj\n<< /Type /XRef /Size %d /W [1 4 2] /Index [%d 1 %d 1] /Root %d 0 R "
        b"/Prev %d /Length %d >>\nstream\n"
        % (number, number + 1, root, number, root, info["startxref"], len(rows))
    )
    out += rows + b"\nendstream\nendobj\n" + between
    out += b"startxref\n%d\n%%%%EOF\n" % stream_at
    return bytes(out)


def test_a_size_only_trailer_after_a_cross_reference_stream_is_inert(signed_once, trust):
    assert verify_pdf(_stream_update(signed_once, b""), trust=trust).verdict is Verdict.VALID
    data = _stream_update(signed_once, b"trailer\n<< /Size 6 >>\n")
    report = verify_pdf(data, trust=trust)
    assert report.verdict is Verdict.VALID, report.message


def test_a_trailer_naming_a_root_after_a_cross_reference_stream_is_ambiguous(signed_once, trust):
    other = last_trailer(signed_once)["root"] + 1
    data = _stream_update(signed_once, b"trailer\n<< /Size 6 /Root %d 0 R >>\n" % other)
    report = verify_pdf(data, trust=trust)
    assert report.verdict is Verdict.ERROR, report.message


_RIPEMD160 = "1.3.36.3.2.1"


def test_an_unsupported_digest_algorithm_is_an_error_not_invalid(signed_once, pki, trust):
    content = covered_bytes(signed_once)
    info = signer_info(pki.signers[0], content, message_digest=b"\x00" * 20)
    info["digest_algorithm"] = {"algorithm": _RIPEMD160}
    cms_der = signed_data([info], [pki.signers[0], pki.intermediate], digests=("sha256",))
    report = verify_pdf(replace_contents(signed_once, cms_der), trust=trust)
    assert report.verdict is Verdict.ERROR, report.message
    assert f"the digest algorithm {_RIPEMD160} is not supported" in report.message
    assert not report.signatures[0].intact


def test_a_supported_digest_that_does_not_match_stays_invalid(signed_once, pki, trust):
    content = covered_bytes(signed_once)
    info = signer_info(pki.signers[0], content + b"other bytes")
    cms_der = signed_data([info], [pki.signers[0], pki.intermediate])
    report = verify_pdf(replace_contents(signed_once, cms_der), trust=trust)
    assert report.verdict is Verdict.INVALID
    assert "digest mismatch" in report.message
