"""The core preferences (agreement_studio.preferences): one JSON file for the window and the
command line, written atomically under the settings folder."""

from __future__ import annotations

import json

from agreement_studio import preferences as prefs
from agreement_studio.paths import user_config_dir


def test_the_preferences_live_in_the_settings_folder_and_are_written_whole(isolated_home):
    assert prefs.preferences_path() == user_config_dir() / "preferences.json"
    assert prefs.preferences_path().is_relative_to(isolated_home)
    saved = prefs.Preferences(ui_language="fi", register_location="/srv/r.sqlite")
    prefs.save_preferences(saved)
    folder = prefs.preferences_path().parent
    assert [p.name for p in folder.iterdir()] == ["preferences.json"]  # no temporary left
    assert json.loads(prefs.preferences_path().read_text("utf-8"))["register_location"] == (
        "/srv/r.sqlite"
    )
    assert prefs.load_preferences() == saved


def test_trust_anchors_are_added_once_and_removed(tmp_path):
    certificate = tmp_path / "ca.pem"
    certificate.write_text("not read here")
    assert prefs.add_trust_anchor(certificate) is True
    assert prefs.add_trust_anchor(certificate) is False
    assert prefs.load_preferences().trust_anchors == [str(certificate.resolve())]
    prefs.remove_trust_anchor(str(certificate.resolve()))
    assert prefs.load_preferences().trust_anchors == []
    assert certificate.is_file()  # the file itself is left alone


def test_configured_trust_the_command_line_then_preferences_then_the_folder(tmp_path):
    chosen, given = tmp_path / "chosen.pem", tmp_path / "given.pem"
    for path in (chosen, given):
        path.write_text("x")
    folder = user_config_dir() / "trust-anchors"
    folder.mkdir(parents=True)
    (folder / "kept.crt").write_text("x")
    prefs.save_preferences(prefs.Preferences(trust_anchors=[str(chosen), str(tmp_path / "gone")]))
    assert prefs.configured_trust_anchors() == [chosen, folder / "kept.crt"]
    assert prefs.configured_trust_anchors([str(given)]) == [given, folder / "kept.crt"]


def test_register_location_order(tmp_path, monkeypatch):
    assert prefs.register_location() is None
    prefs.save_preferences(prefs.Preferences(register_location=" postgresql://db/agreements "))
    assert prefs.register_location() == "postgresql://db/agreements"
    monkeypatch.setenv(prefs.REGISTER_ENV, str(tmp_path / "env.sqlite"))
    assert prefs.register_location() == str(tmp_path / "env.sqlite")
    assert prefs.register_location(tmp_path / "flag.sqlite") == str(tmp_path / "flag.sqlite")
