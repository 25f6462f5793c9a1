"""The helpers every benchmark row group shares: a timer and the row shape.

A row is a plain dict (name, value, unit, target, lower bound, ratio, ok,
note) so that a child process can hand it over as JSON and ``sasaran bench``
can print rows of every floor in one table. Every figure is printed next to
a plain-numpy lower bound measured in the same run on the same data, so a
slow machine shows as a slow machine and a slow implementation as a high
ratio.
"""

from __future__ import annotations

import statistics
import time


def timeit(fn, repeat: int) -> float:
    """Median wall time of ``fn`` in milliseconds."""
    times = []
    for _ in range(max(1, repeat)):
        t0 = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t0) * 1000)
    return statistics.median(times)


def row(name, value, target=None, lower_bound=None, unit="ms", note="") -> dict:
    """One line of the benchmark table; ``ok`` is None when the issue sets no target."""
    value = round(value, 3)
    lower_bound = None if lower_bound is None else round(lower_bound, 3)
    ratio = value / lower_bound if lower_bound else None
    return {
        "name": name,
        "value": value,
        "unit": unit,
        "target": target,
        "lower_bound": lower_bound,
        "ratio": None if ratio is None else round(ratio, 2),
        "ok": None if target is None else bool(value <= target),
        "note": note,
    }


def scaled_target(households: int, at_1m: float, at_15m: float) -> float:
    """An issue's target for ``households``: linear between its 1M and 15M figures."""
    share = min(max((households - 1_000_000) / 14_000_000, 0.0), 1.0)
    return at_1m + (at_15m - at_1m) * share
