"""A template can read the agreement's data and nothing else; its failures name file and line."""

from __future__ import annotations

from pathlib import Path

import pytest
from template_helpers import user_root, write_template

from agreement_studio.agreement import example_agreement
from agreement_studio.drafting import compose
from agreement_studio.errors import TemplateError

_LEAD = "## Parties\n\n{{ parties | length }} parties.\n"  # lines 1-3: fine


def _compose_user_body(template_id: str, body: str, extra: dict[str, str] | None = None):
    folder = write_template(user_root(), template_id, {"en": body})
    for name, text in (extra or {}).items():
        (folder / name).write_text(text, "utf-8")
    agreement = example_agreement(parties=3, language="en", template_id=template_id)
    return folder, agreement


@pytest.mark.parametrize(
    "expression",
    [
        "{{ ''.__class__.__mro__ }}",
        "{{ ''.__class__.__mro__[1].__subclasses__() }}",
        "{{ cycler.__init__.__globals__ }}",
        "{{ joiner.__init__.__globals__.os }}",
        "{{ namespace.__init__.__globals__ }}",
        "{{ self._TemplateReference__context }}",
        "{{ self.__init__.__globals__ }}",
        "{{ parties.__class__ }}",
        "{{ parties[0].name.__class__.__base__ }}",
        "{{ term.start.__class__.__subclasses__() }}",
        "{{ parties.append(1) }}",
        "{{ network.goals.clear() }}",
        "{{ '{0.__class__}'.format(network) }}",
        "{{ 'x' * 100000000 }}",
        "{{ 10 ** 10000000 }}",
        "{% for i in range(100000000) %}{% endfor %}",
        "{{ lipsum() }}",
    ],
)
def test_reaching_outside_the_data_fails_at_its_line_with_no_output(expression):
    body = f"{_LEAD}\n{expression}\n\nMore text.\n"
    folder, agreement = _compose_user_body("hostile", body)
    with pytest.raises(TemplateError) as caught:
        compose(agreement)
    error = caught.value
    assert Path(error.file) == folder.resolve() / "en.md"
    assert error.line == 5
    assert "en.md:5:" in str(error)


def test_the_data_is_not_changed_by_a_template():
    body = _LEAD + "{% set x = parties.pop() %}\n"
    _, agreement = _compose_user_body("mutating", body)
    before = agreement.model_copy(deep=True)
    with pytest.raises(TemplateError):
        compose(agreement)
    assert agreement == before


def test_a_missing_variable_is_named_with_its_file_and_line():
    body = _LEAD + "\nThe network: {{ network.name }}.\nThe chair: {{ chairperson }}.\n"
    folder, agreement = _compose_user_body("missing-name", body)
    with pytest.raises(TemplateError, match="chairperson") as caught:
        compose(agreement)
    assert Path(caught.value.file) == folder.resolve() / "en.md"
    assert caught.value.line == 6


def test_a_missing_attribute_is_named_too():
    body = _LEAD + "{{ network.slogan }}\n"
    _, agreement = _compose_user_body("missing-attribute", body)
    with pytest.raises(TemplateError, match="slogan") as caught:
        compose(agreement)
    assert caught.value.line == 4


def test_an_error_in_an_included_file_names_that_file():
    body = _LEAD + '{% include "part.md" %}\n'
    folder, agreement = _compose_user_body(
        "with-include", body, {"part.md": "Fine line.\n{{ nothing_here }}\n"}
    )
    with pytest.raises(TemplateError) as caught:
        compose(agreement)
    assert Path(caught.value.file) == folder.resolve() / "part.md"
    assert caught.value.line == 2


def test_an_include_cannot_leave_the_template_folder():
    secret = user_root().parent / "secret.md"
    secret.write_text("secret\n", "utf-8")
    body = _LEAD + '{% include "../../secret.md" %}\n'
    _, agreement = _compose_user_body("escaping", body)
    with pytest.raises(TemplateError, match=r"secret\.md"):
        compose(agreement)


def test_other_runtime_failures_become_template_errors():
    body = _LEAD + "{{ 1 // 0 }}\n"
    _, agreement = _compose_user_body("dividing", body)
    with pytest.raises(TemplateError, match="ZeroDivisionError") as caught:
        compose(agreement)
    assert caught.value.line == 4


def test_a_safe_user_template_composes_with_the_filters():
    body = _LEAD + (
        "{% for p in parties %}\n- {{ p.name | md }}: {{ p.organisation_type | "
        "organisation_type }}\n{% endfor %}\n\nFrom {{ term.start | date }}.\n"
    )
    _, agreement = _compose_user_body("safe", body)
    text = compose(agreement).markdown
    assert "3 parties." in text
    assert f"- {agreement.parties[0].name}: municipality" in text
    assert "From 1 January 2027." in text
