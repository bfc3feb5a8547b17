"""Thousands of damaged variants of signed PDFs: every one gets a verdict, never a wrong VALID.

A seeded loop with a fixed budget (``PER_SOURCE`` variants of each source) mutates signed
PDFs — the corpus, our own signed agreements (one, three signatures, with a document
timestamp) and a pyHanko B-T signature — by byte flips, insertions, deletions, truncations,
splices of two files, duplicated cross-reference sections, huge numbers and deep nesting; a few
pathological files (a decompression bomb, a huge xref subsection) join them. All are verified
in worker processes with the per-file time limit.

What must hold for every variant:

* no report comes from an unexpected exception ("internal error") or the time limit;
* never ``valid`` when a signed byte changed — nor ``untrusted``, which also says "intact".
  The signed bytes are those inside the ``/ByteRange`` of each signature that is intact
  (``valid``, or ``untrusted`` for want of a trust anchor) in the original. A signature whose
  signature value (its ``/Contents``) is gone from the variant no longer claims anything (a
  truncation back to an earlier revision is a sound, smaller file); one whose value is still
  there while a byte it covers is different must not let the file pass as intact.
"""

from __future__ import annotations

import hashlib
import random
import re
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest
from verify_helpers import sign

from agreement_studio.verification import TrustStore, Verdict, verify_files

CORPUS = Path(__file__).resolve().parents[1] / "corpus"
SEED = 20261205
TIME_LIMIT = 20.0
PER_SOURCE = 60
"""Variants of each corpus file; each of ours (more signatures, all valid) gets three times as
many: about 2,000 files in all, well under a minute on two jobs."""
INTACT = (Verdict.VALID, Verdict.UNTRUSTED)


# --- mutations: each takes (rng, data, other) and returns the variant -----------------------


def _truncate(rng: random.Random, data: bytes, other: bytes) -> bytes:
    return data[: rng.randrange(len(data))]


def _flip(rng: random.Random, data: bytes, other: bytes) -> bytes:
    out = bytearray(data)
    for _ in range(rng.randint(1, 5)):
        at = rng.randrange(len(out))
        out[at] = (out[at] + rng.randint(1, 255)) % 256
    return bytes(out)


def _insert(rng: random.Random, data: bytes, other: bytes) -> bytes:
    at = rng.randrange(len(data) + 1)
    junk = rng.choice(
        [
            rng.randbytes(rng.randint(1, 200)),
            b" ",
            b"\0",
            b" 1 0 obj << >> endobj ",
            b"\nxref\n0 1\n0000000000 65535 f \n",
            b"%%EOF\n",
            b"(((((",
            b"<<<<",
        ]
    )
    return data[:at] + junk + data[at:]


def _delete(rng: random.Random, data: bytes, other: bytes) -> bytes:
    at = rng.randrange(len(data))
    return data[:at] + data[at + rng.randint(1, 2000) :]


def _splice(rng: random.Random, data: bytes, other: bytes) -> bytes:
    """The head of one signed file and the tail of another (or of itself, elsewhere)."""
    source = rng.choice([data, other])
    return data[: rng.randrange(len(data))] + source[rng.randrange(len(source)) :]


def _duplicate_xref(rng: random.Random, data: bytes, other: bytes) -> bytes:
    pattern = rb"\nxref\b|(?<![0-9])[0-9]{1,10} 0 obj\s*<<\s*/Type\s*/XRef"
    starts = [m.start() for m in re.finditer(pattern, data)]
    if not starts:
        return _insert(rng, data, other)
    start = rng.choice(starts)
    end = data.find(b"%%EOF", start)
    block = data[start : end + 5 if end > 0 else len(data)]
    at = rng.choice([len(data), start, rng.randrange(len(data))])
    return data[:at] + block + data[at:]


def _huge_number(rng: random.Random, data: bytes, other: bytes) -> bytes:
    numbers = list(re.finditer(rb"(?<![0-9.])[0-9]{1,10}(?![0-9.])", data))
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


def _deep_nesting(rng: random.Random, data: bytes, other: bytes) -> bytes:
    depth = rng.choice([100, 1000, 50000])
    nest = rng.choice([b"[" * depth + b"]" * depth, b"<< /A " * depth + b">>" * depth])
    at = data.find(b"<<", rng.randrange(len(data)))
    at = at if at > 0 else rng.randrange(len(data))
    return data[:at] + nest + data[at:]


Mutation = Callable[[random.Random, bytes, bytes], bytes]
# Flips, insertions, deletions, truncations and splices are the bulk; the rest add structure.
MUTATIONS: list[Mutation] = [
    _flip,
    _flip,
    _insert,
    _insert,
    _delete,
    _delete,
    _truncate,
    _splice,
    _splice,
    _duplicate_xref,
    _huge_number,
    _deep_nesting,
]


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


# --- what a valid signature of the original covers -------------------------------------------


@dataclass(frozen=True)
class SignedRange:
    """The bytes a signature intact in the original covers, and its signature value."""

    start1: int
    length1: int
    start2: int
    length2: int
    digest: bytes
    value: bytes
    """The hex digits of its ``/Contents`` (without the zero padding): present = still claimed."""

    def changed_in(self, variant: bytes) -> bool:
        """Whether the variant still carries this signature but not the bytes it signed."""
        if self.value not in variant:
            return False
        return _digest(variant, self) != self.digest


def _digest(data: bytes, r: SignedRange) -> bytes:
    covered = data[r.start1 : r.start1 + r.length1] + data[r.start2 : r.start2 + r.length2]
    wanted = r.length1 + r.length2
    return hashlib.sha256(covered).digest() if len(covered) == wanted else b"short"


def _valid_ranges(data: bytes, report) -> list[SignedRange]:
    ranges = []
    for signature in report.signatures:
        if signature.verdict not in INTACT or not signature.byte_range:
            continue
        start1, length1, start2, length2 = signature.byte_range
        value = data[start1 + length1 + 1 : start2 - 1].rstrip(b"0")
        assert len(value) > 64, "an intact signature has a signature value"
        probe = SignedRange(start1, length1, start2, length2, b"", value)
        ranges.append(SignedRange(start1, length1, start2, length2, _digest(data, probe), value))
    return ranges


@pytest.fixture(scope="module")
def pyhanko_bt(base_pdf, pki) -> bytes:
    """A pyHanko-made PAdES B-T signature (a signature timestamp from a local TSA)."""
    return sign(base_pdf, "Signer1", pki.signers[0], pki, timestamp=True)


@pytest.mark.slow
def test_damaged_files_get_a_verdict_and_never_a_wrong_valid(
    signed_once, signed_three, signed_lta, pyhanko_bt, pki, tmp_path
):
    trust = TrustStore.from_files(
        [pki.files["root"], CORPUS / "certs/pyhanko-testing-root.pem"],
        [CORPUS / "certs/pyhanko-testing-intermediate.pem"],
    )
    ours = [signed_once, signed_three, signed_lta, pyhanko_bt]
    sources = [p.read_bytes() for p in sorted((CORPUS / "pdf").glob("*.pdf"))] + ours
    originals = []
    for index, data in enumerate(sources):
        path = tmp_path / f"source{index:02d}.pdf"
        path.write_bytes(data)
        originals.append(str(path))
    first = {r.path: r for r in verify_files(originals, trust=trust, jobs=2)}
    ranges = [_valid_ranges(data, first[p]) for data, p in zip(sources, originals, strict=True)]
    # Our files and pyHanko's are valid in every signature; the corpus adds more producers.
    assert [len(r) for r in ranges[-len(ours) :]] == [1, 3, 4, 1]
    assert all(first[p].verdict is Verdict.VALID for p in originals[-len(ours) :])
    assert sum(len(r) for r in ranges) >= 20

    rng = random.Random(SEED)
    paths: list[str] = []
    guarded: dict[str, str] = {}  # variant -> what changed in it, for the failure message
    for number, data in enumerate(sources):
        ours_too = number >= len(sources) - len(ours)
        for _ in range(PER_SOURCE * (3 if ours_too else 1)):
            mutation = rng.choice(MUTATIONS)
            variant = mutation(rng, data, rng.choice(sources))
            path = tmp_path / f"m{len(paths):05d}.pdf"
            path.write_bytes(variant)
            paths.append(str(path))
            if any(r.changed_in(variant) for r in ranges[number]):
                guarded[str(path)] = f"{mutation.__name__} of source {number}"
    for data in _pathological():
        path = tmp_path / f"m{len(paths):05d}.pdf"
        path.write_bytes(data)
        paths.append(str(path))
    # Honest neighbours: what changes no signed byte of ours must stay valid (a trailing
    # newline; a truncation back to exactly the version a signature covers).
    honest: list[str] = []
    for data, found in zip(ours, ranges[-len(ours) :], strict=True):
        ends = [r.start2 + r.length2 for r in found]
        for variant in [data + b"\n", *(data[:end] for end in ends if end < len(data))]:
            path = tmp_path / f"h{len(honest):03d}.pdf"
            path.write_bytes(variant)
            honest.append(str(path))
    paths += honest
    assert len(paths) >= 1800
    assert len(guarded) >= 700  # most variants change signed bytes: the rule is exercised

    reports = {r.path: r for r in verify_files(paths, trust=trust, jobs=2, timeout=TIME_LIMIT)}
    assert set(reports) == set(paths)
    for path, report in reports.items():
        assert isinstance(report.verdict, Verdict)
        assert "internal error" not in report.message, (path, report.message)
        assert "took longer" not in report.message, (path, report.message)
        if path in guarded:
            assert report.verdict not in INTACT, (path, guarded[path], report.message)
    for path in honest:
        assert reports[path].verdict is Verdict.VALID, (path, reports[path].message)
