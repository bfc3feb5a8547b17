"""The Jinja2 sandbox templates run in, and the translation of its failures into TemplateError.

A template may come from anyone (users add their own), so it runs in an immutable sandbox with
``StrictUndefined``: it can read the agreement's data and call the filters, nothing else. Each
template folder has one environment for the life of the process, so a body is compiled once.

Each render also has a work budget (``budget.py``): the compiled template charges every loop
iteration (each ``for`` iterates through :meth:`_Sandbox.guarded_iteration`), call, ``range``,
string join and filter result to it, so a template that would run for ever or fill the memory
stops with "the template takes too long" at its file and line.

Memory is guarded before it is spent: a repetition, concatenation or filter whose result
would hold more than ``MAX_VALUE`` characters (``[a]*99999`` with a long ``a``,
``text|indent(99999)``, ``s.replace("", big)``) is refused from its operands' sizes, before
Python builds it. The rendered text itself streams out through an :class:`OutputMeter`, which
stops a template whose text, paragraph or word is too long to lay out in reasonable time.
"""

from __future__ import annotations

import functools
import re
import threading
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from types import TracebackType
from typing import Any

import jinja2
from jinja2 import FileSystemLoader, StrictUndefined, nodes, pass_context
from jinja2.compiler import CodeGenerator, Frame
from jinja2.exceptions import SecurityError
from jinja2.runtime import Context
from jinja2.sandbox import ImmutableSandboxedEnvironment, safe_range
from jinja2.visitor import NodeTransformer

from agreement_studio.drafting.budget import (
    MAX_SECONDS,
    MAX_VALUE,
    OutputMeter,
    TemplateOverBudget,
    current_budget,
    render_budget,
    value_too_large,
)
from agreement_studio.drafting.formatting import LANGUAGE_FILTERS, PLAIN_FILTERS
from agreement_studio.errors import TemplateError
from agreement_studio.i18n import translatable

_ = translatable(__name__)

_MAX_SEQUENCE = 1_000_000
_MAX_POWER_BITS = 100_000
_MAX_PARAMETER = 1_000_000
# A width or precision of seven digits or more in a format string ("%0999999999d", "{:>9999999}")
# would build that much text from one value; "*" takes the width from the data.
_HUGE_PERCENT_SPEC = re.compile(r"%[-#0 +]*(?:\*|\d{7,}|\d*\.(?:\*|\d{7,}))")
_HUGE_BRACE_SPEC = re.compile(r"\{[^{}]*:[^{}]*\d{7,}[^{}]*\}")


class _GuardLoops(NodeTransformer):
    """Make every ``for`` iterate through the environment's guard (which charges the budget)."""

    def visit_For(self, node: nodes.For) -> nodes.Node:  # Jinja's visitor names
        self.generic_visit(node)  # visits the children in place (it returns ``node`` itself)
        node.iter = nodes.Call(
            nodes.EnvironmentAttribute("guarded_iteration", lineno=node.lineno),
            [node.iter],
            [],
            None,
            None,
            lineno=node.lineno,
        )
        return node


class _BudgetedCodeGenerator(CodeGenerator):
    """Jinja's code generator, joining ``~`` concatenations through the budget."""

    def visit_Concat(self, node: nodes.Concat, frame: Frame) -> None:
        self.write("environment.joined((")
        for arg in node.nodes:
            self.visit(arg, frame)
            self.write(", ")
        self.write("))")


def _size(value: Any, depth: int = 0) -> int:
    """About how many characters ``value`` holds: a text's length, a collection's items' sizes.

    Counts each item at least 1 and stops counting once past :data:`MAX_VALUE` (the caller only
    needs to know that), so it costs at most that many steps.
    """
    if isinstance(value, str):
        return len(value)
    if depth > 20:
        return 1
    if isinstance(value, dict):
        items: Iterable[Any] = (x for pair in value.items() for x in pair)
    elif isinstance(value, list | tuple | set | frozenset):
        items = value
    else:
        return 1
    total = 0
    for item in items:
        total += max(_size(item, depth + 1), 1)
        if total > MAX_VALUE:
            break
    return total


def _check_size(characters: int) -> None:
    if characters > MAX_VALUE:
        raise value_too_large(characters)


def _lines(text: str) -> int:
    return text.count("\n") + 1


def _predicted_size(name: str, args: tuple[Any, ...], kwargs: dict[str, Any]) -> int:
    """The size a string filter or method ``name`` would return for these arguments (0: no
    prediction needed, its result is not much larger than its input)."""
    if not args:
        return 0
    value, rest = args[0], [*args[1:], *kwargs.values()]
    numbers = [n for n in rest if isinstance(n, int) and not isinstance(n, bool)]
    texts = [t for t in rest if isinstance(t, str)]
    widest = max([0, *numbers])
    if name in ("indent", "do_indent"):
        text = str(value)
        width = max([len(t) for t in texts] + [widest, 4])
        return len(text) + _lines(text) * width
    if name in ("center", "do_center", "ljust", "rjust", "zfill"):
        return max(_size(value), widest)
    if name in ("expandtabs",):
        return _size(value) * max(widest, 8)
    if name in ("replace", "do_replace") and len(rest) >= 2:
        text, old, new = str(value), str(rest[0]), str(rest[1])
        count = text.count(old) if old else len(text) + 1
        return len(text) + count * len(new)
    if name in ("join", "do_join"):
        items = value if isinstance(value, str) else list(value)
        separator = max([len(t) for t in texts] + [0])
        return _size(items) + len(items) * separator
    if name in ("wordwrap", "do_wordwrap"):
        text = str(value)
        wrap = max([len(t) for t in texts] + [1])
        return len(text) + (len(text) // max(min(numbers or [79]), 1) + 1) * wrap
    if name in ("truncate", "do_truncate"):
        return _size(value) + max([len(t) for t in texts] + [0])
    return 0


def _huge_format(text: str) -> bool:
    return bool(_HUGE_PERCENT_SPEC.search(text) or _HUGE_BRACE_SPEC.search(text))


def _budgeted_filter(function: Callable[..., Any]) -> Callable[..., Any]:
    """``function`` refusing huge numeric parameters and charging the text it returns."""
    # A filter marked pass_context/pass_environment/pass_eval_context gets that object first.
    passes_object = hasattr(function, "jinja_pass_arg")

    @functools.wraps(function)  # keeps the jinja_pass_arg mark
    def budgeted(*args: Any, **kwargs: Any) -> Any:
        parameters = [*args[2 if passes_object else 1 :], *kwargs.values()]
        for value in parameters:
            if isinstance(value, int) and not isinstance(value, bool):
                if abs(value) > _MAX_PARAMETER:
                    raise SecurityError(_("the filter parameter {value} is too large", value=value))
            elif isinstance(value, str) and _huge_format(value):
                raise SecurityError(_("the template asks for a text that is too wide"))
        if function.__name__ == "do_format" and args and _huge_format(str(args[0])):
            raise SecurityError(_("the template asks for a text that is too wide"))
        _check_size(
            _predicted_size(function.__name__, tuple(args[1 if passes_object else 0 :]), kwargs)
        )
        result = function(*args, **kwargs)
        if isinstance(result, str):
            current_budget().charge(len(result))
        else:
            current_budget().step()
        return result

    return budgeted


class _Sandbox(ImmutableSandboxedEnvironment):
    """The immutable sandbox, also refusing arithmetic that would exhaust memory and keeping
    each render within its budget (see ``budget.py``)."""

    intercepted_binops = frozenset({"*", "**", "+", "%"})
    code_generator_class = _BudgetedCodeGenerator

    def _parse(self, source: str, name: str | None, filename: str | None) -> nodes.Template:
        tree = super()._parse(source, name, filename)
        guarded: nodes.Template = _GuardLoops().visit(tree)
        return guarded

    def guarded_iteration(self, iterable: Iterable[Any]) -> Iterator[Any]:
        """Iterate as a template's ``for`` does, one budget step per item."""
        budget = current_budget()
        for item in iterable:
            budget.step()
            yield item

    def joined(self, pieces: tuple[Any, ...]) -> str:
        """The ``~`` operator: the pieces as one text, charged to the budget."""
        _check_size(sum(_size(piece) for piece in pieces))
        text = "".join(map(str, pieces))
        current_budget().charge(len(text))
        return text

    def concat(self, pieces: Iterable[str]) -> str:
        """The template's output as one text, each piece charged to the budget."""
        budget = current_budget()
        out = []
        for piece in pieces:
            try:
                budget.charge(len(piece))
            except TemplateOverBudget as error:
                throw = getattr(pieces, "throw", None)
                if throw is None:
                    raise
                # Raised where the template is paused, so the error names the line that wrote.
                throw(error)
                raise
            out.append(piece)
        return "".join(out)

    def call(__self, __context: Context, __obj: Any, *args: Any, **kwargs: Any) -> Any:
        """Call from a template: one budget step, and no format string asking for huge widths."""
        current_budget().step()
        # The sandbox hands out str.format wrapped (its own safe formatter); look inside.
        owner = getattr(getattr(__obj, "__wrapped__", __obj), "__self__", None)
        name = getattr(getattr(__obj, "__wrapped__", __obj), "__name__", "")
        if isinstance(owner, str) and name in ("format", "format_map") and _huge_format(owner):
            raise SecurityError(_("the template asks for a text that is too wide"))
        if isinstance(owner, str | list | tuple | dict):
            _check_size(_predicted_size(name, (owner, *args), kwargs))
        elif name == "fromkeys" or __obj in (dict, list, tuple, set, frozenset):
            _check_size(sum(_size(a) for a in (*args, *kwargs.values())))
        result = super().call(__context, __obj, *args, **kwargs)
        if isinstance(result, str | list | tuple | dict):
            _check_size(_size(result))
        return result

    def call_binop(self, context: Context, operator: str, left: Any, right: Any) -> Any:
        if operator == "%" and isinstance(left, str) and _huge_format(left):
            raise SecurityError(_("the template asks for a text that is too wide"))
        result = self._checked_binop(context, operator, left, right)
        if isinstance(result, str | list | tuple):
            current_budget().charge(len(result))
        return result

    def _checked_binop(self, context: Context, operator: str, left: Any, right: Any) -> Any:
        if operator == "*":
            for seq, times in ((left, right), (right, left)):
                if (
                    isinstance(seq, str | list | tuple)
                    and isinstance(times, int)
                    and len(seq) * times > _MAX_SEQUENCE
                ):
                    raise SecurityError(_("the template builds a sequence that is too long"))
                if isinstance(seq, str | list | tuple) and isinstance(times, int):
                    _check_size(_size(seq) * times)
        if operator == "+" and isinstance(left, str | list | tuple):
            _check_size(_size(left) + _size(right))
        if (
            operator == "**"
            and isinstance(left, int)
            and isinstance(right, int)
            and max(abs(left), 2).bit_length() * right > _MAX_POWER_BITS
        ):
            raise SecurityError(_("the template computes a number that is too large"))
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
    env.filters = {name: _budgeted_filter(f) for name, f in env.filters.items()}
    env.globals["range"] = _budgeted_range
    return env


def _budgeted_range(*args: int) -> range:
    """The sandbox's ``range`` (at most 100 000 items), each item charged as a step."""
    numbers = safe_range(*args)
    current_budget().step(len(numbers))
    return numbers


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
        with render_budget():
            return _metered(body.generate(context))
    except RecursionError as recursion:
        error = TemplateOverBudget(_("the template calls itself too deeply"))
        error = error.with_traceback(recursion.__traceback__)  # for the file and line
        raise template_error(error, folder, folder / file_name) from None
    except Exception as error:
        raise template_error(error, folder, folder / file_name) from None


def _metered(pieces: Iterator[str]) -> str:
    """The template's output as one text, each piece counted by an :class:`OutputMeter` (and
    charged to the budget); an overrun is raised where the template is paused, so the error
    names the line that wrote the piece."""
    meter = OutputMeter()
    budget = current_budget()
    out = []
    for piece in pieces:
        try:
            meter.feed(piece)
            budget.charge(len(piece))
        except TemplateOverBudget as error:
            getattr(pieces, "throw")(error)  # noqa: B009 - a generator's throw; re-raises
            raise
        out.append(piece)
    return "".join(out)


def template_error(error: BaseException, folder: Path, file: Path) -> TemplateError:
    """A TemplateError for a failure while compiling or rendering, at its file and line."""
    if isinstance(error, TemplateError):
        return error
    where, line = _location(error, folder.resolve())
    where = where or str(file)
    if isinstance(error, jinja2.TemplateSyntaxError):
        return TemplateError(
            _("syntax error: {reason}", reason=error.message), file=where, line=line
        )
    reason = error.args[0] if error.args and isinstance(error.args[0], str) else str(error)
    if isinstance(error, SecurityError):
        return TemplateError(
            _(
                "not allowed in a template: {reason}; a template may only use "
                "the agreement's data and the filters",
                reason=reason,
            ),
            file=where,
            line=line,
        )
    if isinstance(error, TemplateOverBudget):
        return TemplateError(
            _(
                "{reason}; a template may loop over the agreement's data, not compute "
                "(each render has {seconds:g} s)",
                reason=reason,
                seconds=MAX_SECONDS,
            ),
            file=where,
            line=line,
        )
    if isinstance(error, jinja2.UndefinedError):
        return TemplateError(
            _(
                "{reason}; check the name against the template variables in templates/README.md",
                reason=error.message or "",
            ),
            file=where,
            line=line,
        )
    if isinstance(error, jinja2.TemplateNotFound):
        return TemplateError(
            _("the file {name} is not in the template folder", name=error.name),
            file=where,
            line=line,
        )
    if isinstance(error, UnicodeDecodeError):
        return TemplateError(_("the file is not UTF-8 text"), file=where, line=line)
    return TemplateError(
        _("the template failed: {kind}: {reason}", kind=type(error).__name__, reason=str(error)),
        file=where,
        line=line,
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
