"""The sign dialog's choices of what kind of signature to make: certification and PAdES level.

Certification is offered to the first signer only (ISO 32000-2 §12.8.2.2: a certification
signature must be the document's first), and is on by default for an agreement nobody has
signed yet. The levels that ask a timestamp server (B-T and above) can be chosen only when one
is set under Tools › Identities and trust. Only widgets here; what the choices mean is
:mod:`agreement_studio.signing`'s business.
"""

from __future__ import annotations

from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import QCheckBox, QComboBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from agreement_studio.gui.signing.form_parts import add_row

__all__ = ["LEVELS", "SigningOptions"]

LEVELS = ("B-B", "B-T", "B-LT", "B-LTA")
"""The PAdES levels offered, lowest first (the combo box's data)."""


class SigningOptions(QWidget):
    """Certify or not, and the PAdES level; ``certify()`` and ``level()`` say what was chosen."""

    def __init__(self, *, first: bool, timestamp_url: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.timestamp_url = timestamp_url.strip()
        self.certify_box = QCheckBox(
            self.tr(
                "C&ertify: after this signature, only signatures and the prepared "
                "fields may be added"
            )
        )
        self.certify_box.setAccessibleName(self.tr("Certify the agreement"))
        if first:
            self.certify_box.setChecked(True)
            self.certify_box.setToolTip(
                self.tr(
                    "A certification signature locks the agreement: a reader's software "
                    "shows any other change made after it."
                )
            )
        else:
            self.certify_box.setChecked(False)
            self.certify_box.setEnabled(False)
            self.certify_box.setToolTip(
                self.tr("Only the first signature can certify; the agreement is signed already.")
            )
        self.level_box = QComboBox()
        for text, level in zip(self._level_names(), LEVELS, strict=True):
            self.level_box.addItem(text, level)
        self.level_box.setAccessibleName(self.tr("Level"))
        self.explanation = QLabel(self._explanation())
        self.explanation.setWordWrap(True)
        self.level_box.setAccessibleDescription(self.explanation.text())
        self._offer_levels()
        form = QFormLayout()
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.certify_box)
        add_row(form, self.tr("Le&vel:"), self.level_box)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form)
        layout.addWidget(self.explanation)

    def _level_names(self) -> list[str]:
        return [
            self.tr("B-B: the signature alone"),
            self.tr("B-T: with a trusted time"),
            self.tr("B-LT: with the data to check it for years"),
            self.tr("B-LTA: with that data timestamped too"),
        ]

    def _explanation(self) -> str:
        text = self.tr(
            "PAdES levels: B-B is the signature alone; B-T adds a time from a timestamp server, "
            "proving when it was made; B-LT also stores in the PDF the certificates and "
            "revocation lists needed to check it years later; B-LTA adds a document timestamp "
            "over all of that, renewed in the register before it ages out."
        )
        if not self.timestamp_url:
            text += " " + self.tr(
                "B-T and above need a timestamp server: set one under Tools › Identities and trust."
            )
        return text

    def _offer_levels(self) -> None:
        """Without a timestamp server only B-B can be made; with one, B-T is the default."""
        model = self.level_box.model()
        assert isinstance(model, QStandardItemModel)
        for row, level in enumerate(LEVELS):
            item = model.item(row)
            item.setEnabled(level == "B-B" or bool(self.timestamp_url))
        self.level_box.setCurrentIndex(LEVELS.index("B-T" if self.timestamp_url else "B-B"))

    def certify(self) -> bool:
        """Whether to make a certification signature."""
        return self.certify_box.isEnabled() and self.certify_box.isChecked()

    def level(self) -> str:
        """The chosen PAdES level, e.g. ``"B-LT"``."""
        return str(self.level_box.currentData())

    def focus_chain(self) -> list[QWidget]:
        """The widgets in Tab order."""
        return [self.certify_box, self.level_box]
