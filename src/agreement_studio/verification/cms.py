"""Checking a CMS signature, and RFC 3161 timestamp tokens, against the bytes they sign."""

from __future__ import annotations

import hashlib
import hmac
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime

from asn1crypto import algos, cms, core, tsp, x509
from asn1crypto import parser as asn1_parser
from cryptography.exceptions import InvalidSignature, UnsupportedAlgorithm
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import dsa, ec, ed448, ed25519, padding, rsa
from cryptography.hazmat.primitives.asymmetric.utils import Prehashed

WEAK_DIGESTS = frozenset({"md2", "md5", "sha1"})
_HASHES = {
    "sha224": hashes.SHA224,
    "sha256": hashes.SHA256,
    "sha384": hashes.SHA384,
    "sha512": hashes.SHA512,
    "sha3_224": hashes.SHA3_224,
    "sha3_256": hashes.SHA3_256,
    "sha3_384": hashes.SHA3_384,
    "sha3_512": hashes.SHA3_512,
    "sha1": hashes.SHA1,
}
_ESS_V1 = "1.2.840.113549.1.9.16.2.12"
_ESS_V2 = "1.2.840.113549.1.9.16.2.47"
# Errors asn1crypto raises on malformed input (it parses lazily, on first access).
ASN1_ERRORS = (ValueError, TypeError, KeyError, IndexError, AttributeError, OverflowError)


class CmsError(Exception):
    """The signature value is not a usable CMS structure."""


class _IssuerSerial(core.Sequence):
    _fields = [("issuer", x509.GeneralNames), ("serial_number", core.Integer)]


class _EssCertId(core.Sequence):
    _fields = [
        ("cert_hash", core.OctetString),
        ("issuer_serial", _IssuerSerial, {"optional": True}),
    ]


class _EssCertIdV2(core.Sequence):
    _fields = [
        ("hash_algorithm", algos.DigestAlgorithm, {"default": {"algorithm": "sha256"}}),
        ("cert_hash", core.OctetString),
        ("issuer_serial", _IssuerSerial, {"optional": True}),
    ]


class _SigningCertificate(core.Sequence):
    _fields = [
        ("certs", core.SequenceOf, {"spec": _EssCertId}),
        ("policies", core.Any, {"optional": True}),
    ]


class _SigningCertificateV2(core.Sequence):
    _fields = [
        ("certs", core.SequenceOf, {"spec": _EssCertIdV2}),
        ("policies", core.Any, {"optional": True}),
    ]


@dataclass
class SignerCheck:
    """What checking one CMS ``SignerInfo`` found."""

    cert: x509.Certificate | None
    certs: list[x509.Certificate]
    digest_algorithm: str
    digest_ok: bool = False
    signature_ok: bool = False
    problems: list[str] = field(default_factory=list)
    signing_time: datetime | None = None
    signer_info: cms.SignerInfo | None = None


@dataclass
class TimestampCheck:
    """What checking an RFC 3161 timestamp token found."""

    ok: bool
    time: datetime | None = None
    cert: x509.Certificate | None = None
    certs: list[x509.Certificate] = field(default_factory=list)
    problem: str | None = None


def load_signed_data(contents: bytes) -> cms.SignedData:
    """The CMS ``SignedData`` in a signature's ``/Contents`` (zero padding allowed after it)."""
    if not contents or contents[0] != 0x30:
        raise CmsError("the signature value is empty or not a CMS structure")
    try:
        parsed = asn1_parser.parse(contents)
        length = len(parsed[3]) + len(parsed[4]) + len(parsed[5])
        if contents[length:].strip(b"\x00"):
            raise CmsError("there are unexpected bytes after the CMS structure")
        info = cms.ContentInfo.load(contents[:length])
        if info["content_type"].native != "signed_data":
            raise CmsError("the CMS structure is not SignedData")
        signed_data = info["content"]
        signed_data["signer_infos"]  # parse the structure now, so damage shows here
    except ASN1_ERRORS as error:
        raise CmsError(f"the CMS structure is damaged ({_short(error)})") from None
    return signed_data


def _short(error: Exception) -> str:
    return str(error).splitlines()[0][:120] if str(error) else type(error).__name__


def certificates(signed_data: cms.SignedData) -> list[x509.Certificate]:
    """The X.509 certificates embedded in ``signed_data``."""
    found = signed_data["certificates"]
    if not found:
        return []
    return [choice.chosen for choice in found if choice.name == "certificate"]


def check_signer(
    signed_data: cms.SignedData, digest_of: Callable[[str], bytes], expected_type: str
) -> SignerCheck:
    """Check the single signer of ``signed_data`` against the content digest ``digest_of``."""
    try:
        return _check_signer(signed_data, digest_of, expected_type)
    except ASN1_ERRORS as error:
        raise CmsError(f"the signer information is damaged ({_short(error)})") from None


def _check_signer(
    signed_data: cms.SignedData, digest_of: Callable[[str], bytes], expected_type: str
) -> SignerCheck:
    infos = signed_data["signer_infos"]
    if len(infos) != 1:
        raise CmsError(f"the signature has {len(infos)} signers instead of one")
    info = infos[0]
    certs = certificates(signed_data)
    cert = _find_certificate(info["sid"], certs)
    algorithm = info["digest_algorithm"]["algorithm"].native
    check = SignerCheck(cert, certs, algorithm, signer_info=info)
    if algorithm not in _HASHES:
        check.problems.append(f"the digest algorithm {algorithm} is not supported")
        return check
    if algorithm in WEAK_DIGESTS:
        check.problems.append(f"the digest algorithm {algorithm.upper()} is no longer secure")
    if cert is None:
        check.problems.append("the signer's certificate is not in the signature")
        return check
    digest = digest_of(algorithm)
    attrs = info["signed_attrs"]
    if attrs:
        signed = _attribute_values(attrs)
        digests = signed.get("message_digest", [])
        if len(digests) != 1:
            raise CmsError("the signature must have exactly one message digest")
        check.digest_ok = hmac.compare_digest(digests[0].native, digest)
        types = signed.get("content_type", [])
        if len(types) != 1 or types[0].native != expected_type:
            check.problems.append("the signed content type is wrong")
        times = signed.get("signing_time", [])
        check.signing_time = times[0].native if len(times) == 1 else None
        _check_ess(signed, cert, check)
        message = b"\x31" + attrs.dump()[1:]
        check.signature_ok = verify_signature(
            cert, info["signature_algorithm"], info["signature"].native, message, algorithm
        )
    else:
        check.signature_ok = verify_signature(
            cert,
            info["signature_algorithm"],
            info["signature"].native,
            digest,
            algorithm,
            prehashed=True,
        )
        check.digest_ok = check.signature_ok
    return check


def _attribute_values(attrs: cms.CMSAttributes) -> dict[str, list]:
    values: dict[str, list] = {}
    for attr in attrs:
        kind = attr["type"]
        name = (
            kind.native
            if kind.native in ("message_digest", "content_type", "signing_time")
            else kind.dotted
        )
        if name in values:
            raise CmsError(f"the signed attribute {name} appears twice")
        values[name] = list(attr["values"])
    return values


def _check_ess(signed: dict[str, list], cert: x509.Certificate, check: SignerCheck) -> None:
    """The signing-certificate attribute, if present, must name the signer's certificate."""
    for oid, spec, default in (
        (_ESS_V2, _SigningCertificateV2, "sha256"),
        (_ESS_V1, _SigningCertificate, "sha1"),
    ):
        values = signed.get(oid)
        if not values:
            continue
        first = spec.load(values[0].dump())["certs"][0]
        algorithm = first["hash_algorithm"]["algorithm"].native if oid == _ESS_V2 else default
        expected = hashlib.new(algorithm, cert.dump()).digest()
        if not hmac.compare_digest(first["cert_hash"].native, expected):
            check.problems.append("the signature names a different signing certificate")


def _find_certificate(
    sid: cms.SignerIdentifier, certs: list[x509.Certificate]
) -> x509.Certificate | None:
    if sid.name == "issuer_and_serial_number":
        issuer = sid.chosen["issuer"]
        serial = sid.chosen["serial_number"].native
        raw = issuer.dump()
        for cert in certs:
            if cert.serial_number == serial and (
                cert.issuer.dump() == raw or cert.issuer == issuer
            ):
                return cert
    elif sid.name == "subject_key_identifier":
        for cert in certs:
            if cert.key_identifier == sid.chosen.native:
                return cert
    return None


def verify_signature(
    cert: x509.Certificate,
    algorithm: algos.SignedDigestAlgorithm,
    signature: bytes,
    message: bytes,
    digest_name: str,
    prehashed: bool = False,
) -> bool:
    """Whether ``signature`` over ``message`` verifies with the key of ``cert``."""
    try:
        key = serialization.load_der_public_key(cert.public_key.dump())
        kind = algorithm.signature_algo
        try:
            hash_name = algorithm.hash_algo
        except ValueError:
            hash_name = digest_name
        if prehashed and hash_name != digest_name:
            return False
        chosen = _HASHES[hash_name]()
        hash_arg = Prehashed(chosen) if prehashed else chosen
        if isinstance(key, rsa.RSAPublicKey) and kind == "rsassa_pss":
            key.verify(signature, message, _pss(algorithm), hash_arg)
        elif isinstance(key, rsa.RSAPublicKey) and kind == "rsassa_pkcs1v15":
            key.verify(signature, message, padding.PKCS1v15(), hash_arg)
        elif isinstance(key, ec.EllipticCurvePublicKey) and kind == "ecdsa":
            key.verify(signature, message, ec.ECDSA(hash_arg))
        elif isinstance(key, dsa.DSAPublicKey) and kind == "dsa":
            key.verify(signature, message, hash_arg)
        elif isinstance(key, ed25519.Ed25519PublicKey | ed448.Ed448PublicKey) and not prehashed:
            key.verify(signature, message)
        else:
            return False
    except (InvalidSignature, UnsupportedAlgorithm, KeyError, *ASN1_ERRORS):
        return False
    return True


def _pss(algorithm: algos.SignedDigestAlgorithm) -> padding.PSS:
    params = algorithm["parameters"]
    mgf_hash = params["mask_gen_algorithm"]["parameters"]["algorithm"].native
    return padding.PSS(
        mgf=padding.MGF1(_HASHES[mgf_hash]()), salt_length=params["salt_length"].native
    )


def check_timestamp_token(
    token: cms.ContentInfo | bytes, imprinted: Callable[[str], bytes]
) -> TimestampCheck:
    """Check an RFC 3161 token: its own signature, and that it stamps ``imprinted`` data.

    ``imprinted(algorithm)`` gives the digest the token's message imprint must equal.
    """
    try:
        signed_data = load_signed_data(token if isinstance(token, bytes) else token.dump())
        content = signed_data["encap_content_info"]
        if content["content_type"].native != "tst_info":
            return TimestampCheck(False, problem="the timestamp token holds no timestamp")
        raw = content["content"].contents
        info = tsp.TSTInfo.load(raw)
        check = check_signer(signed_data, lambda name: hashlib.new(name, raw).digest(), "tst_info")
        imprint = info["message_imprint"]
        algorithm = imprint["hash_algorithm"]["algorithm"].native
        if algorithm not in _HASHES:
            return TimestampCheck(False, problem=f"unsupported imprint algorithm {algorithm}")
        matches = hmac.compare_digest(imprint["hashed_message"].native, imprinted(algorithm))
        time = info["gen_time"].native
    except CmsError as error:
        return TimestampCheck(False, problem=f"the timestamp token is damaged: {error}")
    except ASN1_ERRORS as error:
        return TimestampCheck(False, problem=f"the timestamp token is damaged ({_short(error)})")
    result = TimestampCheck(False, time, check.cert, check.certs)
    if not matches:
        result.problem = "the timestamp is for other data"
    elif not (check.digest_ok and check.signature_ok) or check.problems:
        result.problem = "the timestamp's own signature is not valid" + (
            f" ({check.problems[0]})" if check.problems else ""
        )
    else:
        result.ok = True
    return result


def signature_timestamp(signer_info: cms.SignerInfo) -> cms.ContentInfo | None:
    """The signature timestamp token among the unsigned attributes, if any."""
    try:
        attrs = signer_info["unsigned_attrs"]
        if not attrs:
            return None
        for attr in attrs:
            if attr["type"].native == "signature_time_stamp_token":
                return attr["values"][0]
    except ASN1_ERRORS:
        return None
    return None
