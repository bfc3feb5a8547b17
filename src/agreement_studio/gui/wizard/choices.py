"""The fixed choices of a draft (kinds of organisation, meeting frequencies…) in words."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from agreement_studio.gui.i18n import QT_TRANSLATE_NOOP

__all__ = ["choice_text", "choices"]

_CHOICES: dict[str, list[tuple[str, str]]] = {
    "organisation_type": [
        ("municipality", QT_TRANSLATE_NOOP("Choices", "Municipality")),
        ("state-authority", QT_TRANSLATE_NOOP("Choices", "State authority")),
        ("educational-institution", QT_TRANSLATE_NOOP("Choices", "Educational institution")),
        ("association", QT_TRANSLATE_NOOP("Choices", "Association")),
        ("company", QT_TRANSLATE_NOOP("Choices", "Company")),
        ("other", QT_TRANSLATE_NOOP("Choices", "Other organisation")),
    ],
    "frequency": [
        ("monthly", QT_TRANSLATE_NOOP("Choices", "Every month")),
        ("every-two-months", QT_TRANSLATE_NOOP("Choices", "Every two months")),
        ("quarterly", QT_TRANSLATE_NOOP("Choices", "Four times a year")),
        ("twice-a-year", QT_TRANSLATE_NOOP("Choices", "Twice a year")),
        ("yearly", QT_TRANSLATE_NOOP("Choices", "Once a year")),
    ],
    "convened_by": [
        ("coordinator", QT_TRANSLATE_NOOP("Choices", "The coordinator")),
        ("group", QT_TRANSLATE_NOOP("Choices", "The coordinating group")),
        ("rotating", QT_TRANSLATE_NOOP("Choices", "The parties in turn")),
    ],
    "format": [
        ("in-person", QT_TRANSLATE_NOOP("Choices", "In person")),
        ("remote", QT_TRANSLATE_NOOP("Choices", "Remotely")),
        ("hybrid", QT_TRANSLATE_NOOP("Choices", "In person and remotely (hybrid)")),
    ],
    "new_parties_by": [
        ("unanimous", QT_TRANSLATE_NOOP("Choices", "All parties agreeing")),
        ("majority", QT_TRANSLATE_NOOP("Choices", "A majority of the parties")),
    ],
    "decisions_by": [
        ("consensus", QT_TRANSLATE_NOOP("Choices", "Consensus")),
        ("majority", QT_TRANSLATE_NOOP("Choices", "Majority vote")),
    ],
    "roles": [
        (
            "independent-controllers",
            QT_TRANSLATE_NOOP("Choices", "Each party is a controller of its own data"),
        ),
        ("joint-controllers", QT_TRANSLATE_NOOP("Choices", "The parties are joint controllers")),
        (
            "controller-processor",
            QT_TRANSLATE_NOOP("Choices", "One party processes data for the others"),
        ),
    ],
    "materials_licence": [
        ("cc-by-4.0", QT_TRANSLATE_NOOP("Choices", "Open to all (CC BY 4.0)")),
        ("shared-use", QT_TRANSLATE_NOOP("Choices", "Free use by the parties")),
        ("owner-keeps", QT_TRANSLATE_NOOP("Choices", "Each owner keeps its rights")),
    ],
}


def choices(kind: str) -> list[tuple[str, str]]:
    """``(value, translated text)`` for each choice of ``kind``."""
    return [(value, QCoreApplication.translate("Choices", text)) for value, text in _CHOICES[kind]]


def choice_text(kind: str, value: str) -> str:
    """The translated text of one choice."""
    return dict(choices(kind)).get(str(value), str(value))
