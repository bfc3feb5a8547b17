"""``register list`` (and ``show``) on the command line look no better than the verdicts the
signatures got at import: self-issued signers are said to be not trusted, in text and JSON, in
every language; the table's columns line up whatever the language; an untitled draft names its
network once. A real SQLite register, PDFs signed with identities and a CA made here; the
command line run as a user runs it (a subprocess per command)."""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.serialization import Encoding

from agreement_studio.agreement import example_agreement
from agreement_studio.register import open_register

LOCALES = {"en": "C.UTF-8", "fi": "fi_FI.UTF-8", "sv": "sv_FI.UTF-8"}
HEADINGS = {  # the STATUS, END and TITLE / NETWORK headings as each language prints them
    "en": ("STATUS", "END", "TITLE / NETWORK"),
    "fi": ("TILA", "PÄÄTTYY", "OTSIKKO / VERKOSTO"),
    "sv": ("STATUS", "SLUTAR", "RUBRIK / NÄTVERK"),
}


def _run(register: Path, language: str, *args: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in ("LANGUAGE", "LC_ALL", "LC_MESSAGES")}
    env["LANG"] = LOCALES[language]
    result = subprocess.run(
        [sys.executable, "-m", "agreement_studio", "--register", str(register), *args],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    return result


@pytest.fixture(scope="module")
def signed_register(tmp_path_factory):
    """Agreements signed by self-issued identities (all, and one of two), one signed by
    identities a CA issued (imported with that CA as trust anchor), and an untitled draft."""
    from agreement_studio.signing import create_identity, create_network_ca, sign_pdf
    from agreement_studio.verification import TrustStore

    folder = tmp_path_factory.mktemp("list-trust")
    path = folder / "register.sqlite"
    ca = create_network_ca(name="Verkoston CA", org="Ohjausverkosto")
    anchor = folder / "ca.pem"
    anchor.write_bytes(ca.certificate.public_bytes(Encoding.PEM))
    trust = TrustStore.from_files(anchors=[str(anchor)])
    counter = iter(range(100))

    def sign(pdf: bytes, agreement, index: int, *, by_ca: bool) -> bytes:
        party, signatory, field = agreement.signatures()[index]
        if by_ca:
            identity = ca.issue(name=signatory.name, org=party.name)
        else:
            identity = create_identity(name=signatory.name, org=party.name)
        out = folder / f"signed-{next(counter)}.pdf"
        sign_pdf(pdf, identity, output=out, field=field)
        return out.read_bytes()

    ids = {}
    with open_register(str(path)) as register:
        for name, signatures, by_ca in (
            ("self-issued", 2, False),
            ("partly", 1, False),
            ("ca", 2, True),
        ):
            agreement = example_agreement(parties=2, language="fi")
            agreement = agreement.model_copy(update={"title": f"Sopimus {name}"})
            ids[name] = register.add_draft(agreement)
            for index in range(signatures):
                pdf = register.current_pdf(ids[name])
                result = register.import_file(sign(pdf, agreement, index, by_ca=by_ca), trust=trust)
                assert result.added[0].verdict == ("valid" if by_ca else "untrusted")
        untitled = example_agreement(parties=2, language="fi")
        assert not untitled.title
        ids["draft"] = register.add_draft(untitled, prepare=False)
        network = untitled.network.name
    return path, ids, network


def test_json_counts_the_signatures_not_trusted_at_import(signed_register):
    path, ids, _network = signed_register
    listed = json.loads(_run(path, "en", "register", "list", "--json").stdout)
    rows = {row["document_id"]: row for row in listed["rows"]}
    assert rows[ids["self-issued"]]["status"] == "signed"
    assert rows[ids["self-issued"]]["untrusted_signatures"] == 2
    assert rows[ids["partly"]]["untrusted_signatures"] == 1
    assert rows[ids["ca"]]["status"] == "signed"
    assert rows[ids["ca"]]["untrusted_signatures"] == 0
    assert rows[ids["draft"]]["untrusted_signatures"] == 0
    shown = json.loads(_run(path, "en", "register", "show", ids["self-issued"], "--json").stdout)
    assert shown["row"]["untrusted_signatures"] == 2
    # the spreadsheet export counts the same
    out = path.parent / "register.csv"
    _run(path, "en", "register", "export", "--csv", str(out))
    rows = csv.DictReader(io.StringIO(out.read_text("utf-8-sig")))
    exported = {row["document_id"]: row for row in rows}
    assert {name: exported[ids[name]]["untrusted_signatures"] for name in ids} == {
        "self-issued": "2",
        "partly": "1",
        "ca": "0",
        "draft": "0",
    }


@pytest.mark.parametrize(
    ("language", "untrusted", "partly", "trusted"),
    [
        ("en", "signed — not trusted", "partially signed (1 of 2) — not trusted", "signed"),
        (
            "fi",
            "allekirjoitettu — ei luotettu",
            "osittain allekirjoitettu (1/2) — ei luotettu",
            "allekirjoitettu",
        ),
        (
            "sv",
            "undertecknat — ej betrodd",
            "delvis undertecknat (1 av 2) — ej betrodd",
            "undertecknat",
        ),
    ],
)
def test_the_text_list_is_no_better_than_the_verdicts_and_its_columns_line_up(
    signed_register, language, untrusted, partly, trusted
):
    path, ids, network = signed_register
    lines = _run(path, language, "register", "list").stdout.splitlines()
    table, footer = lines[:-1], lines[-1]
    assert len(table) == 1 + len(ids), lines
    heading = table[0]
    at_status, at_end, at_title = (heading.index(h) for h in HEADINGS[language])
    assert at_status < at_end < at_title, heading
    by_id = {line[:8]: line for line in table[1:]}
    # each row's status, end date and title start where their headings do
    for line in table[1:]:
        assert line[at_status - 1] == " " and line[at_status] != " ", (line, heading)
        assert line[at_end - 2 : at_end] == "  ", (line, heading)
        assert line[at_end] in "0123456789—", (line, heading)
        assert line[at_title - 2 : at_title] == "  " and line[at_title] != " ", (line, heading)

    def status(name: str) -> str:
        return by_id[ids[name][:8]][at_status:at_end].strip()

    assert status("self-issued") == untrusted
    assert status("partly") == partly
    assert status("ca") == trusted  # trusted: no word about trust, and no plainer than this
    # an untitled draft is named after its network, shown once
    draft = by_id[ids["draft"][:8]]
    assert draft[at_title:] == network, draft
    assert draft.count(network) == 1
    assert by_id[ids["ca"][:8]][at_title:] == f"Sopimus ca / {network}"
    assert footer.startswith("(")


def test_show_says_the_status_is_not_trusted(signed_register):
    path, ids, _network = signed_register
    shown = _run(path, "fi", "register", "show", ids["self-issued"]).stdout
    assert "Tila: allekirjoitettu — ei luotettu" in shown, shown
    trusted = _run(path, "fi", "register", "show", ids["ca"]).stdout
    assert "ei luotettu" not in trusted.split("Allekirjoittajat:")[0], trusted
