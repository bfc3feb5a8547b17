"""Whom the verifier trusts: anchors, extra intermediates, pinned certificate fingerprints.

A signer is trusted when their certificate chains to an anchor (through the intermediates given
here or embedded in the signature), judged at a given moment, or when its SHA-256 fingerprint is
pinned (the register pins the certificate it recorded for a signatory). The store also carries
the revocation policy of a run: CRL files the user gave, whether the network may be asked
(``online``), whether an unknown revocation status withholds trust (``require_revocation``), and
whether the signer's claimed signing time is believed (``trust_claimed_time``; off by default:
without a trusted timestamp a signer is judged at the time of verification, ETSI EN 319 102-1).
"""

from __future__ import annotations

import hashlib
import os
import re
import threading
from collections import OrderedDict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from asn1crypto import pem, x509

from agreement_studio.errors import InputError
from agreement_studio.i18n import translatable

_ = translatable(__name__)

__all__ = ["TrustJudgement", "TrustStore", "configured_anchor_files"]

_CACHE_SIZE = 512
_FINGERPRINT_RE = re.compile(r"[0-9a-f]{64}")


@dataclass(frozen=True)
class TrustJudgement:
    """Whether a certificate was trusted at a moment, how, and if not, why."""

    trusted: bool
    via: str
    anchor: str | None = None
    problem: str | None = None
    path: tuple[x509.Certificate, ...] = ()
    """The chain from the certificate judged up to and including the anchor (empty if none)."""


def fingerprint(cert: x509.Certificate) -> str:
    """The SHA-256 fingerprint of a certificate, lowercase hex without separators."""
    return hashlib.sha256(cert.dump()).hexdigest()


def common_name(name: x509.Name) -> str:
    """A short human name for an X.509 name: its CN, else its organisation, else all of it."""
    native = name.native
    for key in ("common_name", "organization_name"):
        value = native.get(key)
        if value:
            short: str = value[-1] if isinstance(value, list) else str(value)
            return short
    friendly: str = name.human_friendly
    return friendly


def normalise_fingerprint(text: str) -> str:
    """``AB:CD:...`` or ``abcd...`` as 64 lowercase hex digits; :class:`InputError` if not."""
    cleaned = re.sub(r"[\s:]", "", text).lower()
    if not _FINGERPRINT_RE.fullmatch(cleaned):
        raise InputError(
            _("not a SHA-256 fingerprint: {text} (expected 64 hex digits)", text=repr(text))
        )
    return cleaned


class TrustStore:
    """Trust anchors, intermediates and pinned fingerprints; cheap to pickle to workers.

    Certificates may be given as DER bytes, asn1crypto or ``cryptography`` certificates.
    """

    def __init__(
        self,
        anchors: Iterable[Any] = (),
        intermediates: Iterable[Any] = (),
        pinned: Iterable[str] = (),
        *,
        crls: Iterable[Any] = (),
        online: bool = False,
        require_revocation: bool = False,
        trust_claimed_time: bool = False,
    ) -> None:
        self._anchor_der = tuple(_der(c) for c in anchors)
        self._intermediate_der = tuple(_der(c) for c in intermediates)
        self.pinned = frozenset(normalise_fingerprint(p) for p in pinned)
        self.crls = tuple(_crl_der(c) for c in crls)
        """CRLs the user gave (DER), used beside those the file carries."""
        self.online = online
        """Whether CRL distribution points and OCSP responders may be asked over HTTP."""
        self.require_revocation = require_revocation
        """Whether a trusted signer whose revocation status is unknown is *not* trusted."""
        self.trust_claimed_time = trust_claimed_time
        """Whether to judge a signer without a trusted timestamp at the time they claim."""
        self._parsed: tuple[list[x509.Certificate], list[x509.Certificate]] | None = None
        self.identity = self._identity()

    def _identity(self) -> str:
        parts = (
            *self._anchor_der,
            b"|",
            *self._intermediate_der,
            b"|",
            *(p.encode() for p in sorted(self.pinned)),
        )
        return hashlib.sha256(b"".join(parts)).hexdigest()

    @classmethod
    def from_files(
        cls,
        anchors: Iterable[str | os.PathLike[str]] = (),
        intermediates: Iterable[str | os.PathLike[str]] = (),
        pinned: Iterable[str] = (),
        *,
        crls: Iterable[str | os.PathLike[str]] = (),
        online: bool = False,
        require_revocation: bool = False,
        trust_claimed_time: bool = False,
    ) -> TrustStore:
        """Read anchors, intermediates (PEM or DER; a PEM file may hold several) and CRL files."""
        return cls(
            [c for path in anchors for c in read_certificates(path)],
            [c for path in intermediates for c in read_certificates(path)],
            pinned,
            crls=[c for path in crls for c in read_crls(path)],
            online=online,
            require_revocation=require_revocation,
            trust_claimed_time=trust_claimed_time,
        )

    def __getstate__(self) -> dict[str, Any]:
        return {
            "a": self._anchor_der,
            "i": self._intermediate_der,
            "p": self.pinned,
            "id": self.identity,
            "c": self.crls,
            "policy": (self.online, self.require_revocation, self.trust_claimed_time),
        }

    def __setstate__(self, state: dict[str, Any]) -> None:
        self._anchor_der, self._intermediate_der = state["a"], state["i"]
        self.pinned, self.identity, self._parsed = state["p"], state["id"], None
        self.crls = state.get("c", ())
        self.online, self.require_revocation, self.trust_claimed_time = state.get(
            "policy", (False, False, False)
        )

    @property
    def anchors(self) -> list[x509.Certificate]:
        """The trust anchors."""
        return self._certs()[0]

    @property
    def intermediates(self) -> list[x509.Certificate]:
        """Extra intermediate certificates for building chains."""
        return self._certs()[1]

    def _certs(self) -> tuple[list[x509.Certificate], list[x509.Certificate]]:
        if self._parsed is None:
            self._parsed = (
                [x509.Certificate.load(d) for d in self._anchor_der],
                [x509.Certificate.load(d) for d in self._intermediate_der],
            )
        return self._parsed

    def judge(
        self,
        cert: x509.Certificate,
        others: Iterable[x509.Certificate],
        moment: datetime,
        purpose: str = "signing",
    ) -> TrustJudgement:
        """Whether ``cert`` was trusted at ``moment`` for ``purpose`` (signing, timestamping)."""
        try:
            return self._judge(cert, others, moment, purpose)
        except Exception as error:  # damaged certificates surprise the path validator
            return TrustJudgement(
                False,
                "none",
                problem=_(
                    "the certificate could not be checked ({kind})", kind=type(error).__name__
                ),
            )

    def _judge(
        self,
        cert: x509.Certificate,
        others: Iterable[x509.Certificate],
        moment: datetime,
        purpose: str,
    ) -> TrustJudgement:
        if fingerprint(cert) in self.pinned:
            if cert.not_valid_before <= moment <= cert.not_valid_after:
                # the issuer, when at hand, lets revocation be checked for a pinned signer too
                from agreement_studio.verification.paths import find_issuer

                issuer = find_issuer(cert, [*self.anchors, *self.intermediates, *others])
                path = (cert, issuer) if issuer is not None else (cert,)
                return TrustJudgement(True, "pinned", common_name(cert.subject), path=path)
            return TrustJudgement(
                False, "none", problem=_("the pinned certificate was not valid at that time")
            )
        if not self._anchor_der:
            return TrustJudgement(False, "none", problem=_("no trust anchors were given"))
        others = list(others)
        key = (
            self.identity,
            fingerprint(cert),
            moment.replace(microsecond=0),
            purpose,
            tuple(sorted(fingerprint(c) for c in others)),
        )
        found = _CACHE.get(key)
        if found is None:
            found = _validate(self, cert, others, moment, purpose)
            _CACHE.put(key, found)
        return found


def configured_anchor_files() -> list[Path]:
    """Trust anchors the user keeps in ``<settings folder>/trust-anchors`` (PEM or DER)."""
    from agreement_studio.paths import user_config_dir

    folder = user_config_dir() / "trust-anchors"
    if not folder.is_dir():
        return []
    return sorted(
        p
        for p in folder.iterdir()
        if p.is_file() and p.suffix.lower() in (".pem", ".crt", ".cer", ".der")
    )


def _der(cert: Any) -> bytes:
    """DER bytes of an asn1crypto or a ``cryptography`` certificate, or of DER bytes."""
    der: bytes
    if isinstance(cert, x509.Certificate):
        der = cert.dump()
    elif hasattr(cert, "public_bytes"):  # cryptography.x509.Certificate
        from cryptography.hazmat.primitives.serialization import Encoding

        der = cert.public_bytes(Encoding.DER)
    else:
        der = bytes(cert)
    return der


def _crl_der(crl: Any) -> bytes:
    """DER bytes of a ``cryptography`` CRL, or of PEM or DER bytes."""
    if hasattr(crl, "public_bytes"):
        from cryptography.hazmat.primitives.serialization import Encoding

        der: bytes = crl.public_bytes(Encoding.DER)
        return der
    data = bytes(crl)
    if pem.detect(data):
        unarmored: bytes = next(der for kind, _, der in pem.unarmor(data, multiple=True))
        return unarmored
    return data


def read_crls(path: str | os.PathLike[str]) -> list[bytes]:
    """The DER CRLs in a PEM or DER file; :class:`InputError` if there are none or it is damaged."""
    from cryptography import x509 as cx509

    try:
        data = Path(path).read_bytes()
    except OSError as error:
        raise InputError(
            _("cannot read the CRL file {path}: {why}", path=path, why=error.strerror or str(error))
        ) from None
    try:
        if pem.detect(data):
            ders = [
                der
                for kind, _headers, der in pem.unarmor(data, multiple=True)
                if kind == "X509 CRL"
            ]
        else:
            ders = [data]
        for der in ders:
            cx509.load_der_x509_crl(der)
    except ValueError as error:
        raise InputError(
            _("{path} is not a PEM or DER CRL file ({error})", path=path, error=error)
        ) from None
    if not ders:
        raise InputError(_("{path} holds no CRL", path=path))
    return ders


def read_certificates(path: str | os.PathLike[str]) -> list[bytes]:
    """The DER certificates in a PEM or DER file; :class:`InputError` if there are none."""
    try:
        data = Path(path).read_bytes()
    except OSError as error:
        raise InputError(
            _(
                "cannot read the certificate file {path}: {why}",
                path=path,
                why=error.strerror or str(error),
            )
        ) from None
    try:
        if pem.detect(data):
            ders = [
                der
                for kind, _headers, der in pem.unarmor(data, multiple=True)
                if kind == "CERTIFICATE"
            ]
        else:
            ders = [data]
        for der in ders:
            x509.Certificate.load(der).native  # noqa: B018 - reject damaged files here
    except (ValueError, TypeError, KeyError) as error:
        raise InputError(
            _("{path} is not a PEM or DER certificate file ({error})", path=path, error=error)
        ) from None
    if not ders:
        raise InputError(_("{path} holds no certificate", path=path))
    return ders


class _Lru:
    def __init__(self, size: int) -> None:
        self._items: OrderedDict[object, TrustJudgement] = OrderedDict()
        self._size = size
        self._lock = threading.Lock()

    def get(self, key: object) -> TrustJudgement | None:
        """The cached judgement, if any (and mark it recently used)."""
        with self._lock:
            found = self._items.get(key)
            if found is not None:
                self._items.move_to_end(key)
            return found

    def put(self, key: object, value: TrustJudgement) -> None:
        """Remember a judgement, forgetting the least recently used beyond the size."""
        with self._lock:
            self._items[key] = value
            while len(self._items) > self._size:
                self._items.popitem(last=False)


_CACHE = _Lru(_CACHE_SIZE)


def _validate(
    store: TrustStore,
    cert: x509.Certificate,
    others: list[x509.Certificate],
    moment: datetime,
    purpose: str,
) -> TrustJudgement:
    from agreement_studio.verification.paths import PathError, validate_path
    from agreement_studio.verification.report import reason_of

    try:
        path = validate_path(cert, store.intermediates + others, store.anchors, moment, purpose)
    except PathError as error:
        return TrustJudgement(False, "none", problem=reason_of(error))
    return TrustJudgement(True, "anchor", common_name(path[-1].subject), path=path)
