"""Choropleth classification: class breaks, labels and colours for a value per area.

The map sheet, the web map and the workstation's map canvas all colour
villages by an indicator, and a planner comparing them must see the same
classes everywhere; so classification lives here once, as plain numpy. A
value of NaN means "no data" and gets its own class (index -1), shown in
every legend as "tidak ada data" rather than silently as zero.

Classes are upper-inclusive: with breaks ``b0 < b1 < ... < bk`` a value ``v``
is in class ``i`` when ``b_i < v <= b_(i+1)`` (class 0 also takes ``b0``).
The labels are built from the rounded breaks that the assignment really
uses, so the legend never disagrees with the colours.

Palettes come from ``resources/palettes.json`` (ColorBrewer lists per class
count, and the colour-blind-safe viridis and cividis, sampled to any count),
always ordered light = low, dark = high.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass, replace
from functools import cache
from importlib import resources

import numpy as np

from gis.numbers import format_number

METHODS = {
    "quantile": "Kuantil (jumlah desa sama per kelas)",
    "equal": "Interval sama",
    "jenks": "Jeda alami (Jenks)",
    "manual": "Batas manual",
}

NO_DATA_LABEL = "tidak ada data"

#: method of a classification of kinds (see :func:`categorical`), not in METHODS:
#: a planner does not choose it, the indicator does
CATEGORIES = "categories"

# Above this many distinct values natural breaks work on weighted quantile bins.
_JENKS_EXACT_LIMIT = 5_000
_JENKS_BLOCK = 256


@cache
def _palette_data() -> dict:
    text = resources.files("resources").joinpath("palettes.json").read_text(encoding="utf-8")
    return json.loads(text)


def palette_names() -> list[str]:
    """Names of the shipped palettes (first is the default)."""
    data = _palette_data()
    return list(data["per_count"]) + list(data["continuous"])


def no_data_color() -> str:
    """Colour of the "tidak ada data" class."""
    return _palette_data()["no_data"]


def _hex_to_rgb(colors: list[str]) -> np.ndarray:
    return np.array([[int(c[i : i + 2], 16) for i in (1, 3, 5)] for c in colors], dtype=float)


def _rgb_to_hex(rgb: np.ndarray) -> list[str]:
    rgb = np.clip(np.round(rgb), 0, 255).astype(int)
    return ["#{:02x}{:02x}{:02x}".format(*row) for row in rgb]


def _sample(anchors: list[str], k: int) -> list[str]:
    """``k`` colours spread evenly along the anchor colours (linear in RGB)."""
    rgb = _hex_to_rgb(anchors)
    pos = np.linspace(0, 1, len(anchors))
    at = np.linspace(0, 1, k) if k > 1 else np.array([0.5])
    return _rgb_to_hex(np.column_stack([np.interp(at, pos, rgb[:, c]) for c in range(3)]))


def palette(name: str = "YlOrRd", k: int = 5, reverse: bool = False) -> list[str]:
    """``k`` hex colours of palette ``name``, light (low) to dark (high).

    Parameters
    ----------
    name
        One of :func:`palette_names` (case-insensitive).
    k
        Number of classes, at least 1.
    reverse
        Dark to light instead.
    """
    if k < 1:
        return []
    data = _palette_data()
    by_lower = {n.lower(): n for n in palette_names()}
    key = by_lower.get(name.lower())
    if key is None:
        raise ValueError(f"unknown palette {name!r}; choose from {', '.join(palette_names())}")
    if key in data["per_count"]:
        lists = data["per_count"][key]
        sizes = sorted(int(s) for s in lists)
        if str(k) in lists:
            colors = list(lists[str(k)])
        elif k > sizes[-1]:
            colors = _sample(lists[str(sizes[-1])], k)
        else:  # fewer classes than the smallest list: spread over it
            colors = _sample(lists[str(sizes[0])], k)
    else:
        colors = _sample(data["continuous"][key][::-1], k)
    return colors[::-1] if reverse else colors


def _decimals_for(values: np.ndarray, integral: bool) -> int:
    if integral or len(values) == 0:
        return 0
    span = float(values.max() - values.min())
    if span <= 0:
        span = abs(float(values.max())) or 1.0
    return int(min(3, max(0, 2 - math.floor(math.log10(span)))))


@dataclass(frozen=True)
class Classes:
    """Result of :func:`classify`.

    Attributes
    ----------
    breaks
        ``k + 1`` class edges, ascending (rounded as the labels show them).
    labels
        One label per class, e.g. ``"13 – 25"``.
    colors
        One hex colour per class, light to dark.
    class_index
        Class of each input value; -1 where the value is missing (NaN).
    counts
        Number of values per class.
    no_data_count
        Number of missing values.
    method
        Method key (see :data:`METHODS`).
    decimals
        Decimals used in labels and for rounding the breaks.
    integral
        True when the values are whole numbers (counts).
    """

    breaks: np.ndarray
    labels: list[str]
    colors: list[str]
    class_index: np.ndarray
    counts: np.ndarray
    no_data_count: int
    method: str
    decimals: int = 0
    integral: bool = False
    no_data_label: str = NO_DATA_LABEL
    no_data_color: str = "#d9d9d9"

    @property
    def k(self) -> int:
        """Number of classes (without "tidak ada data")."""
        return len(self.colors)

    def index_of(self, values) -> np.ndarray:
        """Class of ``values`` under these breaks (-1 for NaN)."""
        v = np.asarray(values, dtype=float)
        out = np.full(v.shape, -1, dtype=np.int32)
        if self.k == 0:
            return out
        ok = ~np.isnan(v)
        idx = np.searchsorted(self.breaks[1:-1], v[ok], side="left")
        out[ok] = np.clip(idx, 0, self.k - 1)
        return out

    def apply(self, values) -> Classes:
        """Same breaks, labels and colours for other values (e.g. one sheet of a series)."""
        idx = self.index_of(values)
        return replace(
            self,
            class_index=idx,
            counts=np.bincount(idx[idx >= 0], minlength=self.k)[: self.k],
            no_data_count=int((idx < 0).sum()),
        )

    def color_of(self) -> list[str]:
        """Colour per input value (the no-data colour where missing)."""
        table = [*self.colors, self.no_data_color]
        return [table[i] for i in self.class_index]

    def legend(self, with_no_data: bool = True, number=None) -> list[tuple[str, str, int]]:
        """``(label, colour, count)`` per class, "tidak ada data" last.

        ``number(value, decimals)`` formats the class limits for a screen in
        another language; by default they read as on the printed sheet.
        """
        labels = self.labels
        if number is not None and self.k and self.method != CATEGORIES:
            labels = _labels(self.breaks, self.decimals, self.integral, number)
        rows = [(lab, col, int(n)) for lab, col, n in zip(labels, self.colors, self.counts)]
        if with_no_data:
            rows.append((self.no_data_label, self.no_data_color, int(self.no_data_count)))
        return rows


def categorical(values, categories, no_data_label: str = NO_DATA_LABEL) -> Classes:
    """Classes of kinds: value ``i`` (0, 1, ...) is class ``i`` of ``categories``.

    ``categories`` are ``(label, colour)`` pairs; NaN (or a value that is not
    a category) is "tidak ada data". The breaks sit half-way between the
    values, so :meth:`Classes.index_of` and :meth:`Classes.apply` read the
    same classes again.
    """
    v = np.asarray(values, dtype=float)
    k = len(categories)
    idx = np.full(v.shape, -1, dtype=np.int32)
    ok = ~np.isnan(v) & (v >= 0) & (v < k) & (v == np.round(v))
    idx[ok] = v[ok].astype(np.int32)
    return Classes(
        breaks=np.arange(k + 1, dtype=float) - 0.5,
        labels=[label for label, _ in categories],
        colors=[color for _, color in categories],
        class_index=idx,
        counts=np.bincount(idx[ok], minlength=k)[:k],
        no_data_count=int((~ok).sum()),
        method=CATEGORIES,
        decimals=0,
        integral=True,
        no_data_label=no_data_label,
        no_data_color=no_data_color(),
    )


def _labels(breaks: np.ndarray, decimals: int, integral: bool, number=format_number) -> list[str]:
    labels = []
    for i in range(len(breaks) - 1):
        lo, hi = breaks[i], breaks[i + 1]
        if integral and i > 0:
            lo = lo + 1
        if lo >= hi:
            labels.append(number(hi, decimals))
        else:
            labels.append(f"{number(lo, decimals)} – {number(hi, decimals)}")
    return labels


def _jenks(values: np.ndarray, k: int) -> np.ndarray:
    """Fisher's exact natural breaks (minimum within-class squared deviation).

    Dynamic programming over the sorted distinct values weighted by their
    counts; each step is vectorised over blocks of class ends, so ~6,000
    villages take a few tens of milliseconds.
    """
    x, w = np.unique(values, return_counts=True)
    w = w.astype(float)
    if len(x) > _JENKS_EXACT_LIMIT:
        # weighted quantile bins: the breaks stay within one bin of exact
        edges = np.quantile(values, np.linspace(0, 1, _JENKS_EXACT_LIMIT + 1))
        bin_of = np.clip(
            np.searchsorted(edges, values, side="right") - 1, 0, _JENKS_EXACT_LIMIT - 1
        )
        w = np.bincount(bin_of, minlength=_JENKS_EXACT_LIMIT).astype(float)
        sums = np.bincount(bin_of, weights=values, minlength=_JENKS_EXACT_LIMIT)
        keep = w > 0
        x, w = sums[keep] / w[keep], w[keep]
    n = len(x)
    if n <= k:
        return np.concatenate([[x[0]], x])
    xc = x - x.mean()
    cw = np.concatenate([[0.0], np.cumsum(w)])
    s1 = np.concatenate([[0.0], np.cumsum(w * xc)])
    s2 = np.concatenate([[0.0], np.cumsum(w * xc * xc)])

    def ssd(m, i):
        """Weighted squared deviation of x[m..i] (inclusive), broadcasting."""
        ww = cw[i + 1] - cw[m]
        a = s1[i + 1] - s1[m]
        with np.errstate(divide="ignore", invalid="ignore"):
            return (s2[i + 1] - s2[m]) - np.where(ww > 0, a * a / ww, 0.0)

    ends = np.arange(n)
    prev = ssd(0, ends)
    back = np.zeros((k, n), dtype=np.int64)
    for j in range(1, k):
        cur = np.full(n, np.inf)
        low = j  # the best start of the last class never moves left as its end moves right
        for i0 in range(j, n, _JENKS_BLOCK):
            i = ends[i0 : min(i0 + _JENKS_BLOCK, n)]
            m = np.arange(low, i[-1] + 1)
            cost = prev[m - 1][None, :] + ssd(m[None, :], i[:, None])
            cost[m[None, :] > i[:, None]] = np.inf
            best = np.argmin(cost, axis=1)
            cur[i] = cost[np.arange(len(i)), best]
            back[j, i] = m[best]
            low = int(m[best].min())
        prev = cur
    uppers = [x[-1]]
    i = n - 1
    for j in range(k - 1, 0, -1):
        start = back[j, i]
        uppers.append(x[start - 1])
        i = start - 1
    return np.concatenate([[x[0]], uppers[::-1]])


def classify(
    values,
    method: str = "quantile",
    k: int = 5,
    palette_name: str = "YlOrRd",
    *,
    breaks=None,
    reverse: bool = False,
    decimals: int | None = None,
    no_data_label: str = NO_DATA_LABEL,
) -> Classes:
    """Classify ``values`` (one per area; NaN = no data) into at most ``k`` classes.

    Parameters
    ----------
    values
        Numbers per area. NaN (or None) marks "no data".
    method
        ``"quantile"``, ``"equal"`` (equal interval), ``"jenks"`` (natural
        breaks) or ``"manual"`` (use ``breaks``).
    k
        Wanted number of classes. Fewer come back when the data have fewer
        distinct values (many zeros make quantiles coincide).
    palette_name
        See :func:`palette_names`.
    breaks
        For ``"manual"``: the ``k + 1`` edges (values outside go to the end classes).
    reverse
        Dark for low values.
    decimals
        Decimals of the labels; chosen from the value range when None.
    no_data_label
        Legend text of the missing class.

    Returns
    -------
    Classes
    """
    if method not in METHODS:
        raise ValueError(f"unknown classification method {method!r}")
    v = np.asarray(
        [np.nan if x is None else x for x in values]
        if not isinstance(values, np.ndarray)
        else values,
        dtype=float,
    )
    ok = ~np.isnan(v)
    valid = v[ok]
    integral = bool(len(valid)) and bool(np.all(valid == np.round(valid)))
    if decimals is None:
        decimals = _decimals_for(valid, integral)
    empty = Classes(
        breaks=np.zeros(0),
        labels=[],
        colors=[],
        class_index=np.full(len(v), -1, dtype=np.int32),
        counts=np.zeros(0, dtype=np.int64),
        no_data_count=int((~ok).sum()),
        method=method,
        decimals=decimals,
        integral=integral,
        no_data_label=no_data_label,
        no_data_color=no_data_color(),
    )
    if method == "manual":
        if breaks is None or len(breaks) < 2:
            raise ValueError("manual classification needs at least two breaks")
        edges = np.asarray(breaks, dtype=float)
    elif not len(valid):
        return empty
    elif method == "quantile":
        edges = np.quantile(valid, np.linspace(0, 1, k + 1))
    elif method == "equal":
        edges = np.linspace(valid.min(), valid.max(), k + 1)
    else:  # one more decimal than the labels show is all the breaks can use
        edges = _jenks(valid if integral else np.round(valid, decimals + 1), k)
    if integral:
        edges = np.concatenate([[np.floor(edges[0])], np.ceil(edges[1:])])
    else:
        edges = np.round(edges, decimals)
        if len(valid):  # rounding must not push the extremes out of their classes
            scale = 10.0**decimals
            edges[0] = min(edges[0], math.floor(valid.min() * scale) / scale)
            edges[-1] = max(edges[-1], math.ceil(valid.max() * scale) / scale)
    edges = np.unique(edges)
    if len(edges) == 1:  # every value the same: one class
        edges = np.array([edges[0], edges[0]])
    n_classes = len(edges) - 1
    cls = replace(
        empty,
        breaks=edges,
        labels=_labels(edges, decimals, integral),
        colors=palette(palette_name, n_classes, reverse=reverse),
    )
    return cls.apply(v)
