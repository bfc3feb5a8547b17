"""Command-line commands of the verification layer: ``verify`` and ``signed-version``."""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from agreement_studio.errors import InputError
from agreement_studio.i18n import render, translatable

if TYPE_CHECKING:
    from agreement_studio.cli.common import Subcommands
    from agreement_studio.verification.report import FileReport
    from agreement_studio.verification.trust import TrustStore

_ = translatable(__name__)


def add_commands(subparsers: Subcommands) -> None:
    """Add this layer's subcommands."""
    verify = subparsers.add_parser(
        "verify",
        help=render(_("check the signatures of PDF files")),
        description=render(
            _(
                "Check every signature of each PDF: intact, trusted, and what changed "
                "after it. Exit status: 0 when every file is valid, 1 when any is not, "
                "2 for a usage or input error."
            )
        ),
    )
    verify.add_argument(
        "files",
        nargs="+",
        metavar="FILE",
        help=render(_("PDF files, or folders to search for *.pdf")),
    )
    verify.add_argument(
        "--trust",
        action="append",
        default=[],
        metavar="CERT",
        help=render(
            _(
                "a trust anchor certificate (PEM or DER); repeatable. Without --trust, the "
                "trust anchors chosen in the window's Preferences are used"
            )
        ),
    )
    verify.add_argument(
        "--intermediate",
        action="append",
        default=[],
        metavar="CERT",
        help=render(_("an intermediate CA certificate (PEM or DER); repeatable")),
    )
    verify.add_argument(
        "--pin",
        action="append",
        default=[],
        metavar="SHA256",
        help=render(_("trust the signer certificate with this SHA-256 fingerprint")),
    )
    verify.add_argument(
        "--no-configured-trust",
        action="store_true",
        help=render(
            _(
                "ignore Preferences' trust anchors and those kept in the settings folder "
                "(trust-anchors/, always added otherwise)"
            )
        ),
    )
    verify.add_argument(
        "--crl",
        action="append",
        default=[],
        metavar="FILE",
        help=render(
            _(
                "a CRL (PEM or DER) to check revocation against, beside those the file carries; "
                "repeatable"
            )
        ),
    )
    verify.add_argument(
        "--online",
        action="store_true",
        help=render(
            _("also ask the certificates' CRL distribution points and OCSP responders over HTTP")
        ),
    )
    verify.add_argument(
        "--require-revocation",
        action="store_true",
        help=render(
            _(
                "strict policy: a signer whose revocation status is unknown is not trusted "
                "(default: trusted, with the status reported as unknown)"
            )
        ),
    )
    verify.add_argument(
        "--trust-claimed-time",
        action="store_true",
        help=render(
            _(
                "lenient policy: judge a signer without a trusted timestamp at the signing time "
                "they claim, not now (a back-dated claim is then believed)"
            )
        ),
    )
    verify.add_argument("--json", action="store_true", help=render(_("print one JSON document")))
    verify.add_argument(
        "--jobs",
        type=_positive_int,
        default=None,
        metavar="N",
        help=render(_("files verified at once (default: one per processor core)")),
    )
    verify.add_argument(
        "--timeout",
        type=float,
        default=60.0,
        metavar="SECONDS",
        help=render(_("give up on a file after this long (default: 60)")),
    )
    verify.set_defaults(handler=_verify)

    extract = subparsers.add_parser(
        "signed-version",
        help=render(_("save the exact version of a PDF that a signature covers")),
        description=render(
            _("Write the bytes signature N covers (the revision it signed) as a PDF.")
        ),
    )
    extract.add_argument("file", metavar="IN.pdf", help=render(_("the signed PDF")))
    extract.add_argument(
        "--signature",
        "-s",
        type=_positive_int,
        required=True,
        metavar="N",
        help=render(_("which signature, 1 for the first in signing order")),
    )
    extract.add_argument(
        "-o",
        "--output",
        required=True,
        metavar="OUT.pdf",
        help=render(_("the PDF file to write (required; an existing file is replaced)")),
    )
    extract.set_defaults(handler=_signed_version)


def _positive_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            render(_("not a whole number: {text}", text=repr(text)))
        ) from None
    if value < 1:
        raise argparse.ArgumentTypeError(render(_("must be 1 or more")))
    return value


def collect_pdfs(items: list[str]) -> list[str]:
    """The files named, with folders replaced by the ``*.pdf`` files in them (sorted)."""
    found: list[str] = []
    for item in items:
        path = Path(item)
        if path.is_dir():
            found += sorted(
                str(p) for p in path.rglob("*") if p.is_file() and p.suffix.lower() == ".pdf"
            )
        elif path.is_file():
            found.append(item)
        else:
            raise InputError(_("no such file or folder: {path}", path=item))
    if not found:
        raise InputError(_("no PDF files found"))
    return found


def _trust_store(args: argparse.Namespace) -> TrustStore:
    from agreement_studio.preferences import configured_trust_anchors
    from agreement_studio.verification.trust import TrustStore

    # --trust, else Preferences'; the settings folder's always (agreement_studio.preferences)
    anchors = list(args.trust)
    if not args.no_configured_trust:
        anchors = [str(p) for p in configured_trust_anchors(args.trust)]
    return TrustStore.from_files(
        anchors,
        args.intermediate,
        args.pin,
        crls=args.crl,
        online=args.online,
        require_revocation=args.require_revocation,
        trust_claimed_time=args.trust_claimed_time,
    )


def _verify(args: argparse.Namespace) -> int:
    from agreement_studio.verification.pool import verify_files
    from agreement_studio.verification.report import Verdict

    paths = collect_pdfs(args.files)
    trust = _trust_store(args)
    jobs = args.jobs or os.cpu_count() or 1
    anchors = _anchor_names(trust)
    if not args.json:
        _print_header(anchors)
    reports: dict[str | None, FileReport] = {}
    order = iter(paths)
    waiting = next(order, None)
    with contextlib.closing(
        verify_files(paths, trust=trust, jobs=jobs, timeout=args.timeout)
    ) as results:
        for report in results:
            reports[report.path] = report
            while not args.json and waiting is not None and waiting in reports:
                _print_text(reports[waiting], anchors)
                waiting = next(order, None)
    ordered = [reports[p] for p in paths]
    if args.json:
        _print_json(ordered, anchors)
    return 0 if all(r.verdict is Verdict.VALID for r in ordered) else 1


def _anchor_names(trust: TrustStore) -> list[str]:
    from agreement_studio.pdf.report import describe_anchors

    return describe_anchors(trust)


def _print_json(reports: list[FileReport], anchors: list[str]) -> None:
    from agreement_studio.cli.common import print_json
    from agreement_studio.pdf.report import report_document

    print_json(report_document(reports, anchors))


def _print_header(anchors: list[str]) -> None:
    """The trust every file below is judged against (the same words as the PDF report)."""
    from agreement_studio.pdf.report import report_words

    words = report_words()
    line = words["trust"].format(names=", ".join(anchors)) if anchors else words["no_trust"]
    sys.stdout.write(f"{line}\n\n")


def _label(text: str) -> str:
    """``Changed after signing`` -> ``changed after signing``; ``PAdES level`` stays."""
    return text[:1].lower() + text[1:] if text[1:2].islower() else text


def _print_text(report: FileReport, anchors: Sequence[str] = ()) -> None:
    """One file: its verdict, why, what it was judged against, each signature and its facts.

    The lines are those of the window and the PDF report (``pdf.report``), in the reader's
    language (``LANGUAGE``, ``LC_ALL``, ``LC_MESSAGES``, ``LANG``); English in the C locale.
    """
    from agreement_studio.pdf.report import (
        file_facts,
        file_summary,
        report_words,
        signature_facts,
        verdict_word,
    )

    words = report_words()
    out = sys.stdout
    message = render(report.message)
    verdict = verdict_word(report.verdict, words).upper()
    out.write(f"{report.path}: {verdict}\n  {message}\n")
    summary = file_summary(report, words)
    if summary != message:
        out.write(f"  {summary}\n")
    for label, lines in file_facts(report, words, anchors=anchors):
        out.write(f"  {_label(label)}: {'; '.join(render(line) for line in lines)}\n")
    for signature in report.signatures:
        out.write(
            f"  {signature.index + 1}. {signature.field} "
            f"[{verdict_word(signature.verdict, words).lower()}] {render(signature.message)}\n"
        )
        for label, lines in signature_facts(signature, words):
            for line in lines:
                out.write(f"       {_label(label)}: {render(line)}\n")
    for problem in report.problems:
        note = render(_("note: {problem}", problem=problem))
        out.write(f"  {note}\n")
    out.write("\n")
    out.flush()


def _signed_version(args: argparse.Namespace) -> int:
    from agreement_studio.fileio import write_atomic
    from agreement_studio.verification.document import signed_revision

    if not Path(args.file).is_file():
        raise InputError(_("no such file: {path}", path=args.file))
    data = signed_revision(args.file, args.signature - 1)
    write_atomic(args.output, data)
    print(
        render(
            _(
                "{path}: the version signature {number} covers ({size} bytes)",
                path=args.output,
                number=args.signature,
                size=len(data),
            )
        )
    )
    return 0
