"""The one way the window runs slow work: off the GUI thread, answer back on it.

::

    task = runner().run(render_agreement, agreement, on_result=show, on_error=complain)
    task = runner().run_with_progress(verify_many, paths, on_progress=bar.update)
    task.cancel()                  # later: no result is delivered, ``cancelled`` is emitted

The work runs on a ``QThreadPool``. Its result, or a :class:`TaskFailure` whose ``message`` is a
readable, translated sentence (never a traceback), arrives as a signal on the GUI thread. Work
that reports progress or can stop early takes a :class:`TaskContext` as its first argument.
A task given an ``owner`` widget is forgotten when the owner goes away, so a closed window is
never called back.

When the window closes, the program waits for the work still running (:meth:`TaskRunner.
wait_for_kept`), except work started with ``at_quit="abandon"``: reading that nobody will see
(the register's first page, SQLite's check of the whole file, a preview). That keeps quitting
quick; anything that writes keeps the default, ``at_quit="finish"``.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any, NamedTuple

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

from agreement_studio.errors import AgreementStudioError

__all__ = ["Task", "TaskCancelled", "TaskContext", "TaskFailure", "TaskRunner", "runner"]

log = logging.getLogger(__name__)


class TaskCancelled(Exception):
    """Raised inside work by :meth:`TaskContext.raise_if_cancelled` once the task is cancelled."""


class TaskFailure(NamedTuple):
    """Why a task did not give a result (a named tuple: no ``dataclasses`` at start-up)."""

    error: BaseException
    """The exception the work raised."""
    message: str
    """What to tell the person, in their language."""
    expected: bool
    """True for an :class:`AgreementStudioError` (the person can act on it), False for a bug."""


class TaskContext:
    """Handed to work started with :meth:`TaskRunner.run_with_progress`."""

    def __init__(self, relay: _Relay, stop: threading.Event) -> None:
        self._relay = relay
        self._stop = stop

    @property
    def cancelled(self) -> bool:
        """Whether the task has been cancelled; long work checks this between items."""
        return self._stop.is_set()

    def raise_if_cancelled(self) -> None:
        """Stop the work here if the task has been cancelled."""
        if self._stop.is_set():
            raise TaskCancelled

    def progress(self, done: int, total: int, text: str = "") -> None:
        """Report ``done`` of ``total`` steps (and what is being done) to the GUI thread."""
        self._relay.progress.emit(done, total, text)


class _Relay(QObject):
    """Carries the worker's signals; made on the GUI thread, so the slots run there."""

    result = Signal(object)
    failure = Signal(object)
    progress = Signal(int, int, str)


class Task(QObject):
    """A piece of work in flight; its signals are delivered on the GUI thread."""

    succeeded = Signal(object)
    """The work's return value."""
    failed = Signal(object)
    """A :class:`TaskFailure`."""
    progressed = Signal(int, int, str)
    """``done``, ``total``, ``text``, as the work reports them."""
    cancelled = Signal()
    """The task was cancelled before its result was delivered."""
    done = Signal()
    """Emitted last, whatever the outcome."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._stop = threading.Event()
        self._finished = False
        self.relay = _Relay()
        self.relay.result.connect(self._on_result)
        self.relay.failure.connect(self._on_failure)
        self.relay.progress.connect(self._on_progress)

    @property
    def is_running(self) -> bool:
        """True until the result, failure or cancellation has been delivered."""
        return not self._finished

    def cancel(self) -> None:
        """Ask the work to stop; whatever it returns afterwards is dropped."""
        if self._finished:
            return
        self._stop.set()
        self._finish()
        self.cancelled.emit()
        self.done.emit()

    def _finish(self) -> None:
        self._finished = True

    @Slot(object)
    def _on_result(self, value: object) -> None:
        if self._finished:
            return
        self._finish()
        self.succeeded.emit(value)
        self.done.emit()

    @Slot(object)
    def _on_failure(self, failure: object) -> None:
        if self._finished:
            return
        self._finish()
        if isinstance(failure, TaskFailure) and isinstance(failure.error, TaskCancelled):
            self.cancelled.emit()
        else:
            self.failed.emit(failure)
        self.done.emit()

    @Slot(int, int, str)
    def _on_progress(self, done: int, total: int, text: str) -> None:
        if not self._finished:
            self.progressed.emit(done, total, text)


class _Runnable(QRunnable):
    def __init__(
        self, work: Callable[[], Any], relay: _Relay, done: Callable[[], None] | None = None
    ) -> None:
        super().__init__()
        self._work = work
        # Kept here too: the relay must outlive the task if the task's owner is deleted.
        self._relay = relay
        self._done = done

    def run(self) -> None:
        try:
            try:
                value = self._work()
            except BaseException as error:  # every failure goes back to the GUI thread
                self._relay.failure.emit(describe_failure(error))
            else:
                self._relay.result.emit(value)
        except RuntimeError:  # the relay is gone: the application is ending
            pass
        finally:
            if self._done is not None:
                self._done()


def describe_failure(error: BaseException) -> TaskFailure:
    """Word an exception for a person; a bug is logged with its traceback, not shown."""
    from agreement_studio.gui.messages import error_message

    expected = isinstance(error, AgreementStudioError | TaskCancelled)
    if not expected:
        log.error("unexpected error in background work", exc_info=error)
    return TaskFailure(error, error_message(error), expected)


class TaskRunner(QObject):
    """Starts work on a thread pool and keeps its tasks until they are delivered."""

    def __init__(self, parent: QObject | None = None, pool: QThreadPool | None = None) -> None:
        super().__init__(parent)
        self.pool = pool or QThreadPool.globalInstance()
        self._tasks: set[Task] = set()
        self._kept = 0  # work running that quitting waits for
        self._kept_changed = threading.Condition()

    def run(
        self,
        work: Callable[..., Any],
        *args: Any,
        on_result: Callable[[Any], None] | None = None,
        on_error: Callable[[TaskFailure], None] | None = None,
        owner: QObject | None = None,
        at_quit: str = "finish",
    ) -> Task:
        """Run ``work(*args)`` off the GUI thread; the callbacks run on the GUI thread.

        ``at_quit="abandon"``: the program may end while this work runs (it only reads).
        """
        return self._start(lambda _context: work(*args), on_result, on_error, None, owner, at_quit)

    def run_with_progress(
        self,
        work: Callable[..., Any],
        *args: Any,
        on_result: Callable[[Any], None] | None = None,
        on_error: Callable[[TaskFailure], None] | None = None,
        on_progress: Callable[[int, int, str], None] | None = None,
        owner: QObject | None = None,
        at_quit: str = "finish",
    ) -> Task:
        """Run ``work(context, *args)``, which may report progress and notice cancellation."""
        return self._start(
            lambda context: work(context, *args), on_result, on_error, on_progress, owner, at_quit
        )

    def active(self) -> int:
        """How many tasks have not yet delivered."""
        return len(self._tasks)

    def wait(self, msecs: int = -1) -> bool:
        """Block until the pool is idle (used in tests)."""
        return self.pool.waitForDone(msecs)

    def wait_for_kept(self, msecs: int) -> bool:
        """Block until no work runs that quitting must wait for (False: ``msecs`` passed)."""
        with self._kept_changed:
            return self._kept_changed.wait_for(lambda: self._kept == 0, msecs / 1000)

    def _kept_done(self) -> None:
        with self._kept_changed:
            self._kept -= 1
            self._kept_changed.notify_all()

    def _start(
        self,
        call: Callable[[TaskContext], Any],
        on_result: Callable | None,
        on_error: Callable | None,
        on_progress: Callable | None,
        owner: QObject | None,
        at_quit: str = "finish",
    ) -> Task:
        if at_quit not in ("finish", "abandon"):
            raise ValueError(f"at_quit is 'finish' or 'abandon', not {at_quit!r}")
        task = Task(owner or self)
        if on_result is not None:
            task.succeeded.connect(on_result)
        if on_error is not None:
            task.failed.connect(on_error)
        if on_progress is not None:
            task.progressed.connect(on_progress)
        self._tasks.add(task)
        task.done.connect(lambda: self._tasks.discard(task))
        task.destroyed.connect(lambda *_: self._tasks.discard(task))
        context = TaskContext(task.relay, task._stop)
        done = None
        if at_quit == "finish":
            with self._kept_changed:
                self._kept += 1
            done = self._kept_done
        self.pool.start(_Runnable(lambda: call(context), task.relay, done))
        return task


_runner: TaskRunner | None = None


def runner() -> TaskRunner:
    """The application's task runner."""
    global _runner
    if _runner is None:
        _runner = TaskRunner()
    return _runner
