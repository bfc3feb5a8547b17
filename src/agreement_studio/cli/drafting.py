"""Commands for drafts and templates: templates, example, check, render, schema."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from agreement_studio.cli.common import print_json
from agreement_studio.i18n import current_language, render, translatable

_ = translatable(__name__)

if TYPE_CHECKING:
    import datetime as dt

    from agreement_studio.cli.common import Subcommands
    from agreement_studio.drafting import Template

LANGUAGES = ("fi", "sv", "en")


def add_commands(subparsers: Subcommands) -> None:
    """Add the drafting subcommands."""
    p = subparsers.add_parser("templates", help=render(_("list the agreement templates")))
    p.add_argument("--json", action="store_true", help=render(_("print JSON")))
    p.set_defaults(handler=_templates)

    p = subparsers.add_parser("example", help=render(_("write a complete, valid example draft")))
    p.add_argument(
        "--template",
        default="network-continuation",
        metavar="ID",
        help=render(_("the template to follow (see `templates`; default: %(default)s)")),
    )
    p.add_argument(
        "--lang",
        choices=LANGUAGES,
        default="fi",
        help=render(_("the agreement's language (default: %(default)s)")),
    )
    p.add_argument(
        "--parties",
        type=int,
        default=4,
        metavar="N",
        help=render(_("how many parties the example has (default: %(default)s)")),
    )
    p.add_argument(
        "-o",
        "--output",
        required=True,
        metavar="FILE",
        help=render(_("the draft file to write (.agreement.json)")),
    )
    p.set_defaults(handler=_example)

    p = subparsers.add_parser("check", help=render(_("validate a draft; one line per problem")))
    p.add_argument(
        "file", metavar="FILE", help=render(_("the draft file to check (.agreement.json)"))
    )
    p.add_argument("--json", action="store_true", help=render(_("print the problems as JSON")))
    p.set_defaults(handler=_check)

    p = subparsers.add_parser("render", help=render(_("compose and render a draft to PDF")))
    p.add_argument(
        "file", metavar="FILE", help=render(_("the draft file to render (.agreement.json)"))
    )
    p.add_argument(
        "-o",
        "--output",
        required=True,
        metavar="OUT.pdf",
        help=render(_("the PDF file to write (required; an existing file is replaced)")),
    )
    p.add_argument(
        "--template", metavar="ID", help=render(_("use this template instead of the draft's"))
    )
    p.add_argument("--lang", choices=LANGUAGES, help=render(_("render in this language")))
    p.add_argument(
        "--pdfa",
        action=argparse.BooleanOptionalAction,
        default=True,
        help=render(
            _("identify the file as PDF/A-2 (the default; --no-pdfa leaves the claim out)")
        ),
    )
    p.add_argument(
        "--created",
        metavar="WHEN",
        help=render(
            _(
                "the creation moment the PDF claims (ISO 8601, e.g. 2026-12-05T14:30+02:00); "
                "default: SOURCE_DATE_EPOCH if set, else the moment recorded in the draft, "
                "else now, which is then recorded in the draft (so the next render gives identical "
                "bytes)"
            )
        ),
    )
    p.set_defaults(handler=_render)

    p = subparsers.add_parser("schema", help=render(_("print the JSON Schema of a draft file")))
    p.set_defaults(handler=_schema)


def _templates(args: argparse.Namespace) -> int:
    from agreement_studio.drafting import load_catalogue

    catalogue = load_catalogue()
    if args.json:
        print_json(
            {
                "templates": [
                    {
                        "id": t.id,
                        "version": t.version,
                        "languages": list(t.languages),
                        "titles": dict(t.titles),
                        "built_in": t.built_in,
                        "folder": str(t.folder),
                    }
                    for t in catalogue.templates
                ],
                "problems": [str(problem) for problem in catalogue.problems],
            }
        )
    else:
        for t in catalogue.templates:
            title = (
                t.titles.get(current_language())
                or t.titles.get("en")
                or next(iter(t.titles.values()), "")
            )
            print(f"{t.id}\t{t.version}\t{','.join(t.languages)}\t{title}")
    for problem in catalogue.problems:
        print(
            render(_("agreement-studio: template skipped: {problem}", problem=problem.message)),
            file=sys.stderr,
        )
    return 0


def _template_for(template_id: str, language: str) -> Template:
    from agreement_studio.drafting import get_template
    from agreement_studio.errors import InputError

    template = get_template(template_id)
    if language not in template.languages:
        raise InputError(
            _(
                "the template {template} has no {language} text; it has {languages}",
                template=template_id,
                language=language,
                languages=", ".join(template.languages),
            )
        )
    return template


def _example(args: argparse.Namespace) -> int:
    from agreement_studio.agreement import MAX_PARTIES, example_agreement, save_draft
    from agreement_studio.errors import InputError

    if not 2 <= args.parties <= MAX_PARTIES:
        raise InputError(_("--parties must be between 2 and {most}", most=MAX_PARTIES))
    _template_for(args.template, args.lang)
    agreement = example_agreement(  # a starting point: rendering it records its moment
        parties=args.parties, language=args.lang, template_id=args.template, prepared=None
    )
    save_draft(agreement, args.output)
    print(args.output)
    return 0


def _check(args: argparse.Namespace) -> int:
    from agreement_studio.agreement import load_draft, problems
    from agreement_studio.errors import InputError, Problem, TemplateError, ValidationFailed

    try:
        agreement = load_draft(args.file)
    except ValidationFailed as error:
        found = error.problems
    else:
        found = problems(agreement)
        try:
            _template_for(agreement.template_id, agreement.language.value)
        except TemplateError as error:
            found.append(Problem("template_id", error.message, "template"))
        except InputError as error:  # the template lacks the draft's language
            found.append(Problem("language", error.message, "language"))
    if args.json:
        print_json(
            {
                "file": args.file,
                "valid": not found,
                "problems": [{"path": p.path, "code": p.code, "message": p.message} for p in found],
            }
        )
    else:
        for problem in found:
            print(render(problem.text()), file=sys.stderr)
        if not found:
            print(render(_("{file}: valid", file=args.file)))
    return 2 if found else 0


def _render(args: argparse.Namespace) -> int:
    from agreement_studio.agreement import Language, load_draft, mark_prepared, validate_agreement
    from agreement_studio.agreement.preparation import explicit_moment, parse_moment
    from agreement_studio.fileio import write_atomic
    from agreement_studio.pdf import render_agreement

    agreement = load_draft(args.file)
    if args.template:
        agreement.template_id = args.template
    if args.lang:
        agreement.language = Language(args.lang)
    _template_for(agreement.template_id, agreement.language.value)
    validate_agreement(agreement, args.file)
    recorded = agreement.prepared
    mark_prepared(agreement, parse_moment(args.created) if args.created else None)
    if Path(args.output).resolve() == Path(args.file).resolve():
        from agreement_studio.errors import InputError

        raise InputError(_("the output would overwrite the draft; choose another file name"))
    write_atomic(args.output, render_agreement(agreement, pdfa=args.pdfa))
    if recorded is None and not args.created and not explicit_moment():
        record_prepared(args.file, agreement.prepared)
    print(args.output)
    return 0


def record_prepared(file: str, moment: dt.datetime | None) -> None:
    """Write the moment just given to a draft that had none into the draft file, so that the
    next render (or ``register add`` of the same file) gives identical bytes (only that field
    changes; the file is written atomically)."""
    from agreement_studio.agreement import load_draft, save_draft

    draft = load_draft(file)
    draft.prepared = moment
    save_draft(draft, file)


def _schema(args: argparse.Namespace) -> int:
    from agreement_studio.agreement import draft_schema

    print_json(draft_schema())
    return 0
