"""An archive's summaries (agreement.json, verification.json, events.csv) are checked against
its events and its final PDF; a stripped signature fails when a trust anchor is given; an
unchecked signer is said to be unchecked."""

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

pytestmark = pytest.mark.parametrize("location", ["sqlite"], indirect=True)


@pytest.fixture(scope="module")
def keeper(identities):
    return identities("Arkistonhoitaja", "Verkoston toimisto")


def _forge(path: Path, change: Callable[[dict[str, bytes]], None], *, drop_signature=False):
    """Change entries, recompute the manifest's sums (what anyone can do), keep or drop the
    signature."""
    with zipfile.ZipFile(path) as package:
        contents = {n: package.read(n) for n in package.namelist()}
    change(contents)
    if drop_signature:
        contents.pop("manifest.json.p7s", None)
    manifest = json.loads(contents["manifest.json"])
    for entry in manifest["entries"]:
        data = contents[entry["name"]]
        entry["sha256"], entry["size"] = hashlib.sha256(data).hexdigest(), len(data)
    contents["manifest.json"] = json.dumps(manifest, ensure_ascii=False).encode()
    with zipfile.ZipFile(path, "w") as package:
        for name, data in contents.items():
            package.writestr(name, data)


def _replace(name: str, old: bytes, new: bytes) -> Callable[[dict[str, bytes]], None]:
    def change(contents: dict[str, bytes]) -> None:
        assert old in contents[name]
        contents[name] = contents[name].replace(old, new)

    return change


def _head(world) -> str:
    return "{}:{}".format(*world.register.head())


def test_honest_archives_pass_and_say_what_is_covered(world, keeper, tmp_path):
    anchor = keeper.certificate.public_bytes(Encoding.DER)
    for key in ("signed", "partly", "ended", "edited"):
        plain = world.register.archive(world.ids[key], tmp_path / f"{key}.zip")
        result = verify_archive(plain, head=_head(world))
        assert result.ok, (key, result.problems)
        assert any("agreement.json, verification.json, events.csv" in n for n in result.notes)
        signed = world.register.archive(world.ids[key], tmp_path / f"{key}-s.zip", sign_with=keeper)
        result = verify_archive(signed, anchors=[anchor])
        assert result.ok and result.signer_checked, (key, result.problems)


_FORGERIES = {
    "a verdict in verification.json": (
        _replace("verification.json", b'"untrusted"', b'"valid"'),
        "verification.json",
    ),
    "a party in agreement.json": (
        _replace("agreement.json", b'"name": "', b'"name": "Evil Oy '),
        "agreement.json says the parties",
    ),
    "a status in agreement.json": (
        _replace("agreement.json", b'"status": "signed"', b'"status": "terminated"'),
        "agreement.json says the status",
    ),
    "a signer in agreement.json": (
        _replace("agreement.json", b'"signer_name": "', b'"signer_name": "Mallory '),
        "signer_name",
    ),
    "an action in events.csv": (_replace("events.csv", b",import,", b",terminate,"), "events.csv"),
}


@pytest.mark.parametrize("name", list(_FORGERIES))
def test_a_forged_summary_in_an_unsigned_archive_is_caught(world, tmp_path, name):
    change, where = _FORGERIES[name]
    path = world.register.archive(world.ids["signed"], tmp_path / "a.zip")
    head = _head(world)
    assert verify_archive(path, head=head).ok  # the honest neighbour
    _forge(path, change)
    problems = verify_archive(path, head=head).problems
    assert any(where in p for p in problems), problems


def test_a_stripped_signature_fails_when_a_trust_anchor_is_given(world, keeper, tmp_path):
    anchor = keeper.certificate.public_bytes(Encoding.DER)
    path = world.register.archive(world.ids["signed"], tmp_path / "a.zip", sign_with=keeper)
    _forge(path, lambda c: None, drop_signature=True)
    result = verify_archive(path, anchors=[anchor], head=_head(world))
    assert result.problems[0].startswith("the archive is not signed, but a trust anchor was given")
    assert verify_archive(path).ok  # without an anchor it is an honest unsigned archive


def test_an_unchecked_signer_is_said_to_be_unchecked(world, keeper, tmp_path):
    path = world.register.archive(world.ids["signed"], tmp_path / "a.zip", sign_with=keeper)
    result = verify_archive(path)
    assert result.ok and result.signed_by and not result.signer_checked
    command = [sys.executable, "-m", "agreement_studio", "archive", "verify", str(path)]
    said = subprocess.run(command, capture_output=True, text=True, check=False)
    assert said.returncode == 0, said.stderr
    assert "not checked: give --trust-anchor" in said.stdout
    assert "manifest signed by" not in said.stdout
    stripped = tmp_path / "b.zip"
    stripped.write_bytes(path.read_bytes())
    _forge(stripped, lambda c: None, drop_signature=True)
    pem = tmp_path / "anchor.pem"
    pem.write_bytes(keeper.certificate.public_bytes(Encoding.PEM))
    failed = subprocess.run(
        [*command[:-1], str(stripped), "--trust-anchor", str(pem)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert failed.returncode == 1
    assert "the archive is not signed, but a trust anchor was given" in failed.stdout
