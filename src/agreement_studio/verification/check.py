"""The cryptographic part of checking one signature: CMS, timestamps, signer, trust time."""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta, timezone

from asn1crypto import x509

from agreement_studio.verification.cms import (
    ASN1_ERRORS,
    CmsError,
    SignerCheck,
    TimestampCheck,
    check_signer,
    check_timestamp_token,
    load_signed_data,
    signature_timestamp,
)
from agreement_studio.verification.trust import TrustJudgement, TrustStore, common_name, fingerprint

SUPPORTED = frozenset({"adbe.pkcs7.detached", "ETSI.CAdES.detached"})
TIMESTAMP_FORMAT = "ETSI.RFC3161"
TRUSTED_TIMESTAMP = "trusted timestamp"
CLAIMED_TIME = "time the signer claims"
VERIFICATION_TIME = "time of verification"
_CLOCK_SKEW = timedelta(minutes=10)  # a claimed time later than now + this is not believed
_PDF_DATE_RE = re.compile(
    r"D:(\d{4})(\d{2})?(\d{2})?(\d{2})?(\d{2})?(\d{2})?(?:([Zz+-])(\d{2})?'?(\d{2})?'?)?"
)


@dataclass
class CryptoResult:
    """What the cryptographic checks of one signature found."""

    digest_ok: bool = False
    signature_ok: bool = False
    problems: list[str] = field(default_factory=list)
    unsupported: str | None = None
    cert: x509.Certificate | None = None
    certs: list[x509.Certificate] = field(default_factory=list)
    claimed_time: datetime | None = None
    timestamp: TimestampCheck | None = None
    timestamp_trusted: bool = False
    timestamp_problem: str | None = None
    trust: TrustJudgement | None = None
    trust_time: datetime | None = None
    trust_basis: str | None = None


class ByteRangeDigest:
    """Digests of the bytes a ``/ByteRange`` covers, computed once per algorithm."""

    def __init__(self, data: bytes, byte_range: tuple[int, ...]) -> None:
        self._view = memoryview(data)
        self._range = byte_range
        self._done: dict[str, bytes] = {}

    def __call__(self, algorithm: str) -> bytes:
        if algorithm not in self._done:
            start1, length1, start2, length2 = self._range
            digest = hashlib.new(algorithm)
            digest.update(self._view[start1 : start1 + length1])
            digest.update(self._view[start2 : start2 + length2])
            self._done[algorithm] = digest.digest()
        return self._done[algorithm]


def check_crypto(
    contents: bytes, digest_of: ByteRangeDigest, sig: dict, trust: TrustStore, now: datetime
) -> CryptoResult:
    """Check the CMS in ``contents`` against the covered bytes, and judge its trust."""
    result = CryptoResult()
    subfilter = sig.get("SubFilter")
    timestamp = sig.get("Type") == "DocTimeStamp" or subfilter == TIMESTAMP_FORMAT
    if timestamp:
        return _check_document_timestamp(contents, digest_of, trust, result)
    if subfilter not in SUPPORTED:
        result.unsupported = f"the signature format /{subfilter} is not supported"
        return result
    try:
        signed_data = load_signed_data(contents)
        check = check_signer(signed_data, digest_of, "data")
    except CmsError as error:
        result.problems.append(f"the signature is not a valid CMS structure: {error}")
        return result
    _take(result, check)
    result.claimed_time = check.signing_time or pdf_date(sig.get("M"))
    token = signature_timestamp(check.signer_info)
    if token is not None:
        try:
            value = check.signer_info["signature"].native
            result.timestamp = check_timestamp_token(
                token, lambda name: hashlib.new(name, value).digest()
            )
        except ASN1_ERRORS:
            result.timestamp = TimestampCheck(False, problem="the timestamp token is damaged")
    if result.cert is not None:
        _judge(result, trust, now)
    return result


def _take(result: CryptoResult, check: SignerCheck) -> None:
    result.cert, result.certs = check.cert, check.certs
    result.digest_ok, result.signature_ok = check.digest_ok, check.signature_ok
    result.problems += check.problems
    if check.cert is not None and not check.digest_ok:
        result.problems.insert(0, "the document bytes do not match the signature (digest mismatch)")
    elif check.cert is not None and not check.signature_ok:
        result.problems.insert(
            0, "the signature value does not verify with the signer's certificate"
        )


def _check_document_timestamp(
    contents: bytes, digest_of: ByteRangeDigest, trust: TrustStore, result: CryptoResult
) -> CryptoResult:
    check = check_timestamp_token(contents, digest_of)
    result.timestamp = check
    result.cert, result.certs = check.cert, check.certs
    result.digest_ok = result.signature_ok = check.ok
    if not check.ok:
        result.problems.append(check.problem or "the document timestamp is not valid")
        return result
    result.claimed_time = check.time
    result.trust = trust.judge(check.cert, check.certs, check.time, "timestamping")
    result.trust_time, result.trust_basis = check.time, CLAIMED_TIME
    return result


def _judge(result: CryptoResult, trust: TrustStore, now: datetime) -> None:
    """Trust at the time of a trusted timestamp, else the claimed time, else now."""
    stamp = result.timestamp
    if stamp is not None and not stamp.ok:
        result.timestamp_problem = stamp.problem
    if stamp is not None and stamp.ok and stamp.cert is not None:
        stamp_trust = trust.judge(stamp.cert, stamp.certs, stamp.time, "timestamping")
        result.timestamp_trusted = stamp_trust.trusted
        if stamp_trust.trusted:
            result.trust_time, result.trust_basis = stamp.time, TRUSTED_TIMESTAMP
        else:
            result.timestamp_problem = (
                f"the timestamp authority is not trusted: {stamp_trust.problem}"
            )
    claimed = result.claimed_time
    if result.trust_time is None and claimed is not None and claimed <= now + _CLOCK_SKEW:
        result.trust_time, result.trust_basis = claimed, CLAIMED_TIME
    if result.trust_time is None:
        result.trust_time, result.trust_basis = now, VERIFICATION_TIME
    if not _usable_for_signing(result.cert):
        result.trust = TrustJudgement(
            False, "none", problem="the certificate is not meant for signing"
        )
        return
    result.trust = trust.judge(result.cert, result.certs, result.trust_time)


def _usable_for_signing(cert: x509.Certificate) -> bool:
    try:
        usage = cert.key_usage_value
    except ASN1_ERRORS:
        return False
    if usage is None:
        return True
    return bool({"digital_signature", "non_repudiation"} & set(usage.native))


def certificate_note(cert: x509.Certificate, moment: datetime | None, now: datetime) -> str | None:
    """Say when the certificate was not valid at ``moment``, or has expired since."""
    before, after = cert.not_valid_before, cert.not_valid_after
    if moment is not None and moment < before:
        return f"the certificate was not yet valid then (valid from {before:%Y-%m-%d})"
    if moment is not None and moment > after:
        return f"the certificate had already expired then (on {after:%Y-%m-%d})"
    if after < now:
        return f"the certificate has expired since, on {after:%Y-%m-%d}"
    return None


def signer_identity(cert: x509.Certificate) -> dict[str, str | None]:
    """Name, organisation, e-mail, fingerprint, issuer and validity of a certificate."""
    subject = cert.subject.native
    email = subject.get("email_address")
    if not email:
        try:
            email = (
                next(iter(cert.subject_alt_name_value.native), None)
                if cert.subject_alt_name_value
                else None
            )
        except ASN1_ERRORS:
            email = None
        email = email if isinstance(email, str) and "@" in email else None
    return {
        "signer": _one(subject.get("common_name")) or common_name(cert.subject),
        "organisation": _one(subject.get("organization_name")),
        "email": _one(email),
        "fingerprint_sha256": fingerprint(cert),
        "issuer": common_name(cert.issuer),
    }


def _one(value: object) -> str | None:
    if isinstance(value, list):
        value = value[-1] if value else None
    return str(value) if value else None


def pdf_date(value: object) -> datetime | None:
    """A PDF date string (``D:20261128140300+02'00'``) as an aware datetime, or ``None``."""
    if not isinstance(value, bytes):
        return None
    match = _PDF_DATE_RE.match(value.decode("latin-1"))
    if match is None:
        return None
    year, month, day, hour, minute, second, sign, tz_hour, tz_minute = match.groups()
    try:
        offset = timedelta(hours=int(tz_hour or 0), minutes=int(tz_minute or 0))
        zone = UTC if sign in (None, "Z", "z") else timezone(offset if sign == "+" else -offset)
        return datetime(
            int(year),
            int(month or 1),
            int(day or 1),
            int(hour or 0),
            int(minute or 0),
            int(second or 0),
            tzinfo=zone,
        )
    except ValueError:
        return None
