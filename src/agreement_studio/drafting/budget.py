"""How much work one render of a template may do: steps, characters and time.

A template may come from anyone. The sandbox keeps it away from everything but the agreement's
data, but a sandboxed template can still loop for ever (two nested ``range(100000)`` loops are
ten billion steps) or build text until memory runs out. Every render gets a budget; the sandbox
charges each loop iteration, call and ``range`` to its steps and each piece of text it builds
or writes to its characters, and checks the clock as it goes. An overdraft raises
:class:`TemplateOverBudget`, which the sandbox reports at the template's file and line.

The limits are far above what an agreement needs (the built-in templates take a few thousand
steps and some tens of thousands of characters) and far below what would hang the window.

The template's *output* is bounded too (:class:`OutputMeter`), because laying it out costs far
more than writing it: ReportLab wraps a paragraph in time that grows with the square of its
length, and a 600 kB text took minutes to lay out. Measured on the built-in templates with the
most parties a draft may have (32): at most 17,000 characters in all, 2,600 in one paragraph,
37 in one word. The limits are 300,000 characters, 30,000 in one paragraph (text between
blank lines) and 1,000 in one unbroken word (a long URL or a 78-digit number still fits); a
text at those limits lays out in about a second.
"""

from __future__ import annotations

import contextlib
import contextvars
import re
import time
from collections.abc import Iterator
from dataclasses import dataclass, field

from agreement_studio.i18n import translatable

_ = translatable(__name__)

MAX_STEPS = 2_000_000
MAX_CHARACTERS = 20_000_000
MAX_SECONDS = 2.0
MAX_OUTPUT = 300_000
MAX_PARAGRAPH = 30_000
MAX_WORD = 1_000
MAX_VALUE = 2_000_000
"""The most characters one value a template builds may hold (its text, or its items' texts)."""

_BLANK_LINE = re.compile(r"\n[ \t]*\n")
_WORD = re.compile(r"\S+")


class TemplateOverBudget(Exception):
    """A template did more work than one render may do."""


@dataclass
class Budget:
    """The work left to one render."""

    max_steps: int = MAX_STEPS
    max_characters: int = MAX_CHARACTERS
    max_seconds: float = MAX_SECONDS
    steps: int = 0
    characters: int = 0
    deadline: float = field(default=0.0)

    def __post_init__(self) -> None:
        if not self.deadline:
            self.deadline = time.monotonic() + self.max_seconds

    def step(self, count: int = 1) -> None:
        """Charge ``count`` steps (loop iterations, calls, range items) and check the clock."""
        self.steps += count
        if self.steps > self.max_steps:
            raise TemplateOverBudget(
                _("the template takes too long (more than {steps:,} steps)", steps=self.max_steps)
            )
        if time.monotonic() > self.deadline:
            raise TemplateOverBudget(
                _("the template takes too long (more than {seconds:g} s)", seconds=self.max_seconds)
            )

    def charge(self, characters: int) -> None:
        """Charge text built or written (characters, or items of a sequence)."""
        self.characters += characters
        if self.characters > self.max_characters:
            raise TemplateOverBudget(
                _(
                    "the template makes too much text (more than {characters:,} characters)",
                    characters=self.max_characters,
                )
            )
        self.step()


class OutputMeter:
    """Counts a template's output as it streams out: all of it, its paragraphs and its words.

    :meth:`feed` takes each piece as the template writes it and raises
    :class:`TemplateOverBudget` as soon as a limit is passed, so the error names the line that
    wrote the piece. A paragraph or word may run over several pieces.
    """

    def __init__(
        self,
        max_output: int = MAX_OUTPUT,
        max_paragraph: int = MAX_PARAGRAPH,
        max_word: int = MAX_WORD,
    ) -> None:
        self.max_output = max_output
        self.max_paragraph = max_paragraph
        self.max_word = max_word
        self.total = 0
        self.paragraph = 0  # characters since the last blank line
        self.word = 0  # characters since the last white space
        self._after_newline = False  # only spaces and tabs since the last newline

    def feed(self, piece: str) -> None:
        """Count ``piece``; TemplateOverBudget if the output is now too long."""
        if not piece:
            return
        self.total += len(piece)
        if self.total > self.max_output:
            raise TemplateOverBudget(
                _(
                    "the template's text is too long (more than {characters:,} characters)",
                    characters=self.max_output,
                )
            )
        self._count_paragraph(piece)
        self._count_word(piece)

    def _count_paragraph(self, piece: str) -> None:
        text = ("\n" if self._after_newline else "") + piece
        blanks = list(_BLANK_LINE.finditer(text))
        if not blanks:
            self.paragraph += len(piece)
        else:
            self.paragraph = len(text) - blanks[-1].end()
        tail = text.rsplit("\n", 1)
        self._after_newline = len(tail) == 2 and not tail[1].strip(" \t")
        if self.paragraph > self.max_paragraph:
            raise TemplateOverBudget(
                _(
                    "the template writes a paragraph that is too long (more than "
                    "{characters:,} characters without a blank line)",
                    characters=self.max_paragraph,
                )
            )

    def _count_word(self, piece: str) -> None:
        longest = 0
        last: re.Match[str] | None = None
        for number, match in enumerate(_WORD.finditer(piece)):
            length = match.end() - match.start()
            if number == 0 and match.start() == 0:
                length += self.word  # the word goes on from the previous piece
            longest = max(longest, length)
            last = match
        if last is None:
            self.word = 0
        elif last.end() == len(piece):
            self.word = (last.end() - last.start()) + (self.word if last.start() == 0 else 0)
        else:
            self.word = 0
        if longest > self.max_word:
            raise TemplateOverBudget(
                _(
                    "the template writes a word that is too long (more than {characters:,} "
                    "characters without a space)",
                    characters=self.max_word,
                )
            )


def value_too_large(characters: int) -> TemplateOverBudget:
    """The error for a value of ``characters`` characters, over :data:`MAX_VALUE`."""
    return TemplateOverBudget(
        _(
            "the template makes a value too large ({characters:,} characters; at most {limit:,})",
            characters=characters,
            limit=MAX_VALUE,
        )
    )


_CURRENT: contextvars.ContextVar[Budget | None] = contextvars.ContextVar(
    "template_budget", default=None
)


def current_budget() -> Budget:
    """The budget of the render in progress (a fresh one if none was opened)."""
    budget = _CURRENT.get()
    if budget is None:
        budget = Budget()
        _CURRENT.set(budget)
    return budget


@contextlib.contextmanager
def render_budget(budget: Budget | None = None) -> Iterator[Budget]:
    """Open a budget for one render; the previous one (if any) comes back afterwards."""
    budget = budget or Budget()
    token = _CURRENT.set(budget)
    try:
        yield budget
    finally:
        _CURRENT.reset(token)
