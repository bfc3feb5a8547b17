"""The command line: the same operations as the window, for scripts and auditors.

``agreement-studio`` with no arguments opens the window. Each area of the application adds its
subcommands from its own module here (``drafting``, ``signing``, ``verify``, ``register``);
a command module imports the core lazily, so ``--help`` stays quick.

Exit status: 0 success; 1 when a check failed or something was rejected; 2 usage or input error.

Opening the window goes straight to it: the parser and the error types load only for commands.
"""

from __future__ import annotations

import os
import sys
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import argparse
    from collections.abc import Sequence

__all__ = ["build_parser", "main"]

# Each module has ``add_commands(subparsers)``; a command sets ``handler`` to a function
# ``(args) -> int``.
_COMMAND_MODULES = ("drafting", "signing", "verify", "register", "archive")
# The module that adds each command: a command line that names one builds only that module's
# commands (tests/cli/test_cli_parser.py keeps this table true).
_COMMAND_HOMES = {
    "templates": "drafting",
    "example": "drafting",
    "check": "drafting",
    "render": "drafting",
    "schema": "drafting",
    "identity": "signing",
    "sign": "signing",
    "extend": "signing",
    "verify": "verify",
    "signed-version": "verify",
    "register": "register",
    "archive": "archive",
}


def build_parser(command: str | None = None) -> argparse.ArgumentParser:
    """The argument parser: every subcommand, or only those of ``command``'s module."""
    import importlib

    from agreement_studio import __version__
    from agreement_studio.cli.parser_words import CliParser
    from agreement_studio.i18n import render, translatable

    _ = translatable(__name__)
    # The help is read by people: in their language, rendered now (the environment's).
    parser = CliParser(
        prog="agreement-studio",
        description=render(
            _(
                "Draft, sign and keep network continuation agreements. "
                "Run without arguments to open the window."
            )
        ),
    )
    parser.add_argument(
        "--version",
        action="version",
        version=f"agreement-studio {__version__}",
        help=render(_("show the program's version and exit")),
    )
    parser.add_argument(
        "--register",
        metavar="PATH_OR_URL",
        help=render(
            _(
                "the register to use: an SQLite file or a database URL "
                "(default: $AGREEMENT_STUDIO_REGISTER, else the register location chosen in "
                "Preferences, else the register in your data folder)"
            )
        ),
    )
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    home = _COMMAND_HOMES.get(command or "")
    for name in _COMMAND_MODULES if home is None else (home,):
        module = importlib.import_module(f"agreement_studio.cli.{name}")
        module.add_commands(subparsers)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status."""
    args_list = list(sys.argv[1:] if argv is None else argv)
    if _opens_window(args_list):
        return _launch_gui(args_list)
    if args_list == ["--version"]:  # answered before the commands' parsers are built
        from agreement_studio import __version__

        print(f"agreement-studio {__version__}")
        return 0
    if argv is None:  # the program itself, not a caller in a longer-lived process
        _skip_the_collection_at_exit()
    from agreement_studio.errors import AgreementStudioError, ValidationFailed

    parser = build_parser(command_named(args_list))
    args = parser.parse_args(args_list)
    handler = getattr(args, "handler", None)
    if handler is None:
        parser.print_help()
        return 0
    try:
        return int(handler(args) or 0)
    except ValidationFailed as error:
        from agreement_studio.i18n import render

        # One line per problem, ``field.path: message`` (the message in the reader's
        # language), so a script can read them.
        for problem in error.problems:
            print(render(problem.text()), file=sys.stderr)
        return error.exit_code
    except AgreementStudioError as error:
        from agreement_studio.i18n import render

        print(f"agreement-studio: {render(error)}", file=sys.stderr)
        return error.exit_code
    except KeyboardInterrupt:
        from agreement_studio.i18n import render, translatable

        print(f"agreement-studio: {render(translatable(__name__)('interrupted'))}", file=sys.stderr)
        return 130
    except BrokenPipeError:  # the reader went away (``| head``): not an error of ours
        # Python would complain again when it flushes stdout at exit
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 1
    except Exception as error:  # a bug, not the user's mistake: say so, briefly
        if os.environ.get("AGREEMENT_STUDIO_DEBUG"):
            raise
        print(
            f"agreement-studio: internal error ({type(error).__name__}: {error}); "
            "set AGREEMENT_STUDIO_DEBUG=1 for details and please report it",
            file=sys.stderr,
        )
        return 70


def _skip_the_collection_at_exit() -> None:
    """At exit, freeze what is left instead of letting the garbage collector walk it.

    Python collects once more while it shuts down, over every module and object still alive:
    about a tenth of a short command such as ``verify``. Nothing the commands leave depends on
    it (their files are written and closed before they return, and Python promises no
    finalizer at exit), so the process only ends sooner.
    """
    import atexit
    import gc

    atexit.register(gc.freeze)


def command_named(args: Sequence[str]) -> str | None:
    """The command a command line names: its first word that is not an option or its value."""
    words = iter(args)
    for word in words:
        if word == "--register":
            next(words, None)  # the option's value, whatever it looks like
        elif word == "--" or not word.startswith("-"):
            return None if word == "--" else word
    return None


def _opens_window(args: list[str]) -> bool:
    """No arguments, or only files to open (as a desktop double-click passes them)."""
    if not args:
        return True
    files = [a for a in args if a != "--quit-after-show" and not a.startswith("-psn_")]
    return all(not a.startswith("-") and os.path.isfile(a) for a in files)


def _launch_gui(args: list[str]) -> int:
    try:
        from agreement_studio.gui import run_app
    except ImportError as error:
        print(f"agreement-studio: the window cannot open: {error}", file=sys.stderr)
        build_parser().print_help()
        return 2
    return run_app([sys.argv[0], *(a for a in args if not a.startswith("-psn_"))])
