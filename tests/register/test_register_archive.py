"""Archive packages verify themselves offline; every change to one is named.

The honest register's archives (every agreement: signed, partly signed with a parallel copy, a
draft, two versions, terminated; signed and unsigned) pass ``archive verify``. Each tampering
of :data:`ARCHIVE_TAMPERINGS` rewrites an archive the way someone holding it could, redoing the
manifest where that hides the change, and must be caught.
"""

from __future__ import annotations

import hashlib
import json
import subprocess
import sys
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.serialization import Encoding

from agreement_studio.register.archive_check import verify_archive


@pytest.fixture(scope="session")
def archivist(identities):
    return identities("Arkistonhoitaja", "Verkoston toimisto")


def _rewrite(path: Path, change: Callable[[dict[str, bytes]], None], *, manifest: bool) -> None:
    with zipfile.ZipFile(path) as package:
        contents = {n: package.read(n) for n in package.namelist()}
    change(contents)
    if manifest:  # hide the change from the manifest's sums
        listed = json.loads(contents["manifest.json"])
        listed["entries"] = [
            {"name": n, "sha256": hashlib.sha256(d).hexdigest(), "size": len(d)}
            for n, d in contents.items()
            if n not in ("manifest.json", "manifest.json.p7s")
        ]
        contents["manifest.json"] = json.dumps(listed).encode()
    with zipfile.ZipFile(path, "w") as package:
        for name, data in contents.items():
            package.writestr(name, data)


def _events(contents: dict[str, bytes]) -> list[dict]:
    return json.loads(contents["events.json"])


def _set_events(contents: dict[str, bytes], events: list[dict]) -> None:
    contents["events.json"] = json.dumps(events).encode()


def _edit_event(contents: dict[str, bytes]) -> None:
    events = _events(contents)
    events[0]["actor"] = "mallory"
    _set_events(contents, events)


def _consistent_event_forgery(contents: dict[str, bytes]) -> None:
    """Change the newest event's facts and recompute its hash, the links and the head."""
    from agreement_studio.register.audit import content_hash, event_content

    events = _events(contents)
    last = events[-1]
    last["facts"]["agreement"]["title"] = "Forged"
    last["hash"] = content_hash(last["prev_hash"], event_content(last))
    lines = contents["chain.txt"].decode().splitlines()
    seq, prev, _ = lines[-1].split()
    lines[-1] = f"{seq} {prev} {last['hash']}"
    contents["chain.txt"] = ("\n".join(lines) + "\n").encode()
    head = json.loads(contents["head.json"])
    head["head"] = last["hash"]
    contents["head.json"] = json.dumps(head).encode()
    _set_events(contents, events)


def _flip(data: bytes) -> bytes:
    changed = bytearray(data)
    changed[len(changed) // 2] ^= 1
    return bytes(changed)


def _first(contents: dict[str, bytes], prefix: str) -> str:
    return sorted(n for n in contents if n.startswith(prefix))[0]


ARCHIVE_TAMPERINGS: dict[str, tuple[Callable[[dict[str, bytes]], None], bool]] = {
    "a PDF changed": (lambda c: c.update({"final.pdf": _flip(c["final.pdf"])}), False),
    "a revision changed, manifest redone": (
        lambda c: c.update({(n := _first(c, "revisions/")): _flip(c[n])}),
        True,
    ),
    "final.pdf swapped for the prepared PDF, manifest redone": (
        lambda c: c.update({"final.pdf": c[_first(c, "revisions/")]}),
        True,
    ),
    "a revision removed, manifest redone": (lambda c: c.pop(_first(c, "revisions/")), True),
    "an entry added": (lambda c: c.update({"revisions/99-extra.pdf": b"%PDF-1.7"}), False),
    "a draft changed, manifest redone": (
        lambda c: c.update(
            {(n := _first(c, "drafts/")): c[n].replace(b'"title":', b'"title": "x", "t":', 1)}
        ),
        True,
    ),
    "an event edited, manifest redone": (_edit_event, True),
    "a link removed from the chain": (
        lambda c: c.update(
            {
                "chain.txt": b"".join(
                    c["chain.txt"].splitlines(keepends=True)[:1]
                    + c["chain.txt"].splitlines(keepends=True)[2:]
                )
            }
        ),
        True,
    ),
    "the head changed": (
        lambda c: c.update(
            {"head.json": json.dumps({**json.loads(c["head.json"]), "head": "0" * 64}).encode()}
        ),
        True,
    ),
    "an event forged consistently (hash, links, head), manifest redone": (
        _consistent_event_forgery,
        True,
    ),
    "the manifest removed": (lambda c: c.pop("manifest.json"), False),
}


def test_every_honest_archive_passes(world, archivist, tmp_path):
    anchor = archivist.certificate.public_bytes(Encoding.DER)
    for key, document_id in world.ids.items():
        plain = world.register.archive(document_id, tmp_path / f"{key}.zip")
        signed = world.register.archive(document_id, tmp_path / f"{key}-s.zip", sign_with=archivist)
        result = verify_archive(plain)
        assert result.ok, (key, result.problems)
        assert result.document_id == document_id and result.signed_by is None
        assert (result.events, result.head) == world.register.head()
        result = verify_archive(signed, anchors=[anchor])
        assert result.ok and "Arkistonhoitaja" in result.signed_by, (key, result.problems)


@pytest.mark.parametrize("name", list(ARCHIVE_TAMPERINGS))
def test_every_archive_tampering_is_caught(world, archivist, tmp_path, name):
    change, manifest = ARCHIVE_TAMPERINGS[name]
    path = world.register.archive(world.ids["partly"], tmp_path / "a.zip")
    _rewrite(path, change, manifest=manifest)
    result = verify_archive(path)
    if name.startswith("an event forged consistently"):
        # An unsigned archive cannot vouch for itself against a consistent rewrite: a head kept
        # elsewhere (`register head`) catches it, and so does the signature of a signed archive.
        events, head = world.register.head()
        assert verify_archive(path, head=f"{events}:{head}").problems
        signed = world.register.archive(
            world.ids["partly"], tmp_path / "s.zip", sign_with=archivist
        )
        _rewrite(signed, change, manifest=True)
        result = verify_archive(signed)
        assert result.problems and "manifest.json.p7s does not verify" in result.problems[0]
        return
    assert result.problems, f"not caught: {name}"


def test_a_signed_manifest_changed_or_signed_by_a_stranger_is_named(
    world, archivist, identities, tmp_path
):
    path = world.register.archive(world.ids["signed"], tmp_path / "a.zip", sign_with=archivist)
    stranger = identities("Mallory", "Elsewhere")
    result = verify_archive(path, anchors=[stranger.certificate.public_bytes(Encoding.DER)])
    assert result.problems == [
        "manifest.json is signed by O=Verkoston toimisto,CN=Arkistonhoitaja, whom none of the "
        "given trust anchors issued"
    ]
    _rewrite(path, lambda c: c.update({"final.pdf": _flip(c["final.pdf"])}), manifest=True)
    assert verify_archive(path).problems[0].startswith("manifest.json.p7s does not verify")


def test_archive_verify_on_the_command_line_names_the_first_mismatch(world, tmp_path):
    path = world.register.archive(world.ids["signed"], tmp_path / "a.zip")
    command = [sys.executable, "-m", "agreement_studio", "archive", "verify", str(path)]
    ok = subprocess.run(command, capture_output=True, text=True, check=False)
    assert ok.returncode == 0, ok.stderr
    assert "archive check passed" in ok.stdout
    _rewrite(path, lambda c: c.update({"final.pdf": _flip(c["final.pdf"])}), manifest=False)
    bad = subprocess.run([*command, "--json"], capture_output=True, text=True, check=False)
    assert bad.returncode == 1
    assert json.loads(bad.stdout)["first_mismatch"].startswith("final.pdf: its SHA-256")
