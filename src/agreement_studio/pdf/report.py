"""The verification report as a PDF: what an auditor files after checking signatures.

``render_report(reports)`` lays out, in the agreements' fonts and page furniture, a title, the
date, a summary, then for each file its verdict line and a table of its signatures with the
details in plain language (who, when, intact, trusted through what, what changed afterwards).

The words come from ``words`` (a mapping over :data:`WORDS`): the window passes its translated
templates, the command line the English defaults. This module words every view of a
verification alike — the command line's text, the window's tree and this PDF:
:func:`file_summary`, :func:`file_facts` (validation time, trust anchors) and
:func:`signature_facts` (who, when, intact, trust and the time it is judged at, revocation,
PAdES level, long-term data, weakness) give the lines, and :func:`report_document` the JSON
document (``verify --json`` and the window's Save as JSON). ReportLab is imported only inside
:func:`render_report`, so the window and the command line can word a report without loading it.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Mapping, Sequence
from datetime import UTC, datetime
from functools import partial
from io import BytesIO
from pathlib import Path
from typing import TYPE_CHECKING, Any

from agreement_studio.i18n import render, translatable

if TYPE_CHECKING:
    from reportlab.platypus import Flowable

    from agreement_studio.verification.report import FileReport, SignatureReport

_ = translatable(__name__)

__all__ = [
    "WORDS",
    "describe_anchors",
    "file_facts",
    "file_summary",
    "format_moment",
    "render_report",
    "report_document",
    "report_words",
    "signature_facts",
    "verdict_word",
    "write_report",
]

WORDS: dict[str, str] = {
    "title": _("Signature verification report"),
    "created": _("Created"),
    "page": _("Page {n} / {total}"),
    "summary": _(
        "Files: {files}. Valid: {valid}. Untrusted: {untrusted}. Unsigned: {unsigned}. "
        "Rejected (modified, invalid or error): {rejected}."
    ),
    "trust": _("Trusted certificates: {names}."),
    "no_trust": _("No trust anchors were given: an intact signature is at best untrusted."),
    "verdict.valid": _("Valid"),
    "verdict.untrusted": _("Untrusted"),
    "verdict.unsigned": _("Unsigned"),
    "verdict.modified": _("Modified"),
    "verdict.invalid": _("Invalid"),
    "verdict.error": _("Error"),
    "file.valid": _("Every signature is intact and trusted ({count})."),
    "file.untrusted": _("Intact; signers not trusted: {untrusted} of {count}."),
    "file.unsigned": _("The file has no signatures."),
    "file.modified": _("Changed after signature {number}: {changes}"),
    "file.invalid": _("A signature is broken: {problem}"),
    "file.error": _("Could not be verified: {problem}"),
    "kind.signature": _("Signature {number}"),
    "kind.certification": _("Certification {number}"),
    "kind.timestamp": _("Document timestamp {number}"),
    "fact.signer": _("Signed by"),
    "fact.claimed": _("Time claimed"),
    "fact.timestamp": _("Timestamp"),
    "fact.intact": _("Intact"),
    "fact.changed": _("Changed after signing"),
    "fact.allowed": _("Added afterwards (allowed)"),
    "fact.trusted": _("Trusted"),
    "fact.certificate": _("Certificate"),
    "fact.covers": _("Covers"),
    "fact.field": _("Field"),
    "fact.fingerprint": _("Fingerprint (SHA-256)"),
    "fact.problems": _("Problems"),
    "unknown": _("unknown"),
    "none": _("none"),
    "nothing": _("nothing"),
    "intact.yes": _("Yes: the signed bytes and the signature check out"),
    "intact.no": _("No"),
    "timestamp.trusted": _("{time} (trusted timestamp)"),
    "timestamp.untrusted": _("{time} (not used: {reason})"),
    "timestamp.not_trusted": _("{time} (its authority is not trusted)"),
    "trusted.anchor": _("Yes, through “{anchor}”"),
    "trusted.pinned": _("Yes: the certificate recorded for this signatory"),
    "trusted.no": _("No: {reason}"),
    "judged": _("{trust}; judged {basis}"),
    "basis.timestamp": _("at the time of the trusted timestamp"),
    "basis.claimed": _("at the time the signer claims"),
    "basis.now": _("at the time of verification"),
    "basis.document": _("at the time of a trusted document timestamp"),
    "certificate": _("issued by {issuer}, valid {start} – {end}"),
    "certificate.expired_since": _("it has expired since, on {date}"),
    "certificate.not_yet_valid": _("it was not yet valid at that time"),
    "certificate.expired_then": _("it had already expired at that time"),
    "covers": _("revision {revision} of {revisions}"),
    "covers.whole": _("revision {revision} of {revisions}: the whole file"),
    "fact.validated": _("Validation time"),
    "fact.anchors": _("Trust anchors"),
    "fact.judged_at": _("Trust judged at"),
    "fact.revocation": _("Revocation"),
    "fact.level": _("PAdES level"),
    "fact.long_term": _("Long-term data"),
    "fact.weak": _("Key and digest"),
    "judged_at": _("{time} ({basis})"),
    "revocation.good": _("good: not revoked"),
    "revocation.revoked": _("revoked on {time}"),
    "revocation.unknown": _("unknown: no revocation data could be had"),
    "revocation.not-applicable": _("not-applicable: no revocation status was checked"),
    "revocation.source": _("{status} (source: {source})"),
    "level.none": _("none (not a PAdES baseline signature)"),
    "weak.none": _("no weakness found"),
    "weak.yes": _("too weak (ETSI TS 119 312): {reason}"),
}
"""Every word of the report, in English (each a Text: :func:`report_words` renders them in a
language); keys missing from a caller's ``words`` use these, rendered in the current language."""

_CODES = {
    "file (DSS)": _("file (DSS)"),
    "file (CMS)": _("file (CMS)"),
    "given CRL": _("given CRL"),
    "online": _("online"),
    "trusted timestamp": _("trusted timestamp"),
    "trusted document timestamp": _("trusted document timestamp"),
    "time the signer claims": _("time the signer claims"),
    "time of verification": _("time of verification"),
}
"""The verifier's codes for where revocation data came from and when trust is judged, as words
(English: the code itself; rendered in the current language)."""

_GOOD, _AMBER, _RED, _GREY = "#1a7f37", "#9a6700", "#c62828", "#5f6b76"
VERDICT_COLOURS = {
    "valid": _GOOD,
    "untrusted": _AMBER,
    "unsigned": _GREY,
    "modified": _RED,
    "invalid": _RED,
    "error": _RED,
}
"""The colour of each verdict (valid green, untrusted amber, rejected red, unsigned grey)."""

_BASES = {
    "trusted timestamp": "basis.timestamp",
    "time the signer claims": "basis.claimed",
    "time of verification": "basis.now",
    "trusted document timestamp": "basis.document",
}


def report_words(language: str | None = None) -> dict[str, str]:
    """:data:`WORDS` in ``language`` (default: the current one), e.g. for the command line."""
    return {key: render(text, language) for key, text in WORDS.items()}


def _say(words: Mapping[str, str], key: str, **values: object) -> str:
    """``words[key]`` filled in (values that are Texts rendered in the current language); a
    template with a broken placeholder falls back to English."""
    template = words.get(key) or render(WORDS[key])
    shown = {
        name: render(value) if isinstance(value, str) else value for name, value in values.items()
    }
    try:
        return template.format(**shown)
    except (KeyError, IndexError, ValueError):
        return str.format(WORDS[key], **values)


def _time(moment: datetime | None) -> str | None:
    return moment.astimezone(UTC).strftime("%Y-%m-%d %H:%M UTC") if moment else None


def format_moment(moment: datetime) -> str:
    """``2026-11-28 14:03 UTC``, as every view of the report writes a time."""
    return _time(moment) or ""


def _day(moment: datetime | None) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%d") if moment else "?"


def verdict_word(verdict: object, words: Mapping[str, str] = WORDS) -> str:
    """The name of a verdict (``Verdict`` or its value) for a person."""
    return _say(words, f"verdict.{getattr(verdict, 'value', verdict)}")


def file_summary(report: FileReport, words: Mapping[str, str] = WORDS) -> str:
    """One line on a file: why it got its verdict (details from the verifier stay as they are)."""
    verdict = report.verdict.value
    signatures = report.signatures
    worst = [s for s in signatures if s.verdict is report.verdict]
    if verdict == "valid":
        return _say(words, "file.valid", count=len(signatures))
    if verdict == "untrusted":
        return _say(words, "file.untrusted", untrusted=len(worst), count=len(signatures))
    if verdict == "unsigned":
        return _say(words, "file.unsigned")
    if verdict == "modified" and worst:
        return _say(
            words,
            "file.modified",
            number=worst[0].index + 1,
            changes="; ".join(render(change) for change in worst[0].changes_after),
        )
    problems = [p for s in worst for p in s.problems] + list(report.problems)
    problem = problems[0] if problems else report.message
    return _say(words, "file.invalid" if verdict == "invalid" else "file.error", problem=problem)


def signature_heading(signature: SignatureReport, words: Mapping[str, str] = WORDS) -> str:
    """``Signature 2``, ``Certification 1`` or ``Document timestamp 3``."""
    kind = signature.kind if signature.kind in ("certification", "timestamp") else "signature"
    return _say(words, f"kind.{kind}", number=signature.index + 1)


def _who(signature: SignatureReport, words: Mapping[str, str]) -> str:
    who = signature.signer or _say(words, "unknown")
    if signature.organisation and signature.organisation != signature.signer:
        who += f" ({signature.organisation})"
    return f"{who} <{signature.email}>" if signature.email else who


def _trust(signature: SignatureReport, words: Mapping[str, str]) -> str:
    if signature.trusted and signature.trusted_via == "pinned":
        text = _say(words, "trusted.pinned")
    elif signature.trusted:
        text = _say(words, "trusted.anchor", anchor=signature.trust_anchor or "?")
    else:
        text = _say(words, "trusted.no", reason=signature.trust_problem or _say(words, "none"))
    basis = _BASES.get(signature.trust_time_basis or "")
    return _say(words, "judged", trust=text, basis=_say(words, basis)) if basis else text


def _certificate(signature: SignatureReport, words: Mapping[str, str]) -> str | None:
    if not signature.issuer and not signature.not_after:
        return None
    text = _say(
        words,
        "certificate",
        issuer=signature.issuer or _say(words, "unknown"),
        start=_day(signature.not_before),
        end=_day(signature.not_after),
    )
    note = signature.certificate_note or ""
    # The verifier words its note in English; the cases it knows are worded here again.
    if "expired since" in note:
        note = _say(words, "certificate.expired_since", date=_day(signature.not_after))
    elif "not yet valid" in note:
        note = _say(words, "certificate.not_yet_valid")
    elif "already expired" in note:
        note = _say(words, "certificate.expired_then")
    return f"{text}; {note}" if note else text


def signature_facts(
    signature: SignatureReport, words: Mapping[str, str] = WORDS
) -> list[tuple[str, list[str]]]:
    """The details of a signature as ``(label, lines)`` pairs, in the order a person reads them."""
    say = partial(_say, words)
    facts: list[tuple[str, list[str]]] = [(say("fact.signer"), [_who(signature, words)])]
    facts.append((say("fact.claimed"), [_time(signature.claimed_time) or say("none")]))
    stamp = _time(signature.timestamp_time)
    if stamp and signature.timestamp_trusted:
        facts.append((say("fact.timestamp"), [say("timestamp.trusted", time=stamp)]))
    elif stamp and signature.timestamp_problem:
        facts.append(
            (
                say("fact.timestamp"),
                [say("timestamp.untrusted", time=stamp, reason=signature.timestamp_problem)],
            )
        )
    elif stamp:
        facts.append((say("fact.timestamp"), [say("timestamp.not_trusted", time=stamp)]))
    facts.append((say("fact.intact"), [say("intact.yes" if signature.intact else "intact.no")]))
    facts.append((say("fact.changed"), list(signature.changes_after) or [say("nothing")]))
    if signature.allowed_after:
        facts.append((say("fact.allowed"), list(signature.allowed_after)))
    facts.append((say("fact.trusted"), [_trust(signature, words)]))
    certificate = _certificate(signature, words)
    if certificate:
        facts.append((say("fact.certificate"), [certificate]))
    facts += _long_term_facts(signature, words)
    if signature.revision:
        key = "covers.whole" if signature.covers_whole_file else "covers"
        facts.append(
            (
                say("fact.covers"),
                [say(key, revision=signature.revision, revisions=signature.revisions)],
            )
        )
    facts.append((say("fact.field"), [signature.field]))
    if signature.fingerprint_sha256:
        digest = signature.fingerprint_sha256
        facts.append(
            (
                say("fact.fingerprint"),
                [" ".join(digest[i : i + 8] for i in range(0, len(digest), 8))],
            )
        )
    if signature.problems:
        facts.append((say("fact.problems"), list(signature.problems)))
    return facts


def _judged_at(signature: SignatureReport, words: Mapping[str, str]) -> str:
    basis = signature.trust_time_basis
    return _say(
        words,
        "judged_at",
        time=_time(signature.trust_time) or _say(words, "unknown"),
        basis=_CODES.get(basis, basis) if basis else _say(words, "unknown"),
    )


def _revocation(signature: SignatureReport, words: Mapping[str, str]) -> str:
    status = signature.revocation or "unknown"
    key = f"revocation.{status}"
    if status == "revoked":
        text = _say(words, key, time=_time(signature.revocation_time) or _say(words, "unknown"))
    elif key in WORDS:
        text = _say(words, key)
    else:  # a status this module does not know yet: say it as the verifier does
        text = status
    if signature.revocation_source:
        source = signature.revocation_source
        text = _say(
            words,
            "revocation.source",
            status=text,
            source=_CODES.get(source, source),
        )
    return text


def _long_term_facts(
    signature: SignatureReport, words: Mapping[str, str]
) -> list[tuple[str, list[str]]]:
    """When trust is judged, revocation, PAdES level, long-term data and weakness."""
    say = partial(_say, words)
    weak = say("weak.yes", reason=signature.weak) if signature.weak else say("weak.none")
    return [
        (say("fact.judged_at"), [_judged_at(signature, words)]),
        (say("fact.revocation"), [_revocation(signature, words)]),
        (say("fact.level"), [signature.pades_level or say("level.none")]),
        (say("fact.long_term"), list(signature.long_term) or [say("none")]),
        (say("fact.weak"), [weak]),
    ]


def file_facts(
    report: FileReport, words: Mapping[str, str] = WORDS, anchors: Sequence[str] = ()
) -> list[tuple[str, list[str]]]:
    """What a file was judged against: the validation time and the trust anchors.

    ``anchors`` (the run's trust anchors) stand in when the report does not name its own.
    """
    say = partial(_say, words)
    named = list(report.trust_anchors) or list(anchors)
    return [
        (say("fact.validated"), [_time(report.validation_time) or say("unknown")]),
        (say("fact.anchors"), named or [say("none")]),
    ]


def describe_anchors(trust: Any) -> list[str]:
    """The trust anchors of a ``TrustStore``, each as ``common name (SHA-256 fingerprint)``."""
    from agreement_studio.verification.trust import common_name, fingerprint

    if trust is None:
        return []
    return [f"{common_name(cert.subject)} ({fingerprint(cert)})" for cert in trust.anchors]


def report_document(
    reports: Sequence[FileReport],
    anchors: Sequence[str] = (),
    generated_at: datetime | None = None,
) -> dict[str, Any]:
    """The JSON report (``verify --json`` and the window's Save as JSON): stable English keys.

    ``{"generated_at", "tool": {"name", "version"}, "trust_anchors", "files": [...]}``.
    """
    from agreement_studio import __version__

    moment = generated_at or datetime.now(UTC)
    return {
        "generated_at": moment.astimezone(UTC).isoformat(),
        "tool": {"name": "agreement-studio", "version": __version__},
        "trust_anchors": list(anchors),
        "files": [report.to_dict() for report in reports],
    }


def _counts(reports: Sequence[FileReport]) -> dict[str, int]:
    values = [r.verdict.value for r in reports]
    return {
        "files": len(values),
        "valid": values.count("valid"),
        "untrusted": values.count("untrusted"),
        "unsigned": values.count("unsigned"),
        "rejected": sum(v in ("modified", "invalid", "error") for v in values),
    }


def render_report(
    reports: Sequence[FileReport],
    *,
    words: Mapping[str, str] = WORDS,
    created: datetime | None = None,
    trust_names: Sequence[str] = (),
    language: str = "en",
) -> bytes:
    """The report on ``reports`` as PDF bytes (the same input and ``created`` give the same bytes).

    ``trust_names`` names the trust anchors the verification used, for the record.
    """
    from agreement_studio import __version__
    from agreement_studio.pdf.fonts import register_fonts
    from agreement_studio.pdf.furniture import AgreementCanvas, Furniture
    from agreement_studio.pdf.metadata import AgreementInfo, file_identifier

    register_fonts()
    moment = created or datetime.now(UTC)
    title = _say(words, "title")
    story = _story(reports, words, _time(moment) or "", trust_names)
    material = json.dumps([r.to_dict() for r in reports], sort_keys=True, default=str)
    digest = hashlib.sha256((material + moment.isoformat()).encode("utf-8", "replace")).digest()
    canvasmaker = partial(
        AgreementCanvas,
        furniture=Furniture(
            title=title,
            document_id=_time(moment) or "",
            document_id_label=_say(words, "created"),
            page_label=_say(words, "page", n="{n}", total="{total}"),
        ),
        info=AgreementInfo(
            {
                "Title": title,
                "Creator": f"Agreement Studio {__version__}",
                "Subject": _say(words, "summary", **_counts(reports)),
            },
            moment.date(),
        ),
        file_id=file_identifier("verification-report", digest),
    )
    return _build(story, canvasmaker, language)


def _build(story: list[Any], canvasmaker: Any, language: str) -> bytes:
    """One layout pass on the agreements' page geometry."""
    from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate

    from agreement_studio.pdf.fonts import SERIF
    from agreement_studio.pdf.styles import (
        FRAME_HEIGHT,
        FRAME_WIDTH,
        MARGIN_BOTTOM,
        MARGIN_LEFT,
        MARGIN_RIGHT,
        MARGIN_TOP,
        PAGE_SIZE,
    )

    buffer = BytesIO()
    frame = Frame(
        MARGIN_LEFT,
        MARGIN_BOTTOM,
        FRAME_WIDTH,
        FRAME_HEIGHT,
        id="text",
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
    )
    document = BaseDocTemplate(
        buffer,
        pagesize=PAGE_SIZE,
        leftMargin=MARGIN_LEFT,
        rightMargin=MARGIN_RIGHT,
        topMargin=MARGIN_TOP,
        bottomMargin=MARGIN_BOTTOM,
        pageTemplates=[PageTemplate(id="page", frames=[frame])],
        # The default initial font is Helvetica, which is not embedded.
        initialFontName=SERIF,
        invariant=1,
        pageCompression=1,
        lang=language or None,
    )
    document.build(story, canvasmaker=canvasmaker)
    return buffer.getvalue()


def _story(
    reports: Sequence[FileReport], words: Mapping[str, str], when: str, trust_names: Sequence[str]
) -> list[Any]:
    from reportlab.platypus import KeepTogether, Spacer

    from agreement_studio.pdf.inline import escape
    from agreement_studio.pdf.para import Para
    from agreement_studio.pdf.styles import styles

    look = styles()
    story: list[Any] = [
        Para(escape(_say(words, "title")), look.title),
        Para(escape(f"{_say(words, 'created')}: {when}"), look.subtitle),
        Para(escape(_say(words, "summary", **_counts(reports))), look.brief),
        Para(
            escape(
                _say(words, "trust", names=", ".join(trust_names))
                if trust_names
                else _say(words, "no_trust")
            ),
            look.brief,
        ),
    ]
    for report in reports:
        name = Path(report.path).name if report.path else "?"
        colour = VERDICT_COLOURS.get(report.verdict.value, _GREY)
        verdict = (
            f'<font color="{colour}"><b>{escape(verdict_word(report.verdict, words))}'
            f"</b></font> — {escape(file_summary(report, words))}"
        )
        head: list[Flowable] = [
            Para(escape(name), look.section),
            Para(escape(report.path or ""), look.code),
            Para(verdict, look.body),
        ]
        if report.message != file_summary(report, words):  # the verifier's own sentence too
            head.append(Para(escape(report.message), look.body))
        head += [
            Para(f"{escape(label)}: {escape('; '.join(lines))}", look.item)
            for label, lines in _own_file_facts(report, words, trust_names)
        ]
        head += [
            Para(f"• {escape(problem)}", look.item)
            for problem in report.problems
            if problem not in file_summary(report, words)
        ]
        story.append(KeepTogether(head))
        # A table per signature, kept on one page where it fits: a heading row is never left
        # alone at the foot of a page.
        story += [KeepTogether([_signature_table(s, words)]) for s in report.signatures]
        story.append(Spacer(0, 10))
    return story


def _own_file_facts(
    report: FileReport, words: Mapping[str, str], trust_names: Sequence[str]
) -> list[tuple[str, list[str]]]:
    """A file's facts, less the trust anchors when they are the ones the report opens with."""
    said = list(trust_names) or [_say(words, "none")]
    return [
        (label, lines)
        for label, lines in file_facts(report, words, trust_names)
        if not (label == _say(words, "fact.anchors") and lines == said)
    ]


def _signature_table(signature: SignatureReport, words: Mapping[str, str]) -> Any:
    """A signature's table: a shaded heading row (which and its verdict), then its facts."""
    from reportlab.lib import colors
    from reportlab.platypus import Table, TableStyle

    from agreement_studio.pdf.fonts import SERIF
    from agreement_studio.pdf.inline import escape
    from agreement_studio.pdf.para import Para
    from agreement_studio.pdf.styles import FRAME_WIDTH, HEAD_FILL, RULE, styles

    look = styles()
    rows: list[list[Any]] = []
    commands: list[tuple[Any, ...]] = [
        ("FONT", (0, 0), (-1, -1), SERIF, 9),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("BOX", (0, 0), (-1, -1), 0.5, RULE),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
    ]
    colour = VERDICT_COLOURS.get(signature.verdict.value, _GREY)
    heading = (
        f"{escape(signature_heading(signature, words))} · "
        f'<font color="{colour}">{escape(verdict_word(signature.verdict, words))}</font>'
    )
    rows.append([Para(heading, look.cell_head), ""])
    commands += [("SPAN", (0, 0), (1, 0)), ("BACKGROUND", (0, 0), (1, 0), HEAD_FILL)]
    if signature.message:  # the verifier's sentence, as the window's tooltip and the CLI say it
        rows.append([Para(escape(signature.message), look.cell), ""])
        commands.append(("SPAN", (0, 1), (1, 1)))
    for label, lines in signature_facts(signature, words):
        text = "<br/>".join(escape(line) for line in lines)
        rows.append([Para(escape(label), look.cell_head), Para(text, look.cell)])
    label_width = 42 * 2.8346  # 42 mm
    table = Table(
        rows,
        colWidths=[label_width, FRAME_WIDTH - label_width],
        hAlign="LEFT",
        repeatRows=1,
        spaceAfter=4,
    )
    commands.append(("LINEBELOW", (0, 0), (-1, -1), 0.25, colors.Color(0.85, 0.85, 0.85)))
    table.setStyle(TableStyle(commands))
    return table


def write_report(
    path: str | os.PathLike[str], reports: Sequence[FileReport], **options: Any
) -> Path:
    """Render the report and write it atomically (all or nothing); see :func:`render_report`."""
    from agreement_studio.fileio import write_atomic

    return write_atomic(path, render_report(reports, **options))
