"""Verifying many files on all cores: results as they finish, a time limit per file, stoppable.

Worker processes are started once per run and fed one path at a time over a pipe; they come
from a fork server that has already imported the verifier (cryptography, asn1crypto, the
certification paths), so starting them is cheap. Each worker limits every file with a timer;
the parent also kills a worker that overruns (a file stuck in C code) and starts a fresh one.
"""

from __future__ import annotations

import contextlib
import importlib
import multiprocessing
import os
import signal
import sys
import threading
import time
from collections import deque
from collections.abc import Callable, Generator, Iterable, Iterator
from dataclasses import dataclass
from multiprocessing.connection import Connection, wait
from typing import TYPE_CHECKING, TypeAlias, cast

from agreement_studio.i18n import translatable
from agreement_studio.verification.report import FileReport
from agreement_studio.verification.trust import TrustStore

_ = translatable(__name__)

if TYPE_CHECKING:
    # ``BaseContext`` declares no ``Process``; each start method's context does.
    _Context: TypeAlias = (
        multiprocessing.context.ForkContext
        | multiprocessing.context.ForkServerContext
        | multiprocessing.context.SpawnContext
    )

_GRACE = 5.0
_MAX_CRASHES = 3
_PRELOAD = ["agreement_studio.verification.verify", "agreement_studio.verification.paths"]


class _Timeout(BaseException):
    """Raised in a worker by its timer; a BaseException so no ``except Exception`` eats it."""


def verify_files(
    paths: Iterable[str | os.PathLike[str]],
    *,
    trust: TrustStore | None = None,
    jobs: int | None = None,
    timeout: float = 60.0,
    should_stop: Callable[[], bool] | None = None,
) -> Generator[FileReport, None, None]:
    """Verify ``paths`` in ``jobs`` processes (default: one per core); yield reports as ready.

    Every file gets a report: one that cannot be read, or takes longer than ``timeout``
    seconds, gets an ``error`` report saying so. Stop early by calling ``should_stop`` (checked
    several times a second) returning true, or by closing the iterator; the workers are ended.
    """
    names = [os.fspath(p) for p in paths]
    if not names:
        return _no_reports()
    count = max(1, min(jobs or os.cpu_count() or 1, len(names)))
    return _run(names, trust or TrustStore(), count, timeout, should_stop)


def _no_reports() -> Generator[FileReport, None, None]:
    """No files, no reports; a generator still, so a caller may ``close()`` it."""
    yield from ()


@dataclass
class _Worker:
    process: multiprocessing.process.BaseProcess
    conn: Connection
    job: tuple[int, str] | None = None
    started: float = 0.0


def _context() -> _Context:
    """``fork`` where it is safe (Linux, no other threads, no Qt): the workers start at once with
    everything imported; otherwise a fork server with the verifier preloaded, or ``spawn``."""
    if sys.platform.startswith("linux"):
        gui = any(name in sys.modules for name in ("PySide6", "PyQt6", "PyQt5"))
        if threading.active_count() == 1 and not gui:
            for name in _PRELOAD:
                importlib.import_module(name)
            return multiprocessing.get_context("fork")
        context = multiprocessing.get_context("forkserver")
        context.set_forkserver_preload(_PRELOAD)
        return context
    return multiprocessing.get_context("spawn")


def _start(context: _Context, trust: TrustStore, timeout: float) -> _Worker:
    parent, child = context.Pipe()
    process = context.Process(target=_serve, args=(child, trust, timeout), daemon=True)
    process.start()
    child.close()
    return _Worker(process, parent)


def _stop(worker: _Worker, force: bool = False) -> None:
    if not force:
        with contextlib.suppress(OSError, ValueError):
            worker.conn.send(None)
        worker.process.join(1.0)
    if worker.process.is_alive():
        worker.process.kill()
        worker.process.join(1.0)
    worker.conn.close()


def _run(
    names: list[str],
    trust: TrustStore,
    count: int,
    timeout: float,
    should_stop: Callable[[], bool] | None,
) -> Generator[FileReport, None, None]:
    pool = _Pool(trust, count, timeout)
    pending = deque(enumerate(names))
    try:
        yield from pool.results(pending, should_stop)
    except _Broken as broken:
        # Workers that keep dying usually mean the calling script re-runs its own code when a
        # worker imports it; verify the rest here rather than fail.
        from agreement_studio.verification.verify import verify_pdf

        if broken.report is not None:
            yield broken.report
        for _, path in pending:
            if should_stop is not None and should_stop():
                return
            yield verify_pdf(path, trust=trust)
    finally:
        pool.close()


class _Broken(Exception):
    """Worker processes keep dying; stop using them."""

    def __init__(self, report: FileReport | None) -> None:
        super().__init__(_("worker processes keep dying"))
        self.report = report


class _Pool:
    """Worker processes, each verifying one file at a time."""

    def __init__(self, trust: TrustStore, count: int, timeout: float) -> None:
        self.context = _context()
        self.trust, self.timeout = trust, timeout
        self.workers = [self._start() for _ in range(count)]
        self.crashes = 0

    def _start(self) -> _Worker:
        return _start(self.context, self.trust, self.timeout)

    def results(
        self, pending: deque[tuple[int, str]], should_stop: Callable[[], bool] | None
    ) -> Iterator[FileReport]:
        """Reports as workers finish them, until ``pending`` is done or ``should_stop()``."""
        for worker in list(self.workers):
            self._dispatch(worker, pending)
        while any(w.job for w in self.workers):
            if should_stop is not None and should_stop():
                return
            busy = {w.conn: w for w in self.workers if w.job}
            # wait() hands back the very connections it was given.
            for conn in cast(list[Connection], wait(list(busy), timeout=0.2)):
                worker = busy[conn]
                report: FileReport
                healthy: bool
                try:
                    _job_id, report, healthy = conn.recv()
                    self.crashes = 0
                except (EOFError, OSError):
                    report, healthy = self._crashed(worker, pending), False
                if not healthy:
                    worker = self._replace(worker)
                worker.job = None
                yield report
                self._dispatch(worker, pending)
            for worker in [w for w in self.workers if w.job]:
                if worker.job and time.monotonic() - worker.started > self.timeout + _GRACE:
                    path = worker.job[1]
                    worker = self._replace(worker)
                    yield FileReport.failed(
                        path, _("verification took longer than {seconds:g} s", seconds=self.timeout)
                    )
                    self._dispatch(worker, pending)

    def _dispatch(self, worker: _Worker, pending: deque[tuple[int, str]]) -> None:
        """Give ``worker`` the next file; a worker that cannot take it is replaced."""
        while pending:
            job = pending.popleft()
            try:
                worker.job, worker.started = job, time.monotonic()
                worker.conn.send(job)
                return
            except (OSError, ValueError):
                pending.appendleft(job)
                worker.job = None
                self.crashes += 1
                if self.crashes > _MAX_CRASHES:
                    self._requeue(pending)
                    raise _Broken(None) from None
                worker = self._replace(worker)

    def _crashed(self, worker: _Worker, pending: deque[tuple[int, str]]) -> FileReport:
        """The report for a file whose worker died; too many deaths in a row break the pool."""
        self.crashes += 1
        path = worker.job[1] if worker.job else None  # only a busy worker's death is seen
        report = FileReport.failed(path, _("the verifier stopped unexpectedly on this file"))
        if self.crashes > _MAX_CRASHES:
            worker.job = None
            self._requeue(pending)
            raise _Broken(report)
        return report

    def _requeue(self, pending: deque[tuple[int, str]]) -> None:
        for other in self.workers:
            if other.job:
                pending.appendleft(other.job)
                other.job = None

    def _replace(self, worker: _Worker) -> _Worker:
        _stop(worker, force=True)
        fresh = self._start()
        self.workers[self.workers.index(worker)] = fresh
        return fresh

    def close(self) -> None:
        """End every worker."""
        for worker in self.workers:
            _stop(worker, force=worker.job is not None)


def _on_alarm(signum: int, frame: object) -> None:
    raise _Timeout


def _serve(conn: Connection, trust: TrustStore, timeout: float) -> None:
    """A worker: verify each path received until told to stop."""
    from agreement_studio.verification.verify import verify_pdf

    signal.signal(signal.SIGINT, signal.SIG_IGN)
    timer = hasattr(signal, "setitimer")
    if timer:
        signal.signal(signal.SIGALRM, _on_alarm)
    while True:
        try:
            job = conn.recv()
        except (EOFError, OSError):
            return
        if job is None:
            return
        job_id, path = job
        healthy = True
        try:
            if timer:
                signal.setitimer(signal.ITIMER_REAL, timeout)
            report = verify_pdf(path, trust=trust)
        except _Timeout:
            # interrupted anywhere (even inside a library's event loop): start afresh
            report = FileReport.failed(
                path, _("verification took longer than {seconds:g} s", seconds=timeout)
            )
            healthy = False
        finally:
            if timer:
                signal.setitimer(signal.ITIMER_REAL, 0)
        conn.send((job_id, report, healthy))
        if not healthy:
            return
