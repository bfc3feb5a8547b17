"""A signature from a fresh process: the stamp's font subset comes from the user's cache, and
pyHanko's HTTP client (aiohttp) loads only when a timestamp server is asked; neither fontTools
nor HarfBuzz loads once the subset is cached.

Each case runs in a child process, as the command line does, so what it imports is its own.
"""

from __future__ import annotations

import datetime as dt
import io
import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from pypdf import PdfReader
from signing_pki import SIGNATORIES, pdftotext, qpdf_check

from required_tools import require_tools

# Signs the prepared PDF twice, without then with a timestamp server, at a fixed signing time,
# and says what was loaded after each.
CHILD = textwrap.dedent("""
    import datetime as dt, json, sys
    from agreement_studio.signing import load_pkcs12, sign_pdf

    source, p12, password, field, plain, stamped, tsa_url, when = sys.argv[1:]
    when = dt.datetime.fromisoformat(when)
    identity = load_pkcs12(p12, password)
    loaded = {}
    sign_pdf(source, identity, output=plain, field=field, timestamp=when)
    loaded["plain"] = sorted(m for m in ("fontTools", "uharfbuzz", "aiohttp") if m in sys.modules)
    result = sign_pdf(source, identity, output=stamped, field=field, timestamp=when,
                      tsa_url=tsa_url)
    loaded["timestamped"] = sorted(
        m for m in ("fontTools", "uharfbuzz", "aiohttp") if m in sys.modules
    )
    print(json.dumps({"loaded": loaded, "timestamped": result.timestamped}))
""")


@pytest.fixture(autouse=True)
def _tools() -> None:
    require_tools("qpdf", "pdftotext")


# One signing time for every child of the session (the identities are valid from its start).
_WHEN: list[dt.datetime] = []


def _when(issued) -> dt.datetime:
    """One signing time for every child of the session: after the identities were issued.

    Taken on first use, not at collection: in a long run the session's identities are made
    minutes after this module is imported, and a signature may not predate its certificate.
    """
    if not _WHEN:
        start = max(s.identity.certificate.not_valid_before_utc for s in issued)
        now = dt.datetime.now(dt.UTC).replace(microsecond=0)
        _WHEN.append(max(now, start) + dt.timedelta(seconds=1))
    return _WHEN[0]


def _sign_in_child(home: Path, run: str, source: Path, issued, tsa) -> dict:
    signer = issued[0]
    out = home.parent / run
    out.mkdir()
    env = {**os.environ, "AGREEMENT_STUDIO_HOME": str(home)}
    args = [str(source), str(signer.path), signer.password, signer.signatory.field]
    args += [
        str(out / "plain.pdf"),
        str(out / "timestamped.pdf"),
        tsa.url,
        _when(issued).isoformat(),
    ]
    child = subprocess.run(
        [sys.executable, "-c", CHILD, *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert child.returncode == 0, child.stderr[-3000:]
    return json.loads(child.stdout.strip().splitlines()[-1])


def _stamp(path: Path) -> tuple[bytes, str, bytes]:
    """The signature widget's appearance stream, its font's name and the embedded program."""
    reader = PdfReader(io.BytesIO(path.read_bytes()))
    for annotation in reader.pages[-1].get("/Annots", []):
        widget = annotation.get_object()
        if widget.get("/T") == SIGNATORIES[0].field:
            appearance = widget["/AP"]["/N"].get_object()
            font = appearance["/Resources"]["/Font"]["/F1"].get_object()
            descendant = font["/DescendantFonts"][0].get_object()
            program = descendant["/FontDescriptor"]["/FontFile2"].get_object().get_data()
            return appearance.get_data(), str(font["/BaseFont"]), program
    raise AssertionError("no signature widget with an appearance")


def _cache_files(home: Path) -> list[Path]:
    return sorted((home / "cache" / "stamp-fonts").glob("*.font"))


def test_the_stamp_font_is_subset_once_and_read_back_by_later_processes(
    tmp_path, prepared_pdf_path, issued, tsa
):
    home = tmp_path / "home"
    first = _sign_in_child(home, "first", prepared_pdf_path, issued, tsa)
    # The first process subsets the font (fontTools, HarfBuzz to measure the kerning) and keeps
    # the subset; no HTTP client yet. Later ones need neither fontTools nor HarfBuzz.
    assert first["loaded"]["plain"] == ["fontTools", "uharfbuzz"]
    assert len(_cache_files(home)) == 1
    second = _sign_in_child(home, "second", prepared_pdf_path, issued, tsa)
    assert second["loaded"]["plain"] == []
    # The timestamp server still works: the real client loads when it is asked.
    assert second["loaded"]["timestamped"] == ["aiohttp"]
    assert second["timestamped"] and first["timestamped"]
    for run in ("first", "second"):
        for name in ("plain.pdf", "timestamped.pdf"):
            qpdf_check(tmp_path / run / name)
            text = pdftotext(tmp_path / run / name)
            assert "Digitally signed" in text and SIGNATORIES[0].name in text
    # The same text at the same time gives the same appearance, font name and program bytes,
    # whether the subset was just made or read from the cache.
    assert _stamp(tmp_path / "first" / "plain.pdf") == _stamp(tmp_path / "second" / "plain.pdf")


def test_a_damaged_cached_subset_is_made_again(tmp_path, prepared_pdf_path, issued, tsa):
    home = tmp_path / "home"
    _sign_in_child(home, "first", prepared_pdf_path, issued, tsa)
    (cached,) = _cache_files(home)
    good = cached.read_bytes()
    flipped = bytearray(good)
    flipped[len(good) // 2] ^= 0x20  # one bit, inside the font program
    for damage in (b"", good[: len(good) // 2], b"not a font at all", good[:-1], bytes(flipped)):
        cached.write_bytes(damage)
        run = f"damaged-{len(damage)}-{damage[-1:].hex()}"
        loaded = _sign_in_child(home, run, prepared_pdf_path, issued, tsa)["loaded"]
        assert loaded["plain"] == ["fontTools", "uharfbuzz"]  # made again...
        assert cached.read_bytes() == good  # ...and stored again
        qpdf_check(tmp_path / run / "plain.pdf")
        assert SIGNATORIES[0].name in pdftotext(tmp_path / run / "plain.pdf")


STAND_INS = textwrap.dedent("""
    import sys
    from agreement_studio.signing.deferred_http import defer_http_clients

    defer_http_clients()
    import pyhanko.sign.signers
    assert "aiohttp" not in sys.modules
    # What pyHanko makes when it does fetch or timestamp: the real classes, aiohttp loaded.
    from pyhanko.sign.timestamps import HTTPTimeStamper
    from pyhanko_certvalidator import ValidationContext
    from pyhanko_certvalidator.fetchers import FetcherBackend, _default_fetcher_backend

    stamper = HTTPTimeStamper("http://127.0.0.1:9/tsa")
    assert "aiohttp" in sys.modules
    backend = _default_fetcher_backend()
    assert isinstance(backend, FetcherBackend), type(backend)
    ValidationContext(allow_fetching=True)
    from pyhanko.sign.timestamps import aiohttp_client
    from pyhanko_certvalidator.fetchers import aiohttp_fetchers
    assert type(stamper) is aiohttp_client.HTTPTimeStamper
    assert type(backend) is aiohttp_fetchers.AIOHttpFetcherBackend
    print("ok")
""")


def test_the_http_client_stand_ins_hand_over_to_the_real_classes():
    child = subprocess.run(
        [sys.executable, "-c", STAND_INS], capture_output=True, text=True, timeout=120
    )
    assert child.returncode == 0, child.stderr[-3000:]
    assert child.stdout.strip() == "ok"
