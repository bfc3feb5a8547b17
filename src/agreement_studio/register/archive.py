"""An agreement's archive package: a ZIP that verifies itself, offline, without the register.

::

    final.pdf                        the copy to send on (the signed agreement)
    verification.json                the verifier's report on it, and what the import recorded
    revisions/NN-vV-kind-….pdf       every PDF the register holds for the agreement
    drafts/version-N.agreement.json  every version's draft, byte for byte as recorded
    agreement.json                   everything the register records about it (for people)
    events.json / events.csv         its audit events, each with ``prev_hash``, ``hash``, facts
    chain.txt                        the chain's links (seq, prev_hash, hash) from its first
                                     event to the head: ties its events to the head
    head.json                        the register's ID, event count and head, and the witness's
    certificates/*.pem               the trust anchors the archive was made with (CA, …)
    manifest.json                    SHA-256 and size of every entry above
    manifest.json.p7s                optional: a detached CMS signature of manifest.json

``agreement-studio archive verify`` (:mod:`.archive_check`) checks all of it.
"""

from __future__ import annotations

import io
import json
import zipfile
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import select

from agreement_studio.fileio import write_atomic
from agreement_studio.i18n import translatable
from agreement_studio.register import witness
from agreement_studio.register.audit import read_head, utc_now
from agreement_studio.register.details import load_details
from agreement_studio.register.export import events_csv
from agreement_studio.register.filestore import sha256_hex
from agreement_studio.register.query import refuse_if_rewritten
from agreement_studio.register.records import find_agreement
from agreement_studio.register.schema import EventRecord, VersionRecord
from agreement_studio.register.values import to_jsonable

_ = translatable(__name__)

if TYPE_CHECKING:
    from agreement_studio.register.store import Store

ARCHIVE_FORMAT = "agreement-studio archive 2"
MANIFEST = "manifest.json"
SIGNATURE = "manifest.json.p7s"


def write_archive(
    store: Store,
    document_id: str,
    path: Path,
    *,
    trust: Any = None,
    sign_with: Any = None,
    certificates: list[bytes] | None = None,
) -> Path:
    """Write the agreement's archive package; ``sign_with`` (an identity) signs its manifest."""
    details = load_details(store, document_id)
    entries: list[tuple[str, bytes]] = []
    if details.current_sha256:
        final = store.files.get(details.current_sha256)
        entries.append(("final.pdf", final))
        entries.append(("verification.json", _verification(final, details, trust)))
    for index, r in enumerate(details.revisions, start=1):
        label = r.kind + (f"-{r.signature_field}" if r.signature_field else "")
        entries.append(
            (
                f"revisions/{index:02d}-v{r.version}-{label}-{r.sha256[:12]}.pdf",
                store.files.get(r.sha256),
            )
        )
    with store.read() as session:
        record = find_agreement(session, document_id)
        refuse_if_rewritten(session, document_id)
        for number, text in session.execute(
            select(VersionRecord.number, VersionRecord.draft_json)
            .where(VersionRecord.agreement_id == record.id)
            .order_by(VersionRecord.number)
        ):
            entries.append((f"drafts/version-{number}.agreement.json", text.encode("utf-8")))
        events, links = _events_and_links(session, document_id)
        events_count, head = read_head(session)
    entries.append(("agreement.json", _json(to_jsonable(details))))
    entries.append(("events.json", _json(events)))
    entries.append(("events.csv", events_csv(details.events).encode("utf-8-sig")))
    entries.append(("chain.txt", links.encode("ascii")))
    seen = witness.read(store.register_id)
    register = {
        "register_id": store.register_id,
        "location": store.location.display,
        "events": events_count,
        "head": head,
        "witness": (
            {"events": seen.events, "head": seen.head, "updated_at": seen.updated_at}
            if seen
            else None
        ),
    }
    entries.append(("head.json", _json(register)))
    for index, der in enumerate(_all_anchors(certificates, trust), start=1):
        entries.append((f"certificates/{index:02d}-{sha256_hex(der)[:16]}.pem", _pem(der)))
    manifest = _json(
        {
            "format": ARCHIVE_FORMAT,
            "document_id": document_id,
            "title": details.row.title,
            "created_at": utc_now(),
            "register": register,
            "entries": [{"name": n, "sha256": sha256_hex(d), "size": len(d)} for n, d in entries],
        }
    )
    entries.append((MANIFEST, manifest))
    if sign_with is not None:
        entries.append((SIGNATURE, sign_manifest(manifest, sign_with)))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as package:
        for name, data in entries:
            package.writestr(name, data)
    return write_atomic(path, buffer.getvalue())


def _events_and_links(session: Any, document_id: str) -> tuple[list[dict[str, Any]], str]:
    """The agreement's events (whole, with their links), and every link from its first on."""
    events = []
    for e in session.scalars(
        select(EventRecord).where(EventRecord.document_id == document_id).order_by(EventRecord.seq)
    ):
        events.append(
            {
                "seq": e.seq,
                "at": e.at,
                "actor": e.actor,
                "signer": e.signer,
                "action": e.action,
                "document_id": e.document_id,
                "details": json.loads(e.details),
                "facts": json.loads(e.facts) if e.facts is not None else None,
                "prev_hash": e.prev_hash,
                "hash": e.hash,
            }
        )
    first = events[0]["seq"] if events else None
    lines = []
    if first is not None:
        rows = session.execute(
            select(EventRecord.seq, EventRecord.prev_hash, EventRecord.hash)
            .where(EventRecord.seq >= first)
            .order_by(EventRecord.seq)
            .execution_options(yield_per=5000)
        )
        lines = [f"{seq} {prev} {digest}\n" for seq, prev, digest in rows]
    return events, "".join(lines)


def sign_manifest(manifest: bytes, identity: Any) -> bytes:
    """A detached CMS (PKCS #7) signature of the manifest, made with a file identity's key."""
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.serialization import pkcs7

    from agreement_studio.errors import IdentityError

    # Only an identity whose key is in memory (a PKCS#12 file, a self-issued one) can sign
    # here; the signing package keeps the key private to that class, so it is read as such.
    key = getattr(identity, "_key", None)
    if key is None:
        raise IdentityError(_("an archive can be signed with an identity file (PKCS#12) only"))
    builder = pkcs7.PKCS7SignatureBuilder().set_data(manifest)
    builder = builder.add_signer(identity.certificate, key, hashes.SHA256())
    for issuer in list(getattr(identity, "chain", []))[1:]:
        builder = builder.add_certificate(issuer)
    return builder.sign(
        serialization.Encoding.DER,
        [pkcs7.PKCS7Options.DetachedSignature, pkcs7.PKCS7Options.Binary],
    )


def _all_anchors(certificates: list[bytes] | None, trust: Any) -> list[bytes]:
    """The given certificates and every anchor the verification report used (so the archive
    carries what ``archive verify`` needs to check that report's trust offline)."""
    from cryptography.hazmat.primitives.serialization import Encoding

    found = list(certificates or [])
    for anchor in getattr(trust, "anchors", None) or []:
        # a cryptography certificate, or an asn1crypto one (as pyHanko's trust roots hold them)
        if hasattr(anchor, "public_bytes"):
            der = anchor.public_bytes(Encoding.DER)
        else:
            der = anchor.dump()
        if der not in found:
            found.append(der)
    return found


def _pem(der: bytes) -> bytes:
    import base64

    body = base64.encodebytes(der).decode("ascii").replace("\n", "")
    lines = [body[i : i + 64] for i in range(0, len(body), 64)]
    text = "-----BEGIN CERTIFICATE-----\n" + "\n".join(lines) + "\n-----END CERTIFICATE-----\n"
    return text.encode("ascii")


def _json(value: Any) -> bytes:
    return (json.dumps(value, ensure_ascii=False, indent=2, default=str) + "\n").encode("utf-8")


def _verification(final: bytes, details: Any, trust: Any) -> bytes:
    """The verifier's report on the final PDF, with what the register recorded at import."""
    from agreement_studio.verification import verify_pdf

    report = verify_pdf(final, trust=trust)
    as_dict = getattr(report, "to_dict", None)
    return _json(
        {
            "report": as_dict() if callable(as_dict) else to_jsonable(report),
            "recorded_signatures": to_jsonable([s for s in details.signatories if s.signed]),
        }
    )
