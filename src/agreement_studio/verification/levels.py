"""The PAdES baseline level of a signature (ETSI EN 319 142-1) and the long-term data covering it.

* ``B-B``: a CAdES detached signature (``ETSI.CAdES.detached``) with the signing-certificate-v2
  attribute;
* ``B-T``: and a time-stamp proving when it existed: a signature timestamp, or a document
  timestamp over it;
* ``B-LT``: and a DSS, added in a later revision, with the certificates of the signer's chain
  (or they are in the CMS) and revocation data for each of them below the anchor;
* ``B-LTA``: and a document timestamp over that DSS (in its revision or a later one).

Only intact timestamps count; whether they are trusted is said in ``long_term`` and judged by the
trust decision, not here. Non-PAdES signatures (``adbe.pkcs7.detached``) and document timestamps
have no level; their long-term data is still listed.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from asn1crypto import x509 as asn1_x509
from cryptography import x509
from cryptography.x509 import ocsp

from agreement_studio.i18n import translatable
from agreement_studio.verification.dss import DssContents
from agreement_studio.verification.report import format_time

_ = translatable(__name__)


@dataclass(frozen=True)
class DssUpdate:
    """A revision that changed the DSS, and what the DSS holds from then on."""

    revision: int
    contents: DssContents


@dataclass(frozen=True)
class DocumentTimestamp:
    """A document timestamp: the revision it covers, its time, whether intact and trusted."""

    revision: int
    time: datetime | None
    intact: bool
    trusted: bool


def pades_level(
    *,
    subfilter: object,
    has_ess_v2: bool,
    signature_timestamp: bool,
    revision: int,
    chain: Sequence[asn1_x509.Certificate],
    cms_certs: Sequence[asn1_x509.Certificate],
    dss_updates: Sequence[DssUpdate],
    timestamps: Sequence[DocumentTimestamp],
) -> tuple[str | None, tuple[str, ...]]:
    """``(level or None, long-term data in words)`` for a signature covering ``revision``."""
    later_stamps = [t for t in timestamps if t.revision > revision and t.intact]
    later_dss = [u for u in dss_updates if u.revision > revision]
    entries = [
        (
            u.revision,
            _(
                "DSS in revision {revision}: {contents}",
                revision=u.revision,
                contents=u.contents.describe(),
            ),
        )
        for u in later_dss
    ]
    entries += [
        (
            t.revision,
            _(
                "document timestamp in revision {revision} ({time}, trusted)",
                revision=t.revision,
                time=format_time(t.time) if t.time else _("no time"),
            )
            if t.trusted
            else _(
                "document timestamp in revision {revision} ({time}, not trusted)",
                revision=t.revision,
                time=format_time(t.time) if t.time else _("no time"),
            ),
        )
        for t in later_stamps
    ]
    words = [text for _revision, text in sorted(entries, key=lambda entry: entry[0])]
    if subfilter != "ETSI.CAdES.detached" or not has_ess_v2:
        return None, tuple(words)
    if not (signature_timestamp or later_stamps):
        return "B-B", tuple(words)
    complete = next((u for u in later_dss if _covers(u.contents, chain, cms_certs)), None)
    if complete is None:
        return "B-T", tuple(words)
    # a document timestamp in the DSS's own revision covers it too (pyHanko writes both at once)
    if any(t.revision >= complete.revision for t in later_stamps):
        return "B-LTA", tuple(words)
    return "B-LT", tuple(words)


def _covers(
    contents: DssContents,
    chain: Sequence[asn1_x509.Certificate],
    cms_certs: Sequence[asn1_x509.Certificate],
) -> bool:
    """Whether the DSS (with the CMS's certificates) holds the chain and its revocation data."""
    if not chain:
        return False
    held = set(contents.certs) | {c.dump() for c in cms_certs}
    below_anchor = list(chain[:-1]) if len(chain) > 1 else list(chain)
    if any(cert.dump() not in held for cert in below_anchor):
        return False
    return all(_has_revocation_data(cert, contents) for cert in below_anchor)


def _has_revocation_data(cert: asn1_x509.Certificate, contents: DssContents) -> bool:
    issuer = cert.issuer.dump()
    for der in contents.crls:
        try:
            crl = x509.load_der_x509_crl(der)
        except ValueError:
            continue
        if crl.issuer.public_bytes() == issuer:
            return True
    serial = cert.serial_number
    for der in contents.ocsps:
        try:
            response = ocsp.load_der_ocsp_response(der)
            if any(single.serial_number == serial for single in response.responses):
                return True
        except ValueError:
            continue
    return False
