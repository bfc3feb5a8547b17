"""How much work one file may cost the verifier, and the error for a file that asks for more.

A hostile file can be small on disk and huge in memory (hundreds of thousands of dictionary
keys, thousands of revisions, compressed bombs), or huge on disk and nearly empty (a 200 MB
whitespace tail). Either way the verifier must answer quickly and within bounded memory; the
honest answer for such a file is ``error``, "too complex to judge safely", never a guess.
Every limit lives here, so the bounds of the reader are visible in one place.
"""

from __future__ import annotations

import os
from pathlib import Path

from agreement_studio.i18n import translatable

_ = translatable(__name__)

__all__ = ["Budget", "StructureError", "TooComplex", "read_pdf_bytes"]

# The largest file read at all: the bytes are held in memory once, next to what is parsed.
MAX_FILE_BYTES = 96 * 1024 * 1024
# Dictionary entries (about 200 bytes and a few microseconds each) and array items (a number
# costs less) parsed in one file, and the entries of one dictionary.
MAX_ENTRIES = 300_000
MAX_ARRAY_ITEMS = 2_000_000
MAX_DICT_KEYS = 20_000
# Objects defined at the top level of the file (each is parsed, indexed and cross-checked).
MAX_OBJECTS = 100_000
# Revisions (incremental updates): every pair is compared, and each keeps its own object table.
MAX_REVISIONS = 300
MAX_TABLE_SLOTS = 1_000_000
# Bytes that decoding structure streams (object and cross-reference streams) may produce.
MAX_DECODED_TOTAL = 48 * 1024 * 1024
# Objects a reader's reconstruction may reach from the catalog; compared one by one.
MAX_REACHABLE = 200_000


class StructureError(Exception):
    """The file cannot be read as a PDF at all; the message says why."""


class TooComplex(StructureError):
    """The file needs more work than the verifier allows for one file."""

    def __init__(self, what: str) -> None:
        super().__init__(_("too complex to judge safely: {what}", what=what))


class Budget:
    """The work left for one file; each reader step spends from it and stops at the limit."""

    __slots__ = ("decoded", "entries", "items", "objects", "table")

    def __init__(self) -> None:
        self.objects = MAX_OBJECTS
        self.table = MAX_TABLE_SLOTS
        self.entries = MAX_ENTRIES
        self.items = MAX_ARRAY_ITEMS
        self.decoded = MAX_DECODED_TOTAL

    def spend_entries(self, count: int) -> None:
        """Account for ``count`` parsed dictionary entries (or cross-reference entries)."""
        self.entries -= count
        if self.entries < 0:
            raise TooComplex(_("more than {count:,} dictionary entries", count=MAX_ENTRIES))

    def spend_object(self) -> None:
        """Account for one object definition found in the file."""
        self.objects -= 1
        if self.objects < 0:
            raise TooComplex(_("more than {count:,} objects", count=MAX_OBJECTS))

    def spend_table(self, count: int) -> None:
        """Account for a revision's object table of ``count`` entries."""
        self.table -= count
        if self.table < 0:
            raise TooComplex(
                _("revisions whose object tables hold more than {count:,}", count=MAX_TABLE_SLOTS)
            )

    def spend_items(self, count: int) -> None:
        """Account for ``count`` parsed array items."""
        self.items -= count
        if self.items < 0:
            raise TooComplex(_("more than {count:,} array items", count=MAX_ARRAY_ITEMS))

    def spend_decoded(self, count: int) -> None:
        """Account for ``count`` bytes produced by decoding a stream."""
        self.decoded -= count
        if self.decoded < 0:
            raise TooComplex(
                _("streams that expand to more than {size} MiB", size=MAX_DECODED_TOTAL >> 20)
            )

    @property
    def decode_limit(self) -> int:
        """How many bytes the next decoded stream may still produce."""
        return max(self.decoded, 0)


def read_pdf_bytes(path: str | os.PathLike[str]) -> bytes:
    """The bytes of the file at ``path``; :class:`TooComplex` when it is too large to judge.

    The size is checked before anything is read, so a huge file costs no memory.
    """
    with Path(path).open("rb") as handle:
        size = os.fstat(handle.fileno()).st_size
        if size > MAX_FILE_BYTES:
            raise TooComplex(_("the file is larger than {size} MiB", size=MAX_FILE_BYTES >> 20))
        return handle.read(MAX_FILE_BYTES + 1)
