"""Sign: which signatory's field, with which identity, why and where; then the signature checked.

The dialog is window-modal and works with the keyboard alone: every field has an Alt key, Tab
goes through them in reading order, Enter signs. Signing runs in the background (see
:mod:`.sign_work`); a failure is said at the field it concerns and nothing is recorded. On
success the dialog turns to what the register recorded: verdict, who, when, and the status.
"""

from __future__ import annotations

import itertools
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from agreement_studio import errors
from agreement_studio.gui.signing.form_parts import FieldMessage, add_row
from agreement_studio.gui.signing.identity_sources import (
    FileSource,
    IdentitySource,
    StoredSource,
    TokenSource,
)
from agreement_studio.gui.signing.sign_result import SignResultPage
from agreement_studio.gui.signing.sign_work import (
    FieldMismatch,
    SignOutcome,
    SignRequest,
    sign_into_register,
)
from agreement_studio.gui.signing.signature_preview import SignaturePreview
from agreement_studio.gui.signing.signing_options import SigningOptions
from agreement_studio.gui.tasks import Task, TaskFailure, runner
from agreement_studio.gui.window_fit import KeepInShape
from agreement_studio.preferences import load_preferences
from agreement_studio.signing.identity_store import list_identities

if TYPE_CHECKING:
    from agreement_studio.gui.register.access import RegisterAccess
    from agreement_studio.register import AgreementDetails, SignatoryState

__all__ = ["SignDialog"]


class SignDialog(QDialog):
    """Sign one agreement of the register."""

    signed = Signal(object)
    """The :class:`~agreement_studio.register.ImportResult` of the recorded signature."""

    def __init__(
        self, access: RegisterAccess, details: AgreementDetails, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.access = access
        self.details = details
        self.task: Task | None = None
        self.outcome: SignOutcome | None = None
        self.setWindowTitle(self.tr("Sign the agreement"))
        from agreement_studio.gui.help import add_help_key

        add_help_key(self, "sign")  # F1: this dialog's help (the window's F1 cannot reach)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.unsigned = [s for s in details.signatories if not s.signed]
        self.pages = QStackedWidget()
        self.form_page = self._build_form()
        self.pages.addWidget(self.form_page)
        self.result_page = SignResultPage()
        self.pages.addWidget(self.result_page)
        self.buttons = QDialogButtonBox()
        self.sign_button = QPushButton(self.tr("&Sign"))
        self.sign_button.setAccessibleName(self.tr("Sign"))
        self.buttons.addButton(self.sign_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.close_button.setAccessibleName(self.tr("Cancel"))
        self.buttons.accepted.connect(self.sign)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)
        layout.addWidget(self.buttons)
        self.shape = KeepInShape(self)  # the preview, drawn later, or a message: grow
        self.sign_button.setDefault(True)  # only now in the dialog: Enter signs
        self._set_tab_order()
        # Once a file and its password are typed, the file is opened in the background to
        # learn whose it is: the preview shows the name and the holder's field is chosen.
        self._peek_timer = QTimer(self)
        self._peek_timer.setSingleShot(True)
        self._peek_timer.setInterval(400)
        self._peek_timer.timeout.connect(self._peek)
        self.file.changed.connect(self._peek_timer.start)
        self._on_source_changed()

    # --- building ----------------------------------------------------------------------------
    def _build_form(self) -> QWidget:
        page = QWidget()
        heading = QLabel(f"<b>{_escape(self.details.row.title)}</b>")
        heading.setWordWrap(True)
        form = QFormLayout()
        self.field = QComboBox()
        for s in self.unsigned:
            self.field.addItem(
                self.tr("{name} for {party}").format(name=s.name, party=s.party), s.field_name
            )
        self.field_message = FieldMessage(self.field)
        add_row(form, self.tr("Si&gnatory:"), self.field, self.field_message)
        self.sources = self._build_sources()
        self.source = QComboBox()
        for label in (
            self.tr("My identities in Agreement Studio"),
            self.tr("A PKCS#12 file (.p12, .pfx)"),
            self.tr("A smart card or other token (PKCS#11)"),
        ):
            self.source.addItem(label)
        add_row(form, self.tr("&Identity:"), self.source)
        self.source_pages = QStackedWidget()
        for source in self.sources:
            self.source_pages.addWidget(source)
            source.changed.connect(self._on_source_changed)
        form.addRow(self.source_pages)
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(self.tr("e.g. Approved on behalf of the organisation"))
        add_row(form, self.tr("&Reason:"), self.reason)
        self.place = QLineEdit()
        self.place.setPlaceholderText(self.tr("e.g. Lahti"))
        add_row(form, self.tr("P&lace:"), self.place)
        # certification only for the first signature: the register knows whether there is one
        self.options = SigningOptions(
            first=not any(s.signed for s in self.details.signatories),
            timestamp_url=load_preferences().timestamp_url,
        )
        form.addRow(self.options)
        self.preview = SignaturePreview(language=self.details.language)
        preview_label = QLabel(self.tr("The visible signature will look like this:"))
        self.message = FieldMessage()
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        self.progress.setAccessibleName(self.tr("Signing"))
        self.progress.setVisible(False)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(heading)
        layout.addLayout(form)
        for widget in (preview_label, self.preview, self.message, self.progress):
            layout.addWidget(widget)
        self.source.currentIndexChanged.connect(self._on_source_chosen)
        self.field.currentIndexChanged.connect(lambda _index: self._show_signer())
        self.source.setCurrentIndex(0 if self.stored.identities else 1)
        self._show_source_page(self.source.currentIndex())
        return page

    def _build_sources(self) -> list[IdentitySource]:
        self.stored = StoredSource(list_identities())
        self.file = FileSource()
        self.token = TokenSource()
        return [self.stored, self.file, self.token]

    def _set_tab_order(self) -> None:
        chain: list[QWidget] = [self.field, self.source]
        chain += [
            self.stored.combo,
            self.stored.secret,
            self.file.path,
            self.file.browse,
            self.file.secret,
            self.token.module,
            self.token.browse,
            self.token.token,
            self.token.key,
            self.token.secret,
        ]
        chain += [self.reason, self.place, *self.options.focus_chain()]
        chain += [self.sign_button, self.close_button, self.field]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    # --- following the person -------------------------------------------------------------------
    def current_source(self) -> IdentitySource:
        """The identity form shown."""
        return self.sources[self.source.currentIndex()]

    def _on_source_chosen(self, index: int) -> None:
        self._show_source_page(index)
        self._on_source_changed()

    def _show_source_page(self, index: int) -> None:
        # A stacked widget is as tall as its tallest page; let only the shown page count, so
        # the short forms leave no gap where the token's rows would be.
        for i, source in enumerate(self.sources):  # the stacked widget's pages, in its order
            policy = QSizePolicy.Policy.Preferred if i == index else QSizePolicy.Policy.Ignored
            source.setSizePolicy(policy, policy)
        self.source_pages.setCurrentIndex(index)
        self.source_pages.adjustSize()

    def _on_source_changed(self) -> None:
        signer = self.current_source().signer()
        if signer is not None:
            self._preselect(signer[0])
        self.message.show_text("")
        self._show_signer()

    def _show_signer(self) -> None:
        """The preview follows the identity (or, before it is known, the chosen signatory);
        a certificate of someone else than the field's signatory is said at once."""
        from agreement_studio.signing import slugify

        signer = self.current_source().signer()
        chosen = self._signatory()
        name, organisation = signer or ((chosen.name, chosen.party) if chosen else ("", ""))
        self.preview.set_signer(name, organisation)
        mismatch = (
            signer is not None and chosen is not None and slugify(signer[0]) != slugify(chosen.name)
        )
        self.field_message.show_text(
            self._mismatch_text(chosen.name, signer[0]) if mismatch and chosen and signer else ""
        )

    def _mismatch_text(self, signatory: str, holder: str) -> str:
        return self.tr(
            "This field is for {signatory}, but the certificate is issued to "
            "{holder}. Choose the holder's own field, or another identity."
        ).format(signatory=signatory, holder=holder)

    def _peek(self) -> None:
        choice = self.file.choice()
        if self.file.known is not None or not (
            choice.password and choice.path and choice.path.is_file()
        ):
            return
        runner().run(
            _read_holder,
            choice,
            owner=self,
            on_result=lambda signer: self.file.set_known(choice, signer),
        )

    def _preselect(self, holder: str) -> None:
        from agreement_studio.signing import slugify

        for row, s in enumerate(self.unsigned):
            if slugify(s.name) == slugify(holder) and row != self.field.currentIndex():
                self.field.setCurrentIndex(row)
                return

    def _signatory(self) -> SignatoryState | None:
        row = self.field.currentIndex()
        return self.unsigned[row] if 0 <= row < len(self.unsigned) else None

    # --- signing ------------------------------------------------------------------------------
    def sign(self) -> None:
        """Check the form, then sign in the background."""
        if self.pages.currentWidget() is self.result_page:
            self.accept()
            return
        source = self.current_source()
        source.clear_messages()
        self.message.show_text("")
        signatory = self._signatory()
        if signatory is None:
            self.field_message.show_text(self.tr("Every signatory has signed already."))
            return
        missing = source.missing()
        for message, text in missing:
            message.show_text(text)
        if missing:
            (missing[0][0].field or source).setFocus()
            return
        request = SignRequest(
            self.details.row.document_id,
            signatory.field_name,
            signatory.name,
            source.choice(),
            self.reason.text().strip(),
            self.place.text().strip(),
            load_preferences().timestamp_url,
            level=self.options.level(),
            certify=self.options.certify(),
        )
        self._busy(True)
        self.task = self.access.run(
            _sign, request, owner=self, on_result=self._signed, on_error=self._failed
        )

    def _busy(self, busy: bool) -> None:
        self.form_page.setEnabled(not busy)
        self.sign_button.setEnabled(not busy)
        self.close_button.setEnabled(not busy)
        self.progress.setVisible(busy)

    def _signed(self, outcome: SignOutcome) -> None:
        self._busy(False)
        self.outcome = outcome
        for source in self.sources:
            source.forget_secret()
        self.result_page.show_outcome(outcome)
        self.pages.setCurrentWidget(self.result_page)
        self.sign_button.setText(self.tr("&Done"))
        self.sign_button.setAccessibleName(self.tr("Done"))
        self.close_button.setVisible(False)
        self.sign_button.setFocus()
        self.signed.emit(outcome.result)

    def _failed(self, failure: TaskFailure) -> None:
        self._busy(False)
        where, text = self._placed(failure)
        source = self.current_source()
        if where == "field":
            self.field_message.show_text(text)
            self.field.setFocus()
        elif where in ("secret", "identity", "token"):
            source.show_error(where, text)
            (source.secret if where == "secret" else source).setFocus()
            if where == "secret":
                source.secret.selectAll()
        else:
            self.message.show_text(text)

    def _placed(self, failure: TaskFailure) -> tuple[str, str]:
        """Which field a failure belongs to, and what to say there."""
        error: Any = failure.error
        if isinstance(error, FieldMismatch):
            return "field", self._mismatch_text(error.signatory, error.holder)
        if isinstance(error, errors.WrongPassword):
            return "secret", (
                self.tr("The PIN is not right.")
                if self.current_source() is self.token
                else self.tr("The password is not right.")
            )
        if isinstance(error, errors.SignatureFieldError):
            return "field", failure.message
        if isinstance(error, errors.TokenError):
            return "token", failure.message
        if isinstance(error, errors.IdentityError):
            return "identity", failure.message
        return "general", failure.message

    def reject(self) -> None:
        """Cancel (Escape): forget the passwords; not while a signature is being made."""
        if self.task is not None and self.task.is_running:
            return  # its result must reach the register view
        for source in self.sources:
            source.forget_secret()
        super().reject()


def _read_holder(choice: Any) -> tuple[str, str]:
    """Whose identity file this is (a wrong password just leaves it unknown)."""
    from agreement_studio.signing import load_pkcs12

    identity = load_pkcs12(choice.path, choice.password, check=False)
    return identity.subject_name, identity.organisation


def _sign(register: Any, request: SignRequest) -> SignOutcome:
    from agreement_studio.gui.register.operations import trust_store
    from agreement_studio.signing.network_crls import with_network_crls

    # the network's current CRL goes into B-LT and B-LTA signatures (and checks the signer)
    return sign_into_register(register, request, trust=with_network_crls(trust_store()))


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
