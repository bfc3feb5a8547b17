"""Every sentence a person reads, in their language: one mechanism for the Qt-free packages.

A sentence made outside ``gui/`` is a :class:`Text`: a ``str`` whose value is the English
sentence (so logs, JSON reports and tests read it as before) that also remembers its message ID
(the English source with ``{name}`` placeholders), its parameters and its catalog. Whoever shows
it to a person — the window, the command line, the signature stamp — calls :func:`render`, which
looks the message ID up in the gettext catalog of the reader's language and fills in the
parameters (themselves rendered too). Widgets' own strings stay with Qt Linguist (``gui/i18n``);
the window tells this module its language with :func:`set_language`.

In a module::

    from agreement_studio.i18n import translatable

    _ = translatable(__name__)              # the catalog is the package: "verification", ...

    raise PdfInputError(_("{name} is not a PDF file", name=path.name))
    words = _n("one signature", "{count} signatures", count)

Catalogs are ``resources/locale/<lang>/LC_MESSAGES/<package>.po`` (edited by translators) built to
``.mo`` (committed, read with the standard library's :mod:`gettext`). After changing sentences::

    python -m agreement_studio.i18n --update     # extract with Babel into the .po files, build .mo
    python -m agreement_studio.i18n --release    # only build the .mo files

The command line's language follows ``LANGUAGE``, ``LC_ALL``, ``LC_MESSAGES`` and ``LANG`` as
Linux tools do; anything other than Finnish or Swedish reads English (the source).
"""

from __future__ import annotations

import gettext
import os
import sys
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from contextvars import ContextVar
from functools import cache
from pathlib import Path
from typing import Any

__all__ = [
    "LANGUAGES",
    "TRANSLATED",
    "Text",
    "current_language",
    "environment_language",
    "render",
    "set_language",
    "speaking",
    "translatable",
]

TRANSLATED = ("fi", "sv")
"""Languages with catalogs; English is the source language."""
LANGUAGES = ("fi", "sv", "en")

_override: ContextVar[str | None] = ContextVar("agreement_studio_language", default=None)
_chosen: list[str] = []  # set_language's choice; empty: the environment decides


class Text(str):
    """An English sentence that can be rendered in another language (see the module's text).

    It is a ``str`` (its English value), so it can go anywhere a string goes; joining or
    formatting it into a bigger string keeps only the English, so sentence makers render each
    part with :func:`render` before they join them.
    """

    __slots__ = ("domain", "msgid", "params", "plural")

    domain: str
    msgid: str
    params: dict[str, Any]
    plural: tuple[str, int] | None

    def __new__(
        cls,
        domain: str,
        msgid: str,
        params: Mapping[str, Any] | None = None,
        plural: tuple[str, int] | None = None,
    ) -> Text:
        values = dict(params or {})
        if plural is not None:
            values.setdefault("count", plural[1])
        source = msgid if plural is None or plural[1] == 1 else plural[0]
        self = super().__new__(cls, _fill(source, values, None))
        self.domain = domain
        self.msgid = msgid
        self.params = values
        self.plural = plural
        return self

    def __reduce__(self) -> tuple[Any, ...]:  # keeps the message across processes
        return (Text, (self.domain, self.msgid, self.params, self.plural))

    def in_language(self, language: str | None = None) -> str:
        """The sentence in ``language`` (the current one by default)."""
        code = language or current_language()
        if code not in TRANSLATED:
            return _fill(
                self.msgid if self.plural is None or self.plural[1] == 1 else self.plural[0],
                self.params,
                code,
            )
        catalog = _catalog(self.domain, code)
        if self.plural is None:
            pattern = catalog.gettext(self.msgid)
        else:
            pattern = catalog.ngettext(self.msgid, self.plural[0], self.plural[1])
        try:
            return _fill(pattern, self.params, code)
        except (KeyError, IndexError, ValueError):  # a translation with a wrong placeholder
            return str(self)


def _fill(pattern: str, params: Mapping[str, Any], language: str | None) -> str:
    if not params:
        return pattern
    values = {
        name: render(value, language)
        if language and isinstance(value, (str, BaseException))
        else value
        for name, value in params.items()
    }
    return pattern.format(**values)


class _Maker:
    """What ``translatable(__name__)`` gives: ``_(msgid, **params)`` makes a :class:`Text`."""

    __slots__ = ("domain",)

    def __init__(self, domain: str) -> None:
        self.domain = domain

    def __call__(self, msgid: str, /, **params: Any) -> Text:
        return Text(self.domain, msgid, params)

    def plural(self, singular: str, plural: str, count: int, /, **params: Any) -> Text:
        """``_.plural("one file", "{count} files", n)``: the form that suits ``count``."""
        return Text(self.domain, singular, params, (plural, count))


def translatable(module_name: str) -> _Maker:
    """The sentence maker for a module: its catalog is the module's package under ours."""
    parts = module_name.split(".")
    domain = parts[1] if len(parts) > 1 and parts[0] == "agreement_studio" else "core"
    if domain in ("errors", "fileio", "paths", "i18n", "_version", "__main__"):
        domain = "core"
    return _Maker(domain)


def render(value: object, language: str | None = None) -> str:
    """``value`` as the reader should see it: a :class:`Text` in their language, else ``str``."""
    if isinstance(value, Text):
        return value.in_language(language)
    if isinstance(value, BaseException) and value.args and isinstance(value.args[0], Text):
        return value.args[0].in_language(language)
    return str(value)


def _code(locale_name: str) -> str:
    return locale_name.split(".")[0].split("@")[0].replace("-", "_").split("_")[0].lower()


def environment_language(environ: Mapping[str, str] | None = None) -> str:
    """The language the environment asks for, as GNU gettext reads it; ``en`` otherwise.

    ``LANGUAGE`` (a colon-separated priority list) wins unless the locale is ``C``/``POSIX``;
    then ``LC_ALL``, ``LC_MESSAGES`` and ``LANG``, the first one set.
    """
    env = os.environ if environ is None else environ
    locale = next(
        (env[name] for name in ("LC_ALL", "LC_MESSAGES", "LANG") if env.get(name)),
        "",
    )
    plain = locale in ("C", "POSIX") or locale.startswith(("C.", "POSIX."))
    if env.get("LANGUAGE") and not plain:
        for item in env["LANGUAGE"].split(":"):
            code = _code(item)
            if code in LANGUAGES:
                return code
    code = _code(locale) if locale and not plain else "en"
    return code if code in LANGUAGES else "en"


def set_language(code: str | None) -> str:
    """Choose the language for this process (the window's preference); ``None``: environment."""
    _chosen.clear()
    if code in LANGUAGES:
        _chosen.append(code)
    return current_language()


def current_language() -> str:
    """The language sentences are rendered in now."""
    override = _override.get()
    if override:
        return override
    return _chosen[0] if _chosen else environment_language()


@contextmanager
def speaking(code: str) -> Iterator[None]:
    """Render in ``code`` inside the block (this thread or task only), e.g. a stamp's language."""
    token = _override.set(code if code in LANGUAGES else "en")
    try:
        yield
    finally:
        _override.reset(token)


def locale_dir() -> Path:
    """Where the catalogs are."""
    from agreement_studio.paths import resources_dir

    return resources_dir() / "locale"


@cache
def _catalog(domain: str, language: str) -> gettext.NullTranslations:
    return gettext.translation(domain, str(locale_dir()), languages=[language], fallback=True)


# The maintenance commands below need Babel (a development dependency, in the test extra).


def _package_root() -> Path:
    return Path(__file__).resolve().parent


def domains() -> dict[str, list[Path]]:
    """Each catalog and the source files whose sentences it holds (gui/ is Qt Linguist's)."""
    root = _package_root()
    found: dict[str, list[Path]] = {}
    for path in sorted(root.rglob("*.py")):
        relative = path.relative_to(root)
        if relative.parts[0] == "gui":
            continue
        module = "agreement_studio." + ".".join(relative.with_suffix("").parts)
        found.setdefault(translatable(module).domain, []).append(path)
    return found


def extract(paths: list[Path]) -> Any:
    """The sentences marked in ``paths``, as a Babel catalog template."""
    from babel.messages.catalog import Catalog
    from babel.messages.extract import extract_from_file

    template = Catalog(project="Agreement Studio", fuzzy=False)
    for path in paths:
        for _line, message, comments, _context in extract_from_file(
            "python",
            str(path),
            keywords={"_": None, "plural": (1, 2)},
            comment_tags=("Translators:",),
        ):
            if message:
                template.add(message, locations=(), auto_comments=comments)
    return template


def update(release_too: bool = True) -> list[Path]:
    """Extract every catalog's sentences into its ``.po`` files (keeping translations)."""
    from babel.messages.catalog import Catalog
    from babel.messages.pofile import read_po, write_po

    written = []
    for domain, paths in domains().items():
        template = extract(paths)
        if not len(template):
            continue
        for language in TRANSLATED:
            po = locale_dir() / language / "LC_MESSAGES" / f"{domain}.po"
            if po.exists():
                with po.open("rb") as handle:
                    catalog = read_po(handle, locale=language, domain=domain)
            else:
                catalog = Catalog(
                    locale=language, domain=domain, project="Agreement Studio", fuzzy=False
                )
            created = catalog.creation_date
            catalog.update(template, no_fuzzy_matching=True)
            catalog.creation_date = created  # the file changes only when its sentences do
            catalog.obsolete.clear()
            po.parent.mkdir(parents=True, exist_ok=True)
            with po.open("wb") as handle:
                write_po(handle, catalog, width=0, omit_header=False, no_location=True)
            written.append(po)
    if release_too:
        release()
    return written


def release() -> list[Path]:
    """Build every ``.po`` into its ``.mo``."""
    from babel.messages.mofile import write_mo
    from babel.messages.pofile import read_po

    built = []
    for po in sorted(locale_dir().glob("*/LC_MESSAGES/*.po")):
        with po.open("rb") as handle:
            catalog = read_po(handle)
        mo = po.with_suffix(".mo")
        with mo.open("wb") as handle:
            write_mo(handle, catalog, use_fuzzy=False)
        built.append(mo)
    return built


def main(argv: list[str] | None = None) -> int:
    """``python -m agreement_studio.i18n --update | --release``."""
    import argparse

    parser = argparse.ArgumentParser(
        prog="python -m agreement_studio.i18n",
        description="Update and build the gettext catalogs of the Qt-free packages.",
    )
    group = parser.add_mutually_exclusive_group(required=True)
    group.add_argument("--update", action="store_true", help="extract sentences, then build .mo")
    group.add_argument("--release", action="store_true", help="only build the .mo files")
    args = parser.parse_args(argv)
    if args.update:
        for path in update(release_too=False):
            print(path)
    for path in release():
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
