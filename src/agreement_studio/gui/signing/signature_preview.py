"""A picture of the visible signature as the signing layer will draw it into the PDF.

The same four lines, sizes, greys and frame as ``signing/appearance.py`` (which cannot be
imported here: it loads pyHanko), in the same font, Noto Sans. The first line is the core's
label (``signing.vocabulary.stamp_label``) in the agreement's language, as the PDF's stamp
says it, whatever the window's language.
"""

from __future__ import annotations

import datetime as dt
from functools import cache

from PySide6.QtCore import QByteArray, QPointF, QRectF, QSize, QTimer
from PySide6.QtGui import (
    QColor,
    QGlyphRun,
    QPainter,
    QPaintEvent,
    QPen,
    QRawFont,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from agreement_studio.paths import font_path
from agreement_studio.signing.vocabulary import stamp_label

__all__ = ["SignaturePreview", "appearance_time"]

_LINES = ((7.0, 0.35), (11.0, 0.0), (9.0, 0.15), (8.0, 0.25))  # (points, grey) as drawn there
_LEADING = 1.25
_MARGIN = 4.0
_FIELD = QSize(200, 60)  # points: the prepared field's usual size


def appearance_time(moment: dt.datetime) -> str:
    """``2026-05-04 14:03:05 +03:00``: how the stamp writes the signing time."""
    offset = moment.strftime("%z")
    return f"{moment:%Y-%m-%d %H:%M:%S} {offset[:3]}:{offset[3:]}"


@cache
def _font_bytes() -> QByteArray:
    """Noto Sans, read once. Drawn as a raw font: registered with Qt's font database it could
    change what the window's "Sans Serif" means (on a system without Noto Sans) for every
    widget laid out afterwards, and registering it at start cost every start-up."""
    return QByteArray(font_path("NotoSans-Regular.ttf").read_bytes())


def _line(raw: QRawFont, text: str) -> tuple[QGlyphRun, float]:
    """``text`` set in ``raw`` on one line from x = 0, and its width (the font's advances)."""
    indexes = raw.glyphIndexesForString(text)
    positions, x = [], 0.0
    for advance in raw.advancesForGlyphIndexes(indexes):
        positions.append(QPointF(x, 0.0))
        x += advance.x()
    run = QGlyphRun()
    run.setRawFont(raw)
    run.setGlyphIndexes(indexes)
    run.setPositions(positions)
    return run, x


class SignaturePreview(QWidget):
    """Shows name, organisation and the time ticking, scaled as the field's box scales it."""

    def __init__(self, parent: QWidget | None = None, language: str | None = None) -> None:
        super().__init__(parent)
        self.language = language
        """The agreement's language: the stamp's label is in it (English when unknown)."""
        self.name = ""
        self.organisation = ""
        self.setMinimumSize(_FIELD * 1.2)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(self.tr("Preview of the visible signature"))
        self._clock = QTimer(self)
        self._clock.timeout.connect(self._tick)
        self._clock.start(1000)
        self._tick()

    def sizeHint(self) -> QSize:
        """Twice the field's size in points, as on a screen at about 150 %."""
        return _FIELD * 1.6

    def set_signer(self, name: str, organisation: str) -> None:
        """The name and organisation the certificate gives."""
        self.name, self.organisation = name, organisation
        self._tick()

    def lines(self) -> list[str]:
        """The four lines of the stamp."""
        return [
            stamp_label(self.language),
            self.name,
            self.organisation,
            appearance_time(dt.datetime.now().astimezone().replace(microsecond=0)),
        ]

    def _tick(self) -> None:
        text = "\n".join(self.lines())
        self.setAccessibleDescription(text)
        self.setToolTip(text)
        self.update()

    def paintEvent(self, _event: QPaintEvent) -> None:
        """Draw the frame and the lines, shrunk together if the box is small."""
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), QColor("white"))
        box = QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5)
        painter.setPen(QPen(QColor.fromRgbF(0.55, 0.6, 0.7), 1.0))
        painter.drawRect(box)
        scale_to_screen = box.height() / _FIELD.height()
        # Set at the size the box gives (the stamp's points are the box's pixels once scaled),
        # then shrunk together if the widest line or the block does not fit.
        data = _font_bytes()
        lines = self.lines()
        pixels = [size * scale_to_screen for size, _grey in _LINES]
        widths = [_line(QRawFont(data, px), t)[1] for px, t in zip(pixels, lines, strict=True)]
        block = sum(size for size, _ in _LINES) * _LEADING * scale_to_screen
        margin = _MARGIN * scale_to_screen
        shrink = min(
            1.0,
            (box.width() - 2 * margin) / max(max(widths), 1.0),
            (box.height() - 2 * margin) / block,
        )
        cursor = box.top() + (box.height() - block * shrink) / 2
        for (size, grey), px, text in zip(_LINES, pixels, lines, strict=True):
            raw = QRawFont(data, px * shrink)
            run, _width = _line(raw, text)
            painter.setPen(QColor.fromRgbF(grey, grey, grey))
            height = size * _LEADING * scale_to_screen * shrink
            # Centred in its line as the stamp centres it: the baseline below the middle by
            # half the glyphs' height above it.
            baseline = cursor + (height + raw.ascent() - raw.descent()) / 2
            painter.drawGlyphRun(QPointF(box.left() + margin, baseline), run)
            cursor += height
        painter.end()
