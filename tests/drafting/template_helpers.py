"""What the drafting tests share: user templates written on the fly, Markdown read back as text."""

from __future__ import annotations

import tomllib
from pathlib import Path

from markdown_it import MarkdownIt
from markdown_it.token import Token

from agreement_studio import paths

_PARSER = MarkdownIt("commonmark", {"html": False}).enable("table")


def labels_toml(language: str = "en") -> str:
    """A ``[labels.<language>]`` table copied from the built-in agreement."""
    manifest = paths.templates_dir() / "network-continuation" / "template.toml"
    labels = tomllib.loads(manifest.read_text("utf-8"))["labels"][language]
    lines = [f"[labels.{language}]"]
    lines += [f"{key} = {_quoted(value)}" for key, value in labels.items()]
    return "\n".join(lines) + "\n"


def _quoted(value: str) -> str:
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'


def manifest_text(template_id: str, languages: tuple[str, ...] = ("en",), extra: str = "") -> str:
    """A complete, valid ``template.toml`` for a small user template."""
    titles = "\n".join(f'{lang} = "Test {lang}"' for lang in languages)
    head = (
        f'id = "{template_id}"\nversion = "1.0"\n'
        f"languages = [{', '.join(_quoted(lang) for lang in languages)}]\n{extra}"
        f"\n[title]\n{titles}\n\n"
    )
    return head + "\n".join(labels_toml(lang) for lang in languages)


def write_template(
    root: Path,
    template_id: str,
    bodies: dict[str, str] | None = None,
    manifest: str | None = None,
    folder: str | None = None,
) -> Path:
    """Write a user template folder under ``root``; returns the folder."""
    bodies = {"en": "## Parties\n\n{{ parties | length }} parties.\n"} if bodies is None else bodies
    target = root / (folder or template_id)
    target.mkdir(parents=True, exist_ok=True)
    languages = tuple(bodies) or ("en",)
    (target / "template.toml").write_text(
        manifest if manifest is not None else manifest_text(template_id, languages), "utf-8"
    )
    for language, body in bodies.items():
        (target / f"{language}.md").write_text(body, "utf-8")
    return target


def user_root() -> Path:
    """The user templates folder of this test's isolated home."""
    root = paths.user_templates_dir()
    root.mkdir(parents=True, exist_ok=True)
    return root


def tokens(markdown: str) -> list[Token]:
    """The markdown-it block tokens, as the PDF layout sees them."""
    return _PARSER.parse(markdown)


def inline_text(token: Token) -> str:
    """The text a reader sees in one inline token (markup and escapes removed)."""
    return "".join(
        child.content for child in token.children or [] if child.type in ("text", "code_inline")
    )


def visible_text(markdown: str) -> str:
    """All the text a reader sees, one line per block, whitespace collapsed."""
    lines = [" ".join(inline_text(t).split()) for t in tokens(markdown) if t.type == "inline"]
    return "\n".join(lines)


def table_rows(markdown: str, which: int = 0) -> list[list[str]]:
    """The body rows of the ``which``-th table, each as the visible text of its cells."""
    rows: list[list[str]] = []
    count = -1
    in_body = False
    row: list[str] = []
    for token in tokens(markdown):
        if token.type == "table_open":
            count += 1
        elif token.type == "tbody_open" and count == which:
            in_body = True
        elif token.type == "tbody_close":
            in_body = False
        elif in_body and token.type == "tr_open":
            row = []
        elif in_body and token.type == "inline":
            row.append(inline_text(token))
        elif in_body and token.type == "tr_close":
            rows.append(row)
    return rows


def headings(markdown: str, level: int = 2) -> list[str]:
    """The visible text of every heading of ``level``."""
    found, inside = [], False
    for token in tokens(markdown):
        if token.type == "heading_open":
            inside = token.tag == f"h{level}"
        elif token.type == "inline" and inside:
            found.append(inline_text(token))
            inside = False
    return found
