"""The sign dialog's picture of the visible signature: the stamp's lines, fitted into its box."""

from __future__ import annotations

from PySide6.QtGui import QColor, QFontDatabase, QImage

from agreement_studio.gui.signing.signature_preview import SignaturePreview

LONG_NAME = "Päivi Mäkelä-Kärkkäinen-Lahtinen"
LONG_ORGANISATION = "Koulutuskeskus Salpaus -kuntayhtymä, aikuiskoulutuksen palvelut"


def _inked_columns(image: QImage) -> list[int]:
    """The x of every column with a dark pixel inside the frame (the frame itself left out)."""
    found = []
    for x in range(2, image.width() - 2):
        for y in range(2, image.height() - 2):
            if QColor(image.pixel(x, y)).lightness() < 160:
                found.append(x)
                break
    return found


def _painted(qtbot, width: int, height: int, language: str) -> QImage:
    preview = SignaturePreview(language=language)
    qtbot.addWidget(preview)
    preview.set_signer(LONG_NAME, LONG_ORGANISATION)
    preview.resize(width, height)
    return preview.grab().toImage()


def test_the_lines_are_drawn_inside_the_box_whatever_its_size(qtbot):
    for width, height in ((240, 72), (320, 96), (600, 120)):
        image = _painted(qtbot, width, height, "fi")
        inked = _inked_columns(image)
        assert inked, f"nothing drawn at {width}x{height}"
        # shrunk together until the widest line fits: the stamp's margin (4 of its 60 points
        # of height) is left on both sides
        margin = 4 * height / 60
        assert min(inked) >= margin - 1, (width, min(inked))
        assert max(inked) <= width - margin + 0.5, (width, max(inked))


def test_a_wide_box_leaves_the_text_its_size(qtbot):
    narrow = _inked_columns(_painted(qtbot, 240, 72, "en"))
    wide = _inked_columns(_painted(qtbot, 900, 72, "en"))
    # the same height: in the wide box nothing needs shrinking, so the lines run wider
    assert max(wide) - min(wide) > max(narrow) - min(narrow)


def test_painting_leaves_the_window_fonts_alone(qtbot):
    """Noto Sans is drawn as a raw font: registering it could change the window's Sans Serif."""
    before = QFontDatabase.families()
    _painted(qtbot, 320, 96, "sv")
    assert QFontDatabase.families() == before


def test_the_first_line_is_the_stamp_label_in_the_agreement_language(qtbot):
    preview = SignaturePreview(language="fi")
    qtbot.addWidget(preview)
    preview.set_signer(LONG_NAME, LONG_ORGANISATION)
    first, name, organisation, _time = preview.lines()
    assert first == "Sähköisesti allekirjoitettu"
    assert (name, organisation) == (LONG_NAME, LONG_ORGANISATION)
    assert preview.toolTip().splitlines()[:3] == [first, name, organisation]
