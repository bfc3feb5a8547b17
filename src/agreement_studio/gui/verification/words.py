"""The verification's words in the window's language, for the tree and the PDF report alike.

The plain-language details of a signature are put together once, headless, in
:mod:`agreement_studio.pdf.report` from word templates; here each template is translated
(lupdate sees every literal), so the window and the saved report say the same thing. Details
the verifier finds (what changed, why a certificate is not trusted) stay in its English.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

__all__ = ["report_words"]

translate = QCoreApplication.translate


_WORDS = {
    "title": QT_TRANSLATE_NOOP("VerificationWords", "Signature verification report"),
    "created": QT_TRANSLATE_NOOP("VerificationWords", "Created"),
    "page": QT_TRANSLATE_NOOP("VerificationWords", "Page {n} / {total}"),
    "summary": QT_TRANSLATE_NOOP(
        "VerificationWords",
        "Files: {files}. Valid: {valid}. Untrusted: {untrusted}. "
        "Unsigned: {unsigned}. Rejected (modified, invalid or error): {rejected}.",
    ),
    "trust": QT_TRANSLATE_NOOP("VerificationWords", "Trusted certificates: {names}."),
    "no_trust": QT_TRANSLATE_NOOP(
        "VerificationWords",
        "No trust anchors were given: an intact signature is at best untrusted.",
    ),
    "verdict.valid": QT_TRANSLATE_NOOP("VerificationWords", "Valid"),
    "verdict.untrusted": QT_TRANSLATE_NOOP("VerificationWords", "Untrusted"),
    "verdict.unsigned": QT_TRANSLATE_NOOP("VerificationWords", "Unsigned"),
    "verdict.modified": QT_TRANSLATE_NOOP("VerificationWords", "Modified"),
    "verdict.invalid": QT_TRANSLATE_NOOP("VerificationWords", "Invalid"),
    "verdict.error": QT_TRANSLATE_NOOP("VerificationWords", "Error"),
    "file.valid": QT_TRANSLATE_NOOP(
        "VerificationWords", "Every signature is intact and trusted ({count})."
    ),
    "file.untrusted": QT_TRANSLATE_NOOP(
        "VerificationWords", "Intact; signers not trusted: {untrusted} of {count}."
    ),
    "file.unsigned": QT_TRANSLATE_NOOP("VerificationWords", "The file has no signatures."),
    "file.modified": QT_TRANSLATE_NOOP(
        "VerificationWords", "Changed after signature {number}: {changes}"
    ),
    "file.invalid": QT_TRANSLATE_NOOP("VerificationWords", "A signature is broken: {problem}"),
    "file.error": QT_TRANSLATE_NOOP("VerificationWords", "Could not be verified: {problem}"),
    "kind.signature": QT_TRANSLATE_NOOP("VerificationWords", "Signature {number}"),
    "kind.certification": QT_TRANSLATE_NOOP("VerificationWords", "Certification {number}"),
    "kind.timestamp": QT_TRANSLATE_NOOP("VerificationWords", "Document timestamp {number}"),
    "fact.signer": QT_TRANSLATE_NOOP("VerificationWords", "Signed by"),
    "fact.claimed": QT_TRANSLATE_NOOP("VerificationWords", "Time claimed"),
    "fact.timestamp": QT_TRANSLATE_NOOP("VerificationWords", "Timestamp"),
    "fact.intact": QT_TRANSLATE_NOOP("VerificationWords", "Intact"),
    "fact.changed": QT_TRANSLATE_NOOP("VerificationWords", "Changed after signing"),
    "fact.allowed": QT_TRANSLATE_NOOP("VerificationWords", "Added afterwards (allowed)"),
    "fact.trusted": QT_TRANSLATE_NOOP("VerificationWords", "Trusted"),
    "fact.certificate": QT_TRANSLATE_NOOP("VerificationWords", "Certificate"),
    "fact.covers": QT_TRANSLATE_NOOP("VerificationWords", "Covers"),
    "fact.field": QT_TRANSLATE_NOOP("VerificationWords", "Field"),
    "fact.fingerprint": QT_TRANSLATE_NOOP("VerificationWords", "Fingerprint (SHA-256)"),
    "fact.problems": QT_TRANSLATE_NOOP("VerificationWords", "Problems"),
    "unknown": QT_TRANSLATE_NOOP("VerificationWords", "unknown"),
    "none": QT_TRANSLATE_NOOP("VerificationWords", "none"),
    "nothing": QT_TRANSLATE_NOOP("VerificationWords", "nothing"),
    "intact.yes": QT_TRANSLATE_NOOP(
        "VerificationWords", "Yes: the signed bytes and the signature check out"
    ),
    "intact.no": QT_TRANSLATE_NOOP("VerificationWords", "No"),
    "timestamp.trusted": QT_TRANSLATE_NOOP("VerificationWords", "{time} (trusted timestamp)"),
    "timestamp.untrusted": QT_TRANSLATE_NOOP("VerificationWords", "{time} (not used: {reason})"),
    "timestamp.not_trusted": QT_TRANSLATE_NOOP(
        "VerificationWords", "{time} (its authority is not trusted)"
    ),
    "trusted.anchor": QT_TRANSLATE_NOOP("VerificationWords", "Yes, through “{anchor}”"),
    "trusted.pinned": QT_TRANSLATE_NOOP(
        "VerificationWords", "Yes: the certificate recorded for this signatory"
    ),
    "trusted.no": QT_TRANSLATE_NOOP("VerificationWords", "No: {reason}"),
    "judged": QT_TRANSLATE_NOOP("VerificationWords", "{trust}; judged {basis}"),
    "basis.timestamp": QT_TRANSLATE_NOOP(
        "VerificationWords", "at the time of the trusted timestamp"
    ),
    "basis.claimed": QT_TRANSLATE_NOOP("VerificationWords", "at the time the signer claims"),
    "basis.now": QT_TRANSLATE_NOOP("VerificationWords", "at the time of verification"),
    "basis.document": QT_TRANSLATE_NOOP(
        "VerificationWords", "at the time of a trusted document timestamp"
    ),
    "certificate": QT_TRANSLATE_NOOP(
        "VerificationWords", "issued by {issuer}, valid {start} – {end}"
    ),
    "certificate.expired_since": QT_TRANSLATE_NOOP(
        "VerificationWords", "it has expired since, on {date}"
    ),
    "certificate.not_yet_valid": QT_TRANSLATE_NOOP(
        "VerificationWords", "it was not yet valid at that time"
    ),
    "certificate.expired_then": QT_TRANSLATE_NOOP(
        "VerificationWords", "it had already expired at that time"
    ),
    "covers": QT_TRANSLATE_NOOP("VerificationWords", "revision {revision} of {revisions}"),
    "covers.whole": QT_TRANSLATE_NOOP(
        "VerificationWords", "revision {revision} of {revisions}: the whole file"
    ),
    "fact.validated": QT_TRANSLATE_NOOP("VerificationWords", "Validation time"),
    "fact.anchors": QT_TRANSLATE_NOOP("VerificationWords", "Trust anchors"),
    "fact.judged_at": QT_TRANSLATE_NOOP("VerificationWords", "Trust judged at"),
    "fact.revocation": QT_TRANSLATE_NOOP("VerificationWords", "Revocation"),
    "fact.level": QT_TRANSLATE_NOOP("VerificationWords", "PAdES level"),
    "fact.long_term": QT_TRANSLATE_NOOP("VerificationWords", "Long-term data"),
    "fact.weak": QT_TRANSLATE_NOOP("VerificationWords", "Key and digest"),
    "judged_at": QT_TRANSLATE_NOOP("VerificationWords", "{time} ({basis})"),
    "revocation.good": QT_TRANSLATE_NOOP("VerificationWords", "good: not revoked"),
    "revocation.revoked": QT_TRANSLATE_NOOP("VerificationWords", "revoked on {time}"),
    "revocation.unknown": QT_TRANSLATE_NOOP(
        "VerificationWords", "unknown: no revocation data could be had"
    ),
    "revocation.not-applicable": QT_TRANSLATE_NOOP(
        "VerificationWords", "not-applicable: no revocation status was checked"
    ),
    "revocation.source": QT_TRANSLATE_NOOP("VerificationWords", "{status} (source: {source})"),
    "level.none": QT_TRANSLATE_NOOP("VerificationWords", "none (not a PAdES baseline signature)"),
    "weak.none": QT_TRANSLATE_NOOP("VerificationWords", "no weakness found"),
    "weak.yes": QT_TRANSLATE_NOOP("VerificationWords", "too weak (ETSI TS 119 312): {reason}"),
}


def report_words() -> dict[str, str]:
    """Every word template of the report (keys of ``pdf.report.WORDS``), translated."""
    return {key: translate("VerificationWords", str(text)) for key, text in _WORDS.items()}
