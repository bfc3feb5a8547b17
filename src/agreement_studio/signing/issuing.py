"""Making identities and network CAs, and issuing one identity per signatory of an agreement.

Key generation and the encrypted PKCS#12 files (600 000 key-derivation rounds) take a noticeable
moment, so the window runs all of this off its GUI thread. No Qt here.

Issuing for an agreement: :func:`signatories_of` reads who signs (name, the party as the
organisation, e-mail, Business ID) and :func:`issue_to_signatories` issues each an identity with
the network CA, saved as ``<name>-<organisation>.p12`` in a folder the coordinator chooses and
protected by a password of its own (:func:`new_password`), which the coordinator tells each
holder separately. Every subject is checked before the first key is made, so a bad name stops
the batch before anything is issued.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from agreement_studio.fileio import write_atomic
from agreement_studio.i18n import translatable
from agreement_studio.signing.identity_store import StoredIdentity, store_identity

_ = translatable(__name__)

if TYPE_CHECKING:
    from agreement_studio.agreement import Agreement
    from agreement_studio.signing import NetworkCA

__all__ = [
    "IssuedFile",
    "SignatoryIdentity",
    "SubjectValues",
    "agreement_choices",
    "create_ca",
    "create_own",
    "issue_to_partner",
    "issue_to_signatories",
    "new_password",
    "open_ca",
    "register_signatories",
    "signatories_of",
]


@dataclass(frozen=True)
class SubjectValues:
    """Whom a new certificate names, and its file's password (kept out of the repr)."""

    name: str
    organisation: str
    email: str
    business_id: str
    password: str
    trust: bool = False
    """For a CA: trust the identities it issues."""

    def __repr__(self) -> str:
        return f"SubjectValues({self.name!r}, {self.organisation!r})"


def _optional(text: str) -> str | None:
    return text or None


def create_own(
    values: SubjectValues, folder: Path | None = None, *, apart: bool = False
) -> StoredIdentity:
    """A new self-issued identity, kept in the app's identities folder.

    ``apart``: its file is encrypted in another process (a window's worker thread passes it,
    see ``identities.pkcs12_apart``); the same everywhere else.
    """
    from agreement_studio.signing import create_identity

    identity = create_identity(
        name=values.name,
        org=values.organisation,
        email=_optional(values.email),
        business_id=_optional(values.business_id),
    )
    return store_identity(identity, values.password, folder, apart=apart)


def create_ca(values: SubjectValues, path: Path, *, apart: bool = False) -> tuple[NetworkCA, Path]:
    """A new network CA saved to ``path`` (encrypted) with its certificate beside it (.pem).

    Returns the CA and the certificate file, which auditors add to their trust anchors.
    """
    from agreement_studio.signing import create_network_ca

    ca = create_network_ca(
        name=values.name, org=values.organisation, business_id=_optional(values.business_id)
    )
    certificate = write_atomic(path.with_suffix(".pem"), ca.certificate_pem(), mode=0o644)
    ca.save_pkcs12(path, values.password, apart=apart)
    return ca, certificate


def open_ca(path: Path, password: str) -> NetworkCA:
    """Open a network CA's file (WrongPassword when the password does not open it)."""
    from agreement_studio.signing import load_network_ca

    return load_network_ca(path, password)


def issue_to_partner(ca: Any, values: SubjectValues, path: Path, *, apart: bool = False) -> Path:
    """Issue an identity with the CA and save it, encrypted, to hand over."""
    identity = ca.issue(
        name=values.name,
        org=values.organisation,
        email=_optional(values.email),
        business_id=_optional(values.business_id),
    )
    saved: Path = identity.save_pkcs12(path, values.password, apart=apart)
    return saved


# --- one identity per signatory of an agreement -------------------------------------------------
@dataclass(frozen=True)
class SignatoryIdentity:
    """Whom an identity for one signatory of an agreement names (the coordinator may edit it)."""

    name: str
    organisation: str
    """The party the signatory signs for."""
    email: str = ""
    business_id: str = ""
    """The party's Finnish Business ID; empty for a foreign party."""
    title: str = ""
    """The signatory's title in the agreement (shown, not put into the certificate)."""


@dataclass(frozen=True)
class IssuedFile:
    """An identity issued for a signatory: where it is saved and the password that opens it."""

    signatory: SignatoryIdentity
    path: Path
    password: str
    fingerprint_sha256: str

    def __repr__(self) -> str:
        return f"IssuedFile({self.signatory.name!r}, {self.path.name!r})"


def signatories_of(agreement: Agreement) -> list[SignatoryIdentity]:
    """The agreement's signatories in signing order, each with the party as the organisation."""
    found = []
    for party, signatory, _field in agreement.signatures():
        if not signatory.name.strip():
            continue  # a row left blank in a draft: nobody to issue for
        found.append(
            SignatoryIdentity(
                name=signatory.name.strip(),
                organisation=party.name.strip(),
                email=signatory.email.strip(),
                business_id=party.business_id.strip() if party.is_finnish else "",
                title=signatory.title.strip(),
            )
        )
    return found


def agreement_choices(register: Any) -> list[tuple[str, str, int]]:
    """The register's agreements to issue for: (document ID, title, signatories), by title."""
    rows = [(r.document_id, r.title, r.signatory_count) for r in register.iter_rows()]
    return sorted(rows, key=lambda row: row[1].casefold())


def register_signatories(register: Any, document_id: str) -> list[SignatoryIdentity]:
    """The signatories of the agreement's latest version in ``register``."""
    return signatories_of(register.draft(document_id))


def new_password() -> str:
    """A password for one issued file: 20 letters and digits in groups of five, easy to read
    out over the phone (no 0/O, 1/l/I); about 100 bits."""
    alphabet = "abcdefghijkmnpqrstuvwxyz23456789"
    text = "".join(secrets.choice(alphabet) for _ in range(20))
    return "-".join(text[i : i + 5] for i in range(0, 20, 5))


def _free_path(folder: Path, signatory: SignatoryIdentity, taken: set[Path]) -> Path:
    from agreement_studio.signing import slugify

    base = "-".join(p for p in (slugify(signatory.name), slugify(signatory.organisation)) if p)
    path, number = folder / f"{base or 'identity'}.p12", 2
    while path in taken or path.exists():
        path, number = folder / f"{base or 'identity'}-{number}.p12", number + 1
    taken.add(path)
    return path


def issue_to_signatories(
    ca: Any, signatories: list[SignatoryIdentity], folder: Path, *, apart: bool = False
) -> list[IssuedFile]:
    """Issue each signatory an identity with ``ca``, saved in ``folder`` under a new password.

    Every subject is checked first (IdentityError names the signatory), so a bad entry stops
    the batch before any key is made. Existing files are never replaced. ``apart`` encrypts
    the files in another process (one for the batch), as a window's worker thread needs.
    """
    from agreement_studio.errors import IdentityError, OutputError
    from agreement_studio.signing.certificates import Subject

    for signatory in signatories:
        try:
            Subject.checked(
                name=signatory.name,
                org=signatory.organisation,
                email=_optional(signatory.email),
                business_id=_optional(signatory.business_id),
            )
        except IdentityError as error:
            raise IdentityError(
                _("{name}: {error}", name=signatory.name or _("(no name)"), error=error)
            ) from None
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise OutputError(
            _("cannot create the folder {folder}: {error}", folder=folder, error=error)
        ) from None
    identities = []
    for signatory in signatories:
        identity = ca.issue(
            name=signatory.name,
            org=signatory.organisation,
            email=_optional(signatory.email),
            business_id=_optional(signatory.business_id),
        )
        identities.append((identity, new_password()))
    if apart:
        from agreement_studio.signing.identities import pkcs12_apart

        files = pkcs12_apart(identities)
    else:
        files = [identity.pkcs12_bytes(password) for identity, password in identities]
    issued: list[IssuedFile] = []
    taken: set[Path] = set()
    for signatory, (identity, password), data in zip(signatories, identities, files, strict=True):
        path = write_atomic(_free_path(folder, signatory, taken), data, mode=0o600)
        issued.append(IssuedFile(signatory, path, password, identity.fingerprint_sha256))
    return issued
