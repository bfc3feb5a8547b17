"""Identities on hardware tokens (PKCS#11): smart cards such as the Finnish ID card.

The private key never leaves the token; pyHanko's ``PKCS11Signer`` asks the token to sign.
The certificate, and any issuer certificates stored beside it, are read from the token.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import threading
from collections.abc import Sequence
from typing import Any

from cryptography import x509
from cryptography.hazmat.primitives.asymmetric import ec

from agreement_studio.errors import IdentityError, TokenError, WrongPassword
from agreement_studio.i18n import translatable
from agreement_studio.signing.identities import Identity, issuer_path

_ = translatable(__name__)

__all__ = ["TokenIdentity", "open_pkcs11"]


class TokenIdentity(Identity):
    """An identity whose key is on a PKCS#11 token; close it (or use ``with``) when done."""

    def __init__(
        self,
        session: Any,
        signer: Any,
        certificate: x509.Certificate,
        issuers: list[x509.Certificate],
        token_label: str,
        key_label: str,
        module_path: str,
    ) -> None:
        super().__init__(certificate, issuers)
        self._session = session
        self._signer = signer
        self.token_label = token_label
        self.key_label = key_label
        self._module_path = module_path
        _session_opened(module_path)

    def _make_signer(self) -> Any:
        if self._session is None:
            raise TokenError(
                _("the session with token {token} is closed", token=repr(self.token_label))
            )
        return self._signer

    def signer(self) -> Any:
        """The pyHanko ``PKCS11Signer`` of this token's key."""
        return self._make_signer()

    def close(self) -> None:
        """Log out and close the session with the token."""
        session, self._session = self._session, None
        if session is not None:
            _session_closed(self._module_path)
            # a removed token cannot be closed cleanly; there is nothing more to do then
            with contextlib.suppress(Exception):
                session.close()

    def __enter__(self) -> TokenIdentity:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


_module_lock = threading.Lock()
# Open sessions per module: re-initialising a module to see newly inserted tokens would end them.
_open_sessions: dict[str, int] = {}


def _session_opened(module_path: str) -> None:
    with _module_lock:
        _open_sessions[module_path] = _open_sessions.get(module_path, 0) + 1


def _session_closed(module_path: str) -> None:
    with _module_lock:
        _open_sessions[module_path] = max(0, _open_sessions.get(module_path, 0) - 1)


def open_pkcs11(
    module_path: str | os.PathLike[str],
    token_label: str,
    key_label: str,
    pin: str,
    *,
    cert_label: str | None = None,
    extra_certs: Sequence[x509.Certificate] = (),
    check: bool = True,
) -> TokenIdentity:
    """Log in to the token ``token_label`` through the PKCS#11 module and use key ``key_label``.

    The certificate is the one labelled ``cert_label`` (default: ``key_label``) or with the
    key's ID; issuer certificates on the token or in ``extra_certs`` form the chain. With
    ``check`` the certificate must be valid now and allowed to sign.
    """
    import pkcs11
    from pkcs11 import exceptions as p11

    token = _find_token(str(module_path), token_label)
    try:
        session = token.open(user_pin=pin)
    except (p11.PinIncorrect, p11.PinLenRange, p11.PinInvalid):
        raise WrongPassword(
            _("the PIN is wrong for the token {token}", token=repr(token_label))
        ) from None
    except p11.PinLocked:
        raise TokenError(
            _(
                "the PIN of the token {token} is locked; unlock it with the PUK first",
                token=repr(token_label),
            )
        ) from None
    except pkcs11.PKCS11Error as error:
        raise TokenError(
            _(
                "cannot log in to the token {token} ({kind})",
                token=repr(token_label),
                kind=type(error).__name__,
            )
        ) from None
    try:
        identity = _identity_from_session(
            session, str(module_path), token_label, key_label, cert_label, list(extra_certs)
        )
    except BaseException:
        session.close()
        raise
    if check:
        try:
            identity.check_usable()
        except BaseException:
            identity.close()
            raise
    return identity


def _find_token(module_path: str, token_label: str) -> Any:
    import pkcs11
    from pkcs11 import exceptions as p11

    if not os.path.exists(module_path):
        raise TokenError(_("there is no PKCS#11 module at {path}", path=module_path))
    with _module_lock:
        try:
            lib = pkcs11.lib(module_path)
        except (OSError, RuntimeError, pkcs11.PKCS11Error) as error:
            raise TokenError(
                _("cannot load the PKCS#11 module {path}: {error}", path=module_path, error=error)
            ) from None
        for attempt in range(2):
            try:
                return lib.get_token(token_label=token_label)
            except p11.NoSuchToken:
                if attempt == 0 and not _open_sessions.get(module_path):
                    # tokens inserted after the module was loaded appear after a re-initialise
                    lib.reinitialize()
            except p11.MultipleTokensReturned:
                raise TokenError(
                    _(
                        "several tokens are labelled {token}; remove the others",
                        token=repr(token_label),
                    )
                ) from None
            except pkcs11.PKCS11Error as error:
                raise TokenError(
                    _(
                        "cannot reach the token {token} ({kind})",
                        token=repr(token_label),
                        kind=type(error).__name__,
                    )
                ) from None
    raise TokenError(
        _(
            "no token labelled {token} is present (is the card in the reader?)",
            token=repr(token_label),
        )
    )


def _identity_from_session(
    session: Any,
    module_path: str,
    token_label: str,
    key_label: str,
    cert_label: str | None,
    extra: list[x509.Certificate],
) -> TokenIdentity:
    from pkcs11 import Attribute, ObjectClass, PKCS11Error
    from pyhanko.sign.general import SigningError

    from agreement_studio.signing.cms_signer import TokenSigner, to_asn1

    keys = list(
        session.get_objects({Attribute.CLASS: ObjectClass.PRIVATE_KEY, Attribute.LABEL: key_label})
    )
    if len(keys) != 1:
        if keys:
            message = _(
                "the token {token} has more than one private key labelled {key}",
                token=repr(token_label),
                key=repr(key_label),
            )
        else:
            message = _(
                "the token {token} has no private key labelled {key}",
                token=repr(token_label),
                key=repr(key_label),
            )
        raise TokenError(message)
    key_id = _attribute(keys[0], Attribute.ID)
    stored = [
        (_attribute(obj, Attribute.LABEL), _attribute(obj, Attribute.ID), obj[Attribute.VALUE])
        for obj in session.get_objects({Attribute.CLASS: ObjectClass.CERTIFICATE})
    ]
    wanted = cert_label or key_label
    chosen = [der for label, _id, der in stored if label == wanted] or [
        der for _label, obj_id, der in stored if key_id and obj_id == key_id
    ]
    if len(chosen) != 1:
        raise TokenError(
            _(
                "cannot tell which certificate on the token {token} belongs to the key {key}",
                token=repr(token_label),
                key=repr(key_label),
            )
        )
    try:
        cert = x509.load_der_x509_certificate(chosen[0])
        others = [x509.load_der_x509_certificate(der) for *_rest, der in stored if der != chosen[0]]
    except ValueError:
        raise IdentityError(
            _("a certificate on the token {token} cannot be read", token=repr(token_label))
        ) from None
    issuers = issuer_path(cert, others + extra)
    # Many tokens (SoftHSM, smart cards) only do raw ECDSA: hash here, sign there.
    raw_ecdsa = isinstance(cert.public_key(), ec.EllipticCurvePublicKey)
    signer = TokenSigner(
        session,
        key_label=key_label,
        signing_cert=to_asn1(cert),
        ca_chain=[to_asn1(c) for c in issuers],
        use_raw_mechanism=raw_ecdsa,
    )
    try:
        asyncio.run(signer.ensure_objects_loaded())
    except (SigningError, PKCS11Error) as error:
        raise TokenError(
            _("the token {token}: {error}", token=repr(token_label), error=error)
        ) from None
    return TokenIdentity(session, signer, cert, issuers, token_label, key_label, module_path)


def _attribute(obj: Any, attribute: Any) -> Any:
    """An optional attribute of a token object (None when the token does not keep it)."""
    from pkcs11 import PKCS11Error

    try:
        return obj[attribute]
    except PKCS11Error:
        return None
