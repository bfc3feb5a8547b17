"""Changes an attacker (or a careless tool) makes to a signed PDF, as incremental updates."""

from __future__ import annotations

import io
import re
from collections.abc import Callable

OVERLAY = b"BT /F1 24 Tf 72 500 Td (PAY 1 000 000 EUR) Tj ET"


def update(data: bytes, edit: Callable) -> bytes:
    """Append one incremental update made by ``edit(writer)``."""
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter

    writer = IncrementalPdfFileWriter(io.BytesIO(data), strict=False)
    edit(writer)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def _page(writer, index: int):
    page_ref, _ = writer.find_page_for_modification(index)
    return page_ref, page_ref.get_object()


def add_page(data: bytes) -> bytes:
    """Add a page at the end."""
    from pyhanko.pdf_utils import generic

    def edit(writer):
        content = writer.add_object(generic.StreamObject(stream_data=OVERLAY))
        page = generic.DictionaryObject(
            {
                generic.pdf_name("/Type"): generic.pdf_name("/Page"),
                generic.pdf_name("/MediaBox"): generic.ArrayObject(
                    [generic.NumberObject(n) for n in (0, 0, 595, 842)]
                ),
                generic.pdf_name("/Contents"): content,
                generic.pdf_name("/Resources"): generic.DictionaryObject(),
            }
        )
        writer.insert_page(page)

    return update(data, edit)


def add_annotation(data: bytes, page: int = 0) -> bytes:
    """Add a note (a Text annotation, which hides nothing: a P=3 certification permits it)."""
    from pyhanko.pdf_utils import generic

    def edit(writer):
        page_ref, _ = _page(writer, page)
        annot = writer.add_object(
            generic.DictionaryObject(
                {
                    generic.pdf_name("/Type"): generic.pdf_name("/Annot"),
                    generic.pdf_name("/Subtype"): generic.pdf_name("/Text"),
                    generic.pdf_name("/Rect"): generic.ArrayObject(
                        [generic.NumberObject(n) for n in (72, 400, 300, 440)]
                    ),
                    generic.pdf_name("/Contents"): generic.TextStringObject("Void"),
                    generic.pdf_name("/DA"): generic.TextStringObject("/Helv 12 Tf 0 g"),
                }
            )
        )
        writer.register_annotation(page_ref, annot)

    return update(data, edit)


def change_page_text(data: bytes, page: int = 0) -> bytes:
    """Replace the content stream of a page."""
    from pyhanko.pdf_utils import generic

    def edit(writer):
        _, page_obj = _page(writer, page)
        page_obj[generic.pdf_name("/Contents")] = writer.add_object(
            generic.StreamObject(stream_data=b"BT /F1 12 Tf 72 760 Td (Other terms) Tj ET")
        )
        writer.update_container(page_obj)

    return update(data, edit)


def _field(writer, name: str):
    for field_ref in writer.root["/AcroForm"]["/Fields"]:
        field = field_ref.get_object()
        if field.get("/T") == name:
            return field
    raise KeyError(name)


def change_field_value(data: bytes, name: str = "note", value: str = "changed") -> bytes:
    """Set the value of a form field."""
    from pyhanko.pdf_utils import generic

    def edit(writer):
        field = _field(writer, name)
        field[generic.pdf_name("/V")] = generic.TextStringObject(value)
        writer.update_container(field)

    return update(data, edit)


def change_signature_dict(data: bytes, name: str, reason: str = "Forged") -> bytes:
    """Rewrite the signature dictionary of a signed field with another /Reason."""
    from pyhanko.pdf_utils import generic

    def edit(writer):
        field = _field(writer, name)
        sig_ref = field.raw_get("/V")
        sig = sig_ref.get_object()
        sig[generic.pdf_name("/Reason")] = generic.TextStringObject(reason)
        writer.mark_update(sig_ref)

    return update(data, edit)


def add_unused_overlay(data: bytes) -> tuple[bytes, int]:
    """Add a content stream nothing refers to (yet); returns the file and its object number."""
    from pyhanko.pdf_utils import generic

    holder: list[int] = []

    def edit(writer):
        ref = writer.add_object(generic.StreamObject(stream_data=OVERLAY))
        holder.append(ref.idnum)

    return update(data, edit), holder[0]


def use_overlay(data: bytes, overlay_num: int, page: int = 0) -> bytes:
    """Refer to an existing (signed, so far unused) overlay stream from a page's contents."""
    from pyhanko.pdf_utils import generic

    def edit(writer):
        _, page_obj = _page(writer, page)
        old = page_obj.raw_get("/Contents")
        overlay = generic.IndirectObject(overlay_num, 0, writer)
        page_obj[generic.pdf_name("/Contents")] = generic.ArrayObject([old, overlay])
        writer.update_container(page_obj)

    return update(data, edit)


def byte_range(data: bytes, index: int = -1) -> tuple[int, int, int, int]:
    """The ``/ByteRange`` of signature ``index`` (in file order) as written."""
    found = re.findall(rb"/ByteRange\s*\[\s*(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s*\]", data)
    return tuple(int(n) for n in found[index])


def replace_byte_range(data: bytes, new: tuple[int, ...], index: int = -1) -> bytes:
    """Rewrite a ``/ByteRange`` in place (same length, padded with spaces)."""
    matches = list(re.finditer(rb"/ByteRange\s*\[[^\]]*\]", data))
    match = matches[index]
    text = b"/ByteRange [" + b" ".join(str(n).encode() for n in new) + b"]"
    width = match.end() - match.start()
    assert len(text) <= width
    text = text[:-1] + b" " * (width - len(text)) + b"]"
    return data[: match.start()] + text + data[match.end() :]


def flip_byte(data: bytes, offset: int) -> bytes:
    """Change one byte (a letter stays a letter, so the syntax may survive)."""
    value = data[offset]
    new = value ^ 0x01 if value not in (0x0A, 0x0D) else value
    if new == value:
        new = (value + 1) % 256
    return data[:offset] + bytes([new]) + data[offset + 1 :]


def last_trailer(data: bytes) -> dict[str, int]:
    """/Root, /Size and the last startxref of a file with cross-reference tables."""
    tail = data[data.rindex(b"trailer") :]
    return {
        "root": int(re.search(rb"/Root\s+(\d+)\s+0\s+R", tail).group(1)),
        "size": int(re.search(rb"/Size\s+(\d+)", tail).group(1)),
        "startxref": int(re.findall(rb"startxref\s+(\d+)", data)[-1]),
    }


def object_text(data: bytes, num: int) -> bytes:
    """The body of the last definition of object ``num`` (between ``obj`` and ``endobj``)."""
    found = re.findall(rb"(?<![0-9])%d 0 obj\s*(.*?)\s*endobj" % num, data, re.S)
    return found[-1]


def raw_update(
    data: bytes,
    objects: list[tuple[int, bytes]],
    *,
    xref: dict | None = None,
    prev: int | None = None,
    extra_trailer: bytes = b"",
    between: bytes = b"",
    skip_xref: bool = False,
    stream_xref: dict | None = None,
    free: tuple[int, ...] = (),
) -> bytes:
    """Append a hand-written incremental update; the keyword arguments break it on purpose.

    ``objects`` are written in order (a number may appear twice); ``xref`` overrides the
    offsets the table gives (``num -> offset``); ``prev`` the /Prev; ``between`` is written
    before the table; ``extra_trailer`` a second trailer; ``skip_xref`` writes no table at all.
    """
    info = last_trailer(data)
    out = bytearray(data if data.endswith(b"\n") else data + b"\n")
    offsets: dict[int, int] = {}
    for num, body in objects:
        offsets[num] = len(out)
        out += b"%d 0 obj\n%s\nendobj\n" % (num, body)
    if skip_xref:
        return bytes(out)
    offsets.update(xref or {})
    hybrid = b""
    if stream_xref:
        stream_num = max([info["size"], *(n + 1 for n in offsets)])
        body = b"".join(
            b"\x01" + off.to_bytes(4, "big") + b"\x00\x00" for _, off in sorted(stream_xref.items())
        )
        index = b" ".join(b"%d 1" % num for num in sorted(stream_xref))
        hybrid = b" /XRefStm %d" % len(out)
        out += (
            b"%d 0 obj\n<< /Type /XRef /Size %d /W [1 4 2] /Index [%s] /Length %d >>\n"
            b"stream\n" % (stream_num, stream_num + 1, index, len(body))
        )
        out += body + b"\nendstream\nendobj\n"
        offsets[stream_num] = out.rindex(b"%d 0 obj" % stream_num)
    out += between
    table_at = len(out)
    out += b"xref\n"
    for num in sorted(offsets):
        out += b"%d 1\n%010d 00000 n \n" % (num, offsets[num])
    for num in free:
        out += b"%d 1\n0000000000 00001 f \n" % num
    out += extra_trailer
    size = max([info["size"], *(n + 1 for n in offsets)])
    out += b"trailer\n<< /Size %d /Root %d 0 R /Prev %d%s >>\nstartxref\n%d\n%%%%EOF\n" % (
        size,
        info["root"],
        info["startxref"] if prev is None else prev,
        hybrid,
        table_at,
    )
    return bytes(out)
