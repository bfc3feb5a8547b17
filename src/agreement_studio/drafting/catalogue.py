"""The template catalogue: the built-in templates and the user's own, read from their manifests.

A template is a folder named after its id, holding ``template.toml`` and one body per language
(``fi.md``, ``sv.md``, ``en.md``). A broken user template is listed in ``Catalogue.problems``
with its file and line and does not hide the others. Templates are read once and read again
only when a file in their folder changes.
"""

from __future__ import annotations

import os
import re
import threading
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from agreement_studio import paths
from agreement_studio.drafting.sandbox import forget, load_body
from agreement_studio.errors import TemplateError
from agreement_studio.i18n import translatable

_ = translatable(__name__)

MANIFEST = "template.toml"
LANGUAGES = ("fi", "sv", "en")
"""The languages an agreement can be written in (those of the agreement model)."""
_ID = re.compile(r"[a-z0-9][a-z0-9-]{0,63}")
_MAX_MANIFEST_BYTES = 256 * 1024

REQUIRED_LABELS = (
    "signatures",
    "signature_intro",
    "place_and_date",
    "place",
    "date",
    "signature",
    "name",
    "title",
    "organisation",
    "page",
    "document_id",
    "parties",
    "business_id",
    "foreign_id",
    "annexes",
    "signed_by",
    "signed_at",
    "draft",
    "template",
    "version",
)
"""The words the PDF renderer prints outside the body; every language of a template has them."""


@dataclass(frozen=True)
class OptionalClause:
    """A clause the drafter may leave out."""

    name: str
    """The switch's name, as in ``Agreement.optional_clauses`` and ``optional.<name>``."""
    default: bool
    """Whether the clause is in when the draft does not say."""
    titles: dict[str, str]
    """The clause's title per language, for the wizard."""


@dataclass(frozen=True)
class Template:
    """One template, as its manifest describes it."""

    id: str
    """Identifier, also the folder's name (``network-continuation``)."""
    version: str
    """The template's version (``1.0``), printed in the PDF's metadata."""
    titles: dict[str, str]
    """The agreement's default title per language."""
    languages: tuple[str, ...]
    """The languages it has a body for, in the manifest's order."""
    optional_clauses: dict[str, OptionalClause]
    """Clauses that can be switched on or off, by name."""
    labels: dict[str, dict[str, str]]
    """Per language, the words the renderer needs outside the body (see REQUIRED_LABELS)."""
    folder: Path
    """The template's folder."""
    built_in: bool
    """True for a template shipped with the application."""
    descriptions: dict[str, str] = field(default_factory=dict)
    """A sentence per language on what the template is for (may be empty)."""

    def __hash__(self) -> int:
        return hash((self.id, self.version, self.folder))

    @property
    def manifest_path(self) -> Path:
        """The template's ``template.toml``."""
        return self.folder / MANIFEST

    def body_path(self, language: str) -> Path:
        """The body file for ``language``."""
        return self.folder / f"{language}.md"

    def clause_switches(self, chosen: dict[str, bool] | None = None) -> dict[str, bool]:
        """Every optional clause on or off: the draft's choice, else the manifest default."""
        chosen = chosen or {}
        return {
            name: bool(chosen.get(name, clause.default))
            for name, clause in self.optional_clauses.items()
        }


@dataclass(frozen=True)
class Catalogue:
    """Every template that can be used, and what is wrong with the ones that cannot."""

    templates: tuple[Template, ...]
    """Built-in templates first, then the user's, each sorted by id."""
    problems: tuple[TemplateError, ...] = ()
    """One error per broken or clashing user template."""

    def get(self, template_id: str) -> Template | None:
        """The template with that id, if there is one."""
        return next((t for t in self.templates if t.id == template_id), None)

    @property
    def ids(self) -> list[str]:
        """The ids of every usable template."""
        return [t.id for t in self.templates]


# --- the manifest --------------------------------------------------------------------------

_Text = Annotated[str, Field(min_length=1, max_length=2000)]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class _ClauseManifest(_Strict):
    default: bool
    title: dict[str, _Text]


class _Labels(BaseModel):
    # Extra words are allowed: a renderer may learn to use more of them later.
    model_config = ConfigDict(extra="allow", frozen=True)

    signatures: _Text
    signature_intro: _Text
    place_and_date: _Text
    place: _Text
    date: _Text
    signature: _Text
    name: _Text
    title: _Text
    organisation: _Text
    page: _Text
    document_id: _Text
    parties: _Text
    business_id: _Text
    foreign_id: _Text
    annexes: _Text
    signed_by: _Text
    signed_at: _Text
    draft: _Text
    template: _Text
    version: _Text

    @field_validator("page")
    @classmethod
    def _page_format(cls, value: str) -> str:
        try:
            value.format(n=1, total=2)
        except (KeyError, IndexError, ValueError):
            raise ValueError(
                _(
                    "the page label may only use {n} and {total}, like 'Page {n} / {total}'",
                    n="{n}",
                    total="{total}",
                )
            ) from None
        if "{n}" not in value or "{total}" not in value:
            raise ValueError(
                _("the page label needs both {n} and {total}", n="{n}", total="{total}")
            )
        return value


class _Manifest(_Strict):
    id: Annotated[str, Field(pattern=_ID.pattern + "$")]
    version: Annotated[str, Field(pattern=r"^\d{1,4}(\.\d{1,4}){0,2}$")]
    title: dict[str, _Text]
    description: dict[str, _Text] = {}
    languages: Annotated[list[str], Field(min_length=1)]
    optional_clauses: dict[
        Annotated[str, Field(pattern=r"^[a-z][a-z0-9_]{0,63}$")], _ClauseManifest
    ] = {}
    labels: dict[str, _Labels]


def _toml_line(error: tomllib.TOMLDecodeError) -> int | None:
    found = re.search(r"line (\d+)", str(error))
    return int(found.group(1)) if found else None


_HEADER = re.compile(r"^\s*\[\s*([^\]]+?)\s*\]")
_KEY = re.compile(r"^\s*([A-Za-z0-9_.\"' -]+?)\s*=")


def _split_key(key: str) -> tuple[str, ...]:
    return tuple(part.strip().strip("\"'") for part in key.split("."))


def line_of(text: str, location: tuple[str | int, ...]) -> int | None:
    """The line of the TOML key nearest to ``location`` (a pydantic error's ``loc``)."""
    wanted = tuple(str(part) for part in location)
    best, best_length = None, -1
    table: tuple[str, ...] = ()
    for number, line in enumerate(text.splitlines(), start=1):
        header = _HEADER.match(line)
        if header:
            table = _split_key(header.group(1))
            path = table
        else:
            key = _KEY.match(line)
            if not key:
                continue
            path = table + _split_key(key.group(1))
        if wanted[: len(path)] == path and len(path) > best_length:
            best, best_length = number, len(path)
    return best


def _manifest_error(error: ValidationError, text: str, file: Path) -> TemplateError:
    first = error.errors()[0]
    where = ".".join(str(part) for part in first["loc"]) or "template.toml"
    cause = first.get("ctx", {}).get("error")
    message: str = first["msg"].removeprefix("Value error, ")
    if isinstance(cause, Exception) and cause.args and isinstance(cause.args[0], str):
        message = cause.args[0]  # our own validator's sentence, still translatable
    count = error.error_count()
    if count > 1:
        message = _("{first} (and {more} more)", first=message, more=count - 1)
    return TemplateError(
        _("{where}: {message}", where=where, message=message),
        file=str(file),
        line=line_of(text, first["loc"]),
    )


def _check_languages(manifest: _Manifest, text: str, file: Path) -> None:
    def fail(message: str, *location: str) -> None:
        raise TemplateError(message, file=str(file), line=line_of(text, location))

    for language in manifest.languages:
        if language not in LANGUAGES:
            fail(
                _(
                    "unknown language {language}; a template can have {languages}",
                    language=repr(language),
                    languages=", ".join(LANGUAGES),
                ),
                "languages",
            )
    if len(set(manifest.languages)) != len(manifest.languages):
        fail(_("a language is listed twice"), "languages")
    for language in manifest.languages:
        if language not in manifest.title:
            fail(_("no title in {language}", language=repr(language)), "title")
        if language not in manifest.labels:
            fail(
                _("no [labels.{language}]: the renderer needs them", language=language),
                "labels",
            )
        for name, clause in manifest.optional_clauses.items():
            if language not in clause.title:
                fail(
                    _(
                        "the optional clause {name} has no title in {language}",
                        name=repr(name),
                        language=repr(language),
                    ),
                    "optional_clauses",
                    name,
                    "title",
                )


def read_template(folder: Path, *, built_in: bool) -> Template:
    """Read and check one template folder: manifest, bodies (compiled), folder name."""
    file = folder / MANIFEST
    try:
        if file.stat().st_size > _MAX_MANIFEST_BYTES:
            raise TemplateError(_("the manifest is too large"), file=str(file))
        text = file.read_text("utf-8")
    except FileNotFoundError:
        raise TemplateError(_("the folder has no {name}", name=MANIFEST), file=str(file)) from None
    except (OSError, UnicodeDecodeError) as error:
        raise TemplateError(
            _("cannot read the manifest: {reason}", reason=str(error)), file=str(file)
        ) from None
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        raise TemplateError(
            _("not valid TOML: {reason}", reason=str(error)),
            file=str(file),
            line=_toml_line(error),
        ) from None
    try:
        manifest = _Manifest.model_validate(data)
    except ValidationError as error:
        raise _manifest_error(error, text, file) from None
    _check_languages(manifest, text, file)
    if manifest.id != folder.name:
        raise TemplateError(
            _(
                "the id {id} differs from the folder's name {folder}; make them the same",
                id=repr(manifest.id),
                folder=repr(folder.name),
            ),
            file=str(file),
            line=line_of(text, ("id",)),
        )
    for language in manifest.languages:
        body = folder / f"{language}.md"
        if not body.is_file():
            raise TemplateError(
                _(
                    "the {language} body {name} is missing",
                    language=repr(language),
                    name=body.name,
                ),
                file=str(body),
            )
        load_body(folder, body.name)
    return _template_from(manifest, folder, built_in)


def _template_from(manifest: _Manifest, folder: Path, built_in: bool) -> Template:
    clauses = {
        name: OptionalClause(name, c.default, dict(c.title))
        for name, c in manifest.optional_clauses.items()
    }
    labels = {
        language: {k: str(v) for k, v in manifest.labels[language].model_dump().items()}
        for language in manifest.languages
    }
    return Template(
        id=manifest.id,
        version=manifest.version,
        titles=dict(manifest.title),
        languages=tuple(manifest.languages),
        optional_clauses=clauses,
        labels=labels,
        folder=folder,
        built_in=built_in,
        descriptions=dict(manifest.description),
    )


# --- loading, with a cache that notices edits ----------------------------------------------

_Stamp = tuple[tuple[str, int, int], ...]
_CACHE: dict[Path, tuple[_Stamp, Template | TemplateError]] = {}
_CACHE_LOCK = threading.Lock()


def _stamp(folder: Path) -> _Stamp:
    try:
        with os.scandir(folder) as entries:
            return tuple(
                sorted(
                    (e.name, e.stat().st_mtime_ns, e.stat().st_size) for e in entries if e.is_file()
                )
            )
    except OSError:
        return ()


def _cached_template(folder: Path, built_in: bool) -> Template:
    folder = folder.resolve()
    stamp = _stamp(folder)
    with _CACHE_LOCK:
        cached = _CACHE.get(folder)
    if cached is None or cached[0] != stamp:
        if cached is not None:
            forget(folder)  # an edit within the file system's time resolution is still seen
        try:
            result: Template | TemplateError = read_template(folder, built_in=built_in)
        except TemplateError as error:
            result = error
        with _CACHE_LOCK:
            _CACHE[folder] = (stamp, result)
    else:
        result = cached[1]
    if isinstance(result, TemplateError):
        raise result
    return result


def _folders(root: Path) -> list[Path]:
    try:
        return sorted(p for p in root.iterdir() if p.is_dir() and not p.name.startswith((".", "_")))
    except OSError:
        return []


def load_catalogue(user_dir: Path | str | None = None) -> Catalogue:
    """Every template: the built-ins, then the user's (``user_dir``, else the user folder)."""
    templates: list[Template] = []
    problems: list[TemplateError] = []
    for folder in _folders(paths.templates_dir()):
        try:
            templates.append(_cached_template(folder, built_in=True))
        except TemplateError as error:
            problems.append(error)
    built_in_ids = {t.id for t in templates}
    user_root = Path(user_dir) if user_dir is not None else paths.user_templates_dir()
    for folder in _folders(user_root):
        try:
            template = _cached_template(folder, built_in=False)
        except TemplateError as error:
            problems.append(error)
            continue
        if template.id in built_in_ids:
            problems.append(
                TemplateError(
                    _(
                        "a built-in template is called {id} too; the built-in one is "
                        "used. Rename this folder and its id to use it",
                        id=repr(template.id),
                    ),
                    file=str(template.manifest_path),
                )
            )
            continue
        templates.append(template)
    return Catalogue(templates=tuple(templates), problems=tuple(problems))


def get_template(template_id: str, user_dir: Path | str | None = None) -> Template:
    """The template with that id (built-in first, then the user's); TemplateError if none."""
    if _ID.fullmatch(template_id or ""):
        built_in = paths.templates_dir() / template_id
        if (built_in / MANIFEST).is_file():
            return _cached_template(built_in, built_in=True)
        user_root = Path(user_dir) if user_dir is not None else paths.user_templates_dir()
        if (user_root / template_id).is_dir():
            return _cached_template(user_root / template_id, built_in=False)
    known = ", ".join(load_catalogue(user_dir).ids) or _("none")
    raise TemplateError(
        _(
            "there is no template {id}; the templates are: {known}",
            id=repr(template_id),
            known=known,
        )
    )
