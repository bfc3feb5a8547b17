"""Certificates, CRLs, OCSP responses, DSS updates and hand-built CMS for the trust tests.

Everything is made at test time from the PKI of :mod:`verify_helpers`: signers with weak or
unusual keys and extensions, CRLs and OCSP responses from ``cryptography``'s builders, DSS
updates with pyHanko, and CMS structures built with asn1crypto where a test needs one no
ordinary signer writes (BER lengths, two signers, repeated attributes, encapsulated content).
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import re
import threading
from datetime import datetime, timedelta
from http.server import BaseHTTPRequestHandler, HTTPServer

from asn1crypto import algos, cms, core
from asn1crypto import crl as asn1_crl
from asn1crypto import ocsp as asn1_ocsp
from asn1crypto import x509 as asn1_x509
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, ed448, ed25519, padding, rsa
from cryptography.x509 import ocsp
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID
from verify_helpers import NOW, Party, Pki

SIGNING_USAGE = dict(
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


def issue(
    issuer: Party,
    name: str,
    key=None,
    *,
    start: datetime | None = None,
    days: int = 365,
    ca: bool = False,
    usage: dict | None = None,
    eku: list | None = None,
    crl_url: str | None = None,
    ocsp_url: str | None = None,
    digest=None,
    authority_key_id: bool = True,
) -> Party:
    """A certificate for ``name`` issued by ``issuer``, with the extensions asked for."""
    key = key or ec.generate_private_key(ec.SECP256R1())
    start = start or NOW - timedelta(days=1)
    subject = x509.Name(
        [
            x509.NameAttribute(NameOID.COMMON_NAME, name),
            x509.NameAttribute(NameOID.ORGANIZATION_NAME, "Testers Oy"),
        ]
    )
    builder = (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(issuer.cert.subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(start)
        .not_valid_after(start + timedelta(days=days))
        .add_extension(x509.BasicConstraints(ca=ca, path_length=None), critical=True)
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), critical=False)
        .add_extension(x509.KeyUsage(**(usage or SIGNING_USAGE)), critical=True)
    )
    if authority_key_id:
        builder = builder.add_extension(
            x509.AuthorityKeyIdentifier.from_issuer_public_key(issuer.key.public_key()),
            critical=False,
        )
    if eku:
        builder = builder.add_extension(x509.ExtendedKeyUsage(eku), critical=False)
    if crl_url:
        point = x509.DistributionPoint([x509.UniformResourceIdentifier(crl_url)], None, None, None)
        builder = builder.add_extension(x509.CRLDistributionPoints([point]), critical=False)
    if ocsp_url:
        access = x509.AccessDescription(
            x509.oid.AuthorityInformationAccessOID.OCSP, x509.UniformResourceIdentifier(ocsp_url)
        )
        builder = builder.add_extension(x509.AuthorityInformationAccess([access]), critical=False)
    algorithm = digest if digest is not None else hashes.SHA256()
    return Party(key, builder.sign(issuer.key, algorithm), name)


def with_sha1_signature(party: Party, issuer: Party) -> Party:
    """``party`` with its certificate re-signed by ``issuer`` (an EC key) using ECDSA with SHA-1,
    which ``cryptography``'s builder no longer writes."""
    cert = asn1_x509.Certificate.load(party.cert.public_bytes(serialization.Encoding.DER))
    tbs = cert["tbs_certificate"]
    tbs["signature"] = algos.SignedDigestAlgorithm({"algorithm": "sha1_ecdsa"})
    tbs_der = tbs.dump(force=True)
    value = issuer.key.sign(tbs_der, ec.ECDSA(hashes.SHA1()))
    resigned = asn1_x509.Certificate(
        {
            "tbs_certificate": asn1_x509.TbsCertificate.load(tbs_der),
            "signature_algorithm": algos.SignedDigestAlgorithm({"algorithm": "sha1_ecdsa"}),
            "signature_value": value,
        }
    )
    return Party(party.key, x509.load_der_x509_certificate(resigned.dump()), party.name)


def make_crl(
    issuer: Party,
    revoked: list[tuple[Party, datetime, x509.ReasonFlags | None]] = (),
    *,
    this_update: datetime | None = None,
    next_update: datetime | None = None,
    signing_key=None,
    extensions: tuple = (),
) -> bytes:
    """A DER CRL by ``issuer`` listing ``revoked`` (party, when, reason), with ``extensions``
    (critical, as RFC 5280 marks the delta CRL indicator and issuing distribution point)."""
    this_update = this_update or NOW - timedelta(hours=1)
    builder = (
        x509.CertificateRevocationListBuilder()
        .issuer_name(issuer.cert.subject)
        .last_update(this_update)
        .next_update(next_update or this_update + timedelta(days=7))
    )
    for extension in extensions:
        builder = builder.add_extension(extension, critical=True)
    for party, when, reason in revoked:
        entry = (
            x509.RevokedCertificateBuilder()
            .serial_number(party.cert.serial_number)
            .revocation_date(when)
        )
        if reason is not None:
            entry = entry.add_extension(x509.CRLReason(reason), critical=False)
        builder = builder.add_revoked_certificate(entry.build())
    crl = builder.sign(signing_key or issuer.key, hashes.SHA256())
    return crl.public_bytes(serialization.Encoding.DER)


def make_ocsp(
    party: Party,
    issuer: Party,
    status: str = "good",
    *,
    responder: Party | None = None,
    revoked_at: datetime | None = None,
    this_update: datetime | None = None,
) -> bytes:
    """A DER OCSP response on ``party`` signed by ``issuer`` or a delegated ``responder``."""
    this_update = this_update or NOW - timedelta(minutes=5)
    cert_status = {
        "good": ocsp.OCSPCertStatus.GOOD,
        "revoked": ocsp.OCSPCertStatus.REVOKED,
        "unknown": ocsp.OCSPCertStatus.UNKNOWN,
    }[status]
    signer = responder or issuer
    builder = (
        ocsp.OCSPResponseBuilder()
        .add_response(
            cert=party.cert,
            issuer=issuer.cert,
            algorithm=hashes.SHA1(),
            cert_status=cert_status,
            this_update=this_update,
            next_update=this_update + timedelta(days=1),
            revocation_time=revoked_at if status == "revoked" else None,
            revocation_reason=x509.ReasonFlags.key_compromise if status == "revoked" else None,
        )
        .responder_id(ocsp.OCSPResponderEncoding.HASH, signer.cert)
    )
    if responder is not None:
        builder = builder.certificates([responder.cert])
    response = builder.sign(signer.key, hashes.SHA256())
    return response.public_bytes(serialization.Encoding.DER)


def responder_for(issuer: Party, *, ocsp_signing: bool = True) -> Party:
    """An OCSP responder certificate issued by ``issuer`` (with or without id-kp-OCSPSigning)."""
    eku = [ExtendedKeyUsageOID.OCSP_SIGNING] if ocsp_signing else [ExtendedKeyUsageOID.CLIENT_AUTH]
    return issue(issuer, "OCSP responder", eku=eku)


def add_dss(data: bytes, *, certs=(), crls: list[bytes] = (), ocsps: list[bytes] = ()) -> bytes:
    """An incremental update adding a DSS (with a VRI for the last signature) to ``data``."""
    from pyhanko.sign.validation.dss import DocumentSecurityStore

    out = io.BytesIO(data)
    DocumentSecurityStore.add_dss(
        out,
        last_contents(data),
        certs=[asn1_x509.Certificate.load(_der(c)) for c in certs],
        crls=[asn1_crl.CertificateList.load(c) for c in crls],
        ocsps=[asn1_ocsp.OCSPResponse.load(o) for o in ocsps],
    )
    return out.getvalue()


def _der(cert) -> bytes:
    if isinstance(cert, Party):
        return cert.cert.public_bytes(serialization.Encoding.DER)
    return cert.public_bytes(serialization.Encoding.DER)


# -- signing with pyHanko, with a chosen clock, digest and signer --------------------------------


@contextlib.contextmanager
def clock(moment: datetime):
    """pyHanko's signer believes it is ``moment`` (the signing time it writes)."""
    import pyhanko.sign.signers.pdf_signer as pdf_signer

    real = pdf_signer.datetime

    class _Fixed(datetime):
        @classmethod
        def now(cls, tz=None):
            return moment if tz is None else moment.astimezone(tz)

    pdf_signer.datetime = _Fixed
    try:
        yield
    finally:
        pdf_signer.datetime = real


def sign_as(
    data: bytes,
    field_name: str,
    party: Party,
    pki: Pki,
    *,
    md: str | None = None,
    pss: bool = False,
    tsa_time: datetime | None = None,
    tsa: Party | None = None,
    reserve: int | None = None,
    chain: tuple[Party, ...] = (),
) -> bytes:
    """Sign ``data`` into ``field_name`` with pyHanko as ``party`` (PAdES, intermediate embedded);
    ``tsa_time`` adds a signature timestamp of that time (by ``tsa``, default the PKI's TSA);
    ``reserve`` bytes for ``/Contents`` leave room to put another CMS in later; ``chain``
    certificates are embedded too."""
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign import fields, signers
    from pyhanko.sign.timestamps import DummyTimeStamper
    from pyhanko_certvalidator.registry import SimpleCertificateStore

    registry = SimpleCertificateStore.from_certs(
        [pki.intermediate.asn1_cert, *(p.asn1_cert for p in chain)]
    )
    signer = signers.SimpleSigner(
        signing_cert=party.asn1_cert,
        signing_key=party.asn1_key,
        cert_registry=registry,
        prefer_pss=pss,
    )
    timestamper = None
    if tsa_time is not None:
        tsa = tsa or pki.tsa
        timestamper = DummyTimeStamper(tsa.asn1_cert, tsa.asn1_key, registry, fixed_dt=tsa_time)
    meta = signers.PdfSignatureMetadata(
        field_name=field_name, md_algorithm=md, subfilter=fields.SigSeedSubFilter.PADES
    )
    out = signers.sign_pdf(
        IncrementalPdfFileWriter(io.BytesIO(data), strict=False),
        meta,
        signer=signer,
        timestamper=timestamper,
        bytes_reserved=reserve,
    )
    return out.getvalue()


def document_timestamp(
    data: bytes, pki: Pki, at: datetime, tsa: Party | None = None, field_name: str = "DocTS"
) -> bytes:
    """A document timestamp of time ``at`` by ``tsa`` (default: the PKI's TSA)."""
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign import signers
    from pyhanko.sign.timestamps import DummyTimeStamper
    from pyhanko_certvalidator.registry import SimpleCertificateStore

    tsa = tsa or pki.tsa
    stamper = DummyTimeStamper(
        tsa.asn1_cert,
        tsa.asn1_key,
        SimpleCertificateStore.from_certs([pki.intermediate.asn1_cert]),
        fixed_dt=at,
    )
    out = io.BytesIO()
    signers.PdfTimeStamper(stamper, field_name=field_name).timestamp_pdf(
        IncrementalPdfFileWriter(io.BytesIO(data), strict=False),
        "sha256",
        validation_context=None,
        in_place=False,
        output=out,
    )
    return out.getvalue()


def dss_with_document_timestamp(
    data: bytes, pki: Pki, at: datetime, *, certs=(), crls: list[bytes] = ()
) -> bytes:
    """One incremental update holding a DSS and a document timestamp over it (as pyHanko and
    our own ``extend`` write B-LTA)."""
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign import signers
    from pyhanko.sign.timestamps import DummyTimeStamper
    from pyhanko.sign.validation.dss import DocumentSecurityStore
    from pyhanko_certvalidator.registry import SimpleCertificateStore

    writer = IncrementalPdfFileWriter(io.BytesIO(data), strict=False)
    DocumentSecurityStore.supply_dss_in_writer(
        writer,
        last_contents(data),
        certs=[asn1_x509.Certificate.load(_der(c)) for c in certs],
        crls=[asn1_crl.CertificateList.load(c) for c in crls],
    )
    stamper = DummyTimeStamper(
        pki.tsa.asn1_cert,
        pki.tsa.asn1_key,
        SimpleCertificateStore.from_certs([pki.intermediate.asn1_cert]),
        fixed_dt=at,
    )
    out = io.BytesIO()
    signers.PdfTimeStamper(stamper, field_name="DocTS").timestamp_pdf(
        writer, "sha256", validation_context=None, in_place=False, output=out
    )
    return out.getvalue()


def tsa_party(pki: Pki, issuer: Party | None = None, **options) -> Party:
    """A timestamping certificate (RSA, as pyHanko's test TSA needs)."""
    return issue(
        issuer or pki.intermediate,
        "Another TSA",
        rsa.generate_private_key(65537, 2048),
        eku=[ExtendedKeyUsageOID.TIME_STAMPING],
        **options,
    )


# -- the last signature's /Contents and /ByteRange, and hand-built CMS ---------------------------

_CONTENTS = re.compile(rb"/Contents\s*<([0-9A-Fa-f]+)>")
_RANGE = re.compile(rb"/ByteRange\s*\[\s*(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s*\]")


def last_contents(data: bytes) -> bytes:
    """The DER in the last signature's ``/Contents`` (padding stripped)."""
    found = list(_CONTENTS.finditer(data))[-1]
    raw = bytes.fromhex(found.group(1).decode())
    return raw[: _tlv_length(raw)]


def covered_bytes(data: bytes) -> bytes:
    """The bytes the last signature's ``/ByteRange`` covers."""
    a, b, c, d = (int(x) for x in list(_RANGE.finditer(data))[-1].groups())
    return data[a : a + b] + data[c : c + d]


def replace_contents(data: bytes, value: bytes) -> bytes:
    """``data`` with the last signature's ``/Contents`` replaced by ``value`` (zero padded)."""
    found = list(_CONTENTS.finditer(data))[-1]
    width = found.end(1) - found.start(1)
    text = value.hex().encode()
    if len(text) > width:
        raise ValueError("the new CMS does not fit into the reserved space")
    return data[: found.start(1)] + text + b"0" * (width - len(text)) + data[found.end(1) :]


def to_indefinite(der: bytes, depth: int = 3) -> bytes:
    """``der`` with its constructed values down to ``depth`` levels in BER indefinite-length form
    (as old Adobe libraries write CMS)."""
    header = _tlv_length(der) - _content_length(der)
    content = der[header:]
    if depth > 1:
        parts, pos = [], 0
        while pos < len(content):
            size = _tlv_length(content[pos:])
            child = content[pos : pos + size]
            parts.append(to_indefinite(child, depth - 1) if child[0] & 0x20 else child)
            pos += size
        content = b"".join(parts)
    return bytes([der[0], 0x80]) + content + b"\0\0"


def _content_length(data: bytes) -> int:
    first = data[1]
    if first < 0x80:
        return first
    count = first & 0x7F
    return int.from_bytes(data[2 : 2 + count], "big")


def _tlv_length(data: bytes) -> int:
    first = data[1]
    if first < 0x80:
        return 2 + first
    count = first & 0x7F
    return 2 + count + int.from_bytes(data[2 : 2 + count], "big")


VENDOR_OID = "1.3.6.1.4.1.99999.1.2"


def signer_info(
    party: Party,
    content: bytes,
    *,
    digest: str = "sha256",
    extra: list[tuple[str, core.Asn1Value]] = (),
    message_digest: bytes | None = None,
) -> cms.SignerInfo:
    """A SignerInfo by ``party`` over ``content`` (ECDSA or RSA PKCS#1 v1.5), with ``extra``
    signed attributes (type, value) in the order given, repeats allowed."""
    digest_value = message_digest or hashlib.new(digest, content).digest()
    cert = party.asn1_cert
    attributes = [
        cms.CMSAttribute({"type": "content_type", "values": ["data"]}),
        cms.CMSAttribute({"type": "message_digest", "values": [digest_value]}),
    ]
    for kind, value in extra:
        attributes.append(_attribute(kind, value))
    signed = cms.CMSAttributes(attributes)
    message = signed.dump()
    key = party.key
    chosen = {"sha256": hashes.SHA256(), "sha1": hashes.SHA1(), "sha512": hashes.SHA512()}[digest]
    if isinstance(key, rsa.RSAPrivateKey):
        value = key.sign(message, padding.PKCS1v15(), chosen)
        algorithm = f"{digest}_rsa"
    elif isinstance(key, ec.EllipticCurvePrivateKey):
        value = key.sign(message, ec.ECDSA(chosen))
        algorithm = f"{digest}_ecdsa"
    elif isinstance(key, ed25519.Ed25519PrivateKey | ed448.Ed448PrivateKey):
        value = key.sign(message)
        algorithm = "ed25519" if isinstance(key, ed25519.Ed25519PrivateKey) else "ed448"
    else:
        raise TypeError(type(key))
    return cms.SignerInfo(
        {
            "version": "v1",
            "sid": cms.SignerIdentifier(
                {
                    "issuer_and_serial_number": {
                        "issuer": cert.issuer,
                        "serial_number": cert.serial_number,
                    }
                }
            ),
            "digest_algorithm": algos.DigestAlgorithm({"algorithm": digest}),
            "signed_attrs": signed,
            "signature_algorithm": algos.SignedDigestAlgorithm({"algorithm": algorithm}),
            "signature": value,
        }
    )


def _attribute(kind: str, value: core.Asn1Value) -> cms.CMSAttribute:
    """An attribute from its DER, so that any value goes in whatever asn1crypto expects."""
    if not kind[0].isdigit():
        return cms.CMSAttribute({"type": kind, "values": [value]})
    oid = core.ObjectIdentifier(kind).dump()
    values = _tlv(0x31, value.dump())
    return cms.CMSAttribute.load(_tlv(0x30, oid + values))


def _tlv(tag: int, content: bytes) -> bytes:
    size = len(content)
    if size < 0x80:
        return bytes([tag, size]) + content
    raw = size.to_bytes((size.bit_length() + 7) // 8, "big")
    return bytes([tag, 0x80 | len(raw)]) + raw + content


def signed_data(
    infos: list[cms.SignerInfo],
    certs: list[Party],
    *,
    econtent: bytes | None = None,
    digests: tuple[str, ...] = ("sha256",),
) -> bytes:
    """A DER ContentInfo of SignedData with ``infos``, ``certs`` and optionally an eContent."""
    encap = {"content_type": "data"}
    if econtent is not None:
        encap["content"] = econtent
    value = cms.SignedData(
        {
            "version": "v1",
            "digest_algorithms": [algos.DigestAlgorithm({"algorithm": d}) for d in digests],
            "encap_content_info": encap,
            "certificates": [p.asn1_cert for p in certs],
            "signer_infos": infos,
        }
    )
    return cms.ContentInfo({"content_type": "signed_data", "content": value}).dump()


# -- a loopback HTTP server for --online ------------------------------------------------------


class Responder:
    """Serves fixed bodies at paths on 127.0.0.1 (GET or POST); counts requests."""

    def __init__(self) -> None:
        self.bodies: dict[str, bytes] = {}
        self.requests: list[str] = []
        owner = self

        class _Handler(BaseHTTPRequestHandler):
            def _answer(self) -> None:
                owner.requests.append(self.path)
                length = int(self.headers.get("Content-Length") or 0)
                if length:
                    self.rfile.read(length)
                body = owner.bodies.get(self.path)
                self.send_response(200 if body is not None else 404)
                self.send_header("Content-Length", str(len(body or b"")))
                self.end_headers()
                self.wfile.write(body or b"")

            do_GET = do_POST = _answer

            def log_message(self, *args) -> None:
                pass

        self.server = HTTPServer(("127.0.0.1", 0), _Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()
