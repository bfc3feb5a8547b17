"""Names the command line and the window offer before anything heavy is loaded.

PAdES levels and CRL reasons are chosen from lists in ``--help`` and in dialogs; keeping them
here (standard library only) lets those show without importing ``cryptography`` or pyHanko.
"""

from __future__ import annotations

import enum

from agreement_studio.errors import InputError
from agreement_studio.i18n import render, translatable

_ = translatable(__name__)

__all__ = [
    "DEFAULT_CRL_DAYS",
    "LEVELS_HELP",
    "REASON_NAMES",
    "STAMP_LABEL",
    "Level",
    "language_of_lang",
    "stamp_label",
]

STAMP_LABEL = _("Digitally signed")
"""The first line of every signature's visible stamp (in the agreement's language)."""


def stamp_label(language: str | None) -> str:
    """The stamp's first line in ``language`` (the agreement's: ``fi``, ``sv``; else English)."""
    return render(STAMP_LABEL, language_of_lang(language))


def language_of_lang(value: object) -> str:
    """``fi`` for a PDF ``/Lang`` (or draft language) such as ``fi-FI`` or ``FI``; else ``en``."""
    text = str(value or "").strip().replace("_", "-").split("-")[0].lower()
    return text if text in ("fi", "sv", "en") else "en"


DEFAULT_CRL_DAYS = 7
"""How long a CRL the network CA signs stays current (its nextUpdate), unless told otherwise."""

REASON_NAMES = (
    "unspecified",
    "key-compromise",
    "affiliation-changed",
    "superseded",
    "cessation-of-operation",
    "certificate-hold",
    "privilege-withdrawn",
)
"""RFC 5280 §5.3.1 revocation reasons a network uses, as the command line spells them."""

LEVELS_HELP = _(
    "PAdES levels: B-B is the signature alone; B-T adds a timestamp from a timestamp server "
    "(--tsa) proving when it was made; B-LT also stores in the PDF the certificates and "
    "revocation lists (--crl) needed to check it years later; B-LTA adds a document "
    "timestamp over all of that, which `extend` renews before it ages out."
)


class Level(enum.Enum):
    """A PAdES baseline level, in increasing order."""

    B_B = "B-B"
    B_T = "B-T"
    B_LT = "B-LT"
    B_LTA = "B-LTA"

    @classmethod
    def parse(cls, text: str) -> Level:
        """``"b-lta"`` → :attr:`B_LTA` (InputError for anything else)."""
        wanted = text.strip().upper().replace("_", "-")
        wanted = wanted if wanted.startswith("B-") else "B-" + wanted
        for level in cls:
            if level.value == wanted:
                return level
        raise InputError(
            _(
                "{text} is not a PAdES level; use one of {levels}",
                text=repr(text),
                levels=", ".join(v.value for v in cls),
            )
        )

    @property
    def rank(self) -> int:
        """0 for B-B … 3 for B-LTA."""
        return list(Level).index(self)

    @property
    def needs_timestamp_server(self) -> bool:
        """Whether making this level asks a timestamp server."""
        return self.rank >= Level.B_T.rank

    @property
    def has_validation_data(self) -> bool:
        """Whether this level stores validation data (a DSS) in the document."""
        return self.rank >= Level.B_LT.rank
