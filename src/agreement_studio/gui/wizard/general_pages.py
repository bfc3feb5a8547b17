"""The first two pages: template and language, then the network and its purpose."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QWidget

from agreement_studio.drafting import Step, WizardSession
from agreement_studio.gui.i18n import language_name
from agreement_studio.gui.wizard.base import StepPage, plain
from agreement_studio.i18n import render

__all__ = ["NetworkPage", "TemplatePage"]


class TemplatePage(StepPage):
    """Which template, in which language, under which title."""

    step = Step.TEMPLATE

    def __init__(self, session: WizardSession, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.setTitle(self.tr("Template and language"))
        self.setSubTitle(
            self.tr(
                "Choose the kind of agreement and the language it is "
                "written in. You can change both later."
            )
        )
        from agreement_studio.drafting import load_catalogue

        catalogue = load_catalogue()
        self.templates = {t.id: t for t in catalogue.templates}
        form = QFormLayout(self)
        self.template = QComboBox()
        self._row(form, self.tr("&Template:"), self.template, "template_id")
        self.description = QLabel()
        self.description.setWordWrap(True)
        form.addRow("", self.description)
        self.language = QComboBox()
        self._row(form, self.tr("&Language of the agreement:"), self.language, "language")
        self.title_field = self.binder.line(form, self.tr("&Own title (optional):"), "title")
        if catalogue.problems:
            broken = QLabel(
                self.tr("Some of your own templates cannot be used:")
                + "\n"
                + "\n".join(render(p) for p in catalogue.problems)
            )
            broken.setWordWrap(True)
            form.addRow(broken)
        self.add_footer(form)
        self.template.currentIndexChanged.connect(self._template_chosen)
        self.language.currentIndexChanged.connect(self._language_chosen)

    def _row(self, form: QFormLayout, label: str, widget: QWidget, path: str) -> None:
        caption = QLabel(label)
        caption.setBuddy(widget)
        widget.setAccessibleName(plain(label))
        form.addRow(caption, widget)

    def _ui_title(self, template_id: str) -> str:
        template = self.templates.get(template_id)
        if template is None:
            return self.tr("{id} (not found)").format(id=template_id)
        language = self.agreement.language.value
        return template.titles.get(language) or next(iter(template.titles.values()), template_id)

    def load_extra(self) -> None:
        """Fill the template and language choices from the draft."""
        self.template.clear()
        ids = list(self.templates)
        if self.agreement.template_id not in ids:
            ids.append(self.agreement.template_id)
        for template_id in ids:
            self.template.addItem(self._ui_title(template_id), template_id)
        self.template.setCurrentIndex(self.template.findData(self.agreement.template_id))
        self._fill_languages()

    def _fill_languages(self) -> None:
        template = self.templates.get(self.agreement.template_id)
        codes = list(template.languages) if template else ["fi", "sv", "en"]
        current = self.agreement.language.value
        if current not in codes:
            codes.append(current)
        self.language.blockSignals(True)
        self.language.clear()
        for code in codes:
            self.language.addItem(language_name(code), code)
        self.language.setCurrentIndex(self.language.findData(current))
        self.language.blockSignals(False)
        self._describe()

    def _describe(self) -> None:
        template = self.templates.get(self.agreement.template_id)
        language = self.agreement.language.value
        self.description.setText(template.descriptions.get(language, "") if template else "")
        title = template.titles.get(language, "") if template else ""
        self.title_field.setPlaceholderText(title)

    def _template_chosen(self, _index: int) -> None:
        if self._loading or self.template.currentData() is None:
            return
        self.agreement.template_id = self.template.currentData()
        template = self.templates.get(self.agreement.template_id)
        if template and self.agreement.language.value not in template.languages:
            self.agreement.language = template.languages[0]
        self._fill_languages()
        self.edited("template_id")

    def _language_chosen(self, _index: int) -> None:
        if self._loading or self.language.currentData() is None:
            return
        self.agreement.language = self.language.currentData()
        self._describe()
        self.edited("language")


class NetworkPage(StepPage):
    """The network: name, region, why it exists, its services and goals."""

    step = Step.NETWORK

    def __init__(self, session: WizardSession, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.setTitle(self.tr("Network and purpose"))
        self.setSubTitle(self.tr("Which network continues, where, and why."))
        form = QFormLayout(self)
        b = self.binder
        b.line(form, self.tr("Name of the net&work:"), "network.name")
        b.line(form, self.tr("&Region:"), "network.region", self.tr("e.g. Päijät-Häme"))
        b.text(
            form,
            self.tr("Background and &purpose:"),
            "network.purpose",
            placeholder=self.tr("How the network began, and why the parties continue it."),
            height=90,
        )
        b.text(form, self.tr("&Services (one a line):"), "network.services", as_lines=True)
        b.text(form, self.tr("&Goals (one a line):"), "network.goals", as_lines=True)
        self.add_footer(form)
