"""What a network CA issued and revoked, kept beside its key, and the CRL made from it.

The record is a JSON file next to the CA's PKCS#12 file (``ca.p12`` → ``ca.p12.issued.json``),
written atomically after every change::

    {"format": 1, "ca_sha256": "…", "crl_url": "http://…" | null, "crl_number": 3,
     "issued": [{"serial": "…", "subject": "CN=…", "sha256": "…",
                 "not_before": "…", "not_after": "…", "revoked_at": null, "reason": null}]}

Serials are kept as decimal strings (they are 160-bit numbers; JSON readers round big
integers). ``ca_sha256`` ties the record to its CA, so a record beside the wrong file is refused.
A CRL (RFC 5280 §5) lists every revoked entry with its reason and carries a CRL number that
grows with each CRL made.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization

from agreement_studio.errors import CertificateNotUsable, CertificateRevocationError, IdentityError
from agreement_studio.fileio import write_text_atomic
from agreement_studio.i18n import translatable
from agreement_studio.signing.vocabulary import DEFAULT_CRL_DAYS, REASON_NAMES

_ = translatable(__name__)

__all__ = [
    "REVOCATION_REASONS",
    "IssuedCertificate",
    "IssuedRecord",
    "build_crl",
    "check_not_revoked",
    "record_lock",
    "record_path_for",
]

FORMAT = 1

# RFC 5280 §5.3.1 reason codes a network uses, by the names the command line accepts
REVOCATION_REASONS: dict[str, x509.ReasonFlags] = {
    name: x509.ReasonFlags[name.replace("-", "_")] for name in REASON_NAMES
}


def record_path_for(ca_path: str | os.PathLike[str]) -> Path:
    """Where the record of a CA kept at ``ca_path`` lives."""
    path = Path(ca_path)
    return path.with_name(path.name + ".issued.json")


@contextlib.contextmanager
def record_lock(record: Path) -> Iterator[None]:
    """Hold an exclusive lock beside ``record`` (a ``.lock`` file) while it is changed."""
    try:
        import fcntl
    except ImportError:  # not POSIX: changes are still atomic, only not serialised
        yield
        return
    lock_path = record.with_name(record.name + ".lock")
    try:
        handle = open(lock_path, "a+b")  # noqa: SIM115 - held for the whole block
    except OSError as error:
        raise IdentityError(
            _(
                "cannot lock the CA's record {record}: {why}",
                record=record,
                why=error.strerror or str(error),
            )
        ) from None
    with handle:
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle.fileno(), fcntl.LOCK_UN)


def _iso(moment: dt.datetime | None) -> str | None:
    return None if moment is None else moment.astimezone(dt.UTC).isoformat()


def _moment(text: str | None) -> dt.datetime | None:
    return None if text is None else dt.datetime.fromisoformat(text)


@dataclass(frozen=True)
class IssuedCertificate:
    """One certificate the CA issued, and whether it is revoked."""

    serial: int
    """The certificate's serial number."""
    subject: str
    """The subject, RFC 4514 form."""
    sha256: str
    """SHA-256 of the certificate (hex)."""
    not_before: dt.datetime
    """Start of validity (UTC)."""
    not_after: dt.datetime
    """End of validity (UTC)."""
    revoked_at: dt.datetime | None = None
    """When it was revoked (the revocation date the CRL states), or None."""
    reason: str | None = None
    """The revocation reason, one of :data:`REVOCATION_REASONS`."""

    @classmethod
    def of(cls, cert: x509.Certificate) -> IssuedCertificate:
        """The entry for a newly issued certificate."""
        return cls(
            serial=cert.serial_number,
            subject=cert.subject.rfc4514_string(),
            sha256=cert.fingerprint(hashes.SHA256()).hex(),
            not_before=cert.not_valid_before_utc,
            not_after=cert.not_valid_after_utc,
        )

    def as_json(self) -> dict[str, Any]:
        """The entry as the record stores it."""
        return {
            "serial": str(self.serial),
            "subject": self.subject,
            "sha256": self.sha256,
            "not_before": _iso(self.not_before),
            "not_after": _iso(self.not_after),
            "revoked_at": _iso(self.revoked_at),
            "reason": self.reason,
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> IssuedCertificate:
        """An entry read from the record."""
        not_before, not_after = _moment(data["not_before"]), _moment(data["not_after"])
        assert not_before is not None and not_after is not None
        return cls(
            serial=int(data["serial"]),
            subject=str(data["subject"]),
            sha256=str(data.get("sha256") or ""),
            not_before=not_before,
            not_after=not_after,
            revoked_at=_moment(data.get("revoked_at")),
            reason=data.get("reason"),
        )


@dataclass
class IssuedRecord:
    """The CA's record: its CRL settings and every certificate it issued."""

    ca_sha256: str
    crl_url: str | None = None
    crl_number: int = 0
    entries: list[IssuedCertificate] = field(default_factory=list)

    @classmethod
    def load(cls, path: Path, ca_sha256: str) -> IssuedRecord:
        """The record at ``path``; an empty one when there is none yet."""
        try:
            text = path.read_text("utf-8")
        except FileNotFoundError:
            return cls(ca_sha256=ca_sha256)
        except OSError as error:
            raise IdentityError(
                _(
                    "cannot read the CA's record {path}: {why}",
                    path=path,
                    why=error.strerror or str(error),
                )
            ) from None
        try:
            data = json.loads(text)
            record = cls(
                ca_sha256=str(data["ca_sha256"]),
                crl_url=data.get("crl_url"),
                crl_number=int(data.get("crl_number", 0)),
                entries=[IssuedCertificate.from_json(item) for item in data.get("issued", [])],
            )
        except (ValueError, KeyError, TypeError, AssertionError) as error:
            raise IdentityError(
                _(
                    "the CA's record {path} is damaged ({kind}); restore it from a backup",
                    path=path,
                    kind=type(error).__name__,
                )
            ) from None
        if record.ca_sha256 != ca_sha256:
            raise IdentityError(
                _("{path} is the record of another CA; it does not belong here", path=path)
            )
        return record

    def save(self, path: Path) -> Path:
        """Write the record atomically (private to its owner, like the CA's key)."""
        data = {
            "format": FORMAT,
            "ca_sha256": self.ca_sha256,
            "crl_url": self.crl_url,
            "crl_number": self.crl_number,
            "issued": [entry.as_json() for entry in self.entries],
        }
        return write_text_atomic(
            path, json.dumps(data, ensure_ascii=False, indent=2) + "\n", mode=0o600
        )

    def add(self, cert: x509.Certificate) -> IssuedCertificate:
        """Record a certificate the CA issued (once; a second add changes nothing)."""
        found = self.find(cert.serial_number)
        if found is not None:
            return found
        entry = IssuedCertificate.of(cert)
        self.entries.append(entry)
        return entry

    def find(self, serial: int) -> IssuedCertificate | None:
        """The entry with ``serial``, if the CA issued it."""
        return next((e for e in self.entries if e.serial == serial), None)

    def revoke(self, serial: int, reason: str, when: dt.datetime) -> IssuedCertificate:
        """Mark ``serial`` revoked at ``when`` (CertificateRevocationError: unknown or twice)."""
        if reason not in REVOCATION_REASONS:
            raise CertificateRevocationError(
                _(
                    "{reason} is not a revocation reason; use one of {reasons}",
                    reason=repr(reason),
                    reasons=", ".join(REVOCATION_REASONS),
                )
            )
        entry = self.find(serial)
        if entry is None:
            raise CertificateRevocationError(
                _(
                    "this CA has no record of issuing serial {serial}; see `identity issued` "
                    "for what it issued",
                    serial=serial,
                )
            )
        if entry.revoked_at is not None:
            raise CertificateRevocationError(
                _(
                    "{subject} (serial {serial}) was already revoked on {time} UTC ({reason}); "
                    "nothing changed",
                    subject=entry.subject,
                    serial=serial,
                    time=f"{entry.revoked_at:%Y-%m-%d %H:%M}",
                    reason=entry.reason,
                )
            )
        when = when.astimezone(dt.UTC).replace(microsecond=0)
        if when < entry.not_before:
            raise CertificateRevocationError(
                _(
                    "the revocation date {time} UTC is before the certificate was valid "
                    "({start} UTC)",
                    time=f"{when:%Y-%m-%d %H:%M}",
                    start=f"{entry.not_before:%Y-%m-%d %H:%M}",
                )
            )
        revoked = replace(entry, revoked_at=when, reason=reason)
        self.entries[self.entries.index(entry)] = revoked
        return revoked

    @property
    def revoked(self) -> list[IssuedCertificate]:
        """The revoked entries, oldest revocation first."""
        listed = [e for e in self.entries if e.revoked_at is not None]
        return sorted(listed, key=lambda e: e.revoked_at or e.not_before)


def build_crl(
    record: IssuedRecord,
    issuer_cert: x509.Certificate,
    issuer_key: Any,
    *,
    days: int = DEFAULT_CRL_DAYS,
    now: dt.datetime | None = None,
) -> x509.CertificateRevocationList:
    """A CRL signed by the CA listing every revoked entry; bumps ``record.crl_number``.

    thisUpdate is now, nextUpdate ``days`` later; entries carry their reason (except
    ``unspecified``, which RFC 5280 §5.3.1 says to leave out).
    """
    if days < 1:
        raise IdentityError(_("a CRL must be valid for at least one day (--days)"))
    moment = (now or dt.datetime.now(dt.UTC)).replace(microsecond=0)
    record.crl_number += 1
    builder = (
        x509.CertificateRevocationListBuilder()
        .issuer_name(issuer_cert.subject)
        .last_update(moment)
        .next_update(moment + dt.timedelta(days=days))
        .add_extension(x509.CRLNumber(record.crl_number), critical=False)
        .add_extension(
            x509.AuthorityKeyIdentifier.from_issuer_public_key(issuer_key.public_key()),
            critical=False,
        )
    )
    for entry in record.revoked:
        assert entry.revoked_at is not None
        revoked = (
            x509.RevokedCertificateBuilder()
            .serial_number(entry.serial)
            .revocation_date(entry.revoked_at)
        )
        flag = REVOCATION_REASONS.get(entry.reason or "unspecified")
        if flag is not None and flag is not x509.ReasonFlags.unspecified:
            revoked = revoked.add_extension(x509.CRLReason(flag), critical=False)
        builder = builder.add_revoked_certificate(revoked.build())
    return builder.sign(issuer_key, hashes.SHA256())


def crl_der(crl: x509.CertificateRevocationList) -> bytes:
    """``crl`` DER-encoded, as CRL files and PDFs' DSS carry it."""
    return crl.public_bytes(serialization.Encoding.DER)


def check_not_revoked(chain: list[x509.Certificate], crls: list[bytes]) -> None:
    """Refuse (CertificateNotUsable) when a CRL given lists the signer's certificate.

    Only CRLs signed by the certificate's own issuer count, whether or not the certificate
    names a distribution point: a network's CRL speaks for every certificate its CA issued.
    """
    cert = chain[0]
    issuers = [c for c in chain[1:] if c.subject == cert.issuer]
    for der in crls:
        crl = x509.load_der_x509_crl(der)
        if crl.issuer != cert.issuer:
            continue
        if not any(_signed_by(crl, issuer) for issuer in issuers):
            continue
        entry = crl.get_revoked_certificate_by_serial_number(cert.serial_number)
        if entry is not None:
            raise CertificateNotUsable(
                _(
                    "the certificate of {subject} was revoked on {time} UTC (per the CRL "
                    "given); it cannot sign; ask the network for a new identity",
                    subject=cert.subject.rfc4514_string(),
                    time=f"{entry.revocation_date_utc:%Y-%m-%d %H:%M}",
                )
            )


def _signed_by(crl: x509.CertificateRevocationList, issuer: x509.Certificate) -> bool:
    key: Any = issuer.public_key()  # a CA key of a kind that cannot sign CRLs just fails
    try:
        return crl.is_signature_valid(key)
    except (TypeError, ValueError):
        return False
