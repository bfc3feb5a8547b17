"""Two programs writing to one register at once: both succeed, or one is told it is busy."""

from __future__ import annotations

import json
import select
import subprocess
import sys
import time
from pathlib import Path

import pytest

from agreement_studio.agreement import load_draft
from agreement_studio.errors import RegisterBusy
from agreement_studio.register import open_register

WORKER = Path(__file__).with_name("register_worker.py")


def _start(
    tmp_path: Path,
    name: str,
    location,
    work,
    *,
    busy_timeout: float = 10.0,
    wait_for_go: bool = False,
) -> subprocess.Popen[str]:
    path, files = location
    plan = tmp_path / f"{name}.json"
    plan.write_text(
        json.dumps(
            {
                "register": path,
                "files": str(files) if files else None,
                "busy_timeout": busy_timeout,
                "wait_for_go": wait_for_go,
                "work": work,
            }
        ),
        "utf-8",
    )
    return subprocess.Popen(
        [sys.executable, str(WORKER), str(plan)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def _go(*children: subprocess.Popen[str], timeout: float = 120.0) -> None:
    """Wait until every child has said ``ready`` (warmed up), then tell them all to go."""
    deadline = time.monotonic() + timeout
    for child in children:
        assert child.stdout is not None and child.stdin is not None
        readable, _, _ = select.select([child.stdout], [], [], deadline - time.monotonic())
        assert readable, "a worker did not get ready in time"
        assert child.stdout.readline().strip() == "ready"
    for child in children:
        assert child.stdin is not None
        child.stdin.write("go\n")
        child.stdin.flush()


def _finish(child: subprocess.Popen[str]) -> list[str]:
    out, err = child.communicate(timeout=300)
    assert child.returncode == 0, err
    return out.splitlines()


def test_two_processes_importing_at_once_both_succeed(tmp_path, location, signing_work):
    work = signing_work(count=4, signatures=2)
    path, files = location
    with open_register(path, files_dir=files) as register:
        for item in work:
            register.add_draft(load_draft(item["draft"]))
    # the same copies, in opposite orders: they race for every agreement, starting together
    one = _start(tmp_path, "one", location, work, wait_for_go=True)
    two = _start(tmp_path, "two", location, work[::-1], wait_for_go=True)
    _go(one, two)
    lines = _finish(one) + _finish(two)
    assert not [line for line in lines if line.startswith(("rejected", "error"))], lines
    busy = [line for line in lines if line == "busy"]
    changed = [line for line in lines if line.endswith(" changed")]
    assert len(changed) + len(busy) >= len(work) * 2  # every copy went in once (or was busy)
    with open_register(path, files_dir=files) as register:
        assert register.verify().ok
        if not busy:
            assert all(r.signed_count == 2 for r in register.iter_rows())
        assert len(register.events()) == len(work) + len(changed)


def test_a_writer_that_cannot_get_the_lock_is_told_the_register_is_busy(
    tmp_path, location, signing_work
):
    work = signing_work(count=1, signatures=1)
    path, files = location
    with open_register(path, files_dir=files) as register:
        register.add_draft(load_draft(work[0]["draft"]))
        child = _start(tmp_path, "late", location, work, busy_timeout=0.5, wait_for_go=True)
        with register.write():  # hold the write lock while the other program tries
            _go(child)
            lines = _finish(child)
        assert "busy" in lines
        assert register.verify().ok
        assert register.details(load_draft(work[0]["draft"]).document_id.hex).row.signed_count == 0
    message = str(RegisterBusy())
    assert "busy" in message and "try again" in message
    retry = _finish(_start(tmp_path, "retry", location, work))
    assert any(line.endswith(" changed") for line in retry)


@pytest.mark.parametrize("timeout", [0.2])
def test_busy_in_the_same_process_is_a_register_busy_error(tmp_path, timeout):
    path = tmp_path / "r.sqlite"
    first = open_register(path)
    second = open_register(path, busy_timeout=timeout)
    from agreement_studio.agreement import example_agreement

    with first.write(), pytest.raises(RegisterBusy):
        second.add_draft(example_agreement(parties=2), prepare=False)
    assert second.list().total == 0  # reading is never blocked by a writer
    second.add_draft(example_agreement(parties=2), prepare=False)
    assert first.verify().ok
    first.close()
    second.close()
