"""Helpers for the PDF tests: stand-in compositions and the outside tools that check the files.

The checks are made with tools this project did not write: qpdf, poppler's pdffonts, pdftotext
and pdfsig, pypdf and pyHanko.
"""

from __future__ import annotations

import datetime as dt
import re
import shutil
import subprocess
import tempfile
from dataclasses import dataclass, field
from io import BytesIO
from pathlib import Path

from agreement_studio.agreement import Agreement
from required_tools import require_tools

LABELS_FI = {
    "signatures": "Allekirjoitukset",
    "signature_intro": "Osapuolten edustajat allekirjoittavat sopimuksen sähköisesti.",
    "place_and_date": "Paikka ja aika",
    "signature": "Allekirjoitus",
    "name": "Nimi",
    "title": "Asema",
    "organisation": "Organisaatio",
    "page": "Sivu {n} / {total}",
    "document_id": "Asiakirjan tunniste",
    "parties": "Osapuolet",
    "business_id": "Y-tunnus",
}


@dataclass(frozen=True)
class FakeTemplate:
    """Stands in for drafting's Template: only what the renderer reads."""

    id: str = "test-template"
    version: str = "2.1"


@dataclass(frozen=True)
class FakeComposed:
    """Stands in for drafting's ComposedAgreement."""

    title: str
    markdown: str
    template: FakeTemplate = field(default_factory=FakeTemplate)
    language: str = "fi"
    labels: dict[str, str] = field(default_factory=lambda: dict(LABELS_FI))


def dialect_markdown(agreement: Agreement, clauses: int = 6) -> str:
    """A body in the renderer's Markdown dialect, using the agreement's parties."""
    rows = "\n".join(f"| {p.name} | {p.business_id} | 80 |" for p in agreement.parties)
    parts = [
        "## Sopijapuolet",
        f"| Osapuoli | Y-tunnus | h/vuosi |\n| --- | --- | ---: |\n{rows}",
        "Osapuolet tekevät sopimuksen tasavertaisina kumppaneina.",
        "## Tarkoitus",
        "Ensimmäinen alakohta, jossa on **lihavointia** ja *kursiivia*.",
        "Toinen alakohta: åäö ÅÄÖ.",
        "- luettelo yksi\n- luettelo kaksi\n  - sisempi kohta\n\n1. numeroitu\n2. toinen",
        "### Alaotsikko",
        "Kappale alaotsikon alla, jota ei numeroida erikseen.",
        "Toinenkin kappale alaotsikon alla.",
    ]
    for number in range(clauses):
        parts.append(f"## Lauseke {number + 3}")
        parts.extend([f"Ehto {number + 3} kuvaa velvollisuuksia ja oikeuksia. " * 6] * 3)
    parts += ["## Liitteet {-}", "1. Kokousaikataulu\n2. Yhteyshenkilöt"]
    return "\n\n".join(parts)


def fake_composed(
    agreement: Agreement,
    markdown: str | None = None,
    title: str = "Yhteistyösopimus verkoston jatkamisesta",
) -> FakeComposed:
    """A composition of ``agreement`` in the dialect, without the drafting layer."""
    return FakeComposed(
        title=title,
        markdown=markdown or dialect_markdown(agreement),
        language=agreement.language.value,
    )


def _tool(name: str) -> str:
    require_tools(name)
    return shutil.which(name) or name


def run_on(tool: str, data: bytes, *args: str, check: bool = False) -> subprocess.CompletedProcess:
    """Run ``tool args FILE`` (or ``FILE -`` for pdftotext) on the PDF ``data``."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "doc.pdf"
        path.write_bytes(data)
        command = [_tool(tool), *args, str(path)]
        if tool == "pdftotext":
            command.append("-")
        return subprocess.run(command, capture_output=True, text=True, check=check, timeout=120)


def pdftotext(data: bytes) -> str:
    """The text poppler extracts, in reading order."""
    return run_on("pdftotext", data, "-enc", "UTF-8", check=True).stdout


def pdftotext_pages(data: bytes) -> list[str]:
    """The extracted text page by page."""
    return pdftotext(data).split("\f")[:-1]


def pdffonts_rows(data: bytes) -> list[dict[str, str]]:
    """pdffonts' table: one dict per font with its name, type and emb/sub/uni columns."""
    lines = run_on("pdffonts", data, check=True).stdout.splitlines()
    header, rule = lines[0], lines[1]
    spans = [match.span() for match in re.finditer(r"-+", rule)]
    names = [header[a:b].strip() for a, b in spans]
    return [
        {name: line[a:b].strip() for name, (a, b) in zip(names, spans, strict=True)}
        for line in lines[2:]
        if line.strip()
    ]


def pdfsig_fields(data: bytes) -> list[tuple[str, bool]]:
    """(field name, signed?) for every signature field pdfsig reports, in its order."""
    output = run_on("pdfsig", data).stdout
    fields = []
    for block in re.split(r"^Signature #\d+:\n", output, flags=re.M)[1:]:
        name = re.search(r"Signature Field Name: (.*)", block)
        fields.append((name.group(1).strip() if name else "", "not signed" not in block))
    return fields


def qpdf_check(data: bytes) -> subprocess.CompletedProcess:
    """``qpdf --check``; returncode 0 means no errors (2 errors, 3 warnings)."""
    return run_on("qpdf", data, "--check")


def make_signer(common_name: str = "Päivi Mäkelä") -> object:
    """A pyHanko SimpleSigner with a fresh P-256 key and a self-signed certificate."""
    from asn1crypto import keys, x509
    from cryptography import x509 as cx509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID
    from pyhanko.sign import signers
    from pyhanko_certvalidator.registry import SimpleCertificateStore

    key = ec.generate_private_key(ec.SECP256R1())
    name = cx509.Name([cx509.NameAttribute(NameOID.COMMON_NAME, common_name)])
    start = dt.datetime.now(dt.UTC) - dt.timedelta(days=1)
    certificate = (
        cx509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(cx509.random_serial_number())
        .not_valid_before(start)
        .not_valid_after(start + dt.timedelta(days=30))
        .add_extension(
            cx509.KeyUsage(True, True, False, False, False, False, False, False, False),
            critical=True,
        )
        .sign(key, hashes.SHA256())
    )
    cert = x509.Certificate.load(certificate.public_bytes(serialization.Encoding.DER))
    private = keys.PrivateKeyInfo.load(
        key.private_bytes(
            serialization.Encoding.DER,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    return signers.SimpleSigner(
        signing_cert=cert,
        signing_key=private,
        cert_registry=SimpleCertificateStore.from_certs([cert]),
    )


def sign_field(data: bytes, field_name: str, signer: object) -> bytes:
    """``data`` signed by ``signer`` into the existing field ``field_name`` (incrementally)."""
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign import signers

    writer = IncrementalPdfFileWriter(BytesIO(data))
    meta = signers.PdfSignatureMetadata(field_name=field_name)
    return signers.sign_pdf(writer, meta, signer=signer, existing_fields_only=True).getvalue()


def text_positions(data: bytes) -> list[tuple[int, float, float, str]]:
    """(page index, x, y, text) of every piece of text, as pypdf's text visitor reports it."""
    from pypdf import PdfReader

    found: list[tuple[int, float, float, str]] = []
    for index, page in enumerate(PdfReader(BytesIO(data)).pages):

        def visit(text, cm, tm, font, size, index=index):
            if text.strip():
                x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
                y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
                found.append((index, x, y, text))

        page.extract_text(visitor_text=visit)
    return found
