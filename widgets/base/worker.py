"""Run gis jobs off the GUI thread and hear about them on it.

Long jobs in ``gis/`` are plain functions that accept ``progress(fraction,
message)`` and ``cancelled() -> bool`` and raise :class:`gis.errors.Cancelled`
when told to stop (DESIGN convention 3). This module runs such a function on
a thread pool and turns what happens into Qt signals that arrive on the GUI
thread, so a slot can touch widgets and the workspace safely. The idea is
Orange's ``wrap_callback``: the job never knows about Qt, the widget never
blocks.

Example::

    job = run_job(load_households, path, villages)
    job.sig_progress.connect(bar.set_fraction)
    job.sig_finished.connect(show_table)
    job.sig_failed.connect(show_error)
"""

from __future__ import annotations

import inspect
import threading
import time
import traceback
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from concurrent.futures import wait as wait_futures

from PySide6.QtCore import QCoreApplication, QObject, Signal, Slot

from gis.errors import Cancelled
from gis.progress import sub_progress  # noqa: F401 (jobs made of steps import it from here)

# Progress reports closer together than this are merged: a reader may call
# progress a thousand times a second, a progress bar needs ten.
_PROGRESS_INTERVAL = 0.05

_pool: ThreadPoolExecutor | None = None
# Jobs stay referenced while they run, even if the caller keeps no reference.
_running: set[Job] = set()


def job_pool() -> ThreadPoolExecutor:
    """The pool jobs run on: two Python threads (the machines have few cores).

    Python's own threads rather than a QThreadPool: a QThreadPool thread gets
    a fresh Python thread state for every job, and pyproj's per-thread PROJ
    context does not survive that (reading a boundary file after a preview
    crashed the interpreter in ``pyproj.CRS``). Qt signals emitted from these
    threads still arrive on the GUI thread.
    """
    global _pool
    if _pool is None:
        _pool = ThreadPoolExecutor(max_workers=2, thread_name_prefix="sasaran-job")
    return _pool


class _Emitter(QObject):
    """Signals emitted from the worker thread; queued to the Job on the GUI thread."""

    progress = Signal(float, str)
    finished = Signal(object)
    failed = Signal(object, str)
    cancelled = Signal()


class _Work:
    """The work itself, run on a pool thread; it holds no reference to the Job."""

    def __init__(self, fn, args, kwargs, cancel: threading.Event, emitter: _Emitter):
        self.fn, self.args, self.kwargs = fn, args, kwargs
        self.cancel = cancel
        self.emitter = emitter

    def __call__(self) -> None:
        emit, cancel = self.emitter, self.cancel
        last = [0.0]

        def progress(fraction: float, message: str = "") -> None:
            if cancel.is_set():
                raise Cancelled()
            now = time.monotonic()
            if now - last[0] >= _PROGRESS_INTERVAL or fraction >= 1.0:
                last[0] = now
                emit.progress.emit(float(fraction), str(message or ""))

        kwargs = dict(self.kwargs)
        if "progress" in kwargs:
            kwargs["progress"] = progress
        if "cancelled" in kwargs:
            kwargs["cancelled"] = cancel.is_set
        try:
            if cancel.is_set():
                raise Cancelled()
            result = self.fn(*self.args, **kwargs)
            if cancel.is_set():
                raise Cancelled()
        except Cancelled:
            emit.cancelled.emit()
        except BaseException as exc:  # delivered to the GUI, never lost in a thread
            emit.failed.emit(exc, traceback.format_exc())
        else:
            emit.finished.emit(result)
        finally:
            self.fn = self.args = self.kwargs = None


class Job(QObject):
    """One function running on the pool.

    Signals (all delivered on the GUI thread)
    -----------------------------------------
    sig_progress(float, str)
        Fraction done (0..1) and a short message from the job.
    sig_finished(object)
        The function returned this value.
    sig_failed(object)
        The function raised this exception (``traceback`` holds the text).
    sig_cancelled()
        The job stopped because :meth:`cancel` was called.
    sig_done()
        Emitted last, after any of the three above.
    """

    sig_progress = Signal(float, str)
    sig_finished = Signal(object)
    sig_failed = Signal(object)
    sig_cancelled = Signal()
    sig_done = Signal()

    def __init__(self, fn: Callable, *args, parent: QObject | None = None, **kwargs):
        super().__init__(parent)
        self._fn = fn
        self._args = args
        self._kwargs = kwargs
        self._cancel = threading.Event()
        self._done = False
        self.result = None
        self.error: BaseException | None = None
        self.traceback = ""
        self.was_cancelled = False
        self._emitter = _Emitter()
        self._emitter.progress.connect(self._on_progress)
        self._emitter.finished.connect(self._on_finished)
        self._emitter.failed.connect(self._on_failed)
        self._emitter.cancelled.connect(self._on_cancelled)
        try:
            params = inspect.signature(fn).parameters
            self._params = set(params)
            self._var_kw = any(p.kind is p.VAR_KEYWORD for p in params.values())
        except (TypeError, ValueError):
            self._params, self._var_kw = set(), False

    def _accepts(self, name: str) -> bool:
        return name not in self._kwargs and (name in self._params or self._var_kw)

    def start(self, pool: ThreadPoolExecutor | None = None) -> Job:
        kwargs = dict(self._kwargs)
        # placeholders: the work puts its own callbacks in these slots
        for name in ("progress", "cancelled"):
            if self._accepts(name):
                kwargs[name] = None
        work = _Work(self._fn, self._args, kwargs, self._cancel, self._emitter)
        _running.add(self)
        self._future: Future = (pool or job_pool()).submit(work)
        return self

    def cancel(self) -> None:
        """Ask the job to stop; it ends with ``sig_cancelled`` at its next check."""
        self._cancel.set()

    @property
    def done(self) -> bool:
        return self._done

    @property
    def cancel_requested(self) -> bool:
        return self._cancel.is_set()

    def wait(self, timeout: float = 30.0) -> bool:
        """Process events until the job is done (for scripts and tests)."""
        end = time.monotonic() + timeout
        while not self._done and time.monotonic() < end:
            QCoreApplication.processEvents()
            time.sleep(0.005)
        return self._done

    def _finish(self) -> None:
        self._done = True
        _running.discard(self)
        self.sig_done.emit()

    @Slot(float, str)
    def _on_progress(self, fraction: float, message: str) -> None:
        if not self._done:
            self.sig_progress.emit(fraction, message)

    @Slot(object)
    def _on_finished(self, result) -> None:
        self.result = result
        self.sig_finished.emit(result)
        self._finish()

    @Slot(object, str)
    def _on_failed(self, exc, text: str) -> None:
        self.error = exc
        self.traceback = text
        self.sig_failed.emit(exc)
        self._finish()

    @Slot()
    def _on_cancelled(self) -> None:
        self.was_cancelled = True
        self.sig_cancelled.emit()
        self._finish()


def run_job(fn: Callable, *args, parent: QObject | None = None, **kwargs) -> Job:
    """Start ``fn(*args, **kwargs)`` on the pool and return its :class:`Job`.

    ``progress`` and ``cancelled`` are passed when ``fn`` accepts them.
    """
    return Job(fn, *args, parent=parent, **kwargs).start()


def cancel_all(wait_ms: int = 3000) -> None:
    """Cancel every running job and wait briefly for the threads (at quit)."""
    jobs = list(_running)
    for job in jobs:
        job.cancel()
    futures = [j._future for j in jobs if getattr(j, "_future", None) is not None]
    if futures:
        wait_futures(futures, timeout=wait_ms / 1000)
