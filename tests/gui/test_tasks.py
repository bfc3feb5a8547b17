"""The background helper: results and errors back on the GUI thread, progress, cancellation."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import QCoreApplication, QObject, QThread

from agreement_studio.errors import DraftError
from agreement_studio.gui.tasks import TaskCancelled, TaskFailure, TaskRunner


@pytest.fixture
def tasks():
    runner = TaskRunner()
    yield runner
    runner.wait(5000)


def _on_gui_thread() -> bool:
    return QThread.currentThread() is QThread.currentThread().thread() and (
        threading.current_thread() is threading.main_thread()
    )


def test_result_arrives_on_the_gui_thread(qtbot, tasks):
    seen = {}

    def work(a, b):
        seen["worker"] = threading.current_thread() is threading.main_thread()
        return a + b

    def done(value):
        seen["value"] = value
        seen["gui"] = _on_gui_thread()

    task = tasks.run(work, 2, 3, on_result=done)
    with qtbot.waitSignal(task.done, timeout=5000):
        pass
    assert seen == {"worker": False, "value": 5, "gui": True}
    assert not task.is_running and tasks.active() == 0


def test_an_error_of_ours_arrives_worded(qtbot, tasks):
    def work():
        raise DraftError("x.agreement.json: not a draft file (line 1: Expecting value)")

    failures: list[TaskFailure] = []
    task = tasks.run(work, on_error=failures.append)
    with qtbot.waitSignal(task.failed, timeout=5000):
        pass
    failure = failures[0]
    assert failure.expected and isinstance(failure.error, DraftError)
    assert failure.message.startswith("The draft cannot be opened.\n")
    assert "not a draft file" in failure.message


def test_a_bug_is_logged_and_not_shown_as_a_traceback(qtbot, tasks, caplog):
    def work():
        return {}["missing"]

    failures: list[TaskFailure] = []
    task = tasks.run(work, on_error=failures.append)
    with qtbot.waitSignal(task.failed, timeout=5000):
        pass
    assert not failures[0].expected
    assert "KeyError" in failures[0].message and "Traceback" not in failures[0].message
    assert "Traceback" in caplog.text or caplog.records[0].exc_info


def test_progress_and_cancellation(qtbot, tasks):
    started, release = threading.Event(), threading.Event()
    progress = []

    def work(context, items):
        for i in range(items):
            context.progress(i + 1, items, f"item {i + 1}")
            if i == 1:
                started.set()
                release.wait(5)
            context.raise_if_cancelled()
        return "finished"

    results = []
    task = tasks.run_with_progress(
        work, 5, on_result=results.append, on_progress=lambda *p: progress.append(p)
    )
    qtbot.waitUntil(lambda: len(progress) >= 2, timeout=5000)
    assert progress[0] == (1, 5, "item 1")
    with qtbot.waitSignal(task.cancelled, timeout=1000):
        task.cancel()
    release.set()
    assert tasks.wait(5000)
    _deliver_posted()
    assert results == [] and not task.is_running


def test_work_that_stops_itself_counts_as_cancelled(qtbot, tasks):
    def work():
        raise TaskCancelled

    task = tasks.run(work)
    with qtbot.waitSignal(task.cancelled, timeout=5000):
        pass


def test_an_owner_that_is_gone_is_not_called_back(qtbot, tasks):
    gate = threading.Event()
    called = []
    owner = QObject()
    tasks.run(lambda: gate.wait(5), on_result=called.append, owner=owner)
    owner.deleteLater()
    qtbot.waitUntil(lambda: tasks.active() == 0, timeout=2000)
    gate.set()
    assert tasks.wait(5000)
    _deliver_posted()
    assert called == []


def _deliver_posted() -> None:
    """Deliver what the finished workers posted to this thread: nothing else can arrive."""
    QCoreApplication.sendPostedEvents()
    QCoreApplication.processEvents()
