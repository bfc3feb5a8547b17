"""What verification found: a verdict per signature and per file, with words for people.

:class:`Verdict` orders from best to worst, so a file's verdict is the worst of its signatures::

    valid < untrusted < unsigned < modified < invalid < error
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from agreement_studio.i18n import Text, translatable

_ = translatable(__name__)

__all__ = ["FileReport", "SignatureReport", "Verdict", "reason_of"]


class Verdict(enum.Enum):
    """The outcome of verifying a signature or a file."""

    VALID = "valid"
    UNTRUSTED = "untrusted"
    UNSIGNED = "unsigned"
    MODIFIED = "modified"
    INVALID = "invalid"
    ERROR = "error"

    @property
    def rank(self) -> int:
        """Position from best (0) to worst."""
        return _ORDER.index(self)

    def __lt__(self, other: object) -> bool:
        if not isinstance(other, Verdict):
            return NotImplemented
        return self.rank < other.rank

    def __le__(self, other: object) -> bool:
        if not isinstance(other, Verdict):
            return NotImplemented
        return self.rank <= other.rank

    def __gt__(self, other: object) -> bool:
        if not isinstance(other, Verdict):
            return NotImplemented
        return self.rank > other.rank

    def __ge__(self, other: object) -> bool:
        if not isinstance(other, Verdict):
            return NotImplemented
        return self.rank >= other.rank

    def __str__(self) -> str:
        return self.value

    @classmethod
    def worst(cls, verdicts: list[Verdict], default: Verdict) -> Verdict:
        """The worst of ``verdicts``, or ``default`` when there are none."""
        return max(verdicts, default=default)


_ORDER = list(Verdict)


def _when(moment: datetime | None) -> str | None:
    return moment.astimezone(UTC).isoformat() if moment else None


def format_time(moment: datetime) -> str:
    """``2026-11-28 14:03 UTC``."""
    return moment.astimezone(UTC).strftime("%Y-%m-%d %H:%M UTC")


@dataclass(frozen=True)
class SignatureReport:
    """Everything verification found about one signature (or document timestamp)."""

    index: int
    """Position in signing order, 0 for the first."""
    field: str
    """The signature field's fully qualified name."""
    kind: str
    """``signature``, ``certification`` or ``timestamp`` (a document timestamp)."""
    verdict: Verdict
    message: str
    """One sentence for a person."""
    signer: str | None = None
    """The signer's name (certificate common name)."""
    organisation: str | None = None
    email: str | None = None
    fingerprint_sha256: str | None = None
    """SHA-256 of the signer's certificate, 64 lowercase hex digits."""
    issuer: str | None = None
    not_before: datetime | None = None
    not_after: datetime | None = None
    claimed_time: datetime | None = None
    """When the signer says they signed (signing-time attribute or the dictionary's /M)."""
    timestamp_time: datetime | None = None
    """The time in a signature timestamp token, if there is one."""
    timestamp_trusted: bool = False
    """Whether that token is intact and from a trusted timestamp authority."""
    timestamp_problem: str | None = None
    """Why a signature timestamp token is not used, if it is not."""
    digest_ok: bool = False
    signature_ok: bool = False
    intact: bool = False
    """Bytes and CMS check out and only allowed changes came after."""
    revision: int | None = None
    """The revision (1-based) the signature covers."""
    revisions: int = 0
    """How many revisions the file has."""
    covers_whole_revision: bool = False
    covers_whole_file: bool = False
    byte_range: tuple[int, ...] | None = None
    changes_after: tuple[str, ...] = ()
    """Changes after signing that are not allowed."""
    allowed_after: tuple[str, ...] = ()
    """Changes after signing that are allowed (further signatures, validation data)."""
    trusted: bool = False
    trusted_via: str = "none"
    """``anchor``, ``pinned`` or ``none``."""
    trust_anchor: str | None = None
    trust_time: datetime | None = None
    trust_time_basis: str | None = None
    """``trusted timestamp``, ``time the signer claims`` or ``time of verification``."""
    trust_problem: str | None = None
    certificate_note: str | None = None
    """E.g. that the certificate has expired since."""
    docmdp: int | None = None
    """For a certification signature, the changes it permits (1, 2 or 3)."""
    problems: tuple[str, ...] = ()
    """Why the signature is invalid or could not be checked."""
    revocation: str = "not-applicable"
    """``good``, ``revoked``, ``unknown`` or ``not-applicable`` (nobody to ask: not trusted)."""
    revocation_source: str | None = None
    """Where the status came from: ``file (DSS)``, ``file (CMS)``, ``given CRL``, ``online``."""
    revocation_time: datetime | None = None
    """When the certificate was revoked, if it was."""
    pades_level: str | None = None
    """``B-B``, ``B-T``, ``B-LT`` or ``B-LTA`` (``None`` for a non-PAdES signature)."""
    long_term: tuple[str, ...] = ()
    """The long-term data that covers the signature (DSS, document timestamps), in words."""
    weak: str | None = None
    """Why the key or digest is too weak to trust (ETSI TS 119 312), if it is."""

    @property
    def signed_at(self) -> datetime | None:
        """The best known signing time: a trusted timestamp, else the claimed time."""
        if self.timestamp_trusted and self.timestamp_time:
            return self.timestamp_time
        return self.claimed_time or self.timestamp_time

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dictionary."""
        return {
            "index": self.index,
            "field": self.field,
            "kind": self.kind,
            "verdict": self.verdict.value,
            "message": self.message,
            "signer": self.signer,
            "organisation": self.organisation,
            "email": self.email,
            "fingerprint_sha256": self.fingerprint_sha256,
            "issuer": self.issuer,
            "not_before": _when(self.not_before),
            "not_after": _when(self.not_after),
            "signed_at": _when(self.signed_at),
            "claimed_time": _when(self.claimed_time),
            "timestamp_time": _when(self.timestamp_time),
            "timestamp_trusted": self.timestamp_trusted,
            "timestamp_problem": self.timestamp_problem,
            "digest_ok": self.digest_ok,
            "signature_ok": self.signature_ok,
            "intact": self.intact,
            "revision": self.revision,
            "revisions": self.revisions,
            "covers_whole_revision": self.covers_whole_revision,
            "covers_whole_file": self.covers_whole_file,
            "byte_range": list(self.byte_range) if self.byte_range else None,
            "changes_after": list(self.changes_after),
            "allowed_after": list(self.allowed_after),
            "trusted": self.trusted,
            "trusted_via": self.trusted_via,
            "trust_anchor": self.trust_anchor,
            "trust_time": _when(self.trust_time),
            "trust_time_basis": self.trust_time_basis,
            "trust_problem": self.trust_problem,
            "certificate_note": self.certificate_note,
            "docmdp": self.docmdp,
            "problems": list(self.problems),
            "revocation": self.revocation,
            "revocation_source": self.revocation_source,
            "revocation_time": _when(self.revocation_time),
            "pades_level": self.pades_level,
            "long_term": list(self.long_term),
            "weak": self.weak,
        }


@dataclass(frozen=True)
class FileReport:
    """The verdict on one file and the report of each of its signatures, in signing order."""

    path: str | None
    verdict: Verdict
    message: str
    signatures: tuple[SignatureReport, ...] = ()
    problems: tuple[str, ...] = field(default=())
    """Structural findings about the file as a whole."""
    revisions: int = 0
    seconds: float = 0.0
    """How long verification took."""
    validation_time: datetime | None = None
    """The time of verification ("now"), against which trust without a timestamp is judged."""
    trust_anchors: tuple[str, ...] = ()
    """The trust anchors used, each as "subject (SHA-256 fingerprint)"."""

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dictionary."""
        return {
            "path": self.path,
            "verdict": self.verdict.value,
            "message": self.message,
            "revisions": self.revisions,
            "problems": list(self.problems),
            "seconds": round(self.seconds, 4),
            "validation_time": _when(self.validation_time),
            "trust_anchors": list(self.trust_anchors),
            "signatures": [s.to_dict() for s in self.signatures],
        }

    @classmethod
    def failed(cls, path: str | None, reason: str) -> FileReport:
        """The report for a file that could not be verified at all."""
        return cls(
            path,
            Verdict.ERROR,
            _("The file could not be verified: {reason}.", reason=reason),
            problems=(reason,),
        )


def reason_of(error: BaseException) -> str:
    """The sentence an error carries: its :class:`~agreement_studio.i18n.Text` if it has one."""
    if error.args and isinstance(error.args[0], Text):
        return error.args[0]
    return str(error)
