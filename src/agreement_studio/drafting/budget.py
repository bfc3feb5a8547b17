"""How much work one render of a template may do: steps, characters and time.

A template may come from anyone. The sandbox keeps it away from everything but the agreement's
data, but a sandboxed template can still loop for ever (two nested ``range(100000)`` loops are
ten billion steps) or build text until memory runs out. Every render gets a budget; the sandbox
charges each loop iteration, call and ``range`` to its steps and each piece of text it builds
or writes to its characters, and checks the clock as it goes. An overdraft raises
:class:`TemplateOverBudget`, which the sandbox reports at the template's file and line.

The limits are far above what an agreement needs (the built-in templates take a few thousand
steps and some tens of thousands of characters) and far below what would hang the window.
"""

from __future__ import annotations

import contextlib
import contextvars
import time
from collections.abc import Iterator
from dataclasses import dataclass, field

from agreement_studio.i18n import translatable

_ = translatable(__name__)

MAX_STEPS = 2_000_000
MAX_CHARACTERS = 20_000_000
MAX_SECONDS = 2.0


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
