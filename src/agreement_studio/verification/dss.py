"""The Document Security Store (ISO 32000-2 §12.8.4.3): the validation data a revision carries.

``/DSS`` in the catalog holds arrays of streams (``/Certs``, ``/CRLs``, ``/OCSPs``) and, under
``/VRI``, the same per signature (``/Cert``, ``/CRL``, ``/OCSP``). Both are read, deduplicated.
"""

from __future__ import annotations

import weakref
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from agreement_studio.i18n import translatable
from agreement_studio.verification.syntax import Stream
from agreement_studio.verification.view import View
from agreement_studio.verification.xref import decode_stream

_ = translatable(__name__)

if TYPE_CHECKING:
    from agreement_studio.verification.document import PdfDocument

MAX_ITEMS = 1000  # validation data items read per DSS; a real one holds tens
# Decoded streams per document, by their place in the file: each revision's DSS repeats them.
_DECODED: weakref.WeakKeyDictionary[PdfDocument, dict[tuple[int, int], bytes | None]] = (
    weakref.WeakKeyDictionary()
)


@dataclass
class DssContents:
    """The validation data a revision's Document Security Store holds (DER), deduplicated."""

    certs: list[bytes] = field(default_factory=list)
    crls: list[bytes] = field(default_factory=list)
    ocsps: list[bytes] = field(default_factory=list)

    def describe(self) -> str:
        """``3 certificates, 1 CRL, 2 OCSP responses``."""
        from agreement_studio.verification.words import joined

        parts = [
            _.plural("{count} certificate", "{count} certificates", len(self.certs)),
            _.plural("{count} CRL", "{count} CRLs", len(self.crls)),
            _.plural("{count} OCSP response", "{count} OCSP responses", len(self.ocsps)),
        ]
        present = (self.certs, self.crls, self.ocsps)
        return joined([p for p, items in zip(parts, present, strict=True) if items], ",") or _(
            "nothing"
        )


def _decoded(stream: Stream, cache: dict[tuple[int, int], bytes | None]) -> bytes | None:
    key = (stream.start, stream.end)
    if key not in cache:
        try:
            cache[key] = decode_stream(stream)
        except Exception:  # a damaged stream is no evidence
            cache[key] = None
    return cache[key]


def dss_contents(view: View) -> DssContents:
    """What the DSS (``/DSS`` in the catalog, with its VRI entries) of ``view`` holds."""
    found = DssContents()
    dss = view.get(view.catalog, "DSS")
    if not isinstance(dss, dict):
        return found
    keys = (
        ("Certs", "Cert", found.certs),
        ("CRLs", "CRL", found.crls),
        ("OCSPs", "OCSP", found.ocsps),
    )
    dictionaries = [dss]
    vri = view.get(dss, "VRI")
    if isinstance(vri, dict):
        dictionaries += [v for v in (view.resolve(x) for x in vri.values()) if isinstance(v, dict)]
    seen: set[bytes] = set()
    decoded = _DECODED.setdefault(view.document, {})
    budget = MAX_ITEMS
    for dictionary in dictionaries:
        for dss_key, vri_key, target in keys:
            items = view.get(dictionary, dss_key if dictionary is dss else vri_key)
            for item in items[:budget] if isinstance(items, list) else []:
                budget -= 1
                stream = view.resolve(item)
                if not isinstance(stream, Stream):
                    continue
                der = _decoded(stream, decoded)
                if der is not None and der not in seen:
                    seen.add(der)
                    target.append(der)
    return found
