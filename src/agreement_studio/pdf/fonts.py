"""The fonts every PDF is set in: Noto Serif for the text, Noto Sans for headings and furniture.

They are open fonts (SIL OFL, ``resources/fonts/OFL.txt``) shipped with the application and
embedded, subset, in every PDF. No standard-14 font (Helvetica and friends) is ever used: those
are not embedded and would make the file depend on the reader's fonts.
"""

from __future__ import annotations

import hashlib
import string
import threading
from typing import Any

SERIF = "NotoSerif-Regular"
SERIF_BOLD = "NotoSerif-Bold"
SERIF_ITALIC = "NotoSerif-Italic"
SANS = "NotoSans-Regular"
SANS_BOLD = "NotoSans-Bold"
SANS_ITALIC = "NotoSans-Italic"

_FILES = (SERIF, SERIF_BOLD, SERIF_ITALIC, SANS, SANS_BOLD, SANS_ITALIC)
_lock = threading.Lock()
_registered = False


def register_fonts() -> None:
    """Register the fonts with ReportLab, once per process (parsing a TTF file is not free)."""
    global _registered
    if _registered:
        return
    with _lock:
        if _registered:
            return
        from reportlab.pdfbase import pdfmetrics

        from agreement_studio.paths import font_path

        font_class = _tagged_font_class()
        for name in _FILES:
            pdfmetrics.registerFont(font_class(name, str(font_path(f"{name}.ttf"))))
        # There is no bold italic cut: bold stands in for it, which reads better than a fake slant.
        pdfmetrics.registerFontFamily(
            SERIF, normal=SERIF, bold=SERIF_BOLD, italic=SERIF_ITALIC, boldItalic=SERIF_BOLD
        )
        pdfmetrics.registerFontFamily(
            SANS, normal=SANS, bold=SANS_BOLD, italic=SANS_ITALIC, boldItalic=SANS_BOLD
        )
        _registered = True


def subset_tag(font_name: str, index: int, subset: list[int]) -> str:
    """The six capital letters before a subset's name (``ABCDEF+NotoSerif-Regular``).

    ReportLab tags a font's first subset ``AAAAAA`` whatever the font, so every font in a file
    had the same tag; the tag is meant to tell subsets apart (ISO 32000 §9.6.4). A hash of the
    font, the subset's number and its characters gives a distinct tag that never changes for
    the same text.
    """
    material = f"{font_name}\0{index}\0" + ",".join(map(str, subset))
    digest = hashlib.sha256(material.encode("utf-8")).digest()
    return "".join(string.ascii_uppercase[byte % 26] for byte in digest[:6])


def _tagged_font_class() -> Any:
    from reportlab.pdfbase import pdfdoc
    from reportlab.pdfbase.ttfonts import TTFont, makeToUnicodeCMap

    class TaggedTTFont(TTFont):
        """ReportLab's TrueType font, writing each subset under its own tag (see subset_tag)."""

        def addObjects(self, doc: Any) -> None:  # ReportLab's name
            # ReportLab's TTFont.addObjects with the subset tag as the only change.
            try:
                state = self.state[doc]
            except KeyError:
                # A private attribute, not in ReportLab's stubs.
                readable = self._asciiReadable  # type: ignore[attr-defined]  # see above
                state = self.state[doc] = TTFont.State(readable)
            state.frozen = 1
            for n, subset in enumerate(state.subsets):
                internal_name = self.getSubsetInternalName(n, doc)[1:]
                tag = subset_tag(self.fontName, n, subset)
                base_name = tag + "+" + (self.face.name + self.face.subfontNameX).decode("pdfdoc")
                # ReportLab writes every attribute set on a font object as a dictionary entry;
                # its stubs declare none of a font's entries.
                font: Any = pdfdoc.PDFTrueTypeFont()
                font.__Comment__ = f"Font {self.fontName} subset {n}"
                font.Name = internal_name
                font.BaseFont = base_name
                font.FirstChar = 0
                font.LastChar = len(subset) - 1
                font.Widths = pdfdoc.PDFArray(list(map(self.face.getCharWidth, subset)))
                cmap = pdfdoc.PDFStream()
                cmap.content = makeToUnicodeCMap(base_name, subset)
                if doc.compression:
                    cmap.filters = [pdfdoc.PDFZCompress]
                font.ToUnicode = doc.Reference(cmap, "toUnicodeCMap:" + base_name)
                # addSubsetObjects is untyped in ReportLab's stubs.
                face = self.face
                descriptor = face.addSubsetObjects(  # type: ignore[no-untyped-call]  # see above
                    doc, base_name, subset
                )
                font.FontDescriptor = descriptor
                doc.Reference(font, internal_name)
                doc.idToObject["BasicFonts"].dict[internal_name] = font
            del self.state[doc]

    return TaggedTTFont
