"""The visible face of a signature: name, organisation, date and time, in Noto Sans.

pyHanko's stock OpenType engine (``GlyphAccumulator``) parses the whole font and subsets it
with fontTools for every signature: up to a second, most of a command-line signature. Here
the font is subset once, with the European Latin letters (Finnish, Swedish, Sámi, Estonian,
…), and kept in the user's cache folder, named by the font's hash and the glyph set; later
processes read it back (milliseconds) and never import fontTools. It is shaped with HarfBuzz
through pyHanko's ``FontEngine`` interface and embedded as a ready-compressed program. Text
outside that repertoire gets a wider subset, also cached. Each signature then only shapes a
few short strings.

This module imports pyHanko and HarfBuzz (fontTools only to make a subset); it is imported
only when signing.
"""

from __future__ import annotations

import functools
import hashlib
import io
import json
import threading
import unicodedata
import zlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pyhanko.pdf_utils import generic
from pyhanko.pdf_utils.content import ResourceType
from pyhanko.pdf_utils.font.api import FontEngine, ShapeResult
from pyhanko.pdf_utils.generic import pdf_name
from pyhanko.pdf_utils.layout import BoxConstraints
from pyhanko.pdf_utils.writer import BasePdfFileWriter
from pyhanko.stamp.base import BaseStamp, BaseStampStyle

from agreement_studio.errors import AgreementStudioError
from agreement_studio.fileio import write_atomic
from agreement_studio.paths import font_path, user_cache_dir
from agreement_studio.signing.vocabulary import STAMP_LABEL

FONT_FILE = "NotoSans-Regular.ttf"
# Basic Latin, Latin-1, Latin Extended-A, and the punctuation people type in names and dates.
_BASE_REPERTOIRE = frozenset(
    [
        *range(0x20, 0x7F),
        *range(0xA0, 0x180),
        0x2010,
        0x2011,
        0x2013,
        0x2014,
        0x2018,
        0x2019,
        0x201A,
        0x201C,
        0x201D,
        0x201E,
        0x2022,
        0x2026,
        0x2039,
        0x203A,
        0x20AC,
        0x2212,
    ]
)
# Ligatures off: one glyph per letter keeps copied text and search exact.
_FEATURES = {"liga": False, "kern": True}


@dataclass(frozen=True)
class FontProgram:
    """A font subset ready to embed: shaping font, metrics and compressed program."""

    postscript_name: str
    units_per_em: int
    advances: tuple[int, ...]
    """Advance width of each glyph, in font units."""
    compressed: bytes
    """The TrueType program, zlib-compressed, for /FontFile2."""
    length: int
    """Uncompressed length of the program (/Length1)."""
    bbox: tuple[int, int, int, int]
    ascent: int
    descent: int
    cap_height: int
    repertoire: frozenset[int]
    shaping: bytes = field(compare=False, repr=False)
    """The subset with its kerning tables, for HarfBuzz."""
    glyphs: dict[int, int] = field(compare=False, repr=False, default_factory=dict)
    """Glyph of each character of the base repertoire."""
    latin: frozenset[int] = field(compare=False, repr=False, default=frozenset())
    """The characters of the base repertoire in the Latin script (the rest are common)."""
    kerning: dict[str, dict[tuple[int, int], int]] = field(
        compare=False, repr=False, default_factory=dict
    )
    """HarfBuzz's kerning of each pair of base-repertoire glyphs, by script (``Latn``, ``Zyyy``),
    in font units: a run of those characters is laid out without HarfBuzz."""

    @functools.cached_property
    def hb_font(self) -> Any:
        """The HarfBuzz font (uharfbuzz imported only for text outside the base repertoire)."""
        import uharfbuzz as hb

        return hb.Font(hb.Face(self.shaping))


@functools.cache
def _font_bytes() -> bytes:
    return font_path(FONT_FILE).read_bytes()


_program_lock = threading.Lock()
# Bump when the subset's options or the cached file's layout change: old files are then ignored.
_CACHE_FORMAT = 4
_MAGIC = b"agreement-studio stamp font\n"


@dataclass(frozen=True)
class _Subset:
    """What subsetting produces, as stored in the cache: metrics and two font programs."""

    metrics: dict[str, Any]
    shaping: bytes
    """The subset with its layout tables (kerning), for HarfBuzz."""
    compressed: bytes
    """The subset without layout tables, zlib-compressed: the embedded /FontFile2."""

    def to_bytes(self) -> bytes:
        sizes = {"shaping": len(self.shaping), "compressed": len(self.compressed)}
        header = json.dumps({**self.metrics, **sizes}, sort_keys=True).encode("ascii")
        payload = b"%d\n" % len(header) + header + self.shaping + self.compressed
        return _MAGIC + hashlib.sha256(payload).hexdigest().encode("ascii") + b"\n" + payload

    @classmethod
    def from_bytes(cls, data: bytes) -> _Subset:
        if not data.startswith(_MAGIC):
            raise ValueError("not a cached stamp font")
        digest, _, payload = data[len(_MAGIC) :].partition(b"\n")
        # a file cut short or changed on disk is made again, never embedded
        if hashlib.sha256(payload).hexdigest().encode("ascii") != digest:
            raise ValueError("damaged cached stamp font")
        size_line, _, rest = payload.partition(b"\n")
        header_size = int(size_line)
        metrics = json.loads(rest[:header_size])
        shaping_size, compressed_size = metrics.pop("shaping"), metrics.pop("compressed")
        body = rest[header_size:]
        if len(body) != shaping_size + compressed_size:
            raise ValueError("truncated cached stamp font")
        return cls(metrics, body[:shaping_size], body[shaping_size:])


def _cache_file(repertoire: frozenset[int]) -> Path:
    """The subset's cache file: named by the font's hash and the glyph set it covers."""
    key = hashlib.sha256(_font_bytes())
    key.update(b"%d:" % _CACHE_FORMAT + ",".join(map(str, sorted(repertoire))).encode("ascii"))
    return user_cache_dir() / "stamp-fonts" / f"{key.hexdigest()[:32]}.font"


def _subset(repertoire: frozenset[int]) -> _Subset:
    """Subset the font with fontTools (about a second: done once, then read from the cache)."""
    from fontTools import subset, ttLib

    options = subset.Options()
    options.hinting = False  # on-screen hinting is not needed in a PDF appearance
    options.layout_features = ["kern"]
    options.notdef_outline = True
    options.glyph_names = False
    # the font's own modification time, not now: the same subset, byte for byte, every time
    tt = ttLib.TTFont(io.BytesIO(_font_bytes()), recalcTimestamp=False)
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=sorted(repertoire))
    subsetter.subset(tt)
    shaping = io.BytesIO()
    tt.save(shaping)
    # The embedded copy needs no layout tables: the positions are already in the content.
    for tag in ("GPOS", "GSUB", "GDEF"):
        if tag in tt:
            del tt[tag]
    embedded = io.BytesIO()
    tt.save(embedded)
    program = embedded.getvalue()
    head, hhea, os2 = tt["head"], tt["hhea"], tt["OS/2"]
    scale = 1000 / head.unitsPerEm
    hmtx = tt["hmtx"].metrics
    metrics = {
        "postscript_name": tt["name"].getDebugName(6) or "NotoSans-Regular",
        "units_per_em": head.unitsPerEm,
        "advances": [hmtx[name][0] for name in tt.getGlyphOrder()],
        "length": len(program),
        "bbox": [round(v * scale) for v in (head.xMin, head.yMin, head.xMax, head.yMax)],
        "ascent": round(hhea.ascent * scale),
        "descent": round(hhea.descent * scale),
        "cap_height": round(getattr(os2, "sCapHeight", 714) * scale),
    }
    metrics.update(_pair_tables(shaping.getvalue(), tt, metrics["advances"]))
    return _Subset(metrics, shaping.getvalue(), zlib.compress(program, 9))


# Scripts HarfBuzz guesses for a run: Latin if it holds a Latin letter, else common (digits,
# punctuation): the font may kern each differently.
_SCRIPTS = ("Latn", "Zyyy")


def _new_buffer(text: str, script: str | None = None) -> Any:
    import uharfbuzz as hb

    buf = hb.Buffer()
    buf.add_str(text)
    buf.guess_segment_properties()
    buf.language = "en"  # not the machine's locale: the same appearance everywhere
    if script is not None:
        buf.script = script
    return buf


def _pair_tables(shaping: bytes, tt: Any, advances: list[int]) -> dict[str, Any]:
    """Each base-repertoire character's glyph and script, and HarfBuzz's kerning of every pair
    of them (both scripts), measured by shaping each character before every other one."""
    import uharfbuzz as hb

    font = hb.Font(hb.Face(shaping))
    cmap = tt.getBestCmap()
    glyphs: dict[int, int] = {}
    latin = []
    for code in sorted(_BASE_REPERTOIRE & set(cmap)):
        gid = tt.getGlyphID(cmap[code])
        buf = _new_buffer(chr(code))
        hb.shape(font, buf, _FEATURES)
        shaped = zip(buf.glyph_infos, buf.glyph_positions, strict=True)
        alone = [(info.codepoint, pos.x_advance) for info, pos in shaped]
        # Only characters HarfBuzz draws as their own glyph at its own width: a default
        # ignorable (the soft hyphen) becomes an invisible space, and is left to HarfBuzz.
        if alone == [(gid, advances[gid])]:
            glyphs[code] = gid
            if buf.script == "Latn":
                latin.append(code)
    chars = [chr(c) for c in glyphs]
    tables: list[list[int]] = []  # each distinct table once, flat: left, right, delta, left, …
    kerning: dict[str, int] = {}  # script -> its table
    for script in _SCRIPTS:
        pairs: list[int] = []
        for first in chars:
            buf = _new_buffer("".join(first + second for second in chars), script)
            hb.shape(font, buf, _FEATURES)
            infos, positions = buf.glyph_infos, buf.glyph_positions
            if len(infos) != 2 * len(chars):
                return {}  # not one glyph per character: HarfBuzz lays out every run
            for index in range(0, len(infos), 2):
                left, right = infos[index].codepoint, infos[index + 1].codepoint
                delta = positions[index].x_advance - advances[left]
                if delta:
                    pairs += (left, right, delta)
        if pairs not in tables:
            tables.append(pairs)
        kerning[script] = tables.index(pairs)
    return {
        "glyphs": [[c, g] for c, g in glyphs.items()],
        "latin": latin,
        "kerning": kerning,
        "kerning_tables": tables,
    }


@functools.lru_cache(maxsize=8)
def _build_program(repertoire: frozenset[int]) -> FontProgram:
    """The program from the user's cache, or made now and stored there for the next process."""
    path = _cache_file(repertoire)
    try:
        return _program(_Subset.from_bytes(path.read_bytes()), repertoire)
    except (OSError, ValueError, LookupError, TypeError):  # missing or damaged: made again
        pass
    made = _subset(repertoire)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        write_atomic(path, made.to_bytes())
    except (OSError, AgreementStudioError):  # a read-only home: signing works, only slower
        pass
    return _program(made, repertoire)


def _program(made: _Subset, repertoire: frozenset[int]) -> FontProgram:
    m = made.metrics
    tables = [
        {(flat[i], flat[i + 1]): flat[i + 2] for i in range(0, len(flat), 3)}
        for flat in m.get("kerning_tables", [])
    ]
    kerning = {script: tables[index] for script, index in m.get("kerning", {}).items()}
    return FontProgram(
        postscript_name=str(m["postscript_name"]),
        units_per_em=int(m["units_per_em"]),
        advances=tuple(int(a) for a in m["advances"]),
        compressed=made.compressed,
        length=int(m["length"]),
        bbox=(int(m["bbox"][0]), int(m["bbox"][1]), int(m["bbox"][2]), int(m["bbox"][3])),
        ascent=int(m["ascent"]),
        descent=int(m["descent"]),
        cap_height=int(m["cap_height"]),
        repertoire=frozenset(repertoire),
        shaping=made.shaping,
        glyphs={int(c): int(g) for c, g in m.get("glyphs", [])},
        latin=frozenset(int(c) for c in m.get("latin", [])),
        kerning=kerning,
    )


def font_program_for(text: str) -> FontProgram:
    """The cached font program that covers ``text`` (built on first use)."""
    needed = {ord(c) for c in text}
    repertoire = _BASE_REPERTOIRE if needed <= _BASE_REPERTOIRE else _BASE_REPERTOIRE | needed
    with _program_lock:
        return _build_program(frozenset(repertoire))


Glyph = tuple[int, int, str]
"""A laid-out glyph: its id, its advance in font units (kerned) and the text it stands for."""


def laid_out(program: FontProgram, text: str) -> list[Glyph]:
    """The glyphs of ``text`` (NFC): from the cached pair tables when every character is in
    the base repertoire, else shaped by HarfBuzz; both give the same (a test compares them)."""
    return laid_out_by_pairs(program, text) or laid_out_by_harfbuzz(program, text)


def laid_out_by_pairs(program: FontProgram, text: str) -> list[Glyph] | None:
    """One glyph per character, kerned pair by pair; None when the tables do not cover it."""
    glyphs = program.glyphs
    try:
        ids = [glyphs[ord(c)] for c in text]
    except KeyError:
        return None
    latin = any(ord(c) in program.latin for c in text)
    pairs = program.kerning.get("Latn" if latin else "Zyyy")
    if pairs is None:
        return None
    advances = program.advances
    result = [
        (gid, advances[gid] + pairs.get((gid, after), 0), char)
        for gid, after, char in zip(ids, [*ids[1:], -1], text, strict=True)
    ]
    return result


def laid_out_by_harfbuzz(program: FontProgram, text: str) -> list[Glyph]:
    """The glyphs of ``text`` as HarfBuzz shapes it with the subset's kerning."""
    import uharfbuzz as hb

    buf = _new_buffer(text)
    hb.shape(program.hb_font, buf, _FEATURES)
    infos = buf.glyph_infos
    result = []
    for index, (info, pos) in enumerate(zip(infos, buf.glyph_positions, strict=True)):
        end = infos[index + 1].cluster if index + 1 < len(infos) else len(text)
        result.append((info.codepoint, pos.x_advance, text[info.cluster : end] or " "))
    return result


def warm_up() -> None:
    """Prepare the font now (e.g. in a background thread) so the first signature is quick."""
    font_program_for("")


class CachedFontEngine(FontEngine):
    """A pyHanko font engine over a cached :class:`FontProgram` (Type0, Identity-H)."""

    def __init__(self, writer: BasePdfFileWriter, program: FontProgram) -> None:
        super().__init__(writer, program.postscript_name, embedded_subset=True, font_size=1)
        self.program = program
        self._to_unicode: dict[int, str] = {}
        self._font_ref = writer.allocate_placeholder()
        self._written = False

    def shape(self, txt: str) -> ShapeResult:
        """TJ operators for ``txt`` (kerned as HarfBuzz kerns it) and its advance in em."""
        txt = unicodedata.normalize("NFC", txt)
        if not txt:
            return ShapeResult(b"", 0, 0)
        glyphs = laid_out(self.program, txt)
        upem, advances = self.program.units_per_em, self.program.advances
        parts: list[str] = []
        total = 0
        for gid, x_advance, text in glyphs:
            parts.append(f"<{gid:04x}>")
            # TJ moves by the glyph's /W width; correct it to the kerned advance
            correction = (advances[gid] - x_advance) * 1000 / upem
            if correction:
                parts.append(f"{correction:g}")
            total += x_advance
            if gid:
                self._to_unicode.setdefault(gid, text)
        ops = f"[{' '.join(parts)}] TJ".encode("ascii")
        return ShapeResult(graphics_ops=ops, x_advance=total / upem, y_advance=0)

    def as_resource(self) -> generic.IndirectObject:
        """The (placeholder) reference of the font dictionary."""
        return self._font_ref

    def prepare_write(self) -> None:
        """Add the font objects to the writer: called by pyHanko before writing."""
        if self._written:  # pyHanko may call this more than once per writer
            return
        self._written = True
        writer, program = self.writer, self.program
        name = pdf_name(f"/{self._subset_tag()}+{program.postscript_name}")
        file_ref = writer.add_object(
            generic.StreamObject(
                {
                    pdf_name("/Filter"): pdf_name("/FlateDecode"),
                    pdf_name("/Length1"): _number(program.length),
                },
                encoded_data=program.compressed,
            )
        )
        descriptor = _dictionary(
            {
                pdf_name("/Type"): pdf_name("/FontDescriptor"),
                pdf_name("/FontName"): name,
                pdf_name("/Flags"): _number(32),  # nonsymbolic
                pdf_name("/FontBBox"): generic.ArrayObject(map(_number, program.bbox)),
                pdf_name("/ItalicAngle"): _number(0),
                pdf_name("/Ascent"): _number(program.ascent),
                pdf_name("/Descent"): _number(program.descent),
                pdf_name("/CapHeight"): _number(program.cap_height),
                pdf_name("/StemV"): _number(80),
                pdf_name("/FontFile2"): file_ref,
            }
        )
        scale = 1000 / program.units_per_em
        widths = generic.ArrayObject()
        for gid in sorted(self._to_unicode):
            widths.append(_number(gid))
            widths.append(generic.ArrayObject([_number(round(program.advances[gid] * scale))]))
        cid_font = _dictionary(
            {
                pdf_name("/Type"): pdf_name("/Font"),
                pdf_name("/Subtype"): pdf_name("/CIDFontType2"),
                pdf_name("/BaseFont"): name,
                pdf_name("/CIDSystemInfo"): _dictionary(
                    {
                        pdf_name("/Registry"): generic.pdf_string("Adobe"),
                        pdf_name("/Ordering"): generic.pdf_string("Identity"),
                        pdf_name("/Supplement"): _number(0),
                    }
                ),
                pdf_name("/FontDescriptor"): writer.add_object(descriptor),
                pdf_name("/CIDToGIDMap"): pdf_name("/Identity"),
                pdf_name("/W"): widths,
            }
        )
        type0 = _dictionary(
            {
                pdf_name("/Type"): pdf_name("/Font"),
                pdf_name("/Subtype"): pdf_name("/Type0"),
                pdf_name("/BaseFont"): name,
                pdf_name("/Encoding"): pdf_name("/Identity-H"),
                pdf_name("/DescendantFonts"): generic.ArrayObject([writer.add_object(cid_font)]),
                pdf_name("/ToUnicode"): writer.add_object(self._to_unicode_cmap()),
            }
        )
        writer.add_object(type0, idnum=self._font_ref.idnum)

    def _subset_tag(self) -> str:
        """Six capital letters from the program and the glyphs used, not random: the same
        signature text gives the same appearance bytes."""
        digest = hashlib.sha256(self.program.compressed)
        for gid, text in sorted(self._to_unicode.items()):
            digest.update(f"{gid}:{text};".encode())
        return "".join(chr(ord("A") + byte % 26) for byte in digest.digest()[:6])

    def _to_unicode_cmap(self) -> generic.StreamObject:
        entries = [
            f"<{gid:04x}> <{text.encode('utf-16-be').hex()}>"
            for gid, text in sorted(self._to_unicode.items())
        ]
        chunks = [entries[i : i + 100] for i in range(0, len(entries), 100)]
        body = "\n".join(f"{len(c)} beginbfchar\n" + "\n".join(c) + "\nendbfchar" for c in chunks)
        text = (
            "/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n"
            "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
            "/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n"
            "1 begincodespacerange\n<0000> <ffff>\nendcodespacerange\n"
            f"{body}\nendcmap\nCMapName currentdict /CMap defineresource pop\nend\nend"
        )
        stream = generic.StreamObject(stream_data=text.encode("ascii"))
        stream.compress()  # type: ignore[no-untyped-call]  # unannotated in pyHanko
        return stream


@dataclass(frozen=True)
class AppearanceText:
    """What a signature's appearance says."""

    name: str
    organisation: str
    when: str
    """Date and time as shown, e.g. ``2026-05-04 14:03 +03:00``."""
    label: str = STAMP_LABEL
    """The first line, in the agreement's language (:func:`~.vocabulary.stamp_label`)."""


@dataclass(frozen=True)
class SignatureStampStyle(BaseStampStyle):
    """A pyHanko stamp style that draws :class:`AppearanceText` to fit the field's box."""

    text: AppearanceText | None = None
    border_width: int = 0

    def create_stamp(
        self, writer: BasePdfFileWriter, box: BoxConstraints, text_params: dict[str, Any]
    ) -> SignatureStamp:
        """The stamp for one signature field (pyHanko calls this)."""
        return SignatureStamp(writer, self, box)


# (font size, grey level) of each line; sizes shrink together when the box is small
_LINES = ((7.0, 0.35), (11.0, 0.0), (9.0, 0.15), (8.0, 0.25))
_MARGIN = 4.0
_LEADING = 1.25


class SignatureStamp(BaseStamp):
    """The rendered appearance of one signature."""

    def _render_inner_content(self) -> list[bytes]:
        text = self.style.text
        assert text is not None
        lines = (text.label, text.name, text.organisation, text.when)
        engine = CachedFontEngine(self._ensure_writer, font_program_for("".join(lines)))
        self.set_resource(ResourceType.FONT, pdf_name("/F1"), engine.as_resource())
        shaped = [engine.shape(line) for line in lines]
        width, height = self.box.width, self.box.height
        natural = max(size * s.x_advance for (size, _), s in zip(_LINES, shaped, strict=True))
        block = sum(size for size, _ in _LINES) * _LEADING
        scale = min(1.0, (width - 2 * _MARGIN) / max(natural, 1e-6), (height - 2 * _MARGIN) / block)
        # a thin frame, then the lines as one block centred vertically
        ops = [b"q 0.55 0.6 0.7 RG 0.6 w 0.5 0.5 %g %g re S Q" % (width - 1, height - 1), b"BT"]
        cursor = (height + block * scale) / 2
        for (size, grey), result in zip(_LINES, shaped, strict=True):
            size *= scale
            cursor -= size * _LEADING
            baseline = cursor + size * 0.28  # room for descenders below the baseline
            ops.append(
                b"%g g /F1 %g Tf 1 0 0 1 %g %g Tm %s"
                % (grey, size, _MARGIN, baseline, result.graphics_ops)
            )
        ops.append(b"ET")
        return ops


def _number(value: int) -> generic.NumberObject:
    """A PDF integer (pyHanko's constructor is unannotated: the one place it is called)."""
    return generic.NumberObject(value)  # type: ignore[no-untyped-call]  # unannotated in pyHanko


def _dictionary(entries: dict[generic.NameObject, generic.PdfObject]) -> generic.DictionaryObject:
    """A PDF dictionary (pyHanko's constructor is unannotated: the one place it is called)."""
    return generic.DictionaryObject(entries)  # type: ignore[no-untyped-call]  # unannotated in pyHanko
