"""Command-line commands of the register layer: ``agreement-studio register …``.

The register is the one ``--register`` names (else ``$AGREEMENT_STUDIO_REGISTER``, else the
user's own). Nothing here imports the register before a command runs, so ``--help`` stays quick.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from typing import Any

from agreement_studio.cli.common import print_json
from agreement_studio.errors import InputError

_STATUSES = (
    "draft",
    "ready-for-signing",
    "partially-signed",
    "signed",
    "expired",
    "terminated",
    "superseded",
)
_SORTS = (
    "title",
    "network",
    "status",
    "parties",
    "start",
    "end",
    "next_deadline",
    "updated",
    "created",
)


def add_commands(subparsers: argparse._SubParsersAction) -> None:
    """Add ``register`` and its subcommands."""
    parser = subparsers.add_parser(
        "register",
        help="keep agreements: add, import signed copies, list, remind, export",
        description="The register of agreements: their versions, signed PDFs and audit trail.",
    )
    commands = parser.add_subparsers(dest="register_command", metavar="SUBCOMMAND")
    parser.set_defaults(handler=lambda _args: _help(parser))
    _add_recording(commands)
    _add_reading(commands)
    _add_exports(commands)


def _help(parser: argparse.ArgumentParser) -> int:
    parser.print_help()
    return 2


def _json_flag(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--json", action="store_true", help="print the result as JSON")


def _trust_flag(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--trust-anchor",
        action="append",
        default=[],
        metavar="CERT",
        help="a CA certificate (PEM or DER) whose signatures count as trusted "
        "(repeat for several); a fingerprint pinned for a signatory always does",
    )


def _trust(args: argparse.Namespace) -> Any:
    if not args.trust_anchor:
        return None
    from agreement_studio.verification import TrustStore

    return TrustStore.from_files(anchors=args.trust_anchor)


def _add_recording(commands: Any) -> None:
    add = commands.add_parser("add", help="add a draft (validated and prepared for signing)")
    add.add_argument("draft", metavar="DRAFT.json")
    add.add_argument(
        "--no-prepare",
        action="store_true",
        help="record it as a draft without rendering the PDF yet",
    )
    _json_flag(add)
    add.set_defaults(handler=_add)

    version = commands.add_parser("add-version", help="record an edited draft as a new version")
    version.add_argument("id", metavar="ID")
    version.add_argument("draft", metavar="DRAFT.json")
    _json_flag(version)
    version.set_defaults(handler=_add_version)

    renew = commands.add_parser("renew", help="record a renewal: the same terms, moved on")
    renew.add_argument("id", metavar="ID")
    renew.add_argument("--draft", metavar="DRAFT.json", help="the renewal's own draft")
    _json_flag(renew)
    renew.set_defaults(handler=_renew)

    imp = commands.add_parser("import", help="import returned signed PDFs (files or folders)")
    imp.add_argument("sources", nargs="+", metavar="FILE_OR_DIR")
    _trust_flag(imp)
    _json_flag(imp)
    imp.set_defaults(handler=_import)

    term = commands.add_parser("terminate", help="record that an agreement was terminated")
    term.add_argument("id", metavar="ID")
    term.add_argument("--date", required=True, metavar="YYYY-MM-DD")
    term.add_argument("--reason", required=True)
    _json_flag(term)
    term.set_defaults(handler=_terminate)


def _add_reading(commands: Any) -> None:
    lst = commands.add_parser("list", help="list agreements (search, filter, sort)")
    lst.add_argument(
        "--status", action="append", choices=_STATUSES, help="only this status (repeat for several)"
    )
    lst.add_argument(
        "--search",
        metavar="TEXT",
        default="",
        help="words in the title, network, party names or Business IDs",
    )
    lst.add_argument(
        "--before",
        metavar="YYYY-MM-DD",
        help="only those whose next deadline (notice, end, review) is before it",
    )
    lst.add_argument("--sort", choices=_SORTS, default="updated")
    lst.add_argument("--ascending", action="store_true")
    lst.add_argument("--limit", type=int, default=50)
    lst.add_argument("--offset", type=int, default=0)
    _json_flag(lst)
    lst.set_defaults(handler=_list)

    show = commands.add_parser("show", help="everything about one agreement")
    show.add_argument("id", metavar="ID", help="the document ID, or a unique start of it")
    _json_flag(show)
    show.set_defaults(handler=_show)

    pdf = commands.add_parser("pdf", help="write the PDF to send to the next signatory")
    pdf.add_argument("id", metavar="ID")
    pdf.add_argument("-o", "--output", required=True, metavar="OUT.pdf")
    _json_flag(pdf)
    pdf.set_defaults(handler=_pdf)

    rem = commands.add_parser("reminders", help="end dates, notice deadlines, reviews ahead")
    rem.add_argument("--within", type=int, default=90, metavar="DAYS")
    rem.add_argument("--ics", metavar="OUT.ics", help="also write them as an iCalendar file")
    _json_flag(rem)
    rem.set_defaults(handler=_reminders)


def _add_exports(commands: Any) -> None:
    exp = commands.add_parser("export", help="export the register as CSV")
    exp.add_argument("--csv", required=True, metavar="OUT.csv")
    _json_flag(exp)
    exp.set_defaults(handler=_export)

    arc = commands.add_parser("archive", help="write one agreement's archive package (ZIP)")
    arc.add_argument("id", metavar="ID")
    arc.add_argument("-o", "--output", required=True, metavar="OUT.zip")
    _trust_flag(arc)
    _json_flag(arc)
    arc.set_defaults(handler=_archive)

    ver = commands.add_parser("verify", help="check the audit chain and every stored file")
    _json_flag(ver)
    ver.set_defaults(handler=_verify)


def _open(args: argparse.Namespace) -> Any:
    from agreement_studio.register import open_register

    return open_register(args.register)


def _date(text: str, what: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise InputError(f"{what} must be a date like 2027-12-31, not {text!r}") from None


def _add(args: argparse.Namespace) -> int:
    from agreement_studio.agreement import load_draft

    agreement = load_draft(args.draft)
    with _open(args) as register:
        document_id = register.add_draft(agreement, prepare=not args.no_prepare)
    if args.json:
        print_json({"document_id": document_id})
    else:
        print(document_id)
    return 0


def _add_version(args: argparse.Namespace) -> int:
    from agreement_studio.agreement import load_draft

    agreement = load_draft(args.draft)
    with _open(args) as register:
        document_id = register.resolve(args.id)
        number = register.add_version(document_id, agreement)
    if args.json:
        print_json({"document_id": document_id, "version": number})
    else:
        print(f"{document_id}: version {number}")
    return 0


def _renew(args: argparse.Namespace) -> int:
    from agreement_studio.agreement import load_draft

    draft = load_draft(args.draft) if args.draft else None
    with _open(args) as register:
        new_id = register.renew(args.id, draft)
    if args.json:
        print_json({"document_id": new_id})
    else:
        print(new_id)
    return 0


def _terminate(args: argparse.Namespace) -> int:
    on = _date(args.date, "--date")
    with _open(args) as register:
        document_id = register.resolve(args.id)
        register.terminate(document_id, on=on, reason=args.reason)
    if args.json:
        print_json(
            {"document_id": document_id, "terminated_on": on.isoformat(), "reason": args.reason}
        )
    else:
        print(f"{document_id}: terminated on {on.isoformat()}")
    return 0


def _import(args: argparse.Namespace) -> int:
    from agreement_studio.register import to_jsonable

    with _open(args) as register:
        outcomes = register.import_files(args.sources, trust=_trust(args))
    if not outcomes:
        raise InputError("no PDF files found in " + ", ".join(args.sources))
    if args.json:
        print_json(to_jsonable(outcomes))
    else:
        from agreement_studio.register.text import format_outcomes

        print(format_outcomes(outcomes))
    if any(o.error and not o.rejected for o in outcomes):
        return 2 if all(o.error for o in outcomes) else 1
    return 1 if any(o.rejected for o in outcomes) else 0


def _list(args: argparse.Namespace) -> int:
    from agreement_studio.register import Query, Status, to_jsonable

    query = Query(
        text=args.search,
        statuses=tuple(Status(s) for s in args.status or ()),
        deadline_before=_date(args.before, "--before") if args.before else None,
        sort=args.sort,
        descending=not args.ascending,
        limit=args.limit,
        offset=args.offset,
    )
    with _open(args) as register:
        page = register.list(query)
    if args.json:
        print_json(to_jsonable(page))
    else:
        from agreement_studio.register.text import format_page

        print(format_page(page))
    return 0


def _show(args: argparse.Namespace) -> int:
    from agreement_studio.register import to_jsonable

    with _open(args) as register:
        details = register.details(args.id)
    if args.json:
        print_json(to_jsonable(details))
    else:
        from agreement_studio.register.text import format_details

        print(format_details(details))
    return 0


def _pdf(args: argparse.Namespace) -> int:
    from agreement_studio.fileio import write_atomic

    with _open(args) as register:
        document_id = register.resolve(args.id)
        data = register.current_pdf(document_id)
    write_atomic(args.output, data)
    if args.json:
        import hashlib

        print_json(
            {
                "document_id": document_id,
                "output": args.output,
                "sha256": hashlib.sha256(data).hexdigest(),
                "size": len(data),
            }
        )
    else:
        print(f"{args.output}: the current PDF of {document_id}", file=sys.stderr)
    return 0


def _reminders(args: argparse.Namespace) -> int:
    from agreement_studio.register import to_icalendar, to_jsonable

    with _open(args) as register:
        found = register.reminders(args.within)
    if args.ics:
        from agreement_studio.fileio import write_text_atomic

        write_text_atomic(args.ics, to_icalendar(found))
    if args.json:
        print_json(to_jsonable(found))
    else:
        for r in found:
            print(
                f"{r.date.isoformat()}  in {r.days_left:>3} days  {r.kind:<6}  "
                f"{r.document_id[:8]}  {r.title}"
            )
        if not found:
            print(f"nothing in the next {args.within} days")
    return 0


def _export(args: argparse.Namespace) -> int:
    with _open(args) as register:
        rows = register.export_csv(args.csv)
    if args.json:
        print_json({"output": args.csv, "agreements": rows})
    else:
        print(f"{args.csv}: {rows} agreements", file=sys.stderr)
    return 0


def _archive(args: argparse.Namespace) -> int:
    with _open(args) as register:
        path = register.archive(args.id, args.output, trust=_trust(args))
    if args.json:
        print_json({"output": str(path)})
    else:
        print(f"{path}: archive package written", file=sys.stderr)
    return 0


def _verify(args: argparse.Namespace) -> int:
    from agreement_studio.register import to_jsonable

    with _open(args) as register:
        result = register.verify()
    if args.json:
        print_json({"ok": result.ok, **to_jsonable(result)})
    else:
        for problem in result.problems:
            print(f"FAILED: {problem}")
        for note in result.notes:
            print(f"note: {note}")
        verdict = "passed" if result.ok else f"FAILED ({len(result.problems)} problems)"
        print(
            f"register check {verdict}: {result.events_checked} audit events, "
            f"{result.files_checked} stored files"
        )
    return 0 if result.ok else 1
