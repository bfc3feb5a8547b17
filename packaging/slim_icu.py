"""Rebuild the bundle's ICU data library with the data the window can use, and nothing else.

Qt links ICU, and ICU's data library (``libicudata.so.NN``, 32 MB in PySide6 6.11) holds every
language of the world: locale names, calendars, collation and word-break dictionaries for all of
them, and some 200 legacy character-set tables. The window speaks Finnish, Swedish and English,
and Qt asks ICU for collation (sorting names), case mapping and text boundaries in those; a
legacy character set only if asked to convert one (QStringDecoder), which the application never
does: Python reads and writes its text. So the library is rebuilt from the same data package
with:

- locale data for ``root``, ``en*``, ``fi*`` and ``sv*`` only, in every category (collation,
  names, units, currencies, zones, number spelling, break rules);
- the language-independent data kept whole (Unicode properties, normalisation, the root
  collation, time zones, plural and likely-subtag rules);
- no legacy character-set converters (``*.cnv``; UTF-8, UTF-16, UTF-32, ASCII and Latin-1 need
  no data), word-break dictionaries for scripts written without spaces (``*.dict``; Thai or
  Chinese text then breaks by ICU's rules alone), transliterators or Unicode character names.

``tests/test_packaging.py`` checks the package format on a made-up package; the round trip of
PySide6 6.11's real package (read, then written with every item) is byte-identical.

Run: ``python packaging/slim_icu.py LIBICUDATA`` (Linux; needs ``cc``). The common-data
package format is ICU's own (``ucmndata.h``: a header, then a table of contents of name and data
offsets counted from the table's start, items aligned to 16 bytes); the library it goes into
is one read-only symbol, ``icudtNN_dat``, as ICU's own build makes it.
"""

from __future__ import annotations

import argparse
import re
import struct
import subprocess
import sys
import tempfile
from pathlib import Path

KEPT_LANGUAGES = ("en", "fi", "sv")
_LOCALE_ITEM = re.compile(r"(?:[a-z]{2,3}(?:_[A-Za-z0-9]*)*|root)\.res")
_ALIGN = 16
_PAD = b"\xaa"  # what ICU's own package tool pads with


def keep_item(name: str) -> bool:
    """Whether an item of the package (``brkitr/fi.res``, ``af.res``…) stays."""
    folder, _, leaf = name.rpartition("/")
    if folder == "translit" or leaf.endswith((".cnv", ".dict")) or leaf == "unames.icu":
        return False
    if _LOCALE_ITEM.fullmatch(leaf) and leaf not in ("pool.res", "root.res"):
        return leaf.split("_")[0].split(".")[0] in KEPT_LANGUAGES
    return True


def read_package(data: bytes) -> tuple[bytes, str, list[tuple[str, bytes]]]:
    """Split a common-data package into its header, tree name and (name, bytes) items."""
    header_size, magic1, magic2 = struct.unpack_from("<HBB", data, 0)
    if (magic1, magic2) != (0xDA, 0x27) or data[12:16] != b"CmnD" or data[8] != 0:
        raise SystemExit("not a little-endian ICU common-data package")
    toc = data[header_size:]
    (count,) = struct.unpack_from("<I", toc, 0)
    entries = [struct.unpack_from("<II", toc, 4 + 8 * i) for i in range(count)]
    items = []
    for index, (name_offset, data_offset) in enumerate(entries):
        end = entries[index + 1][1] if index + 1 < count else len(toc)
        name = toc[name_offset : toc.index(b"\0", name_offset)].decode("ascii")
        items.append((name, toc[data_offset:end]))
    tree = items[0][0].split("/", 1)[0]
    return data[:header_size], tree, items


def write_package(header: bytes, items: list[tuple[str, bytes]]) -> bytes:
    """A common-data package of these items (kept in their sorted order: ICU bisects names)."""
    names = b"".join(name.encode("ascii") + b"\0" for name, _ in items)
    toc_size = 4 + 8 * len(items)
    first = toc_size + len(names)
    first += -first % _ALIGN
    entries, body, name_offset, data_offset = [], [], toc_size, first
    for name, item in items:
        entries.append(struct.pack("<II", name_offset, data_offset))
        name_offset += len(name) + 1
        padded = item + _PAD * (-len(item) % _ALIGN)
        body.append(padded)
        data_offset += len(padded)
    toc = struct.pack("<I", len(items)) + b"".join(entries) + names
    return header + toc + _PAD * (first - len(toc)) + b"".join(body)


def package_of(elf: bytes) -> tuple[str, bytes]:
    """The ``icudtNN_dat`` symbol's name and bytes (the package) in an ELF64 ICU data library."""
    (shoff,) = struct.unpack_from("<Q", elf, 0x28)
    shentsize, shnum = struct.unpack_from("<HH", elf, 0x3A)
    # (name, type, flags, address, offset, size, link, info) of every section
    sections = [
        struct.unpack_from("<IIQQQQII", elf, shoff + index * shentsize) for index in range(shnum)
    ]
    for _name, kind, _flags, _address, offset, size, link, _info in sections:
        if kind != 11:  # SHT_DYNSYM: Elf64_Sym entries of 24 bytes
            continue
        strings = sections[link][4]
        for entry in range(offset, offset + size, 24):
            name_at, _info, _other, section, value, length = struct.unpack_from(
                "<IBBHQQ", elf, entry
            )
            name = elf[strings + name_at : elf.index(b"\0", strings + name_at)].decode()
            if re.fullmatch(r"icudt\d+_dat", name):
                start = value - sections[section][3] + sections[section][4]
                return name, elf[start : start + length]
    raise SystemExit("no icudtNN_dat symbol: not ICU's data library")


def slim(library: Path) -> tuple[int, int]:
    """Rewrite ``library`` in place; returns its size before and after."""
    library = library.resolve()  # PyInstaller links the top-level name to Qt's copy
    symbol, package = package_of(library.read_bytes())
    header, _tree, items = read_package(package)
    kept = [item for item in items if keep_item(item[0].split("/", 1)[1])]
    slimmed = write_package(header, kept)
    before = library.stat().st_size
    with tempfile.TemporaryDirectory() as work:
        data = Path(work, "data.bin")
        data.write_bytes(slimmed)
        source = Path(work, "icudata.S")
        source.write_text(
            f".section .rodata\n.globl {symbol}\n.type {symbol}, @object\n.balign {_ALIGN}\n"
            f'{symbol}:\n.incbin "{data}"\n.size {symbol}, . - {symbol}\n'
            '.section .note.GNU-stack,"",@progbits\n'
        )
        built = Path(work, library.name)
        subprocess.run(
            [
                "cc",
                "-shared",
                "-nostdlib",
                f"-Wl,-soname,{library.name}",
                "-s",
                "-o",
                str(built),
                str(source),
            ],
            check=True,
        )
        library.write_bytes(built.read_bytes())
    return before, library.stat().st_size


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("library", type=Path, help="the bundle's libicudata.so.NN")
    args = parser.parse_args()
    before, after = slim(args.library)
    print(f"ICU data: {before / 1e6:.1f} MB -> {after / 1e6:.1f} MB", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
