"""Whether the certificates of a signer's chain were revoked: CRLs and OCSP responses.

Revocation data comes from what the file carries (the DSS's ``/CRLs``, ``/OCSPs`` and ``/Certs``,
its VRI entries, the CMS ``adbe-revocationInfoArchival`` attribute and the CMS ``crls``), from
CRL files the user gives, and from the network only when asked (CRL distribution points and
OCSP responders over HTTP). Every CRL and OCSP response is checked before it is believed: its
signature by the certificate's issuer (or, for OCSP, a responder the issuer delegated to), and
its validity window against the moment judged.

A status is judged at a moment ``T`` (the best signature time): *revoked* when revoked at or
before ``T``; *good* when data issued at or after ``T``, or valid through ``T`` (thisUpdate ..
nextUpdate), says so; revoked only after ``T`` counts as good with a note when ``T`` is proven
(a trusted timestamp); *unknown* otherwise. A chain is good only when every certificate below
the anchor is.
"""

from __future__ import annotations

import contextlib
import hashlib
import itertools
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, cast

from asn1crypto import x509 as asn1_x509
from cryptography import x509
from cryptography.exceptions import InvalidSignature, UnsupportedAlgorithm
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import dsa, ec, ed448, ed25519, padding, rsa
from cryptography.hazmat.primitives.serialization import Encoding
from cryptography.x509 import ocsp
from cryptography.x509.oid import ExtendedKeyUsageOID

if TYPE_CHECKING:
    from cryptography.hazmat.primitives.asymmetric.types import CertificateIssuerPublicKeyTypes

from agreement_studio.i18n import translatable
from agreement_studio.verification.dss import DssContents, dss_contents
from agreement_studio.verification.trust import common_name
from agreement_studio.verification.view import View

_ = translatable(__name__)

__all__ = [
    "DssContents",
    "RevocationData",
    "RevocationStatus",
    "check_chain",
    "dss_contents",
    "file_data",
]

GOOD, REVOKED, UNKNOWN, NOT_APPLICABLE = "good", "revoked", "unknown", "not-applicable"
FROM_DSS, FROM_CMS, GIVEN, ONLINE = "file (DSS)", "file (CMS)", "given CRL", "online"
_SKEW = timedelta(minutes=10)
_ONLINE_TIMEOUT = 10.0
_MAX_FETCH = 10 * 1024 * 1024
_DATA_ERRORS = (ValueError, TypeError, KeyError, IndexError, AttributeError)


@dataclass(frozen=True)
class RevocationStatus:
    """The revocation status of a chain at a moment, where it came from, and why."""

    status: str
    source: str | None = None
    revoked_at: datetime | None = None
    reason: str | None = None
    """The CRL reason code when revoked (``key_compromise``, ...), if given."""
    note: str | None = None
    """E.g. that the certificate was revoked *after* the proven signing time."""
    problem: str | None = None
    """Why the status is unknown, or what is revoked."""


@dataclass
class RevocationData:
    """CRLs and OCSP responses at hand, each with where it came from; extra certificates."""

    crls: list[tuple[x509.CertificateRevocationList, str]] = field(default_factory=list)
    ocsps: list[tuple[ocsp.OCSPResponse, str]] = field(default_factory=list)
    certs: list[bytes] = field(default_factory=list)
    online: bool = False
    _fetched: set[str] = field(default_factory=set)
    _signed: dict[tuple[int, bytes], bool] = field(default_factory=dict)
    """Whether a CRL (by identity) verifies with an issuer's key: each pair checked once."""

    def add_crl(self, der: bytes, source: str) -> None:
        """Add a DER CRL; damaged data is ignored (it proves nothing)."""
        with contextlib.suppress(*_DATA_ERRORS):
            self.crls.append((x509.load_der_x509_crl(bytes(der)), source))

    def add_ocsp(self, der: bytes, source: str) -> None:
        """Add a DER OCSP response (the full ``OCSPResponse``); damaged data is ignored."""
        try:
            response = ocsp.load_der_ocsp_response(bytes(der))
        except _DATA_ERRORS:
            return
        if response.response_status is ocsp.OCSPResponseStatus.SUCCESSFUL:
            self.ocsps.append((response, source))

    def extended(
        self, crls: Iterable[bytes], ocsps: Iterable[bytes], source: str
    ) -> RevocationData:
        """A copy with more CRLs and OCSP responses (the file's data stays shared)."""
        copy = RevocationData(list(self.crls), list(self.ocsps), self.certs, self.online)
        copy._fetched, copy._signed = self._fetched, self._signed
        for der in crls:
            copy.add_crl(der, source)
        for der in ocsps:
            copy.add_ocsp(der, source)
        return copy


def check_chain(
    path: Sequence[asn1_x509.Certificate],
    moment: datetime,
    proven: bool,
    data: RevocationData,
) -> RevocationStatus:
    """The revocation status of ``path`` (leaf first, anchor last) at ``moment``.

    ``proven`` says ``moment`` is established by a trusted timestamp, so a revocation after it
    does not touch the signature.
    """
    chain = [_load(c) for c in path]
    if len(chain) < 2:
        # a pinned certificate (no issuer known): nobody to ask
        return RevocationStatus(NOT_APPLICABLE)
    statuses = []
    for cert, issuer in itertools.pairwise(chain):
        status = _check_one(cert, issuer, moment, proven, data)
        if status.status == REVOKED:
            return status
        statuses.append(status)
    unknown = next((s for s in statuses if s.status == UNKNOWN), None)
    if unknown is not None:
        return unknown
    notes = [s.note for s in statuses if s.note]
    sources = list(dict.fromkeys(s.source for s in statuses if s.source))
    return RevocationStatus(GOOD, ", ".join(sources) or None, note=notes[0] if notes else None)


def _load(cert: asn1_x509.Certificate) -> x509.Certificate:
    return x509.load_der_x509_certificate(cert.dump())


def _check_one(
    cert: x509.Certificate,
    issuer: x509.Certificate,
    moment: datetime,
    proven: bool,
    data: RevocationData,
) -> RevocationStatus:
    name = common_name(asn1_x509.Name.load(cert.subject.public_bytes()))
    findings = _findings(cert, issuer, moment, data)
    if data.online and not any(f.status == GOOD or f.status == REVOKED for f in findings):
        _fetch(cert, issuer, data)
        findings = _findings(cert, issuer, moment, data)
    revoked = [f for f in findings if f.status == REVOKED]
    before = [f for f in revoked if f.revoked_at is None or f.revoked_at <= moment]
    if before:
        found = min(before, key=lambda f: f.revoked_at or moment)
        return RevocationStatus(
            REVOKED,
            found.source,
            found.revoked_at,
            found.reason,
            problem=_revoked_problem(name, found.revoked_at, found.reason),
        )
    good = [f for f in findings if f.status == GOOD]
    if revoked and proven:
        later = revoked[0]
        return RevocationStatus(
            GOOD,
            later.source,
            note=_(
                "the certificate of '{name}' was revoked since, on {date}, after the proven "
                "signing time",
                name=name,
                date=f"{later.revoked_at:%Y-%m-%d}",
            ),
        )
    if revoked:
        # revoked after the moment judged, but that moment is only a claim (or now)
        later = revoked[0]
        return RevocationStatus(
            REVOKED,
            later.source,
            later.revoked_at,
            later.reason,
            problem=_(
                "the certificate of '{name}' was revoked on {time} UTC, and no trusted "
                "timestamp proves the signature came before",
                name=name,
                time=f"{later.revoked_at:%Y-%m-%d %H:%M}",
            ),
        )
    if good:
        return RevocationStatus(GOOD, good[0].source)
    return RevocationStatus(
        UNKNOWN, problem=_("no current revocation data for the certificate of '{name}'", name=name)
    )


_REASONS = {
    "unspecified": _("unspecified"),
    "key_compromise": _("key compromise"),
    "ca_compromise": _("CA compromise"),
    "affiliation_changed": _("affiliation changed"),
    "superseded": _("superseded"),
    "cessation_of_operation": _("cessation of operation"),
    "certificate_hold": _("certificate hold"),
    "remove_from_crl": _("remove from CRL"),
    "privilege_withdrawn": _("privilege withdrawn"),
    "aa_compromise": _("AA compromise"),
}
"""The CRL reason codes (RFC 5280 §5.3.1) in words."""


def _revoked_problem(name: str, when: datetime | None, reason: str | None) -> str:
    """``the certificate of 'x' was revoked on 2026-01-02 10:00 UTC (key compromise)``."""
    why = _REASONS.get(reason, reason.replace("_", " ")) if reason else None
    if when is not None and why:
        return _(
            "the certificate of '{name}' was revoked on {time} UTC ({reason})",
            name=name,
            time=f"{when:%Y-%m-%d %H:%M}",
            reason=why,
        )
    if when is not None:
        return _(
            "the certificate of '{name}' was revoked on {time} UTC",
            name=name,
            time=f"{when:%Y-%m-%d %H:%M}",
        )
    if why:
        return _("the certificate of '{name}' was revoked ({reason})", name=name, reason=why)
    return _("the certificate of '{name}' was revoked", name=name)


@dataclass(frozen=True)
class _Finding:
    status: str
    source: str
    revoked_at: datetime | None = None
    reason: str | None = None


def _findings(
    cert: x509.Certificate, issuer: x509.Certificate, moment: datetime, data: RevocationData
) -> list[_Finding]:
    found = []
    for crl, source in data.crls:
        try:
            finding = _from_crl(crl, source, cert, issuer, moment, data)
        except (UnsupportedAlgorithm, *_DATA_ERRORS):
            continue
        if finding is not None:
            found.append(finding)
    for response, source in data.ocsps:
        try:
            finding = _from_ocsp(response, source, cert, issuer, moment, data)
        except (UnsupportedAlgorithm, InvalidSignature, *_DATA_ERRORS):
            continue  # a response that cannot be read proves nothing
        if finding is not None:
            found.append(finding)
    return found


def _current(this_update: datetime, next_update: datetime | None, moment: datetime) -> bool:
    """Whether data issued at ``this_update`` speaks for ``moment``: issued after it, or valid
    through it."""
    if this_update + _SKEW >= moment:
        return True
    return next_update is not None and this_update <= moment <= next_update + _SKEW


def _from_crl(
    crl: x509.CertificateRevocationList,
    source: str,
    cert: x509.Certificate,
    issuer: x509.Certificate,
    moment: datetime,
    data: RevocationData,
) -> _Finding | None:
    if crl.issuer != cert.issuer or crl.issuer != issuer.subject:
        return None
    try:
        key = (id(crl), issuer.fingerprint(hashes.SHA256()))
        if key not in data._signed:
            # any other kind of key makes the call raise TypeError, caught below
            public = cast("CertificateIssuerPublicKeyTypes", issuer.public_key())
            data._signed[key] = crl.is_signature_valid(public)
        if not data._signed[key]:
            return None
        entry = crl.get_revoked_certificate_by_serial_number(cert.serial_number)
    except (UnsupportedAlgorithm, TypeError, ValueError):
        return None
    if entry is not None:
        reason = _crl_reason(entry)
        if reason != "remove_from_crl":
            return _Finding(REVOKED, source, entry.revocation_date_utc, reason)
    if _complete_for(crl, cert) and _current(crl.last_update_utc, crl.next_update_utc, moment):
        return _Finding(GOOD, source)
    return None


def _complete_for(crl: x509.CertificateRevocationList, cert: x509.Certificate) -> bool:
    """Whether the CRL's absence of an entry means ``cert`` is not revoked: not a delta CRL,
    and not a CRL whose scope (issuing distribution point) leaves ``cert`` or a reason out."""
    try:
        extensions = crl.extensions
        if any(isinstance(e.value, x509.DeltaCRLIndicator) for e in extensions):
            return False
        scope = next(
            (e.value for e in extensions if isinstance(e.value, x509.IssuingDistributionPoint)),
            None,
        )
    except ValueError:
        return False
    if scope is None:
        return True
    if scope.only_some_reasons or scope.indirect_crl or scope.only_contains_attribute_certs:
        return False
    is_ca = _is_ca(cert)
    if (scope.only_contains_ca_certs and not is_ca) or (scope.only_contains_user_certs and is_ca):
        return False
    if scope.full_name:
        return bool(set(scope.full_name) & set(_distribution_names(cert)))
    return True


def _is_ca(cert: x509.Certificate) -> bool:
    try:
        return cert.extensions.get_extension_for_class(x509.BasicConstraints).value.ca
    except (x509.ExtensionNotFound, ValueError):
        return False


def _distribution_names(cert: x509.Certificate) -> list[x509.GeneralName]:
    try:
        points = cert.extensions.get_extension_for_class(x509.CRLDistributionPoints).value
    except (x509.ExtensionNotFound, ValueError):
        return []
    return [name for point in points for name in point.full_name or ()]


def _crl_reason(entry: x509.RevokedCertificate) -> str | None:
    try:
        value = entry.extensions.get_extension_for_class(x509.CRLReason).value
    except x509.ExtensionNotFound:
        return None
    except ValueError:
        return None
    return value.reason.name if value.reason is not x509.ReasonFlags.unspecified else None


def _from_ocsp(
    response: ocsp.OCSPResponse,
    source: str,
    cert: x509.Certificate,
    issuer: x509.Certificate,
    moment: datetime,
    data: RevocationData,
) -> _Finding | None:
    try:
        singles = list(response.responses)
    except _DATA_ERRORS:
        return None
    for single in singles:
        if single.serial_number != cert.serial_number or not _names_issuer(single, issuer):
            continue
        if not _ocsp_signed_for(response, issuer):
            return None
        status = single.certificate_status
        if status is ocsp.OCSPCertStatus.REVOKED:
            reason = single.revocation_reason
            return _Finding(
                REVOKED,
                source,
                single.revocation_time_utc,
                reason.name if reason and reason is not x509.ReasonFlags.unspecified else None,
            )
        if status is ocsp.OCSPCertStatus.GOOD and _current(
            single.this_update_utc, single.next_update_utc, moment
        ):
            return _Finding(GOOD, source)
        return None
    return None


def _names_issuer(single: ocsp.OCSPSingleResponse, issuer: x509.Certificate) -> bool:
    """Whether an OCSP single response's CertID names ``issuer`` (name and key hash)."""
    try:
        algorithm = single.hash_algorithm
        name_hash = _digest(algorithm.name, issuer.subject.public_bytes())
        key_hash = _digest(algorithm.name, _key_bits(issuer))
    except (UnsupportedAlgorithm, ValueError):
        return False
    return single.issuer_name_hash == name_hash and single.issuer_key_hash == key_hash


def _digest(name: str, data: bytes) -> bytes:
    return hashlib.new(name.replace("-", "_"), data).digest()


def _key_bits(cert: x509.Certificate) -> bytes:
    """The subjectPublicKey BIT STRING's value (what OCSP key hashes cover)."""
    info = asn1_x509.Certificate.load(cert.public_bytes(_DER))["tbs_certificate"]
    bits: bytes = info["subject_public_key_info"]["public_key"].contents[1:]
    return bits


def _ocsp_signed_for(response: ocsp.OCSPResponse, issuer: x509.Certificate) -> bool:
    """Whether the response is signed by ``issuer`` or by a responder it delegated to."""
    message, signature = response.tbs_response_bytes, response.signature
    algorithm = response.signature_hash_algorithm
    if _responder_is(response, issuer) and verify(issuer, signature, message, algorithm):
        return True
    for responder in response.certificates:
        if not _responder_is(response, responder):
            continue
        if not _delegated_by(responder, issuer):
            continue
        produced = response.produced_at_utc
        if not responder.not_valid_before_utc <= produced <= responder.not_valid_after_utc:
            continue  # a delegated responder speaks only while its certificate is valid
        if verify(responder, signature, message, algorithm):
            return True
    return False


def _responder_is(response: ocsp.OCSPResponse, cert: x509.Certificate) -> bool:
    if response.responder_name is not None:
        return response.responder_name == cert.subject
    key_hash = response.responder_key_hash
    return key_hash is not None and key_hash == hashlib.sha1(_key_bits(cert)).digest()


def _delegated_by(responder: x509.Certificate, issuer: x509.Certificate) -> bool:
    """An OCSP responder certificate issued by ``issuer`` for OCSP signing (RFC 6960 §4.2.2.2)."""
    try:
        responder.verify_directly_issued_by(issuer)
        usage = responder.extensions.get_extension_for_class(x509.ExtendedKeyUsage).value
    except (ValueError, TypeError, InvalidSignature, x509.ExtensionNotFound):
        return False
    return ExtendedKeyUsageOID.OCSP_SIGNING in usage


def verify(
    cert: x509.Certificate,
    signature: bytes,
    message: bytes,
    algorithm: hashes.HashAlgorithm | None,
) -> bool:
    """Whether ``signature`` over ``message`` verifies with ``cert``'s key."""
    key = cert.public_key()
    try:
        if isinstance(key, rsa.RSAPublicKey) and algorithm is not None:
            key.verify(signature, message, padding.PKCS1v15(), algorithm)
        elif isinstance(key, ec.EllipticCurvePublicKey) and algorithm is not None:
            key.verify(signature, message, ec.ECDSA(algorithm))
        elif isinstance(key, dsa.DSAPublicKey) and algorithm is not None:
            key.verify(signature, message, algorithm)
        elif isinstance(key, ed25519.Ed25519PublicKey | ed448.Ed448PublicKey):
            key.verify(signature, message)
        else:
            return False
    except (InvalidSignature, UnsupportedAlgorithm, TypeError, ValueError):
        return False
    return True


def _fetch(cert: x509.Certificate, issuer: x509.Certificate, data: RevocationData) -> None:
    """Ask the certificate's OCSP responder and CRL distribution points (HTTP only)."""
    for url in _ocsp_urls(cert):
        if url in data._fetched:
            continue
        data._fetched.add(url)
        request = (
            ocsp.OCSPRequestBuilder()
            .add_certificate(cert, issuer, hashes.SHA1())  # RFC 5019: CertIDs use SHA-1
            .build()
            .public_bytes(_DER)
        )
        body = _http(url, request, "application/ocsp-request")
        if body is not None:
            data.add_ocsp(body, ONLINE)
    for url in _crl_urls(cert):
        if url in data._fetched:
            continue
        data._fetched.add(url)
        body = _http(url)
        if body is not None:
            data.add_crl(body, ONLINE)


def _ocsp_urls(cert: x509.Certificate) -> list[str]:
    try:
        access = cert.extensions.get_extension_for_class(x509.AuthorityInformationAccess).value
    except (x509.ExtensionNotFound, ValueError):
        return []
    return [
        d.access_location.value
        for d in access
        if d.access_method == x509.oid.AuthorityInformationAccessOID.OCSP
        and isinstance(d.access_location, x509.UniformResourceIdentifier)
        and d.access_location.value.startswith("http://")
    ]


def _crl_urls(cert: x509.Certificate) -> list[str]:
    try:
        points = cert.extensions.get_extension_for_class(x509.CRLDistributionPoints).value
    except (x509.ExtensionNotFound, ValueError):
        return []
    return [
        name.value
        for point in points
        for name in point.full_name or ()
        if isinstance(name, x509.UniformResourceIdentifier) and name.value.startswith("http://")
    ]


def _http(url: str, body: bytes | None = None, kind: str | None = None) -> bytes | None:
    """GET (or POST ``body``) ``url``; ``None`` on any failure (the status stays unknown)."""
    import urllib.request

    request = urllib.request.Request(url, data=body, method="POST" if body else "GET")
    if kind:
        request.add_header("Content-Type", kind)
    try:
        with urllib.request.urlopen(request, timeout=_ONLINE_TIMEOUT) as reply:
            answer: bytes = reply.read(_MAX_FETCH)
            return answer
    except (OSError, ValueError):
        return None


def file_data(view: View) -> RevocationData:
    """The revocation data of the final revision's DSS."""
    contents = dss_contents(view)
    data = RevocationData(certs=list(contents.certs))
    for der in contents.crls:
        data.add_crl(der, FROM_DSS)
    for der in contents.ocsps:
        data.add_ocsp(der, FROM_DSS)
    return data


_DER = Encoding.DER
