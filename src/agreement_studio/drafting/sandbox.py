"""The Jinja2 sandbox templates run in, and the translation of its failures into TemplateError.

A template may come from anyone (users add their own), so it runs in an immutable sandbox with
``StrictUndefined``: it can read the agreement's data and call the filters, nothing else. Each
template folder has one environment for the life of the process, so a body is compiled once.
"""

from __future__ import annotations

import threading
from pathlib import Path
from types import TracebackType
from typing import Any

import jinja2
from jinja2 import FileSystemLoader, StrictUndefined, pass_context
from jinja2.exceptions import SecurityError
from jinja2.runtime import Context
from jinja2.sandbox import ImmutableSandboxedEnvironment

from agreement_studio.drafting.formatting import LANGUAGE_FILTERS, PLAIN_FILTERS
from agreement_studio.errors import TemplateError

_MAX_SEQUENCE = 1_000_000
_MAX_POWER_BITS = 100_000


class _Sandbox(ImmutableSandboxedEnvironment):
    """The immutable sandbox, also refusing arithmetic that would exhaust memory."""

    intercepted_binops = frozenset({"*", "**"})

    def call_binop(self, context: Context, operator: str, left: Any, right: Any) -> Any:
        if operator == "*":
            for seq, times in ((left, right), (right, left)):
                if (
                    isinstance(seq, str | list | tuple)
                    and isinstance(times, int)
                    and len(seq) * times > _MAX_SEQUENCE
                ):
                    raise SecurityError("the template builds a sequence that is too long")
        if (
            operator == "**"
            and isinstance(left, int)
            and isinstance(right, int)
            and max(abs(left), 2).bit_length() * right > _MAX_POWER_BITS
        ):
            raise SecurityError("the template computes a number that is too large")
        return super().call_binop(context, operator, left, right)


def _with_language(function: Any) -> Any:
    @pass_context
    def language_filter(context: Context, value: Any, *args: Any) -> Any:
        return function(value, context.get("language", "en"), *args)

    language_filter.__doc__ = function.__doc__
    return language_filter


def _new_environment(folder: Path) -> _Sandbox:
    env = _Sandbox(
        loader=FileSystemLoader(str(folder), encoding="utf-8"),
        undefined=StrictUndefined,
        autoescape=False,  # the output is Markdown; user text goes through the ``md`` filter
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    # The same data and template must give the same document: nothing random.
    env.globals.pop("lipsum", None)
    env.filters.pop("random", None)
    env.filters.update(PLAIN_FILTERS)
    env.filters.update({name: _with_language(f) for name, f in LANGUAGE_FILTERS.items()})
    return env


_ENVIRONMENTS: dict[Path, _Sandbox] = {}
_LOCK = threading.Lock()


def environment_for(folder: Path) -> jinja2.Environment:
    """The sandboxed environment of one template folder (made once, then reused)."""
    folder = folder.resolve()
    with _LOCK:
        env = _ENVIRONMENTS.get(folder)
        if env is None:
            env = _ENVIRONMENTS[folder] = _new_environment(folder)
        return env


def forget(folder: Path) -> None:
    """Drop the folder's environment, so its bodies are compiled again (they have changed)."""
    with _LOCK:
        _ENVIRONMENTS.pop(folder.resolve(), None)


def load_body(folder: Path, file_name: str) -> jinja2.Template:
    """The compiled body ``file_name`` of the template in ``folder``; TemplateError if broken."""
    try:
        return environment_for(folder).get_template(file_name)
    except Exception as error:
        raise template_error(error, folder, folder / file_name) from None


def render_body(folder: Path, file_name: str, context: dict[str, Any]) -> str:
    """Render a body to one string; any failure becomes TemplateError, with no partial output."""
    body = load_body(folder, file_name)
    try:
        return body.render(context)
    except Exception as error:
        raise template_error(error, folder, folder / file_name) from None


def template_error(error: BaseException, folder: Path, file: Path) -> TemplateError:
    """A TemplateError for a failure while compiling or rendering, at its file and line."""
    if isinstance(error, TemplateError):
        return error
    where, line = _location(error, folder.resolve())
    where = where or str(file)
    if isinstance(error, jinja2.TemplateSyntaxError):
        return TemplateError(f"syntax error: {error.message}", file=where, line=line)
    if isinstance(error, SecurityError):
        return TemplateError(
            f"not allowed in a template: {error}; a template may only use "
            "the agreement's data and the filters",
            file=where,
            line=line,
        )
    if isinstance(error, jinja2.UndefinedError):
        return TemplateError(
            f"{error.message}; check the name against the template "
            "variables in templates/README.md",
            file=where,
            line=line,
        )
    if isinstance(error, jinja2.TemplateNotFound):
        return TemplateError(
            f"the file {error.name} is not in the template folder", file=where, line=line
        )
    if isinstance(error, UnicodeDecodeError):
        return TemplateError("the file is not UTF-8 text", file=where, line=line)
    return TemplateError(
        f"the template failed: {type(error).__name__}: {error}", file=where, line=line
    )


def _location(error: BaseException, folder: Path) -> tuple[str | None, int | None]:
    """The innermost template file and line the error came from."""
    if isinstance(error, jinja2.TemplateSyntaxError):
        return error.filename, error.lineno
    found: tuple[str | None, int | None] = (None, None)
    tb: TracebackType | None = error.__traceback__
    while tb is not None:
        # Jinja rewrites the traceback so that template frames carry the template's own
        # file name and line numbers.
        name = tb.tb_frame.f_code.co_filename
        if _inside(name, folder):
            found = (name, tb.tb_lineno)
        tb = tb.tb_next
    return found


def _inside(name: str, folder: Path) -> bool:
    try:
        return Path(name).resolve().is_relative_to(folder)
    except (OSError, ValueError):
        return False
