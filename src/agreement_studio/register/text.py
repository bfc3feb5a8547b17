"""The register's results as plain text, for the command line (and logs)."""

from __future__ import annotations

import datetime as dt
import unicodedata
from collections.abc import Mapping
from typing import TYPE_CHECKING

from agreement_studio.i18n import Text, render, translatable
from agreement_studio.register.lines import PARALLEL_COPY
from agreement_studio.register.status import describe_trusted_status
from agreement_studio.register.values import AgreementDetails, AgreementRow, ImportOutcome, Page

if TYPE_CHECKING:
    from agreement_studio.register.signing_trust import SigningTrust

_ = translatable(__name__)


def _day(value: dt.date | None) -> str:
    return value.isoformat() if value else "—"


def _width(text: str) -> int:
    """The columns ``text`` takes in a terminal (combining marks take none, wide letters two)."""
    return sum(
        0 if unicodedata.combining(c) else 2 if unicodedata.east_asian_width(c) in "WF" else 1
        for c in text
    )


def _pad(text: str, width: int) -> str:
    return text + " " * max(0, width - _width(text))


def _total(page: Page) -> str:
    """The count, or ``1100+`` when only more than that many were counted (``Page.exact``)."""
    return str(page.total) if page.exact else f"{page.total}+"


def _title(row: AgreementRow) -> str:
    """``title / network``; the network once when it is the title (an untitled draft is named
    after its network, :func:`agreement_studio.register.records.title_of`)."""
    if not row.network or row.title.strip().casefold() == row.network.strip().casefold():
        return row.title
    return f"{row.title} / {row.network}"


def list_status(row: AgreementRow, trust: Mapping[str, SigningTrust] | None = None) -> Text:
    """The row's status in words, saying when signatures it counts were not trusted at import
    (``trust`` as :func:`agreement_studio.register.signing_trust.signing_trust` reads it)."""
    found = (trust or {}).get(row.document_id)
    untrusted = found.untrusted if found is not None and row.signed_count else 0
    return describe_trusted_status(row.status, row.signed_count, row.signatory_count, untrusted)


def format_page(page: Page, trust: Mapping[str, SigningTrust] | None = None) -> str:
    """A listing as a table (in the reader's language); a status says when signatures it
    counts were not trusted at import (``trust``). Columns are as wide as their widest cell,
    heading included, as rendered in the reader's language."""
    heading = [render(_("ID")), render(_("STATUS")), render(_("END")), render(_("NEXT"))]
    rows = [
        [
            row.document_id[:8],
            render(list_status(row, trust)),
            _day(row.term_end),
            _day(row.next_deadline),
        ]
        for row in page.rows
    ]
    widths = [max(_width(cells[i]) for cells in [heading, *rows]) for i in range(len(heading))]
    titles = [render(_("TITLE / NETWORK")), *(_title(row) for row in page.rows)]
    lines = [
        "  ".join([*(_pad(cell, width) for cell, width in zip(cells, widths, strict=True)), title])
        for cells, title in zip([heading, *rows], titles, strict=True)
    ]
    if page.rows:
        shown = _(
            "({first}–{last} of {total})",
            first=page.offset + 1,
            last=page.offset + len(page.rows),
            total=_total(page),
        )
    else:
        shown = _("(none of {total})", total=_total(page))
    lines.append(render(shown))
    return "\n".join(lines)


def format_details(d: AgreementDetails, trust: Mapping[str, SigningTrust] | None = None) -> str:
    """One agreement: terms, parties, who has signed and when, versions, revisions, events
    (its status says when signatures it counts were not trusted at import: ``trust``)."""
    row = d.row
    end = _("until terminated") if d.indefinite else _day(row.term_end)
    status_text = list_status(row, trust)
    status = (
        _("Status: {status} (in force)", status=status_text)
        if row.in_force
        else _("Status: {status}", status=status_text)
    )
    texts: list[str] = [
        row.title,
        _("Document ID: {document_id}", document_id=row.document_id),
        status,
        _(
            "Template: {template} {version} ({language})",
            template=d.template_id,
            version=d.template_version or "",
            language=d.language,
        ),
        _("Network: {network} ({region})", network=row.network, region=d.region),
        _(
            "Term: {start} – {end}; notice {months} months (last day {deadline}); review {review}",
            start=_day(row.term_start),
            end=end,
            months=d.notice_months,
            deadline=_day(row.notice_deadline),
            review=_day(row.review_date),
        ),
    ]
    if d.terminated_on:
        texts.append(
            _(
                "Terminated on {day}: {reason}",
                day=d.terminated_on.isoformat(),
                reason=d.termination_reason,
            )
        )
    if d.renewal_of:
        texts.append(_("Renews: {document_id}", document_id=d.renewal_of))
    if d.renewed_by:
        texts.append(_("Renewed by: {document_id}", document_id=d.renewed_by))
    texts.append(_("Parties:"))
    texts += [f"  {p.name} ({p.key})" for p in d.parties]
    texts.append(_("Signatories:"))
    for s in d.signatories:
        if s.signed:
            state = _(
                "signed {when} by {signer} ({organisation}), {verdict}",
                when=s.signed_at or _("(no time)"),
                signer=s.signer_name,
                organisation=s.signer_organisation,
                verdict=_verdict(s.verdict),
            )
        else:
            state = PARALLEL_COPY if s.must_sign_again else _("not signed yet")
        mark = "x" if s.signed else " "
        texts.append(f"  [{mark}] {s.name}, {s.title} — {s.party}: {render(state)}")
        if s.warning:
            texts.append(_("      warning: {warning}", warning=s.warning))
    texts.append(_("Versions:"))
    for v in d.versions:
        if v.superseded_at:
            texts.append(
                _(
                    "  {number}: {created} by {author}, superseded {superseded}",
                    number=v.number,
                    created=v.created_at,
                    author=v.created_by,
                    superseded=v.superseded_at,
                )
            )
        else:
            texts.append(
                _(
                    "  {number}: {created} by {author}",
                    number=v.number,
                    created=v.created_at,
                    author=v.created_by,
                )
            )
    texts.append(_("Revisions:"))
    for r in d.revisions:
        size = render(_.plural("{count} byte", "{count} bytes", r.size))
        kind = render(_REVISION_KINDS.get(r.kind, r.kind))
        texts.append(
            f"  {'*' if r.on_current_line else ' '} v{r.version} {kind:<8} "
            f"{r.sha256[:16]}  {size:>14}  {r.signature_field or ''}"
        )
    if d.current_sha256:
        texts.append(
            _(
                "Current PDF (send to the next signatory): SHA-256 {sha256}",
                sha256=d.current_sha256,
            )
        )
    texts.append(_("Events:"))
    texts += [f"  {e.seq:>5}  {e.at}  {e.actor:<12}  {e.action}" for e in d.events]
    texts += [_("Note: {note}", note=note) for note in d.notes]
    return "\n".join(render(text) for text in texts)


_REVISION_KINDS = {"prepared": _("prepared"), "signed": _("signed"), "extended": _("extended")}


def _verdict(verdict: str | None) -> str:
    """A recorded verdict in words (the stored word when it is not one of the register's)."""
    if verdict == "valid":
        return _("valid")
    if verdict == "untrusted":
        return _("untrusted")
    return verdict or ""


def format_outcomes(outcomes: list[ImportOutcome]) -> str:
    """One line per imported file, with warnings and what to send on."""
    texts: list[str] = []
    for o in outcomes:
        if o.result is None:
            if o.rejected:
                texts.append(_("{source}: REJECTED: {reason}", source=o.source, reason=o.error))
            else:
                texts.append(_("{source}: ERROR: {reason}", source=o.source, reason=o.error))
            continue
        texts.append(o.result.message)
        texts += [_("  warning: {warning}", warning=w) for w in o.result.warnings]
        if o.result.send_on:
            texts.append(f"  {render(o.result.send_on)}")
        if o.result.sign_again:
            texts.append(
                _(
                    "  must sign that copy again: {names}",
                    names=", ".join(o.result.sign_again),
                )
            )
    return "\n".join(render(text) for text in texts)
