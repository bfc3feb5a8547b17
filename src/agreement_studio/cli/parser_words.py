"""argparse in the reader's language: its own words ("usage:", "options", its error messages).

argparse looks its words up with :func:`gettext.gettext` in the ``argparse`` domain, which no
system has in Finnish or Swedish for us. :class:`CliParser` keeps our own translations of them
(the catalog ``cli``, made with the rest of our sentences) and, while it builds, parses or
formats, has argparse look its words up there. The help texts of our options and commands are
our own sentences, rendered when the parser is built. Option names, command names and JSON keys
stay English.
"""

from __future__ import annotations

import argparse
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any, NoReturn

from agreement_studio.i18n import Text, current_language, translatable

__all__ = ["CliParser", "argparse_words"]

_ = translatable(__name__)

# The words argparse shows a person, marked here so that they are extracted into our catalog
# (argparse's own msgids, exactly; the developer-only ones stay English).
_WORDS = (
    _("usage: "),
    _("positional arguments"),
    _("options"),
    _("show this help message and exit"),
    _("argument %(argument_name)s: %(message)s"),
    _("unknown parser %(parser_name)r (choices: %(choices)s)"),
    _("can't open '%(filename)s': %(error)s"),
    _("unrecognized arguments: %s"),
    _("not allowed with argument %s"),
    _("ignored explicit argument %r"),
    _("the following arguments are required: %s"),
    _("one of the arguments %s is required"),
    _("expected one argument"),
    _("expected at most one argument"),
    _("expected at least one argument"),
    _("ambiguous option: %(option)s could match %(matches)s"),
    _("unexpected option string: %s"),
    _("invalid %(type)s value: %(value)r"),
    _("invalid choice: %(value)r (choose from %(choices)s)"),
    _("%(prog)s: error: %(message)s\n"),
    _.plural("expected %s argument", "expected %s arguments", 1),
)
_DOMAIN = _WORDS[0].domain


def _gettext(message: str) -> str:
    if current_language() == "en":
        return message
    return Text(_DOMAIN, message).in_language()


def _ngettext(singular: str, plural: str, count: int) -> str:
    if current_language() == "en":
        return singular if count == 1 else plural
    return Text(_DOMAIN, singular, None, (plural, count)).in_language()


@contextmanager
def argparse_words() -> Iterator[None]:
    """While inside, argparse says its words in the reader's language."""
    saved = (argparse._, argparse.ngettext)  # type: ignore[attr-defined]  # argparse internals
    argparse._ = _gettext  # type: ignore[attr-defined]  # argparse internals
    argparse.ngettext = _ngettext  # type: ignore[attr-defined]  # argparse internals
    try:
        yield
    finally:
        argparse._, argparse.ngettext = saved  # type: ignore[attr-defined]  # argparse internals


class CliParser(argparse.ArgumentParser):
    """An :class:`argparse.ArgumentParser` that speaks the reader's language (its commands'
    parsers are made of the same class)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        with argparse_words():
            super().__init__(*args, **kwargs)

    def add_subparsers(self, **kwargs: Any) -> Any:
        with argparse_words():
            return super().add_subparsers(**kwargs)

    def parse_args(self, *args: Any, **kwargs: Any) -> Any:
        with argparse_words():
            return super().parse_args(*args, **kwargs)

    def parse_known_args(self, *args: Any, **kwargs: Any) -> Any:
        with argparse_words():
            return super().parse_known_args(*args, **kwargs)

    def format_usage(self) -> str:
        with argparse_words():
            return super().format_usage()

    def format_help(self) -> str:
        with argparse_words():
            return super().format_help()

    def error(self, message: str) -> NoReturn:
        with argparse_words():
            super().error(message)
