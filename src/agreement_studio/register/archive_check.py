"""Checking an archive package offline, without the register: ``archive verify ARCHIVE``.

The checks, in order; the first that fails is named first in the result:

1. the ZIP is readable and holds ``manifest.json``; its signature, when there is one, is a
   detached CMS signature of exactly those bytes (and, given trust anchors, by a certificate
   one of them issued);
2. every entry is listed in the manifest with its SHA-256 and size, and nothing is unlisted;
3. every event's hash is SHA-256 of its ``prev_hash`` and its content; the links in
   ``chain.txt`` run without a gap to the head in ``head.json``, and hold every event;
4. the newest facts of the agreement match the files: each revision's PDF is there with its
   SHA-256, ``final.pdf`` is the current revision, each draft has its recorded SHA-256.
"""

from __future__ import annotations

import json
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from agreement_studio.i18n import Text, translatable
from agreement_studio.register.archive import MANIFEST, SIGNATURE
from agreement_studio.register.archive_claims import claim_problems, not_covered
from agreement_studio.register.audit import GENESIS, canonical_json, content_hash, event_content
from agreement_studio.register.event_sense import EventSense
from agreement_studio.register.filestore import sha256_hex
from agreement_studio.register.words import joined, reason

_ = translatable(__name__)
_NOTE = "note: {note}"  # a finding that is a note, not a problem (unwrapped before shown)


@dataclass
class ArchiveCheck:
    """What checking an archive found."""

    problems: list[str] = field(default_factory=list)
    document_id: str | None = None
    head: str | None = None
    events: int = 0
    signed_by: str | None = None
    """The manifest's signer (certificate subject), when it is signed."""
    signer_checked: bool = False
    """Whether the signer was checked against trust anchors (given with ``--trust-anchor``)."""
    entries: int = 0
    notes: list[str] = field(default_factory=list)
    """What could not be checked (events written before the register recorded facts)."""

    @property
    def ok(self) -> bool:
        """True when everything matched."""
        return not self.problems


def verify_archive(
    path: str | Path, *, anchors: list[bytes] | None = None, head: str | None = None
) -> ArchiveCheck:
    """Check an archive package; ``anchors`` (DER certificates) must have issued its signer,
    and ``head`` (``events:hash`` or a hash kept elsewhere) must be on its chain."""
    result = ArchiveCheck()
    try:
        with zipfile.ZipFile(path) as package:
            contents = {name: package.read(name) for name in package.namelist()}
    except (OSError, zipfile.BadZipFile, zipfile.LargeZipFile) as error:
        result.problems.append(
            _("{path} is not a readable ZIP archive ({reason})", path=path, reason=str(error))
        )
        return result
    except Exception as error:  # a damaged member: zlib or CRC errors
        result.problems.append(
            _("{path}: an entry cannot be read ({reason})", path=path, reason=str(error))
        )
        return result
    manifest_bytes = contents.get(MANIFEST)
    if manifest_bytes is None:
        result.problems.append(_("the archive has no manifest.json"))
        return result
    try:
        manifest = json.loads(manifest_bytes)
    except ValueError:
        result.problems.append(_("manifest.json is not JSON"))
        return result
    result.document_id = manifest.get("document_id")
    if SIGNATURE in contents:
        result.signed_by = _check_signature(manifest_bytes, contents[SIGNATURE], anchors, result)
    elif anchors:
        result.problems.append(
            _(
                "the archive is not signed, but a trust anchor was given: manifest.json has no "
                "signature (manifest.json.p7s) to check against it"
            )
        )
    result.problems.extend(_check_entries(manifest, contents))
    result.entries = len(manifest.get("entries", []))
    if any(p for p in result.problems if not _is_unsigned(p)):
        return result  # the rest reads entries the manifest no longer vouches for
    result.problems.extend(_check_events(contents, manifest, result))
    if head is not None and not result.problems:
        result.problems.extend(_check_given_head(contents, head))
    for finding in _check_facts(contents):
        if isinstance(finding, Text) and finding.msgid == _NOTE:
            result.notes.append(finding.params["note"])
        else:
            result.problems.append(finding)
    events = _events(contents)
    impossible = _impossible_event(events)
    if impossible is not None:
        result.problems.append(impossible)
    result.problems.extend(claim_problems(contents, events))
    result.notes.append(not_covered())
    return result


def _is_unsigned(problem: str) -> bool:
    return isinstance(problem, Text) and problem.msgid.startswith("the archive is not signed")


def _events(contents: dict[str, bytes]) -> list[dict[str, Any]]:
    try:
        events = json.loads(contents.get("events.json", b"[]"))
    except ValueError:
        return []
    return [e for e in events if isinstance(e, dict)] if isinstance(events, list) else []


def _impossible_event(events: list[dict[str, Any]]) -> str | None:
    """The first archived event that could not have happened (:mod:`.event_sense`)."""
    sense = EventSense()
    for event in events:
        facts, seq = event.get("facts"), event.get("seq")
        sense.see(
            seq if isinstance(seq, int) else 0,
            event.get("at"),
            event.get("action"),
            event.get("document_id"),
            canonical_json(facts) if facts is not None else None,
        )
    return sense.impossible


def _check_signature(
    manifest: bytes, signature: bytes, anchors: list[bytes] | None, result: ArchiveCheck
) -> str | None:
    from cryptography import x509

    from agreement_studio.verification.cms import (
        CmsError,
        check_signer,
        digest_bytes,
        load_signed_data,
    )

    try:
        signed = load_signed_data(signature)
        check = check_signer(signed, lambda name: digest_bytes(name, manifest), "data")
    except CmsError as error:
        result.problems.append(
            _("manifest.json.p7s is not a usable signature ({reason})", reason=reason(error))
        )
        return None
    if not (check.digest_ok and check.signature_ok) or check.cert is None:
        why = joined(list(check.problems), "; ") or _("the signature does not match manifest.json")
        result.problems.append(_("manifest.json.p7s does not verify: {reason}", reason=why))
        return None
    cert = check.cert
    if not isinstance(cert, x509.Certificate):  # an asn1crypto certificate
        cert = x509.load_der_x509_certificate(cert.dump())
    signer = cert.subject.rfc4514_string()
    if anchors:
        issued = False
        for der in anchors:
            anchor = x509.load_der_x509_certificate(der)
            if anchor == cert:
                issued = True
                break
            try:
                cert.verify_directly_issued_by(anchor)
            except (ValueError, TypeError, Exception):
                continue
            issued = True
            break
        result.signer_checked = issued
        if not issued:
            result.problems.append(
                _(
                    "manifest.json is signed by {signer}, whom none of the given trust anchors "
                    "issued",
                    signer=signer,
                )
            )
    return signer


def _check_entries(manifest: dict[str, Any], contents: dict[str, bytes]) -> Iterator[str]:
    listed = set()
    for entry in manifest.get("entries", []):
        name = entry.get("name")
        listed.add(name)
        data = contents.get(name)
        if data is None:
            yield _("{name}: listed in the manifest, but missing from the archive", name=name)
        elif sha256_hex(data) != entry.get("sha256") or len(data) != entry.get("size"):
            yield _("{name}: its SHA-256 or size is not the one the manifest lists", name=name)
    for name in sorted(set(contents) - listed - {MANIFEST, SIGNATURE}):
        yield _("{name}: in the archive, but not listed in the manifest", name=name)


def _check_events(
    contents: dict[str, bytes], manifest: dict[str, Any], result: ArchiveCheck
) -> Iterator[str]:
    try:
        events = json.loads(contents.get("events.json", b"[]"))
        head = json.loads(contents.get("head.json", b"{}"))
        links = [line.split() for line in contents.get("chain.txt", b"").decode().splitlines()]
    except (ValueError, UnicodeDecodeError) as error:
        yield _("the events, links or head cannot be read ({reason})", reason=str(error))
        return
    result.head, result.events = head.get("head"), int(head.get("events") or 0)
    if manifest.get("register", {}).get("head") != result.head:
        yield _("head.json does not name the head the manifest names")
    for event in events:
        prev = event.get("prev_hash") or ""
        if content_hash(prev, event_content(event)) != event.get("hash"):
            yield _(
                "event {seq} ({action}): its content does not match its hash",
                seq=event.get("seq"),
                action=event.get("action"),
            )
            return
    expected_seq, expected_prev, by_seq = None, None, {}
    for parts in links:
        if len(parts) != 3 or not parts[0].isdigit():
            yield _(
                "chain.txt: a line is not 'seq prev_hash hash': {line}",
                line=repr(" ".join(parts)),
            )
            return
        seq, prev, digest = int(parts[0]), parts[1], parts[2]
        if expected_seq is not None and (seq != expected_seq or prev != expected_prev):
            yield _(
                "chain.txt: the link of event {seq} does not follow event {previous}",
                seq=seq,
                previous=seq - 1,
            )
            return
        if seq == 1 and prev != GENESIS:
            yield _("chain.txt: event 1 does not start the chain")
            return
        by_seq[seq] = (prev, digest)
        expected_seq, expected_prev = seq + 1, digest
    # Links that all passed leave expected_seq set; no links leave it None.
    if expected_seq is not None and (expected_seq - 1, expected_prev) != (
        result.events,
        result.head,
    ):
        yield _(
            "chain.txt ends at event {last}, not at the head (event {head}) that head.json names",
            last=expected_seq - 1,
            head=result.events,
        )
        return
    for event in events:
        if by_seq.get(event.get("seq")) != (event.get("prev_hash"), event.get("hash")):
            yield _(
                "event {seq} ({action}) is not on the chain to the head",
                seq=event.get("seq"),
                action=event.get("action"),
            )
            return


def _check_given_head(contents: dict[str, bytes], given: str) -> Iterator[str]:
    """A head kept elsewhere must be one of the archive's links (or be newer than them all)."""
    seq_text, _colon, digest = given.strip().lower().rpartition(":")
    links = {}
    for line in contents.get("chain.txt", b"").decode().splitlines():
        link_seq, _prev, value = line.split()
        links[int(link_seq)] = value
    if not links or not seq_text.isdigit():
        if digest not in links.values():
            yield _("the head {head} is not on the archive's chain", head=given)
        return
    seq = int(seq_text)
    if seq > max(links) or seq < min(links):
        return  # outside the archive's links (newer, or before the agreement): nothing to say
    if links.get(seq) != digest:
        yield _(
            "the head {head} is not on the archive's chain: its event {seq} has another hash; "
            "the archive's audit log was rewritten",
            head=given,
            seq=seq,
        )


def _check_facts(contents: dict[str, bytes]) -> Iterator[str]:
    events = json.loads(contents.get("events.json", b"[]"))
    facts = next((e["facts"] for e in reversed(events) if e.get("facts")), None)
    if facts is None:
        if events:
            yield _(
                _NOTE,
                note=_(
                    "the events carry no facts (written before format 0003); the files "
                    "cannot be checked against them"
                ),
            )
        return
    by_hash = {
        sha256_hex(data): name for name, data in contents.items() if name.startswith("revisions/")
    }
    for revision in facts.get("revisions", []):
        if revision["sha256"] not in by_hash:
            yield _(
                "the revision with SHA-256 {sha256} (version {version}, {kind}) that the audit "
                "log records is not in the archive",
                sha256=revision["sha256"],
                version=revision["version"],
                kind=revision["kind"],
            )
    current = facts.get("agreement", {}).get("current_revision")
    final = contents.get("final.pdf")
    if current and (final is None or sha256_hex(final) != current):
        yield _("final.pdf is not the current revision the audit log records")
    for version in facts.get("versions", []):
        name = f"drafts/version-{version['number']}.agreement.json"
        data = contents.get(name)
        if data is None or sha256_hex(data) != version["draft_sha256"]:
            yield _(
                "{name}: not the draft the audit log records (SHA-256 {sha256})",
                name=name,
                sha256=version["draft_sha256"],
            )
