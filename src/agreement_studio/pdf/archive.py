"""PDF/A-2 identification: the XMP metadata stream and the sRGB output intent.

PDF/A (ISO 19005-2) asks a file to say what it claims in XMP (``pdfaid:part``,
``pdfaid:conformance``) and to repeat the document information in XMP with the same values
(title, author, subject, keywords, producer, creator tool, dates). Device colour (our text and
rules are DeviceRGB/DeviceGray) needs an output intent with an ICC profile: the sRGB profile
lcms builds (Pillow's ``ImageCms``), with its creation date fixed so the bytes never change.

Only the standard document information entries are mirrored in XMP: the agreement's own keys
(``/AgreementDocumentId`` ...) would need an XMP extension schema, and PDF/A does not ask for
custom information entries to be repeated.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any
from xml.sax.saxutils import escape

from reportlab.pdfbase.pdfdoc import (
    PDFArray,
    PDFCatalog,
    PDFDictionary,
    PDFName,
    PDFStream,
    PDFString,
    PDFZCompress,
)

PDFA_PART = 2
SRGB_IDENTIFIER = "sRGB IEC61966-2.1"
_ICC_VERSION_4_2 = bytes((4, 0x20, 0, 0))
# The profile's header date (ICC.1 §7.2.8): six big-endian 16-bit numbers, here 2000-01-01.
_ICC_FIXED_DATE = b"".join(n.to_bytes(2, "big") for n in (2000, 1, 1, 0, 0, 0))


class PlainStream(PDFStream):
    """A stream written as it is: no filter at all (ReportLab would write ``/Filter []``)."""

    def format(self, document: Any) -> bytes:
        """The stream object's bytes, with the EOL PDF/A wants before ``endstream``."""
        dictionary = PDFDictionary(dict(self.dictionary.dict))
        content: bytes = document.encrypt.encode(self.content)
        dictionary["Length"] = len(content)
        return dictionary.format(document) + b"\nstream\n" + content + b"\nendstream\n"


_original_stream_format = PDFStream.format


def _stream_format_with_eol(self: PDFStream, document: Any) -> bytes:
    data: bytes = _original_stream_format(self, document)
    if getattr(document, "endstream_eol", False) and not data.endswith(b"\nendstream\n"):
        # ReportLab writes the data straight before "endstream"; PDF/A (ISO 19005-2 §6.1.7.1)
        # wants an end-of-line there, outside /Length.
        data = data[: -len(b"endstream\n")] + b"\nendstream\n"
    return data


def write_streams_with_eol(document: Any) -> None:
    """Have ``document`` end every stream's data with an EOL before ``endstream``.

    ReportLab has no option for it; its stream class learns it once, and only documents that
    ask for it (this flag) are written differently.
    """
    if PDFStream.format is not _stream_format_with_eol:
        # Patching the class is the point: ReportLab writes every stream through this method.
        PDFStream.format = _stream_format_with_eol  # type: ignore[method-assign]  # see above
    document.endstream_eol = True


@dataclass(frozen=True)
class Archive:
    """What the file claims about itself for the archive."""

    conformance: str = "B"
    """``B`` (basic: visual appearance) or ``A`` (accessible: tagged as well)."""


def pdf_date(moment: dt.datetime) -> str:
    """A PDF date string (``D:YYYYMMDDHHmmSS+HH'mm'``) for an aware datetime."""
    offset = _offset(moment)
    sign = "-" if offset < 0 else "+"
    hours, minutes = divmod(abs(offset), 60)
    return f"D:{moment:%Y%m%d%H%M%S}{sign}{hours:02d}'{minutes:02d}'"


def xmp_date(moment: dt.datetime) -> str:
    """The same instant as :func:`pdf_date`, written as XMP wants it (ISO 8601)."""
    offset = _offset(moment)
    sign = "-" if offset < 0 else "+"
    hours, minutes = divmod(abs(offset), 60)
    return f"{moment:%Y-%m-%dT%H:%M:%S}{sign}{hours:02d}:{minutes:02d}"


def _offset(moment: dt.datetime) -> int:
    delta = moment.utcoffset() or dt.timedelta(0)
    return int(delta.total_seconds() // 60)


@functools.cache
def srgb_profile() -> bytes:
    """The sRGB ICC profile (lcms's built-in), with a fixed header date so it is reproducible."""
    from PIL import ImageCms

    data = bytearray(ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes())
    # lcms stamps the profile with the current time; PDF/A-2 names ICC.1:2004-10 (v4.2), and
    # the tags lcms writes for sRGB are the v4.2 ones, so the header says so.
    data[8:12] = _ICC_VERSION_4_2
    data[24:36] = _ICC_FIXED_DATE
    data[84:100] = bytes(16)  # no profile ID (optional; it would cover the header we changed)
    return bytes(data)


def xmp_packet(entries: Mapping[str, str], moment: dt.datetime, archive: Archive) -> bytes:
    """The XMP packet that mirrors the information dictionary ``entries`` and its dates."""
    date = xmp_date(moment)

    def text(key: str) -> str:
        return escape(entries.get(key, ""))

    fields = [
        f"<pdfaid:part>{PDFA_PART}</pdfaid:part>",
        f"<pdfaid:conformance>{escape(archive.conformance)}</pdfaid:conformance>",
        f'<dc:title><rdf:Alt><rdf:li xml:lang="x-default">{text("Title")}</rdf:li>'
        "</rdf:Alt></dc:title>",
        f"<dc:creator><rdf:Seq><rdf:li>{text('Author')}</rdf:li></rdf:Seq></dc:creator>",
        f'<dc:description><rdf:Alt><rdf:li xml:lang="x-default">{text("Subject")}</rdf:li>'
        "</rdf:Alt></dc:description>",
        "<dc:format>application/pdf</dc:format>",
        f"<pdf:Keywords>{text('Keywords')}</pdf:Keywords>",
        *([f"<pdf:Producer>{text('Producer')}</pdf:Producer>"] if "Producer" in entries else []),
        f"<pdf:Trapped>{text('Trapped') or 'False'}</pdf:Trapped>",
        f"<xmp:CreatorTool>{text('Creator')}</xmp:CreatorTool>",
        f"<xmp:CreateDate>{date}</xmp:CreateDate>",
        f"<xmp:ModifyDate>{date}</xmp:ModifyDate>",
        f"<xmp:MetadataDate>{date}</xmp:MetadataDate>",
    ]
    body = "\n   ".join(fields)
    packet = (
        '<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>\n'
        '<x:xmpmeta xmlns:x="adobe:ns:meta/">\n'
        ' <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">\n'
        '  <rdf:Description rdf:about=""\n'
        '    xmlns:pdfaid="http://www.aiim.org/pdfa/ns/id/"\n'
        '    xmlns:dc="http://purl.org/dc/elements/1.1/"\n'
        '    xmlns:pdf="http://ns.adobe.com/pdf/1.3/"\n'
        '    xmlns:xmp="http://ns.adobe.com/xap/1.0/">\n'
        f"   {body}\n"
        "  </rdf:Description>\n"
        " </rdf:RDF>\n"
        "</x:xmpmeta>\n" + (" " * 99 + "\n") * 20 + '<?xpacket end="w"?>'
        # Room for a later update to rewrite the packet in place (XMP's recommended padding).
    )
    return packet.encode("utf-8")


def install_archive(
    document: Any, entries: Mapping[str, str], moment: dt.datetime, archive: Archive
) -> None:
    """Put the XMP metadata and the sRGB output intent into ``document``'s catalog."""
    catalog = document.Catalog
    # Uncompressed, so a file tool without inflate can read the claim.
    metadata = PlainStream(
        dictionary=PDFDictionary({"Type": PDFName("Metadata"), "Subtype": PDFName("XML")}),
        content=xmp_packet(entries, moment, archive),
    )
    metadata.__Comment__ = "XMP metadata"  # type: ignore[attr-defined]  # not in the stubs
    profile = PDFStream(
        dictionary=PDFDictionary({"N": 3}), content=srgb_profile(), filters=[PDFZCompress]
    )
    intent = PDFDictionary(
        {
            "Type": PDFName("OutputIntent"),
            "S": PDFName("GTS_PDFA1"),
            "OutputConditionIdentifier": PDFString(SRGB_IDENTIFIER),
            "Info": PDFString(SRGB_IDENTIFIER),
            "RegistryName": PDFString("http://www.color.org"),
            "DestOutputProfile": document.Reference(profile, "srgb-output-profile"),
        }
    )
    catalog.Metadata = metadata
    catalog.OutputIntents = PDFArray([intent])
    # ReportLab's catalog writes only the keys it knows; this instance learns one more.
    catalog.__NoDefault__ = [*PDFCatalog.__NoDefault__, "OutputIntents"]
