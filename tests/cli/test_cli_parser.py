"""The command line builds only the named command's parser: it must parse exactly as the whole
parser does, and the table that says where each command lives must stay true."""

from __future__ import annotations

import argparse
import contextlib
import importlib
import io
import sys

import pytest

from agreement_studio import cli


def _commands_of(module_name: str) -> list[str]:
    parser = argparse.ArgumentParser()
    subparsers = parser.add_subparsers(dest="command")
    importlib.import_module(f"agreement_studio.cli.{module_name}").add_commands(subparsers)
    return list(subparsers.choices)


def test_every_command_is_listed_with_the_module_that_adds_it():
    listed = {
        module: sorted(c for c, home in cli._COMMAND_HOMES.items() if home == module)
        for module in cli._COMMAND_MODULES
    }
    assert listed == {module: sorted(_commands_of(module)) for module in cli._COMMAND_MODULES}


def _help(parser: argparse.ArgumentParser, args: list[str]) -> str:
    out = io.StringIO()
    with contextlib.redirect_stdout(out), pytest.raises(SystemExit):
        parser.parse_args(args)
    return out.getvalue()


@pytest.mark.parametrize("command", sorted(cli._COMMAND_HOMES))
def test_a_command_parses_with_its_own_parser_as_with_the_whole(command):
    assert cli.command_named([command, "--help"]) == command
    alone, whole = cli.build_parser(command), cli.build_parser()
    assert _help(alone, [command, "--help"]) == _help(whole, [command, "--help"])


@pytest.mark.parametrize(
    ("argv", "named"),
    [
        (["sign", "in.pdf"], "sign"),
        (["--register", "sign", "verify", "x.pdf"], "verify"),  # an option's value is no command
        (["--register=reg.db", "register", "list"], "register"),
        (["--version"], None),
        (["--", "sign"], None),
        (["no-such-command"], "no-such-command"),
    ],
)
def test_the_command_named(argv, named):
    assert cli.command_named(argv) == named


def test_an_unknown_command_is_refused_by_the_whole_parser(capsys):
    assert cli.command_named(["no-such-command"]) not in cli._COMMAND_HOMES
    with pytest.raises(SystemExit) as stop:
        cli.main(["no-such-command", "--x"])
    assert stop.value.code == 2
    assert "invalid choice: 'no-such-command'" in capsys.readouterr().err
    assert "sign" in cli.build_parser().format_help()


def test_a_named_command_loads_no_other_command_module(monkeypatch):
    for module in cli._COMMAND_MODULES:  # restored after the test
        monkeypatch.delitem(sys.modules, f"agreement_studio.cli.{module}", raising=False)
    cli.build_parser("sign")
    loaded = {m for m in cli._COMMAND_MODULES if f"agreement_studio.cli.{m}" in sys.modules}
    assert loaded == {"signing"}


def test_a_reader_that_went_away_is_no_internal_error():
    import os
    import subprocess

    read_end, write_end = os.pipe()
    os.close(read_end)  # like ``| head`` that has already exited: the first write fails
    try:
        child = subprocess.run(
            [sys.executable, "-m", "agreement_studio", "templates"],
            stdout=write_end,
            stderr=subprocess.PIPE,
            text=True,
            timeout=120,
        )
    finally:
        os.close(write_end)
    assert child.returncode == 1
    assert child.stderr == ""
