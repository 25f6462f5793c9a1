"""Background jobs: results, errors and progress arrive on the GUI thread; cancel stops them."""

from __future__ import annotations

import threading
import time

import pytest
from PySide6.QtCore import QThread

from gis.errors import Cancelled, ReadError
from widgets.base.worker import run_job, sub_progress


def _count(n, progress=None, cancelled=None):
    for i in range(n):
        if cancelled():
            raise Cancelled()
        progress((i + 1) / n, f"langkah {i + 1}")
        time.sleep(0.002)
    return threading.get_ident()


def test_result_and_progress_arrive_on_the_gui_thread(qtbot):
    seen = []
    job = run_job(_count, 40)
    job.sig_progress.connect(lambda f, m: seen.append((f, QThread.currentThread())))
    with qtbot.waitSignal(job.sig_done, timeout=10_000):
        pass
    assert job.result != threading.get_ident()  # it ran on another thread
    assert seen and all(t is QThread.currentThread() for _, t in seen)
    assert seen[-1][0] == pytest.approx(1.0)


def test_errors_are_delivered_not_lost(qtbot):
    def fail():
        raise ReadError("rusak", code="corrupt", path="x.csv")

    job = run_job(fail)
    with qtbot.waitSignal(job.sig_failed, timeout=10_000) as blocker:
        pass
    assert isinstance(blocker.args[0], ReadError)
    assert "ReadError" in job.traceback


def test_cancel_stops_the_job(qtbot):
    job = run_job(_count, 100_000)
    qtbot.wait(20)
    job.cancel()
    with qtbot.waitSignal(job.sig_cancelled, timeout=10_000):
        pass
    assert job.done and job.was_cancelled and job.result is None


def test_functions_without_progress_parameters_run_unchanged(qtbot):
    job = run_job(lambda a, b: a + b, 2, 3)
    assert job.wait(10)
    assert job.result == 5


def test_sub_progress_maps_onto_a_range():
    got = []
    step = sub_progress(lambda f, m="": got.append(round(f, 3)), 0.2, 0.6)
    step(0.0)
    step(0.5)
    step(1.0)
    assert got == [0.2, 0.4, 0.6]
