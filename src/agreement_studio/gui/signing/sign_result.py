"""The sign dialog's last page: the signature as the register verified and recorded it."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from agreement_studio.gui.icons import icon
from agreement_studio.gui.register.display import format_date, status_text
from agreement_studio.gui.signing.sign_work import SignOutcome

__all__ = ["SignResultPage"]


class SignResultPage(QWidget):
    """Verdict, signer, time and the agreement's status after signing."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.icon = QLabel()
        self.verdict = QLabel()
        self.verdict.setWordWrap(True)
        font = self.verdict.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.verdict.setFont(font)
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        top = QHBoxLayout()
        top.addWidget(self.icon)
        top.addWidget(self.verdict, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.text)
        layout.addStretch()

    def show_outcome(self, outcome: SignOutcome) -> None:
        """Show what was signed and how the import judged it."""
        result = outcome.result
        added = result.added[0] if result.added else None
        trusted = added is not None and added.verdict == "valid"
        self.icon.setPixmap(
            icon("verdict-valid" if trusted else "verdict-untrusted").pixmap(QSize(40, 40))
        )
        if trusted:
            self.verdict.setText(self.tr("Signed, verified and recorded."))
        else:
            self.verdict.setText(
                self.tr(
                    "Signed and recorded. The signature is intact; its "
                    "certificate is not among the trusted ones."
                )
            )
        moment = outcome.signing_time
        when = f"{format_date(moment.date())} {moment:%H:%M:%S}"
        lines = [
            self.tr("Signed by: {name}, {organisation}").format(
                name=outcome.signer_name, organisation=outcome.organisation
            ),
            self.tr("When: {when}").format(when=when),
            self.tr("Field: {field}").format(field=added.field_name if added else ""),
            self.tr("Certificate fingerprint (SHA-256): {fingerprint}").format(
                fingerprint=outcome.fingerprint_sha256
            ),
            self.tr("The agreement now: {status}").format(
                status=status_text(result.status.value, result.signed_count, result.signatory_count)
            ),
        ]
        if outcome.timestamped:
            lines.insert(2, self.tr("The time is confirmed by a timestamp server."))
        if outcome.level:
            lines.insert(2, self.tr("Level: PAdES {level}").format(level=outcome.level))
        if outcome.certified:
            lines.insert(
                2,
                self.tr(
                    "A certification signature: from now on only signatures and the prepared "
                    "fields may be added."
                ),
            )
        if added is not None and added.warning:
            lines.append(added.warning)
        self.text.setText("\n".join(lines))
        self.setAccessibleDescription(self.verdict.text() + "\n" + self.text.text())
