"""Every failure a user can cause, as one tree of exception types.

::

    AgreementStudioError            anything this application raises on purpose
    ├── InputError                  the user gave something unusable (exit status 2)
    │   ├── DraftError              a draft file cannot be read or parsed
    │   ├── ValidationFailed        a draft breaks the rules; ``.problems`` lists them
    │   ├── TemplateError           a template is missing, broken or unsafe (file and line)
    │   ├── PdfInputError           a PDF cannot be read, or is not what the operation needs
    │   ├── IdentityError           a signing identity cannot be used
    │   │   ├── WrongPassword       the password or PIN does not open it
    │   │   ├── CertificateNotUsable  expired, not yet valid, or not for signing
    │   │   └── TokenError          the PKCS#11 module, token or key is not there
    │   ├── SignatureFieldError     no such signature field, or it is already signed
    │   └── CertificationRefused    a certification signature asked for where none may go
    ├── OutputError                 a result could not be written (disk full, no permission)
    ├── SigningError                signing failed for a reason outside the user's input
    ├── TimestampError              the timestamp server did not give a usable token
    ├── CertificateRevocationError  revoking is refused (unknown serial, already revoked)
    └── RegisterError               the register refuses or cannot do an operation
        ├── RegisterBusy            another process holds the register; try again
        ├── UnknownAgreement        no agreement with that document ID
        ├── ImportRejected          a returned PDF is not acceptable; ``.reason`` says why
        ├── RegisterCorrupt         the register's database or files fail their checks
        │   ├── AuditLogBroken      the audit chain's tail is not its recorded head: no append
        │   └── RegisterMissing     a register a witness remembers is gone, emptied or replaced
        ├── RegisterReadOnly        the register can be read but not written (and why)
        └── RegisterFull            the disk is full; nothing was written, reads still work

Each message says what happened and, where it helps, what to do. Messages never contain a
password, PIN or key material. The command line turns these into one line on stderr and an exit
status (``exit_code``); the GUI turns them into dialogs.

Every part of the application imports this module, the window on its way to the screen too, so
it stays cheap to import: no ``dataclasses`` (:class:`Problem` is written out by hand), and the
sentence maker (:mod:`agreement_studio.i18n`) loads only when a message is made. A message is a
:class:`~agreement_studio.i18n.Text` (English, rendered in the reader's language by
``render(error)``); :func:`headline` says in one translated sentence what kind of failure it is.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from agreement_studio.i18n import Text


def _(msgid: str, /, **params: Any) -> Text:
    """A sentence of the "core" catalog (``translatable`` without importing it up front)."""
    from agreement_studio.i18n import Text

    return Text("core", msgid, params)


class AgreementStudioError(Exception):
    """Base of every error this application raises on purpose."""

    exit_code = 1

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message


class InputError(AgreementStudioError):
    """The user gave something that cannot be used."""

    exit_code = 2


class DraftError(InputError):
    """A draft file cannot be read or parsed."""


class Problem:
    """One rule a draft breaks, at one place in it (an immutable value).

    ``path`` is like ``parties[2].business_id``; ``code`` names the rule for translators and
    ``params`` fills its placeholders; ``message`` is the English sentence. Two problems are
    equal when their path, message and code are (``params`` only fills in the words).
    """

    __slots__ = ("code", "message", "params", "path")
    path: str
    message: str
    code: str
    params: dict[str, object]

    def __init__(
        self,
        path: str,
        message: str,
        code: str = "invalid",
        params: dict[str, object] | None = None,
    ) -> None:
        for name, value in (
            ("path", path),
            ("message", message),
            ("code", code),
            ("params", {} if params is None else params),
        ):
            object.__setattr__(self, name, value)

    def __setattr__(self, name: str, value: Any) -> None:
        raise AttributeError(f"a Problem cannot be changed (tried to set {name!r})")

    def __delattr__(self, name: str) -> None:
        raise AttributeError(f"a Problem cannot be changed (tried to delete {name!r})")

    def __reduce__(self) -> tuple[type[Problem], tuple[str, str, str, dict[str, object]]]:
        return (Problem, (self.path, self.message, self.code, self.params))  # pickle, copy

    def _key(self) -> tuple[str, str, str]:
        return (self.path, self.message, self.code)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Problem) or other.__class__ is not self.__class__:
            return NotImplemented
        return self._key() == other._key()

    def __hash__(self) -> int:
        return hash(self._key())

    def __repr__(self) -> str:
        return (
            f"Problem(path={self.path!r}, message={self.message!r}, code={self.code!r}, "
            f"params={self.params!r})"
        )

    def __str__(self) -> str:
        return f"{self.path}: {self.message}" if self.path else self.message

    def text(self) -> str:
        """``path: message`` as :meth:`__str__`, kept translatable (a :class:`Text`)."""
        return (
            _("{path}: {message}", path=self.path, message=self.message)
            if self.path
            else self.message
        )


class ValidationFailed(InputError):
    """A draft breaks one or more rules."""

    def __init__(self, problems: list[Problem], source: str | None = None) -> None:
        self.problems = list(problems)
        self.source = source
        count = len(self.problems)
        first: str = self.problems[0].text() if self.problems else _("no details")
        if count > 1:
            first = _("{first} (and {more} more)", first=first, more=count - 1)
        if source:
            super().__init__(
                _("{source}: the draft is not valid: {first}", source=source, first=first)
            )
        else:
            super().__init__(_("the draft is not valid: {first}", first=first))


class TemplateError(InputError):
    """A template is missing, broken or tries something it must not."""

    def __init__(self, message: str, file: str | None = None, line: int | None = None) -> None:
        self.file = file
        self.line = line
        if file and line:
            message = _("{file}:{line}: {message}", file=file, line=line, message=message)
        elif file:
            message = _("{file}: {message}", file=file, message=message)
        super().__init__(message)


class PdfInputError(InputError):
    """A PDF cannot be read, or is not what the operation needs."""


class IdentityError(InputError):
    """A signing identity (PKCS#12 file, token) cannot be used."""


class WrongPassword(IdentityError):
    """The password or PIN does not open the identity."""


class CertificateNotUsable(IdentityError):
    """The certificate is expired, not yet valid, or not allowed to sign."""


class TokenError(IdentityError):
    """The PKCS#11 module, token or key cannot be found or used."""


class SignatureFieldError(InputError):
    """The signature field asked for does not exist, is ambiguous, or is already signed."""


class CertificationRefused(InputError):
    """A certification signature was asked for on a document that cannot take one."""


class OutputError(AgreementStudioError):
    """A result could not be written; nothing was changed."""

    exit_code = 2


class SigningError(AgreementStudioError):
    """Signing failed for a reason outside the user's input."""


class TimestampError(SigningError):
    """The timestamp server did not answer with a usable token."""


class CertificateRevocationError(AgreementStudioError):
    """The CA refuses to revoke: no such certificate, or it is revoked already."""


class RegisterError(AgreementStudioError):
    """The register refuses or cannot do an operation."""


class RegisterBusy(RegisterError):
    """Another process is writing to the register (exit status 75, "try again later")."""

    exit_code = 75

    def __init__(self, message: str | None = None) -> None:
        super().__init__(
            message
            or _("The register is busy (another program is writing to it); try again in a moment.")
        )


class UnknownAgreement(RegisterError):
    """No agreement in the register has that document ID."""

    exit_code = 2


class ImportRejected(RegisterError):
    """A returned PDF was not accepted; ``reason`` says why."""

    def __init__(self, path: str, reason: str) -> None:
        self.path = path
        self.reason = reason
        super().__init__(_("{path}: rejected: {reason}", path=path, reason=reason))


class RegisterCorrupt(RegisterError):
    """The register's database or stored files fail their integrity checks."""


class AuditLogBroken(RegisterCorrupt):
    """The audit chain's tail does not match its stored head or witness: writing is refused."""

    def __init__(self, detail: str = "") -> None:
        if detail:
            text = _(
                "the register's audit log is broken: run register verify ({detail})",
                detail=detail,
            )
        else:
            text = _("the register's audit log is broken: run register verify")
        super().__init__(text)


class RegisterMissing(RegisterCorrupt):
    """A register that a witness says existed is missing, empty or another register."""


class RegisterReadOnly(RegisterError):
    """The register can be read but not written; the message says why (exit status 2, as for
    any result that cannot be written)."""

    exit_code = 2


class RegisterFull(RegisterError):
    """The disk holding the register is full: nothing was written, reads keep working (exit
    status 2, as for any result that cannot be written)."""

    exit_code = 2


def headline(error: BaseException) -> Text | None:
    """What kind of failure ``error`` is, in one sentence for a person (the window's heading).

    The error's own message (``render(error)``) gives the details after it; ``None`` for an
    error of ours whose message says it all.
    """
    if isinstance(error, WrongPassword):
        return _("The password or PIN is not right.")
    if isinstance(error, CertificateNotUsable):
        return _("The certificate cannot be used for signing.")
    if isinstance(error, TokenError):
        return _("The smart card or token cannot be used.")
    if isinstance(error, IdentityError):
        return _("The signing identity cannot be used.")
    if isinstance(error, DraftError):
        return _("The draft cannot be opened.")
    if isinstance(error, ValidationFailed):
        return _("The draft is not complete yet.")
    if isinstance(error, TemplateError):
        return _("The template cannot be used.")
    if isinstance(error, PdfInputError):
        return _("The PDF cannot be used.")
    if isinstance(error, SignatureFieldError):
        return _("The signature field cannot be used.")
    if isinstance(error, OutputError):
        return _("The file could not be written.")
    if isinstance(error, TimestampError):
        return _(
            "The timestamp server did not give a timestamp. Check its address in "
            "Preferences, or try again later."
        )
    if isinstance(error, SigningError):
        return _("Signing did not succeed.")
    if isinstance(error, RegisterBusy):
        return _("The register is busy: another program is writing to it. Try again in a moment.")
    if isinstance(error, UnknownAgreement):
        return _("The register has no such agreement.")
    if isinstance(error, ImportRejected):
        return _("The PDF was not accepted.")
    if isinstance(error, RegisterCorrupt):
        return _("The register does not pass its integrity checks.")
    if isinstance(error, RegisterError):
        return _("The register cannot do this.")
    if isinstance(error, OSError):
        return _("A file could not be read or written.")
    if isinstance(error, AgreementStudioError):
        return None
    return _(
        "Something unexpected went wrong ({kind}). The details are in the log; please report this.",
        kind=type(error).__name__,
    )
