"""Every option and positional argument of every command says what it is, in the reader's language.

An auditor running ``agreement-studio register list --help`` reads what ``--sort`` and ``--limit``
do; with ``LANGUAGE=fi`` (or ``sv``) none of the English sentences is left in any command's help.
"""

from __future__ import annotations

import argparse
import re
from collections.abc import Iterator

import pytest

from agreement_studio.cli import build_parser
from agreement_studio.i18n import current_language


def _parsers(
    parser: argparse.ArgumentParser, path: tuple[str, ...] = ()
) -> Iterator[tuple[tuple[str, ...], argparse.ArgumentParser]]:
    """The parser and every subcommand's parser, each with the words that reach it."""
    yield path, parser
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                yield from _parsers(sub, (*path, name))


def _arguments(parser: argparse.ArgumentParser) -> list[argparse.Action]:
    """Its options and positional arguments (not -h, not the subcommands' slot)."""
    return [
        action
        for action in parser._actions
        if not isinstance(action, (argparse._HelpAction, argparse._SubParsersAction))
    ]


def _name(path: tuple[str, ...], action: argparse.Action) -> str:
    return " ".join([*path, action.option_strings[0] if action.option_strings else action.dest])


def test_every_option_and_argument_of_every_command_has_help():
    walked = [
        (path, action) for path, parser in _parsers(build_parser()) for action in _arguments(parser)
    ]
    assert len(walked) > 100  # the whole tree was walked, subcommands of subcommands too
    unexplained = [
        _name(path, action)
        for path, action in walked
        if not action.help or action.help == argparse.SUPPRESS or not action.help.strip()
    ]
    assert not unexplained, f"{len(unexplained)} without help: {unexplained}"


def _flat(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def _english_sentences(parser: argparse.ArgumentParser) -> set[str]:
    """The help sentences a parser's --help shows, as English readers see them (defaults in)."""
    formatter = parser._get_formatter()
    found = {_flat(parser.description)} if parser.description else set()
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            found |= {_flat(choice.help) for choice in action._choices_actions if choice.help}
        elif action.help and action.help != argparse.SUPPRESS:
            found.add(_flat(formatter._expand_help(action)))
    return found


@pytest.mark.parametrize("language", ["fi", "sv"])
def test_no_english_help_sentence_is_left_with_language_set(language, monkeypatch):
    monkeypatch.setenv("COLUMNS", "100000")  # no wrapping: a sentence stays on one line
    english = {path: _english_sentences(p) for path, p in _parsers(build_parser())}
    # LANGUAGE wins over an English locale, as GNU gettext has it (not over C, the tests' own)
    monkeypatch.setenv("LANG", "en_US.UTF-8")
    monkeypatch.setenv("LANGUAGE", language)
    assert current_language() == language
    translated = dict(_parsers(build_parser()))
    assert translated.keys() == english.keys()
    left = {
        " ".join(path) or "agreement-studio": sorted(
            sentence for sentence in sentences if sentence in _flat(translated[path].format_help())
        )
        for path, sentences in english.items()
    }
    left = {where: sentences for where, sentences in left.items() if sentences}
    assert not left, f"English help left with LANGUAGE={language}: {left}"
    assert sum(len(sentences) for sentences in english.values()) > 100
