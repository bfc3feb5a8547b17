"""Where the signing identity comes from: a PKCS#12 file, the app's own identities, or a token.

Each source is a small form with the same face: :meth:`choice` (what the work needs),
:meth:`missing` (what is still to be filled in, at its field), :meth:`show_error` (a failure
put at the field it concerns) and :meth:`signer` (the certificate's name and organisation, when
known before signing).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QWidget,
)

from agreement_studio.gui.register.display import format_date
from agreement_studio.gui.register.files import ask_open_file
from agreement_studio.gui.signing.form_parts import FieldMessage, add_row, password_field
from agreement_studio.gui.signing.sign_work import IdentityChoice
from agreement_studio.signing.identity_store import StoredIdentity

__all__ = ["FileSource", "IdentitySource", "StoredSource", "TokenSource"]


class IdentitySource(QWidget):
    """A form that gives an identity; subclasses build the fields."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.form = QFormLayout(self)
        self.form.setContentsMargins(0, 0, 0, 0)
        self.secret = password_field()
        self.secret_message = FieldMessage(self.secret)
        self.identity_message = FieldMessage()
        self.secret.textChanged.connect(lambda _text: self.secret_message.show_text(""))

    def choice(self) -> IdentityChoice:
        """The identity chosen."""
        raise NotImplementedError

    def missing(self) -> list[tuple[FieldMessage, str]]:
        """What must still be given, each with the message under its field."""
        raise NotImplementedError

    def signer(self) -> tuple[str, str] | None:
        """The certificate's name and organisation, if known without opening it."""
        return None

    def show_error(self, where: str, text: str) -> None:
        """Put a failure at ``secret`` (the password or PIN) or ``identity``."""
        (self.secret_message if where == "secret" else self.identity_message).show_text(text)

    def clear_messages(self) -> None:
        """Hide every message."""
        self.secret_message.show_text("")
        self.identity_message.show_text("")

    def forget_secret(self) -> None:
        """Clear the password or PIN (after signing, or when the dialog closes)."""
        self.secret.clear()


def _browse_row(line: QLineEdit, button: QPushButton) -> QWidget:
    row = QWidget()
    layout = QHBoxLayout(row)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(line, 1)
    layout.addWidget(button)
    return row


class FileSource(IdentitySource):
    """A PKCS#12 file (.p12, .pfx) and its password."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.path = QLineEdit()
        self.path.setPlaceholderText(self.tr("e.g. signing-identity.p12"))
        self.identity_message.field = self.path
        self.browse = QPushButton(self.tr("&Browse…"))
        self.browse.setAccessibleName(self.tr("Choose the identity file"))
        self.browse.clicked.connect(self._browse)
        label = add_row(
            self.form, self.tr("&File:"), _browse_row(self.path, self.browse), self.identity_message
        )
        label.setBuddy(self.path)
        self.path.setAccessibleName(self.tr("Identity file"))
        add_row(self.form, self.tr("&Password:"), self.secret, self.secret_message)
        self.known: tuple[str, str] | None = None
        """Name and organisation read from the file once its password opened it."""
        self.path.textChanged.connect(lambda _text: self._edited())
        self.secret.textChanged.connect(lambda _text: self._edited())

    def _edited(self) -> None:
        self.identity_message.show_text("")
        self.known = None
        self.changed.emit()

    def signer(self) -> tuple[str, str] | None:
        """The certificate's name and organisation, once the file has been opened."""
        return self.known

    def set_known(self, choice: IdentityChoice, signer: tuple[str, str]) -> None:
        """The file was opened with what is typed now: remember whose it is."""
        if choice == self.choice():
            self.known = signer
            self.changed.emit()

    def _browse(self) -> None:
        path = ask_open_file(
            self,
            self.tr("Choose the identity file"),
            self.tr("Identity files (*.p12 *.pfx);;All files (*)"),
        )
        if path is not None:
            self.path.setText(str(path))
            self.secret.setFocus()

    def choice(self) -> IdentityChoice:
        """The file and its password."""
        return IdentityChoice("file", Path(self.path.text().strip()), self.secret.text())

    def missing(self) -> list[tuple[FieldMessage, str]]:
        """The file, then the password."""
        found = []
        if not self.path.text().strip():
            found.append((self.identity_message, self.tr("Choose the identity file.")))
        if not self.secret.text():
            found.append((self.secret_message, self.tr("Type the file's password.")))
        return found


class StoredSource(IdentitySource):
    """An identity created or imported in Agreement Studio, and its password."""

    def __init__(self, identities: list[StoredIdentity], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # a CA's certificate kept before such files were refused is not offered for signing
        self.identities = [
            stored
            for stored in identities
            if not stored.certificate.is_ca and stored.certificate.signs_documents
        ]
        identities = self.identities
        self.combo = QComboBox()
        self.identity_message.field = self.combo
        for stored in identities:
            cert = stored.certificate
            self.combo.addItem(
                self.tr("{name} — {organisation} (valid until {date})").format(
                    name=cert.name,
                    organisation=cert.organisation,
                    date=format_date(cert.not_valid_after.date()),
                )
            )
        if not identities:
            self.combo.addItem(self.tr("None yet: create one in Tools > Identities and trust"))
            self.combo.setEnabled(False)
        add_row(self.form, self.tr("&Certificate:"), self.combo, self.identity_message)
        add_row(self.form, self.tr("Pass&word:"), self.secret, self.secret_message)
        self.combo.currentIndexChanged.connect(lambda _index: self._edited())

    def _edited(self) -> None:
        self.identity_message.show_text("")
        self.changed.emit()

    def current(self) -> StoredIdentity | None:
        """The identity chosen."""
        index = self.combo.currentIndex()
        return self.identities[index] if 0 <= index < len(self.identities) else None

    def choice(self) -> IdentityChoice:
        """The identity's file and its password."""
        stored = self.current()
        return IdentityChoice("file", stored.path if stored else None, self.secret.text())

    def missing(self) -> list[tuple[FieldMessage, str]]:
        """An identity, then the password."""
        found = []
        if self.current() is None:
            found.append((self.identity_message, self.tr("There is no identity to choose.")))
        if not self.secret.text():
            found.append((self.secret_message, self.tr("Type the identity's password.")))
        return found

    def signer(self) -> tuple[str, str] | None:
        """Name and organisation from the identity's certificate."""
        stored = self.current()
        return (stored.name, stored.organisation) if stored else None


class TokenSource(IdentitySource):
    """A key on a smart card or other PKCS#11 token, and its PIN."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.module = QLineEdit()
        self.module.setPlaceholderText(self.tr("e.g. /usr/lib/opensc-pkcs11.so"))
        self.browse = QPushButton(self.tr("Br&owse…"))
        self.browse.setAccessibleName(self.tr("Choose the PKCS#11 module"))
        self.browse.clicked.connect(self._browse)
        self.token = QLineEdit()
        self.key = QLineEdit()
        self.module_message = FieldMessage(self.module)
        self.identity_message.field = self.key
        label = add_row(
            self.form,
            self.tr("&Module:"),
            _browse_row(self.module, self.browse),
            self.module_message,
        )
        label.setBuddy(self.module)
        self.module.setAccessibleName(self.tr("PKCS#11 module"))
        add_row(self.form, self.tr("&Token:"), self.token)
        add_row(self.form, self.tr("&Key:"), self.key, self.identity_message)
        add_row(self.form, self.tr("PI&N:"), self.secret, self.secret_message)
        for line in (self.module, self.token, self.key):
            line.textChanged.connect(lambda _text: self._edited())

    def _edited(self) -> None:
        self.module_message.show_text("")
        self.identity_message.show_text("")
        self.changed.emit()

    def _browse(self) -> None:
        path = ask_open_file(
            self,
            self.tr("Choose the PKCS#11 module"),
            self.tr("PKCS#11 modules (*.so *.dll *.dylib);;All files (*)"),
        )
        if path is not None:
            self.module.setText(str(path))

    def choice(self) -> IdentityChoice:
        """The module, token, key and PIN."""
        return IdentityChoice(
            "token",
            None,
            self.secret.text(),
            self.module.text().strip(),
            self.token.text().strip(),
            self.key.text().strip(),
        )

    def missing(self) -> list[tuple[FieldMessage, str]]:
        """Module, token and key, then the PIN."""
        found = []
        if not self.module.text().strip():
            found.append((self.module_message, self.tr("Choose the PKCS#11 module.")))
        if not (self.token.text().strip() and self.key.text().strip()):
            found.append((self.identity_message, self.tr("Give the token's and the key's labels.")))
        if not self.secret.text():
            found.append((self.secret_message, self.tr("Type the PIN.")))
        return found

    def show_error(self, where: str, text: str) -> None:
        """A token that cannot be used is said at the module."""
        if where == "token":
            self.module_message.show_text(text)
        else:
            super().show_error(where, text)

    def clear_messages(self) -> None:
        """Hide every message."""
        super().clear_messages()
        self.module_message.show_text("")
