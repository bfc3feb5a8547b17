"""Real keys, certificates, PDFs and signatures for the verifier's tests (made, never committed).

Keys and certificates come from ``cryptography``; signatures from pyHanko's own signer API; the
tampering from pyHanko's incremental writer, the way an attacker with ordinary tools would do it.
"""

from __future__ import annotations

import io
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path

from asn1crypto import keys as asn1_keys
from asn1crypto import x509 as asn1_x509
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, rsa
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

NOW = datetime.now(UTC).replace(microsecond=0)


@dataclass
class Party:
    """A key with its certificate, in both libraries' forms."""

    key: object
    cert: x509.Certificate
    name: str

    @property
    def asn1_cert(self) -> asn1_x509.Certificate:
        return asn1_x509.Certificate.load(self.cert.public_bytes(serialization.Encoding.DER))

    @property
    def asn1_key(self) -> asn1_keys.PrivateKeyInfo:
        der = self.key.private_bytes(
            serialization.Encoding.DER,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
        return asn1_keys.PrivateKeyInfo.load(der)

    @property
    def pem(self) -> bytes:
        return self.cert.public_bytes(serialization.Encoding.PEM)

    @property
    def fingerprint(self) -> str:
        return self.cert.fingerprint(hashes.SHA256()).hex()


@dataclass
class Pki:
    """A network CA with an intermediate, three signers, a TSA, and a stranger."""

    root: Party
    intermediate: Party
    signers: list[Party]
    tsa: Party
    stranger: Party
    folder: Path
    files: dict[str, Path] = field(default_factory=dict)


def _name(common: str, organisation: str | None = None, email: str | None = None) -> x509.Name:
    parts = [x509.NameAttribute(NameOID.COMMON_NAME, common)]
    if organisation:
        parts.append(x509.NameAttribute(NameOID.ORGANIZATION_NAME, organisation))
    if email:
        parts.append(x509.NameAttribute(NameOID.EMAIL_ADDRESS, email))
    return x509.Name(parts)


def _issue(
    subject: x509.Name,
    key,
    issuer: Party | None,
    *,
    ca: bool,
    days: int = 365,
    start: datetime | None = None,
    eku=None,
) -> x509.Certificate:
    start = start or NOW - timedelta(days=1)
    issuer_name = issuer.cert.subject if issuer else subject
    issuer_key = issuer.key if issuer else key
    builder = (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(issuer_name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(start)
        .not_valid_after(start + timedelta(days=days))
        .add_extension(x509.BasicConstraints(ca=ca, path_length=None), critical=True)
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), critical=False)
    )
    if issuer is not None:
        builder = builder.add_extension(
            x509.AuthorityKeyIdentifier.from_issuer_public_key(issuer.key.public_key()),
            critical=False,
        )
    usage = dict(
        digital_signature=not ca,
        content_commitment=not ca,
        key_encipherment=False,
        data_encipherment=False,
        key_agreement=False,
        key_cert_sign=ca,
        crl_sign=ca,
        encipher_only=False,
        decipher_only=False,
    )
    builder = builder.add_extension(x509.KeyUsage(**usage), critical=True)
    if eku:
        builder = builder.add_extension(x509.ExtendedKeyUsage(eku), critical=True)
    return builder.sign(issuer_key, hashes.SHA256())


def make_pki(folder: Path) -> Pki:
    """Generate the whole PKI and write the certificates as PEM files into ``folder``."""
    root_key = ec.generate_private_key(ec.SECP256R1())
    root = Party(
        root_key,
        _issue(_name("Network CA", "Verkosto ry"), root_key, None, ca=True, days=3650),
        "Network CA",
    )
    inter_key = ec.generate_private_key(ec.SECP256R1())
    inter = Party(
        inter_key,
        _issue(_name("Network Signing CA", "Verkosto ry"), inter_key, root, ca=True, days=1800),
        "Network Signing CA",
    )
    people = [
        ("Matti Meikäläinen", "Lahden kaupunki", "matti@lahti.example"),
        ("Anna Andersson", "Aikuiskoulutuskeskus", "anna@akk.example"),
        ("Pekka Virtanen", "TE-palvelut", None),
    ]
    signers = []
    for index, (common, org, email) in enumerate(people):
        key = (
            rsa.generate_private_key(65537, 2048)
            if index == 1
            else ec.generate_private_key(ec.SECP256R1())
        )
        signers.append(
            Party(key, _issue(_name(common, org, email), key, inter, ca=False, days=400), common)
        )
    tsa_key = rsa.generate_private_key(65537, 2048)  # pyHanko's test TSA signs with RSA only
    tsa = Party(
        tsa_key,
        _issue(
            _name("Network TSA", "Verkosto ry"),
            tsa_key,
            inter,
            ca=False,
            days=1000,
            eku=[ExtendedKeyUsageOID.TIME_STAMPING],
        ),
        "TSA",
    )
    stranger_key = ec.generate_private_key(ec.SECP256R1())
    stranger = Party(
        stranger_key,
        _issue(_name("Mallory", "Elsewhere Oy"), stranger_key, None, ca=False),
        "Mallory",
    )
    pki = Pki(root, inter, signers, tsa, stranger, folder)
    for label, party in (("root", root), ("intermediate", inter), ("stranger", stranger)):
        path = folder / f"{label}.pem"
        path.write_bytes(party.pem)
        pki.files[label] = path
    der = folder / "root.der"
    der.write_bytes(root.cert.public_bytes(serialization.Encoding.DER))
    pki.files["root_der"] = der
    return pki


def make_base_pdf() -> bytes:
    """A two-page agreement with a text field, then three empty signature fields added."""
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign.fields import SigFieldSpec, append_signature_field
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=A4, invariant=1, pageCompression=0)
    pdf.drawString(72, 760, "Network continuation agreement")
    pdf.drawString(72, 740, "The partners agree to keep the network going until 2030.")
    pdf.acroForm.textfield(name="note", value="original note", x=72, y=600, width=200, height=20)
    pdf.showPage()
    pdf.drawString(72, 760, "Page two: commitments of each partner.")
    pdf.showPage()
    pdf.save()
    writer = IncrementalPdfFileWriter(io.BytesIO(buffer.getvalue()))
    for index in range(3):
        append_signature_field(
            writer,
            SigFieldSpec(
                f"Signer{index + 1}", on_page=1, box=(72 + 160 * index, 100, 212 + 160 * index, 160)
            ),
        )
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def make_signer(party: Party, pki: Pki):
    """A pyHanko signer for ``party`` that embeds the intermediate certificate."""
    from pyhanko.sign import signers
    from pyhanko_certvalidator.registry import SimpleCertificateStore

    return signers.SimpleSigner(
        signing_cert=party.asn1_cert,
        signing_key=party.asn1_key,
        cert_registry=SimpleCertificateStore.from_certs([pki.intermediate.asn1_cert]),
    )


def make_timestamper(pki: Pki):
    """A local RFC 3161 timestamp authority (pyHanko's test TSA)."""
    from pyhanko.sign.timestamps import DummyTimeStamper
    from pyhanko_certvalidator.registry import SimpleCertificateStore

    return DummyTimeStamper(
        pki.tsa.asn1_cert,
        pki.tsa.asn1_key,
        SimpleCertificateStore.from_certs([pki.intermediate.asn1_cert]),
    )


def sign(
    data: bytes,
    field_name: str,
    party: Party,
    pki: Pki,
    *,
    timestamp: bool = False,
    certify: bool = False,
    docmdp: int | None = None,
    new_field: bool = False,
    box: tuple[int, int, int, int] | None = (300, 300, 400, 340),
) -> bytes:
    """Sign ``data`` into ``field_name`` with pyHanko, as an incremental update.

    With ``new_field`` the field is made while signing, its stamp at ``box`` on page 1
    (``None``: an invisible signature).
    """
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign import fields, signers

    meta = signers.PdfSignatureMetadata(
        field_name=field_name,
        certify=certify,
        docmdp_permissions=fields.MDPPerm(docmdp or 2),
        subfilter=fields.SigSeedSubFilter.PADES,
    )
    spec = fields.SigFieldSpec(field_name, on_page=0, box=box) if new_field else None
    out = signers.sign_pdf(
        IncrementalPdfFileWriter(io.BytesIO(data), strict=False),
        meta,
        signer=make_signer(party, pki),
        timestamper=make_timestamper(pki) if timestamp else None,
        new_field_spec=spec,
    )
    return out.getvalue()


def add_document_timestamp(data: bytes, pki: Pki, field_name: str = "DocTS") -> bytes:
    """Add a PAdES document timestamp."""
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign import signers

    pdf_signer = signers.PdfTimeStamper(make_timestamper(pki), field_name=field_name)
    out = io.BytesIO()
    pdf_signer.timestamp_pdf(
        IncrementalPdfFileWriter(io.BytesIO(data), strict=False),
        "sha256",
        validation_context=None,
        in_place=False,
        output=out,
    )
    return out.getvalue()
