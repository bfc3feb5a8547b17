"""The document as a reader sees it at the end of one revision: references resolved."""

from __future__ import annotations

from typing import Any

from agreement_studio.i18n import translatable
from agreement_studio.verification.document import PdfDocument, Revision
from agreement_studio.verification.syntax import Parser, PdfSyntaxError, Ref, Stream

_ = translatable(__name__)

_NULL: tuple[Any, Any] = (None, None)


class View:
    """Resolves references the way a strict reader of revision ``revision`` does.

    ``lookup`` returns ``(key, value)`` where ``key`` names the physical definition (equal keys
    mean the very same bytes in the file), so comparisons can skip what cannot differ.
    """

    def __init__(self, document: PdfDocument, revision: Revision) -> None:
        self.document = document
        self.revision = revision
        self.number = revision.number
        self._cache: dict[Ref, tuple[Any, Any]] = {}

    @property
    def catalog(self) -> dict[str, Any]:
        """The document catalog (``{}`` if it is not a dictionary)."""
        root = self.resolve(self.revision.trailer.get("Root"))
        return root if isinstance(root, dict) else {}

    def resolve(self, value: Any) -> Any:
        """``value`` itself, or what it refers to."""
        if isinstance(value, Ref):
            return self.lookup(value)[1]
        return value

    def get(self, dictionary: Any, key: str) -> Any:
        """``dictionary[key]`` resolved; ``None`` when absent or not a dictionary."""
        if isinstance(dictionary, Stream):
            dictionary = dictionary.dict
        if not isinstance(dictionary, dict):
            return None
        return self.resolve(dictionary.get(key))

    def exists(self, ref: Ref) -> bool:
        """Whether the cross-reference data of this revision lists ``ref`` as in use."""
        entry = self.revision.entries.get(ref.num)
        return entry is not None and (
            entry.kind == "c" or (entry.kind == "n" and entry.b == ref.gen)
        )

    def lookup(self, ref: Ref) -> tuple[Any, Any]:
        """``(key, value)`` of the object ``ref`` refers to; ``(None, None)`` for null."""
        cached = self._cache.get(ref)
        if cached is None:
            try:
                cached = self._lookup(ref)
            except PdfSyntaxError as error:
                self.document.note(
                    self.number,
                    _("object {num} cannot be read ({error})", num=ref.num, error=error),
                )
                cached = _NULL
            self._cache[ref] = cached
        return cached

    def _lookup(self, ref: Ref) -> tuple[Any, Any]:
        entry = self.revision.entries.get(ref.num)
        if entry is None or entry.kind == "f":
            if self.document.defined_before(ref.num, self.revision.end):
                self.document.note(
                    self.number,
                    _(
                        "a reference to object {num}, which the cross-reference data does not "
                        "list although the file contains it",
                        num=ref.num,
                    ),
                )
            return _NULL
        if entry.kind == "n":
            if entry.b != ref.gen:
                return _NULL
            found = self.document.def_at(entry.a)
            if found is None or found.num != ref.num or found.gen != ref.gen:
                return _NULL
            value = found.value
            if found.length_ref is not None:
                value = self._restream(found.start, value, found.length_ref)
            end = value.end if isinstance(value, Stream) else None
            return ("n", found.start, end), value
        if ref.gen != 0:
            return _NULL
        container = self.revision.entries.get(entry.a)
        if container is None or container.kind != "n":
            return _NULL
        key, stream = self.lookup(Ref(entry.a, container.b))
        if not isinstance(stream, Stream):
            return _NULL
        members = self.document.object_stream(key, stream)
        return ("c", key, entry.b), members.get(entry.b, ref.num)

    def _restream(self, start: int, value: Any, length_ref: Ref) -> Any:
        """Re-measure a stream whose ``/Length`` is a reference, as this revision sees it."""
        length = self.resolve(length_ref)
        if isinstance(value, Stream) and value.end - value.start == length:
            return value
        parser = Parser(self.document.data, self.document.budget)
        return self.document.reveal(parser.indirect(start, lambda _ref: length)).value
