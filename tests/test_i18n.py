"""The core's sentences: one mechanism, complete catalogs, the reader's language everywhere."""

from __future__ import annotations

import io
import pickle
import re
import subprocess
import sys

import pytest

from agreement_studio import i18n
from agreement_studio.i18n import Text, render, speaking, translatable

_ = translatable("agreement_studio.verification.words")

PLACEHOLDER = re.compile(r"\{(\w*)[^{}]*\}")


def _read(po):
    from babel.messages.pofile import read_po

    with po.open("rb") as handle:
        return read_po(handle)


def _catalogs():
    found = sorted(i18n.locale_dir().glob("*/LC_MESSAGES/*.po"))
    assert found, "no gettext catalogs under resources/locale"
    return found


def test_a_text_is_its_english_sentence_and_keeps_its_message():
    text = _("The file {name} is broken: {why}.", name="a.pdf", why=_("no table"))
    assert text == "The file a.pdf is broken: no table."
    assert isinstance(text, str)
    assert text.msgid == "The file {name} is broken: {why}."
    assert text.domain == "verification"
    copy = pickle.loads(pickle.dumps(text))
    assert copy == text and copy.msgid == text.msgid and copy.params["why"].msgid == "no table"


def test_plural_forms_follow_the_count():
    assert _.plural("one signature", "{count} signatures", 1) == "one signature"
    assert _.plural("one signature", "{count} signatures", 4) == "4 signatures"


def test_modules_get_their_package_as_catalog():
    assert translatable("agreement_studio.register.audit").domain == "register"
    assert translatable("agreement_studio.errors").domain == "core"
    assert translatable("agreement_studio.cli.verify").domain == "cli"


@pytest.mark.parametrize(
    ("environ", "expected"),
    [
        ({}, "en"),
        ({"LANG": "fi_FI.UTF-8"}, "fi"),
        ({"LANG": "sv_FI.UTF-8"}, "sv"),
        ({"LANG": "de_DE.UTF-8"}, "en"),
        ({"LANG": "C.UTF-8", "LANGUAGE": "fi"}, "en"),  # GNU: LANGUAGE is ignored in C
        ({"LANG": "en_GB.UTF-8", "LANGUAGE": "de:sv:fi"}, "sv"),
        ({"LANG": "fi_FI.UTF-8", "LC_MESSAGES": "sv_SE.UTF-8"}, "sv"),
        ({"LANG": "sv_FI.UTF-8", "LC_ALL": "fi_FI.UTF-8"}, "fi"),
        ({"LC_ALL": "POSIX", "LANG": "fi_FI.UTF-8"}, "en"),
    ],
)
def test_the_language_is_read_from_the_environment_as_gettext_reads_it(environ, expected):
    assert i18n.environment_language(environ) == expected


def test_speaking_overrides_the_language_in_a_block_only():
    before = i18n.current_language()
    with speaking("fi"):
        assert i18n.current_language() == "fi"
    assert i18n.current_language() == before


def test_every_catalog_is_complete_and_its_placeholders_match():
    for po in _catalogs():
        catalog = _read(po)
        for message in catalog:
            if not message.id:
                continue
            where = f"{po.relative_to(i18n.locale_dir())}: {message.id!r}"
            assert not message.fuzzy, f"fuzzy: {where}"
            ids = message.id if isinstance(message.id, tuple) else (message.id,)
            strings = message.string if isinstance(message.string, tuple) else (message.string,)
            assert all(strings), f"not translated: {where}"
            wanted = set().union(*(set(PLACEHOLDER.findall(i)) for i in ids))
            for string in strings:
                assert set(PLACEHOLDER.findall(string)) <= wanted, f"placeholder: {where}"


def test_every_marked_sentence_is_in_every_catalog():
    for domain, paths in i18n.domains().items():
        template = i18n.extract(paths)
        wanted = {m.id if isinstance(m.id, str) else m.id[0] for m in template if m.id}
        if not wanted:
            continue
        for language in i18n.TRANSLATED:
            po = i18n.locale_dir() / language / "LC_MESSAGES" / f"{domain}.po"
            assert po.exists(), f"{language}/{po.name} is missing: run the --update command"
            have = {m.id if isinstance(m.id, str) else m.id[0] for m in _read(po) if m.id}
            missing = sorted(wanted - have)
            assert not missing, (
                f"{language}/{domain}.po lacks {len(missing)} sentences, e.g. {missing[:3]}: "
                "python -m agreement_studio.i18n --update, then translate them"
            )


def test_the_built_catalogs_match_their_sources():
    from babel.messages.mofile import write_mo

    for po in _catalogs():
        built = io.BytesIO()
        write_mo(built, _read(po), use_fuzzy=False)
        assert po.with_suffix(".mo").read_bytes() == built.getvalue(), (
            f"{po.name} is newer than its .mo: python -m agreement_studio.i18n --release"
        )


def test_a_sentence_renders_in_finnish_and_swedish_from_the_catalogs():
    # Any translated sentence of the verifier: rendering it reads the built catalog.
    po = i18n.locale_dir() / "fi" / "LC_MESSAGES" / "verification.po"
    message = next(m for m in _read(po) if m.id and isinstance(m.id, str) and "{" not in m.id)
    text = Text("verification", message.id)
    assert render(text, "fi") == message.string
    assert render(text, "en") == message.id
    swedish = _read(po.parents[2] / "sv" / "LC_MESSAGES" / po.name)
    sv = next(m for m in swedish if m.id == message.id)
    with speaking("sv"):
        assert render(text) == sv.string


def test_the_command_line_speaks_the_language_of_its_environment(tmp_path):
    env = {"LANG": "fi_FI.UTF-8", "PATH": "/usr/bin:/bin", "HOME": str(tmp_path)}
    missing = tmp_path / "missing.pdf"
    fi = subprocess.run(
        [sys.executable, "-m", "agreement_studio", "verify", str(missing)],
        capture_output=True,
        text=True,
        env=env,
    )
    en = subprocess.run(
        [sys.executable, "-m", "agreement_studio", "verify", str(missing)],
        capture_output=True,
        text=True,
        env={**env, "LANG": "C.UTF-8"},
    )
    assert fi.returncode == en.returncode != 0
    assert fi.stderr.strip() and fi.stderr != en.stderr, (fi.stderr, en.stderr)
