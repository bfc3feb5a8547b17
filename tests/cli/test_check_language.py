"""`check` and `render` name a draft's broken rules in the language LANG asks for."""

from __future__ import annotations

import json
import os
import re

import pytest

LOCALES = {"fi": "fi_FI.UTF-8", "sv": "sv_FI.UTF-8", "en": "C.UTF-8"}
ENGLISH = re.compile(r"\b(the|is|not|needed|must|of|a|an|has|after|before|digit|valid)\b")


def _env(language: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("LANGUAGE", "LC_ALL", "LC_MESSAGES")}
    env["LANG"] = LOCALES[language]
    return env


@pytest.fixture
def broken_draft(cli, tmp_path):
    draft = tmp_path / "a.agreement.json"
    assert cli("example", "--parties", "3", "-o", draft).returncode == 0
    data = json.loads(draft.read_text("utf-8"))
    bid = data["parties"][1]["business_id"]
    data["parties"][1]["business_id"] = bid[:-1] + str((int(bid[-1]) + 1) % 10)
    data["network"]["name"] = ""
    data["term"]["review_date"] = "1999-01-01"
    draft.write_text(json.dumps(data), "utf-8")
    return draft


@pytest.mark.parametrize("language", ["fi", "sv"])
def test_check_names_each_problem_at_its_field_in_the_language(cli, broken_draft, language):
    english = cli("check", broken_draft, env=_env("en"))
    result = cli("check", broken_draft, env=_env(language))
    assert result.returncode == english.returncode == 2
    lines = result.stderr.splitlines()
    assert [line.split(": ", 1)[0] for line in lines] == [
        line.split(": ", 1)[0] for line in english.stderr.splitlines()
    ]  # the same problems, at the same field paths
    assert len(lines) >= 3
    for line in lines:
        path, message = line.split(": ", 1)
        assert re.fullmatch(r"[a-z_]+(\[\d+\])?(\.[a-z_]+(\[\d+\])?)*", path), line
        assert not ENGLISH.search(message), line
    expected = {
        "fi": ["network.name: verkoston nimi puuttuu", "tarkistusmerkki on väärä"],
        "sv": ["network.name: nätverkets namn saknas", "fel kontrollsiffra"],
    }[language]
    for words in expected:
        assert words in result.stderr, result.stderr


def test_render_of_a_broken_draft_says_why_in_finnish(cli, broken_draft, tmp_path):
    result = cli("render", broken_draft, "-o", tmp_path / "out.pdf", env=_env("fi"))
    assert result.returncode == 2
    assert "network.name: verkoston nimi puuttuu" in result.stderr
    assert not (tmp_path / "out.pdf").exists()
