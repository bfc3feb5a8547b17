"""Command-line commands of the register layer: ``agreement-studio register …``.

The register is the one ``--register`` names (else ``$AGREEMENT_STUDIO_REGISTER``, else the
register location chosen in Preferences, else the user's own). Nothing here imports the
register before a command runs, so ``--help`` stays quick.

Every command exits with the codes of the README's table: 0 done; 1 a check failed, a file was
rejected, or the register refuses (a broken audit log, a damaged, missing or replaced register);
2 a usage or input error (a malformed URL, an unknown agreement) or a result that cannot be
written (a full disk, a read-only register); 75 the register is busy (another program is
writing; try again) — the same for ``add``, ``import`` and the rest.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path
from typing import Any

from agreement_studio.cli.common import print_json
from agreement_studio.errors import InputError
from agreement_studio.i18n import render, translatable

_ = translatable(__name__)

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


def add_commands(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add ``register`` and its subcommands."""
    parser = subparsers.add_parser(
        "register",
        help=render(_("keep agreements: add, import signed copies, list, remind, export")),
        description=render(
            _(
                "The register of agreements: their versions, signed PDFs and audit trail. "
                "Which register: agreement-studio --register PATH_OR_URL register …, else "
                "$AGREEMENT_STUDIO_REGISTER, else the register location chosen in the window's "
                "Preferences, else register.sqlite in your data folder."
            )
        ),
    )
    commands = parser.add_subparsers(dest="register_command", metavar="SUBCOMMAND")
    parser.set_defaults(handler=lambda _args: _help(parser))
    _add_recording(commands)
    _add_reading(commands)
    _add_exports(commands)
    _add_integrity(commands)
    from agreement_studio.cli.register_long_term import add_extend

    add_extend(commands, _open)


def _help(parser: argparse.ArgumentParser) -> int:
    parser.print_help()
    return 2


def _json_flag(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--json", action="store_true", help=render(_("print the result as JSON")))


def _id_argument(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "id", metavar="ID", help=render(_("the document ID, or a unique start of it"))
    )


def _trust_flag(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--trust-anchor",
        action="append",
        default=[],
        metavar="CERT",
        help=render(
            _(
                "a CA certificate (PEM or DER) whose signatures count as trusted "
                "(repeat for several); without it, the trust anchors chosen in the window's "
                "Preferences; those in the settings folder's trust-anchors/ always; a fingerprint "
                "pinned for a signatory always counts"
            )
        ),
    )


def _trust(args: argparse.Namespace) -> Any:
    from agreement_studio.preferences import configured_trust_anchors

    # --trust-anchor, else Preferences'; the settings folder's always (as the window imports)
    anchors = configured_trust_anchors(args.trust_anchor)
    if not anchors:
        return None
    from agreement_studio.verification import TrustStore

    return TrustStore.from_files(anchors=[str(a) for a in anchors])


def _add_recording(commands: Any) -> None:
    add = commands.add_parser(
        "add", help=render(_("add a draft (validated and prepared for signing)"))
    )
    add.add_argument(
        "draft", metavar="DRAFT.json", help=render(_("the draft file to add (.agreement.json)"))
    )
    add.add_argument(
        "--no-prepare",
        action="store_true",
        help=render(_("record it as a draft without rendering the PDF yet")),
    )
    _json_flag(add)
    add.set_defaults(handler=_add)

    version = commands.add_parser(
        "add-version", help=render(_("record an edited draft as a new version"))
    )
    _id_argument(version)
    version.add_argument(
        "draft", metavar="DRAFT.json", help=render(_("the edited draft file (.agreement.json)"))
    )
    _json_flag(version)
    version.set_defaults(handler=_add_version)

    renew = commands.add_parser(
        "renew", help=render(_("record a renewal: the same terms, moved on"))
    )
    _id_argument(renew)
    renew.add_argument("--draft", metavar="DRAFT.json", help=render(_("the renewal's own draft")))
    _json_flag(renew)
    renew.set_defaults(handler=_renew)

    imp = commands.add_parser(
        "import", help=render(_("import returned signed PDFs (files or folders)"))
    )
    imp.add_argument(
        "sources",
        nargs="+",
        metavar="FILE_OR_DIR",
        help=render(
            _(
                "signed PDF files, or folders to search for *.pdf (subfolders too); each file "
                "is imported on its own"
            )
        ),
    )
    _trust_flag(imp)
    _json_flag(imp)
    imp.set_defaults(handler=_import)

    term = commands.add_parser(
        "terminate", help=render(_("record that an agreement was terminated"))
    )
    _id_argument(term)
    term.add_argument(
        "--date",
        required=True,
        metavar="YYYY-MM-DD",
        help=render(_("the day the agreement was terminated (required), e.g. 2027-12-31")),
    )
    term.add_argument(
        "--reason",
        required=True,
        metavar="TEXT",
        help=render(_("why it was terminated (required; kept in the register and its audit log)")),
    )
    _json_flag(term)
    term.set_defaults(handler=_terminate)


def _add_reading(commands: Any) -> None:
    lst = commands.add_parser("list", help=render(_("list agreements (search, filter, sort)")))
    lst.add_argument(
        "--status",
        action="append",
        choices=_STATUSES,
        help=render(_("only this status (repeat for several)")),
    )
    lst.add_argument(
        "--search",
        metavar="TEXT",
        default="",
        help=render(_("words in the title, network, party names or Business IDs")),
    )
    lst.add_argument(
        "--before",
        metavar="YYYY-MM-DD",
        help=render(_("only those whose next deadline (notice, end, review) is before it")),
    )
    lst.add_argument(
        "--sort",
        choices=_SORTS,
        default="updated",
        help=render(
            _(
                "what to sort by (default: %(default)s, the last changed first); parties: the "
                "number of parties; start, end: the term's dates; next_deadline: the next "
                "notice deadline, end or review date ahead"
            )
        ),
    )
    lst.add_argument(
        "--ascending",
        action="store_true",
        help=render(
            _(
                "sort in ascending order: A to Z, the earliest or the fewest first "
                "(default: descending)"
            )
        ),
    )
    lst.add_argument(
        "--limit",
        type=int,
        default=50,
        metavar="N",
        help=render(_("list at most N agreements, 1 or more (default: %(default)s)")),
    )
    lst.add_argument(
        "--offset",
        type=int,
        default=0,
        metavar="N",
        help=render(_("skip the first N, for the next page (default: %(default)s)")),
    )
    _json_flag(lst)
    lst.set_defaults(handler=_list)

    show = commands.add_parser("show", help=render(_("everything about one agreement")))
    _id_argument(show)
    _json_flag(show)
    show.set_defaults(handler=_show)

    pdf = commands.add_parser("pdf", help=render(_("write the PDF to send to the next signatory")))
    _id_argument(pdf)
    pdf.add_argument(
        "-o",
        "--output",
        required=True,
        metavar="OUT.pdf",
        help=render(_("the PDF file to write (required; an existing file is replaced)")),
    )
    _json_flag(pdf)
    pdf.set_defaults(handler=_pdf)

    rem = commands.add_parser(
        "reminders", help=render(_("end dates, notice deadlines, reviews ahead"))
    )
    rem.add_argument(
        "--within",
        type=int,
        default=90,
        metavar="DAYS",
        help=render(_("how many days ahead to look, from today (default: %(default)s)")),
    )
    rem.add_argument(
        "--ics", metavar="OUT.ics", help=render(_("also write them as an iCalendar file"))
    )
    _json_flag(rem)
    rem.set_defaults(handler=_reminders)


def _add_exports(commands: Any) -> None:
    exp = commands.add_parser("export", help=render(_("export the register as CSV")))
    exp.add_argument(
        "--csv",
        required=True,
        metavar="OUT.csv",
        help=render(
            _(
                "the CSV file to write, one row per agreement (required; an existing file is "
                "replaced)"
            )
        ),
    )
    _json_flag(exp)
    exp.set_defaults(handler=_export)

    arc = commands.add_parser(
        "archive", help=render(_("write one agreement's archive package (ZIP)"))
    )
    _id_argument(arc)
    arc.add_argument(
        "-o",
        "--output",
        required=True,
        metavar="OUT.zip",
        help=render(_("the ZIP file to write (required; an existing file is replaced)")),
    )
    _trust_flag(arc)
    _json_flag(arc)
    arc.set_defaults(handler=_archive)

    arc.add_argument(
        "--sign-with",
        metavar="IDENTITY.p12",
        help=render(_("sign the archive's manifest (detached CMS) with this identity file")),
    )
    arc.add_argument(
        "--password-file", metavar="FILE", help=render(_("the identity's password (else a prompt)"))
    )


def _add_integrity(commands: Any) -> None:
    ver = commands.add_parser(
        "verify",
        help=render(
            _(
                "check the storage, the audit chain against the tables and the witness, and "
                "every stored PDF and draft"
            )
        ),
    )
    ver.add_argument(
        "--head",
        metavar="HASH",
        help=render(
            _("a head kept elsewhere (from `register head`): the audit log must still hold it")
        ),
    )
    _json_flag(ver)
    ver.set_defaults(handler=_verify)

    head = commands.add_parser(
        "head",
        help=render(_("print the register's ID, event count and head hash (keep it elsewhere)")),
    )
    _json_flag(head)
    head.set_defaults(handler=_head)

    init = commands.add_parser(
        "init",
        help=render(_("create the register; --force starts a new one where a lost one was")),
        description=render(
            _(
                "Create a register. Where a witness says a register existed that is now "
                "missing, empty or another one, opening refuses; --force starts a new register "
                "there (the old witness is kept aside, renamed)."
            )
        ),
    )
    init.add_argument("--force", action="store_true", help=render(_("replace a missing register")))
    _json_flag(init)
    init.set_defaults(handler=_init)


BUSY_TIMEOUT_ENV = "AGREEMENT_STUDIO_BUSY_TIMEOUT"


def _open(args: argparse.Namespace, **options: Any) -> Any:
    import os

    from agreement_studio.register import open_register

    # SQLite's quick check reads the whole file (seconds for a large register): it runs before
    # a command's first write, which a damaged file refuses; a command that only reads does not
    # wait for it, and a damaged page it reads is named as damage (register verify checks all).
    options.setdefault("check_storage", "before-write")
    # How long a write waits for another program's lock (seconds) before exiting 75, busy.
    wait = os.environ.get(BUSY_TIMEOUT_ENV)
    if wait:
        try:
            options.setdefault("busy_timeout", float(wait))
        except ValueError:
            raise InputError(
                _(
                    "{variable} must be a number of seconds, not {value}",
                    variable=BUSY_TIMEOUT_ENV,
                    value=repr(wait),
                )
            ) from None
    from agreement_studio.preferences import register_location

    # --register, else $AGREEMENT_STUDIO_REGISTER, else Preferences', else the default
    return open_register(register_location(args.register), **options)


def _date(text: str, what: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise InputError(
            _("{option} must be a date like 2027-12-31, not {value}", option=what, value=repr(text))
        ) from None


def _add(args: argparse.Namespace) -> int:
    from agreement_studio.agreement import load_draft
    from agreement_studio.agreement.preparation import explicit_moment
    from agreement_studio.cli.drafting import record_prepared

    agreement = load_draft(args.draft)
    unfinished = agreement.prepared is None
    with _open(args) as register:
        document_id = register.add_draft(agreement, prepare=not args.no_prepare)
    if unfinished and agreement.prepared is not None and not explicit_moment():
        # the moment the PDF was prepared goes into the draft file, as ``render`` does: the
        # same file rendered or added again gives the same bytes
        record_prepared(args.draft, agreement.prepared)
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
        print(render(_("{document_id}: version {number}", document_id=document_id, number=number)))
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
        print(
            render(
                _(
                    "{document_id}: terminated on {day}",
                    document_id=document_id,
                    day=on.isoformat(),
                )
            )
        )
    return 0


def _import(args: argparse.Namespace) -> int:
    from agreement_studio.register import to_jsonable

    with _open(args) as register:
        outcomes = register.import_files(args.sources, trust=_trust(args))
    if not outcomes:
        raise InputError(_("no PDF files found in {sources}", sources=", ".join(args.sources)))
    if args.json:
        print_json(to_jsonable(outcomes))
    else:
        from agreement_studio.register.text import format_outcomes

        print(format_outcomes(outcomes))
    return _import_status(outcomes)


def _import_status(outcomes: list[Any]) -> int:
    """The exit status of an import: the table's code of the worst outcome."""
    codes = {o.exit_code for o in outcomes if o.error}
    if not codes:
        return 0
    if 75 in codes:  # busy: the same status as every other command that finds it busy
        return 75
    if codes == {2} and all(o.error for o in outcomes):
        return 2
    return 1


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
        trust = _signing_trust(register, [row.document_id for row in page.rows])
    if args.json:
        listed = to_jsonable(page)
        for row in listed["rows"]:
            row["untrusted_signatures"] = _untrusted(trust, row["document_id"])
        print_json(listed)
    else:
        from agreement_studio.register.text import format_page

        print(format_page(page, trust))
    return 0


def _signing_trust(register: Any, document_ids: list[str]) -> Any:
    """How many of each agreement's counted signatures were not trusted at import: the same
    figures the window's list shows (a list must not look better than the verdicts)."""
    from agreement_studio.register.signing_trust import signing_trust

    return signing_trust(register, document_ids)


def _untrusted(trust: Any, document_id: str) -> int:
    found = trust.get(document_id)
    return int(found.untrusted) if found is not None else 0


def _show(args: argparse.Namespace) -> int:
    from agreement_studio.register import to_jsonable

    with _open(args) as register:
        details = register.details(args.id)
        trust = _signing_trust(register, [details.row.document_id])
    if args.json:
        shown = to_jsonable(details)
        shown["row"]["untrusted_signatures"] = _untrusted(trust, details.row.document_id)
        print_json(shown)
    else:
        from agreement_studio.register.text import format_details

        print(format_details(details, trust))
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
        print(
            render(
                _(
                    "{file}: the current PDF of {document_id}",
                    file=args.output,
                    document_id=document_id,
                )
            ),
            file=sys.stderr,
        )
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
        kinds = {"end": _("end"), "notice": _("notice"), "review": _("review")}
        for r in found:
            days = render(_.plural("in {count} day", "in {count} days", r.days_left))
            kind = render(kinds.get(r.kind, r.kind))
            print(f"{r.date.isoformat()}  {days:<18}  {kind:<14}  {r.document_id[:8]}  {r.title}")
        if not found:
            print(
                render(
                    _.plural(
                        "nothing in the next day", "nothing in the next {count} days", args.within
                    )
                )
            )
    return 0


def _export(args: argparse.Namespace) -> int:
    with _open(args) as register:
        rows = register.export_csv(args.csv)
    if args.json:
        print_json({"output": args.csv, "agreements": rows})
    else:
        print(
            render(
                _.plural(
                    "{file}: {count} agreement", "{file}: {count} agreements", rows, file=args.csv
                )
            ),
            file=sys.stderr,
        )
    return 0


def _archive(args: argparse.Namespace) -> int:
    identity = None
    if args.sign_with:
        from agreement_studio.cli.common import read_secret
        from agreement_studio.signing import load_pkcs12

        password = read_secret(
            password_file=args.password_file,
            env_var="AGREEMENT_STUDIO_PASSWORD",
            prompt=render(_("Password of {identity}: ", identity=args.sign_with)),
        )
        identity = load_pkcs12(args.sign_with, password)
    with _open(args) as register:
        from agreement_studio.register.archive import write_archive

        path = write_archive(
            register,
            register.resolve(args.id),
            Path(args.output),
            trust=_trust(args),
            sign_with=identity,
            certificates=_anchor_ders(args),
        )
    if args.json:
        print_json({"output": str(path)})
    else:
        print(render(_("{file}: archive package written", file=path)), file=sys.stderr)
    return 0


def _anchor_ders(args: argparse.Namespace) -> list[bytes]:
    from agreement_studio.cli.archive import read_certificates

    return read_certificates(args.trust_anchor)


def _verify(args: argparse.Namespace) -> int:
    from agreement_studio.register import to_jsonable

    # The full storage check is part of the result, so a damaged file is reported, not refused.
    with _open(args, check_storage=False) as register:
        result = register.verify(head=args.head)
    if args.json:
        print_json({"ok": result.ok, **to_jsonable(result)})
    else:
        for problem in result.problems:
            print(render(_("FAILED: {problem}", problem=problem)))
        for note in result.notes:
            print(render(_("note: {note}", note=note)))
        verdict = (
            _("passed")
            if result.ok
            else _.plural(
                "FAILED ({count} problem)", "FAILED ({count} problems)", len(result.problems)
            )
        )
        print(
            render(
                _(
                    "register check {verdict}: {events} audit events, {files} stored files",
                    verdict=verdict,
                    events=result.events_checked,
                    files=result.files_checked,
                )
            )
        )
        if result.head:
            print(render(_("head: {events}:{head}", events=result.head_events, head=result.head)))
    return 0 if result.ok else 1


def _head(args: argparse.Namespace) -> int:
    with _open(args) as register:
        events, head = register.head()
        register_id = register.register_id
    if args.json:
        print_json({"register_id": register_id, "events": events, "head": head})
    else:
        print(f"{events}:{head}")
        print(
            render(
                _(
                    "register {register_id}: {events} events; keep this line to check it later "
                    "with `register verify --head`",
                    register_id=register_id,
                    events=events,
                )
            ),
            file=sys.stderr,
        )
    return 0


def _init(args: argparse.Namespace) -> int:
    with _open(args, replace_missing=args.force) as register:
        events = register.head()[0]
        register_id, where = register.register_id, register.location.display
    if args.json:
        print_json({"register_id": register_id, "location": where, "events": events})
    else:
        print(
            render(
                _(
                    "{location}: register {register_id} ({events} events)",
                    location=where,
                    register_id=register_id,
                    events=events,
                )
            )
        )
    return 0
