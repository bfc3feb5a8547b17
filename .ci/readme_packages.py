"""Print the Debian packages the README's "System packages" section lists (one line)."""

from __future__ import annotations

import re
import sys
from pathlib import Path


def readme_packages(readme: Path) -> list[str]:
    """The indented package lines of the README's ``### System packages`` section, in order."""
    text = readme.read_text("utf-8")
    section = text.split("### System packages", 1)[1].split("\n#", 1)[0]
    names: list[str] = []
    for line in section.splitlines():
        if line.startswith("    ") and line.strip():
            names += [n for n in line.split() if re.fullmatch(r"[a-z0-9][a-z0-9.+-]+", n)]
    return names


if __name__ == "__main__":
    root = Path(__file__).resolve().parents[1]
    sys.stdout.write(" ".join(readme_packages(root / "README.md")) + "\n")
