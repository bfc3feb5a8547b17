"""Signing an agreement of the register: the work the sign dialog runs off the GUI thread.

The identity is opened, checked (valid now, and its holder is the field's signatory), the PDF
to send on is signed into a temporary file in the register's own file store folder (same disk,
and a crash leaves it where the store sweeps stale files), and that file is imported: the
import verifies the new signature and records it. Until the import commits, nothing is written
to the register. No Qt here; the password lives only in the request.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from agreement_studio.errors import SignatureFieldError

if TYPE_CHECKING:
    from agreement_studio.register import ImportResult, Register
    from agreement_studio.signing import Identity

__all__ = [
    "FieldMismatch",
    "IdentityChoice",
    "SignOutcome",
    "SignRequest",
    "open_identity",
    "sign_into_register",
]


@dataclass(frozen=True)
class IdentityChoice:
    """Which identity signs: a PKCS#12 file (``file``, also the app's own) or a ``token``."""

    kind: str
    path: Path | None = None
    password: str = field(default="", repr=False)
    """The file's password or the token's PIN (never shown in a repr)."""
    module: str = ""
    token_label: str = ""
    key_label: str = ""


@dataclass(frozen=True)
class SignRequest:
    """What to sign, where, and as whom."""

    document_id: str
    field_name: str
    signatory: str
    """The name of the field's signatory, as the register records it."""
    identity: IdentityChoice
    reason: str = ""
    location: str = ""
    tsa_url: str = ""
    level: str = ""
    """The PAdES level (``B-B`` … ``B-LTA``); empty: B-T with a timestamp server, else B-B."""
    certify: bool = False
    """Make a certification signature (only the first signature may)."""


@dataclass(frozen=True)
class SignOutcome:
    """A signature made and recorded."""

    result: ImportResult
    signer_name: str
    organisation: str
    signing_time: dt.datetime
    fingerprint_sha256: str
    timestamped: bool
    level: str = ""
    """The PAdES level made (``B-B`` … ``B-LTA``)."""
    certified: bool = False
    """Whether it is a certification signature."""


class FieldMismatch(SignatureFieldError):
    """The certificate's holder is not the signatory of the chosen field."""

    def __init__(self, holder: str, signatory: str) -> None:
        self.holder = holder
        self.signatory = signatory
        super().__init__(f"the field is for {signatory}, but the certificate is issued to {holder}")


def open_identity(choice: IdentityChoice) -> Identity:
    """Open the chosen identity (WrongPassword, CertificateNotUsable, TokenError…)."""
    if choice.kind == "token":
        from agreement_studio.signing import open_pkcs11

        return open_pkcs11(choice.module, choice.token_label, choice.key_label, choice.password)
    from agreement_studio.signing import load_pkcs12

    if choice.path is None:
        raise SignatureFieldError("no identity file was chosen")
    return load_pkcs12(choice.path, choice.password)


def _check_holder(identity: Identity, signatory: str) -> None:
    from agreement_studio.signing import slugify

    if slugify(identity.subject_name) != slugify(signatory):
        raise FieldMismatch(identity.subject_name, signatory)


def _timestamp_server(request: SignRequest) -> str | None:
    """The timestamp server to ask: none for B-B, even when one is set."""
    from agreement_studio.signing import Level

    if request.level and not Level.parse(request.level).needs_timestamp_server:
        return None
    return request.tsa_url or None


def sign_into_register(register: Register, request: SignRequest, trust: Any = None) -> SignOutcome:
    """Sign the agreement's current PDF into the field, then import (verify, record) it.

    ``trust`` (a TrustStore) is what the import verifies with; at B-LT and B-LTA its anchors
    are what the validation data is built to, and its CRLs are stored in the PDF.
    """
    from agreement_studio.signing import sign_pdf

    identity = open_identity(request.identity)
    try:
        _check_holder(identity, request.signatory)
        data = register.current_pdf(request.document_id)
        folder = register.location.files_dir / "tmp"
        folder.mkdir(parents=True, exist_ok=True)
        handle, name = tempfile.mkstemp(prefix="signing-", suffix=".pdf", dir=folder)
        os.close(handle)
        try:
            signed = sign_pdf(
                data,
                identity,
                output=name,
                field=request.field_name,
                reason=request.reason or None,
                location=request.location or None,
                tsa_url=_timestamp_server(request),
                overwrite=True,
                level=request.level or None,
                certify=request.certify,
                trust=list(trust.anchors) if trust is not None else [],
                crls=list(trust.crls) if trust is not None else [],
            )
            result = register.import_file(name, name=f"{identity.subject_name}.pdf", trust=trust)
        finally:
            with contextlib.suppress(OSError):
                os.unlink(name)
        return SignOutcome(
            result,
            identity.subject_name,
            identity.organisation,
            signed.signing_time,
            signed.fingerprint_sha256,
            signed.timestamped,
            signed.level.value,
            signed.certified,
        )
    finally:
        close = getattr(identity, "close", None)
        if close is not None:  # a token's session ends here
            close()
