"""The catalogue: built-in and user templates; a broken user template is reported, not fatal."""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest
from template_helpers import manifest_text, user_root, write_template

from agreement_studio import paths
from agreement_studio.agreement import example_agreement
from agreement_studio.drafting import (
    REQUIRED_LABELS,
    Template,
    compose,
    get_template,
    load_catalogue,
)
from agreement_studio.errors import TemplateError

BUILT_INS = {"network-continuation", "letter-of-intent"}


def test_the_built_in_templates_are_listed_without_problems():
    catalogue = load_catalogue()
    assert catalogue.problems == ()
    assert set(catalogue.ids) == BUILT_INS
    for template in catalogue.templates:
        assert template.built_in
        assert template.languages == ("fi", "sv", "en")
        assert template.folder.parent == paths.templates_dir().resolve()
        assert set(template.titles) == {"fi", "sv", "en"}
        for language in template.languages:
            assert set(REQUIRED_LABELS) <= set(template.labels[language])
            assert template.body_path(language).is_file()
        for clause in template.optional_clauses.values():
            assert set(clause.titles) == {"fi", "sv", "en"}


def test_the_manifest_defaults_of_the_agreement():
    template = get_template("network-continuation")
    assert template.version == "1.0"
    assert set(template.optional_clauses) == {
        "competence_development",
        "communications",
        "confidentiality",
        "data_protection",
    }
    assert template.clause_switches() == dict.fromkeys(template.optional_clauses, True)
    assert template.clause_switches({"confidentiality": False})["confidentiality"] is False
    assert template.labels["fi"]["page"] == "Sivu {n} / {total}"
    assert template.labels["en"]["business_id"] == "Business ID"


def test_every_built_in_file_lives_in_the_templates_folder():
    # The wheel ships templates/ as it is; a body that reached elsewhere would break there.
    root = paths.templates_dir()
    for folder in (p for p in root.iterdir() if p.is_dir()):
        names = {p.name for p in folder.iterdir()}
        assert names == {"template.toml", "fi.md", "sv.md", "en.md"}, folder
        for body in folder.glob("*.md"):
            assert not re.search(
                r"\{%-?\s*(include|import|from|extends)\b", body.read_text("utf-8")
            ), body


def test_a_user_template_is_listed_alongside_the_built_ins():
    write_template(user_root(), "my-own")
    catalogue = load_catalogue()
    assert set(catalogue.ids) == {*BUILT_INS, "my-own"}
    mine = catalogue.get("my-own")
    assert mine is not None and not mine.built_in
    assert catalogue.ids[-1] == "my-own"  # built-ins first
    assert get_template("my-own") == mine
    agreement = example_agreement(parties=2, language="en", template_id="my-own")
    assert compose(agreement).markdown == "## Parties\n\n2 parties.\n"


def test_a_user_folder_given_explicitly(tmp_path):
    write_template(tmp_path, "elsewhere")
    assert "elsewhere" in load_catalogue(tmp_path).ids
    assert "elsewhere" not in load_catalogue().ids
    assert get_template("elsewhere", user_dir=tmp_path).id == "elsewhere"


def _broken(root: Path) -> dict[str, Path]:
    """One user template per way of being broken; returns the file each problem must name."""
    files = {}
    bad = write_template(
        root,
        "bad-toml",
        manifest='id = "bad-toml"\nversion = "1.0"\nlanguages = ["en"\ntitle = 3\n',
    )
    files["bad-toml"] = bad / "template.toml"
    folder = write_template(root, "missing-body")
    (folder / "en.md").unlink()
    files["missing-body"] = folder / "en.md"
    manifest = manifest_text("unknown-language").replace(
        'languages = ["en"]', 'languages = ["en", "de"]'
    )
    files["unknown-language"] = (
        write_template(root, "unknown-language", manifest=manifest) / "template.toml"
    )
    unclosed = "## Parties\n\nline two\n{% if parties %}\nno end\n"
    files["syntax-error"] = write_template(root, "syntax-error", {"en": unclosed}) / "en.md"
    manifest = manifest_text("missing-label").replace('signature_intro = "', 'note = "')
    files["missing-label"] = (
        write_template(root, "missing-label", manifest=manifest) / "template.toml"
    )
    manifest = manifest_text("bad-page").replace("Page {n} / {total}", "Page {n} of {pages}")
    files["bad-page"] = write_template(root, "bad-page", manifest=manifest) / "template.toml"
    files["renamed"] = write_template(root, "original-id", folder="renamed") / "template.toml"
    files["unknown-filter"] = (
        write_template(root, "unknown-filter", {"en": "## A\n\n{{ network.name | shout }}\n"})
        / "en.md"
    )
    (root / "empty-folder").mkdir()
    files["empty-folder"] = root / "empty-folder" / "template.toml"
    return files


def test_broken_user_templates_are_reported_and_the_others_still_listed():
    root = user_root()
    expected = _broken(root)
    write_template(root, "good-one")
    catalogue = load_catalogue()
    assert set(catalogue.ids) == {*BUILT_INS, "good-one"}
    reported = {Path(p.file).resolve(): p for p in catalogue.problems}
    assert set(reported) == {f.resolve() for f in expected.values()}
    assert all(isinstance(p, TemplateError) for p in catalogue.problems)


@pytest.mark.parametrize(
    ("name", "line", "words"),
    [
        ("bad-toml", 4, "not valid TOML"),
        ("missing-body", None, "missing"),
        ("unknown-language", 3, "unknown language 'de'"),
        ("syntax-error", 5, "syntax error"),
        ("missing-label", "[labels.en]", "signature_intro"),
        ("bad-page", "page = ", "{n} and {total}"),
        ("renamed", 1, "folder's name"),
        ("unknown-filter", 3, "shout"),
        ("empty-folder", None, "no template.toml"),
    ],
)
def test_each_problem_names_its_file_and_line(name, line, words):
    expected = _broken(user_root())
    problems = {Path(p.file).resolve(): p for p in load_catalogue().problems}
    problem = problems[expected[name].resolve()]
    if isinstance(line, str):  # the line that starts so in the file
        lines = expected[name].read_text("utf-8").splitlines()
        line = next(i for i, text in enumerate(lines, 1) if text.startswith(line))
    assert problem.line == line
    assert words in problem.message
    assert str(problem).startswith(f"{expected[name]}:{line}:" if line else f"{expected[name]}:")
    folder = "original-id" if name == "renamed" else name
    with pytest.raises(TemplateError):
        get_template(folder)


def test_a_user_template_with_a_built_in_id_is_reported_and_the_built_in_wins():
    write_template(user_root(), "network-continuation")
    catalogue = load_catalogue()
    template = catalogue.get("network-continuation")
    assert template is not None and template.built_in
    assert [p for p in catalogue.problems if "built-in" in p.message]
    assert get_template("network-continuation").built_in


def test_an_edited_user_template_is_read_again():
    folder = write_template(user_root(), "edited")
    agreement = example_agreement(parties=2, language="en", template_id="edited")
    assert "2 parties" in compose(agreement).markdown
    (folder / "en.md").write_text("## Changed\n\nNow {{ parties | length }} partners.\n", "utf-8")
    assert "2 partners" in compose(agreement).markdown
    (folder / "template.toml").write_text(manifest_text("edited") + "\nbroken = [\n", "utf-8")
    with pytest.raises(TemplateError, match="TOML"):
        compose(agreement)


def test_a_template_is_a_frozen_value():
    template = get_template("letter-of-intent")
    assert isinstance(template, Template)
    with pytest.raises(AttributeError):
        template.id = "other"  # type: ignore[misc]
    assert hash(template) == hash(get_template("letter-of-intent"))


def test_an_unreadable_user_folder_is_no_catalogue_at_all(tmp_path):
    missing = tmp_path / "not-there"
    assert set(load_catalogue(missing).ids) == BUILT_INS
    if os.name == "posix" and os.geteuid() != 0:
        locked = tmp_path / "locked"
        locked.mkdir()
        write_template(locked, "hidden")
        locked.chmod(0)
        try:
            assert set(load_catalogue(locked).ids) == BUILT_INS
        finally:
            locked.chmod(0o755)
