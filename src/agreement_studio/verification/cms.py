"""Checking a CMS signature, and RFC 3161 timestamp tokens, against the bytes they sign."""

from __future__ import annotations

import hashlib
import hmac
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING, Any, cast

from asn1crypto import algos, cms, core, tsp, x509
from cryptography.exceptions import InvalidSignature, UnsupportedAlgorithm
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import dsa, ec, ed448, ed25519, padding, rsa
from cryptography.hazmat.primitives.asymmetric.utils import Prehashed, encode_dss_signature

from agreement_studio.i18n import translatable

_ = translatable(__name__)

if TYPE_CHECKING:
    from _hashlib import HASH, HASHXOF

_HASHES: dict[str, Callable[[], hashes.HashAlgorithm]] = {
    "md5": hashes.MD5,
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
# SHAKE256 as CMS uses it (RFC 8419): 512 bits of output.
_XOF_BYTES = {"shake256": 64, "shake128": 32}
_HASHLIB_XOF = {"shake256": "shake_256", "shake128": "shake_128"}
SUPPORTED_DIGESTS = frozenset(_HASHES) | frozenset(_XOF_BYTES)
_ESS_V1 = "1.2.840.113549.1.9.16.2.12"
_ESS_V2 = "1.2.840.113549.1.9.16.2.47"
ADOBE_REVOCATION_ARCHIVAL = "1.2.840.113583.1.1.8"
# Attributes that must appear once: two values would let two readers pick different ones.
_SINGLE_ATTRIBUTES = frozenset(
    {"message_digest", "content_type", "signing_time", _ESS_V1, _ESS_V2, ADOBE_REVOCATION_ARCHIVAL}
)
# Errors asn1crypto raises on malformed input (it parses lazily, on first access).
ASN1_ERRORS = (ValueError, TypeError, KeyError, IndexError, AttributeError, OverflowError)


class CmsError(Exception):
    """The signature value is not a usable CMS structure."""


def new_hash(algorithm: str) -> HASH:
    """A ``hashlib`` object for a CMS digest algorithm name (``sha256``, ``shake256``, ...)."""
    base = algorithm.split(":")[0]
    return hashlib.new(_HASHLIB_XOF.get(base, base))


def finish_hash(algorithm: str, state: HASH) -> bytes:
    """The digest of ``state`` (from :func:`new_hash`), at CMS's output length for an XOF
    (``shake256:64`` names an explicit length in bytes)."""
    base, _, size = algorithm.partition(":")
    length = int(size) if size else _XOF_BYTES.get(base)
    if length:  # only the XOFs have an output length, and their objects take it
        return cast("HASHXOF", state).digest(length)
    return state.digest()


def digest_name(algorithm: algos.DigestAlgorithm) -> str:
    """The name this module uses for a CMS ``DigestAlgorithm``.

    ``id-shake256-len`` carries its output length in bits (RFC 8702); it becomes
    ``shake256:<bytes>`` (or plain ``shake256`` at the usual 512 bits).
    """
    name: str = algorithm["algorithm"].native
    if name in ("shake256_len", "shake128_len"):
        bits = algorithm["parameters"].native
        base = name.removesuffix("_len")
        if not isinstance(bits, int) or bits <= 0 or bits % 8 or bits > 8192:
            return name  # not supported: reported as such
        return base if bits // 8 == _XOF_BYTES[base] else f"{base}:{bits // 8}"
    return name


def supported_digest(name: str) -> bool:
    """Whether ``name`` (from :func:`digest_name`) can be computed."""
    return name.split(":")[0] in SUPPORTED_DIGESTS


def digest_bytes(algorithm: str, data: bytes) -> bytes:
    """The digest of ``data`` with a CMS digest algorithm."""
    state = new_hash(algorithm)
    state.update(data)
    return finish_hash(algorithm, state)


class _AnySequence(core.SequenceOf):  # type: ignore[misc]  # asn1crypto is untyped
    _child_spec = core.Any


class RevocationInfoArchival(core.Sequence):  # type: ignore[misc]  # asn1crypto is untyped
    """Adobe's ``adbe-revocationInfoArchival`` signed attribute (CRLs and OCSP responses)."""

    _fields = [
        ("crl", _AnySequence, {"explicit": 0, "optional": True}),
        ("ocsp", _AnySequence, {"explicit": 1, "optional": True}),
        ("other", core.Any, {"explicit": 2, "optional": True}),
    ]


class _IssuerSerial(core.Sequence):  # type: ignore[misc]  # asn1crypto is untyped
    _fields = [("issuer", x509.GeneralNames), ("serial_number", core.Integer)]


class _EssCertId(core.Sequence):  # type: ignore[misc]  # asn1crypto is untyped
    _fields = [
        ("cert_hash", core.OctetString),
        ("issuer_serial", _IssuerSerial, {"optional": True}),
    ]


class _EssCertIdV2(core.Sequence):  # type: ignore[misc]  # asn1crypto is untyped
    _fields = [
        ("hash_algorithm", algos.DigestAlgorithm, {"default": {"algorithm": "sha256"}}),
        ("cert_hash", core.OctetString),
        ("issuer_serial", _IssuerSerial, {"optional": True}),
    ]


class _SigningCertificate(core.Sequence):  # type: ignore[misc]  # asn1crypto is untyped
    _fields = [
        ("certs", core.SequenceOf, {"spec": _EssCertId}),
        ("policies", core.Any, {"optional": True}),
    ]


class _SigningCertificateV2(core.Sequence):  # type: ignore[misc]  # asn1crypto is untyped
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
    signature_algorithm: str | None = None
    """The hash the signature algorithm itself names (e.g. ``sha1`` for sha1WithRSA), if any."""
    archived_revocation: tuple[list[bytes], list[bytes]] = ([], [])
    """CRLs and OCSP responses (DER) in the ``adbe-revocationInfoArchival`` attribute."""
    has_ess_v2: bool = False
    """Whether the signing-certificate-v2 attribute is present (PAdES baseline wants it)."""
    others: int = 0
    """How many further SignerInfos the CMS holds (each checked like the first)."""
    unsupported: bool = False
    """Whether the digest algorithm could not be computed (nothing was compared)."""


@dataclass
class TimestampCheck:
    """What checking an RFC 3161 timestamp token found."""

    ok: bool
    time: datetime | None = None
    cert: x509.Certificate | None = None
    certs: list[x509.Certificate] = field(default_factory=list)
    problem: str | None = None
    digest_algorithms: tuple[str, ...] = ()
    """The token's own digest, the hash its signature names, and its message imprint's."""


def load_signed_data(contents: bytes) -> cms.SignedData:
    """The CMS ``SignedData`` in a signature's ``/Contents`` (zero padding allowed after it)."""
    if not contents or contents[0] != 0x30:
        raise CmsError(_("the signature value is empty or not a CMS structure"))
    try:
        length = _encoded_length(contents)
        if contents[length:].strip(b"\x00"):
            raise CmsError(_("there are unexpected bytes after the CMS structure"))
        info = cms.ContentInfo.load(contents[:length])
        if info["content_type"].native != "signed_data":
            raise CmsError(_("the CMS structure is not SignedData"))
        signed_data = info["content"]
        signed_data["signer_infos"]  # parse the structure now, so damage shows here
    except ASN1_ERRORS as error:
        raise CmsError(_("the CMS structure is damaged ({error})", error=_short(error))) from None
    return signed_data


def _encoded_length(data: bytes) -> int:
    """How many bytes the BER/DER value at the start of ``data`` takes.

    An indefinite length (BER, ``0x80``) ends at its end-of-contents marker, found by walking
    the nested values: zero padding after it is not part of the value, though it looks like
    end-of-contents markers to a naive scan.
    """
    header_end, length = _header(data, 0)
    if length is not None:
        return header_end + length
    constructed = data[0] & 0x20
    if not constructed:
        raise CmsError(_("an indefinite length on a primitive value"))
    return _indefinite_end(data, header_end, 0)


def _indefinite_end(data: bytes, pos: int, depth: int) -> int:
    if depth > 64:
        raise CmsError(_("the CMS structure is nested too deeply"))
    while True:
        if data[pos : pos + 2] == b"\x00\x00":
            return pos + 2
        header_end, length = _header(data, pos)
        if length is None:
            pos = _indefinite_end(data, header_end, depth + 1)
        else:
            pos = header_end + length
        if pos > len(data):
            raise CmsError(_("the CMS structure is cut short"))


def _header(data: bytes, pos: int) -> tuple[int, int | None]:
    """``(end of the tag and length, content length or None for indefinite)``."""
    if pos + 2 > len(data):
        raise CmsError(_("the CMS structure is cut short"))
    pos += 1
    if data[pos - 1] & 0x1F == 0x1F:  # high tag number form
        while pos < len(data) and data[pos] & 0x80:
            pos += 1
        pos += 1
    if pos >= len(data):
        raise CmsError(_("the CMS structure is cut short"))
    first = data[pos]
    pos += 1
    if first < 0x80:
        return pos, first
    if first == 0x80:
        return pos, None
    count = first & 0x7F
    if count > 8 or pos + count > len(data):
        raise CmsError(_("the CMS structure has an impossible length"))
    return pos + count, int.from_bytes(data[pos : pos + count], "big")


def _short(error: Exception) -> str:
    return str(error).splitlines()[0][:120] if str(error) else type(error).__name__


def certificates(signed_data: cms.SignedData) -> list[x509.Certificate]:
    """The X.509 certificates embedded in ``signed_data``."""
    found = signed_data["certificates"]
    if not found:
        return []
    return [choice.chosen for choice in found if choice.name == "certificate"]


def check_signer(
    signed_data: cms.SignedData,
    digest_of: Callable[[str], bytes],
    expected_type: str,
    *,
    detached: bool = True,
) -> SignerCheck:
    """Check the signer(s) of ``signed_data`` against the content digest ``digest_of``.

    The first ``SignerInfo`` is *the* signer whose identity and trust are reported; any further
    ones (a co-signature in the same CMS) must verify too, or the signature is broken.
    ``detached`` means the signed content is outside the CMS (a PDF signature): an
    encapsulated content, even an empty one, would be what the signature covers (RFC 5652
    §5.2), not the document.
    """
    try:
        infos = signed_data["signer_infos"]
        if len(infos) == 0:
            raise CmsError(_("the signature has no signer"))
        if detached and signed_data["encap_content_info"]["content"].native is not None:
            raise CmsError(
                _("the signature is not detached: it signs content inside itself, not the document")
            )
        certs = certificates(signed_data)
        first = _check_one(infos[0], certs, digest_of, expected_type)
        for other in list(infos)[1:]:
            extra = _check_one(other, certs, digest_of, expected_type)
            if not (extra.digest_ok and extra.signature_ok) or extra.cert is None:
                first.problems.append(_("a further signer in the same signature does not verify"))
            first.others += 1
        return first
    except ASN1_ERRORS as error:
        raise CmsError(
            _("the signer information is damaged ({error})", error=_short(error))
        ) from None


def _check_one(
    info: cms.SignerInfo,
    certs: list[x509.Certificate],
    digest_of: Callable[[str], bytes],
    expected_type: str,
) -> SignerCheck:
    cert = _find_certificate(info["sid"], certs)
    algorithm = digest_name(info["digest_algorithm"])
    check = SignerCheck(cert, certs, algorithm, signer_info=info)
    check.signature_algorithm = _named_hash(info["signature_algorithm"])
    if not supported_digest(algorithm):
        check.problems.append(
            _("the digest algorithm {algorithm} is not supported", algorithm=algorithm)
        )
        check.unsupported = True
        return check
    if cert is None:
        check.problems.append(_("the signer's certificate is not in the signature"))
        return check
    digest = digest_of(algorithm)
    attrs = info["signed_attrs"]
    if attrs:
        signed = _attribute_values(attrs)
        digests = signed.get("message_digest", [])
        if len(digests) != 1:
            raise CmsError(_("the signature must have exactly one message digest"))
        check.digest_ok = hmac.compare_digest(digests[0].native, digest)
        types = signed.get("content_type", [])
        if len(types) != 1 or types[0].native != expected_type:
            check.problems.append(_("the signed content type is wrong"))
        times = signed.get("signing_time", [])
        check.signing_time = times[0].native if len(times) == 1 else None
        check.has_ess_v2 = bool(signed.get(_ESS_V2))
        _check_ess(signed, cert, check)
        check.archived_revocation = _archived_revocation(signed)
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


# Signature algorithms asn1crypto does not name: (scheme, hash). RSA PKCS#1 v1.5 with SHA-3
# (NIST CSOR, RFC 8702 §3) and the "plain" ECDSA of BSI TR-03111 §5.2.1, whose value is r || s
# at the curve's size rather than a DER sequence (German eID cards and TeleSec QES sign so; EU
# DSS verifies both).
_PLAIN_ECDSA = "0.4.0.127.0.7.1.1.4.1."
_EXTRA_SCHEMES: dict[str, tuple[str, str]] = {
    "2.16.840.1.101.3.4.3.13": ("rsassa_pkcs1v15", "sha3_224"),
    "2.16.840.1.101.3.4.3.14": ("rsassa_pkcs1v15", "sha3_256"),
    "2.16.840.1.101.3.4.3.15": ("rsassa_pkcs1v15", "sha3_384"),
    "2.16.840.1.101.3.4.3.16": ("rsassa_pkcs1v15", "sha3_512"),
    **{
        _PLAIN_ECDSA + arc: ("ecdsa_plain", name)
        for arc, name in (
            ("1", "sha1"),
            ("2", "sha224"),
            ("3", "sha256"),
            ("4", "sha384"),
            ("5", "sha512"),
            ("8", "sha3_224"),
            ("9", "sha3_256"),
            ("10", "sha3_384"),
            ("11", "sha3_512"),
        )
    },
}


def _named_hash(algorithm: algos.SignedDigestAlgorithm) -> str | None:
    try:
        name: str = algorithm.hash_algo
        return name
    except (ValueError, *ASN1_ERRORS):
        pass
    try:
        extra = _EXTRA_SCHEMES.get(algorithm["algorithm"].dotted)
    except ASN1_ERRORS:
        return None
    return extra[1] if extra else None


def _scheme(algorithm: algos.SignedDigestAlgorithm) -> str:
    """The signature scheme (``rsassa_pkcs1v15``, ``ecdsa``, ``ecdsa_plain``, ...)."""
    try:
        scheme: str = algorithm.signature_algo
        return scheme
    except ValueError:
        extra = _EXTRA_SCHEMES.get(algorithm["algorithm"].dotted)
        if extra is None:
            raise
        return extra[0]


def _plain_to_der(signature: bytes, key: ec.EllipticCurvePublicKey) -> bytes:
    """A TR-03111 plain ECDSA value (r || s, each the size of the curve's order) as DER."""
    size = (key.curve.key_size + 7) // 8
    if len(signature) != 2 * size:
        raise InvalidSignature
    r = int.from_bytes(signature[:size], "big")
    s = int.from_bytes(signature[size:], "big")
    return encode_dss_signature(r, s)


def _attribute_values(attrs: cms.CMSAttributes) -> dict[str, list[Any]]:
    """Signed attributes by name; the ones that matter may appear only once.

    A vendor's own attribute given twice is harmless (RFC 5652 asks uniqueness only of the
    attributes it defines); two message digests or signing certificates are not.
    """
    values: dict[str, list[Any]] = {}
    for attr in attrs:
        kind = attr["type"]
        name = (
            kind.native
            if kind.native in ("message_digest", "content_type", "signing_time")
            else kind.dotted
        )
        if name in values and name in _SINGLE_ATTRIBUTES:
            raise CmsError(_("the signed attribute {name} appears twice", name=name))
        values.setdefault(name, []).extend(attr["values"])
    return values


def _archived_revocation(signed: dict[str, list[Any]]) -> tuple[list[bytes], list[bytes]]:
    values = signed.get(ADOBE_REVOCATION_ARCHIVAL)
    if not values:
        return [], []
    try:
        archival = RevocationInfoArchival.load(values[0].dump())
        crls = _items(archival["crl"])
        ocsps = _items(archival["ocsp"])
    except ASN1_ERRORS:
        return [], []  # damaged archival data is no evidence either way
    return crls, ocsps


def _items(sequence: core.Asn1Value) -> list[bytes]:
    """The DER of each item of an optional SEQUENCE OF (none when it is absent)."""
    if isinstance(sequence, core.Void):
        return []
    return [item.dump() for item in sequence]


def _check_ess(signed: dict[str, list[Any]], cert: x509.Certificate, check: SignerCheck) -> None:
    """The signing-certificate attribute, if present, must name the signer's certificate."""
    for oid, spec, default in (
        (_ESS_V2, _SigningCertificateV2, "sha256"),
        (_ESS_V1, _SigningCertificate, "sha1"),
    ):
        values = signed.get(oid)
        if not values:
            continue
        first = spec.load(values[0].dump())["certs"][0]
        algorithm = digest_name(first["hash_algorithm"]) if oid == _ESS_V2 else default
        if not supported_digest(algorithm):
            check.problems.append(
                _(
                    "the signing certificate's hash {algorithm} is not supported",
                    algorithm=algorithm,
                )
            )
            continue
        expected = digest_bytes(algorithm, cert.dump())
        if not hmac.compare_digest(first["cert_hash"].native, expected):
            check.problems.append(_("the signature names a different signing certificate"))


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
        kind = _scheme(algorithm)
        if isinstance(key, ed25519.Ed25519PublicKey | ed448.Ed448PublicKey):
            # EdDSA hashes inside the algorithm (RFC 8419): the message goes in whole.
            if prehashed or kind not in ("ed25519", "ed448"):
                return False
            key.verify(signature, message)
            return True
        hash_name = _named_hash(algorithm) or digest_name
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
        elif isinstance(key, ec.EllipticCurvePublicKey) and kind == "ecdsa_plain":
            key.verify(_plain_to_der(signature, key), message, ec.ECDSA(hash_arg))
        elif isinstance(key, dsa.DSAPublicKey) and kind == "dsa":
            key.verify(signature, message, hash_arg)
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
            return TimestampCheck(False, problem=_("the timestamp token holds no timestamp"))
        # The value of the eContent OCTET STRING, not its encoding: a BER
        # producer (iText 5's TSA client) may send it constructed, in chunks,
        # and RFC 5652 §5.4 digests the concatenated value octets.
        raw = bytes(content["content"])
        info = tsp.TSTInfo.load(raw)
        check = check_signer(
            signed_data, lambda name: digest_bytes(name, raw), "tst_info", detached=False
        )
        imprint = info["message_imprint"]
        algorithm = digest_name(imprint["hash_algorithm"])
        if not supported_digest(algorithm):
            return TimestampCheck(
                False, problem=_("unsupported imprint algorithm {algorithm}", algorithm=algorithm)
            )
        matches = hmac.compare_digest(imprint["hashed_message"].native, imprinted(algorithm))
        time = info["gen_time"].native
    except CmsError as error:
        return TimestampCheck(
            False, problem=_("the timestamp token is damaged: {error}", error=error)
        )
    except ASN1_ERRORS as error:
        return TimestampCheck(
            False, problem=_("the timestamp token is damaged ({error})", error=_short(error))
        )
    result = TimestampCheck(False, time, check.cert, check.certs)
    result.digest_algorithms = tuple(
        dict.fromkeys(
            a for a in (check.digest_algorithm, check.signature_algorithm, algorithm) if a
        )
    )
    if not matches:
        result.problem = _("the timestamp is for other data")
    elif not (check.digest_ok and check.signature_ok) or check.problems:
        result.problem = (
            _("the timestamp's own signature is not valid ({why})", why=check.problems[0])
            if check.problems
            else _("the timestamp's own signature is not valid")
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
