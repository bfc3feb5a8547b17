"""Test building blocks: odd certificates, PKCS#12 files, prepared PDFs, and outside checks.

Plain functions (no pytest), so other layers' tests can use them too after putting this
folder on ``sys.path``. Everything is generated on the fly; nothing here is committed data.
"""

from __future__ import annotations

import datetime as dt
import io
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, rsa
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

from agreement_studio.signing import FileIdentity
from agreement_studio.signing.certificates import pkcs12_bytes

PASSWORD = "oikea hevonen patteri niitti ÄÖ"  # non-ASCII on purpose: passwords are UTF-8


def business_id(seven_digits: str) -> str:
    """A valid Finnish Business ID for the given seven digits (check digit computed)."""
    total = sum(int(d) * w for d, w in zip(seven_digits, (7, 9, 10, 5, 8, 4, 2), strict=True))
    remainder = total % 11
    assert remainder != 1, "no valid check digit for these digits; pick others"
    return f"{seven_digits}-{0 if remainder == 0 else 11 - remainder}"


@dataclass(frozen=True)
class Signatory:
    """One person who signs for a party in the tests."""

    party: str
    name: str
    org: str
    email: str
    business_id: str

    @property
    def field(self) -> str:
        """The name of this signatory's prepared field."""
        return field_name(self.party, self.name)


SIGNATORIES = (
    Signatory(
        "Työväenopisto",
        "Matti Meikäläinen",
        "Helsingin työväenopisto",
        "matti@example.fi",
        business_id("1234567"),
    ),
    Signatory(
        "Kansalaisopisto",
        "Anna-Liisa Åberg",
        "Porvoon kansalaisopisto",
        "anna-liisa@example.fi",
        business_id("2345678"),
    ),
    Signatory(
        "TE-palvelut",
        "Pekka Öhman",
        "Uudenmaan TE-palvelut",
        "pekka@example.fi",
        business_id("3456788"),
    ),
)


def make_certificate(
    *,
    name: str,
    org: str = "Testiorganisaatio",
    key=None,
    issuer: x509.Certificate | None = None,
    issuer_key=None,
    not_before: dt.datetime | None = None,
    not_after: dt.datetime | None = None,
    usage: dict[str, bool] | None = None,
    ca: bool = False,
    time_stamping: bool = False,
):
    """A certificate (and its key) with exactly the properties a test asks for."""
    key = key or ec.generate_private_key(ec.SECP256R1())
    now = dt.datetime.now(dt.UTC)
    subject = x509.Name(
        [
            x509.NameAttribute(NameOID.COMMON_NAME, name),
            x509.NameAttribute(NameOID.ORGANIZATION_NAME, org),
        ]
    )
    flags = dict.fromkeys(
        (
            "digital_signature",
            "content_commitment",
            "key_encipherment",
            "data_encipherment",
            "key_agreement",
            "key_cert_sign",
            "crl_sign",
            "encipher_only",
            "decipher_only",
        ),
        False,
    )
    if ca:
        flags.update(key_cert_sign=True, crl_sign=True)
    if usage is not None:
        flags.update(usage)
    builder = (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(issuer.subject if issuer is not None else subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(not_before or now - dt.timedelta(hours=1))
        .not_valid_after(not_after or now + dt.timedelta(days=365))
        .add_extension(x509.BasicConstraints(ca=ca, path_length=0 if ca else None), critical=True)
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), critical=False)
        .add_extension(
            x509.AuthorityKeyIdentifier.from_issuer_public_key((issuer_key or key).public_key()),
            critical=False,
        )
    )
    if usage is not None or ca:
        builder = builder.add_extension(x509.KeyUsage(**flags), critical=True)
    if time_stamping:
        builder = builder.add_extension(
            x509.ExtendedKeyUsage([ExtendedKeyUsageOID.TIME_STAMPING]), critical=True
        )
    return builder.sign(issuer_key or key, hashes.SHA256()), key


def write_p12(path: Path, key, cert, password: str, chain=()) -> Path:
    """Save key and certificates as an encrypted PKCS#12 file (as the application does)."""
    path.write_bytes(pkcs12_bytes(key, cert, list(chain), password, friendly_name="test"))
    return path


def unusable_identity_file(folder: Path, kind: str) -> Path:
    """A PKCS#12 file (password PASSWORD) whose certificate is ``expired``, ``not_yet_valid``
    or ``no_signing`` (key usage without digitalSignature and nonRepudiation)."""
    now, day = dt.datetime.now(dt.UTC), dt.timedelta(days=1)
    options = {
        "expired": dict(
            not_before=now - 400 * day, not_after=now - day, usage={"digital_signature": True}
        ),
        "not_yet_valid": dict(
            not_before=now + day, not_after=now + 400 * day, usage={"digital_signature": True}
        ),
        "no_signing": dict(usage={"key_encipherment": True}),
    }[kind]
    cert, key = make_certificate(name="Outo Allekirjoittaja", **options)
    return write_p12(folder / f"{kind}.p12", key, cert, PASSWORD)


def identity_of(key, cert, chain=()) -> FileIdentity:
    """An in-memory identity for a key and certificate."""
    return FileIdentity(key, cert, list(chain))


def rsa_key(bits: int = 2048):
    """A fresh RSA key (the dummy timestamp server signs with RSA only)."""
    return rsa.generate_private_key(public_exponent=65537, key_size=bits)


def pem(cert: x509.Certificate) -> bytes:
    """``cert`` in PEM form."""
    return cert.public_bytes(serialization.Encoding.PEM)


def prepared_pdf(field_names: list[str], *, pages: int = 2) -> bytes:
    """A small agreement-like PDF with one empty signature field per name on its last page."""
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign.fields import SigFieldSpec, append_signature_field
    from reportlab.pdfgen import canvas

    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=(595, 842))
    for number in range(1, pages + 1):
        pdf.drawString(72, 770, f"Network continuation agreement, page {number} / {pages}")
        pdf.drawString(72, 740, "The partners agree to keep the guidance network going.")
        pdf.showPage()
    pdf.save()
    if not field_names:
        return buffer.getvalue()
    writer = IncrementalPdfFileWriter(io.BytesIO(buffer.getvalue()))
    for index, name in enumerate(field_names):
        top = 600 - index * 90
        append_signature_field(writer, SigFieldSpec(name, on_page=-1, box=(72, top, 300, top + 70)))
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def field_name(party: str, signatory: str) -> str:
    """A prepared field's name as the PDF renderer makes it."""
    from agreement_studio.signing import slugify

    return f"sig-{slugify(party)}-{slugify(signatory)}"


# --- outside checks: qpdf, poppler and pyHanko's own validator ---


def qpdf_check(path: Path) -> None:
    """``qpdf --check`` passes."""
    result = subprocess.run(["qpdf", "--check", str(path)], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def nss_database(folder: Path, *trusted: x509.Certificate) -> str:
    """An NSS database trusting ``trusted`` as CAs; returns the ``sql:`` spec for pdfsig."""
    folder.mkdir(parents=True, exist_ok=True)
    spec = f"sql:{folder}"
    subprocess.run(
        ["certutil", "-N", "--empty-password", "-d", spec], check=True, capture_output=True
    )
    for number, cert in enumerate(trusted):
        cert_file = folder / f"ca{number}.pem"
        cert_file.write_bytes(pem(cert))
        subprocess.run(
            [
                "certutil",
                "-A",
                "-n",
                f"ca{number}",
                "-t",
                "CT,C,C",
                "-i",
                str(cert_file),
                "-d",
                spec,
            ],
            check=True,
            capture_output=True,
        )
    return spec


def pdfsig_report(path: Path, nss_spec: str) -> str:
    """What poppler's ``pdfsig`` says about ``path``."""
    result = subprocess.run(
        ["pdfsig", "-nssdir", nss_spec, str(path)], capture_output=True, text=True
    )
    return result.stdout + result.stderr


def assert_pdfsig_all_valid(path: Path, nss_spec: str, count: int) -> None:
    """pdfsig finds ``count`` signatures, every one valid and trusted."""
    report = pdfsig_report(path, nss_spec)
    assert report.count("Signature is Valid.") == count, report
    assert report.count("Certificate is Trusted.") == count, report


def pyhanko_statuses(path: Path, *trust_roots: x509.Certificate, tsa_roots=()):
    """pyHanko's validation status of every signature, with the given trust roots."""
    from asn1crypto import x509 as asn1_x509
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign.validation import validate_pdf_signature
    from pyhanko_certvalidator import ValidationContext

    def context(roots):
        return ValidationContext(
            trust_roots=[
                asn1_x509.Certificate.load(c.public_bytes(serialization.Encoding.DER))
                for c in roots
            ],
            allow_fetching=False,
            revocation_mode="soft-fail",
        )

    with open(path, "rb") as handle:
        reader = PdfFileReader(handle)
        return [
            validate_pdf_signature(
                sig, context(trust_roots), ts_validation_context=context(tsa_roots or trust_roots)
            )
            for sig in reader.embedded_signatures
        ]


def pdftotext(path: Path) -> str:
    """The text poppler extracts from ``path``."""
    return subprocess.run(
        ["pdftotext", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout


def tools_missing(*names: str) -> list[str]:
    """Which of the command-line tools are not installed."""
    return [name for name in names if shutil.which(name) is None]
