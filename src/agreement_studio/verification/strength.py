"""Whether keys and digests are strong enough to trust (ETSI TS 119 312, cryptographic suites).

A weak algorithm is a trust problem, not broken bytes: the verdict is ``untrusted`` with the
reason, never ``invalid``. The lines drawn here follow TS 119 312's tables of hash functions and
signature schemes: RSA moduli below 1900 bits, elliptic curves below 256 bits, DSA below 2048
bits, and the hash functions MD2, MD5, SHA-1 and RIPEMD-160 are not accepted for signatures.
(TS 119 312 also gives end dates, e.g. for RSA below 3000 bits; these are not applied: an
auditor here judges agreements signed by a network's own CA with 2048-bit and P-256 keys.)
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from asn1crypto import x509
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import dsa, ec, rsa

from agreement_studio.i18n import translatable

_ = translatable(__name__)

MIN_RSA_BITS = 1900
MIN_EC_BITS = 256
MIN_DSA_BITS = 2048
WEAK_HASHES = frozenset({"md2", "md4", "md5", "sha1", "ripemd160"})


def key_weakness(cert: x509.Certificate) -> str | None:
    """Why the public key of ``cert`` is too weak, or ``None``."""
    try:
        key = serialization.load_der_public_key(cert.public_key.dump())
    except ValueError:
        return None  # an unknown key type cannot verify anything; that is reported elsewhere
    if isinstance(key, rsa.RSAPublicKey) and key.key_size < MIN_RSA_BITS:
        return _(
            "RSA key of {bits} bits (at least {needed} needed)",
            bits=key.key_size,
            needed=MIN_RSA_BITS,
        )
    if isinstance(key, ec.EllipticCurvePublicKey) and key.curve.key_size < MIN_EC_BITS:
        return _(
            "elliptic-curve key of {bits} bits (at least {needed} needed)",
            bits=key.curve.key_size,
            needed=MIN_EC_BITS,
        )
    if isinstance(key, dsa.DSAPublicKey) and key.key_size < MIN_DSA_BITS:
        return _(
            "DSA key of {bits} bits (at least {needed} needed)",
            bits=key.key_size,
            needed=MIN_DSA_BITS,
        )
    return None


def hash_weakness(name: str | None) -> str | None:
    """Why the hash function ``name`` (e.g. ``sha1``) is too weak, or ``None``."""
    if name in WEAK_HASHES:
        return _("the hash function {name} is no longer secure", name=name.upper())
    return None


def _certificate_hash(cert: x509.Certificate) -> str | None:
    try:
        name: str | None = cert["signature_algorithm"].hash_algo
        return name
    except (ValueError, KeyError):
        return None  # EdDSA names no separate hash


def weakness(
    signer: x509.Certificate,
    digests: Iterable[str | None],
    chain: Sequence[x509.Certificate] = (),
    who: str = "the signer's",
) -> str | None:
    """The first reason the signature's algorithms are too weak to trust, or ``None``.

    ``digests`` are the hashes the signature uses (its digest algorithm and the one its signature
    algorithm names); ``chain`` runs from ``signer`` up to the anchor. The anchor's own
    self-signature is not judged (it is trusted by configuration), its key is.
    """
    found = key_weakness(signer)
    if found:
        if who == "the TSA's":
            return _("the TSA's {key}", key=found)
        return _("the signer's {key}", key=found)
    for name in digests:
        found = hash_weakness(name)
        if found:
            return _("{weakness} (used by the signature)", weakness=found)
    path = list(chain) or [signer]
    for index, cert in enumerate(path):
        is_anchor = index == len(path) - 1 and len(path) > 1
        if index:
            found = key_weakness(cert)
            if found:
                return _(
                    "the CA certificate '{name}' has a weak {key}", name=_name(cert), key=found
                )
        if not is_anchor and cert.self_signed == "no":
            found = hash_weakness(_certificate_hash(cert))
            if found:
                return _(
                    "{weakness} (used to sign the certificate of '{name}')",
                    weakness=found,
                    name=_name(cert),
                )
    return None


def _name(cert: x509.Certificate) -> str:
    from agreement_studio.verification.trust import common_name

    return common_name(cert.subject)
