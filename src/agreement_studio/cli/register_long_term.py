"""``agreement-studio register extend``: long-term validation data for a registered agreement.

Kept apart from :mod:`.register` (its commands record and read); this one also asks a timestamp
server. See :mod:`agreement_studio.register.long_term`.
"""

from __future__ import annotations

import argparse
import sys
from typing import Any

from agreement_studio.cli.common import print_json
from agreement_studio.i18n import render, translatable

_ = translatable(__name__)

__all__ = ["add_extend"]


def add_extend(commands: Any, open_register: Any) -> None:
    """Add ``register extend``; ``open_register(args)`` opens the register the flags name."""
    from agreement_studio.signing.vocabulary import LEVELS_HELP

    extend = commands.add_parser(
        "extend",
        help=render(
            _("add long-term validation data to a signed agreement (B-LT, B-LTA), or renew B-LTA")
        ),
        description=render(
            _(
                "Add long-term validation data to the agreement's current PDF once the "
                "last signature is in, and record it as a new revision with its audit event; "
                "run it again to renew a B-LTA document timestamp."
            )
        )
        + " "
        + render(LEVELS_HELP),
    )
    extend.add_argument(
        "document_id", metavar="ID", help=render(_("the agreement (a unique prefix will do)"))
    )
    extend.add_argument(
        "--level",
        choices=["B-LT", "B-LTA"],
        default="B-LTA",
        help=render(_("the PAdES level to reach (default: %(default)s); B-LTA needs --tsa")),
    )
    extend.add_argument(
        "--tsa", metavar="URL", help=render(_("an RFC 3161 timestamp server (needed for B-LTA)"))
    )
    extend.add_argument(
        "--trust-anchor",
        action="append",
        default=[],
        metavar="CERT",
        help=render(
            _(
                "a root certificate (PEM or DER) the signers' and the timestamp server's chains "
                "are built to, and whose signatures count as trusted; may be repeated"
            )
        ),
    )
    extend.add_argument(
        "--crl",
        action="append",
        default=[],
        metavar="FILE",
        help=render(
            _("a CRL to store with the signatures, e.g. the network's current one; may be repeated")
        ),
    )
    extend.add_argument("--json", action="store_true", help=render(_("print the result as JSON")))
    extend.set_defaults(handler=lambda args: _extend(args, open_register))


def _extend(args: argparse.Namespace, open_register: Any) -> int:
    from agreement_studio.register.long_term import extend_agreement
    from agreement_studio.signing import read_crl
    from agreement_studio.verification import TrustStore

    trust = TrustStore.from_files(anchors=args.trust_anchor) if args.trust_anchor else None
    crls = [read_crl(path) for path in args.crl]
    with open_register(args) as register:
        outcome = extend_agreement(
            register, args.document_id, level=args.level, tsa_url=args.tsa, trust=trust, crls=crls
        )
    for warning in outcome.warnings:
        print(render(_("agreement-studio: warning: {warning}", warning=warning)), file=sys.stderr)
    extended, result = outcome.extended, outcome.result
    if args.json:
        print_json(
            {
                "document_id": result.document_id,
                "level": extended.level.value,
                "recorded": result.changed,
                "timestamp_field": extended.timestamp_field,
                "renew_before": (
                    extended.renew_before.isoformat() if extended.renew_before else None
                ),
                "certificates": extended.certificates,
                "crls": extended.crls,
                "sha256": result.current_sha256,
                "warnings": outcome.warnings,
            }
        )
        return 0
    if extended.timestamp_field:
        added = _(
            "Added {level} validation data to {title} ({certificates} certificates, {crls} CRLs, "
            "document timestamp {field}); recorded as a new revision",
            level=extended.level.value,
            title=result.title,
            certificates=extended.certificates,
            crls=extended.crls,
            field=extended.timestamp_field,
        )
    else:
        added = _(
            "Added {level} validation data to {title} ({certificates} certificates, {crls} CRLs); "
            "recorded as a new revision",
            level=extended.level.value,
            title=result.title,
            certificates=extended.certificates,
            crls=extended.crls,
        )
    print(render(added))
    if extended.renew_before is not None:
        print(
            render(
                _(
                    "Renew it (register extend again) before {day}",
                    day=f"{extended.renew_before:%Y-%m-%d}",
                )
            )
        )
    return 0
