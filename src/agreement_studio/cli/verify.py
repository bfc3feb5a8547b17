"""Command-line commands of the verification layer."""

from __future__ import annotations

import argparse


def add_commands(subparsers: argparse._SubParsersAction) -> None:
    """Add this layer's subcommands."""
