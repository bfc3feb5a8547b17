"""Resource exhaustion: files that ask for too much work are answered ``error`` quickly.

Sizes that matter are real here (a 200 MB whitespace tail, 36 MB of 300,000-key dictionaries
over 8 revisions), checked in a fresh process that reports its peak memory; the limits
themselves are tried with smaller files and lowered limits. Honest neighbours stay valid.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
import zlib

import pytest
from verify_helpers import sign
from verify_tamper import last_trailer, object_text, raw_update

from agreement_studio.verification import Verdict, limits, syntax, verify_files, verify_pdf
from agreement_studio.verification.limits import Budget, TooComplex
from agreement_studio.verification.syntax import Name, Stream
from agreement_studio.verification.xref import decode_stream

PEAK_MB = 150
_MEASURE = """
import json, re, sys
from agreement_studio.verification import verify_pdf
report = verify_pdf(sys.argv[1])
# VmHWM, not ru_maxrss: Linux keeps the latter across exec, so it would count pytest's memory
status = open("/proc/self/status").read()
peak = int(re.search(r"VmHWM:\\s+(\\d+) kB", status).group(1)) // 1024
print(json.dumps({"verdict": report.verdict.value, "message": report.message, "peak_mb": peak}))
"""


def _measured(path) -> dict:  # Linux: reads /proc
    """Verify ``path`` in a fresh process; its verdict, message and peak memory in MB."""
    result = subprocess.run(
        [sys.executable, "-c", _MEASURE, str(path)],
        capture_output=True,
        text=True,
        timeout=300,
        check=True,
    )
    return json.loads(result.stdout)


def _first_page(data: bytes) -> int:
    return int(re.search(rb"/Kids\s*\[\s*(\d+)", data).group(1))


def _with_resource_keys(data: bytes, revisions: int, keys: int) -> bytes:
    """``revisions`` updates, each giving page 1 a /Resources dictionary of ``keys`` entries."""
    page = _first_page(data)
    body = object_text(data, page)
    for revision in range(revisions):
        extra = b" ".join(b"/R%d_%d 1 0 R" % (revision, i) for i in range(keys))
        data = raw_update(
            data, [(page, body.replace(b"/Resources <<", b"/Resources << " + extra, 1))]
        )
    return data


def test_a_200_mb_whitespace_tail_is_refused_in_bounded_memory(signed_once, tmp_path):
    path = tmp_path / "tail.pdf"
    with path.open("wb") as handle:
        handle.write(signed_once)
        handle.truncate(len(signed_once) + 200 * 2**20)  # NUL bytes, sparse on disk
    result = _measured(path)
    assert result["verdict"] == "error" and "too complex" in result["message"]
    assert result["peak_mb"] <= PEAK_MB


def test_36_mb_of_huge_dictionaries_over_8_revisions_is_refused_in_bounded_memory(
    signed_once, tmp_path
):
    path = tmp_path / "keys.pdf"
    path.write_bytes(_with_resource_keys(signed_once, 8, 300_000))
    assert path.stat().st_size > 30 * 2**20
    result = _measured(path)
    assert result["verdict"] == "error" and "too complex" in result["message"]
    assert result["peak_mb"] <= PEAK_MB


def test_a_60_mb_whitespace_tail_within_the_size_limit_is_judged_in_bounded_memory(
    signed_once, tmp_path
):
    path = tmp_path / "spaces.pdf"
    path.write_bytes(signed_once + b" " * 60_000_000)
    result = _measured(path)
    assert result["verdict"] == "untrusted"  # nobody trusted in the child: the bytes are intact
    assert result["peak_mb"] <= PEAK_MB


def test_one_dictionary_with_too_many_keys_is_too_complex(signed_once, trust):
    data = _with_resource_keys(signed_once, 1, syntax.MAX_DICT_KEYS + 1)
    report = verify_pdf(data, trust=trust)
    assert report.verdict is Verdict.ERROR and "too complex" in report.message


def test_too_many_dictionary_entries_in_all_is_too_complex(signed_once, trust, monkeypatch):
    monkeypatch.setattr(limits, "MAX_ENTRIES", 20_000)
    report = verify_pdf(_with_resource_keys(signed_once, 3, 8_000), trust=trust)
    assert report.verdict is Verdict.ERROR and "dictionary entries" in report.message


def test_too_many_revisions_is_too_complex(signed_once, trust):
    page = _first_page(signed_once)
    body = object_text(signed_once, page)
    data = signed_once
    for _ in range(limits.MAX_REVISIONS):
        data = raw_update(data, [(page, body)])
    report = verify_pdf(data, trust=trust)
    assert report.verdict is Verdict.ERROR and "revisions" in report.message


def test_a_compressed_bomb_in_a_cross_reference_stream_is_too_complex(signed_once, trust):
    bomb = zlib.compress(b"\x00" * (limits.MAX_DECODED_TOTAL + 1024), 9)
    info = last_trailer(signed_once)
    start = len(signed_once)
    data = signed_once + b"%d 0 obj\n<< /Type /XRef /Size %d /W [1 4 2] /Root %d 0 R " % (
        info["size"],
        info["size"] + 1,
        info["root"],
    )
    data += b"/Prev %d /Filter /FlateDecode /Length %d >>\nstream\n" % (
        info["startxref"],
        len(bomb),
    )
    data += bomb + b"\nendstream\nendobj\nstartxref\n%d\n%%%%EOF\n" % start
    report = verify_pdf(data, trust=trust)
    assert report.verdict is Verdict.ERROR and "too complex" in report.message


def test_decoding_spends_from_one_budget_per_file():
    data = zlib.compress(b"\x00" * (limits.MAX_DECODED_TOTAL // 2 + 1))
    budget = Budget()
    stream = Stream({"Filter": Name("FlateDecode")}, data, 0, len(data))
    decode_stream(stream, budget=budget)
    with pytest.raises(TooComplex):
        decode_stream(stream, budget=budget)


def test_a_large_but_honest_dictionary_stays_valid(base_pdf, pki, trust):
    prepared = _with_resource_keys(base_pdf, 1, 5_000)
    signed = sign(prepared, "Signer1", pki.signers[0], pki)
    assert verify_pdf(signed + b"\n" * 100_000, trust=trust).verdict is Verdict.VALID


def test_a_pathological_file_does_not_hold_up_the_others(signed_three, signed_once, write, trust):
    bad = write(b"")
    with bad.open("wb") as handle:
        handle.write(signed_once)
        handle.truncate(len(signed_once) + 200 * 2**20)
    heavy = write(_with_resource_keys(signed_once, 2, syntax.MAX_DICT_KEYS + 1))
    honest = [str(write(signed_three)) for _ in range(4)]
    paths = [str(bad), str(heavy), *honest]
    reports = {r.path: r for r in verify_files(paths, trust=trust, jobs=2, timeout=60)}
    assert sorted(reports) == sorted(paths)
    assert all(reports[p].verdict is Verdict.VALID for p in honest)
    for path in (str(bad), str(heavy)):
        assert reports[path].verdict is Verdict.ERROR and "too complex" in reports[path].message


@pytest.mark.parametrize("where", ["listed", "unlisted", "after the end"])
def test_too_many_objects_is_too_complex(signed_once, trust, monkeypatch, where):
    from agreement_studio.verification import document

    monkeypatch.setattr(limits, "MAX_OBJECTS", 60)
    monkeypatch.setattr(document, "MAX_OBJECTS", 60)
    first = last_trailer(signed_once)["size"]
    objects = [(first + i, b"[%d 0 R]" % (first + i + 1)) for i in range(130)]
    text = b"".join(b"%d 0 obj\n%s\nendobj\n" % pair for pair in objects)
    if where == "listed":
        data = raw_update(signed_once, objects)
    elif where == "unlisted":
        data = raw_update(signed_once, [], between=text)
    else:
        data = signed_once + text
    report = verify_pdf(data, trust=trust)
    assert report.verdict is Verdict.ERROR and "too complex" in report.message
