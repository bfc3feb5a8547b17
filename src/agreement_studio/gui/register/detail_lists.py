"""The lists of the detail pane: signatories, versions and revisions, deadlines, history.

Each is a read-only :class:`QTreeWidget` filled from an
:class:`~agreement_studio.register.AgreementDetails`; a handful of rows needs no model of its own.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any, cast

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTreeWidget, QTreeWidgetItem

from agreement_studio.gui.icons import icon
from agreement_studio.gui.register.display import deadline_text, format_moment

if TYPE_CHECKING:
    from agreement_studio.register import AgreementDetails
    from agreement_studio.register.values import RevisionInfo

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
        # Every column as wide as its header and content; the list scrolls sideways when they
        # are wider than it (a stretched last column would be squeezed below its header's text,
        # as "Sormenjälki (SHA-256)" was at 1024 px).
        self.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.header().setStretchLastSection(False)
        # ... as far as the width allows: then long contents are elided (their tooltips
        # say them whole), and no column shows a cut title at the edge.
        from agreement_studio.gui.column_fit import ColumnFitter

        self.columns = ColumnFitter(self, stretch=-1)

    def focusInEvent(self, event: QFocusEvent) -> None:
        """Coming in by keyboard selects the current row (else the first), so that the buttons
        acting on "the selected one" (Remove…) work without a Space first."""
        super().focusInEvent(event)
        if event.reason() == Qt.FocusReason.MouseFocusReason or self.selectedItems():
            return
        item = self.currentItem() or self.topLevelItem(0)
        if item is not None:
            self.setCurrentItem(item)
            item.setSelected(True)

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
    """Each version, and under it the PDFs recorded for it (the copy to send on marked).

    "By" says who, in words: the user account that recorded a version or prepared its PDF, and
    for a signed copy the certificate's holder and organisation (its tooltip has the
    certificate's details, as the import recorded them).
    """
    widget.clear()
    widget.setRootIsDecorated(True)
    imports = _imports(details)
    seats = {s.field_name: s for s in details.signatories}
    for version in details.versions:
        state = (
            translate("History", "superseded {when}").format(
                when=format_moment(version.superseded_at)
            )
            if version.superseded_at
            else translate("History", "current")
        )
        number = translate("History", "Version {number}").format(number=version.number)
        account = translate("History", "Recorded by the user account {user}").format(
            user=version.created_by
        )
        parent = widget.add(
            [number, format_moment(version.created_at), version.created_by, state],
            tips={2: account},
        )
        for r in details.revisions:
            if r.version != version.number:
                continue
            kind = _tr(_KINDS.get(r.kind, r.kind)) if r.kind in _KINDS else r.kind
            if r.signature_field:
                seat = seats.get(r.signature_field)
                kind = f"{kind}: {seat.name if seat else r.signature_field}"
            line = translate("History", "copy to send on") if r.on_current_line else ""
            by, tip = _revision_by(r, imports.get(r.sha256), version.created_by)
            if by not in tip:  # the cell's text whole first (it is elided in a narrow pane)
                tip = f"{by}\n{tip}"
            file_line = translate("History", "File: {name}\nSHA-256: {sha256}").format(
                name=r.source_name or "—", sha256=r.sha256
            )
            widget.add(
                [kind, format_moment(r.created_at), by, line],
                parent,
                tips={0: f"{kind}\n{file_line}", 2: "\n".join(p for p in (tip, file_line) if p)},
            )
        parent.setExpanded(True)


def _imports(details: AgreementDetails) -> dict[str, tuple[str, dict[str, Any] | None]]:
    """For each revision an import (or extension) recorded, by SHA-256: who imported it and
    the signature it added, as the audit event records them."""
    found: dict[str, tuple[str, dict[str, Any] | None]] = {}
    for event in details.events:
        revisions = event.details.get("revisions")
        if event.action not in ("import", "extend") or not isinstance(revisions, list):
            continue
        signatures = {
            s.get("field"): s for s in event.details.get("signatures") or [] if isinstance(s, dict)
        }
        for revision in revisions:
            if isinstance(revision, dict) and revision.get("sha256"):
                found[revision["sha256"]] = (event.actor, signatures.get(revision.get("field")))
    return found


def _revision_by(
    revision: RevisionInfo, imported: tuple[str, dict[str, Any] | None] | None, recorder: str
) -> tuple[str, str]:
    """``(who, their details)`` for a revision's "By" cell and its tooltip."""
    if revision.kind == "prepared" or imported is None:
        return recorder, translate("History", "Prepared by the user account {user}").format(
            user=recorder
        )
    actor, signature = imported
    imported_by = translate("History", "Imported by the user account {user}").format(user=actor)
    if not signature:
        return actor, imported_by
    name = signature.get("signer") or ""
    organisation = signature.get("organisation") or ""
    fingerprint = str(signature.get("fingerprint_sha256") or "")
    trusted = (
        translate("History", "trusted at import")
        if signature.get("verdict") == "valid"
        else translate("History", "not trusted at import (signer's certificate unknown)")
    )
    lines = [
        translate("History", "Certificate holder: {name}").format(name=name),
        translate("History", "Organisation: {organisation}").format(organisation=organisation),
        translate("History", "Certificate SHA-256: {fingerprint}").format(
            fingerprint=" ".join(fingerprint[i : i + 8] for i in range(0, len(fingerprint), 8))
        ),
        translate("History", "Signed: {when}").format(
            when=format_moment(signature.get("signed_at")) or "—"
        ),
        trusted,
        str(signature.get("warning") or ""),
        imported_by,
    ]
    who = translate("History", "{name} ({organisation})").format(
        name=name, organisation=organisation
    )
    return (who if organisation else name), "\n".join(line for line in lines if line)


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
        # The event's recorded facts are data for `register verify` and the export, not
        # sentences: the tooltip shows the summary in full.
        widget.add([format_moment(event.at), what, who, summary])


def _summary(details: dict) -> str:
    from agreement_studio.i18n import render
    from agreement_studio.register.words import reread

    if "reason_text" in details:  # a rejection's reason, in the reader's language
        return render(reread(details["reason_text"], str(details.get("reason", ""))))
    for key in ("reason", "source", "title", "renewal", "by"):
        value = details.get(key)
        if value:
            return str(value)
    return ""
