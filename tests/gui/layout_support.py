"""A layout checker: every visible widget shows its whole text and keeps to its own place.

:func:`layout_faults` walks the visible widgets under a window and lists, in words, each

- label, button, check box, tab or header section whose text does not fit (its size is less
  than its size hint, a word-wrapped label shorter than its height for its width, a header
  section narrower than ``sectionSizeHint``, a combo box or line narrower than its text);
- field squeezed below its minimum size hint (a line edit flattened by a message under it);
- pair of sibling widgets whose geometries overlap;
- widget lying partly outside its parent (a scroll area's content may be larger than its
  viewport: that is what scrolling is for).

The checks measure sizes only (no pixels), so they give the same answer on every run.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QProgressBar,
    QScrollBar,
    QSplitterHandle,
    QStyle,
    QStyleOptionComboBox,
    QTabBar,
    QToolButton,
    QWidget,
)

ZERO_WIDTH_SPACE = "\u200b"  # a chance to break a line (in a long path)

# Qt's own helpers inside a widget: they may lie over their parent's parts by design.
_INTERNAL_PREFIX = "qt_"
# A line edit's frame and text margins (Fusion: 2 px frame and 2 px margin each side).
_LINE_MARGINS = 8
# An item view's cell: the text's margins either side (Fusion: 3 px each, with the icon's).
_ITEM_MARGINS = 6


def describe(widget: QWidget) -> str:
    """A widget as a person can find it: its class, its name or text, and where it is."""
    parts = [type(widget).__name__]
    name = widget.objectName() or widget.accessibleName()
    text = _text(widget)
    if name:
        parts.append(repr(name))
    if text and text != name:
        parts.append(repr(text[:40]))
    chain = []
    parent = widget.parentWidget()
    while parent is not None and len(chain) < 3:
        label = parent.accessibleName() or parent.objectName()
        chain.append(f"{type(parent).__name__}{f' {label!r}' if label else ''}")
        parent = parent.parentWidget()
    return " ".join(parts) + (f" in {' < '.join(chain)}" if chain else "")


def _text(widget: QWidget) -> str:
    if isinstance(widget, (QLabel, QAbstractButton, QLineEdit)):
        return widget.text()
    if isinstance(widget, QComboBox):
        return widget.currentText()
    return ""


def _shown(widget: QWidget) -> bool:
    return widget.isVisible() and not widget.isWindow() and widget.width() > 0


def _children(widget: QWidget) -> list[QWidget]:
    return [
        child
        for child in widget.findChildren(QWidget, options=_direct())
        if _shown(child) and not isinstance(child, QMenu)
    ]


def _direct() -> Qt.FindChildOption:
    return Qt.FindChildOption.FindDirectChildrenOnly


def _too_small(actual: QSize, wanted: QSize, *, height: bool = True) -> bool:
    return actual.width() < wanted.width() or (height and actual.height() < wanted.height())


def _rich(label: QLabel) -> bool:
    from PySide6.QtGui import Qt as GuiQt

    return label.textFormat() == Qt.TextFormat.AutoText and GuiQt.mightBeRichText(label.text())


def _label_fault(label: QLabel) -> str | None:
    if not label.text() or (label.pixmap() is not None and not label.pixmap().isNull()):
        return None
    if label.wordWrap():
        needed = label.heightForWidth(label.width())
        if label.height() < needed:
            return f"wraps to {needed} px high but has {label.height()} px"
        if label.textFormat() == Qt.TextFormat.RichText or _rich(label):
            return None  # its words are markup: the height for its width says it all
        # A single word longer than the line cannot wrap: it is cut.
        longest = max(
            (
                label.fontMetrics().horizontalAdvance(word)
                for word in label.text().replace(ZERO_WIDTH_SPACE, " ").split()
            ),
            default=0,
        )
        if longest > label.contentsRect().width():
            return f"a word {longest} px wide in {label.contentsRect().width()} px"
        return None
    hint = label.sizeHint()
    if _too_small(label.size(), hint):
        return f"needs {hint.width()}x{hint.height()} but has {label.width()}x{label.height()}"
    return None


def _button_fault(button: QAbstractButton) -> str | None:
    if not button.text() and button.icon().isNull():
        return None
    if isinstance(button, QToolButton) and isinstance(button.parentWidget(), (QTabBar, QLineEdit)):
        return None  # a tab bar's scroll arrow, a line edit's clear button
    hint = button.minimumSizeHint() if not button.text() else button.sizeHint()
    if _too_small(button.size(), hint):
        return f"needs {hint.width()}x{hint.height()} but has {button.width()}x{button.height()}"
    return None


def _header_faults(header: QHeaderView) -> list[str]:
    faults = []
    if header.isHidden():
        return faults
    for section in range(header.count()):
        if header.isSectionHidden(section):
            continue
        wanted = header.sectionSizeHint(section)
        actual = header.sectionSize(section)
        text = header.model().headerData(section, header.orientation()) if header.model() else ""
        if header.highlightSections() and text:
            # A selected row draws every section's text bold, which its size hint leaves out.
            bold = QFont(header.font())
            bold.setBold(True)
            extra = QFontMetrics(bold).horizontalAdvance(
                str(text)
            ) - header.fontMetrics().horizontalAdvance(str(text))
            wanted += max(0, extra)
        if actual < wanted:
            faults.append(f"section {section} {str(text)!r} needs {wanted} px but has {actual}")
    if header.orientation() == Qt.Orientation.Horizontal:
        faults += _edge_faults(header)
    return faults


def _edge_faults(header: QHeaderView) -> list[str]:
    """A section that begins in sight but runs past the viewport's right edge shows a cut
    title ("Eu…"): a person cannot tell the column. (A column wholly out of sight is a matter
    for :func:`out_of_sight`.)"""
    faults = []
    edge = header.viewport().width()
    for section in range(header.count()):
        if header.isSectionHidden(section):
            continue
        left = header.sectionViewportPosition(section)
        right = left + header.sectionSize(section)
        if left < edge < right and edge - left < header.sectionSizeHint(section):
            text = (
                header.model().headerData(section, header.orientation()) if header.model() else ""
            )
            faults.append(
                f"section {section} {str(text)!r} is cut at the right edge: "
                f"{edge - left} px of {header.sectionSizeHint(section)} in sight"
            )
    return faults


def out_of_sight(view: QAbstractItemView, column: int) -> str | None:
    """Whether ``column`` of a table or tree is (wholly or partly) out of sight without
    scrolling; None when it is in full view."""
    header = getattr(view, "horizontalHeader", None)
    header = header() if header is not None else view.header()  # type: ignore[attr-defined]
    left = header.sectionPosition(column)  # from the start, whatever the scrolling
    right = left + header.sectionSize(column)
    width = view.viewport().width()
    if right > width:
        text = header.model().headerData(column, Qt.Orientation.Horizontal)
        return f"column {column} {str(text)!r} ends at {right} px; only {width} px are in view"
    return None


def cut_at_edge(view: QAbstractItemView) -> list[str]:
    """The columns of a table or tree that begin in sight and run past the viewport's right
    edge (their header and cells cut there, however much of them shows)."""
    header = getattr(view, "horizontalHeader", None)
    header = header() if header is not None else view.header()  # type: ignore[attr-defined]
    edge = view.viewport().width()
    faults = []
    for column in range(header.count()):
        if header.isSectionHidden(column):
            continue
        left = header.sectionViewportPosition(column)
        right = left + header.sectionSize(column)
        if left < edge < right:
            text = header.model().headerData(column, Qt.Orientation.Horizontal)
            faults.append(
                f"column {column} {str(text)!r} runs from {left} to {right} px, "
                f"past the edge at {edge}"
            )
    return faults


def elided_without_tooltip(view: QAbstractItemView) -> list[str]:
    """Cells of a tree widget whose text is wider than their column but whose tooltip does
    not say it whole (an elided text must be readable somewhere)."""
    from PySide6.QtWidgets import QTreeWidget, QTreeWidgetItemIterator

    if not isinstance(view, QTreeWidget):
        raise TypeError(f"a QTreeWidget, not {type(view).__name__}")
    faults = []
    metrics = view.fontMetrics()
    header = view.header()
    iterator = QTreeWidgetItemIterator(view)
    while iterator.value() is not None:
        item = iterator.value()
        for column in range(view.columnCount()):
            text = item.text(column)
            if not text or header.isSectionHidden(column):
                continue
            # The cell's own width (a child's first cell less its indentation), less its
            # icon and the item's margins.
            width = view.visualRect(view.indexFromItem(item, column)).width() - _ITEM_MARGINS
            if not item.icon(column).isNull():
                width -= view.iconSize().width() if view.iconSize().isValid() else 16
            whole = text.removesuffix("…")  # a shortened value (a fingerprint) said whole there
            if metrics.horizontalAdvance(text) > width and whole not in item.toolTip(column):
                faults.append(f"{text!r} is wider than its column and not in its tooltip")
        iterator += 1
    return faults


def _combo_fault(combo: QComboBox) -> str | None:
    if combo.isEditable():
        return _line_fault(combo.lineEdit()) if combo.lineEdit() else None
    option = QStyleOptionComboBox()
    combo.initStyleOption(option)
    field = combo.style().subControlRect(
        QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxEditField, combo
    )
    needed = combo.fontMetrics().horizontalAdvance(combo.currentText())
    if combo.currentText() and needed > field.width():
        return f"its text needs {needed} px, the field has {field.width()}"
    return _minimum_fault(combo)


def _line_fault(line: QLineEdit) -> str | None:
    hint = line.minimumSizeHint()
    if line.height() < hint.height():
        return f"is {line.height()} px high, needs {hint.height()}"
    if line.width() < line.fontMetrics().horizontalAdvance("M" * 6):
        return f"is only {line.width()} px wide"
    hint = line.placeholderText()
    if hint and not line.text():
        needed = line.fontMetrics().horizontalAdvance(hint) + _LINE_MARGINS
        if needed > line.width():
            return f"its placeholder {hint!r} needs {needed} px, the line has {line.width()}"
    return None


def _minimum_fault(widget: QWidget) -> str | None:
    hint = widget.minimumSizeHint()
    if hint.isValid() and _too_small(widget.size(), hint):
        return (
            f"squeezed to {widget.width()}x{widget.height()} "
            f"below its minimum {hint.width()}x{hint.height()}"
        )
    return None


def _tab_faults(bar: QTabBar) -> list[str]:
    faults = []
    for index in range(bar.count()):
        if not bar.isTabVisible(index):
            continue
        rect, wanted = bar.tabRect(index), bar.tabSizeHint(index)
        if rect.width() < wanted.width():
            faults.append(
                f"tab {bar.tabText(index)!r} needs {wanted.width()} px but has {rect.width()}"
            )
    return faults


def _own_faults(widget: QWidget) -> list[str]:
    if widget.objectName().startswith(_INTERNAL_PREFIX):
        return []  # a spin box's own line, measured as the spin box
    if isinstance(widget, QLabel):
        fault = _label_fault(widget)
    elif isinstance(widget, QAbstractButton):
        fault = _button_fault(widget)
    elif isinstance(widget, QHeaderView):
        return _header_faults(widget)
    elif isinstance(widget, QTabBar):
        return _tab_faults(widget)
    elif isinstance(widget, QComboBox):
        fault = _combo_fault(widget)
    elif isinstance(widget, QLineEdit):
        fault = _line_fault(widget)
    elif isinstance(widget, (QAbstractSpinBox, QProgressBar)):
        fault = _minimum_fault(widget)
    else:
        fault = None
    return [fault] if fault else []


def _scrolled(parent: QWidget) -> bool:
    """Whether ``parent`` is a scroll area's viewport: its content may be larger."""
    area = parent.parentWidget()
    return isinstance(area, QAbstractScrollArea) and area.viewport() is parent


def _overlap_exempt(a: QWidget, b: QWidget) -> bool:
    for widget in (a, b):
        if widget.objectName().startswith(_INTERNAL_PREFIX):
            return True
        if isinstance(widget, (QScrollBar, QSplitterHandle)):
            return True  # overlay scroll bars; a splitter's handle lies over the seam
    return False


def layout_faults(root: QWidget) -> list[str]:
    """Everything clipped, squeezed or overlapping under ``root`` (the root itself included)."""
    faults: list[str] = []
    faults += [f"{describe(root)}: {f}" for f in _own_faults(root)]
    stack = [root]
    while stack:
        parent = stack.pop()
        children = _children(parent)
        area = parent.rect()
        inside_view = isinstance(parent, QAbstractItemView) or _scrolled(parent)
        for child in children:
            faults += [f"{describe(child)}: {f}" for f in _own_faults(child)]
            if not inside_view and not area.contains(child.geometry()):
                faults.append(
                    f"{describe(child)}: {_rect(child.geometry())} lies outside its parent "
                    f"{_rect(area)}"
                )
        if not inside_view:
            for i, first in enumerate(children):
                for second in children[i + 1 :]:
                    if _overlap_exempt(first, second):
                        continue
                    common = first.geometry().intersected(second.geometry())
                    if common.width() > 0 and common.height() > 0:
                        faults.append(
                            f"{describe(first)} {_rect(first.geometry())} overlaps "
                            f"{describe(second)} {_rect(second.geometry())}"
                        )
        stack.extend(children)
    return faults


def _rect(rect: QRect) -> str:
    return f"({rect.x()},{rect.y()} {rect.width()}x{rect.height()})"


def settle(rounds: int = 5) -> None:
    """Let pending layout requests and resizes run."""
    for _ in range(rounds):
        QApplication.processEvents()
