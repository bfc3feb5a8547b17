"""Certificates and keys for signing identities, with ``cryptography`` only (no pyHanko).

What a signatory's certificate says about them, how a new key and certificate are made, and how
they are kept in a PKCS#12 file. The subject follows ETSI EN 319 412-1 for the organisation:
``organizationIdentifier`` (2.5.4.97) holds ``NTRFI-<Business ID>``.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, rsa
from cryptography.hazmat.primitives.serialization import pkcs12
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

from agreement_studio.errors import CertificateNotUsable, IdentityError
from agreement_studio.i18n import translatable

_ = translatable(__name__)

PrivateKey = ec.EllipticCurvePrivateKey | rsa.RSAPrivateKey

# OWASP's 2023 figure for PBKDF2-HMAC-SHA256; opening a file costs ~0.15 s, once per process.
PKCS12_KDF_ROUNDS = 600_000
END_ENTITY_YEARS = 3
CA_YEARS = 10
# Certificates start a little in the past so that a clock a few minutes slow still accepts them.
_BACKDATE = dt.timedelta(minutes=5)
# id-kp-documentSigning (RFC 9336): the certificate is for signing documents.
DOCUMENT_SIGNING = x509.ObjectIdentifier("1.3.6.1.5.5.7.3.36")


def normalise_business_id(value: str) -> str:
    """A Finnish Business ID as ``1234567-1`` (the ``NTRFI-`` form accepted too).

    The rules are the agreement layer's; a broken ID raises IdentityError with its message.
    """
    from agreement_studio.agreement import business_id_problem

    text = value.strip()
    text = text[len("NTRFI-") :] if text.upper().startswith("NTRFI-") else text
    problem = business_id_problem(text)
    if problem is not None:
        raise IdentityError(_("the Business ID is not valid: {why}", why=problem.message))
    return text


@dataclass(frozen=True)
class Subject:
    """Who a certificate names: the signatory and their organisation."""

    name: str
    """The person's name (commonName)."""
    org: str
    """The organisation (organizationName)."""
    email: str | None = None
    """E-mail address (emailAddress in the subject and rfc822Name in the SAN)."""
    business_id: str | None = None
    """The organisation's Finnish Business ID, normalised like ``1234567-1``."""

    @classmethod
    def checked(
        cls, *, name: str, org: str, email: str | None = None, business_id: str | None = None
    ) -> Subject:
        """A subject from user input, trimmed and checked."""
        name, org = (name or "").strip(), (org or "").strip()
        if not name:
            raise IdentityError(_("a name is needed for the certificate"))
        if not org:
            raise IdentityError(_("an organisation is needed for the certificate"))
        email = (email or "").strip() or None
        if email is not None and not re.fullmatch(r"[^@\s]+@[^@\s]+\.[^@\s]+", email):
            raise IdentityError(_("{email} is not an e-mail address", email=repr(email)))
        bid = normalise_business_id(business_id) if business_id and business_id.strip() else None
        return cls(name=name, org=org, email=email, business_id=bid)

    def x509_name(self) -> x509.Name:
        """The subject as an X.509 name."""
        attributes = [
            x509.NameAttribute(NameOID.COMMON_NAME, self.name),
            x509.NameAttribute(NameOID.ORGANIZATION_NAME, self.org),
        ]
        if self.business_id:
            attributes.append(
                x509.NameAttribute(NameOID.ORGANIZATION_IDENTIFIER, f"NTRFI-{self.business_id}")
            )
        if self.email:
            attributes.append(x509.NameAttribute(NameOID.EMAIL_ADDRESS, self.email))
        return x509.Name(attributes)


def _first(name: x509.Name, oid: x509.ObjectIdentifier) -> str | None:
    values = name.get_attributes_for_oid(oid)
    value = values[0].value if values else None
    return value if isinstance(value, str) else None


def subject_of(cert: x509.Certificate) -> Subject:
    """What ``cert`` says about its subject (missing parts are None or empty)."""
    name = cert.subject
    email = _first(name, NameOID.EMAIL_ADDRESS)
    if email is None:
        try:
            san = cert.extensions.get_extension_for_class(x509.SubjectAlternativeName)
            emails = san.value.get_values_for_type(x509.RFC822Name)
            email = emails[0] if emails else None
        except x509.ExtensionNotFound:
            pass
    org_id = _first(name, NameOID.ORGANIZATION_IDENTIFIER) or ""
    business_id = org_id[len("NTRFI-") :] if org_id.startswith("NTRFI-") else None
    return Subject(
        name=_first(name, NameOID.COMMON_NAME) or "",
        org=_first(name, NameOID.ORGANIZATION_NAME) or "",
        email=email,
        business_id=business_id,
    )


def new_key(*, rsa_key: bool = False) -> PrivateKey:
    """A new signing key: ECDSA P-256, or RSA 3072 when asked."""
    if rsa_key:
        return rsa.generate_private_key(public_exponent=65537, key_size=3072)
    return ec.generate_private_key(ec.SECP256R1())


def add_years(moment: dt.datetime, years: int) -> dt.datetime:
    """The same calendar moment ``years`` later (29 February becomes 28 February)."""
    try:
        return moment.replace(year=moment.year + years)
    except ValueError:
        return moment.replace(year=moment.year + years, day=28)


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(microsecond=0)


def build_end_entity(
    subject: Subject,
    key: PrivateKey,
    *,
    issuer_cert: x509.Certificate | None,
    issuer_key: PrivateKey | None,
    crl_url: str | None = None,
) -> x509.Certificate:
    """A signing certificate for ``key``: self-issued, or issued by a CA when one is given.

    Valid for three years but never beyond the issuer's own validity; key usage
    digitalSignature + nonRepudiation (critical); extended key usage id-kp-documentSigning
    (RFC 9336) and emailProtection, not critical: NSS (poppler's pdfsig, Firefox-family
    readers) checks a signer's certificate for e-mail signing use and refuses one whose
    extended key usage lacks emailProtection;
    a CRL distribution point when ``crl_url`` is given.
    """
    now = _now()
    not_after = add_years(now, END_ENTITY_YEARS)
    public_key = key.public_key()
    builder = x509.CertificateBuilder().subject_name(subject.x509_name()).public_key(public_key)
    if issuer_cert is None:
        issuer_name, signing_key, aki_source = subject.x509_name(), key, public_key
    else:
        assert issuer_key is not None
        issuer_name, signing_key = issuer_cert.subject, issuer_key
        aki_source = issuer_key.public_key()
        not_after = min(not_after, issuer_cert.not_valid_after_utc)
        if not_after <= now:
            raise CertificateNotUsable(_("the network CA has expired; create a new network CA"))
    builder = (
        builder.issuer_name(issuer_name)
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - _BACKDATE)
        .not_valid_after(not_after)
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(_signing_key_usage(), critical=True)
        .add_extension(
            x509.ExtendedKeyUsage([DOCUMENT_SIGNING, ExtendedKeyUsageOID.EMAIL_PROTECTION]),
            critical=False,
        )
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(public_key), critical=False)
        .add_extension(
            x509.AuthorityKeyIdentifier.from_issuer_public_key(aki_source), critical=False
        )
    )
    if subject.email:
        builder = builder.add_extension(
            x509.SubjectAlternativeName([x509.RFC822Name(subject.email)]), critical=False
        )
    if crl_url:
        builder = builder.add_extension(crl_distribution_point(crl_url), critical=False)
    return builder.sign(signing_key, hashes.SHA256())


def crl_distribution_point(url: str) -> x509.CRLDistributionPoints:
    """A CRL distribution point extension naming ``url`` (the CA's CRL, whole scope)."""
    point = x509.DistributionPoint(
        full_name=[x509.UniformResourceIdentifier(url)],
        relative_name=None,
        reasons=None,
        crl_issuer=None,
    )
    return x509.CRLDistributionPoints([point])


def build_ca(subject: Subject, key: PrivateKey) -> x509.Certificate:
    """A self-signed network root: CA:TRUE pathlen 0, keyCertSign + cRLSign, ten years."""
    now = _now()
    name = subject.x509_name()
    usage = x509.KeyUsage(
        digital_signature=False,
        content_commitment=False,
        key_encipherment=False,
        data_encipherment=False,
        key_agreement=False,
        key_cert_sign=True,
        crl_sign=True,
        encipher_only=False,
        decipher_only=False,
    )
    public_key = key.public_key()
    return (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(public_key)
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - _BACKDATE)
        .not_valid_after(add_years(now, CA_YEARS))
        .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
        .add_extension(usage, critical=True)
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(public_key), critical=False)
        .add_extension(
            x509.AuthorityKeyIdentifier.from_issuer_public_key(public_key), critical=False
        )
        .sign(key, hashes.SHA256())
    )


def _signing_key_usage() -> x509.KeyUsage:
    return x509.KeyUsage(
        digital_signature=True,
        content_commitment=True,
        key_encipherment=False,
        data_encipherment=False,
        key_agreement=False,
        key_cert_sign=False,
        crl_sign=False,
        encipher_only=False,
        decipher_only=False,
    )


def check_signing_certificate(cert: x509.Certificate, at: dt.datetime | None = None) -> None:
    """Raise CertificateNotUsable unless ``cert`` may sign at ``at`` (default: now)."""
    moment = at or dt.datetime.now(dt.UTC)
    who = _first(cert.subject, NameOID.COMMON_NAME) or cert.subject.rfc4514_string()
    if moment < cert.not_valid_before_utc:
        raise CertificateNotUsable(
            _(
                "the certificate of {who} is not valid yet (from {time} UTC); check the "
                "computer's clock",
                who=who,
                time=f"{cert.not_valid_before_utc:%Y-%m-%d %H:%M}",
            )
        )
    if moment > cert.not_valid_after_utc:
        raise CertificateNotUsable(
            _(
                "the certificate of {who} expired on {date}; get a new identity",
                who=who,
                date=f"{cert.not_valid_after_utc:%Y-%m-%d}",
            )
        )
    try:
        usage = cert.extensions.get_extension_for_class(x509.KeyUsage).value
    except x509.ExtensionNotFound:
        return
    if not (usage.digital_signature or usage.content_commitment):
        raise CertificateNotUsable(
            _(
                "the certificate of {who} is not for signing (its key usage allows neither "
                "digitalSignature nor nonRepudiation)",
                who=who,
            )
        )


def key_matches(key: PrivateKey, cert: x509.Certificate) -> bool:
    """Whether ``key`` is the private half of ``cert``'s public key."""
    raw = serialization.PublicFormat.SubjectPublicKeyInfo
    der = serialization.Encoding.DER
    return key.public_key().public_bytes(der, raw) == cert.public_key().public_bytes(der, raw)


def pkcs12_bytes(
    key: PrivateKey,
    cert: x509.Certificate,
    others: Sequence[x509.Certificate],
    password: str,
    *,
    friendly_name: str,
) -> bytes:
    """``key`` and certificates as a PKCS#12 file, AES-256-CBC / PBES2 / SHA-256 MAC."""
    if not password:
        raise IdentityError(_("a password is needed to protect the identity file"))
    encryption = (
        serialization.PrivateFormat.PKCS12.encryption_builder()
        .kdf_rounds(PKCS12_KDF_ROUNDS)
        .key_cert_algorithm(pkcs12.PBES.PBESv2SHA256AndAES256CBC)
        .hmac_hash(hashes.SHA256())
        .build(password.encode("utf-8"))
    )
    return pkcs12.serialize_key_and_certificates(
        friendly_name.encode("utf-8"), key, cert, list(others) or None, encryption
    )


def certificate_pem(cert: x509.Certificate) -> bytes:
    """``cert`` in PEM form."""
    return cert.public_bytes(serialization.Encoding.PEM)
