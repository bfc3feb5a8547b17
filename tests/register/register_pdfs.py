"""Ways to change a PDF that an import must refuse: incremental updates made with pyHanko's
writer (a new page, new text on a page, a forged document ID) and damaged bytes."""

from __future__ import annotations

import io

from pyhanko.pdf_utils import generic
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter


def _written(writer: IncrementalPdfFileWriter) -> bytes:
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def add_page(
    data: bytes, text: bytes = b"(Annex: the coordinator may change the terms) Tj"
) -> bytes:
    """``data`` with an incremental update that appends a page."""
    writer = IncrementalPdfFileWriter(io.BytesIO(data))
    content = writer.add_object(
        generic.StreamObject(stream_data=b"BT /F1 12 Tf 72 720 Td " + text + b" ET")
    )
    page = generic.DictionaryObject(
        {
            generic.NameObject("/Type"): generic.NameObject("/Page"),
            generic.NameObject("/MediaBox"): generic.ArrayObject(
                [generic.NumberObject(n) for n in (0, 0, 595, 842)]
            ),
            generic.NameObject("/Contents"): content,
            generic.NameObject("/Resources"): generic.DictionaryObject(),
        }
    )
    writer.insert_page(page)
    return _written(writer)


def add_text_to_first_page(data: bytes) -> bytes:
    """``data`` with an incremental update that adds a line of text to page 1."""
    writer = IncrementalPdfFileWriter(io.BytesIO(data))
    stream = generic.StreamObject(
        stream_data=b"BT /F1 10 Tf 72 40 Td (Valid until 2099 only) Tj ET"
    )
    writer.add_stream_to_page(0, writer.add_object(stream))
    return _written(writer)


def set_document_id(data: bytes, document_id: str) -> bytes:
    """``data`` with an incremental update that writes another document ID into /Info."""
    writer = IncrementalPdfFileWriter(io.BytesIO(data))
    info_ref = writer.prev.trailer.raw_get("/Info")
    info = info_ref.get_object()
    info[generic.NameObject("/AgreementDocumentId")] = generic.TextStringObject(document_id)
    writer.mark_update(info_ref)
    return _written(writer)


def flip_byte(data: bytes, offset: int) -> bytes:
    """``data`` with one byte changed."""
    changed = bytearray(data)
    changed[offset] ^= 0x01
    return bytes(changed)


def break_last_signature(data: bytes) -> bytes:
    """``data`` with one hex digit of the last signature's CMS changed (same length)."""
    start = data.rindex(b"/Contents <") + len(b"/Contents <") + 200
    digit = data[start : start + 1]
    return data[:start] + (b"1" if digit != b"1" else b"2") + data[start + 1 :]
