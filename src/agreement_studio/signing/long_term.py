"""Long-term validation data: PAdES levels, the DSS, and document timestamps.

The levels (ETSI EN 319 142-1):

- **B-B**: the signature alone;
- **B-T**: with an RFC 3161 timestamp over the signature, proving when it existed;
- **B-LT**: and the data to check it later, kept in the document (its Document Security Store:
  certificates, CRLs and OCSP responses, a VRI entry per signature);
- **B-LTA**: and a document timestamp over all of that, renewed before its own certificate ages
  out, so the proof outlives every certificate in it.

:func:`extend_pdf` is what a coordinator runs once the last signature is in: one incremental
update adds the DSS and, for B-LTA, a second one the document timestamp over it (with the
timestamp server's own chain and CRLs, for the next renewal to build on). Renewing B-LTA is the same
call on an already extended document. Nothing here judges whether a signature is trusted: that
is the verifier's work. The validation data is gathered by building each signer's and timestamp
authority's chain to the trust anchors (given, or else the roots the file itself carries) with
the CRLs given.

pyHanko (and, for a timestamp server, aiohttp) is imported only when this work is done.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import io
import logging
import os
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from cryptography import x509
from cryptography.hazmat.primitives import serialization

from agreement_studio.errors import InputError, PdfInputError, TimestampError
from agreement_studio.fileio import write_atomic
from agreement_studio.i18n import translatable
from agreement_studio.signing.vocabulary import LEVELS_HELP, Level

_ = translatable(__name__)

__all__ = [
    "LEVELS_HELP",
    "ExtendResult",
    "Level",
    "extend_pdf",
    "read_certificates",
    "read_crl",
    "validation_context",
]


@dataclass(frozen=True)
class ExtendResult:
    """What :func:`extend_pdf` did."""

    output: Path
    """Where the extended PDF was written."""
    level: Level
    """The level asked for (B-LT or B-LTA)."""
    signatures: int
    """How many signatures and document timestamps the new DSS covers."""
    timestamp_field: str | None
    """The new document timestamp's field (B-LTA), else None."""
    renew_before: dt.datetime | None
    """When the new document timestamp's chain first expires: renew B-LTA before then."""
    certificates: int
    """Certificates in the DSS afterwards."""
    crls: int
    """CRLs in the DSS afterwards."""
    ocsps: int
    """OCSP responses in the DSS afterwards."""
    warnings: list[str] = field(default_factory=list)
    """What the coordinator should know (unsigned fields, chains not built, no revocation data)."""
    sha256: str = ""
    """SHA-256 of the extended PDF (hex)."""
    size: int = 0
    """Size of the extended PDF in bytes."""


# --- inputs: certificates and CRLs from files ---


def read_certificates(path: str | os.PathLike[str]) -> list[x509.Certificate]:
    """Every certificate in a PEM file (or the one in a DER file)."""
    try:
        data = Path(path).read_bytes()
    except OSError as error:
        raise InputError(
            _("cannot read {path}: {why}", path=path, why=error.strerror or str(error))
        ) from None
    try:
        if b"-----BEGIN" in data:
            return x509.load_pem_x509_certificates(data)
        return [x509.load_der_x509_certificate(data)]
    except ValueError:
        raise InputError(_("{path} is not a certificate file (PEM or DER)", path=path)) from None


def read_crl(path: str | os.PathLike[str]) -> bytes:
    """A CRL file (DER or PEM) as DER bytes, checked to be a CRL."""
    try:
        data = Path(path).read_bytes()
    except OSError as error:
        raise InputError(
            _("cannot read {path}: {why}", path=path, why=error.strerror or str(error))
        ) from None
    try:
        crl = (
            x509.load_pem_x509_crl(data) if b"-----BEGIN" in data else x509.load_der_x509_crl(data)
        )
    except ValueError:
        raise InputError(
            _("{path} is not a certificate revocation list (DER or PEM)", path=path)
        ) from None
    return crl.public_bytes(serialization.Encoding.DER)


def _der(cert: x509.Certificate) -> bytes:
    return cert.public_bytes(serialization.Encoding.DER)


def validation_context(
    trust: Iterable[Any], *, crls: Sequence[bytes] = (), other_certs: Iterable[Any] = ()
) -> Any:
    """A pyHanko validation context for gathering long-term data, offline.

    ``trust`` and ``other_certs`` are ``cryptography`` or asn1crypto certificates; ``crls``
    DER bytes. Nothing is fetched from the network (revocation data comes from ``crls``);
    revocation is checked where data is known (soft-fail), so a missing CRL does not stop
    the work but a revoked certificate is seen.
    """
    from pyhanko_certvalidator import ValidationContext

    return ValidationContext(
        trust_roots=_asn1_all(trust),
        other_certs=_asn1_all(other_certs),
        crls=list(crls),
        allow_fetching=False,
        revocation_mode="soft-fail",
    )


def _asn1_all(certs: Iterable[Any]) -> list[Any]:
    from asn1crypto import x509 as asn1_x509

    result, seen = [], set()
    for cert in certs:
        value = (
            asn1_x509.Certificate.load(_der(cert)) if isinstance(cert, x509.Certificate) else cert
        )
        if value.sha256 not in seen:
            seen.add(value.sha256)
            result.append(value)
    return result


# --- extending a signed document ---


def extend_pdf(
    source: str | os.PathLike[str] | bytes,
    *,
    output: str | os.PathLike[str],
    level: Level | str = Level.B_LTA,
    tsa_url: str | None = None,
    trust: Sequence[x509.Certificate] = (),
    crls: Sequence[bytes] = (),
    overwrite: bool = False,
) -> ExtendResult:
    """Add long-term validation data (B-LT) and a document timestamp over it (B-LTA).

    ``trust`` are the anchors the chains are built to; without any, the roots the document
    itself carries are used (gathering data is not judging trust). ``crls`` are DER CRLs to
    store (the network's current CRL). A document with empty signature fields is extended with
    a warning. The input is never changed; the output is written atomically, and nothing is
    written when the timestamp server fails (TimestampError).
    """
    from agreement_studio.signing.sign import read_source, run_async

    level = Level.parse(level) if isinstance(level, str) else level
    if not level.has_validation_data:
        raise InputError(
            _("extend adds B-LT or B-LTA data; {level} needs no extending", level=level.value)
        )
    if level is Level.B_LTA and not tsa_url:
        raise InputError(_("B-LTA needs a timestamp server for the document timestamp (--tsa URL)"))
    data, label = read_source(source, Path(output), overwrite)
    extended, summary = run_async(
        _extend_async(data, label, level, tsa_url, list(trust), list(crls))
    )
    from agreement_studio.signing.sign import output_mode

    target = write_atomic(output, extended, mode=output_mode(Path(output)))
    return ExtendResult(
        output=target,
        level=level,
        sha256=hashlib.sha256(extended).hexdigest(),
        size=len(extended),
        **summary,
    )


async def _extend_async(
    data: bytes,
    label: str,
    level: Level,
    tsa_url: str | None,
    trust: list[x509.Certificate],
    crls: list[bytes],
) -> tuple[bytes, dict[str, Any]]:
    from pyhanko.sign.validation.dss import DocumentSecurityStore

    from agreement_studio.signing.sign import open_pdf

    writer, states = open_pdf(data, label, what="extended")
    reader = writer.prev
    signatures = list(reader.embedded_signatures)
    if not signatures:
        raise PdfInputError(_("{label} has no signatures; there is nothing to extend", label=label))
    warnings = _unsigned_warning(states)
    carried = _certificates_carried(reader, signatures)
    roots = _asn1_all(trust) if trust else [c for c in carried if c.self_signed != "no"]
    if not trust:
        warnings.append(
            _(
                "no trust anchors given (--trust): the chains were built to the roots the "
                "document carries; the verifier judges trust"
            )
        )
    context = validation_context(roots, crls=crls, other_certs=carried)
    for signature in signatures:
        paths = await _gather(signature, context, warnings)
        DocumentSecurityStore.supply_dss_in_writer(
            writer,
            # the VRI key is the SHA-1 of the signature's /Contents bytes (ISO 32000-2
            # §12.8.4.4), as pyHanko's signer computes it (its add_validation_info hashes the
            # hex text instead, which no reader would look up)
            signature.pkcs7_content,
            certs=_signature_certificates(signature),
            paths=paths,
            validation_context=context,
        )
    if not crls and not list(context.ocsps):
        warnings.append(
            _("no revocation data was given (--crl): the long-term data holds certificates only")
        )
    output = io.BytesIO()
    writer.write(output)
    timestamp_field = renew_before = None
    if level is Level.B_LTA:
        # The document timestamp goes in a revision of its own after the DSS: every reader
        # then sees the DSS strictly before the timestamp that protects it (ETSI EN 319 142-1
        # §5.5), whatever it makes of a DSS and a timestamp sharing one revision.
        from agreement_studio.signing.sign import incremental_writer

        assert tsa_url is not None
        writer = incremental_writer(output)
        timestamp_field = next_timestamp_field(states)
        tsa_paths: list[Any] = []
        output = await _document_timestamp(writer, tsa_url, timestamp_field, context, tsa_paths)
        renew_before = _first_expiry(tsa_paths)
    extended = output.getvalue()
    counts = _dss_counts(writer)
    return extended, {
        "signatures": len(signatures),
        "timestamp_field": timestamp_field,
        "renew_before": renew_before,
        "warnings": warnings,
        **counts,
    }


def _unsigned_warning(states: list[Any]) -> list[str]:
    empty = [state.name for state in states if not state.signed]
    if not empty:
        return []
    return [
        _(
            "not every signature field is signed ({fields}); long-term data is usually added "
            "once the last signature is in",
            fields=", ".join(empty),
        )
    ]


def _signature_certificates(signature: Any) -> list[Any]:
    """The certificates a signature's CMS carries, and those of its timestamp tokens."""
    from pyhanko.sign.validation.generic_cms import extract_tst_data_iter

    found = [c.chosen for c in signature.signed_data["certificates"] if c.name == "certificate"]
    for signed in (False, True):
        for token in extract_tst_data_iter(signature.signer_info, signed=signed):
            found.extend(c.chosen for c in token["certificates"] if c.name == "certificate")
    return found


def _certificates_carried(reader: Any, signatures: list[Any]) -> list[Any]:
    """Every certificate the document carries: in its signatures, timestamps and DSS."""
    from pyhanko.sign.validation.dss import DocumentSecurityStore
    from pyhanko.sign.validation.errors import ValidationInfoReadingError

    found: list[Any] = []
    for signature in signatures:
        found.extend(_signature_certificates(signature))
    with contextlib.suppress(ValidationInfoReadingError):  # no DSS yet
        found.extend(DocumentSecurityStore.read_dss(reader).load_certs())
    return _asn1_all(found)


async def _gather(signature: Any, context: Any, warnings: list[str]) -> list[Any]:
    """The validation paths of a signature (and its timestamps), gathering revocation data."""
    from pyhanko.sign.validation.dss import collect_validation_info
    from pyhanko_certvalidator.errors import PathBuildingError, PathValidationError

    try:
        with quiet_logger(
            "pyhanko.sign.validation.dss"
        ):  # its soft-fail notice: we say it ourselves
            return list(await collect_validation_info(signature, context))
    except (PathBuildingError, PathValidationError) as error:
        who = signature.field_name
        warnings.append(
            _(
                "{who}: the chain could not be checked ({why}); its certificates are stored as "
                "they are",
                who=who,
                why=_first_line(error),
            )
        )
        return []


@contextlib.contextmanager
def quiet_logger(logger_name: str) -> Iterator[None]:
    """Silence ``logger_name``'s warnings for a while (we say what matters ourselves)."""
    logger = logging.getLogger(logger_name)
    before = logger.level
    logger.setLevel(logging.ERROR)
    try:
        yield
    finally:
        logger.setLevel(before)


def _first_line(error: Exception) -> str:
    text = str(error).strip() or type(error).__name__
    return text.splitlines()[0]


def next_timestamp_field(states: list[Any]) -> str:
    """``doc-timestamp-N``: the first such name no field of the document has."""
    taken = {state.name for state in states}
    number = 1
    while f"doc-timestamp-{number}" in taken:
        number += 1
    return f"doc-timestamp-{number}"


async def _document_timestamp(
    writer: Any, tsa_url: str, field_name: str, context: Any, paths: list[Any]
) -> io.BytesIO:
    """Put the timestamp server's validation data in the DSS, then a document timestamp over
    the whole revision (one incremental update). ``paths`` receives the server's chains."""
    from pyhanko.sign.signers.pdf_signer import PdfTimeStamper, TimestampDSSContentSettings
    from pyhanko.sign.timestamps.common_utils import TimestampRequestError
    from pyhanko_certvalidator.errors import PathBuildingError, PathValidationError

    from agreement_studio.signing.sign import timestamp_client

    output = io.BytesIO()
    stamper = PdfTimeStamper(timestamp_client(tsa_url), field_name=field_name)
    try:
        await stamper.async_timestamp_pdf(
            writer,
            "sha256",
            validation_context=context,
            validation_paths=paths,  # pyHanko adds the server's chains to this list
            output=output,
            dss_settings=TimestampDSSContentSettings(update_before_ts=True, include_vri=False),
        )
    except TimestampRequestError:
        raise TimestampError(
            _(
                "the timestamp server {url} did not give a timestamp "
                "(check the address and the network); nothing was written",
                url=tsa_url,
            )
        ) from None
    except (PathBuildingError, PathValidationError) as error:
        raise TimestampError(
            _(
                "the timestamp server {url} answered, but its certificate does not chain to a "
                "trust anchor ({why}); give its root with --trust; nothing was written",
                url=tsa_url,
                why=_first_line(error),
            )
        ) from None
    except OSError as error:
        raise TimestampError(
            _(
                "the timestamp server {url} could not be reached ({error}); nothing was written",
                url=tsa_url,
                error=error,
            )
        ) from None
    return output


def _first_expiry(paths: list[Any]) -> dt.datetime | None:
    """The earliest end of validity among the certificates of ``paths``."""
    ends = [cert.not_valid_after for path in paths for cert in path]
    return min(ends) if ends else None


def _dss_counts(writer: Any) -> dict[str, int]:
    from pyhanko.sign.validation.dss import DocumentSecurityStore

    dss = DocumentSecurityStore.read_dss(writer)  # the writer holds the last revision's objects
    return {
        "certificates": len(dss.certs),
        "crls": len(dss.crls),
        "ocsps": len(dss.ocsps),
    }
