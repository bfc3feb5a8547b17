"""pyHanko signers for our identities, with the per-identity CMS work done once.

pyHanko builds every CMS signature from scratch with asn1crypto: the signing-certificate-v2
attribute, the signer identifier and the algorithm identifiers are re-encoded for each
signature, which costs more than hashing the PDF and signing with the key together (around
15 ms per signature). They do not change between signatures by the same identity, so
:class:`PadesCmsCache` encodes them once and hands pyHanko parsed copies of the cached DER.
Anything unusual (other digests, CAdES extras, non-PDF use) goes down pyHanko's own path.

This module imports pyHanko; it is imported only when a signature is actually made.
"""

from __future__ import annotations

import functools
import hashlib
from typing import Any

from asn1crypto import algos, cms
from asn1crypto import x509 as asn1_x509
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, padding, rsa
from pyhanko.sign import general
from pyhanko.sign.general import as_signing_certificate_v2
from pyhanko.sign.signers.pdf_cms import PdfCMSSignedAttributes, Signer
from pyhanko_certvalidator.registry import SimpleCertificateStore

DIGEST = "sha256"


def to_asn1(cert: x509.Certificate) -> asn1_x509.Certificate:
    """A ``cryptography`` certificate as the asn1crypto object pyHanko works with."""
    return asn1_x509.Certificate.load(cert.public_bytes(serialization.Encoding.DER))


class PadesCmsCache:
    """Mixin for pyHanko signers: cached DER for the parts of a PAdES CMS that never change.

    Put it before pyHanko's ``Signer`` subclass in the bases; it overrides the public hooks
    ``signed_attrs`` and ``signer_info`` and falls back to pyHanko for any other case.
    """

    _static_der: dict[str, bytes] | None = None
    _reserve: int | None = None

    def _static(self) -> dict[str, bytes]:
        if self._static_der is None:
            cert = self.signing_cert  # type: ignore[attr-defined]  # a mixin: the pyHanko Signer it is mixed into has it
            scv2 = simple_cms_attribute("signing_certificate_v2", as_signing_certificate_v2(cert))
            sid = cms.SignerIdentifier(
                {
                    "issuer_and_serial_number": cms.IssuerAndSerialNumber(
                        {"issuer": cert.issuer, "serial_number": cert.serial_number}
                    )
                }
            )
            mechanism = self.get_signature_mechanism_for_digest(DIGEST)  # type: ignore[attr-defined]  # a mixin: the pyHanko Signer it is mixed into has it
            self._static_der = {
                "content_type": simple_cms_attribute("content_type", "data").dump(),
                "signing_certificate_v2": scv2.dump(),
                "sid": sid.dump(),
                "digest_algorithm": algos.DigestAlgorithm({"algorithm": DIGEST}).dump(),
                "signature_algorithm": mechanism.dump(),
            }
        return self._static_der

    def _cacheable(self, digest_algorithm: str) -> bool:
        return digest_algorithm == DIGEST and self.signature_mechanism is None  # type: ignore[attr-defined]  # a mixin: the pyHanko Signer it is mixed into has it

    async def signed_attrs(
        self,
        data_digest: bytes,
        digest_algorithm: str,
        attr_settings: PdfCMSSignedAttributes | None = None,
        content_type: str = "data",
        use_pades: bool = False,
        timestamper: Any = None,
        dry_run: bool = False,
        is_pdf_sig: bool = True,
    ) -> cms.CMSAttributes:
        """PAdES signed attributes: content type, message digest, signing certificate v2."""
        plain = attr_settings is None or attr_settings.cades_signed_attrs is None
        if not (
            use_pades
            and is_pdf_sig
            and plain
            and content_type == "data"
            and self._cacheable(digest_algorithm)
        ):
            return await super().signed_attrs(  # type: ignore[misc]  # a mixin: super() is the pyHanko Signer
                data_digest,
                digest_algorithm,
                attr_settings=attr_settings,
                content_type=content_type,
                use_pades=use_pades,
                timestamper=timestamper,
                dry_run=dry_run,
                is_pdf_sig=is_pdf_sig,
            )
        static = self._static()
        return cms.CMSAttributes(
            [
                cms.CMSAttribute.load(static["content_type"]),
                simple_cms_attribute("message_digest", data_digest),
                cms.CMSAttribute.load(static["signing_certificate_v2"]),
            ]
        )

    def signer_info(
        self, digest_algorithm: str, signed_attrs: cms.CMSAttributes, signature: bytes
    ) -> cms.SignerInfo:
        """The SignerInfo, from cached identifier and algorithm encodings."""
        if not self._cacheable(digest_algorithm):
            return super().signer_info(digest_algorithm, signed_attrs, signature)  # type: ignore[misc]  # a mixin: super() is the pyHanko Signer
        static = self._static()
        return cms.SignerInfo(
            {
                "version": "v1",
                "sid": cms.SignerIdentifier.load(static["sid"]),
                "digest_algorithm": algos.DigestAlgorithm.load(static["digest_algorithm"]),
                "signature_algorithm": algos.SignedDigestAlgorithm.load(
                    static["signature_algorithm"]
                ),
                "signed_attrs": signed_attrs,
                "signature": signature,
            }
        )

    async def reserved_bytes(self) -> int:
        """Room for this signer's CMS in the PDF (hex digits), from one dry run, then cached."""
        if self._reserve is None:
            dry = await self.async_sign(  # type: ignore[attr-defined]  # a mixin: the pyHanko Signer it is mixed into has it
                hashlib.sha256(b"").digest(),
                DIGEST,
                dry_run=True,
                use_pades=True,
                signed_attr_settings=PdfCMSSignedAttributes(),
            )
            length = len(dry.dump()) * 2
            # room for a longer DER length or signature encoding, kept even
            self._reserve = length + 2 * (length // 8) + 512
        return self._reserve


class KeySigner(PadesCmsCache, Signer):
    """A pyHanko signer over a ``cryptography`` private key held in memory.

    Unlike pyHanko's ``SimpleSigner`` it keeps the parsed key, rather than re-parsing it from
    DER (and, for RSA, re-checking it) for every signature.
    """

    def __init__(self, key: Any, chain: list[x509.Certificate]) -> None:
        asn1_chain = [to_asn1(c) for c in chain]
        registry = SimpleCertificateStore()  # type: ignore[no-untyped-call]  # unannotated upstream
        registry.register_multiple(asn1_chain[1:])
        super().__init__(signing_cert=asn1_chain[0], cert_registry=registry)
        self._key = key

    async def async_sign_raw(
        self, data: bytes, digest_algorithm: str, dry_run: bool = False
    ) -> bytes:
        """Sign ``data`` with the key (PKCS#1 v1.5 for RSA, ECDSA for EC keys)."""
        hash_algorithm = {
            "sha256": hashes.SHA256(),
            "sha384": hashes.SHA384(),
            "sha512": hashes.SHA512(),
        }[digest_algorithm]
        key = self._key
        if dry_run:
            size = (
                key.key_size // 8
                if isinstance(key, rsa.RSAPrivateKey)
                else 2 * (key.key_size // 8) + 9
            )
            return bytes(size)
        if isinstance(key, rsa.RSAPrivateKey):
            return key.sign(data, padding.PKCS1v15(), hash_algorithm)
        if isinstance(key, ec.EllipticCurvePrivateKey):
            return key.sign(data, ec.ECDSA(hash_algorithm))
        raise TypeError(f"unsupported key type {type(key).__name__}")


def __getattr__(name: str) -> Any:
    # TokenSigner is made on first use: python-pkcs11 (about 25 ms to import) serves tokens only
    if name == "TokenSigner":
        return _token_signer_class()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


@functools.cache
def _token_signer_class() -> type:
    from pyhanko.sign.pkcs11 import PKCS11Signer

    class TokenSigner(PadesCmsCache, PKCS11Signer):
        """pyHanko's PKCS#11 signer with the cached CMS parts."""

    return TokenSigner


def simple_cms_attribute(attr_type: str, value: object) -> cms.CMSAttribute:
    """pyHanko's ``simple_cms_attribute``, typed: a CMS attribute with the one value."""
    attribute: cms.CMSAttribute = general.simple_cms_attribute(attr_type, value)  # type: ignore[no-untyped-call]  # unannotated in pyHanko
    return attribute
