"""The fonts every PDF is set in: Noto Serif for the text, Noto Sans for headings and furniture.

They are open fonts (SIL OFL, ``resources/fonts/OFL.txt``) shipped with the application and
embedded, subset, in every PDF. No standard-14 font (Helvetica and friends) is ever used: those
are not embedded and would make the file depend on the reader's fonts.
"""

from __future__ import annotations

import threading

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
        from reportlab.pdfbase.ttfonts import TTFont

        from agreement_studio.paths import font_path

        for name in _FILES:
            pdfmetrics.registerFont(TTFont(name, str(font_path(f"{name}.ttf"))))
        # There is no bold italic cut: bold stands in for it, which reads better than a fake slant.
        pdfmetrics.registerFontFamily(
            SERIF, normal=SERIF, bold=SERIF_BOLD, italic=SERIF_ITALIC, boldItalic=SERIF_BOLD
        )
        pdfmetrics.registerFontFamily(
            SANS, normal=SANS, bold=SANS_BOLD, italic=SANS_ITALIC, boldItalic=SANS_BOLD
        )
        _registered = True
