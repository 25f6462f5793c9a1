"""A progress window with a cancel button for one background job.

It appears only when the job takes longer than a moment (so quick jobs do
not flash a window), follows the job's progress, and closes itself when
the job ends. "Batal" asks the job to stop; the job decides when it can.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QDialog, QLabel, QProgressBar, QPushButton, QVBoxLayout, QWidget

from widgets.base.worker import Job


class ProgressBar(QProgressBar):
    """A progress bar that shows fractions 0..1 (a job's ``sig_progress``)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setRange(0, 1000)
        self.setTextVisible(True)
        self.setFormat("%p%")

    def set_fraction(self, fraction: float, _message: str = "") -> None:
        self.setValue(int(max(0.0, min(1.0, fraction)) * 1000))


class ProgressDialog(QDialog):
    """Shows a :class:`~widgets.base.worker.Job`'s progress; "Batal" cancels it.

    Parameters
    ----------
    job
        The running job.
    title
        What is happening, for the window title and the first line.
    delay_ms
        The window appears only if the job is still running after this.
    """

    def __init__(self, job: Job, title: str, parent: QWidget | None = None, delay_ms: int = 400):
        super().__init__(parent)
        self.job = job
        self.setWindowTitle(title)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setMinimumWidth(380)
        self.label = QLabel(title)
        self.label.setWordWrap(True)
        self.detail = QLabel("")
        self.detail.setStyleSheet("color: palette(mid);")
        self.bar = ProgressBar()
        self.cancel_button = QPushButton(self.tr("Batal"))
        self.cancel_button.clicked.connect(self._cancel)
        layout = QVBoxLayout(self)
        layout.addWidget(self.label)
        layout.addWidget(self.bar)
        layout.addWidget(self.detail)
        layout.addWidget(self.cancel_button, 0, Qt.AlignmentFlag.AlignRight)
        job.sig_progress.connect(self._on_progress)
        job.sig_done.connect(self._on_done)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._appear)
        if job.done:
            return
        self._timer.start(delay_ms)

    def _appear(self) -> None:
        if not self.job.done:
            self.show()

    def _on_progress(self, fraction: float, message: str) -> None:
        self.bar.set_fraction(fraction)
        self.detail.setText(message)

    def _cancel(self) -> None:
        self.job.cancel()
        self.cancel_button.setEnabled(False)
        self.detail.setText(self.tr("Membatalkan..."))

    def _on_done(self) -> None:
        self._timer.stop()
        self.close()

    def reject(self) -> None:  # Esc or the window's close button: cancel the job too
        if not self.job.done:
            self._cancel()
        super().reject()
