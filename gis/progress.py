"""Progress callbacks: ``progress(fraction, message)`` with fraction in 0..1.

Long work in gis/ reports through a plain callable so that the same code
runs under a Qt progress bar, a command-line printer or nothing at all.
"""

from __future__ import annotations

from collections.abc import Callable


def sub_progress(progress: Callable | None, start: float, end: float) -> Callable | None:
    """A progress callback that maps 0..1 onto ``start..end`` of ``progress``.

    For jobs made of steps: ``step = sub_progress(progress, 0.2, 0.8)``.
    """
    if progress is None:
        return None

    def report(fraction: float, message: str = "") -> None:
        progress(start + (end - start) * float(fraction), message)

    return report
