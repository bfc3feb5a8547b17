"""The command line reads the window's Preferences: verify's trust anchors and the register's
location, each after what the command line and the environment say."""

from __future__ import annotations

import json

import pytest

from agreement_studio.cli import main
from agreement_studio.preferences import (
    REGISTER_ENV,
    load_preferences,
    register_location,
    save_preferences,
)
from agreement_studio.signing import create_network_ca, sign_pdf


@pytest.fixture
def signed_by_the_network(issued, prepared_pdf_path, tmp_path):
    """A PDF signed with an identity the session's network CA issued."""
    out = tmp_path / "signed.pdf"
    sign_pdf(prepared_pdf_path, issued[0].identity, output=out)
    return out


@pytest.fixture
def ca_pem(network_ca, tmp_path):
    path = tmp_path / "network-ca.pem"
    path.write_bytes(network_ca.certificate_pem())
    return path


def _prefer(**values):
    preferences = load_preferences()
    for name, value in values.items():
        setattr(preferences, name, value)
    save_preferences(preferences)


def _verify(capsys, *args):
    status = main(["verify", "--json", "--jobs", "1", *args])
    report = json.loads(capsys.readouterr().out)
    names = [anchor.split(" (", 1)[0] for anchor in report["trust_anchors"]]  # without SHA-256
    return status, report["files"][0]["verdict"], names


def test_verify_trusts_the_anchors_chosen_in_preferences(
    signed_by_the_network, ca_pem, tmp_path, capsys
):
    status, verdict, anchors = _verify(capsys, str(signed_by_the_network))
    assert (status, verdict, anchors) == (1, "untrusted", [])

    _prefer(trust_anchors=[str(ca_pem)])
    status, verdict, anchors = _verify(capsys, str(signed_by_the_network))
    assert (status, verdict) == (0, "valid") and anchors == ["Ohjausverkoston CA"]

    # --trust on the command line wins over Preferences' anchors
    other = tmp_path / "other-ca.pem"
    other.write_bytes(create_network_ca(name="Toinen CA", org="Muu verkosto").certificate_pem())
    status, verdict, anchors = _verify(capsys, "--trust", str(other), str(signed_by_the_network))
    assert (status, verdict, anchors) == (1, "untrusted", ["Toinen CA"])

    # and --no-configured-trust leaves Preferences out
    status, verdict, _ = _verify(capsys, "--no-configured-trust", str(signed_by_the_network))
    assert (status, verdict) == (1, "untrusted")


def test_a_missing_anchor_in_preferences_does_not_stop_verification(
    signed_by_the_network, ca_pem, tmp_path, capsys
):
    _prefer(trust_anchors=[str(tmp_path / "moved-away.pem"), str(ca_pem)])
    status, verdict, anchors = _verify(capsys, str(signed_by_the_network))
    assert (status, verdict, anchors) == (0, "valid", ["Ohjausverkoston CA"])


def test_register_commands_use_the_register_chosen_in_preferences(tmp_path, monkeypatch, capsys):
    chosen = tmp_path / "team" / "register.sqlite"
    chosen.parent.mkdir()
    _prefer(register_location=str(chosen))
    assert main(["register", "init"]) == 0
    assert chosen.is_file()
    assert main(["register", "list", "--json"]) == 0
    capsys.readouterr()

    # the environment comes before Preferences, --register before both
    from_env = tmp_path / "from-env.sqlite"
    monkeypatch.setenv(REGISTER_ENV, str(from_env))
    assert register_location() == str(from_env)
    assert main(["register", "init"]) == 0 and from_env.is_file()
    flagged = tmp_path / "flagged.sqlite"
    assert main(["--register", str(flagged), "register", "init"]) == 0 and flagged.is_file()
    assert register_location(str(flagged)) == str(flagged)
    monkeypatch.delenv(REGISTER_ENV)
    _prefer(register_location="")
    assert register_location() is None  # the data folder's own


def test_help_says_where_the_register_and_trust_come_from(capsys):
    with pytest.raises(SystemExit):
        main(["register", "--help"])
    text = " ".join(capsys.readouterr().out.split())
    assert "$AGREEMENT_STUDIO_REGISTER, else the register location chosen in the window's" in text
    with pytest.raises(SystemExit):
        main(["verify", "--help"])
    text = " ".join(capsys.readouterr().out.split())
    assert "Without --trust, the trust anchors chosen in the window's Preferences" in text


def test_register_import_trusts_the_anchors_chosen_in_preferences(
    network_ca, ca_pem, tmp_path, capsys
):
    from agreement_studio.agreement import load_draft

    draft = tmp_path / "d.agreement.json"
    assert main(["example", "--parties", "2", "-o", str(draft)]) == 0
    # finished once, so both registers below prepare the same PDF from it (an unfinished draft
    # gets the moment of each `register add`, and two adds may fall in different seconds)
    data = json.loads(draft.read_text(encoding="utf-8"))
    data["prepared"] = "2026-01-15T09:00:00Z"
    draft.write_text(json.dumps(data), encoding="utf-8")
    _prefer(register_location=str(tmp_path / "r.sqlite"))
    capsys.readouterr()
    assert main(["register", "add", str(draft), "--json"]) == 0
    document_id = json.loads(capsys.readouterr().out)["document_id"]
    assert main(["register", "pdf", document_id, "-o", str(tmp_path / "c.pdf")]) == 0
    party, signatory, _field = load_draft(draft).signatures()[0]
    identity = network_ca.issue(name=signatory.name, org=party.name)
    sign_pdf(tmp_path / "c.pdf", identity, output=tmp_path / "s.pdf")
    capsys.readouterr()

    def imported(*flags):
        assert main([*flags, "register", "import", str(tmp_path / "s.pdf"), "--json"]) in (0, 1)
        return json.loads(capsys.readouterr().out)[0]["result"]["added"][0]["verdict"]

    # without Preferences' anchors (another register: the same copy, judged the same way)
    other = tmp_path / "other.sqlite"
    assert main(["--register", str(other), "register", "add", str(draft)]) == 0
    capsys.readouterr()
    assert imported("--register", str(other)) == "untrusted"
    _prefer(trust_anchors=[str(ca_pem)])
    assert imported() == "valid"
