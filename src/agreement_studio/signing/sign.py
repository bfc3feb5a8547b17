"""Signing a PDF: PAdES baseline B-B, B-T, B-LT or B-LTA as an incremental update.

The first signature may certify the document (DocMDP P=2: later signatures and filling the
prepared fields allowed, nothing else). A prepared field's FieldMDP lock (``/Lock``, written at
render time) is copied into its signature by pyHanko. B-LT and B-LTA gather the validation data
(see ``long_term.py``) right after signing.

:func:`sign_pdf` is the door; :class:`DocumentSigner` holds what stays the same between
signatures (the identity, its pyHanko signer, the timestamp client) so a batch pays for them
once, and :func:`warm_up` lets an application pay the one-time costs early, off its GUI thread.

The work follows pyHanko's interactive signing API (``PdfSigner.init_signing_session`` →
``prepare_tbs_document`` → ``digest_tbs_document`` → ``perform_signature``) rather than its
one-call ``sign_pdf``, to set the signing time ourselves and to reserve the signature's room
from a cached figure instead of building a throw-away signature first.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import gc
import hashlib
import io
import os
import sys
import threading
from collections.abc import Coroutine, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

from cryptography import x509

from agreement_studio import __version__
from agreement_studio.errors import (
    CertificateNotUsable,
    CertificationRefused,
    IdentityError,
    InputError,
    OutputError,
    PdfInputError,
    SigningError,
    TimestampError,
    TokenError,
)
from agreement_studio.fileio import write_atomic
from agreement_studio.i18n import translatable
from agreement_studio.signing.deferred_http import defer_http_clients, load_http_clients
from agreement_studio.signing.fields import FieldChoice, choose_field, field_states, new_field_box
from agreement_studio.signing.identities import Identity
from agreement_studio.signing.vocabulary import Level

_ = translatable(__name__)

__all__ = ["DocumentSigner", "SignResult", "sign_pdf", "warm_up"]

PdfSource = str | os.PathLike[str] | bytes


@dataclass(frozen=True)
class SignResult:
    """What :func:`sign_pdf` did."""

    output: Path
    """Where the signed PDF was written."""
    field_name: str
    """The signature field that now holds the signature."""
    created_field: bool
    """True when the field was made for this signature (the PDF had no empty field)."""
    signer_name: str
    """The signatory's name from the certificate."""
    fingerprint_sha256: str
    """SHA-256 of the signer's certificate (hex)."""
    signing_time: dt.datetime
    """The signing time recorded in the signature and shown in its appearance."""
    timestamped: bool
    """True when an RFC 3161 timestamp token is embedded (PAdES B-T)."""
    sha256: str
    """SHA-256 of the signed PDF (hex)."""
    size: int
    """Size of the signed PDF in bytes."""
    level: Level = Level.B_B
    """The PAdES level made."""
    certified: bool = False
    """True when this is a certification signature (DocMDP P=2)."""


def sign_pdf(
    source: PdfSource,
    identity: Identity,
    *,
    output: str | os.PathLike[str],
    field: str | None = None,
    reason: str | None = None,
    location: str | None = None,
    tsa_url: str | None = None,
    overwrite: bool = False,
    timestamp: dt.datetime | None = None,
    level: Level | str | None = None,
    certify: bool = False,
    trust: Sequence[x509.Certificate] = (),
    crls: Sequence[bytes] = (),
    language: str | None = None,
) -> SignResult:
    """Sign ``source`` (a path or the PDF's bytes) as ``identity`` and write it to ``output``.

    ``field`` names the prepared field; by default the signatory's own empty field is found
    (see ``fields.py``). ``tsa_url`` adds an RFC 3161 timestamp. ``timestamp`` sets the signing
    time (default: now). ``level`` is the PAdES level (default B-T with a timestamp server,
    else B-B); B-LT and B-LTA store validation data built to ``trust`` (plus the identity's own
    root) with the DER CRLs in ``crls``. ``certify`` makes a certification signature, which
    only the first signature may be. The input is never overwritten unless ``overwrite`` is
    true, and a failure leaves both the input and any existing output untouched. The visible
    stamp speaks the agreement's language: ``language`` (``fi``, ``sv``, ``en``), by default the
    PDF's ``/Lang`` (English when it has none), never the reader's.
    """
    signer = DocumentSigner(
        identity,
        reason=reason,
        location=location,
        tsa_url=tsa_url,
        level=level,
        certify=certify,
        trust=trust,
        crls=crls,
        language=language,
    )
    return signer.sign(
        source, output=output, field=field, overwrite=overwrite, signing_time=timestamp
    )


class DocumentSigner:
    """An identity ready to sign, with the options that stay the same across documents."""

    def __init__(
        self,
        identity: Identity,
        *,
        reason: str | None = None,
        location: str | None = None,
        tsa_url: str | None = None,
        level: Level | str | None = None,
        certify: bool = False,
        trust: Sequence[x509.Certificate] = (),
        crls: Sequence[bytes] = (),
        language: str | None = None,
    ) -> None:
        self.identity = identity
        self.language = language
        self.reason = reason or None
        self.location = location or None
        self.tsa_url = tsa_url or None
        self.level = _checked_level(level, self.tsa_url)
        self.certify = certify
        self.trust = list(trust)
        self.crls = list(crls)
        self._context: Any = None

    def sign(
        self,
        source: PdfSource,
        *,
        output: str | os.PathLike[str],
        field: str | None = None,
        overwrite: bool = False,
        signing_time: dt.datetime | None = None,
    ) -> SignResult:
        """Sign one PDF; see :func:`sign_pdf`."""
        data, label = read_source(source, Path(output), overwrite)
        now = dt.datetime.now().astimezone()
        self.identity.check_usable(now)
        if self.crls:
            from agreement_studio.signing.revocation_list import check_not_revoked

            check_not_revoked(self.identity.chain, self.crls)
        when = (signing_time or now).astimezone().replace(microsecond=0)
        if signing_time is not None:
            self.identity.check_usable(when)
        signed, choice = self._sign_bytes(data, label, field, when)
        target = write_atomic(output, signed, mode=output_mode(Path(output)))
        return SignResult(
            output=target,
            field_name=choice.name,
            created_field=choice.create,
            signer_name=self.identity.subject_name,
            fingerprint_sha256=self.identity.fingerprint_sha256,
            signing_time=when,
            timestamped=self.tsa_url is not None,
            level=self.level,
            certified=self.certify,
            sha256=hashlib.sha256(signed).hexdigest(),
            size=len(signed),
        )

    def _sign_bytes(
        self, data: bytes, label: str, field: str | None, when: dt.datetime
    ) -> tuple[bytes, FieldChoice]:
        return run_async(self._sign_async(data, label, field, when))

    async def _sign_async(
        self, data: bytes, label: str, field: str | None, when: dt.datetime
    ) -> tuple[bytes, FieldChoice]:
        load_pyhanko()
        from pyhanko.sign.signers.pdf_cms import PdfCMSSignedAttributes

        writer, states = open_pdf(data, label)
        identity = self.identity
        if self.certify:
            _check_certifiable(states, label)
        choice = choose_field(states, identity.subject_name, field, identity.organisation)
        pdf_signer = self._pdf_signer(writer, choice, when, states)
        signer = pdf_signer.signer
        try:
            session = pdf_signer.init_signing_session(
                writer, existing_fields_only=not choice.create
            )
            session.system_time = when
            validation_info = None
            if pdf_signer.signature_meta.validation_context is not None:
                # builds the signer's and the TSA's chains (and gathers their CRLs) before
                # anything is signed: a revoked or unknown signer, or a timestamp server that
                # does not chain to a trust anchor, stops here
                from agreement_studio.signing.long_term import quiet_logger

                with quiet_logger("pyhanko.sign.signers.pdf_signer"):  # "fetching not allowed"
                    validation_info = await session.perform_presign_validation(writer)
                if not self.level.has_validation_data:
                    validation_info = None  # checked, not stored (B-T)
            if pdf_signer.default_timestamper is None:
                reserved = await signer.reserved_bytes()
            else:  # a token's size is only known by asking the server (pyHanko caches it)
                reserved = await session.estimate_signature_container_size(None)
            tbs = session.prepare_tbs_document(
                validation_info=validation_info, bytes_reserved=reserved
            )
            prepared, output = tbs.digest_tbs_document(output=io.BytesIO())
            post = await tbs.perform_signature(
                document_digest=prepared.document_digest,
                pdf_cms_signed_attrs=PdfCMSSignedAttributes(signing_time=when),
            )
            await post.post_signature_processing(output)
        except Exception as error:
            raise _translate(error, self.tsa_url) from error
        return output.getvalue(), choice

    def _pdf_signer(
        self, writer: Any, choice: FieldChoice, when: dt.datetime, states: list[Any]
    ) -> Any:
        from pyhanko.sign.fields import MDPPerm, SigFieldSpec, SigSeedSubFilter
        from pyhanko.sign.signers import PdfSignatureMetadata, PdfSigner
        from pyhanko.sign.signers.pdf_byterange import BuildProps
        from pyhanko.sign.signers.pdf_signer import (
            DSSContentSettings,
            SigDSSPlacementPreference,
        )

        from agreement_studio.signing.appearance import AppearanceText, SignatureStampStyle
        from agreement_studio.signing.long_term import next_timestamp_field
        from agreement_studio.signing.vocabulary import stamp_label

        identity = self.identity
        meta = PdfSignatureMetadata(
            field_name=choice.name,
            md_algorithm="sha256",
            subfilter=SigSeedSubFilter.PADES,
            reason=self.reason,
            location=self.location,
            name=identity.subject_name,
            app_build_props=BuildProps(name="Agreement Studio", revision=__version__),
            certify=self.certify,
            docmdp_permissions=MDPPerm.FILL_FORMS,
            embed_validation_info=self.level.has_validation_data,
            validation_context=self._validation_context(),
            use_pades_lta=self.level is Level.B_LTA,
            timestamp_field_name=next_timestamp_field(states),
            # the DSS in its own revision, the document timestamp after it (as extend does)
            dss_settings=DSSContentSettings(placement=SigDSSPlacementPreference.SEPARATE_REVISION),
            signer_key_usage={"non_repudiation"},
        )
        style = SignatureStampStyle(
            text=AppearanceText(
                name=identity.subject_name,
                organisation=identity.organisation,
                when=format_local_time(when),
                label=stamp_label(self.language or document_language(writer.prev)),
            )
        )
        spec = None
        if choice.create:
            spec = SigFieldSpec(choice.name, on_page=-1, box=new_field_box(writer.prev))
        try:
            signer = identity.signer()
        except IdentityError:
            raise
        except Exception as error:
            raise _translate(error, None) from error
        return PdfSigner(
            meta,
            signer,
            timestamper=timestamp_client(self.tsa_url),
            stamp_style=style,
            new_field_spec=spec,
        )

    def _validation_context(self) -> Any:
        """For B-LT and B-LTA, or whenever trust anchors are given: chains are built to the
        identity's own root and ``trust`` (and the timestamp server's chain checked)."""
        if not (self.level.has_validation_data or self.trust):
            return None
        if self._context is None:
            from agreement_studio.signing.long_term import validation_context

            chain = self.identity.chain
            roots = [c for c in chain if c.issuer == c.subject] + self.trust
            self._context = validation_context(roots, crls=self.crls, other_certs=chain)
        return self._context


def _checked_level(level: Level | str | None, tsa_url: str | None) -> Level:
    if level is None:
        return Level.B_T if tsa_url else Level.B_B
    chosen = Level.parse(level) if isinstance(level, str) else level
    if chosen.needs_timestamp_server and not tsa_url:
        raise InputError(_("{level} needs a timestamp server (--tsa URL)", level=chosen.value))
    if not chosen.needs_timestamp_server and tsa_url:
        raise InputError(_("B-B has no timestamp; choose B-T (or leave out the timestamp server)"))
    return chosen


def _check_certifiable(states: list[Any], label: str) -> None:
    """Only the first signature may certify (ISO 32000-2 §12.8.2.2)."""
    signed = [state.name for state in states if state.signed]
    if signed:
        raise CertificationRefused(
            _(
                "{label} is already signed ({fields}); only the first signature can certify a "
                "document: sign without certifying",
                label=label,
                fields=", ".join(signed),
            )
        )


def document_language(reader: Any) -> str | None:
    """The PDF's ``/Lang`` (the agreement's language, e.g. ``fi``), if its catalog has one."""
    try:
        value = reader.root.get("/Lang")
    except Exception:  # a damaged catalog: the stamp falls back to English
        return None
    return str(value) if value else None


def open_pdf(data: bytes, label: str, *, what: str = "signed") -> tuple[Any, list[Any]]:
    """An incremental writer over ``data`` and its signature fields (PdfInputError if broken)."""
    from pyhanko.pdf_utils.misc import PdfError

    try:
        writer = incremental_writer(io.BytesIO(data))
        if writer.prev.encrypted:
            raise PdfInputError(_("{label} is encrypted; remove the encryption first", label=label))
        return writer, field_states(writer.prev)
    except PdfError as error:
        if what == "extended":
            message = _("{label}: cannot be extended as it is: {error}", label=label, error=error)
        else:
            message = _("{label}: cannot be signed as it is: {error}", label=label, error=error)
        raise PdfInputError(message) from None
    except (ValueError, KeyError, TypeError, AttributeError, IndexError) as error:
        # pyHanko's parser lets some damage through as plain Python errors
        raise PdfInputError(
            _(
                "{label}: the PDF is damaged ({kind}: {error})",
                label=label,
                kind=type(error).__name__,
                error=error,
            )
        ) from None


def incremental_writer(stream: io.BytesIO) -> Any:
    """pyHanko's incremental writer over ``stream``, keeping a PDF/A file a PDF 1.7 file.

    pyHanko marks a signature made with ECDSA on a NIST curve (our keys), SHA-3 or EdDSA as an
    ISO 32002/32001 extension of PDF 2.0 and raises the catalog's ``/Version`` to 2.0. PDF/A-2
    is a profile of PDF 1.7 (ISO 32000-1): a file that claims PDF/A (``pdfaid`` in its XMP)
    keeps ``/Version`` at most 1.7 and only extensions of PDF 1.7 (PAdES's ``/ESIC``). The
    signatures themselves are the same; only the version marks differ.
    """
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter

    class _Writer(IncrementalPdfFileWriter):
        pdfa = False

        def ensure_output_version(self, version: tuple[int, int]) -> None:
            if self.pdfa and version > _PDFA_VERSION:
                return
            super().ensure_output_version(version)  # type: ignore[no-untyped-call]  # pyHanko

        def register_extension(self, extension: Any) -> None:
            if self.pdfa and _extension_base(extension) > _PDFA_VERSION:
                return
            super().register_extension(extension)

    writer = _Writer(stream)
    writer.pdfa = claims_pdfa(stream.getvalue())
    return writer


_PDFA_VERSION = (1, 7)


def _extension_base(extension: Any) -> tuple[int, int]:
    base = str(getattr(extension, "base_version", "") or "").lstrip("/")
    major, _dot, minor = base.partition(".")
    return (int(major), int(minor)) if major.isdigit() and minor.isdigit() else (0, 0)


def claims_pdfa(data: bytes) -> bool:
    """Whether the newest revision's XMP metadata claims PDF/A (``pdfaid:part``), as the
    project's reader reads it (pyHanko's reader is not asked: reading its metadata object
    makes it rewrite the XMP without the PDF/A identification when it signs)."""
    from agreement_studio.verification.document import PdfDocument, StructureError
    from agreement_studio.verification.syntax import PdfSyntaxError, Stream
    from agreement_studio.verification.view import View
    from agreement_studio.verification.xref import decode_stream

    try:
        document = PdfDocument(data)
        view = View(document, document.revisions[-1])
        metadata = view.get(view.catalog, "Metadata")
        xmp = decode_stream(metadata, 1 << 20) if isinstance(metadata, Stream) else b""
    except (StructureError, PdfSyntaxError, ValueError, IndexError, RecursionError):
        return False
    return b"pdfaid:part" in xmp


_T = TypeVar("_T")


def run_async(coroutine: Coroutine[Any, Any, _T]) -> _T:
    """Run ``coroutine`` on a new event loop in this thread, like ``asyncio.run``.

    ``asyncio.run`` on the main thread installs a Ctrl-C handler, and building that handler's
    description formats the running task, PDF bytes and all: milliseconds per signature.
    """
    loop = asyncio.new_event_loop()
    try:
        return loop.run_until_complete(coroutine)
    finally:
        try:
            pending = [task for task in asyncio.all_tasks(loop) if not task.done()]
            for task in pending:
                task.cancel()
            if pending:
                loop.run_until_complete(asyncio.gather(*pending, return_exceptions=True))
            loop.run_until_complete(loop.shutdown_asyncgens())
            loop.run_until_complete(loop.shutdown_default_executor())
        finally:
            loop.close()


def load_pyhanko() -> None:
    """Import pyHanko's signers (a third of a second), aiohttp left for when a server is asked.

    The cyclic garbage collector is paused meanwhile: loading modules makes hundreds of
    thousands of long-lived objects and no garbage, and the collector would walk them again and
    again. Then they are frozen (``gc.freeze``): they live as long as the process, and later
    collections, the one at exit included, skip them. Both together are about a sixth of a
    command-line signature."""
    if "pyhanko.sign.signers" in sys.modules:
        return
    collecting = gc.isenabled()
    gc.disable()
    try:
        defer_http_clients()  # aiohttp loads only if a timestamp server is asked
        import pyhanko.sign.signers  # noqa: F401 - the import itself is the work

        gc.freeze()
    finally:
        if collecting:
            gc.enable()


def warm_up() -> None:
    """Import pyHanko and prepare the appearance font now (about a second, once per process).

    Optional: the first signature does it otherwise. Safe to call from a background thread.
    """
    load_pyhanko()

    from agreement_studio.signing import appearance

    appearance.warm_up()


def output_mode(output: Path) -> int:
    """Permissions for the signed file: those of the file it replaces, else the usual ones.

    (A temporary file is private, 0600; a signed agreement is an ordinary document.)
    """
    try:
        return output.stat().st_mode & 0o777
    except OSError:
        return 0o666 & ~_umask()


def _umask() -> int:
    # os.umask() can only be read by setting it, which races with other threads; Linux shows it
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("Umask:"):
                return int(line.split()[1], 8)
    except (OSError, ValueError):
        pass
    return 0o022


def format_local_time(moment: dt.datetime) -> str:
    """``2026-05-04 14:03:05 +03:00``: local time with its UTC offset."""
    offset = moment.strftime("%z")
    return f"{moment:%Y-%m-%d %H:%M:%S} {offset[:3]}:{offset[3:]}"


def read_source(source: PdfSource, output: Path, overwrite: bool) -> tuple[bytes, str]:
    label: str
    if isinstance(source, bytes | bytearray | memoryview):
        data, label = bytes(source), _("the PDF")
    else:
        path = Path(source)
        label = str(path)
        if not overwrite and _same_file(path, output):
            raise OutputError(
                _(
                    "{output} is the input file; choose another output file "
                    "(or ask to overwrite the input)",
                    output=output,
                )
            )
        try:
            data = path.read_bytes()
        except OSError as error:
            raise PdfInputError(
                _("cannot read {path}: {why}", path=path, why=error.strerror or str(error))
            ) from None
    if b"%PDF-" not in data[:1024]:
        raise PdfInputError(_("{label} is not a PDF file", label=label))
    return data, label


def _same_file(a: Path, b: Path) -> bool:
    try:
        return a.resolve() == b.resolve() or (b.exists() and os.path.samefile(a, b))
    except OSError:
        return False


_timestampers: dict[str, Any] = {}
_timestampers_lock = threading.Lock()


def timestamp_client(url: str | None) -> Any:
    """One timestamp client per URL and process: pyHanko caches its size estimate on it."""
    if url is None:
        return None
    load_http_clients()
    from pyhanko.sign.timestamps.aiohttp_client import HTTPTimeStamper

    with _timestampers_lock:
        client = _timestampers.get(url)
        if client is None:
            client = _timestampers[url] = HTTPTimeStamper(url, timeout=20)
        return client


def _translate(error: Exception, tsa_url: str | None) -> Exception:
    """One of our typed errors for an exception raised inside pyHanko."""
    from pkcs11.exceptions import PKCS11Error as TokenFailure
    from pyhanko.pdf_utils.misc import PdfError
    from pyhanko.sign.general import SigningError as PyhankoSigningError
    from pyhanko.sign.timestamps.common_utils import TimestampRequestError

    if isinstance(error, IdentityError | PdfInputError | SigningError | OutputError):
        return error
    if isinstance(error, TimestampRequestError):
        return TimestampError(
            _(
                "the timestamp server {url} did not give a timestamp "
                "(check the address and the network); nothing was written",
                url=tsa_url,
            )
        )
    if isinstance(error, TokenFailure):
        return TokenError(
            _(
                "the token could not sign ({kind}); check that it is inserted and supports "
                "this key",
                kind=type(error).__name__,
            )
        )
    chain_problem = _chain_problem(error, tsa_url)
    if chain_problem is not None:
        return chain_problem
    if isinstance(error, PyhankoSigningError):
        return SigningError(_("the PDF cannot be signed: {error}", error=error))
    if isinstance(error, PdfError):
        return PdfInputError(_("the PDF cannot be signed as it is: {error}", error=error))
    return SigningError(
        _("signing failed: {kind}: {error}", kind=type(error).__name__, error=error)
    )


def _chain_problem(error: Exception, tsa_url: str | None) -> Exception | None:
    """A typed error when gathering long-term data found a certificate chain unusable."""
    from pyhanko_certvalidator.errors import PathBuildingError, PathValidationError, RevokedError

    cause = error.__cause__ or error.__context__
    if isinstance(cause, RevokedError):  # pyHanko wraps what it finds about the signer
        return CertificateNotUsable(
            _(
                "the signer's certificate is revoked ({why}); it cannot sign; ask the network "
                "for a new identity",
                why=_first_line(cause),
            )
        )
    if isinstance(error, PathBuildingError | PathValidationError):
        # raised as it is only while checking the timestamp server's chain
        return TimestampError(
            _(
                "the timestamp server {url} answered, but its certificate does not chain to a "
                "trust anchor ({why}); give its root with --trust; nothing was written",
                url=tsa_url,
                why=_first_line(error),
            )
        )
    if isinstance(cause, PathBuildingError | PathValidationError):
        return SigningError(
            _(
                "the signer's certificate could not be checked ({why}); give its root with "
                "--trust and the CA's CRL with --crl; nothing was written",
                why=_first_line(cause),
            )
        )
    return None


def _first_line(error: Exception) -> str:
    text = str(error).strip() or type(error).__name__
    return text.splitlines()[0]
