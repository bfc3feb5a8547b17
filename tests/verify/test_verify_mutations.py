"""Hundreds of damaged variants of real signed PDFs: every one gets a verdict, quickly.

The variants (fixed seed) are truncations, byte changes, inserted junk, deleted ranges,
duplicated cross-reference sections, huge numbers, deep nesting and a decompression bomb, made
from the corpus and from our own signed agreements. They are verified in worker processes with
the per-file time limit. No report may come from an unexpected exception, none may run over the
limit, and none may be ``valid`` when a byte inside a signed range was changed.
"""

from __future__ import annotations

import random
import re
import zlib
from pathlib import Path

import pytest
from verify_tamper import byte_range

from agreement_studio.verification import TrustStore, Verdict, verify_files

CORPUS = Path(__file__).resolve().parents[1] / "corpus"
SEED = 20261128
TIME_LIMIT = 20.0
PER_SOURCE = 24


def _truncate(rng: random.Random, data: bytes) -> bytes:
    return data[: rng.randrange(len(data))]


def _flip(rng: random.Random, data: bytes) -> bytes:
    out = bytearray(data)
    for _ in range(rng.randint(1, 5)):
        at = rng.randrange(len(out))
        out[at] = (out[at] + rng.randint(1, 255)) % 256
    return bytes(out)


def _junk(rng: random.Random, data: bytes) -> bytes:
    at = rng.randrange(len(data))
    junk = rng.choice(
        [
            rng.randbytes(rng.randint(1, 200)),
            b" 1 0 obj << >> endobj ",
            b"\nxref\n0 1\n0000000000 65535 f \n",
            b"%%EOF\n",
            b"(((((",
            b"<<<<",
        ]
    )
    return data[:at] + junk + data[at:]


def _delete(rng: random.Random, data: bytes) -> bytes:
    at = rng.randrange(len(data))
    return data[:at] + data[at + rng.randint(1, 2000) :]


def _duplicate_xref(rng: random.Random, data: bytes) -> bytes:
    pattern = rb"\nxref\b|(?<![0-9])[0-9]{1,10} 0 obj\s*<<\s*/Type\s*/XRef"
    starts = [m.start() for m in re.finditer(pattern, data)]
    if not starts:
        return _junk(rng, data)
    start = rng.choice(starts)
    end = data.find(b"%%EOF", start)
    block = data[start : end + 5 if end > 0 else len(data)]
    at = rng.choice([len(data), start, rng.randrange(len(data))])
    return data[:at] + block + data[at:]


def _huge_number(rng: random.Random, data: bytes) -> bytes:
    numbers = [m for m in re.finditer(rb"(?<![0-9.])[0-9]{1,10}(?![0-9.])", data)]
    match = rng.choice(numbers)
    huge = rng.choice(
        [
            b"9" * rng.randint(11, 40),
            b"1" + b"0" * 5000,
            b"4294967296",
            b"-2147483649",
            b"99999999999999999999.5",
        ]
    )
    return data[: match.start()] + huge + data[match.end() :]


def _deep_nesting(rng: random.Random, data: bytes) -> bytes:
    depth = rng.choice([100, 1000, 50000])
    nest = rng.choice([b"[" * depth + b"]" * depth, b"<< /A " * depth + b">>" * depth])
    at = data.find(b"<<", rng.randrange(len(data)))
    at = at if at > 0 else rng.randrange(len(data))
    return data[:at] + nest + data[at:]


MUTATIONS = [_truncate, _flip, _junk, _delete, _duplicate_xref, _huge_number, _deep_nesting]


def _signed_flip(rng: random.Random, data: bytes) -> bytes:
    """Change one byte inside the signed ranges of the first signature."""
    _, length1, start2, length2 = byte_range(data, 0)
    at = rng.choice([rng.randrange(length1), start2 + rng.randrange(length2)])
    return data[:at] + bytes([(data[at] + rng.randint(1, 255)) % 256]) + data[at + 1 :]


def _cms_flip(rng: random.Random, data: bytes) -> bytes:
    """Change hex digits inside the signature value (the unsigned gap): damaged CMS."""
    _, length1, start2, _ = byte_range(data, rng.randrange(data.count(b"/ByteRange")))
    digits = data[length1 + 1 : start2 - 1].rstrip(b"0") or b"0"
    out = bytearray(data)
    for _ in range(rng.randint(1, 4)):
        at = length1 + 1 + rng.randrange(len(digits))
        out[at] = rng.choice(b"0123456789abcdef")
    return bytes(out)


def _bomb() -> bytes:
    payload = zlib.compress(b"\0" * (80 * 1024 * 1024), 9)
    head = b"%PDF-1.7\n"
    obj = (
        (
            b"1 0 obj\n<< /Type /XRef /Size 2 /W [1 4 2] /Filter /FlateDecode /Length %d >>\n"
            b"stream\n" % len(payload)
        )
        + payload
        + b"\nendstream\nendobj\n"
    )
    return head + obj + b"startxref\n%d\n%%%%EOF\n" % len(head)


def _pathological() -> list[bytes]:
    return [
        b"",
        b"%PDF-1.7\n",
        b"%PDF-1.7\nstartxref\n999999999999\n%%EOF\n",
        b"%PDF-1.7\nxref\n0 4000000000\ntrailer\n<< >>\nstartxref\n9\n%%EOF\n",
        b"%PDF-1.7\n" + b"[" * 200000 + b"\nstartxref\n9\n%%EOF\n",
        _bomb(),
    ]


@pytest.mark.slow
def test_damaged_files_all_get_a_verdict_in_time(
    signed_once, signed_three, signed_lta, pki, tmp_path
):
    rng = random.Random(SEED)
    ours = [signed_once, signed_three, signed_lta]
    sources = [p.read_bytes() for p in sorted((CORPUS / "pdf").glob("*.pdf"))] + ours
    variants: list[tuple[bytes, bool]] = []
    for data in sources:
        for _ in range(PER_SOURCE):
            variants.append((rng.choice(MUTATIONS)(rng, data), False))
    for data in ours:
        variants += [(_signed_flip(rng, data), True) for _ in range(20)]
        variants += [(_cms_flip(rng, data), False) for _ in range(15)]
    variants += [(data, False) for data in _pathological()]
    assert len(variants) >= 500
    paths, signed_changed = [], set()
    for index, (data, changed) in enumerate(variants):
        path = tmp_path / f"m{index:04d}.pdf"
        path.write_bytes(data)
        paths.append(str(path))
        if changed:
            signed_changed.add(str(path))
    trust = TrustStore.from_files([pki.files["root"]])
    reports = {r.path: r for r in verify_files(paths, trust=trust, jobs=2, timeout=TIME_LIMIT)}
    assert set(reports) == set(paths)
    slowest = max(reports.values(), key=lambda r: r.seconds)
    assert slowest.seconds < TIME_LIMIT, (slowest.path, slowest.seconds)
    for path, report in reports.items():
        assert "internal error" not in report.message, (path, report.message)
        assert "took longer" not in report.message, path
        assert isinstance(report.verdict, Verdict)
        if path in signed_changed:
            assert report.verdict is not Verdict.VALID, (path, report.message)
