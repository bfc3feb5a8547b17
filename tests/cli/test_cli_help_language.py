"""The command line's help and argparse's own words follow LANGUAGE/LC_MESSAGES/LANG."""

from __future__ import annotations

import argparse
import os
import subprocess
import sys

import pytest

from agreement_studio.cli import build_parser
from agreement_studio.i18n import speaking

ENGLISH_ARGPARSE = (
    "usage:",
    "options:",
    "positional arguments",
    "show this help message and exit",
    "the following arguments are required",
    "invalid choice",
    "unrecognized arguments",
    "error:",
)


def _run(*args: str, lang: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("LC_", "LANG"))}
    env["LANG"] = lang
    return subprocess.run(
        [sys.executable, "-m", "agreement_studio", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )


@pytest.mark.parametrize(
    ("lang", "usage", "options", "required"),
    [
        ("fi_FI.UTF-8", "käyttö:", "valitsimet:", "seuraavat argumentit ovat pakollisia"),
        ("sv_SE.UTF-8", "användning:", "alternativ:", "följande argument krävs"),
    ],
)
def test_help_and_errors_in_finnish_and_swedish(lang, usage, options, required):
    top = _run("--help", lang=lang)
    assert top.returncode == 0 and top.stdout.startswith(usage)
    verify = _run("verify", "--help", lang=lang)
    assert verify.returncode == 0 and options in verify.stdout
    example = _run("example", "--help", lang=lang)
    for text in (top.stdout, verify.stdout, example.stdout):
        for english in ENGLISH_ARGPARSE:
            assert english not in text, (english, text)
    # option and command names stay English
    assert "--trust" in verify.stdout and "--output" in example.stdout and "verify" in top.stdout
    missing = _run("verify", lang=lang)
    assert missing.returncode == 2 and required in missing.stderr
    wrong = _run("example", "--lang", "de", "-o", "x.json", lang=lang)
    assert wrong.returncode == 2 and "'de'" in wrong.stderr
    unknown = _run("--bogus", lang=lang)
    assert unknown.returncode == 2 and "--bogus" in unknown.stderr
    for err in (missing.stderr, wrong.stderr, unknown.stderr):
        for english in ENGLISH_ARGPARSE:
            assert english not in err, (english, err)


def test_english_stays_argparse_english():
    out = _run("verify", "--help", lang="C.UTF-8").stdout
    assert out.startswith("usage:") and "options:" in out and "show this help message" in out
    assert "the following arguments are required: FILE" in _run("verify", lang="C").stderr


def test_example_describes_every_option():
    text = _run("example", "--help", lang="C.UTF-8").stdout
    lines = text.splitlines()
    for option in ("--template ID", "--lang {fi,sv,en}", "--parties N", "--output FILE"):
        at = next(i for i, line in enumerate(lines) if line.startswith("  ") and option in line)
        described = lines[at].split(option, 1)[1].strip() or lines[at + 1].strip()
        assert described, f"{option} has no description"


def _helps(parser: argparse.ArgumentParser, path: str = "") -> dict[str, str]:
    found: dict[str, str] = {}
    if parser.description:
        found[f"{path} (description)"] = parser.description
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for choice in action._choices_actions:
                found[f"{path} {choice.dest}"] = choice.help or ""
            for name, sub in action.choices.items():
                found.update(_helps(sub, f"{path} {name}"))
        elif action.help and action.help != argparse.SUPPRESS:
            found[f"{path} {'/'.join(action.option_strings) or action.dest}"] = action.help
    return found


@pytest.mark.parametrize("language", ["fi", "sv"])
def test_every_help_text_of_every_command_is_translated(language):
    english = _helps(build_parser())
    with speaking(language):
        translated = _helps(build_parser())
    assert translated.keys() == english.keys()
    same = [where for where, text in english.items() if translated[where] == text]
    assert not same, f"still English in {language}: {same}"
