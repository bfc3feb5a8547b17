"""``agreement-studio archive verify ARCHIVE``: check an archive package offline.

No register is opened: the package's manifest, its signature, the audit events and their links
to the head, and every PDF and draft are checked against each other. Exit status 0 when all
match, 1 when something does not (the first mismatch is named first), 2 for a usage error.
"""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any

from agreement_studio.cli.common import print_json
from agreement_studio.errors import InputError
from agreement_studio.i18n import render, translatable

_ = translatable(__name__)

if TYPE_CHECKING:
    from agreement_studio.cli.common import Subcommands


def add_commands(subparsers: Subcommands) -> None:
    """Add ``archive`` and its subcommand ``verify``."""
    parser = subparsers.add_parser(
        "archive",
        help=render(_("check an agreement's archive package offline")),
        description=render(_("Archive packages written by `register archive`.")),
    )
    commands = parser.add_subparsers(dest="archive_command", metavar="SUBCOMMAND")
    parser.set_defaults(handler=lambda _args: _usage(parser))
    verify = commands.add_parser(
        "verify", help=render(_("check an archive's manifest, signature, audit events and files"))
    )
    verify.add_argument(
        "archive",
        metavar="ARCHIVE.zip",
        help=render(_("the archive package to check (a ZIP file from `register archive`)")),
    )
    verify.add_argument(
        "--trust-anchor",
        action="append",
        default=[],
        metavar="CERT",
        help=render(_("a CA certificate (PEM or DER) that must have issued the manifest's signer")),
    )
    verify.add_argument(
        "--head",
        metavar="EVENTS:HASH",
        help=render(
            _("a head kept elsewhere (from `register head`) that the archive's chain must hold")
        ),
    )
    verify.add_argument("--json", action="store_true", help=render(_("print the result as JSON")))
    verify.set_defaults(handler=_verify)


def read_certificates(paths: list[str]) -> list[bytes]:
    """The certificates in these files (PEM or DER), as DER."""
    from cryptography import x509
    from cryptography.hazmat.primitives.serialization import Encoding

    found: list[bytes] = []
    for path in paths:
        try:
            with open(path, "rb") as handle:
                data = handle.read()
        except OSError as error:
            raise InputError(
                _(
                    "cannot read the certificate {path}: {reason}",
                    path=path,
                    reason=error.strerror,
                )
            ) from None
        try:
            if b"-----BEGIN" in data:
                pem = x509.load_pem_x509_certificates(data)
                found.extend(c.public_bytes(Encoding.DER) for c in pem)
            else:
                found.append(x509.load_der_x509_certificate(data).public_bytes(Encoding.DER))
        except ValueError:
            raise InputError(_("{path} is not a certificate (PEM or DER)", path=path)) from None
    return found


def _verify(args: argparse.Namespace) -> int:
    from agreement_studio.register.archive_check import verify_archive

    result = verify_archive(
        args.archive, anchors=read_certificates(args.trust_anchor) or None, head=args.head
    )
    if args.json:
        print_json(_as_dict(result))
    else:
        if result.problems:
            print(render(_("FAILED: {problem}", problem=result.problems[0])))
            for problem in result.problems[1:]:
                print(render(_("also: {problem}", problem=problem)))
        for note in result.notes:
            print(render(_("note: {note}", note=note)))
        if result.signed_by and result.signer_checked:
            signed = _(
                "manifest signed by {signer}, checked against the trust anchors",
                signer=result.signed_by,
            )
        elif result.signed_by and not read_certificates(args.trust_anchor):
            signed = _(
                "signed by {signer}, not checked: give --trust-anchor",
                signer=result.signed_by,
            )
        elif result.signed_by:
            signed = _(
                "signed by {signer}, whom the trust anchors did not issue",
                signer=result.signed_by,
            )
        else:
            signed = _("unsigned")
        summary = _(
            "archive check {verdict}: agreement {document_id}, {entries} entries, "
            "head {events}:{head}; {signed}",
            verdict=_("passed") if result.ok else _("FAILED"),
            document_id=result.document_id,
            entries=result.entries,
            events=result.events,
            head=result.head,
            signed=signed,
        )
        print(render(summary))
    return 0 if result.ok else 1


def _as_dict(result: Any) -> dict[str, Any]:
    return {
        "ok": result.ok,
        "first_mismatch": result.problems[0] if result.problems else None,
        "problems": result.problems,
        "notes": result.notes,
        "document_id": result.document_id,
        "events": result.events,
        "head": result.head,
        "signed_by": result.signed_by,
        "signer_checked": result.signer_checked,
        "entries": result.entries,
    }


def _usage(parser: argparse.ArgumentParser) -> int:
    """Print ``parser``'s help: a command given without its action is a usage error (2)."""
    parser.print_help()
    return 2
