"""Sentences a person understands, made from verification reports."""

from __future__ import annotations

from agreement_studio.verification.report import SignatureReport, Verdict, format_time

_BASIS = {
    "trusted timestamp": "at the time of its trusted timestamp",
    "trusted document timestamp": "at the time of a trusted document timestamp over it",
    "time the signer claims": "at the time the signer claims",
    "time of verification": "now, as no trusted timestamp proves an earlier time",
}
_REVOCATION = {
    "good": "not revoked",
    "unknown": "revocation status unknown",
}
_SOURCES = {
    "file (DSS)": "the file's validation data",
    "file (CMS)": "the signature's own revocation data",
    "given CRL": "the CRLs given",
    "online": "the certificate authority, asked online",
}


def _who(report: SignatureReport) -> str:
    who = report.signer or "an unknown signer"
    if report.organisation and report.organisation != report.signer:
        who += f" ({report.organisation})"
    return who


# what an allowed change is, by the words the diff used for it (first match wins)
_FOLLOWED = (
    ("value changed", "form filling"),
    ("annotation", "annotations"),
    ("timestamp", "timestamps"),
    ("signed", "further signatures"),
    ("signature", "further signatures"),
    ("document information", "metadata"),
    ("metadata", "metadata"),
    ("PDF version", "metadata"),
)


def _since(report: SignatureReport) -> str:
    if not report.allowed_after:
        return "the document has not changed since"
    kinds = dict.fromkeys(
        next((word for needle, word in _FOLLOWED if needle in text), "validation data")
        for text in report.allowed_after
    )
    listed = list(kinds)
    words = listed[0] if len(listed) == 1 else f"{', '.join(listed[:-1])} and {listed[-1]}"
    return f"since then only {words} followed"


def _trust(report: SignatureReport) -> str:
    basis = _BASIS.get(report.trust_time_basis or "", "")
    if report.trusted and report.trusted_via == "pinned":
        text = "the signer's certificate is the one pinned for them"
    elif report.trusted:
        text = f"the signer is trusted through '{report.trust_anchor}'"
    else:
        text = f"the signer is not trusted: {report.trust_problem or 'no trust anchor'}"
    note = f"; {report.certificate_note}" if report.certificate_note else ""
    status = _REVOCATION.get(report.revocation) if report.trusted else None
    if status:
        source = _SOURCES.get(report.revocation_source or "", report.revocation_source)
        note += f"; {status} according to {source}" if source else f"; {status}"
    return f"{text} (judged {basis}{note})" if basis else text


def signature_message(report: SignatureReport) -> str:
    """One or two sentences on a signature, e.g. "Signed by ... on ...; ...; ..."."""
    verdict = report.verdict
    noun = "document timestamp" if report.kind == "timestamp" else "signature"
    if verdict is Verdict.INVALID and report.revocation == "revoked" and report.intact:
        return (
            f"The {noun} in field '{report.field}' was made with a revoked certificate: "
            f"{'; '.join(report.problems)}."
        )
    if verdict is Verdict.INVALID:
        return f"The {noun} in field '{report.field}' is broken: {'; '.join(report.problems)}."
    if verdict is Verdict.ERROR:
        return (
            f"The {noun} in field '{report.field}' could not be checked: "
            f"{'; '.join(report.problems)}."
        )
    when = format_time(report.signed_at) if report.signed_at else "an unknown date"
    verb = (
        "Timestamped by"
        if report.kind == "timestamp"
        else ("Certified by" if report.kind == "certification" else "Signed by")
    )
    opening = f"{verb} {_who(report)} on {when}"
    if verdict is Verdict.MODIFIED:
        return (
            f"{opening}, but the document was changed afterwards: "
            f"{'; '.join(report.changes_after)}."
        )
    return f"{opening}; {_since(report)}; {_trust(report)}."


def file_message(
    verdict: Verdict, reports: list[SignatureReport], problems: tuple[str, ...]
) -> str:
    """One sentence on a whole file."""
    count = len(reports)
    plural = "s" if count != 1 else ""
    if verdict is Verdict.UNSIGNED:
        extra = f" (note: {problems[0]})" if problems else ""
        return f"The file has no signatures{extra}."
    if verdict is Verdict.VALID:
        return "The signature is valid." if count == 1 else f"All {count} signatures are valid."
    worst = [r for r in reports if r.verdict is verdict]
    if verdict is Verdict.UNTRUSTED:
        return (
            f"The signature{plural} {'are' if count != 1 else 'is'} intact, but "
            f"{len(worst)} of {count} signer{plural} {'is' if len(worst) == 1 else 'are'} "
            "not trusted."
        )
    if verdict is Verdict.MODIFIED:
        return (
            f"The document was changed after signature {worst[0].index + 1} "
            f"('{worst[0].field}'): {'; '.join(worst[0].changes_after)}."
        )
    if verdict is Verdict.INVALID:
        return (
            f"{len(worst)} of {count} signature{plural} "
            f"{'is' if len(worst) == 1 else 'are'} broken: {worst[0].problems[0]}."
        )
    return (
        f"The file could not be fully verified: "
        f"{worst[0].problems[0] if worst[0].problems else 'unknown reason'}."
    )
