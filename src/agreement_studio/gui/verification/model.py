"""The verification results as a tree: file → signature → detail lines, and a sorting proxy.

Files arrive one by one as the verifier finishes them; each is appended with its whole subtree
in one insertion, so a view stays responsive while hundreds arrive. The words come from
:mod:`agreement_studio.pdf.report` (the saved report says the same) in the window's language.
"""

from __future__ import annotations

from datetime import UTC
from functools import cache
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QColor, QFont

from agreement_studio.gui.icons import icon
from agreement_studio.gui.verification.words import report_words
from agreement_studio.i18n import render
from agreement_studio.pdf.report import (
    VERDICT_COLOURS,
    file_facts,
    file_summary,
    signature_facts,
    signature_heading,
    verdict_word,
)
from agreement_studio.verification.report import FileReport, SignatureReport, Verdict

__all__ = [
    "KIND_ROLE",
    "REPORT_ROLE",
    "SORT_ROLE",
    "VERDICT_ROLE",
    "VerificationModel",
    "VerificationProxy",
]

VERDICT_ROLE = Qt.ItemDataRole.UserRole + 1
"""The verdict's value (``"valid"``…) of a file or signature row; ``None`` on detail lines."""
REPORT_ROLE = Qt.ItemDataRole.UserRole + 2
"""The :class:`FileReport` of a file row, the :class:`SignatureReport` of a signature row (and
of its detail lines)."""
KIND_ROLE = Qt.ItemDataRole.UserRole + 3
"""``"file"``, ``"signature"`` or ``"detail"``."""
SORT_ROLE = Qt.ItemDataRole.UserRole + 4

_Index = QModelIndex | QPersistentModelIndex
_TOP = QModelIndex()  # the invisible root, as a default argument
_ROLES = frozenset(
    {
        Qt.ItemDataRole.DisplayRole,
        Qt.ItemDataRole.AccessibleTextRole,
        Qt.ItemDataRole.ToolTipRole,
        Qt.ItemDataRole.DecorationRole,
        Qt.ItemDataRole.ForegroundRole,
        Qt.ItemDataRole.FontRole,
        VERDICT_ROLE,
        REPORT_ROLE,
        KIND_ROLE,
        SORT_ROLE,
    }
)


@cache
def _colour(verdict: str) -> QColor:
    return QColor(VERDICT_COLOURS[verdict])


@cache
def _bold() -> QFont:
    font = QFont()
    font.setBold(True)
    return font


_DISPLAY = Qt.ItemDataRole.DisplayRole


class _Node:
    """One row of the tree; ``row`` is its position under ``parent``."""

    __slots__ = (
        "children",
        "kind",
        "ordinal",
        "parent",
        "report",
        "row",
        "texts",
        "tip",
        "verdict",
    )

    def __init__(
        self,
        parent: _Node | None,
        kind: str,
        texts: tuple[str, str, str],
        report: Any = None,
        verdict: Verdict | None = None,
        tip: str = "",
    ) -> None:
        self.parent, self.kind, self.texts, self.report = parent, kind, texts, report
        self.verdict, self.tip = verdict, tip
        self.children: list[_Node] = []
        self.row = 0
        self.ordinal = 0

    def add(self, child: _Node) -> _Node:
        child.row = len(self.children)
        self.children.append(child)
        return child


class VerificationModel(QAbstractItemModel):
    """Verified files and their signatures; three columns: name, verdict, details."""

    NAME, VERDICT, DETAILS = range(3)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._root = _Node(None, "root", ("", "", ""))
        self._words = report_words()
        self._anchors: list[str] = []
        self._headers = (self.tr("File or signature"), self.tr("Verdict"), self.tr("Details"))

    # --- changing it ---------------------------------------------------------------------

    def set_anchors(self, names: list[str]) -> None:
        """The run's trust anchors, named on each file that does not name its own."""
        self._anchors = list(names)

    def clear(self) -> None:
        """Forget every result."""
        self.beginResetModel()
        self._root.children.clear()
        self.endResetModel()

    def add_report(self, report: FileReport, ordinal: int = -1) -> QModelIndex:
        """Append a file's result (``ordinal`` is its place in the list asked for)."""
        self.add_reports([(report, ordinal)])
        return self.index(len(self._root.children) - 1, 0)

    def add_reports(self, reports: list[tuple[FileReport, int]]) -> None:
        """Append several results in one insertion (a view lays itself out once for them).

        A file that already has a row (verified again) loses the old row; the new one keeps
        its place in the order the files were asked for.
        """
        if not reports:
            return
        kept: dict[str, int] = {}
        for report, _ordinal in reports:
            old = self._row_of_path(report.path)
            if old is not None:
                kept[str(report.path)] = self._root.children[old].ordinal
                self._remove_row(old)
        first = len(self._root.children)
        nodes = []
        for number, (report, ordinal) in enumerate(reports):
            node = self._file_node(report)
            node.ordinal = kept.get(str(report.path), ordinal if ordinal >= 0 else first + number)
            nodes.append(node)
        self.beginInsertRows(QModelIndex(), first, first + len(nodes) - 1)
        for node in nodes:
            self._root.add(node)
        self.endInsertRows()

    def _row_of_path(self, path: str | None) -> int | None:
        if path is None:
            return None
        return next((n.row for n in self._root.children if n.report.path == path), None)

    def _remove_row(self, row: int) -> None:
        self.beginRemoveRows(QModelIndex(), row, row)
        children = self._root.children
        del children[row]
        for number in range(row, len(children)):
            children[number].row = number
        self.endRemoveRows()

    def paths(self) -> list[str]:
        """The files that have a result."""
        return [str(n.report.path) for n in self._root.children]

    def _file_node(self, report: FileReport) -> _Node:
        words = self._words
        name = Path(report.path).name if report.path else "?"
        summary = file_summary(report, words)
        node = _Node(
            None,
            "file",
            (name, verdict_word(report.verdict, words), summary),
            report,
            report.verdict,
            "\n".join([str(report.path), render(report.message), *self._file_lines(report)]),
        )
        node.parent = self._root
        for signature in report.signatures:
            who = signature.signer or words["unknown"]
            when = (
                signature.signed_at.astimezone(UTC).strftime("%Y-%m-%d %H:%M UTC")
                if signature.signed_at
                else ""
            )
            line = " · ".join(
                part
                for part in (f"{who} — {when}" if when else who, *self._standing(signature))
                if part
            )
            child = node.add(
                _Node(
                    node,
                    "signature",
                    (
                        signature_heading(signature, words),
                        verdict_word(signature.verdict, words),
                        line,
                    ),
                    signature,
                    signature.verdict,
                    render(signature.message),
                )
            )
            for label, lines in signature_facts(signature, words):
                for number, line in enumerate(lines):
                    text = render(line)  # the verifier's sentences in the window's language
                    child.add(
                        _Node(
                            child,
                            "detail",
                            (label if number == 0 else "", "", text),
                            signature,
                            tip=text,
                        )
                    )
        shown = summary + " ".join(render(s.message) for s in report.signatures)
        for problem in map(render, report.problems):
            if problem not in shown:  # already said on the file's line
                node.add(
                    _Node(
                        node, "detail", (words["fact.problems"], "", problem), report, tip=problem
                    )
                )
        return node

    def _standing(self, signature: SignatureReport) -> tuple[str, str]:
        """The PAdES level and the revocation status, short, for the signature's own line."""
        if signature.pades_level:
            level = self.tr("PAdES {level}").format(level=signature.pades_level)
        elif signature.kind == "timestamp":
            level = ""
        else:
            level = self.tr("not a PAdES signature")
        status = signature.revocation
        if status == "revoked":
            when = signature.revocation_time
            revocation = (
                self.tr("REVOKED on {date}").format(
                    date=when.astimezone(UTC).strftime("%Y-%m-%d %H:%M UTC")
                )
                if when
                else self.tr("REVOKED")
            )
        elif status == "good":
            revocation = self.tr("not revoked")
        elif status == "unknown":
            revocation = self.tr("revocation status unknown")
        elif signature.kind == "timestamp":
            revocation = ""
        else:
            revocation = self.tr("revocation not checked")
        return level, revocation

    def _file_lines(self, report: FileReport) -> list[str]:
        """``Validation time: …`` and ``Trust anchors: …``, for the file's tooltip."""
        facts = file_facts(report, self._words, self._anchors)
        return [f"{label}: {'; '.join(lines)}" for label, lines in facts]

    # --- reading it ----------------------------------------------------------------------

    def reports(self) -> list[FileReport]:
        """Every file's report, in the order the files were asked for."""
        nodes = sorted(self._root.children, key=lambda n: n.ordinal)
        return [n.report for n in nodes]

    def file_count(self) -> int:
        """How many files have a result."""
        return len(self._root.children)

    def signature_of(self, index: _Index) -> tuple[FileReport, SignatureReport] | None:
        """The file and signature a row belongs to (a signature row or one of its details)."""
        node = self._node(index) if index.isValid() else None
        while (
            node is not None
            and node.kind == "detail"
            and node.parent is not None
            and node.parent.kind == "signature"
        ):
            node = node.parent
        if node is None or node.kind != "signature" or node.parent is None:
            return None
        return node.parent.report, node.report

    def file_of(self, index: _Index) -> FileReport | None:
        """The report of the file a row belongs to."""
        node = self._node(index) if index.isValid() else None
        while node is not None and node.kind != "file":
            node = node.parent
        return node.report if node is not None else None

    # --- QAbstractItemModel ----------------------------------------------------------------

    def _node(self, index: _Index) -> _Node:
        return index.internalPointer() if index.isValid() else self._root

    def index(self, row: int, column: int, parent: _Index = _TOP) -> QModelIndex:
        """The index of a cell."""
        # Checked here rather than with hasIndex(), which would call back into Python twice:
        # views call this thousands of times a paint.
        if parent.isValid() and parent.column() != 0:
            return QModelIndex()
        children = self._node(parent).children
        if not (0 <= row < len(children) and 0 <= column < 3):
            return QModelIndex()
        return self.createIndex(row, column, children[row])

    def parent(self, index: _Index = _TOP) -> QModelIndex:  # type: ignore[override]  # Qt's two overloads as one method
        """The index of a row's parent (column 0)."""
        if not index.isValid():
            return QModelIndex()
        parent = self._node(index).parent
        if parent is None or parent is self._root:
            return QModelIndex()
        return self.createIndex(parent.row, 0, parent)

    def rowCount(self, parent: _Index = _TOP) -> int:
        """Children of a row (only column 0 has children)."""
        if parent.isValid() and parent.column() != 0:
            return 0
        return len(self._node(parent).children)

    def columnCount(self, parent: _Index = _TOP) -> int:
        """Three columns everywhere."""
        return 3

    def data(self, index: _Index, role: int = _DISPLAY) -> Any:
        """Text, verdict icon and colour, tooltips, and the custom roles."""
        if role not in _ROLES or not index.isValid():
            return None  # most roles a view asks for while painting: answered quickly
        node, column = index.internalPointer(), index.column()
        if role in (_DISPLAY, Qt.ItemDataRole.AccessibleTextRole):
            return node.texts[column]
        if role == Qt.ItemDataRole.ToolTipRole:
            return node.tip or None
        if role == VERDICT_ROLE:
            return node.verdict.value if node.verdict else None
        if role == REPORT_ROLE:
            return node.report
        if role == KIND_ROLE:
            return node.kind
        if role == SORT_ROLE:
            return self._sort_key(node, column)
        if node.verdict is not None and column == self.VERDICT:
            if role == Qt.ItemDataRole.DecorationRole:
                return icon(f"verdict-{node.verdict.value}")
            if role == Qt.ItemDataRole.ForegroundRole:
                return _colour(node.verdict.value)
        if role == Qt.ItemDataRole.FontRole and (
            node.kind == "file" or (column == self.VERDICT and node.verdict is not None)
        ):
            return _bold()
        return None

    @staticmethod
    def _sort_key(node: _Node, column: int) -> Any:
        if node.kind != "file":
            return node.row
        if column == VerificationModel.VERDICT:
            return (node.verdict.rank if node.verdict else 0, node.ordinal)
        if column == VerificationModel.DETAILS:
            return (node.texts[2].casefold(), node.ordinal)
        return (node.ordinal,)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = _DISPLAY) -> Any:
        """The column titles."""
        if orientation == Qt.Orientation.Horizontal and role == _DISPLAY and 0 <= section < 3:
            return self._headers[section]
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        """Rows can be selected, not edited."""
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


class VerificationProxy(QSortFilterProxyModel):
    """Sorts the files (by list order, verdict or details) and can hide the sound ones.

    A file's signatures and details keep their own order whichever way the files are sorted.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.problems_only = False
        self.setSortRole(SORT_ROLE)

    def set_problems_only(self, value: bool) -> None:
        """Show only files whose verdict is worse than untrusted."""
        self.beginFilterChange()
        self.problems_only = value
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: _Index) -> bool:
        """Every row, or with ``problems_only`` only files that are not valid or untrusted."""
        if not self.problems_only or source_parent.isValid():
            return True
        index = self.sourceModel().index(source_row, 0, source_parent)
        return self.sourceModel().data(index, VERDICT_ROLE) not in ("valid", "untrusted")

    def lessThan(self, left: _Index, right: _Index) -> bool:
        """Files by the column's key; inside a file the source order, in either direction."""
        a, b = left.data(SORT_ROLE), right.data(SORT_ROLE)
        if left.parent().isValid():
            descending = self.sortOrder() == Qt.SortOrder.DescendingOrder
            return a > b if descending else a < b
        return a < b
