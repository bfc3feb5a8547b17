"""Reader-reconstruction ambiguity: objects only a repairing reader sees, and honest look-alikes.

Each attack hides the text of a page object where a strict reader never looks (a string, a long
comment, an XMP stream, the signed bytes) and switches poppler's reconstruction on (a long tail
of NUL bytes, spaces or newlines after ``%%EOF``, or an ``xref`` keyword it cannot read). poppler
then shows page 2's text on page 1; the verifier must say ``error``. The honest neighbours —
whitespace tails, identical duplicates, comments before ``startxref`` — stay as they were.
"""

from __future__ import annotations

import re
import shutil
import subprocess

import pytest
from verify_helpers import sign
from verify_tamper import last_trailer, object_text, raw_update

from agreement_studio.verification import Verdict, verify_pdf
from agreement_studio.verification.document import PdfDocument

FIRST_PAGE = "Network continuation agreement"
SECOND_PAGE = "Page two: commitments"
DIFFER = "readers may show different content"
TRIGGERS = {
    "30 KB of NUL": b"\x00" * 30_000,
    "30 KB of spaces": b" " * 30_000,
    "30 KB of newlines": b"\n" * 30_000,
}


def _pages(data: bytes) -> tuple[int, int]:
    kids = re.search(rb"/Kids\s*\[\s*(\d+)\s+0\s+R\s+(\d+)\s+0\s+R", data)
    return int(kids.group(1)), int(kids.group(2))


def _evil_first_page(data: bytes) -> bytes:
    """The first page object, drawing the second page's content instead of its own."""
    first, second = _pages(data)
    contents = re.search(rb"/Contents\s+(\d+\s+\d+\s+R)", object_text(data, second)).group(1)
    body = re.sub(rb"/Contents\s+\d+\s+\d+\s+R", b"/Contents " + contents, object_text(data, first))
    return b"%d 0 obj\n%s\nendobj\n" % (first, body)


def _one_line(text: bytes) -> bytes:
    return re.sub(rb"[\r\n]+", b" ", text)


def _in_string(data: bytes, hidden: bytes) -> bytes:
    return raw_update(data, [(last_trailer(data)["size"] + 10, b"<< /Note (\n" + hidden + b") >>")])


def _in_comment(data: bytes, hidden: bytes) -> bytes:
    # poppler reads lines in pieces of 255 bytes: the hidden header starts the second piece
    comment = b"%" + b"x" * 254 + _one_line(hidden) + b"\n"
    return raw_update(data, [], between=comment)


def _in_xmp(data: bytes, hidden: bytes) -> bytes:
    xmp = b'<?xpacket begin="" id="W5M0MpCehiHzreSzNTczkc9d"?>\n'
    xmp += b'<x:xmpmeta xmlns:x="adobe:ns:meta/">\n'
    xmp += hidden + b'</x:xmpmeta>\n<?xpacket end="w"?>'
    body = b"<< /Type /Metadata /Subtype /XML /Length %d >>\nstream\n%s\nendstream" % (
        len(xmp),
        xmp,
    )
    return raw_update(data, [(last_trailer(data)["size"] + 10, body)])


CARRIERS = {"string": _in_string, "long comment": _in_comment, "XMP stream": _in_xmp}


def _first_page_text(data: bytes, tmp_path) -> str:
    path = tmp_path / "poppler.pdf"
    path.write_bytes(data)
    result = subprocess.run(
        ["pdftotext", "-l", "1", str(path), "-"], capture_output=True, timeout=60, check=False
    )
    return result.stdout.decode("utf-8", "replace")


def _says_readers_differ(report) -> bool:
    texts = list(report.problems)
    for signature in report.signatures:
        texts += list(signature.problems) + list(signature.changes_after)
    return any(DIFFER in text for text in texts)


needs_poppler = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler")


@needs_poppler
@pytest.mark.parametrize("trigger", list(TRIGGERS))
@pytest.mark.parametrize("carrier", list(CARRIERS))
def test_an_object_hidden_for_repairing_readers_is_an_error(
    signed_once, trust, tmp_path, carrier, trigger
):
    hidden = CARRIERS[carrier](signed_once, _evil_first_page(signed_once))
    assert FIRST_PAGE in _first_page_text(hidden, tmp_path)
    attacked = hidden + TRIGGERS[trigger]
    # the attack is real: poppler rebuilds the file and shows the hidden page
    assert SECOND_PAGE in _first_page_text(attacked, tmp_path)
    report = verify_pdf(attacked, trust=trust)
    assert report.verdict is Verdict.ERROR, report.message
    assert _says_readers_differ(report)
    # Latent, with nothing yet driving a reader to rebuild: object text in a string or a
    # comment is no honest writer's and counts at once; inside a stream's data it is what an
    # uncompressed attachment looks like, and counts once something can switch it on.
    latent = verify_pdf(hidden, trust=trust)
    if carrier == "XMP stream":
        assert latent.verdict is not Verdict.ERROR, latent.message
    else:
        assert latent.verdict is Verdict.ERROR and _says_readers_differ(latent)


@needs_poppler
def test_a_malformed_xref_keyword_in_an_update_is_an_error(signed_once, trust, tmp_path):
    hidden = _in_string(signed_once, _evil_first_page(signed_once))
    at = hidden.rindex(b"\nxref\n") + 1
    attacked = hidden[:at] + b"xref" + hidden[at + 5 :]  # "xref12 1": no keyword to poppler
    assert SECOND_PAGE in _first_page_text(attacked, tmp_path)
    assert verify_pdf(attacked, trust=trust).verdict is Verdict.ERROR


@needs_poppler
def test_an_object_hidden_in_the_signed_bytes_and_newlines_appended_is_an_error(
    base_pdf, pki, trust, tmp_path
):
    prepared = _in_string(base_pdf, _evil_first_page(base_pdf))
    signed = sign(prepared, "Signer1", pki.signers[0], pki)
    assert FIRST_PAGE in _first_page_text(signed, tmp_path)
    attacked = signed + b"\n" * 30_000
    assert SECOND_PAGE in _first_page_text(attacked, tmp_path)
    for data in (signed, attacked):
        report = verify_pdf(data, trust=trust)
        assert report.verdict is Verdict.ERROR
        assert any(DIFFER in p for p in report.signatures[0].problems)


@pytest.mark.parametrize("tail", [b"\n", b"\r\n", b"\n" * 4000, b"\x00" * 30_000, b" " * 5000])
def test_whitespace_after_the_end_alone_changes_nothing(signed_once, trust, tail):
    assert verify_pdf(signed_once + tail, trust=trust).verdict is Verdict.VALID


@pytest.mark.parametrize("carrier", list(CARRIERS))
def test_an_identical_copy_of_an_object_in_a_stream_or_string_is_honest(
    signed_once, trust, carrier
):
    first, _ = _pages(signed_once)
    copy = b"%d 0 obj\n%s\nendobj\n" % (first, object_text(signed_once, first))
    data = CARRIERS[carrier](signed_once, copy) + b"\x00" * 30_000
    report = verify_pdf(data, trust=trust)
    assert report.verdict is Verdict.VALID, report.message


def test_an_object_defined_twice_in_one_revision_with_the_same_content_is_honest(
    signed_once, trust
):
    first, _ = _pages(signed_once)
    body = object_text(signed_once, first)
    data = raw_update(signed_once, [(first, body), (first, body)])
    assert verify_pdf(data, trust=trust).verdict is Verdict.VALID


def test_an_earlier_unused_definition_in_the_same_revision_is_honest(signed_once, trust):
    """Cross-reference data and repairing readers both take the last definition."""
    first, _ = _pages(signed_once)
    body = object_text(signed_once, first)
    evil = _evil_first_page(signed_once).split(b"obj\n", 1)[1].rsplit(b"\nendobj", 1)[0]
    data = raw_update(signed_once, [(first, evil), (first, body)])
    assert verify_pdf(data, trust=trust).verdict is Verdict.VALID


def test_a_later_definition_the_cross_reference_data_skips_is_an_error(signed_once, trust):
    first, _ = _pages(signed_once)
    body = object_text(signed_once, first)
    evil = _evil_first_page(signed_once).split(b"obj\n", 1)[1].rsplit(b"\nendobj", 1)[0]
    draft = raw_update(signed_once, [(first, body), (first, evil)])
    used = draft.index(b"%d 0 obj" % first, len(signed_once))
    data = raw_update(signed_once, [(first, body), (first, evil)], xref={first: used})
    report = verify_pdf(data, trust=trust)
    assert report.verdict is Verdict.ERROR and _says_readers_differ(report)


@pytest.mark.parametrize("comment", [b"%iText-5.5.13\n", b"% a comment\r\n%another\n"])
def test_comments_before_startxref_are_legal(signed_once, trust, comment):
    """iText writes a comment line between the trailer and startxref in every revision."""
    first, _ = _pages(signed_once)
    data = raw_update(signed_once, [(first, object_text(signed_once, first))])
    at = data.rindex(b"startxref")
    data = data[:at] + comment + data[at:]
    document = PdfDocument(data)
    assert not document.anomalies
    assert verify_pdf(data, trust=trust).verdict is Verdict.VALID


def test_nul_as_whitespace_in_a_signed_file_is_honest(base_pdf, pki, trust):
    first, _ = _pages(base_pdf)
    body = object_text(base_pdf, first)
    box = re.search(rb"/MediaBox\s*\[([^\]]*)\]", body)
    spaced = b"\x00".join(box.group(1).split())
    body = body[: box.start()] + b"/MediaBox [\x00" + spaced + b"\x00]\x00" + body[box.end() :]
    prepared = raw_update(base_pdf, [(first, body)])
    signed = sign(prepared, "Signer1", pki.signers[0], pki)
    assert verify_pdf(signed, trust=trust).verdict is Verdict.VALID


def test_a_repeated_key_with_the_same_value_is_honest(base_pdf, pki, trust):
    first, _ = _pages(base_pdf)
    body = object_text(base_pdf, first).replace(b"/Rotate 0", b"/Rotate 0 /Rotate 0")
    signed = sign(raw_update(base_pdf, [(first, body)]), "Signer1", pki.signers[0], pki)
    assert verify_pdf(signed, trust=trust).verdict is Verdict.VALID


def test_a_signature_dictionary_with_two_contents_is_ambiguous(signed_once, trust):
    at = signed_once.rindex(b"/Filter /Adobe.PPKLite")
    twice = b"/Contents <0000000000>"
    assert len(twice) == len(b"/Filter /Adobe.PPKLite")
    data = signed_once[:at] + twice + signed_once[at + len(twice) :]
    report = verify_pdf(data, trust=trust)
    assert report.verdict is Verdict.ERROR, report.message
    assert "/Contents two different values" in report.signatures[0].problems[0]


def _glued_update(data: bytes, num: int, body: bytes) -> bytes:
    """An update whose first object follows ``%%EOF`` on the same line (as some writers do)."""
    data = data.rstrip(b"\r\n")
    info = last_trailer(data)
    at = len(data)
    out = data + b"%d 0 obj\n%s\nendobj\n" % (num, body)
    table = len(out)
    out += b"xref\n0 1\n0000000000 65535 f \n%d 1\n%010d 00000 n \n" % (num, at)
    out += b"trailer\n<< /Size %d /Root %d 0 R /Prev %d >>\nstartxref\n%d\n%%%%EOF\n" % (
        info["size"],
        info["root"],
        info["startxref"],
        table,
    )
    return out


def test_an_update_glued_to_the_previous_eof_is_honest(base_pdf, pki, trust):
    """A line scanner misses the glued object and falls back to its older version: no hiding."""
    first, _ = _pages(base_pdf)
    rotated = object_text(base_pdf, first).replace(b"/Rotate 0", b"/Rotate 90")
    prepared = _glued_update(base_pdf, first, rotated)
    assert re.search(rb"%%EOF\d+ 0 obj", prepared)
    signed = sign(prepared, "Signer1", pki.signers[0], pki)
    assert verify_pdf(signed, trust=trust).verdict is Verdict.VALID


def test_a_hidden_trailer_naming_another_catalog_is_an_error(signed_once, trust):
    """poppler keeps the last trailer it finds: one after the real one names the catalog."""
    first, _ = _pages(signed_once)
    info = last_trailer(signed_once)
    honest = b"trailer\n<< /Size %d /Root %d 0 R >>\n" % (info["size"], info["root"])
    assert verify_pdf(_in_string(signed_once, honest), trust=trust).verdict is Verdict.VALID
    hidden = b"trailer\n<< /Size %d /Root %d 0 R >>\n" % (info["size"], first)
    report = verify_pdf(signed_once + hidden + b"\x00" * 30_000, trust=trust)
    assert report.verdict is Verdict.ERROR and _says_readers_differ(report)


def test_a_key_given_two_values_matters_only_where_a_reader_shows_it(signed_once, trust):
    first, _ = _pages(signed_once)
    unused = last_trailer(signed_once)["size"] + 10
    honest = raw_update(signed_once, [(unused, b"<< /Rotate 0 /Rotate 90 >>")])
    assert verify_pdf(honest, trust=trust).verdict is Verdict.VALID
    body = object_text(signed_once, first).replace(b"/Rotate 0", b"/Rotate 0 /Rotate 90")
    report = verify_pdf(raw_update(signed_once, [(first, body)]), trust=trust)
    assert report.verdict is Verdict.ERROR
    assert any("/Rotate two different values" in p for p in report.signatures[0].problems)


def test_a_trailer_with_two_roots_is_an_error(signed_once, trust):
    first, _ = _pages(signed_once)
    info = last_trailer(signed_once)
    data = raw_update(signed_once, [], extra_trailer=b"")
    at = data.rindex(b"/Prev")
    data = data[:at] + b"/Root %d 0 R " % first + data[at:]
    assert data.count(b"/Root", data.rindex(b"trailer")) == 2
    report = verify_pdf(data, trust=trust)
    assert report.verdict is Verdict.ERROR, report.message
    assert info["root"] != first


QPDF_LAYOUTS = {
    "object streams": ["--object-streams=generate"],
    "linearized": ["--linearize"],
    "linearized, object streams": ["--object-streams=generate", "--linearize"],
    "QDF (comments before objects)": ["--qdf"],
    "uncompressed": ["--compress-streams=n", "--object-streams=disable"],
}
needs_qpdf = pytest.mark.skipif(shutil.which("qpdf") is None, reason="needs qpdf")


def _rewritten(data: bytes, options: list[str], tmp_path) -> bytes:
    source, target = tmp_path / "in.pdf", tmp_path / "out.pdf"
    source.write_bytes(data)
    subprocess.run(["qpdf", *options, str(source), str(target)], check=True, timeout=60)
    return target.read_bytes()


@needs_qpdf
@pytest.mark.parametrize("layout", list(QPDF_LAYOUTS))
def test_honest_layouts_signed_twice_stay_valid_with_or_without_a_tail(
    base_pdf, pki, trust, tmp_path, layout
):
    prepared = _rewritten(base_pdf, QPDF_LAYOUTS[layout], tmp_path)
    signed = sign(prepared, "Signer1", pki.signers[0], pki)
    signed = sign(signed, "Signer2", pki.signers[1], pki)
    for data in (signed, signed + b"\x00" * 30_000):
        report = verify_pdf(data, trust=trust)
        assert report.verdict is Verdict.VALID, report.message


def _append_object(data: bytes, num: int, body: bytes) -> bytes:
    """An update with one new object under a table, whatever the file's own sections are."""
    revision = PdfDocument(data).revisions[-1]
    root = revision.trailer["Root"]
    at = len(data)
    out = data + b"%d 0 obj\n%s\nendobj\n" % (num, body)
    table = len(out)
    out += b"xref\n0 1\n0000000000 65535 f \n%d 1\n%010d 00000 n \n" % (num, at)
    out += b"trailer\n<< /Size %d /Root %d %d R /Prev %d >>\nstartxref\n%d\n%%%%EOF\n" % (
        max(revision.trailer["Size"], num + 1),
        root.num,
        root.gen,
        revision.head,
        table,
    )
    return out


@needs_qpdf
@needs_poppler
def test_a_plain_object_hiding_a_compressed_one_is_an_error(base_pdf, pki, trust, tmp_path):
    prepared = _rewritten(base_pdf, QPDF_LAYOUTS["object streams"], tmp_path)
    signed = sign(prepared, "Signer1", pki.signers[0], pki)
    path = tmp_path / "signed.pdf"
    path.write_bytes(signed)

    def shown(*options: str) -> bytes:
        command = ["qpdf", *options, str(path)]
        return subprocess.run(command, capture_output=True, check=True, timeout=60).stdout.strip()

    first, second = (int(n) for n in re.findall(rb"page \d+: (\d+) 0 R", shown("--show-pages")))
    assert not re.search(rb"(?<![0-9])%d 0 obj" % first, signed)  # the page is compressed

    contents = re.search(rb"/Contents\s+(\d+\s+\d+\s+R)", shown(f"--show-object={second}"))
    evil = re.sub(
        rb"/Contents\s+\d+\s+\d+\s+R",
        b"/Contents " + contents.group(1),
        shown(f"--show-object={first}"),
    )
    hidden = b"<< /Note (\n%d 0 obj\n%s\nendobj\n) >>" % (first, evil)
    attacked = _append_object(signed, PdfDocument(signed).revisions[-1].trailer["Size"], hidden)
    assert FIRST_PAGE in _first_page_text(attacked, tmp_path)
    # poppler's reconstruction drops compressed objects: switched on, it no longer shows page 1
    assert FIRST_PAGE not in _first_page_text(attacked + b"\x00" * 30_000, tmp_path)
    report = verify_pdf(attacked, trust=trust)
    assert report.verdict is Verdict.ERROR and _says_readers_differ(report)


def _with_pdf_attachment(data: bytes, inner: bytes) -> bytes:
    """``data`` rewritten by pypdf with ``inner`` attached, stored uncompressed as pypdf does."""
    import io

    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(data)))
    writer.add_attachment("invoice.pdf", inner)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


@needs_poppler
def test_an_uncompressed_pdf_attachment_is_honest_until_a_reader_could_rebuild(
    base_pdf, pki, trust, tmp_path
):
    # The attached PDF's own "1 0 obj ..." lines sit at line starts inside a stream: a reader
    # that rebuilt the file would take them, but nothing makes a reader rebuild this one.
    attached = _with_pdf_attachment(base_pdf, base_pdf)
    assert re.search(rb"[\r\n]1 0 obj", attached[attached.index(b"stream") :])
    signed = sign(attached, "Signer1", pki.signers[0], pki)
    assert FIRST_PAGE in _first_page_text(signed, tmp_path)
    report = verify_pdf(signed, trust=trust)
    assert report.verdict is Verdict.VALID, report.message
    # the same file with a long tail: poppler rebuilds it, and the attachment's objects win
    tailed = signed + b"\n" * 30_000
    report = verify_pdf(tailed, trust=trust)
    assert report.verdict is Verdict.ERROR and _says_readers_differ(report)
