"""The lists of the detail pane: signatories, versions and revisions, deadlines, history.

Each is a read-only :class:`QTreeWidget` filled from an
:class:`~agreement_studio.register.AgreementDetails`; a handful of rows needs no model of its own.
"""

from __future__ import annotations

import datetime as dt
import json
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTreeWidget, QTreeWidgetItem

from agreement_studio.gui.icons import icon
from agreement_studio.gui.register.display import deadline_text, format_moment

if TYPE_CHECKING:
    from agreement_studio.register import AgreementDetails

__all__ = ["DetailList", "fill_deadlines", "fill_history", "fill_signatories", "fill_versions"]

translate = QCoreApplication.translate

# QT_TRANSLATE_NOOP returns its text unchanged (it only marks it for lupdate); PySide6's
# stubs say it returns object.
_ACTIONS = cast(
    "dict[str, str]",
    {
        "add": QT_TRANSLATE_NOOP("History", "Added to the register"),
        "add-version": QT_TRANSLATE_NOOP("History", "New version recorded"),
        "prepare": QT_TRANSLATE_NOOP("History", "Prepared for signing"),
        "import": QT_TRANSLATE_NOOP("History", "Signed copy imported"),
        "import-rejected": QT_TRANSLATE_NOOP("History", "Copy refused"),
        "extend": QT_TRANSLATE_NOOP("History", "Long-term validation data added"),
        "renew": QT_TRANSLATE_NOOP("History", "Renewed"),
        "superseded": QT_TRANSLATE_NOOP("History", "Superseded by its renewal"),
        "terminate": QT_TRANSLATE_NOOP("History", "Terminated"),
        "pin": QT_TRANSLATE_NOOP("History", "Certificate pinned for a signatory"),
    },
)
_KINDS = cast(
    "dict[str, str]",
    {
        "prepared": QT_TRANSLATE_NOOP("History", "Prepared PDF"),
        "signed": QT_TRANSLATE_NOOP("History", "Signed"),
        "extended": QT_TRANSLATE_NOOP("History", "Validation data added"),
    },
)
_DEADLINES = cast(
    "tuple[tuple[str, str], ...]",
    (
        ("notice_deadline", QT_TRANSLATE_NOOP("History", "Last day to give notice")),
        ("term_end", QT_TRANSLATE_NOOP("History", "Agreement ends")),
        ("review_date", QT_TRANSLATE_NOOP("History", "Agreement review")),
    ),
)


def _tr(text: str) -> str:
    return translate("History", text)


class DetailList(QTreeWidget):
    """A read-only list with column headers, named for screen readers."""

    def __init__(self, headers: list[str], name: str) -> None:
        super().__init__()
        self.setHeaderLabels(headers)
        self.setAccessibleName(name)
        self.setRootIsDecorated(False)
        self.setAlternatingRowColors(True)
        self.setUniformRowHeights(True)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.header().setStretchLastSection(True)

    def add(
        self,
        texts: list[str],
        parent: QTreeWidgetItem | None = None,
        tips: dict[int, str] | None = None,
    ) -> QTreeWidgetItem:
        """Add a row (under ``parent``), with tooltips by column (long texts show in full)."""
        item = QTreeWidgetItem(parent or self, texts)
        for column, text in enumerate(texts):
            item.setToolTip(column, (tips or {}).get(column, text))
        return item


def fill_signatories(widget: DetailList, details: AgreementDetails) -> None:
    """Who signs, and who has: when, with which certificate, and how it was judged."""
    widget.clear()
    for s in details.signatories:
        if s.signed:
            state = translate("History", "Signed {when}").format(when=format_moment(s.signed_at))
            trusted = {
                "valid": translate("History", "trusted"),
                "untrusted": translate("History", "signer not trusted"),
            }
            state = f"{state} ({trusted.get(s.verdict or '', s.verdict or '')})"
        elif s.must_sign_again:
            state = translate("History", "Signed a parallel copy — must sign the current version")
        else:
            state = translate("History", "Not signed yet")
        certificate = ", ".join(p for p in (s.signer_name, s.signer_organisation) if p)
        fingerprint = s.fingerprint_sha256 or ""
        item = widget.add(
            [s.party, s.name, state, certificate, fingerprint[:16] + ("…" if fingerprint else "")],
            tips={
                0: f"{s.party} ({s.party_key})",
                4: fingerprint,
                2: "\n".join(p for p in (state, s.warning or "") if p),
            },
        )
        item.setIcon(
            2,
            icon(
                "verdict-valid"
                if s.signed and s.verdict == "valid"
                else "verdict-untrusted"
                if s.signed
                else "verdict-unsigned"
            ),
        )
        item.setData(0, Qt.ItemDataRole.UserRole, s.field_name)


def fill_versions(widget: DetailList, details: AgreementDetails) -> None:
    """Each version, and under it the PDFs recorded for it (the copy to send on marked)."""
    widget.clear()
    widget.setRootIsDecorated(True)
    for version in details.versions:
        state = (
            translate("History", "superseded {when}").format(
                when=format_moment(version.superseded_at)
            )
            if version.superseded_at
            else translate("History", "current")
        )
        number = translate("History", "Version {number}").format(number=version.number)
        parent = widget.add([number, format_moment(version.created_at), version.created_by, state])
        for r in details.revisions:
            if r.version != version.number:
                continue
            kind = _tr(_KINDS.get(r.kind, r.kind)) if r.kind in _KINDS else r.kind
            if r.signature_field:
                kind = f"{kind}: {r.signature_field}"
            line = translate("History", "copy to send on") if r.on_current_line else ""
            widget.add(
                [kind, format_moment(r.created_at), r.source_name or "", line],
                parent,
                tips={0: f"{kind}\nSHA-256 {r.sha256}"},
            )
        parent.setExpanded(True)


def fill_deadlines(
    widget: DetailList, details: AgreementDetails, today: dt.date | None = None
) -> None:
    """The agreement's notice deadline, end and review dates, with how far away each is."""
    widget.clear()
    row = details.row
    dates = [(getattr(row, name), label) for name, label in _DEADLINES]
    for day, label in sorted((d for d in dates if d[0] is not None), key=lambda d: d[0]):
        item = widget.add([_tr(label), deadline_text(day, today)])
        if day < (today or dt.date.today()):
            item.setDisabled(True)  # already passed: shown, but greyed
    if details.indefinite:
        notice = translate("History", "Until further notice ({months} months' notice)")
        widget.add([translate("History", "Term"), notice.format(months=details.notice_months)])


def fill_history(widget: DetailList, details: AgreementDetails) -> None:
    """The audit events of the agreement, newest first."""
    widget.clear()
    for event in reversed(details.events):
        what = _tr(_ACTIONS[event.action]) if event.action in _ACTIONS else event.action
        summary = _summary(event.details)
        who = event.signer or event.actor
        widget.add(
            [format_moment(event.at), what, who, summary],
            tips={3: json.dumps(event.details, ensure_ascii=False, indent=1)},
        )


def _summary(details: dict) -> str:
    for key in ("reason", "source", "title", "renewal", "by"):
        value = details.get(key)
        if value:
            return str(value)
    return ""
