"""A template cannot hang the application: each render has a budget of steps, text and time.

Each hostile body would run for minutes or fill the memory without the budget; with it, each
ends with a TemplateError at its own file and line. The pytest timeout is the bound of the
issue (5 s), not a speed measurement: without the budget these tests would run until killed.
Honest neighbours (the built-in templates with many parties, a template that loops over a
large but reasonable range) must still render.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from template_helpers import user_root, write_template

from agreement_studio.agreement import example_agreement
from agreement_studio.drafting import compose
from agreement_studio.drafting.budget import Budget, TemplateOverBudget, render_budget
from agreement_studio.errors import TemplateError

_LEAD = "## Parties\n\n{{ parties | length }} parties.\n"  # lines 1-3: fine

HOSTILE = {
    "nested loops": (
        "{% for i in range(100000) %}{% for j in range(100000) %}x{% endfor %}{% endfor %}"
    ),
    "nested empty loops": (
        "{% for i in range(100000) %}{% for j in range(100000) %}{% endfor %}{% endfor %}"
    ),
    "loop over a filtered range": (
        "{% for i in range(100000) %}{{ range(100000) | sum }}{% endfor %}"
    ),
    "three loops over the data": (
        "{% for a in range(1000) %}{% for b in range(1000) %}{% for p in parties %}"
        "{{ p.name }}{% endfor %}{% endfor %}{% endfor %}"
    ),
    "text in a loop": "{% for i in range(100000) %}{{ 'x' * 999999 }}{% endfor %}",
    "endless recursion": "{% macro f(n) %}{{ f(n + 1) }}{% endmacro %}{{ f(0) }}",
    "exponential recursion": (
        "{% macro f(n) %}{% if n < 60 %}{{ f(n + 1) }}{{ f(n + 1) }}{% endif %}{% endmacro %}"
        "{{ f(0) }}"
    ),
    "doubling a string": "{% macro d(s) %}{{ d(s ~ s) }}{% endmacro %}{{ d('x') }}",
    "doubling with plus": "{% macro d(s) %}{{ d(s + s) }}{% endmacro %}{{ d('x') }}",
    "huge range": "{{ range(10 ** 9) | list }}",
    "huge power": "{{ (10 ** 300) ** 300 }}",
    "huge repetition": "{{ 'x' * 100000000 }}",
    "huge filter width": "{{ 'x' | center(1000000000) }}",
    "huge indent": "{{ 'a b' | indent(1000000000) }}",
    "huge percent width": "{{ '%0999999999d' % 1 }}",
    "star width": "{{ '%*d' | format(1000000000, 1) }}",
    "huge format width": "{{ '{:>999999999}'.format(1) }}",
    "huge format filter": "{{ '%999999999s' | format('x') }}",
    "joined lists": (
        "{% for i in range(100000) %}{{ (range(90000) | list) + (range(90000) | list) }}"
        "{% endfor %}"
    ),
    "attribute escape": "{{ ''.__class__.__mro__[1].__subclasses__() }}",
}


def _user_body(template_id: str, body: str) -> tuple[Path, object]:
    folder = write_template(user_root(), template_id, {"en": body})
    agreement = example_agreement(parties=3, language="en", template_id=template_id)
    return folder, agreement


@pytest.mark.timeout(5)
@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_a_hostile_template_stops_with_its_file_and_line(name):
    body = f"{_LEAD}\n{HOSTILE[name]}\n\nMore text.\n"
    folder, agreement = _user_body("hostile-" + name.replace(" ", "-"), body)
    with pytest.raises(TemplateError) as caught:
        compose(agreement)
    error = caught.value
    assert Path(error.file) == folder.resolve() / "en.md"
    assert error.line == 5, str(error)
    assert "en.md:5:" in str(error)


def test_the_message_says_the_template_takes_too_long():
    _, agreement = _user_body("slow", f"{_LEAD}\n{HOSTILE['nested empty loops']}\n")
    with pytest.raises(TemplateError, match="takes too long"):
        compose(agreement)


def test_a_budget_counts_steps_characters_and_time():
    budget = Budget(max_steps=10, max_characters=100, max_seconds=60)
    budget.step(10)
    with pytest.raises(TemplateOverBudget, match="10 steps"):
        budget.step()
    text = Budget(max_steps=1000, max_characters=100, max_seconds=60)
    text.charge(100)
    with pytest.raises(TemplateOverBudget, match="too much text"):
        text.charge(1)
    late = Budget(max_seconds=60, deadline=1.0)  # a deadline long gone
    with pytest.raises(TemplateOverBudget, match="60 s"):
        late.step()


def test_each_render_gets_a_fresh_budget():
    body = f"{_LEAD}\n{{% for i in range(100000) %}}{{% endfor %}}\n"
    _, agreement = _user_body("fresh", body)
    for _ in range(30):  # 30 renders of 100 000 steps each: more than one budget, if shared
        compose(agreement)


def test_a_budget_opened_by_the_caller_applies_to_the_render():
    body = f"{_LEAD}\n{{% for i in range(100) %}}{{% endfor %}}\n"
    folder, _ = _user_body("caller-budget", body)
    from agreement_studio.drafting.sandbox import render_body

    with render_budget(Budget(max_steps=50)) as budget:
        # render_body opens its own budget: the caller's stays untouched
        render_body(folder, "en.md", {"parties": [], "language": "en"})
    assert budget.steps == 0


# -- honest neighbours ------------------------------------------------------------------------


@pytest.mark.parametrize("template_id", ["network-continuation", "letter-of-intent"])
@pytest.mark.parametrize("language", ["fi", "sv", "en"])
def test_the_built_in_templates_render_with_many_parties(template_id, language):
    agreement = example_agreement(parties=32, language=language, template_id=template_id)
    assert len(compose(agreement).markdown) > 1000


@pytest.mark.parametrize(
    "body",
    [
        "{% for i in range(100000) %}{% if i == 99999 %}last {{ i }}{% endif %}{% endfor %}",
        "{% for p in parties %}{% for q in parties %}{{ p.name }}/{{ q.name }} "
        "{% endfor %}{% endfor %}",
        "{{ '%5d|%-8s|%.2f' % (42, 'abc', 3.14159) }} {{ '{:>10}'.format('x') }}",
        "{{ 'a' ~ 'b' ~ 'c' }} {{ 'x' | center(80) }} {{ 'y' * 1000 }}",
        "{% macro f(n) %}{% if n < 60 %}{{ f(n + 1) }}{% endif %}{% endmacro %}{{ f(0) }}done",
        "{{ 10 ** 50 }} {{ range(100000) | sum }}",
    ],
)
def test_a_busy_but_reasonable_template_renders(body):
    _, agreement = _user_body("honest", f"{_LEAD}\n{body}\n")
    assert "parties." in compose(agreement).markdown
