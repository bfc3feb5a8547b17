"""The cryptographic part of checking one signature: CMS, timestamps, signer, trust time."""

from __future__ import annotations

import hmac
import re
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime, timedelta, timezone
from typing import Any

from asn1crypto import cms, x509

from agreement_studio.i18n import translatable
from agreement_studio.verification.cms import (
    ASN1_ERRORS,
    CmsError,
    SignerCheck,
    TimestampCheck,
    check_signer,
    check_timestamp_token,
    digest_bytes,
    finish_hash,
    load_signed_data,
    new_hash,
    signature_timestamp,
)
from agreement_studio.verification.revocation import (
    FROM_CMS,
    NOT_APPLICABLE,
    REVOKED,
    UNKNOWN,
    RevocationData,
    RevocationStatus,
    check_chain,
)
from agreement_studio.verification.strength import weakness
from agreement_studio.verification.trust import TrustJudgement, TrustStore, common_name, fingerprint

_ = translatable(__name__)

SUPPORTED = frozenset({"adbe.pkcs7.detached", "ETSI.CAdES.detached", "adbe.pkcs7.sha1"})
# ISO 32000-1 §12.8.3.3.1: the CMS encapsulates the SHA-1 digest of the covered bytes and signs
# that (deprecated in ISO 32000-2, still found in old files: SHA-1 makes it weak, not broken).
ENCAPSULATED_SHA1 = "adbe.pkcs7.sha1"
TIMESTAMP_FORMAT = "ETSI.RFC3161"
TRUSTED_TIMESTAMP = "trusted timestamp"
DOCUMENT_TIMESTAMP = "trusted document timestamp"
CLAIMED_TIME = "time the signer claims"
VERIFICATION_TIME = "time of verification"
_CLOCK_SKEW = timedelta(minutes=10)  # a claimed time later than now + this is not believed
_PDF_DATE_RE = re.compile(
    r"D:(\d{4})(\d{2})?(\d{2})?(\d{2})?(\d{2})?(\d{2})?(?:([Zz+-])(\d{2})?'?(\d{2})?'?)?"
)


@dataclass(frozen=True)
class Proof:
    """A trusted document timestamp that covers a signature: proof it existed by ``time``."""

    time: datetime
    revision: int


@dataclass
class TrustContext:
    """What trust is judged with besides the store: the time of verification, the earliest
    trusted document timestamp covering the signature, and the file's revocation data."""

    now: datetime
    proof: Proof | None = None
    revocation: RevocationData | None = None


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
    proven: bool = False
    """Whether ``trust_time`` is proven by a trusted timestamp (not a claim, not now)."""
    revocation: RevocationStatus | None = None
    weak: str | None = None
    has_ess_v2: bool = False
    """Whether the CMS has the signing-certificate-v2 attribute (PAdES baseline B-B)."""
    pades_level: str | None = None
    long_term: tuple[str, ...] = ()


class ByteRangeDigest:
    """Digests of the bytes a ``/ByteRange`` covers, computed once per algorithm."""

    def __init__(self, data: bytes, byte_range: tuple[int, ...]) -> None:
        self._view = memoryview(data)
        self._range = byte_range
        self._done: dict[str, bytes] = {}

    def __call__(self, algorithm: str) -> bytes:
        if algorithm not in self._done:
            start1, length1, start2, length2 = self._range
            state = new_hash(algorithm)
            state.update(self._view[start1 : start1 + length1])
            state.update(self._view[start2 : start2 + length2])
            self._done[algorithm] = finish_hash(algorithm, state)
        return self._done[algorithm]


def check_crypto(
    contents: bytes,
    digest_of: ByteRangeDigest,
    sig: dict[str, Any],
    trust: TrustStore,
    context: TrustContext | datetime,
) -> CryptoResult:
    """Check the CMS in ``contents`` against the covered bytes, and judge its trust."""
    if isinstance(context, datetime):
        context = TrustContext(context)
    result = CryptoResult()
    subfilter = sig.get("SubFilter")
    timestamp = sig.get("Type") == "DocTimeStamp" or subfilter == TIMESTAMP_FORMAT
    if timestamp:
        return _check_document_timestamp(contents, digest_of, trust, context, result)
    if subfilter not in SUPPORTED:
        result.unsupported = _(
            "the signature format /{subfilter} is not supported", subfilter=subfilter
        )
        return result
    try:
        signed_data = load_signed_data(contents)
        if subfilter == ENCAPSULATED_SHA1:
            check = _check_encapsulated_sha1(signed_data, digest_of)
        else:
            check = check_signer(signed_data, digest_of, "data")
    except CmsError as error:
        result.problems.append(
            _("the signature is not a valid CMS structure: {error}", error=error)
        )
        return result
    _take(result, check)
    result.claimed_time = check.signing_time or pdf_date(sig.get("M"))
    token = signature_timestamp(check.signer_info)
    if token is not None and check.signer_info is not None:  # a token comes from signer info
        try:
            value = check.signer_info["signature"].native
            result.timestamp = check_timestamp_token(token, lambda name: digest_bytes(name, value))
        except ASN1_ERRORS:
            result.timestamp = TimestampCheck(False, problem=_("the timestamp token is damaged"))
    if result.cert is not None:
        data = _with_cms_revocation(context.revocation, signed_data, check)
        _place_in_time(result, trust, context, data)
        digests: tuple[str | None, ...] = (check.digest_algorithm, check.signature_algorithm)
        if subfilter == ENCAPSULATED_SHA1:
            digests += ("sha1",)  # the document itself is digested with SHA-1
        _judge(result, trust, context, data, digests, "signing")
    return result


def _check_encapsulated_sha1(
    signed_data: cms.SignedData, digest_of: ByteRangeDigest
) -> SignerCheck:
    """``adbe.pkcs7.sha1``: the eContent must be the SHA-1 digest of the covered bytes, and the
    signer signs that eContent."""
    try:
        content = signed_data["encap_content_info"]["content"]
        inner = content.native if content is not None else None
    except ASN1_ERRORS:
        inner = None
    if not isinstance(inner, bytes):
        raise CmsError(_("an adbe.pkcs7.sha1 signature must carry the document's SHA-1 digest"))
    check = check_signer(
        signed_data, lambda name: digest_bytes(name, inner), "data", detached=False
    )
    if not hmac.compare_digest(inner, digest_of("sha1")):
        check.digest_ok = False
    return check


def _take(result: CryptoResult, check: SignerCheck) -> None:
    result.cert, result.certs = check.cert, check.certs
    result.digest_ok, result.signature_ok = check.digest_ok, check.signature_ok
    result.has_ess_v2 = check.has_ess_v2
    result.problems += check.problems
    if check.unsupported:
        # Nothing was compared, so nothing is known broken: the file cannot be judged (error,
        # as for an unsupported /SubFilter), not invalid.
        unsupported = [p for p in check.problems if p.endswith("is not supported")]
        result.unsupported = unsupported[0] if unsupported else _("an algorithm is not supported")
        result.problems = [p for p in result.problems if p not in unsupported]
        return
    if check.cert is not None and not check.digest_ok:
        result.problems.insert(
            0, _("the document bytes do not match the signature (digest mismatch)")
        )
    elif check.cert is not None and not check.signature_ok:
        result.problems.insert(
            0, _("the signature value does not verify with the signer's certificate")
        )


def _with_cms_revocation(
    data: RevocationData | None, signed_data: cms.SignedData, check: SignerCheck
) -> RevocationData:
    """The file's revocation data plus what this CMS carries (its ``crls`` and Adobe's
    revocation archival attribute)."""
    data = data or RevocationData()
    crls, ocsps = check.archived_revocation
    try:
        listed = signed_data["crls"]
        crls = crls + [c.chosen.dump() for c in listed if c.name == "crl"] if listed else crls
    except ASN1_ERRORS:
        pass
    if not (crls or ocsps):
        return data
    return data.extended(crls, ocsps, FROM_CMS)


def _check_document_timestamp(
    contents: bytes,
    digest_of: ByteRangeDigest,
    trust: TrustStore,
    context: TrustContext,
    result: CryptoResult,
) -> CryptoResult:
    check = check_timestamp_token(contents, digest_of)
    result.timestamp = check
    result.cert, result.certs = check.cert, check.certs
    result.digest_ok = result.signature_ok = check.ok
    if not check.ok:
        result.problems.append(check.problem or _("the document timestamp is not valid"))
        return result
    result.claimed_time = check.time
    # The time a timestamp states is believed only when its authority is trusted at a time
    # proven for the timestamp itself: a later document timestamp, else now.
    if context.proof is not None:
        result.trust_time, result.trust_basis = context.proof.time, DOCUMENT_TIMESTAMP
        result.proven = True
    else:
        result.trust_time, result.trust_basis = context.now, VERIFICATION_TIME
    data = context.revocation or RevocationData()
    _judge(result, trust, context, data, check.digest_algorithms, "timestamping")
    return result


def _place_in_time(
    result: CryptoResult, trust: TrustStore, context: TrustContext, data: RevocationData
) -> None:
    """The best signature time (ETSI EN 319 102-1): the signature's own trusted timestamp, else
    the earliest trusted document timestamp covering it, else now. The signer's claimed time is
    a claim, believed only under the ``trust_claimed_time`` policy."""
    stamp = result.timestamp
    if stamp is not None and not stamp.ok:
        result.timestamp_problem = stamp.problem
    if stamp is not None and stamp.ok and stamp.cert is not None:
        moment = context.proof.time if context.proof else context.now
        stamp_trust = trust.judge(stamp.cert, stamp.certs, moment, "timestamping")
        weak = weakness(stamp.cert, stamp.digest_algorithms, stamp_trust.path, "the TSA's")
        if stamp_trust.trusted and weak is None:
            # a TSA revoked before the moment it is judged at stamps nothing
            status = check_chain(stamp_trust.path, moment, context.proof is not None, data)
            if status.status == REVOKED:
                stamp_trust = replace(stamp_trust, trusted=False, problem=status.problem)
        if stamp_trust.trusted and weak is None:
            result.timestamp_trusted = True
            result.trust_time, result.trust_basis = stamp.time, TRUSTED_TIMESTAMP
            result.proven = True
            return
        result.timestamp_problem = _(
            "the timestamp authority is not trusted: {why}", why=stamp_trust.problem or weak
        )
    if context.proof is not None:
        result.trust_time, result.trust_basis = context.proof.time, DOCUMENT_TIMESTAMP
        result.proven = True
        return
    claimed = result.claimed_time
    if trust.trust_claimed_time and claimed is not None and claimed <= context.now + _CLOCK_SKEW:
        result.trust_time, result.trust_basis = claimed, CLAIMED_TIME
        return
    result.trust_time, result.trust_basis = context.now, VERIFICATION_TIME


def _judge(
    result: CryptoResult,
    trust: TrustStore,
    context: TrustContext,
    data: RevocationData,
    digests: tuple[str | None, ...],
    purpose: str,
) -> None:
    """Suitability, chain, strength and revocation, each able to withhold trust."""
    cert, moment = result.cert, result.trust_time or context.now
    unsuitable = signing_certificate_problem(cert, purpose)
    if unsuitable:
        result.trust = TrustJudgement(False, "none", problem=unsuitable)
        return
    judgement = trust.judge(cert, result.certs + _extra_certs(data), moment, purpose)
    result.weak = weakness(cert, digests, judgement.path)
    if result.weak:
        judgement = replace(judgement, trusted=False, problem=_("too weak: {why}", why=result.weak))
    if not judgement.trusted:
        result.trust = judgement
        result.revocation = RevocationStatus(NOT_APPLICABLE)
        return
    status = check_chain(judgement.path, moment, result.proven, data)
    result.revocation = status
    if status.status == REVOKED:
        judgement = replace(judgement, trusted=False, problem=status.problem)
    elif status.status == UNKNOWN and trust.require_revocation:
        judgement = replace(
            judgement,
            trusted=False,
            problem=_(
                "the revocation status is unknown ({why}), and the policy requires it",
                why=status.problem,
            ),
        )
    result.trust = judgement


def _extra_certs(data: RevocationData) -> list[x509.Certificate]:
    """Certificates from the DSS, for building chains (they only help find issuers)."""
    found = []
    for der in data.certs:
        try:
            found.append(x509.Certificate.load(der))
        except ASN1_ERRORS:
            continue
    return found


# EKUs that allow signing documents; a certificate without an EKU extension may sign anything.
_DOCUMENT_EKUS = frozenset(
    {
        "email_protection",
        "any_extended_key_usage",
        "1.2.840.113583.1.1.5",  # Adobe Authentic Documents Trust
        "1.3.6.1.4.1.311.10.3.12",  # Microsoft document signing
        "1.3.6.1.5.5.7.3.36",  # id-kp-documentSigning (RFC 9336)
        "1.3.6.1.5.5.7.3.4",  # email protection, dotted
        "2.5.29.37.0",  # any extended key usage, dotted
    }
)


def signing_certificate_problem(cert: x509.Certificate, purpose: str = "signing") -> str | None:
    """Why ``cert`` is not a certificate to sign documents with (or timestamps), or ``None``.

    A CA certificate (basicConstraints CA:TRUE) signs certificates, not documents; a key usage
    extension must allow digitalSignature or nonRepudiation; an extended key usage, when
    present, must allow document signing (for a timestamp: time stamping).
    """
    try:
        constraints = cert.basic_constraints_value
        usage = cert.key_usage_value
        extended = cert.extended_key_usage_value
    except ASN1_ERRORS:
        return _("the certificate's extensions are damaged")
    if constraints is not None and constraints["ca"].native:
        return _("not a signing certificate: it is a CA certificate")
    if usage is not None and not {"digital_signature", "non_repudiation"} & set(usage.native):
        return _("not a signing certificate: its key usage does not allow signatures")
    if extended is None:
        return None
    names = {item.native for item in extended} | {item.dotted for item in extended}
    if purpose == "timestamping":
        return None if "time_stamping" in names else _("not a timestamping certificate")
    if names & _DOCUMENT_EKUS:
        return None
    return _("not a signing certificate: its extended key usage does not allow signing documents")


def certificate_note(cert: x509.Certificate, moment: datetime | None, now: datetime) -> str | None:
    """Say when the certificate was not valid at ``moment``, or has expired since."""
    before, after = cert.not_valid_before, cert.not_valid_after
    if moment is not None and moment < before:
        return _(
            "the certificate was not yet valid then (valid from {date})", date=f"{before:%Y-%m-%d}"
        )
    if moment is not None and moment > after:
        return _("the certificate had already expired then (on {date})", date=f"{after:%Y-%m-%d}")
    if after < now:
        return _("the certificate has expired since, on {date}", date=f"{after:%Y-%m-%d}")
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
