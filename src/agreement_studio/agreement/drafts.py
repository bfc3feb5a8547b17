"""Draft files (``*.agreement.json``): reading, migrating older versions, writing, the schema.

A draft is the model dumped as JSON with its ``schema_version``. A draft written by an older
version is migrated step by step on load; a draft from a newer version is refused with a message
that says so, rather than silently losing what this version does not know.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from agreement_studio.agreement.model import SCHEMA_VERSION, Agreement
from agreement_studio.agreement.rules import problems
from agreement_studio.errors import DraftError, Problem, ValidationFailed
from agreement_studio.fileio import write_text_atomic
from agreement_studio.i18n import Text, translatable

_ = translatable(__name__)

DRAFT_SUFFIX = ".agreement.json"
MAX_DRAFT_BYTES = 10 * 1024 * 1024

Migration = Callable[[dict[str, Any]], dict[str, Any]]


def _from_v1(data: dict[str, Any]) -> dict[str, Any]:
    """Version 1 (the first preview) had one ``signatory`` per party and other term names."""
    for party in data.get("parties", []):
        if isinstance(party, dict) and "signatory" in party:
            signatory = party.pop("signatory")
            party["signatories"] = [signatory] if signatory else []
    term = data.get("term")
    if isinstance(term, dict):
        renames = {
            "start_date": "start",
            "end_date": "end",
            "notice_period_months": "notice_months",
        }
        for old, new in renames.items():
            if old in term:
                term[new] = term.pop(old)
        term.setdefault("indefinite", term.get("end") is None)
    data["schema_version"] = 2
    return data


def _from_v2(data: dict[str, Any]) -> dict[str, Any]:
    """Version 2 had annexes as titles only; version 3 adds their content (none yet)."""
    data.setdefault("annex_content", {})
    data["schema_version"] = 3
    return data


def _from_v3(data: dict[str, Any]) -> dict[str, Any]:
    """Version 3 had no preparation moment and no languages for party names; version 4 adds
    both, optional: a version-3 draft has neither recorded (its PDF falls back to the dates
    the draft gives, see ``pdf/metadata.py``; its names are in the agreement's language)."""
    data.setdefault("prepared", None)
    data["schema_version"] = 4
    return data


MIGRATIONS: dict[int, Migration] = {1: _from_v1, 2: _from_v2, 3: _from_v3}
"""``MIGRATIONS[n]`` turns a version-``n`` draft into version ``n + 1``."""


def _at(source: str | None, message: Text) -> Text:
    return _("{source}: {message}", source=source, message=message) if source else message


def migrate(data: dict[str, Any], source: str | None = None) -> dict[str, Any]:
    """Bring a draft's JSON data up to :data:`SCHEMA_VERSION`."""
    version = data.get("schema_version", 1)
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise DraftError(
            _at(
                source,
                _(
                    "'schema_version' must be a whole number, not {value}",
                    value=repr(version),
                ),
            )
        )
    if version > SCHEMA_VERSION:
        raise DraftError(
            _at(
                source,
                _(
                    "this draft was saved by a newer version of Agreement Studio (format "
                    "{version}; this version reads up to {supported}); update the application",
                    version=version,
                    supported=SCHEMA_VERSION,
                ),
            )
        )
    while version < SCHEMA_VERSION:
        data = MIGRATIONS[version](data)
        version += 1
    return data


def _path_of(location: tuple[int | str, ...]) -> str:
    path = ""
    for part in location:
        if isinstance(part, int):
            path += f"[{part}]"
        elif part in {"coordinator", "group"} and path == "coordination":
            continue  # the tagged union's tag is not a field a person sees
        else:
            path += f".{part}" if path else str(part)
    return path


def problems_from_validation_error(error: ValidationError) -> list[Problem]:
    """pydantic's errors as :class:`Problem` values with field paths."""
    found = []
    for item in error.errors(include_url=False):
        message: str = item["msg"]
        cause = item.get("ctx", {}).get("error")
        if item["type"] == "extra_forbidden":
            message = _("is not a field of a draft (misspelt, or from another program?)")
        elif item["type"] == "missing":
            message = _("Field required")
        elif isinstance(cause, Exception) and cause.args and isinstance(cause.args[0], Text):
            message = cause.args[0]  # our own validator's sentence, still translatable
        else:
            message = _pydantic_sentence(item["type"], item.get("ctx") or {}, message)
        found.append(Problem(_path_of(item["loc"]), message, f"type.{item['type']}"))
    return found


def _pydantic_sentence(kind: str, ctx: dict[str, Any], english: str) -> str:
    """pydantic's own message for the common kinds of bad value, as a translatable sentence
    (only when its English is exactly pydantic's; anything else stays as pydantic wrote it)."""
    made: Text | None = None
    if kind in ("date_from_datetime_parsing", "date_parsing", "datetime_from_date_parsing"):
        error = str(ctx.get("error", ""))
        made = _(
            "Input should be a valid date or datetime, {error}",
            error=_DATE_ERRORS.get(error, error),
        )
    elif kind == "int_parsing":
        made = _("Input should be a valid integer, unable to parse string as an integer")
    elif kind == "int_type":
        made = _("Input should be a valid integer")
    elif kind == "string_type":
        made = _("Input should be a valid string")
    elif kind == "bool_parsing":
        made = _("Input should be a valid boolean, unable to interpret input")
    elif kind == "greater_than_equal":
        made = _("Input should be greater than or equal to {limit}", limit=ctx.get("ge"))
    elif kind == "less_than_equal":
        made = _("Input should be less than or equal to {limit}", limit=ctx.get("le"))
    elif kind == "string_too_long" and ctx.get("max_length") != 1:
        made = _("String should have at most {limit} characters", limit=ctx.get("max_length"))
    return made if made is not None and made == english else english


_DATE_ERRORS = {
    "day value is outside expected range": _("day value is outside expected range"),
    "month value is outside expected range of 1-12": _(
        "month value is outside expected range of 1-12"
    ),
    "invalid character in year": _("invalid character in year"),
    "input is too short": _("input is too short"),
    "invalid date separator, expected `-`": _("invalid date separator, expected `-`"),
}


def parse_draft(data: bytes | str, source: str | None = None) -> Agreement:
    """Read a draft from JSON text; raises :class:`DraftError` or :class:`ValidationFailed`."""
    try:
        raw = json.loads(data)
    except (json.JSONDecodeError, UnicodeDecodeError) as error:
        detail = (
            _("line {line}: {error}", line=error.lineno, error=error.msg)
            if isinstance(error, json.JSONDecodeError)
            else _("it is not UTF-8 text")
        )
        raise DraftError(_at(source, _("not a draft file ({detail})", detail=detail))) from None
    except RecursionError:
        raise DraftError(_at(source, _("not a draft file (nested too deeply)"))) from None
    if not isinstance(raw, dict):
        raise DraftError(_at(source, _("not a draft file (expected a JSON object)")))
    raw = migrate(raw, source)
    try:
        return Agreement.model_validate(raw)
    except ValidationError as error:
        raise ValidationFailed(problems_from_validation_error(error), source) from None


def load_draft(path: str | os.PathLike[str]) -> Agreement:
    """Read a ``*.agreement.json`` draft, migrating an older format."""
    file = Path(path)
    try:
        size = file.stat().st_size
        if size > MAX_DRAFT_BYTES:
            raise DraftError(
                _("{file}: {size} bytes is too large for a draft", file=file, size=size)
            )
        data = file.read_bytes()
    except FileNotFoundError:
        raise DraftError(_("{file}: no such file", file=file)) from None
    except IsADirectoryError:
        raise DraftError(_("{file}: is a folder, not a draft file", file=file)) from None
    except OSError as error:
        raise DraftError(
            _("{file}: cannot be read ({reason})", file=file, reason=error.strerror)
        ) from None
    return parse_draft(data, str(file))


def draft_json(agreement: Agreement) -> str:
    """The draft as the JSON text a ``*.agreement.json`` file holds."""
    return agreement.model_dump_json(indent=2) + "\n"


def save_draft(agreement: Agreement, path: str | os.PathLike[str]) -> Path:
    """Write a draft atomically (the old file stays whole if writing fails)."""
    return write_text_atomic(path, draft_json(agreement))


def validate_agreement(agreement: Agreement, source: str | None = None) -> Agreement:
    """Return the agreement when it keeps every rule; else raise :class:`ValidationFailed`."""
    found = problems(agreement)
    if found:
        raise ValidationFailed(found, source)
    return agreement


def draft_schema() -> dict[str, Any]:
    """The JSON Schema of a draft file."""
    schema = Agreement.model_json_schema()
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["title"] = "Agreement Studio draft"
    return schema
