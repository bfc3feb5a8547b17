"""The register benchmark runs (small), and what it fills is a register that checks out."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

SCRIPT = Path(__file__).resolve().parents[2] / "benchmarks" / "register.py"


def test_benchmark_runs_with_200_agreements():
    result = subprocess.run(
        [sys.executable, str(SCRIPT), "--agreements", "200"],
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    out = result.stdout
    assert "filled 200 agreements (10 parties each)" in out
    for figure in (
        "first page",
        "search",
        "filter status + end date",
        "peak MiB",
        "import (total)",
        "verification alone",
        "import (without verification)",
    ):
        assert figure in out


def test_bulk_filled_rows_are_found_like_recorded_ones(tmp_path):
    import importlib.util

    from agreement_studio.register import Query, open_register

    spec = importlib.util.spec_from_file_location("register_benchmark", SCRIPT)
    benchmark = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(benchmark)

    with open_register(tmp_path / "r.sqlite") as reg:
        benchmark.fill(reg, 300)
        assert reg.count() == 300
        assert reg.list(Query(limit=100)).total == 300
        assert 0 < reg.count(Query(text="heinolan")) < 300
        # its audit chain is whole (the rows have no PDFs, which the record check notes)
        problems = reg.verify().problems
        assert not [p for p in problems if p.startswith(("event", "the audit chain"))]
        assert len(problems) == len(
            [
                r
                for r in reg.iter_rows()
                if r.status.value not in ("draft", "terminated", "superseded")
            ]
        )
