"""Term, withdrawal and the other clauses; the template's optional clauses on or off."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from agreement_studio.drafting import Step, WizardSession
from agreement_studio.errors import TemplateError
from agreement_studio.gui.wizard.annex_editor import AnnexEditor
from agreement_studio.gui.wizard.base import StepPage
from agreement_studio.gui.wizard.choices import choices

__all__ = ["TermPage"]


class TermPage(StepPage):
    """How long the agreement runs, how a party leaves or joins, and the remaining terms."""

    step = Step.TERM

    def __init__(self, session: WizardSession, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.setTitle(self.tr("Term and other clauses"))
        self.setSubTitle(
            self.tr(
                "When the agreement starts and ends, how a party withdraws or "
                "joins, and the remaining terms."
            )
        )
        column = QVBoxLayout()
        b = self.binder
        term = self._group(column, self.tr("Term and withdrawal"))
        b.date(term, self.tr("&Start date:"), "term.start")
        self.indefinite = b.check(term, self.tr("&Until further notice"), "term.indefinite")
        self.end = b.date(term, self.tr("En&d date:"), "term.end")
        b.spin(
            term,
            self.tr("Notice &period for withdrawal:"),
            "term.notice_months",
            0,
            36,
            self.tr(" months"),
        )
        b.date(term, self.tr("&Review date (optional):"), "term.review_date")

        joining = self._group(column, self.tr("Decisions and joining"))
        b.combo(
            joining,
            self.tr("New parties &admitted by:"),
            "clauses.new_parties_by",
            choices("new_parties_by"),
        )
        b.combo(
            joining,
            self.tr("Joint de&cisions by:"),
            "clauses.decisions_by",
            choices("decisions_by"),
        )
        b.spin(
            joining,
            self.tr("&Time to remedy a breach:"),
            "clauses.breach_remedy_days",
            1,
            365,
            self.tr(" days"),
        )

        privacy = self._group(column, self.tr("Confidentiality and data protection"))
        self.personal = b.check(
            privacy,
            self.tr("The &work involves personal data"),
            "clauses.data_protection.personal_data",
        )
        b.combo(
            privacy,
            self.tr("Roles under the &GDPR:"),
            "clauses.data_protection.roles",
            choices("roles"),
        )
        b.line(privacy, self.tr("Data protection c&ontact:"), "clauses.data_protection.contact")

        other = self._group(column, self.tr("Communications, materials and disputes"))
        b.text(other, self.tr("Co&mmunications:"), "clauses.communications", height=60)
        b.combo(
            other,
            self.tr("Use of materia&ls:"),
            "clauses.materials_licence",
            choices("materials_licence"),
        )
        b.line(
            other,
            self.tr("Court for disputes:"),
            "clauses.disputes_court",
            self.tr("e.g. Päijät-Häme District Court"),
        )

        signing = self._group(column, self.tr("Signing and annexes"))
        b.line(signing, self.tr("Place of signing:"), "signing.place")
        b.date(signing, self.tr("Date of signing (optional):"), "signing.date")
        b.text(signing, self.tr("Anne&xes (one a line):"), "annexes", as_lines=True, height=60)
        self.annex_editor = AnnexEditor(self)
        column.addWidget(self.annex_editor)

        self.optional_box = QGroupBox(self.tr("Optional clauses"))
        self.optional_layout = QVBoxLayout(self.optional_box)
        self.optional: dict[str, QCheckBox] = {}
        column.addWidget(self.optional_box)
        self.set_scrolled_content(column)
        self.indefinite.toggled.connect(self._indefinite_toggled)

    def _group(self, column: QVBoxLayout, title: str) -> QFormLayout:
        box = QGroupBox(title)
        column.addWidget(box)
        return QFormLayout(box)

    def load_extra(self) -> None:
        """Show the template's optional clauses, each on or off, and the annexes' content."""
        self.end.setEnabled(not self.agreement.term.indefinite)
        self.annex_editor.load()
        for box in self.optional.values():
            box.deleteLater()
        self.optional.clear()
        try:
            from agreement_studio.drafting import get_template

            template = get_template(self.agreement.template_id)
        except TemplateError:  # an unknown template shows in the preview's message
            self.optional_box.setVisible(False)
            return
        language = self.agreement.language.value
        switches = template.clause_switches(self.agreement.optional_clauses)
        for name, clause in template.optional_clauses.items():
            title = clause.titles.get(language) or next(iter(clause.titles.values()), name)
            box = QCheckBox(title)
            box.setAccessibleName(title)
            box.setChecked(switches[name])
            box.toggled.connect(lambda on, n=name: self._clause_toggled(n, on))
            self.optional_layout.addWidget(box)
            self.optional[name] = box
        self.optional_box.setVisible(bool(self.optional))
        if not self.optional:
            self.optional_layout.addWidget(QLabel(self.tr("This template has none.")))

    def _clause_toggled(self, name: str, on: bool) -> None:
        self.agreement.optional_clauses = {**self.agreement.optional_clauses, name: on}
        self.edited("optional_clauses")

    def _indefinite_toggled(self, on: bool) -> None:
        if self._loading:
            return
        self.end.setEnabled(not on)
        if on and self.agreement.term.end is not None:
            self.agreement.term.end = None
            self.end.set_value(None)
            self.local_problems.pop("term.end", None)
            self.edited("term.end")
