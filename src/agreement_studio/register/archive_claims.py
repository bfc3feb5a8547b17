"""An archive's summaries must say what its audit events say: ``agreement.json``,
``verification.json`` and ``events.csv`` checked against the archived events and files.

The manifest's sums bind every file to the manifest, and the head binds the events; nothing
binds a summary written for people. Someone who recomputes the manifest of an unsigned archive
(or strips its signature) can rewrite a verdict or a party in them while the events stay
intact. So ``archive verify`` checks every claim a summary makes that the events' facts or the
archived PDF can settle:

* ``agreement.json``: the agreement's ID, title, network, status, counts, dates, termination,
  current version and PDF, every party, signatory and signature (signer, organisation,
  certificate fingerprint, time, recorded verdict), every version's draft SHA-256, every
  revision, and its list of events, against the newest facts and ``events.json``;
* ``verification.json``: the signatures recorded at import, against the facts; the verifier's
  report, against ``final.pdf`` verified again offline, at the report's own validation time,
  with the archive's certificates as trust anchors and the fingerprints pinned in the facts:
  each signature's signer, certificate and integrity must be what the PDF holds, and a
  signature the report calls trusted must be trusted by the archive's own certificates (an
  archive cannot vouch for trust it does not carry);
* ``events.csv``: every row, against ``events.json``.

What is not checked is said in the report: the human-readable messages (their wording depends
on the language and time) and the verifier's problems list.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from collections.abc import Iterator
from typing import Any

from agreement_studio.i18n import translatable

_ = translatable(__name__)

_DERIVED = ("agreement.json", "verification.json", "events.csv")


def claim_problems(contents: dict[str, bytes], events: list[dict[str, Any]]) -> Iterator[str]:
    """Every claim of a summary that the events or the archived PDF contradict."""
    facts = next((e["facts"] for e in reversed(events) if e.get("facts")), None)
    if "agreement.json" in contents:
        yield from _agreement(contents["agreement.json"], facts, events)
    if "verification.json" in contents:
        yield from _verification(contents, facts)
    if "events.csv" in contents:
        yield from _events_csv(contents["events.csv"], events)


def _load(data: bytes, name: str) -> Any:
    try:
        return json.loads(data)
    except (ValueError, UnicodeDecodeError):
        return None


def _differs(name: str, what: str, claimed: Any, recorded: Any) -> str:
    return _(
        "{name} says {what}: {claimed!r}; the audit log records {recorded!r}",
        name=name,
        what=what,
        claimed=claimed,
        recorded=recorded,
    )


def _signature_by_field(facts: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """The signature on each field on the current copy (the newest recorded per field)."""
    found: dict[str, dict[str, Any]] = {}
    for signature in facts.get("signatures") or []:
        found[str(signature.get("field"))] = signature
    return found


def _agreement(data: bytes, facts: Any, events: list[dict[str, Any]]) -> Iterator[str]:
    name = "agreement.json"
    claimed = _load(data, name)
    if not isinstance(claimed, dict) or not isinstance(claimed.get("row"), dict):
        yield _("{name} is not the register's summary of an agreement", name=name)
        return
    listed = [(e.get("seq"), e.get("action"), e.get("hash")) for e in claimed.get("events") or []]
    archived = [(e.get("seq"), e.get("action"), e.get("hash")) for e in events]
    if listed != archived:
        yield _("{name}: its list of events is not the archive's events", name=name)
    if not isinstance(facts, dict):
        return
    row, agreement = claimed["row"], facts.get("agreement") or {}
    status = row.get("status")
    if status != agreement.get("status") and not (
        status == "expired" and agreement.get("status") == "signed"
    ):
        yield _differs(name, _("the status"), status, agreement.get("status"))
    pairs = [
        ("title", row.get("title"), agreement.get("title")),
        ("network", row.get("network"), agreement.get("network")),
        ("party_count", row.get("party_count"), agreement.get("party_count")),
        ("signatory_count", row.get("signatory_count"), agreement.get("signatory_count")),
        ("signed_count", row.get("signed_count"), agreement.get("signed_count")),
        ("term_start", row.get("term_start"), agreement.get("term_start")),
        ("term_end", row.get("term_end"), agreement.get("term_end")),
        ("region", claimed.get("region"), agreement.get("region")),
        ("terminated_on", claimed.get("terminated_on"), agreement.get("terminated_on")),
        (
            "termination_reason",
            claimed.get("termination_reason"),
            agreement.get("termination_reason"),
        ),
        ("current_version", claimed.get("current_version"), agreement.get("current_version")),
        ("current_sha256", claimed.get("current_sha256"), agreement.get("current_revision")),
    ]
    for what, said, recorded in pairs:
        if said != recorded:
            yield _differs(name, what, said, recorded)
    parties = [(p.get("name"), p.get("key")) for p in claimed.get("parties") or []]
    recorded_parties = [(p.get("name"), p.get("key")) for p in facts.get("parties") or []]
    if parties != recorded_parties:
        yield _differs(name, _("the parties"), parties, recorded_parties)
    yield from _signatories(name, claimed.get("signatories") or [], facts)
    versions = [(v.get("number"), v.get("draft_sha256")) for v in claimed.get("versions") or []]
    recorded_versions = [
        (v.get("number"), v.get("draft_sha256")) for v in facts.get("versions") or []
    ]
    if sorted(versions, key=repr) != sorted(recorded_versions, key=repr):
        yield _differs(name, _("the versions"), versions, recorded_versions)
    revisions = sorted(str(r.get("sha256")) for r in claimed.get("revisions") or [])
    recorded_revisions = sorted(str(r.get("sha256")) for r in facts.get("revisions") or [])
    if revisions != recorded_revisions:
        yield _differs(name, _("the revisions"), revisions, recorded_revisions)


def _signatories(
    name: str, claimed: list[Any], facts: dict[str, Any], *, every: bool = True
) -> Iterator[str]:
    """The signatories a summary lists (``every``: all of them; else only those who signed)."""
    people = {str(s.get("field")): s for s in facts.get("signatories") or []}
    signatures = _signature_by_field(facts)
    said_fields = [str(s.get("field_name")) for s in claimed if isinstance(s, dict)]
    if not every:
        signed = sorted(f for f in said_fields if f in signatures)
        if sorted(said_fields) != sorted(signatures) and signed != sorted(said_fields):
            yield _differs(name, _("the signatures"), said_fields, sorted(signatures))
    elif sorted(said_fields) != sorted(people):
        yield _differs(name, _("the signatories' fields"), said_fields, sorted(people))
    for said in claimed:
        if not isinstance(said, dict):
            continue
        field_name = str(said.get("field_name"))
        person = people.get(field_name) or {}
        if said.get("name") != person.get("name"):
            yield _differs(name, f"{field_name}: name", said.get("name"), person.get("name"))
        signature = signatures.get(field_name)
        if not said.get("signed"):
            continue
        if signature is None:
            yield _differs(name, f"{field_name}: signed", True, False)
            continue
        for key, recorded_key in (
            ("signer_name", "signer"),
            ("signer_organisation", "organisation"),
            ("fingerprint_sha256", "fingerprint_sha256"),
            ("verdict", "verdict"),
            ("signed_at", "signed_at"),
        ):
            if said.get(key) != signature.get(recorded_key):
                yield _differs(
                    name, f"{field_name}: {key}", said.get(key), signature.get(recorded_key)
                )


def _verification(contents: dict[str, bytes], facts: Any) -> Iterator[str]:
    name = "verification.json"
    claimed = _load(contents["verification.json"], name)
    if not isinstance(claimed, dict) or not isinstance(claimed.get("report"), dict):
        yield _("{name} is not the register's verification report", name=name)
        return
    if isinstance(facts, dict):
        yield from _signatories(name, claimed.get("recorded_signatures") or [], facts, every=False)
    final = contents.get("final.pdf")
    if final is None:
        yield _("{name}: there is no final.pdf for it to report on", name=name)
        return
    yield from _report(name, claimed["report"], final, contents, facts)


def _report(
    name: str, report: dict[str, Any], final: bytes, contents: dict[str, bytes], facts: Any
) -> Iterator[str]:
    from agreement_studio.verification import TrustStore, verify_pdf

    anchors = [data for entry, data in contents.items() if entry.startswith("certificates/")]
    pinned = [
        str(s["pinned_fingerprint"])
        for s in ((facts or {}).get("signatories") or [])
        if s.get("pinned_fingerprint")
    ]
    when = None
    if isinstance(report.get("validation_time"), str):
        try:
            when = dt.datetime.fromisoformat(report["validation_time"])
        except ValueError:
            when = None
    trust = None
    if anchors or pinned:
        trust = TrustStore(anchors=[_der(a) for a in anchors], pinned=pinned)
    again = verify_pdf(final, trust=trust, now=when).to_dict()
    by_field = {str(s.get("field")): s for s in again.get("signatures") or []}
    said_signatures = report.get("signatures") or []
    said_fields = sorted(str(s.get("field")) for s in said_signatures if isinstance(s, dict))
    if said_fields != sorted(by_field):
        yield _differs(name, _("the signatures in final.pdf"), said_fields, sorted(by_field))
    trusted_again = True
    for said in said_signatures:
        if not isinstance(said, dict):
            continue
        field_name = str(said.get("field"))
        found = by_field.get(field_name)
        if found is None:
            continue
        for key in ("signer", "organisation", "fingerprint_sha256", "intact", "kind"):
            if said.get(key) != found.get(key):
                yield _(
                    "{name}: {field}: {key} is {claimed!r}, but final.pdf says {found!r}",
                    name=name,
                    field=field_name,
                    key=key,
                    claimed=said.get(key),
                    found=found.get(key),
                )
        trusted_again = trusted_again and bool(found.get("trusted"))
        if (said.get("trusted") or said.get("verdict") == "valid") and not found.get("trusted"):
            yield _(
                "{name}: {field}: the report says the signature is {verdict} (trusted), but "
                "final.pdf verified with the archive's own certificates is {found}: the archive "
                "does not back that verdict",
                name=name,
                field=field_name,
                verdict=said.get("verdict"),
                found=found.get("verdict"),
            )
    if report.get("verdict") == "valid" and again.get("verdict") != "valid":
        yield _(
            "{name}: the report's verdict is valid, but final.pdf verified with the archive's "
            "own certificates is {found}",
            name=name,
            found=again.get("verdict"),
        )


def _der(pem_or_der: bytes) -> bytes:
    if pem_or_der.lstrip().startswith(b"-----BEGIN"):
        from cryptography import x509
        from cryptography.hazmat.primitives.serialization import Encoding

        return x509.load_pem_x509_certificate(pem_or_der).public_bytes(Encoding.DER)
    return pem_or_der


def _events_csv(data: bytes, events: list[dict[str, Any]]) -> Iterator[str]:
    name = "events.csv"
    try:
        rows = list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"))))
    except (UnicodeDecodeError, csv.Error):
        yield _("{name} cannot be read as CSV", name=name)
        return
    if len(rows) != len(events):
        yield _differs(name, _("the number of events"), len(rows), len(events))
        return
    for row, event in zip(rows, events, strict=True):
        for key in ("seq", "at", "action", "document_id", "hash"):
            said = _unneutralised(row.get(key) or "")
            if said != str(event.get(key) if event.get(key) is not None else ""):
                yield _(
                    "{name}: event {seq}: {key} is {claimed!r}, but events.json says {found!r}",
                    name=name,
                    seq=event.get("seq"),
                    key=key,
                    claimed=said,
                    found=event.get(key),
                )
                return
        actor = _unneutralised(row.get("actor") or "")
        signer = _unneutralised(row.get("signer") or "")
        if actor != (event.get("actor") or "") or signer != (event.get("signer") or ""):
            yield _(
                "{name}: event {seq}: its actor or signer is not the one events.json records",
                name=name,
                seq=event.get("seq"),
            )
            return


def _unneutralised(cell: str) -> str:
    """A CSV cell as written before OWASP's neutralising quote (a leading ``'``)."""
    if cell[:2] in {"'" + c for c in "=+-@\t\r"}:
        return cell[1:]
    return cell


def not_covered() -> str:
    """What the summaries' check leaves out, said plainly (a note)."""
    return _(
        "{files} are checked against the audit events and final.pdf; their messages (wording) "
        "and the verifier's list of problems are not",
        files=", ".join(_DERIVED),
    )
