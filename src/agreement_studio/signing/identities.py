"""Signing identities: a certificate and the means to sign with its key.

:class:`Identity` is the base; backends differ in where the key lives, as pyHanko's ``Signer``
does with ``SimpleSigner`` and ``PKCS11Signer``:

- :class:`FileIdentity`: the key in memory, from a PKCS#12 file (:func:`load_pkcs12`), a new
  self-issued identity (:func:`create_identity`) or one issued by a network CA (``ca.py``);
- ``TokenIdentity`` (``pkcs11.py``): the key on a hardware token.

Nothing here imports pyHanko until :meth:`Identity.signer` is called.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import hmac
import os
import secrets
import threading
from collections import OrderedDict
from pathlib import Path
from typing import Any

from cryptography import x509
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.serialization import pkcs12

from agreement_studio.errors import CertificateNotUsable, IdentityError, WrongPassword
from agreement_studio.fileio import write_atomic
from agreement_studio.i18n import translatable
from agreement_studio.signing import certificates as certs

_ = translatable(__name__)

__all__ = [
    "FileIdentity",
    "Identity",
    "check_signing_purpose",
    "clear_identity_cache",
    "create_identity",
    "load_pkcs12",
    "pkcs12_apart",
]


class Identity:
    """A signatory's certificate, its issuers, and a way to sign with its key."""

    def __init__(self, certificate: x509.Certificate, issuers: list[x509.Certificate]) -> None:
        self.certificate = certificate
        self.chain: list[x509.Certificate] = [certificate, *issuers]
        """The signer's certificate first, then its issuers (empty beyond it when self-issued)."""
        self._subject = certs.subject_of(certificate)
        self._signer: Any = None
        self._signer_lock = threading.Lock()

    @property
    def subject_name(self) -> str:
        """The signatory's name (the certificate's commonName)."""
        return self._subject.name

    @property
    def organisation(self) -> str:
        """The signatory's organisation (organizationName)."""
        return self._subject.org

    @property
    def email(self) -> str | None:
        """The signatory's e-mail address, if the certificate has one."""
        return self._subject.email

    @property
    def business_id(self) -> str | None:
        """The organisation's Finnish Business ID (from organizationIdentifier NTRFI-…)."""
        return self._subject.business_id

    @property
    def fingerprint_sha256(self) -> str:
        """SHA-256 of the certificate (lowercase hex), as the register records it."""
        return self.certificate.fingerprint(hashes.SHA256()).hex()

    @property
    def issuer_name(self) -> str:
        """The issuer's name, RFC 4514 form."""
        return self.certificate.issuer.rfc4514_string()

    @property
    def self_issued(self) -> bool:
        """Whether the certificate is its own issuer."""
        return self.certificate.issuer == self.certificate.subject

    @property
    def not_valid_before(self) -> dt.datetime:
        """Start of the certificate's validity (UTC)."""
        return self.certificate.not_valid_before_utc

    @property
    def not_valid_after(self) -> dt.datetime:
        """End of the certificate's validity (UTC)."""
        return self.certificate.not_valid_after_utc

    def check_usable(self, at: dt.datetime | None = None) -> None:
        """Raise CertificateNotUsable unless the certificate may sign now (or at ``at``)."""
        check_signing_purpose(self.certificate)
        certs.check_signing_certificate(self.certificate, at)

    def signer(self) -> Any:
        """The pyHanko ``Signer`` for this identity (made once, then reused)."""
        with self._signer_lock:
            if self._signer is None:
                self._signer = self._make_signer()
            return self._signer

    def _make_signer(self) -> Any:
        raise NotImplementedError

    def describe(self) -> dict[str, Any]:
        """A plain summary for display and JSON output (no key material)."""
        return {
            "name": self.subject_name,
            "organisation": self.organisation,
            "email": self.email,
            "business_id": self.business_id,
            "subject": self.certificate.subject.rfc4514_string(),
            "issuer": self.issuer_name,
            "self_issued": self.self_issued,
            "serial_number": format(self.certificate.serial_number, "x"),
            "not_valid_before": self.not_valid_before.isoformat(),
            "not_valid_after": self.not_valid_after.isoformat(),
            "fingerprint_sha256": self.fingerprint_sha256,
            "key": _key_description(self.certificate),
            "chain": [c.subject.rfc4514_string() for c in self.chain[1:]],
        }

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {self.subject_name!r} ({self.organisation})>"


class FileIdentity(Identity):
    """An identity whose private key is in memory (from a PKCS#12 file or just made)."""

    def __init__(
        self, key: certs.PrivateKey, certificate: x509.Certificate, issuers: list[x509.Certificate]
    ) -> None:
        if not certs.key_matches(key, certificate):
            raise IdentityError(_("the private key does not belong to the certificate"))
        super().__init__(certificate, issuers)
        self._key = key

    def pkcs12_bytes(self, password: str) -> bytes:
        """This identity as an encrypted PKCS#12 file's content."""
        return certs.pkcs12_bytes(
            self._key, self.certificate, self.chain[1:], password, friendly_name=self.subject_name
        )

    def save_pkcs12(
        self, path: str | os.PathLike[str], password: str, *, apart: bool = False
    ) -> Path:
        """Write this identity to ``path`` (mode 0600, atomically), encrypted with ``password``.

        ``apart`` encrypts in another process (:func:`pkcs12_apart`), for a window's worker.
        """
        data = pkcs12_apart([(self, password)])[0] if apart else self.pkcs12_bytes(password)
        return write_atomic(path, data, mode=0o600)

    def _job(self, password: str) -> tuple[bytes, bytes, list[bytes], str, str]:
        from cryptography.hazmat.primitives import serialization

        key = self._key.private_bytes(
            serialization.Encoding.DER,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
        der = serialization.Encoding.DER
        issuers = [c.public_bytes(der) for c in self.chain[1:]]
        return key, self.certificate.public_bytes(der), issuers, password, self.subject_name

    def _make_signer(self) -> Any:
        from agreement_studio.signing.cms_signer import KeySigner

        return KeySigner(self._key, self.chain)


def pkcs12_apart(items: list[tuple[FileIdentity, str]]) -> list[bytes]:
    """Each identity as an encrypted PKCS#12 file's content (with its password), made in one
    separate process.

    The 600 000 key-derivation rounds take a fifth of a second or more per file and hold
    Python's global lock all along, so a worker *thread* doing them still freezes a window's
    event loop. A worker thread that calls this waits on a pipe instead, which releases the
    lock. The keys cross to the child over that pipe (never through a file).
    """
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    jobs = [identity._job(password) for identity, password in items]
    # spawn: safe beside the window's threads, and leaves the verifier's fork server alone
    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(
        max_workers=1, mp_context=context, initializer=_yield_to_the_window
    ) as pool:
        return list(pool.map(_pkcs12_job, jobs))


def _yield_to_the_window() -> None:
    """In the child: a lower priority, so that the window's thread gets the processor first."""
    if hasattr(os, "nice"):
        with contextlib.suppress(OSError):
            os.nice(10)


def _pkcs12_job(job: tuple[bytes, bytes, list[bytes], str, str]) -> bytes:
    """In the child: rebuild the key and certificates, and encrypt them."""
    from cryptography.hazmat.primitives import serialization

    key_der, cert_der, issuer_ders, password, name = job
    key = serialization.load_der_private_key(key_der, None)
    if not isinstance(key, certs.PrivateKey):
        raise IdentityError(_("the key is of a kind that cannot sign PDFs here"))
    return certs.pkcs12_bytes(
        key,
        x509.load_der_x509_certificate(cert_der),
        [x509.load_der_x509_certificate(d) for d in issuer_ders],
        password,
        friendly_name=name,
    )


def check_signing_purpose(certificate: x509.Certificate, source: object = None) -> None:
    """Raise CertificateNotUsable unless the certificate is a signatory's, whatever its dates.

    A certificate authority's certificate (basicConstraints CA) issues identities and signs no
    agreement; a certificate whose key usage allows neither digitalSignature nor
    nonRepudiation is for something else. ``source`` (a file) is named in the message.
    """
    from agreement_studio.signing.certificate_info import describe

    info = describe(certificate)
    name = repr(info.name)
    # Whole sentences (a window shows them on a line of their own, after its own sentence).
    if info.is_ca and source is not None:
        what = _(
            "{source} holds the certificate of the certificate authority (CA) {name}, not a "
            "signing identity. A CA issues identities to signatories but signs no agreement "
            "itself; use an identity it issued.",
            source=source,
            name=name,
        )
    elif info.is_ca:
        what = _(
            "This is the certificate of the certificate authority (CA) {name}, not a signing "
            "identity. A CA issues identities to signatories but signs no agreement itself; "
            "use an identity it issued.",
            name=name,
        )
    elif info.signs_documents:
        return
    elif source is not None:
        what = _(
            "{source} holds a certificate of {name} that is not for signing: its key usage "
            "allows neither digitalSignature nor nonRepudiation.",
            source=source,
            name=name,
        )
    else:
        what = _(
            "The certificate of {name} is not for signing: its key usage allows neither "
            "digitalSignature nor nonRepudiation.",
            name=name,
        )
    raise CertificateNotUsable(what)


def create_identity(
    *,
    name: str,
    org: str,
    email: str | None = None,
    business_id: str | None = None,
    rsa: bool = False,
) -> FileIdentity:
    """A new self-issued identity: a new key (ECDSA P-256, or RSA 3072) and its certificate."""
    subject = certs.Subject.checked(name=name, org=org, email=email, business_id=business_id)
    key = certs.new_key(rsa_key=rsa)
    cert = certs.build_end_entity(subject, key, issuer_cert=None, issuer_key=None)
    return FileIdentity(key, cert, [])


def read_pkcs12(
    path: str | os.PathLike[str], password: str, *, what: str = "identity file"
) -> tuple[certs.PrivateKey, x509.Certificate, list[x509.Certificate]]:
    """Open a PKCS#12 file: its key, its certificate and the other certificates in it.

    Raises WrongPassword when the password does not open it and IdentityError when it is not a
    usable PKCS#12 file. The password never appears in a message.
    """
    try:
        data = Path(path).read_bytes()
    except OSError as error:
        raise IdentityError(
            _(
                "cannot read the {what} {path}: {why}",
                what=_file_kind(what),
                path=path,
                why=error.strerror or str(error),
            )
        ) from None
    return _decrypt_pkcs12(data, password, path, what)


def _file_kind(what: str) -> str:
    return {"identity file": _("identity file"), "CA file": _("CA file")}.get(what, what)


def _decrypt_pkcs12(
    data: bytes, password: str, path: str | os.PathLike[str], what: str
) -> tuple[certs.PrivateKey, x509.Certificate, list[x509.Certificate]]:
    attempts: list[bytes | None] = [password.encode("utf-8")]
    if not password:
        attempts.append(None)  # files made without any password at all
    for attempt in attempts:
        try:
            loaded = pkcs12.load_pkcs12(data, attempt)
            break
        except ValueError:
            continue
    else:
        if not _looks_like_pkcs12(data):
            raise IdentityError(
                _("{path} is not a PKCS#12 {what} (.p12/.pfx)", path=path, what=_file_kind(what))
            ) from None
        raise WrongPassword(
            _("the password does not open the {what} {path}", what=_file_kind(what), path=path)
        ) from None
    if loaded.key is None or loaded.cert is None:
        raise IdentityError(
            _(
                "the {what} {path} has no private key and certificate in it",
                what=_file_kind(what),
                path=path,
            )
        )
    key = loaded.key
    if not isinstance(key, certs.PrivateKey):
        raise IdentityError(
            _(
                "the key in {path} is of a kind that cannot sign PDFs here (use ECDSA or RSA)",
                path=path,
            )
        )
    return key, loaded.cert.certificate, [c.certificate for c in loaded.additional_certs]


def _looks_like_pkcs12(data: bytes) -> bool:
    """Whether ``data`` parses as a PKCS#12 PFX structure (so a failure means the password)."""
    from asn1crypto import pkcs12 as asn1_pkcs12

    try:
        pfx = asn1_pkcs12.Pfx.load(data)
        return pfx["version"].native == "v3" and pfx["auth_safe"]["content_type"].native in (
            "data",
            "signed_data",
        )
    except Exception:  # asn1crypto raises many types for garbage input
        return False


# Loaded identities, so that signing many PDFs in one process pays the PKCS#12 key derivation
# (about 0.15 s) once. A hit needs the same file content and the same password; the password is
# kept only as an HMAC under a key that lives and dies with this process.
_CACHE_SIZE = 8
_cache: OrderedDict[tuple[str, str], tuple[bytes, FileIdentity]] = OrderedDict()
_cache_lock = threading.Lock()
_cache_key = secrets.token_bytes(32)


def _password_tag(password: str) -> bytes:
    return hmac.new(_cache_key, password.encode("utf-8"), hashlib.sha256).digest()


def load_pkcs12(path: str | os.PathLike[str], password: str, *, check: bool = True) -> FileIdentity:
    """Open a PKCS#12 identity file (.p12/.pfx).

    With ``check`` (the default) the certificate must be valid now and allowed to sign
    (CertificateNotUsable otherwise). Repeated loads of an unchanged file with the same password
    in one process return the same identity without decrypting again.
    """
    try:
        data = Path(path).read_bytes()
    except OSError as error:
        raise IdentityError(
            _(
                "cannot read the {what} {path}: {why}",
                what=_file_kind("identity file"),
                path=path,
                why=error.strerror or str(error),
            )
        ) from None
    slot = (str(Path(path).resolve()), hashlib.sha256(data).hexdigest())
    tag = _password_tag(password)
    with _cache_lock:
        hit = _cache.get(slot)
        if hit is not None and hmac.compare_digest(hit[0], tag):
            _cache.move_to_end(slot)
            identity = hit[1]
        else:
            identity = None
    if identity is None:
        key, cert, others = _decrypt_pkcs12(data, password, path, "identity file")
        identity = FileIdentity(key, cert, issuer_path(cert, others))
        with _cache_lock:
            _cache[slot] = (tag, identity)
            while len(_cache) > _CACHE_SIZE:
                _cache.popitem(last=False)
    if check:
        identity.check_usable()
    return identity


def clear_identity_cache() -> None:
    """Forget every identity loaded in this process (e.g. when the user locks the app)."""
    with _cache_lock:
        _cache.clear()


def issuer_path(cert: x509.Certificate, pool: list[x509.Certificate]) -> list[x509.Certificate]:
    """The certificates in ``pool`` that lead from ``cert``'s issuer upwards, nearest first."""
    path: list[x509.Certificate] = []
    current = cert
    while current.issuer != current.subject:
        issuer = next(
            (c for c in pool if c.subject == current.issuer and c != cert and c not in path), None
        )
        if issuer is None:
            break
        path.append(issuer)
        current = issuer
    return path


def _key_description(cert: x509.Certificate) -> str:
    from cryptography.hazmat.primitives.asymmetric import ec, rsa

    public = cert.public_key()
    if isinstance(public, ec.EllipticCurvePublicKey):
        return f"ECDSA {public.curve.name}"
    if isinstance(public, rsa.RSAPublicKey):
        return f"RSA {public.key_size}"
    return type(public).__name__
