"""Verifying the signatures of a PDF: ``verify_pdf`` for one file, ``verify_files`` for many.

The file is parsed once (:mod:`.document`); each pair of consecutive revisions is compared once
(:mod:`.diff`) and shared by every signature; trust decisions are cached. A signature is

* ``invalid`` when its bytes, ``/ByteRange`` or CMS do not check out,
* ``error`` when it cannot be checked, or the file is ambiguous in what it covers,
* ``modified`` when a change came after it that its policy does not permit (:mod:`.policy`:
  signatures, form filling, validation data, document timestamps and metadata after an approval
  signature or a P=2 certification; less after P=1, annotations too after P=3; never a field
  its lock covers),
* ``untrusted`` when intact but the signer is not trusted, and ``valid`` otherwise.
"""

from __future__ import annotations

import contextlib
import os
import time
from dataclasses import replace
from datetime import UTC, datetime
from typing import Any

from agreement_studio.i18n import translatable
from agreement_studio.verification.check import (
    ByteRangeDigest,
    CryptoResult,
    Proof,
    TrustContext,
    certificate_note,
    check_crypto,
    signer_identity,
)
from agreement_studio.verification.cms import ASN1_ERRORS
from agreement_studio.verification.diff import OTHER, Change, diff
from agreement_studio.verification.document import PdfDocument, StructureError, signed_revision
from agreement_studio.verification.fields import (
    Coverage,
    SignatureInfo,
    find_signatures,
    locate_coverage,
    walk_fields,
)
from agreement_studio.verification.levels import (
    DocumentTimestamp,
    DssUpdate,
    pades_level,
)
from agreement_studio.verification.limits import read_pdf_bytes
from agreement_studio.verification.locks import lock_permissions, locks_of
from agreement_studio.verification.pages import pages_of
from agreement_studio.verification.policy import Policy
from agreement_studio.verification.pool import verify_files
from agreement_studio.verification.report import FileReport, SignatureReport, Verdict, reason_of
from agreement_studio.verification.revocation import (
    GIVEN,
    NOT_APPLICABLE,
    REVOKED,
    RevocationData,
    dss_contents,
    file_data,
)
from agreement_studio.verification.trust import TrustStore
from agreement_studio.verification.view import View
from agreement_studio.verification.words import file_message, signature_message

_ = translatable(__name__)

__all__ = ["signed_revision", "updates_after", "verify_files", "verify_pdf"]


def verify_pdf(
    source: bytes | str | os.PathLike[str],
    *,
    trust: TrustStore | None = None,
    now: datetime | None = None,
    path: str | None = None,
) -> FileReport:
    """Verify every signature in a PDF (a path or its bytes); never raises for a bad file.

    ``trust`` gives anchors, intermediates and pinned fingerprints (none: nobody is trusted);
    ``now`` is the time of verification (default: the clock); ``path`` names bytes in reports.
    """
    name = path if path is not None else (None if isinstance(source, bytes) else str(source))
    started = time.perf_counter()
    report = _verify(source, name, trust or TrustStore(), now or datetime.now(UTC))
    return replace(report, seconds=time.perf_counter() - started)


def _verify(
    source: bytes | str | os.PathLike[str], name: str | None, trust: TrustStore, now: datetime
) -> FileReport:
    try:
        data = source if isinstance(source, bytes) else read_pdf_bytes(source)
    except OSError as error:
        return FileReport.failed(
            name, _("cannot read the file ({why})", why=error.strerror or str(error))
        )
    except StructureError as error:  # too large to judge: refused before reading
        return FileReport.failed(name, reason_of(error))
    try:
        return _Verification(data, name, trust, now).run()
    except StructureError as error:
        return FileReport.failed(name, reason_of(error))
    except RecursionError:
        return FileReport.failed(name, _("the file is nested too deeply"))
    except MemoryError:
        return FileReport.failed(name, _("the file needs too much memory"))
    except Exception as error:  # a bug must not hide the file's verdict behind a traceback
        return FileReport.failed(
            name, _("internal error ({kind}: {error})", kind=type(error).__name__, error=error)
        )


def updates_after(data: bytes, size: int) -> list[Change]:
    """What the incremental updates after the first ``size`` bytes change, as a reader sees it.

    ``size`` must end a revision of ``data``; the changes are compared the way signatures are
    (so that the register can accept a returned copy that only adds signatures, even where no
    earlier signature covers the base). Raises :class:`PdfInputError` when the file cannot be
    read strictly or nothing but whitespace follows the base.
    """
    from agreement_studio.errors import PdfInputError

    try:
        document = PdfDocument(data)
    except StructureError as error:
        raise PdfInputError(reason_of(error)) from None
    revisions = document.revisions
    base = next(
        (r.number for r in revisions if r.end >= size and not data[size : r.end].strip()), None
    )
    if base is None or base == len(revisions):
        raise PdfInputError(_("what follows the given revision is not an incremental update"))
    views = [View(document, r) for r in revisions]
    changes = [c for n in range(base + 1, len(views) + 1) for c in diff(views[n - 2], views[n - 1])]
    changes += [
        Change(
            OTHER,
            _(
                "the file structure is inconsistent in revision {revision}: {text}",
                revision=a.revision,
                text=a.text,
            ),
        )
        for a in document.anomalies
        if a.revision > base
    ]
    return changes


class _Verification:
    """One file's verification: the parsed document, its views and their diffs, shared."""

    def __init__(self, data: bytes, name: str | None, trust: TrustStore, now: datetime):
        self.data, self.name, self.trust, self.now = data, name, trust, now
        self.document = PdfDocument(data)
        self.views = [View(self.document, r) for r in self.document.revisions]
        self._diffs: dict[int, list[Change]] = {}

    def run(self) -> FileReport:
        """Check every signature and put the file's report together."""
        infos = find_signatures(self.document, self.views)
        coverages = [locate_coverage(self.document, info, self.views) for info in infos]
        self._certification = self._find_certification(infos, coverages)
        signed = [c.revision for c in coverages if c.revision is not None]
        for number in range(min(signed, default=len(self.views)) + 1, len(self.views) + 1):
            self._diff(number)
        with contextlib.suppress(ValueError):
            pages_of(self.views[-1])  # notes a page tree readers may climb differently
        self._crypto = self._check_all(infos, coverages)
        reports = [
            self._signature(i, info, coverage, coverages)
            for i, (info, coverage) in enumerate(zip(infos, coverages, strict=True))
        ]
        verdict = Verdict.worst([r.verdict for r in reports], Verdict.UNSIGNED)
        problems = tuple(
            _("revision {revision}: {text}", revision=a.revision, text=a.text)
            for a in self.document.anomalies
        )
        return FileReport(
            self.name,
            verdict,
            file_message(verdict, reports, problems),
            tuple(reports),
            problems,
            len(self.views),
            validation_time=self.now,
            trust_anchors=tuple(self._anchors_used()),
        )

    def _diff(self, number: int) -> list[Change]:
        """The changes revision ``number`` made to the one before it."""
        if number not in self._diffs:
            self._diffs[number] = diff(self.views[number - 2], self.views[number - 1])
        return self._diffs[number]

    def _changes_after(self, revision: int) -> list[Change]:
        changes = [c for n in range(revision + 1, len(self.views) + 1) for c in self._diff(n)]
        for anomaly in self.document.anomalies:
            if anomaly.revision > revision:
                changes.append(
                    Change(
                        OTHER,
                        _(
                            "the file structure is inconsistent in revision {revision}: {text}",
                            revision=anomaly.revision,
                            text=anomaly.text,
                        ),
                    )
                )
        return changes

    def _signature(
        self, index: int, info: SignatureInfo, coverage: Coverage, coverages: list[Coverage]
    ) -> SignatureReport:
        fields: dict[str, Any] = {
            "index": index,
            "field": info.field,
            "revisions": len(self.views),
            "byte_range": coverage.byte_range,
            "revision": coverage.revision,
        }
        sig = info.sig
        view = self.views[-1]
        if coverage.revision is not None and coverage.problem is None:
            # the policy is what the signer signed: read it from the signed revision
            view = self.views[coverage.revision - 1]
            sig = view.resolve(info.sig_ref) if info.sig_ref else sig
            sig = sig if isinstance(sig, dict) else info.sig
        docmdp = self._docmdp(view, sig, info)
        kind = (
            "timestamp"
            if sig.get("Type") == "DocTimeStamp"
            else ("certification" if docmdp is not None else "signature")
        )
        fields.update(kind=kind, docmdp=docmdp)
        problems: list[str] = []
        crypto = CryptoResult()
        if coverage.problem is not None:
            problems.append(coverage.problem)
        else:
            fields.update(covers_whole_revision=True, covers_whole_file=coverage.whole_file)
            crypto = self._crypto[index]
            problems += crypto.problems
        if docmdp is not None and any(
            c.revision is not None
            and coverage.revision is not None
            and c is not coverage
            and c.revision <= coverage.revision
            for c in coverages
        ):
            problems.append(_("a certification signature must be the first signature"))
        self._describe_crypto(fields, crypto)
        policy = self._policy(view, sig, info, docmdp)
        verdict = self._verdict(fields, coverage, crypto, problems, policy)
        fields["problems"] = tuple(problems)
        report = SignatureReport(verdict=verdict, message="", **fields)
        return replace(report, message=signature_message(report))

    def _verdict(
        self,
        fields: dict[str, Any],
        coverage: Coverage,
        crypto: CryptoResult,
        problems: list[str],
        policy: Policy,
    ) -> Verdict:
        ambiguous = [
            a
            for a in self.document.anomalies
            if a.readers_differ
            or (coverage.revision is not None and a.revision <= coverage.revision)
        ]
        bad: list[str] = []
        if coverage.revision is not None:
            good: list[str] = []
            for change in self._changes_after(coverage.revision):
                reason = policy.judge(change)
                if reason is None:
                    good.append(change.text)
                else:
                    bad.append(reason)
            fields["changes_after"] = tuple(dict.fromkeys(bad))
            fields["allowed_after"] = tuple(dict.fromkeys(good))
        fields["intact"] = (
            not (problems or crypto.unsupported or ambiguous or bad)
            and crypto.digest_ok
            and crypto.signature_ok
        )
        if ambiguous:
            problems.insert(
                0,
                _(
                    "the file is ambiguous in revision {revision}: {text}",
                    revision=ambiguous[0].revision,
                    text=ambiguous[0].text,
                ),
            )
            return Verdict.ERROR
        if crypto.unsupported:
            problems.insert(0, crypto.unsupported)
            return Verdict.ERROR
        if problems or not (crypto.digest_ok and crypto.signature_ok):
            return Verdict.INVALID
        if bad:
            return Verdict.MODIFIED
        if fields.get("revocation") == REVOKED:
            # intact bytes, but made with a revoked certificate: never valid (ETSI EN 319 102-1)
            problems.append(
                fields.get("trust_problem") or _("the signer's certificate was revoked")
            )
            return Verdict.INVALID
        return Verdict.VALID if fields.get("trusted") else Verdict.UNTRUSTED

    def _describe_crypto(self, fields: dict[str, Any], crypto: CryptoResult) -> None:
        fields.update(
            digest_ok=crypto.digest_ok,
            signature_ok=crypto.signature_ok,
            claimed_time=crypto.claimed_time,
            trust_time=crypto.trust_time,
            trust_time_basis=crypto.trust_basis,
            timestamp_trusted=crypto.timestamp_trusted,
            timestamp_problem=crypto.timestamp_problem,
        )
        if crypto.timestamp is not None and crypto.timestamp.ok:
            fields["timestamp_time"] = crypto.timestamp.time
        if crypto.cert is not None:
            try:
                fields.update(
                    signer_identity(crypto.cert),
                    not_before=crypto.cert.not_valid_before,
                    not_after=crypto.cert.not_valid_after,
                    certificate_note=certificate_note(crypto.cert, crypto.trust_time, self.now),
                )
            except ASN1_ERRORS:
                fields["certificate_note"] = _("the signer's certificate is damaged")
        if crypto.trust is not None:
            fields.update(
                trusted=crypto.trust.trusted,
                trusted_via=crypto.trust.via,
                trust_anchor=crypto.trust.anchor,
                trust_problem=crypto.trust.problem,
            )
        status = crypto.revocation
        fields.update(
            revocation=status.status if status else NOT_APPLICABLE,
            revocation_source=status.source if status else None,
            revocation_time=status.revoked_at if status else None,
            pades_level=crypto.pades_level,
            long_term=crypto.long_term,
            weak=crypto.weak,
        )
        if status is not None and status.note:
            note = fields.get("certificate_note")
            fields["certificate_note"] = (
                _("{note}; {more}", note=note, more=status.note) if note else status.note
            )

    def _check_all(
        self, infos: list[SignatureInfo], coverages: list[Coverage]
    ) -> dict[int, CryptoResult]:
        """The CMS, trust and PAdES level of every signature whose coverage checks out.

        Newest first: a trusted document timestamp proves that everything it covers existed at
        its time, so each signature is judged at the earliest such proof after it (the best
        signature time, ETSI EN 319 102-1), else at its own trusted timestamp, else now.
        """
        data = self._revocation_data()
        updates = self._dss_updates(min((c.revision or 0 for c in coverages), default=0))
        proofs: list[Proof] = []
        stamps: list[DocumentTimestamp] = []
        results: dict[int, CryptoResult] = {}
        order = sorted(range(len(infos)), key=lambda i: -(coverages[i].revision or 0))
        for index in order:
            coverage = coverages[index]
            if (
                coverage.problem is not None
                or coverage.revision is None
                or coverage.byte_range is None  # set whenever there is no problem
            ):
                continue
            sig = self._signed_sig(infos[index], coverage)
            later = [p for p in proofs if p.revision > coverage.revision]
            context = TrustContext(self.now, min(later, key=lambda p: p.time, default=None), data)
            crypto = check_crypto(
                coverage.contents or b"",
                ByteRangeDigest(self.data, coverage.byte_range),
                sig,
                self.trust,
                context,
            )
            results[index] = crypto
            intact = crypto.digest_ok and crypto.signature_ok and not crypto.problems
            trusted = crypto.trust is not None and crypto.trust.trusted
            if sig.get("Type") == "DocTimeStamp" or sig.get("SubFilter") == "ETSI.RFC3161":
                stamps.append(
                    DocumentTimestamp(coverage.revision, crypto.claimed_time, intact, trusted)
                )
                if intact and trusted and crypto.claimed_time is not None:
                    proofs.append(Proof(crypto.claimed_time, coverage.revision))
                crypto.pades_level, crypto.long_term = None, ()
                continue
            chain = crypto.trust.path if crypto.trust and crypto.trust.path else ()
            crypto.pades_level, crypto.long_term = pades_level(
                subfilter=sig.get("SubFilter"),
                has_ess_v2=crypto.has_ess_v2,
                signature_timestamp=crypto.timestamp is not None and crypto.timestamp.ok,
                revision=coverage.revision,
                chain=chain or ((crypto.cert,) if crypto.cert is not None else ()),
                cms_certs=crypto.certs,
                dss_updates=updates,
                timestamps=stamps,
            )
        return results

    def _signed_sig(self, info: SignatureInfo, coverage: Coverage) -> dict[str, Any]:
        """The signature dictionary as the signed revision has it."""
        view = self.views[(coverage.revision or len(self.views)) - 1]
        sig = view.resolve(info.sig_ref) if info.sig_ref else info.sig
        return sig if isinstance(sig, dict) else info.sig

    def _revocation_data(self) -> RevocationData:
        """CRLs and OCSP responses from the final DSS and the files given; online if asked."""
        data = file_data(self.views[-1])
        for der in self.trust.crls:
            data.add_crl(der, GIVEN)
        data.online = self.trust.online
        return data

    def _dss_updates(self, first: int) -> list[DssUpdate]:
        """Each revision after ``first`` that changed the DSS, with what it holds then."""
        updates: list[DssUpdate] = []
        before = dss_contents(self.views[first - 1]) if first >= 1 else None
        for view in self.views[max(first, 1) :]:
            contents = dss_contents(view)
            if contents != before and (contents.certs or contents.crls or contents.ocsps):
                updates.append(DssUpdate(view.number, contents))
            before = contents
        return updates

    def _anchors_used(self) -> list[str]:
        """Each trust anchor some judgement chained to, as "subject (SHA-256 fingerprint)"."""
        from agreement_studio.verification.trust import common_name, fingerprint

        used: dict[str, str] = {}
        for crypto in self._crypto.values():
            judgement = crypto.trust
            if judgement is None or judgement.via != "anchor" or not judgement.path:
                continue
            anchor = judgement.path[-1]
            used[fingerprint(anchor)] = common_name(anchor.subject)
        return [f"{name} ({digest})" for digest, name in used.items()]

    def _docmdp(self, view: View, sig: dict[str, Any], info: SignatureInfo) -> int | None:
        """The DocMDP level if this is a certification signature, else ``None``."""
        perms = view.get(view.catalog, "Perms")
        named = (
            isinstance(perms, dict)
            and info.sig_ref is not None
            and perms.get("DocMDP") == info.sig_ref
        )
        references = view.resolve(sig.get("Reference"))
        for reference in references if isinstance(references, list) else []:
            reference = view.resolve(reference)
            if isinstance(reference, dict) and reference.get("TransformMethod") == "DocMDP":
                params = view.get(reference, "TransformParams")
                level = view.get(params, "P") if isinstance(params, dict) else None
                return level if level in (1, 2, 3) else 2
        return 2 if named else None

    def _find_certification(
        self, infos: list[SignatureInfo], coverages: list[Coverage]
    ) -> tuple[int, int] | None:
        """``(revision, P)`` of the first certification signature that checks out, if any."""
        for info, coverage in sorted(
            zip(infos, coverages, strict=True), key=lambda pair: pair[1].revision or 0
        ):
            if coverage.revision is None or coverage.problem is not None:
                continue
            view = self.views[coverage.revision - 1]
            sig = view.resolve(info.sig_ref) if info.sig_ref else info.sig
            level = self._docmdp(view, sig if isinstance(sig, dict) else info.sig, info)
            if level is not None:
                return coverage.revision, level
        return None

    def _policy(
        self, view: View, sig: dict[str, Any], info: SignatureInfo, docmdp: int | None
    ) -> Policy:
        """What the signature permits after it: the strictest DocMDP level binding it, its locks.

        A certification binds itself and every signature after it (an approval signature in a
        P=3 document permits annotations too); a PDF 2.0 lock dictionary's /P binds its field.
        """
        field = next((f for f in walk_fields(view) if f.name == info.field), None)
        attrs = field.attrs if field is not None else {}
        levels: dict[int, str] = {}
        if docmdp is not None:
            levels[docmdp] = _("the certification")
        elif self._certification is not None and self._certification[0] <= view.number:
            levels[self._certification[1]] = _("the certification")
        own = lock_permissions(view, attrs)
        if own is not None and own not in levels:
            levels[own] = _("the lock of field '{field}'", field=info.field)
        level = min(levels, default=None)
        granted_by = levels[level] if level is not None else ""
        locks = tuple(locks_of(view, info.field, attrs, sig))
        return Policy(info.field, level, granted_by, locks)
