"""Certification paths: from a certificate up to a trust anchor, checked at a moment (RFC 5280 §6).

Written on ``cryptography`` alone (the verifier does not import pyHanko or its path validator,
whose import costs a second). A path is built by name and key identifier through the
intermediates at hand; every certificate on it must be within its validity period at the moment
judged and signed by the next one up; every issuer must be a CA (basicConstraints), allowed to
sign certificates (keyUsage keyCertSign) and within its path length; a critical extension this
module does not understand refuses the path. Certificate policies and name constraints are not
processed (a critical name constraint refuses the path rather than being ignored).
Revocation is checked separately (:mod:`.revocation`).
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator, Sequence
from datetime import datetime

from asn1crypto import x509
from cryptography import x509 as cx509
from cryptography.exceptions import InvalidSignature, UnsupportedAlgorithm

from agreement_studio.i18n import translatable

_ = translatable(__name__)

MAX_DEPTH = 8
MAX_CANDIDATE_PATHS = 64
MAX_POOL = 500  # certificates considered from a signature and the store (a real one has few)
# Extensions whose meaning is handled here or harmless to a verifier when critical.
_UNDERSTOOD = frozenset(
    {
        "basic_constraints",
        "key_usage",
        "extended_key_usage",
        "subject_alt_name",
        "issuer_alt_name",
        "certificate_policies",
        "policy_constraints",
        "inhibit_any_policy",
        "policy_mappings",
        "key_identifier",
        "authority_key_identifier",
        "crl_distribution_points",
        "authority_information_access",
        "ocsp_no_check",
    }
)
NOT_CHAINED = _("the certificate does not chain to a trusted root")
NOT_VALID_THEN = _("the certificate chain was not valid at that time")
SELF_SIGNED = _("the certificate is self-signed and not a trust anchor")


class PathError(Exception):
    """No acceptable path; the message says why (the best reason among the paths tried)."""


class _Cert:
    """A certificate in both libraries' forms (the second parsed when first needed)."""

    def __init__(self, cert: x509.Certificate) -> None:
        self.asn1 = cert
        self.der = cert.dump()
        self._crypto: cx509.Certificate | None = None

    @property
    def crypto(self) -> cx509.Certificate:
        if self._crypto is None:
            self._crypto = cx509.load_der_x509_certificate(self.der)
        return self._crypto

    @classmethod
    def of(cls, cert: x509.Certificate) -> _Cert:
        return cls(cert)


def validate_path(
    cert: x509.Certificate,
    others: Sequence[x509.Certificate],
    anchors: Sequence[x509.Certificate],
    moment: datetime,
    purpose: str = "signing",
) -> tuple[x509.Certificate, ...]:
    """The first acceptable path from ``cert`` to one of ``anchors`` (leaf first, anchor last).

    Raises :class:`PathError` when there is none, with the reason of the most promising path.
    """
    anchor_ders = {a.dump() for a in anchors}
    leaf = _Cert.of(cert)
    if cert.dump() in anchor_ders:
        return (cert,)  # the certificate itself is configured as trusted
    pool = _index([*others[:MAX_POOL], *anchors])
    reasons: list[str] = []
    for path in _candidate_paths(leaf, pool, anchor_ders):
        reason = _check(path, moment, purpose)
        if reason is None:
            return tuple(c.asn1 for c in path)
        reasons.append(reason)
    if reasons:
        raise PathError(_best(reasons))
    if cert.self_signed != "no":
        raise PathError(SELF_SIGNED)
    raise PathError(NOT_CHAINED)


def find_issuer(
    cert: x509.Certificate, candidates: Sequence[x509.Certificate]
) -> x509.Certificate | None:
    """The certificate among ``candidates`` whose key signed ``cert``, if any."""
    try:
        leaf = _Cert.of(cert)
    except ValueError:
        return None
    for issuer in _issuers_of(leaf, _index(candidates[:MAX_POOL])):
        try:
            leaf.crypto.verify_directly_issued_by(issuer.crypto)
        except (InvalidSignature, UnsupportedAlgorithm, ValueError, TypeError):
            continue
        return issuer.asn1
    return None


def _index(certs: Sequence[x509.Certificate]) -> dict[str, list[_Cert]]:
    """The certificates by subject (normalised as RFC 5280 compares names), each once."""
    seen: set[bytes] = set()
    index: dict[str, list[_Cert]] = {}
    for cert in certs:
        try:
            der = cert.dump()
            if der in seen:
                continue
            seen.add(der)
            index.setdefault(cert.subject.hashable, []).append(_Cert(cert))
        except (ValueError, TypeError, KeyError):
            continue  # a damaged certificate builds no path
    return index


def _best(reasons: list[str]) -> str:
    """A time problem says more than a missing link; otherwise the first reason."""
    for reason in reasons:
        if reason == NOT_VALID_THEN:
            return reason
    return reasons[0]


def _candidate_paths(
    leaf: _Cert, pool: dict[str, list[_Cert]], anchors: set[bytes]
) -> Iterator[list[_Cert]]:
    """Paths from ``leaf`` ending at an anchor, shortest first, at most a bounded number."""
    frontier = [[leaf]]
    found = 0
    for _ in range(MAX_DEPTH):
        grown: list[list[_Cert]] = []
        for path in frontier:
            for issuer in _issuers_of(path[-1], pool):
                if any(issuer.der == c.der for c in path):
                    continue
                candidate = [*path, issuer]
                if issuer.der in anchors:
                    found += 1
                    yield candidate
                    if found >= MAX_CANDIDATE_PATHS:
                        return
                elif issuer.asn1.self_signed == "no" and len(grown) < MAX_CANDIDATE_PATHS:
                    grown.append(candidate)
        frontier = grown
        if not frontier:
            return


def _issuers_of(cert: _Cert, pool: dict[str, list[_Cert]]) -> Iterator[_Cert]:
    wanted_key = cert.asn1.authority_key_identifier
    for candidate in pool.get(cert.asn1.issuer.hashable, ()):
        key = candidate.asn1.key_identifier
        if wanted_key and key and key != wanted_key:
            continue
        yield candidate


def _check(path: list[_Cert], moment: datetime, purpose: str) -> str | None:
    """Why ``path`` (leaf first, anchor last) is not acceptable at ``moment``, or ``None``."""
    for cert in path:
        if not cert.asn1.not_valid_before <= moment <= cert.asn1.not_valid_after:
            return NOT_VALID_THEN
    for index, (cert, issuer) in enumerate(itertools.pairwise(path)):
        try:
            cert.crypto.verify_directly_issued_by(issuer.crypto)
        except (InvalidSignature, UnsupportedAlgorithm, ValueError, TypeError):
            return _(
                "the certificate of '{name}' is not validly signed by its issuer", name=_name(cert)
            )
        problem = _issuer_problem(issuer, below=index)
        if problem:
            return problem
    for cert in path[:-1]:  # the anchor is trusted by configuration, its extensions too
        problem = _critical_problem(cert)
        if problem:
            return problem
    if purpose == "timestamping" and not _allows_time_stamping(path[0]):
        return _("the certificate is not for timestamping")
    return None


def _issuer_problem(issuer: _Cert, below: int) -> str | None:
    """An issuer must be a CA that may sign certificates, within its path length."""
    try:
        constraints = issuer.asn1.basic_constraints_value
        usage = issuer.asn1.key_usage_value
    except ValueError:
        return _("the certificate of '{name}' has damaged extensions", name=_name(issuer))
    if constraints is None or not constraints["ca"].native:
        return _("'{name}' is not a certification authority", name=_name(issuer))
    if usage is not None and "key_cert_sign" not in usage.native:
        return _("'{name}' may not sign certificates (key usage)", name=_name(issuer))
    limit = constraints["path_len_constraint"].native
    if limit is not None and below > limit:
        return _("the path is longer than '{name}' allows", name=_name(issuer))
    return None


def _critical_problem(cert: _Cert) -> str | None:
    for extension in cert.asn1["tbs_certificate"]["extensions"] or ():
        if not extension["critical"].native:
            continue
        name = extension["extn_id"].native
        if name not in _UNDERSTOOD:
            return _(
                "the certificate of '{name}' has a critical extension {extension} not processed",
                name=_name(cert),
                extension=name,
            )
    return None


def _allows_time_stamping(cert: _Cert) -> bool:
    try:
        usage = cert.asn1.extended_key_usage_value
    except ValueError:
        return False
    return usage is not None and "time_stamping" in usage.native


def _name(cert: _Cert) -> str:
    from agreement_studio.verification.trust import common_name

    return common_name(cert.asn1.subject)
