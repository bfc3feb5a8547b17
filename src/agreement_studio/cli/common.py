"""What the command modules share: secrets, JSON output, paths."""

from __future__ import annotations

import argparse
import getpass
import json
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeAlias

from agreement_studio.errors import InputError
from agreement_studio.i18n import render, translatable

_ = translatable(__name__)

if TYPE_CHECKING:
    # argparse's action is generic only in the stubs, so the alias exists only for the checker.
    Subcommands: TypeAlias = argparse._SubParsersAction[argparse.ArgumentParser]
    """What ``ArgumentParser.add_subparsers()`` returns: each command module adds its own."""


def print_json(data: Any) -> None:
    """Print ``data`` as indented UTF-8 JSON on stdout."""
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2, default=str)
    sys.stdout.write("\n")


def read_secret(
    *, password_file: str | None, env_var: str, prompt: str, confirm: bool = False
) -> str:
    """A password or PIN from a file, the environment, or a prompt; never from argv.

    The value is never echoed or logged. Raises :class:`InputError` when there is no way to ask.
    """
    if password_file:
        try:
            text = Path(password_file).read_text("utf-8")
        except OSError as error:
            raise InputError(
                _(
                    "cannot read the password file {file}: {reason}",
                    file=password_file,
                    reason=error.strerror,
                )
            ) from None
        return text.rstrip("\r\n")
    value = os.environ.get(env_var)
    if value is not None:
        return value
    if not sys.stdin.isatty():
        raise InputError(
            _("a password is needed: give --password-file or set {variable}", variable=env_var)
        )
    secret = getpass.getpass(prompt)
    if confirm and getpass.getpass(render(_("Again: "))) != secret:
        raise InputError(_("the two passwords differ"))
    return secret
