"""The register's results as plain text, for the command line (and logs)."""

from __future__ import annotations

import datetime as dt

from agreement_studio.register.lines import PARALLEL_COPY
from agreement_studio.register.values import AgreementDetails, ImportOutcome, Page


def _day(value: dt.date | None) -> str:
    return value.isoformat() if value else "—"


def format_page(page: Page) -> str:
    """A listing as a table."""
    lines = [f"{'ID':<8}  {'STATUS':<28}  {'END':<10}  {'NEXT':<10}  TITLE / NETWORK"]
    for row in page.rows:
        lines.append(
            f"{row.document_id[:8]}  {row.status_text:<28}  {_day(row.term_end):<10}  "
            f"{_day(row.next_deadline):<10}  {row.title} / {row.network}"
        )
    shown = f"{page.offset + 1}–{page.offset + len(page.rows)}" if page.rows else "none"
    lines.append(f"({shown} of {page.total})")
    return "\n".join(lines)


def format_details(d: AgreementDetails) -> str:
    """One agreement: terms, parties, who has signed and when, versions, revisions, events."""
    row = d.row
    force = " (in force)" if row.in_force else ""
    end = "until terminated" if d.indefinite else _day(row.term_end)
    lines = [
        row.title,
        f"Document ID: {row.document_id}",
        f"Status: {row.status_text}{force}",
        f"Template: {d.template_id} {d.template_version or ''} ({d.language})",
        f"Network: {row.network} ({d.region})",
        f"Term: {_day(row.term_start)} – {end}"
        f"; notice {d.notice_months} months (last day {_day(row.notice_deadline)}); "
        f"review {_day(row.review_date)}",
    ]
    if d.terminated_on:
        lines.append(f"Terminated on {d.terminated_on.isoformat()}: {d.termination_reason}")
    if d.renewal_of:
        lines.append(f"Renews: {d.renewal_of}")
    if d.renewed_by:
        lines.append(f"Renewed by: {d.renewed_by}")
    lines.append("Parties:")
    lines += [f"  {p.name} ({p.key})" for p in d.parties]
    lines.append("Signatories:")
    for s in d.signatories:
        if s.signed:
            state = (
                f"signed {s.signed_at or '(no time)'} by {s.signer_name} "
                f"({s.signer_organisation}), {s.verdict}"
            )
        else:
            state = PARALLEL_COPY if s.must_sign_again else "not signed yet"
        lines.append(f"  [{'x' if s.signed else ' '}] {s.name}, {s.title} — {s.party}: {state}")
        if s.warning:
            lines.append(f"      warning: {s.warning}")
    lines.append("Versions:")
    lines += [
        f"  {v.number}: {v.created_at} by {v.created_by}"
        + (f", superseded {v.superseded_at}" if v.superseded_at else "")
        for v in d.versions
    ]
    lines.append("Revisions:")
    lines += [
        f"  {'*' if r.on_current_line else ' '} v{r.version} {r.kind:<8} "
        f"{r.sha256[:16]}  {r.size:>8} bytes  {r.signature_field or ''}"
        for r in d.revisions
    ]
    if d.current_sha256:
        lines.append(f"Current PDF (send to the next signatory): SHA-256 {d.current_sha256}")
    lines.append("Events:")
    lines += [f"  {e.seq:>5}  {e.at}  {e.actor:<12}  {e.action}" for e in d.events]
    lines += [f"Note: {note}" for note in d.notes]
    return "\n".join(lines)


def format_outcomes(outcomes: list[ImportOutcome]) -> str:
    """One line per imported file, with warnings and what to send on."""
    lines = []
    for o in outcomes:
        if o.result is None:
            lines.append(f"{o.source}: {'REJECTED' if o.rejected else 'ERROR'}: {o.error}")
            continue
        lines.append(o.result.message)
        lines += [f"  warning: {w}" for w in o.result.warnings]
        if o.result.send_on:
            lines.append(f"  {o.result.send_on}")
        if o.result.sign_again:
            lines.append(f"  must sign that copy again: {', '.join(o.result.sign_again)}")
    return "\n".join(lines)
