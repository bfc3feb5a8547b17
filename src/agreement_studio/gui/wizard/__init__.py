"""The new-agreement wizard (loaded when drafting starts: it brings QtPdf with it)."""

from agreement_studio.gui.wizard.dialog import PAGES, AgreementWizard
from agreement_studio.gui.wizard.workspace import DraftingWorkspace

__all__ = ["PAGES", "AgreementWizard", "DraftingWorkspace"]
