"""Verifying many files at once: every file once, results as they finish, stoppable, bounded."""

from __future__ import annotations

import os

from agreement_studio.verification import Verdict, verify_files


def test_every_file_gets_one_report(signed_three, signed_once, write, trust):
    paths = [str(write(signed_three)) for _ in range(5)] + [str(write(signed_once))]
    paths.append(str(write(b"%PDF-1.4\ngarbage")))
    reports = list(verify_files(paths, trust=trust, jobs=2))
    assert sorted(r.path for r in reports) == sorted(paths)
    verdicts = {r.path: r.verdict for r in reports}
    assert verdicts[paths[0]] is Verdict.VALID
    assert verdicts[paths[-1]] is Verdict.ERROR
    assert all(r.seconds > 0 for r in reports)


def test_no_files_no_reports():
    assert list(verify_files([])) == []


def test_a_missing_file_gets_an_error_report(tmp_path):
    (report,) = verify_files([tmp_path / "gone.pdf"], jobs=1)
    assert report.verdict is Verdict.ERROR and "cannot read" in report.message


def test_stopping_early_ends_the_workers(signed_three, write):
    paths = [str(write(signed_three)) for _ in range(40)]
    seen = []
    for report in verify_files(paths, jobs=2, should_stop=lambda: len(seen) >= 3):
        seen.append(report)
    assert 3 <= len(seen) < len(paths)
    results = verify_files(paths, jobs=2)
    first = next(results)
    results.close()  # a caller (the GUI) may simply stop iterating
    assert first.path in paths


def test_a_file_over_the_time_limit_gets_an_error(signed_three, write):
    paths = [str(write(signed_three)) for _ in range(5)]
    reports = list(verify_files(paths, jobs=2, timeout=0.000001))
    assert sorted(r.path for r in reports) == sorted(paths)
    # each worker stops after a timeout and a fresh one takes the next file
    assert all(r.verdict is Verdict.ERROR and "took longer than" in r.message for r in reports)


def _die(conn, trust, timeout):
    os._exit(3)


def test_workers_that_cannot_run_fall_back_to_this_process(signed_three, write, trust, monkeypatch):
    from agreement_studio.verification import pool as verify_pool

    monkeypatch.setattr(verify_pool, "_serve", _die)
    paths = [str(write(signed_three)) for _ in range(8)]
    reports = list(verify_files(paths, trust=trust, jobs=2))
    assert sorted(r.path for r in reports) == sorted(paths)
    crashed = [r for r in reports if "stopped unexpectedly" in r.message]
    assert len(crashed) <= 4
    assert sum(r.verdict is Verdict.VALID for r in reports) == len(paths) - len(crashed)
