"""The JSON report's top level: when it was made, by which tool, against which trust anchors."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

from agreement_studio import __version__
from agreement_studio.pdf.report import describe_anchors, report_document
from agreement_studio.verification import TrustStore, verify_pdf
from agreement_studio.verification.trust import fingerprint, read_certificates

CORPUS = Path(__file__).resolve().parents[1] / "corpus"
ROOT = CORPUS / "certs" / "pyhanko-testing-root.pem"
SIGNED = CORPUS / "pdf" / "pyhanko_pades-lta-dss-indirect-arrs-test.pdf"


def test_generated_at_tool_and_anchors_with_stable_keys():
    trust = TrustStore(read_certificates(ROOT))
    anchors = describe_anchors(trust)
    report = verify_pdf(SIGNED, trust=trust)
    helsinki = timezone(timedelta(hours=2))
    made = datetime(2026, 12, 5, 6, 30, tzinfo=helsinki)
    document = json.loads(json.dumps(report_document([report], anchors, generated_at=made)))
    assert list(document) == ["generated_at", "tool", "trust_anchors", "files"]
    assert document["generated_at"] == "2026-12-05T04:30:00+00:00"  # always UTC
    assert document["tool"] == {"name": "agreement-studio", "version": __version__}
    (root,) = (cert for cert in trust.anchors)
    assert document["trust_anchors"] == [f"Root CA ({fingerprint(root)})"]
    (entry,) = document["files"]
    assert entry["verdict"] == "valid" and entry["trust_anchors"]
    signature = entry["signatures"][0]
    assert (signature["pades_level"], signature["revocation"]) == ("B-LTA", "good")
    assert signature["revocation_source"] == "file (DSS)"


def test_generated_at_defaults_to_now():
    before = datetime.now(UTC)
    document = report_document([])
    made = datetime.fromisoformat(document["generated_at"])
    assert before <= made <= datetime.now(UTC) and made.utcoffset() == timedelta(0)
    assert document["trust_anchors"] == [] and document["files"] == []
