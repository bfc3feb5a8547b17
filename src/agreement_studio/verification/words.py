"""Sentences a person understands, made from verification reports.

Each sentence is one :class:`~agreement_studio.i18n.Text` whose parameters are the parts it is
made of (themselves Texts), so the window and the command line render the whole of it in the
reader's language; its English value is what reports, JSON and logs read.
"""

from __future__ import annotations

from collections.abc import Sequence

from agreement_studio.i18n import Text, translatable
from agreement_studio.verification.report import SignatureReport, Verdict, format_time

_ = translatable(__name__)

_BASIS = {
    "trusted timestamp": _("at the time of its trusted timestamp"),
    "trusted document timestamp": _("at the time of a trusted document timestamp over it"),
    "time the signer claims": _("at the time the signer claims"),
    "time of verification": _("now, as no trusted timestamp proves an earlier time"),
}
_REVOCATION = {
    "good": _("not revoked"),
    "unknown": _("revocation status unknown"),
}
_SOURCES = {
    "file (DSS)": _("the file's validation data"),
    "file (CMS)": _("the signature's own revocation data"),
    "given CRL": _("the CRLs given"),
    "online": _("the certificate authority, asked online"),
}


def joined(parts: Sequence[str], last: str | None = None) -> str:
    """``a; b; c`` (``a, b, c`` with ``last=","``, ``a, b and c`` with ``last="and"``) as one
    Text whose parts are rendered each in the reader's language."""
    items = list(parts)
    if not items:
        return ""
    if len(items) == 1:
        return items[0]
    if last == "and":
        if len(items) == 2:
            return _("{first} and {last}", first=items[0], last=items[1])
        return _("{first}, {rest}", first=items[0], rest=joined(items[1:], "and"))
    if last == ",":
        return _("{first}, {rest}", first=items[0], rest=joined(items[1:], ","))
    return _("{first}; {rest}", first=items[0], rest=joined(items[1:]))


def _who(report: SignatureReport) -> str:
    who: str = report.signer or _("an unknown signer")
    if report.organisation and report.organisation != report.signer:
        who = _("{name} ({organisation})", name=who, organisation=report.organisation)
    return who


# what an allowed change is, by the message ID of the sentence the diff used for it (first
# match wins): the English source, whatever language the sentence is rendered in
_FOLLOWED = (
    ("value changed", _("form filling")),
    ("annotation", _("annotations")),
    ("timestamp", _("timestamps")),
    ("signed", _("further signatures")),
    ("signature", _("further signatures")),
    ("document information", _("metadata")),
    ("metadata", _("metadata")),
    ("PDF version", _("metadata")),
)
_VALIDATION_DATA = _("validation data")


def _source_words(text: str) -> str:
    return text.msgid if isinstance(text, Text) else text


def _since(report: SignatureReport) -> str:
    if not report.allowed_after:
        return _("the document has not changed since")
    kinds = dict.fromkeys(
        next(
            (word for needle, word in _FOLLOWED if needle in _source_words(text)),
            _VALIDATION_DATA,
        )
        for text in report.allowed_after
    )
    return _("since then only {changes} followed", changes=joined(list(kinds), "and"))


def _trust(report: SignatureReport) -> str:
    basis = _BASIS.get(report.trust_time_basis or "")
    text: str
    if report.trusted and report.trusted_via == "pinned":
        text = _("the signer's certificate is the one pinned for them")
    elif report.trusted:
        text = _("the signer is trusted through '{anchor}'", anchor=report.trust_anchor)
    else:
        text = _(
            "the signer is not trusted: {why}", why=report.trust_problem or _("no trust anchor")
        )
    notes: list[str] = [report.certificate_note] if report.certificate_note else []
    status = _REVOCATION.get(report.revocation) if report.trusted else None
    if status:
        source = _SOURCES.get(report.revocation_source or "", report.revocation_source)
        notes.append(
            _("{status} according to {source}", status=status, source=source) if source else status
        )
    if not basis:
        return text
    return _("{trust} (judged {basis})", trust=text, basis=joined([basis, *notes]))


def _broken(report: SignatureReport, problems: str) -> str:
    timestamp = report.kind == "timestamp"
    field = report.field
    if report.verdict is Verdict.INVALID and report.revocation == "revoked" and report.intact:
        if timestamp:
            return _(
                "The document timestamp in field '{field}' was made with a revoked "
                "certificate: {problems}.",
                field=field,
                problems=problems,
            )
        return _(
            "The signature in field '{field}' was made with a revoked certificate: {problems}.",
            field=field,
            problems=problems,
        )
    if report.verdict is Verdict.INVALID:
        if timestamp:
            return _(
                "The document timestamp in field '{field}' is broken: {problems}.",
                field=field,
                problems=problems,
            )
        return _(
            "The signature in field '{field}' is broken: {problems}.",
            field=field,
            problems=problems,
        )
    if timestamp:
        return _(
            "The document timestamp in field '{field}' could not be checked: {problems}.",
            field=field,
            problems=problems,
        )
    return _(
        "The signature in field '{field}' could not be checked: {problems}.",
        field=field,
        problems=problems,
    )


def signature_message(report: SignatureReport) -> str:
    """One or two sentences on a signature, e.g. "Signed by ... on ...; ...; ..."."""
    verdict = report.verdict
    if verdict in (Verdict.INVALID, Verdict.ERROR):
        return _broken(report, joined(report.problems))
    when = format_time(report.signed_at) if report.signed_at else _("an unknown date")
    who = _who(report)
    if report.kind == "timestamp":
        opening = _("Timestamped by {who} on {when}", who=who, when=when)
    elif report.kind == "certification":
        opening = _("Certified by {who} on {when}", who=who, when=when)
    else:
        opening = _("Signed by {who} on {when}", who=who, when=when)
    if verdict is Verdict.MODIFIED:
        return _(
            "{opening}, but the document was changed afterwards: {changes}.",
            opening=opening,
            changes=joined(report.changes_after),
        )
    return _(
        "{opening}; {since}; {trust}.", opening=opening, since=_since(report), trust=_trust(report)
    )


def file_message(
    verdict: Verdict, reports: list[SignatureReport], problems: tuple[str, ...]
) -> str:
    """One sentence on a whole file."""
    count = len(reports)
    if verdict is Verdict.UNSIGNED:
        if problems:
            return _("The file has no signatures (note: {problem}).", problem=problems[0])
        return _("The file has no signatures.")
    if verdict is Verdict.VALID:
        return _.plural("The signature is valid.", "All {count} signatures are valid.", count)
    worst = [r for r in reports if r.verdict is verdict]
    if verdict is Verdict.UNTRUSTED:
        if count == 1:
            return _("The signature is intact, but 1 of 1 signer is not trusted.")
        return _.plural(
            "The signatures are intact, but {untrusted} of {count} signers is not trusted.",
            "The signatures are intact, but {untrusted} of {count} signers are not trusted.",
            len(worst),
            untrusted=len(worst),
            count=count,
        )
    if verdict is Verdict.MODIFIED:
        return _(
            "The document was changed after signature {number} ('{field}'): {changes}.",
            number=worst[0].index + 1,
            field=worst[0].field,
            changes=joined(worst[0].changes_after),
        )
    if verdict is Verdict.INVALID:
        if count == 1:
            return _("1 of 1 signature is broken: {problem}.", problem=worst[0].problems[0])
        return _.plural(
            "{broken} of {count} signatures is broken: {problem}.",
            "{broken} of {count} signatures are broken: {problem}.",
            len(worst),
            broken=len(worst),
            count=count,
            problem=worst[0].problems[0],
        )
    return _(
        "The file could not be fully verified: {problem}.",
        problem=worst[0].problems[0] if worst[0].problems else _("unknown reason"),
    )
