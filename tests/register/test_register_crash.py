"""Killing a process that is writing to the register never leaves it damaged or half-done."""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import select

from agreement_studio.register import open_register
from agreement_studio.register.schema import RevisionRecord

WORKER = Path(__file__).with_name("register_worker.py")
KILLS = 50
WINDOW = 0.7
"""The kill comes at a random moment within this many seconds of the worker's start..."""
LONGEST_WINDOW = 20.0
"""...and the window widens (up to this) after each kill that cut short the first operation:
on a loaded machine an add can take longer than 0.7 s, and a worker killed every time before
its first operation ends would test nothing."""


def _run_until_killed(plan: Path, rng: random.Random, window: float) -> list[str]:
    """Start a worker, let it work for a random moment, SIGKILL it; returns what it printed."""
    child = subprocess.Popen(
        [sys.executable, str(WORKER), str(plan)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert child.stdout is not None
    first = child.stdout.readline()
    assert first == "ready\n", first + child.stderr.read()
    time.sleep(rng.uniform(0.0, window))
    os.kill(child.pid, signal.SIGKILL)
    out, err = child.communicate(timeout=60)
    assert child.returncode in (-signal.SIGKILL, 0), err
    return out.splitlines()


@pytest.mark.slow
@pytest.mark.timeout(1800)  # 50 workers start pyHanko and ReportLab; minutes on a busy machine
def test_sigkill_at_random_moments_loses_nothing_reported_and_damages_nothing(
    tmp_path, signing_work, location
):
    work = signing_work(count=40, signatures=2)
    path, files = location
    plan = tmp_path / "plan.json"
    plan.write_text(
        json.dumps({"register": str(path), "files": str(files) if files else None, "work": work}),
        "utf-8",
    )
    rng = random.Random(20270101)
    reported: list[str] = []
    window = WINDOW
    for _ in range(KILLS):
        said = _run_until_killed(plan, rng, window)
        reported += said
        if not [line for line in said if line.startswith(("added ", "imported "))]:
            window = min(window * 1.5, LONGEST_WINDOW)
    assert not [line for line in reported if line.startswith(("rejected", "error", "busy"))]
    added = {line.split()[1] for line in reported if line.startswith("added ")}
    imported = {line.split()[1] for line in reported if line.startswith("imported ")}
    assert added and imported, "the worker never got to work before being killed"
    print(f"\n{KILLS} kills: {len(added)} adds and {len(imported)} imports reported")

    with open_register(path, files_dir=files) as register:
        check = register.verify()
        assert check.ok, check.problems
        for document_id in added:  # everything reported as done is there
            assert register.resolve(document_id) == document_id
        with register.read() as session:
            stored = set(session.scalars(select(RevisionRecord.sha256)))
        assert imported <= stored
        for row in register.iter_rows():  # nothing half-recorded
            details = register.details(row.document_id)
            assert details.versions and details.revisions, row.document_id
            assert register.current_pdf(row.document_id)
            assert row.signed_count == sum(s.signed for s in details.signatories)
        # whatever the kills interrupted, the rest of the work still goes in cleanly
        finish = subprocess.run(
            [sys.executable, str(WORKER), str(plan)], capture_output=True, text=True, timeout=600
        )
        assert finish.returncode == 0 and "done" in finish.stdout, finish.stderr
        assert not [
            line
            for line in finish.stdout.splitlines()
            if line.startswith(("rejected", "error", "busy"))
        ]
        assert register.count() == len(work)
        assert all(r.signed_count == 2 for r in register.iter_rows())
        assert register.verify().ok
    cli = subprocess.run(
        [sys.executable, "-m", "agreement_studio", "--register", str(path), "register", "verify"],
        capture_output=True,
        text=True,
        env={**os.environ, "AGREEMENT_STUDIO_REGISTER_FILES": str(files or "")} if files else None,
    )
    assert cli.returncode == 0, cli.stdout + cli.stderr
