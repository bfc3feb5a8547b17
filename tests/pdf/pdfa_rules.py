"""The PDF/A-2 rules that apply to our output, checked with pypdf (not with our own reader).

Not a validator: veraPDF is that (see the README). These are the rules our renderer and our
signatures could break, each a small function that returns what it found wrong:

- XMP identification (``pdfaid:part`` 2, conformance) and the document information repeated
  in XMP with the same values and dates (ISO 19005-2 §6.6.2);
- an output intent with an RGB ICC profile (§6.2.3);
- every font embedded, each subset with its own tag (§6.2.11);
- every widget with a normal appearance and printable (§6.3.2, §6.3.3);
- no encryption, no JavaScript, no forbidden actions, no additional actions (§6.4, §6.6.1);
- no transparency groups or soft masks (our own rule: the agreement needs none);
- streams end with an EOL before ``endstream`` (§6.1.7.1).
"""

from __future__ import annotations

import datetime as dt
import re
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterator
from io import BytesIO

from pypdf import PdfReader
from pypdf.generic import ArrayObject, DictionaryObject, IndirectObject

NS = {
    "x": "adobe:ns:meta/",
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "pdfaid": "http://www.aiim.org/pdfa/ns/id/",
    "dc": "http://purl.org/dc/elements/1.1/",
    "pdf": "http://ns.adobe.com/pdf/1.3/",
    "xmp": "http://ns.adobe.com/xap/1.0/",
}
_FORBIDDEN_ACTIONS = {"/Launch", "/Sound", "/Movie", "/ResetForm", "/ImportData", "/JavaScript"}
_FORBIDDEN_ACTIONS |= {"/Hide", "/SetOCGState", "/Rendition", "/Trans", "/GoTo3DView"}


def _resolve(value: object) -> object:
    return value.get_object() if isinstance(value, IndirectObject) else value


def xmp_properties(reader: PdfReader) -> dict[str, str]:
    """The XMP properties we mirror, as ``prefix:name`` → text (attributes or elements)."""
    metadata = _resolve(reader.trailer["/Root"].get("/Metadata"))
    if metadata is None:
        return {}
    root = ET.fromstring(metadata.get_data())
    found: dict[str, str] = {}
    reverse = {uri: prefix for prefix, uri in NS.items()}
    for description in root.iter(f"{{{NS['rdf']}}}Description"):
        for key, value in description.attrib.items():
            uri, _, name = key[1:].partition("}")
            if uri in reverse and reverse[uri] != "rdf":
                found[f"{reverse[uri]}:{name}"] = value
        for child in description:
            uri, _, name = child.tag[1:].partition("}")
            if uri not in reverse:
                continue
            items = [li.text or "" for li in child.iter(f"{{{NS['rdf']}}}li")]
            found[f"{reverse[uri]}:{name}"] = items[0] if items else (child.text or "").strip()
    return found


def _pdf_date(text: str) -> dt.datetime:
    match = re.fullmatch(
        r"D:(\d{4})(\d\d)(\d\d)(\d\d)(\d\d)(\d\d)(?:(Z)|([+-])(\d\d)'?(\d\d)'?)?", text.strip()
    )
    assert match, f"not a PDF date: {text!r}"
    year, month, day, hour, minute, second = (int(g) for g in match.groups()[:6])
    offset = dt.timedelta(0)
    if match.group(8):
        sign = -1 if match.group(8) == "-" else 1
        offset = sign * dt.timedelta(hours=int(match.group(9)), minutes=int(match.group(10)))
    return dt.datetime(year, month, day, hour, minute, second, tzinfo=dt.timezone(offset))


def _xmp_date(text: str) -> dt.datetime:
    return dt.datetime.fromisoformat(text.strip().replace("Z", "+00:00"))


def identification_problems(reader: PdfReader) -> list[str]:
    """XMP says PDF/A-2 and repeats /Info (ISO 19005-2 §6.6.2)."""
    xmp = xmp_properties(reader)
    problems = []
    if xmp.get("pdfaid:part") != "2":
        problems.append(f"pdfaid:part is {xmp.get('pdfaid:part')!r}, not 2")
    if xmp.get("pdfaid:conformance") not in {"A", "B", "U"}:
        problems.append(f"pdfaid:conformance is {xmp.get('pdfaid:conformance')!r}")
    info = reader.trailer.get("/Info")
    info = _resolve(info) if info is not None else {}
    pairs = {
        "/Title": "dc:title",
        "/Author": "dc:creator",
        "/Subject": "dc:description",
        "/Keywords": "pdf:Keywords",
        "/Producer": "pdf:Producer",
        "/Creator": "xmp:CreatorTool",
    }
    for key, prop in pairs.items():
        if key in info and str(info[key]) != xmp.get(prop):
            problems.append(f"{key} {str(info[key])!r} but XMP {prop} {xmp.get(prop)!r}")
    for key, prop in {"/CreationDate": "xmp:CreateDate", "/ModDate": "xmp:ModifyDate"}.items():
        if key not in info:
            continue
        if prop not in xmp:
            problems.append(f"{key} without XMP {prop}")
        elif _pdf_date(str(info[key])) != _xmp_date(xmp[prop]):
            problems.append(f"{key} {info[key]} but XMP {prop} {xmp[prop]}")
    return problems


def output_intent_problems(reader: PdfReader) -> list[str]:
    """An output intent for PDF/A with an RGB ICC profile (§6.2.3)."""
    intents = _resolve(reader.trailer["/Root"].get("/OutputIntents")) or []
    pdfa = [_resolve(i) for i in intents if _resolve(i).get("/S") == "/GTS_PDFA1"]
    if len(pdfa) != 1:
        return [f"{len(pdfa)} PDF/A output intents"]
    profile = _resolve(pdfa[0].get("/DestOutputProfile"))
    if profile is None:
        return ["the output intent has no profile"]
    data = profile.get_data()
    problems = []
    if data[36:40] != b"acsp" or data[16:20] != b"RGB " or profile.get("/N") != 3:
        problems.append("the output profile is not an RGB ICC profile")
    if data[8] > 4:
        problems.append(f"ICC profile version {data[8]}.x is newer than PDF/A-2 allows")
    return problems


def _objects(reader: PdfReader) -> Iterator[DictionaryObject]:
    """Every dictionary (and stream dictionary) reachable from the trailer, once."""
    seen: set[tuple[int, int]] = set()
    stack: list[object] = [reader.trailer]
    while stack:
        item = stack.pop()
        if isinstance(item, IndirectObject):
            key = (item.idnum, item.generation)
            if key in seen:
                continue
            seen.add(key)
            item = item.get_object()
        if isinstance(item, DictionaryObject):  # StreamObject is one too
            yield item
            for name, value in item.items():
                if name not in ("/Parent", "/P"):
                    stack.append(value)
        elif isinstance(item, ArrayObject):
            stack.extend(item)


def font_problems(reader: PdfReader) -> list[str]:
    """Every font embedded; a subset tag belongs to one font program (§6.2.11)."""
    problems = []
    tags: dict[str, str] = {}
    for obj in _objects(reader):
        if obj.get("/Type") != "/FontDescriptor":
            continue
        name = str(obj.get("/FontName", ""))[1:]
        if not any(k in obj for k in ("/FontFile", "/FontFile2", "/FontFile3")):
            problems.append(f"font {name} is not embedded")
        tag, plus, _ = name.partition("+")
        if plus and len(tag) == 6:
            if tag in tags and tags[tag] != name:
                problems.append(f"subset tag {tag} on both {tags[tag]} and {name}")
            tags.setdefault(tag, name)
    return problems


def widget_problems(reader: PdfReader) -> list[str]:
    """Every annotation printable and visible, every widget with /AP /N (§6.3).

    As veraPDF's rules 6.3.2-1 and 6.3.3-1 for PDF/A-2 say, an annotation whose rectangle has
    no size (an invisible signature or document timestamp field) needs neither.
    """
    problems = []
    for number, page in enumerate(reader.pages, start=1):
        for annot in _resolve(page.get("/Annots")) or []:
            annot = _resolve(annot)
            rect = [float(v) for v in _resolve(annot.get("/Rect")) or [0, 0, 1, 1]]
            if len(rect) == 4 and rect[0] == rect[2] and rect[1] == rect[3]:
                continue
            flags = int(annot.get("/F", 0))
            label = f"page {number} {annot.get('/Subtype')} {annot.get('/T', '')}"
            if not flags & 4 or flags & (1 | 2 | 32):
                problems.append(f"{label}: flags {flags} (must print, not hide)")
            appearance = _resolve(annot.get("/AP"))
            if annot.get("/Subtype") == "/Widget" and (
                appearance is None or "/N" not in appearance
            ):
                problems.append(f"{label}: no normal appearance")
            if appearance is not None and set(appearance) - {"/N"}:
                problems.append(f"{label}: appearance keys {sorted(appearance)} besides /N")
    return problems


def action_problems(reader: PdfReader) -> list[str]:
    """No encryption, JavaScript, forbidden actions or additional actions (§6.4, §6.6)."""
    problems = []
    if "/Encrypt" in reader.trailer:
        problems.append("the file is encrypted")
    root = reader.trailer["/Root"]
    names = _resolve(root.get("/Names")) or {}
    for key in ("/JavaScript", "/AlternatePresentations"):
        if key in names:
            problems.append(f"catalog /Names has {key}")
    form = _resolve(root.get("/AcroForm")) or {}
    if form.get("/NeedAppearances") is True:
        problems.append("/AcroForm /NeedAppearances true")
    for obj in _objects(reader):
        if obj.get("/S") in _FORBIDDEN_ACTIONS and (obj.get("/Type") in (None, "/Action")):
            problems.append(f"forbidden action {obj.get('/S')}")
        if "/AA" in obj:
            problems.append(f"additional actions on {obj.get('/Type')}")
        if "/JS" in obj:
            problems.append("JavaScript")
    return problems


def transparency_problems(reader: PdfReader) -> list[str]:
    """No transparency groups or soft masks (our rule; the agreement has no use for them)."""
    problems = []
    for obj in _objects(reader):
        group = _resolve(obj.get("/Group"))
        if isinstance(group, DictionaryObject) and group.get("/S") == "/Transparency":
            problems.append(f"transparency group on {obj.get('/Type')}")
        smask = obj.get("/SMask")
        if smask is not None and smask != "/None":
            problems.append("soft mask")
    return problems


def stream_problems(data: bytes) -> list[str]:
    """Each ``stream`` keyword followed by an EOL, each ``endstream`` preceded by one."""
    problems = []
    if re.search(rb"[^\r\n]endstream", data):
        problems.append("endstream without an EOL before it")
    if re.search(rb"stream(?!\r\n|\n)(?<!endstream)", data):
        problems.append("stream keyword without an EOL after it")
    return problems


RULES: tuple[Callable[[PdfReader], list[str]], ...] = (
    identification_problems,
    output_intent_problems,
    font_problems,
    widget_problems,
    action_problems,
    transparency_problems,
)


def pdfa_problems(data: bytes) -> list[str]:
    """Everything :data:`RULES` and :func:`stream_problems` find wrong with ``data``."""
    reader = PdfReader(BytesIO(data))
    problems = stream_problems(data)
    for rule in RULES:
        problems.extend(rule(reader))
    return problems
