"""The drafting commands end to end, checked with qpdf and poppler."""

from __future__ import annotations

import functools
import json
import re
import subprocess

import pytest

from agreement_studio.agreement import load_draft
from required_tools import require_tools

TEMPLATES = ["network-continuation", "letter-of-intent"]
LANGUAGES = ["fi", "sv", "en"]


def needs_tools(test):
    """Fail (with the install line) rather than skip when qpdf or poppler is missing."""

    @functools.wraps(test)
    def run(*args, **kwargs):
        require_tools("qpdf", "pdffonts", "pdftotext", "pdfsig")
        return test(*args, **kwargs)

    return run


def tool(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(list(map(str, args)), capture_output=True, text=True, timeout=120)


def test_templates_lists_the_built_ins(cli):
    result = cli("templates")
    assert result.returncode == 0, result.stderr
    rows = [line.split("\t") for line in result.stdout.splitlines()]
    by_id = {row[0]: row for row in rows}
    for template in TEMPLATES:
        assert set(by_id[template][2].split(",")) == set(LANGUAGES)


@needs_tools
@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("template", TEMPLATES)
def test_example_then_render(cli, tmp_path, template, language):
    draft = tmp_path / "a.agreement.json"
    result = cli(
        "example", "--template", template, "--lang", language, "--parties", "5", "-o", draft
    )
    assert result.returncode == 0, result.stderr
    assert cli("check", draft).returncode == 0

    first, second = tmp_path / "1.pdf", tmp_path / "2.pdf"
    for out in (first, second):
        result = cli("render", draft, "-o", out)
        assert result.returncode == 0, result.stderr
    assert first.read_bytes() == second.read_bytes(), "rendering is not deterministic"

    check = tool("qpdf", "--check", first)
    assert check.returncode == 0, check.stdout + check.stderr

    fonts = tool("pdffonts", first).stdout.splitlines()[2:]
    assert fonts, "no fonts listed"
    for row in fonts:
        # columns: name type encoding emb sub uni object ID
        emb = row.split()[-5]
        assert emb == "yes", f"font not embedded: {row}"

    text = tool("pdftotext", "-layout", first, "-").stdout
    agreement = load_draft(draft)
    for party in agreement.parties:
        assert party.business_id in text
        assert " ".join(party.name.split()) in " ".join(text.split())

    sig = tool("pdfsig", first)
    fields = re.findall(r"^Signature #\d+:", sig.stdout, re.M)
    assert len(fields) == 5, sig.stdout + sig.stderr
    assert sig.stdout.count("The signature form field is not signed.") == 5


def _broken(tmp_path, cli, mutate):
    draft = tmp_path / "a.agreement.json"
    assert cli("example", "--parties", "4", "-o", draft).returncode == 0
    data = json.loads(draft.read_text("utf-8"))
    mutate(data)
    draft.write_text(json.dumps(data), "utf-8")
    return cli("check", draft)


def test_check_rejects_a_wrong_check_digit(cli, tmp_path):
    def wrong(data):
        bid = data["parties"][1]["business_id"]
        data["parties"][1]["business_id"] = bid[:-1] + str((int(bid[-1]) + 1) % 10)

    result = _broken(tmp_path, cli, wrong)
    assert result.returncode == 2
    assert re.search(r"^parties\[1\]\.business_id: .*wrong check digit", result.stderr, re.M)


def test_check_rejects_a_duplicate_business_id(cli, tmp_path):
    def duplicate(data):
        data["parties"][2]["business_id"] = data["parties"][0]["business_id"]

    result = _broken(tmp_path, cli, duplicate)
    assert result.returncode == 2
    assert re.search(r"^parties\[2\]\.business_id: .*parties\[0\]", result.stderr, re.M)


def test_check_rejects_a_coordinator_who_is_not_a_party(cli, tmp_path):
    def outsider(data):
        data["coordination"]["party"] = "0737546-2"

    result = _broken(tmp_path, cli, outsider)
    assert result.returncode == 2
    assert re.search(r"^coordination\.party: .*not one of the parties", result.stderr, re.M)


def test_check_rejects_an_end_before_the_start(cli, tmp_path):
    def backwards(data):
        data["term"]["end"] = "2026-06-30"

    result = _broken(tmp_path, cli, backwards)
    assert result.returncode == 2
    assert re.search(r"^term\.end: .*after the start date", result.stderr, re.M)
    assert "Traceback" not in result.stderr


def test_render_refuses_an_invalid_draft_and_writes_nothing(cli, tmp_path):
    draft = tmp_path / "a.agreement.json"
    assert cli("example", "-o", draft).returncode == 0
    data = json.loads(draft.read_text("utf-8"))
    data["parties"] = data["parties"][:1]
    draft.write_text(json.dumps(data), "utf-8")
    out = tmp_path / "out.pdf"
    result = cli("render", draft, "-o", out)
    assert result.returncode == 2
    assert result.stderr.startswith("parties: ")
    assert not out.exists()


def test_usage_errors_exit_2(cli, tmp_path):
    assert cli("render").returncode == 2
    assert cli("example", "--parties", "1", "-o", tmp_path / "x.json").returncode == 2
    missing = cli("check", tmp_path / "missing.agreement.json")
    assert missing.returncode == 2
    assert "no such file" in missing.stderr


def test_schema_is_json_schema(cli):
    result = cli("schema")
    assert result.returncode == 0
    schema = json.loads(result.stdout)
    assert schema["title"] == "Agreement Studio draft"
    assert "parties" in schema["properties"]


def test_version(cli):
    import agreement_studio

    result = cli("--version")
    assert result.stdout.strip() == f"agreement-studio {agreement_studio.__version__}"
