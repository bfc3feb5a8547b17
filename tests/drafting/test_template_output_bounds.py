"""A template's output and its values are bounded, not only its steps (issue 14, outside test).

The step budget stops a template that loops for ever, but a template well under it could still
write ~600 kB of text (laying it out took minutes) or build a value of gigabytes in one C call
(``[a]*99999``, ``indent(99999)``). Each hostile body below must now end, composed *and* laid
out, with a TemplateError at its file and line; the pytest timeout is the issue's bound (5 s),
not a speed measurement. Honest neighbours: a long URL, a big but real text, many parties.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from template_helpers import user_root, write_template

from agreement_studio.agreement import example_agreement
from agreement_studio.drafting import compose
from agreement_studio.drafting.budget import (
    MAX_OUTPUT,
    MAX_PARAGRAPH,
    MAX_WORD,
    OutputMeter,
    TemplateOverBudget,
)
from agreement_studio.errors import TemplateError
from agreement_studio.pdf.render import render_pdf

_LEAD = "## Parties\n\n{{ parties | length }} parties.\n"  # lines 1-3: fine; line 4 blank

HOSTILE = {
    "many words": ("{% for i in range(99999) %}{{ i }} {% endfor %}", "paragraph"),
    "many paragraphs": ("{% for i in range(99999) %}{{ i }}\n\n{% endfor %}", "text is too long"),
    "one long line": ('{{ "word " * 200000 }}', "too long"),
    "a big dict": ("{{ dict.fromkeys(range(99999)) }}", "too long"),
    "a list of long texts": ('{% set a = "x" * 99999 %}{{ [a] * 99999 }}', "value too large"),
    "a wide indent": ('{{ ("x\\n" * 99999) | indent(99999) }}', "value too large"),
    "emoji word": ('{{ "\\U0001F600" * 99999 }}', "word"),
    "a long word through md": ('{{ "" | md("y" * 99999) }}', "word"),
    "ljust": ('{{ "x".ljust(999999999) }}', ""),
    "replace filter": ('{{ ("x" * 999999) | replace("x", "y" * 999999) }}', "value too large"),
    "replace method": ('{{ ("x" * 999999).replace("", "yy") }}', "value too large"),
    "join filter": ('{{ (["x" * 999] * 999) | join("y" * 99999) }}', "value too large"),
    "join method": ('{{ ("y" * 99999).join(["x" * 999] * 999) }}', "value too large"),
    "wordwrap": (
        '{{ ("x " * 499999) | wordwrap(1, wrapstring="y" * 99999) }}',
        "value too large",
    ),
    "expandtabs": ('{{ ("\\t" * 999999).expandtabs(999999) }}', ""),
    "concatenated lists": ('{% set a = ["x" * 99999] * 10 %}{{ a + a + a }}', "value too large"),
    "tilde": ('{% set a = "x" * 999999 %}{{ a ~ a ~ a }}', "value too large"),
}


def _user_body(template_id: str, body: str):
    folder = write_template(user_root(), template_id, {"en": body})
    agreement = example_agreement(parties=3, language="en", template_id=template_id)
    return folder, agreement


@pytest.mark.timeout(5)
@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_a_template_with_too_much_output_stops_at_its_file_and_line(name):
    attack, words = HOSTILE[name]
    body = f"{_LEAD}\n{attack}\n\nMore text.\n"
    folder, agreement = _user_body("big-" + name.replace(" ", "-"), body)
    with pytest.raises(TemplateError) as caught:
        render_pdf(compose(agreement), agreement)
    error = caught.value
    assert Path(error.file) == folder.resolve() / "en.md"
    assert error.line == 5, str(error)
    assert words in str(error)
    assert "MemoryError" not in str(error)


def test_the_limits_are_far_above_the_longest_real_agreement():
    for template_id in ("network-continuation", "letter-of-intent"):
        for language in ("fi", "sv", "en"):
            agreement = example_agreement(parties=32, language=language, template_id=template_id)
            text = compose(agreement).markdown
            assert len(text) * 10 < MAX_OUTPUT
            paragraphs = text.split("\n\n")
            assert max(map(len, paragraphs)) * 10 < MAX_PARAGRAPH
            assert max(map(len, text.split())) * 10 < MAX_WORD


# -- the meter, piece by piece ----------------------------------------------------------------


def test_a_word_split_over_pieces_is_one_word():
    meter = OutputMeter(max_output=100, max_paragraph=100, max_word=10)
    meter.feed("aaaa")
    meter.feed("bbbb")
    assert meter.word == 8
    with pytest.raises(TemplateOverBudget, match="word"):
        meter.feed("ccc d")


def test_a_space_ends_a_word_even_between_pieces():
    meter = OutputMeter(max_output=100, max_paragraph=100, max_word=10)
    for piece in ("aaaaaaaa", " ", "bbbbbbbb", "\n", "cccccccc dd", "dddddddd"):
        meter.feed(piece)
    assert meter.word == 10


def test_a_blank_line_split_over_pieces_ends_a_paragraph():
    meter = OutputMeter(max_output=1000, max_paragraph=20, max_word=100)
    for piece in ("x" * 15, "\n", "  ", "\n", "y" * 15, "\n\n", "z" * 15, "\n \t\n", "w" * 15):
        meter.feed(piece)
    assert meter.paragraph == 15
    meter.feed("\nmore")  # one newline goes on with the paragraph
    with pytest.raises(TemplateOverBudget, match="paragraph"):
        meter.feed("\nand more")


def test_the_whole_text_is_counted():
    meter = OutputMeter(max_output=30, max_paragraph=100, max_word=100)
    meter.feed("a b\n\n" * 6)
    with pytest.raises(TemplateOverBudget, match="too long"):
        meter.feed("x")


# -- honest neighbours ------------------------------------------------------------------------


@pytest.mark.timeout(5)
def test_a_long_url_and_a_big_real_text_still_render():
    url = "https://example.org/" + "a" * (MAX_WORD - 30)
    body = (
        f"{_LEAD}\n{url}\n\n"
        "{% for i in range(600) %}Clause text number {{ i }} with some ordinary words in it, "
        "the kind an agreement has, repeated to make a long document.\n\n{% endfor %}"
        "{% for p in parties %}{{ p.name }} {% endfor %}\n"
    )
    _, agreement = _user_body("long-but-real", body)
    composed = compose(agreement)
    assert url in composed.markdown
    assert len(composed.markdown) > 60_000
    assert render_pdf(composed, agreement).startswith(b"%PDF")
