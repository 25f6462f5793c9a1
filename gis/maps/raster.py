"""Household points as a picture of the current view, and the map's view maths.

A scatter item that draws a symbol per household costs a fifth of a second
per repaint at a million households; a planner zooming through a province
needs the whole map redrawn in a few tens of milliseconds. So when many
households are in view the map shows them as one RGBA image of exactly the
view's pixels, built here with a few numpy operations over the columns: a
flat pixel index per point, then ``np.maximum.at`` with a per-point
*priority key*, so that where several households share a pixel the one a
planner most needs to see wins (measured before approximate, poorer before
better-off), and a lookup table turns keys into colours.

Desil colours are a colour-blind-safe ramp (viridis samples: lightness
falls steadily from desil 10 to desil 1, so the poorest are the darkest and
the order survives any colour-vision deficiency and greyscale print). Desil
1-4, the usual target, take most of the ramp's range so they stay apart.
Households placed by rule (no own coordinates) are drawn in a paler tint of
the same colour, so a planner can tell a measured point from a stated
guess. Selected households are drawn one pixel larger with a dark rim.

The view maths (lon/lat <-> pixel, the cos(latitude) aspect that keeps the
map from being stretched, kilometres per pixel for the scale bar) lives
here too, so that tests can check a point lands on the pixel it should
without any Qt.

No Qt here: the canvas in ``widgets.map.canvas`` (the households layer) shows the array with
pyqtgraph's ``ImageItem``.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

#: kilometres per degree of latitude, and of longitude at the equator
#: (the same figures as :func:`gis.model.zones.circle_zone`, so a circle drawn with
#: a radius of 5 km measures 5 km on the scale bar)
KM_PER_DEG_LAT = 110.574
KM_PER_DEG_LON = 111.320

#: desil 0 (missing), 1 (poorest) ... 10, as hex colours (viridis samples,
#: CC0: Smith, van der Walt, Firing). Dark = poor.
DESIL_COLORS: tuple[str, ...] = (
    "#8c8c8c",  # desil tidak tercatat
    "#440154",
    "#3b528b",
    "#21918c",
    "#5ec962",
    "#95d840",
    "#b5de2b",
    "#cde11d",
    "#e2e418",
    "#f1e51d",
    "#fde725",
)

#: colour of selected households (with a near-black rim)
SELECTION_COLOR = "#00e5ff"
SELECTION_RIM = "#111111"
#: light halo around points so they read on any choropleth colour
HALO_COLOR = (255, 255, 255, 150)

#: how far approximate points are mixed towards white, and their opacity
APPROX_LIGHTEN = 0.55
APPROX_ALPHA = 230

#: number of priority keys: 0 = empty pixel; 1-11 approximate, 12-22 measured
N_KEYS = 23
#: keys of the drawn picture beyond the points' own: halo, selection rim, selection
HALO_KEY = 23
SELECTION_RIM_KEY = 24
SELECTION_KEY = 25
#: rows of the colour lookup table
N_LUT = 26


def hex_to_rgba(color: str, alpha: int = 255) -> tuple[int, int, int, int]:
    """``"#rrggbb"`` -> (r, g, b, a)."""
    c = color.lstrip("#")
    return (int(c[0:2], 16), int(c[2:4], 16), int(c[4:6], 16), alpha)


def lighten(color: str, amount: float = APPROX_LIGHTEN) -> str:
    """``color`` mixed towards white by ``amount`` (0 = unchanged, 1 = white)."""
    r, g, b, _ = hex_to_rgba(color)
    mix = [round(v + (255 - v) * amount) for v in (r, g, b)]
    return "#{:02x}{:02x}{:02x}".format(*mix)


# ---------------------------------------------------------------------------
# view maths
# ---------------------------------------------------------------------------


def km_per_degree_lon(lat: float) -> float:
    """Kilometres per degree of longitude at latitude ``lat``."""
    return KM_PER_DEG_LON * math.cos(math.radians(lat))


def aspect_ratio(lat: float) -> float:
    """Screen pixels per degree of longitude over pixels per degree of latitude.

    A degree of longitude is ``cos(lat)`` times as long on the ground as a
    degree of latitude; drawing it that much narrower keeps shapes and
    distances true near ``lat`` (a local equirectangular view).
    """
    return max(1e-6, math.cos(math.radians(lat))) * KM_PER_DEG_LON / KM_PER_DEG_LAT


def distance_km(lon0: float, lat0: float, lon1: float, lat1: float) -> float:
    """Ground distance between two nearby points (equirectangular, as circle zones use)."""
    mid = (lat0 + lat1) / 2
    dx = (lon1 - lon0) * km_per_degree_lon(mid)
    dy = (lat1 - lat0) * KM_PER_DEG_LAT
    return math.hypot(dx, dy)


def nice_length(max_km: float) -> float:
    """Largest 1, 2 or 5 x 10^k kilometres not above ``max_km`` (scale bars)."""
    if not max_km > 0:
        return 0.0
    exp = math.floor(math.log10(max_km))
    for step in (5, 2, 1):
        value = step * 10.0**exp
        if value <= max_km * (1 + 1e-9):
            return value
    return 10.0**exp


@dataclass(frozen=True)
class View:
    """A lon/lat rectangle drawn into ``width`` x ``height`` pixels.

    Row 0 is the northern edge (as in any picture); pixel ``(col, row)``
    covers longitudes ``x0 + col * px_w`` to ``x0 + (col + 1) * px_w`` and
    latitudes ``y1 - (row + 1) * px_h`` to ``y1 - row * px_h``.
    """

    x0: float
    y0: float
    x1: float
    y1: float
    width: int
    height: int

    def __post_init__(self):
        if self.width < 1 or self.height < 1:
            raise ValueError("a view needs at least one pixel")
        if not (self.x1 > self.x0 and self.y1 > self.y0):
            raise ValueError("a view needs x1 > x0 and y1 > y0")

    @classmethod
    def fit(cls, bounds, width: int, height: int, margin: float = 0.0) -> View:
        """The view of ``width`` x ``height`` pixels that shows ``bounds`` whole, undistorted.

        ``bounds`` is (minx, miny, maxx, maxy) in lon/lat; the rectangle is
        widened in one direction so that a kilometre is as many pixels east
        as north at the centre latitude. ``margin`` is a share of the size
        added on every side.
        """
        minx, miny, maxx, maxy = (float(b) for b in bounds)
        w = max(maxx - minx, 1e-9)
        h = max(maxy - miny, 1e-9)
        minx, maxx = minx - w * margin, maxx + w * margin
        miny, maxy = miny - h * margin, maxy + h * margin
        cx, cy = (minx + maxx) / 2, (miny + maxy) / 2
        ratio = aspect_ratio(cy)  # screen length of a degree of lon / of a degree of lat
        # both sides measured in screen units of one degree of latitude
        w_eq = (maxx - minx) * ratio
        h_eq = maxy - miny
        px = max(w_eq / width, h_eq / height)  # latitude degrees per pixel
        half_w = px * width / ratio / 2
        half_h = px * height / 2
        return cls(cx - half_w, cy - half_h, cx + half_w, cy + half_h, int(width), int(height))

    @property
    def px_w(self) -> float:
        """Degrees of longitude per pixel."""
        return (self.x1 - self.x0) / self.width

    @property
    def px_h(self) -> float:
        """Degrees of latitude per pixel."""
        return (self.y1 - self.y0) / self.height

    @property
    def center(self) -> tuple[float, float]:
        return ((self.x0 + self.x1) / 2, (self.y0 + self.y1) / 2)

    @property
    def km_per_pixel(self) -> float:
        """Ground kilometres per pixel, east-west, at the view's centre latitude."""
        return self.px_w * km_per_degree_lon(self.center[1])

    def to_pixel(self, lon, lat):
        """Continuous pixel coordinates (col, row) of lon/lat (pixel centres at +0.5)."""
        col = (np.asarray(lon, dtype=float) - self.x0) / self.px_w
        row = (self.y1 - np.asarray(lat, dtype=float)) / self.px_h
        return col, row

    def pixel_of(self, lon, lat):
        """Integer pixel (col, row) that holds lon/lat (may be outside the image)."""
        col, row = self.to_pixel(lon, lat)
        return np.floor(col).astype(np.int64), np.floor(row).astype(np.int64)

    def to_lonlat(self, col, row):
        """Lon/lat of continuous pixel coordinates (use +0.5 for a pixel's centre)."""
        lon = self.x0 + np.asarray(col, dtype=float) * self.px_w
        lat = self.y1 - np.asarray(row, dtype=float) * self.px_h
        return lon, lat

    def contains(self, lon, lat) -> np.ndarray:
        """True where lon/lat falls on a pixel of the view (west/north edges inclusive)."""
        x = np.asarray(lon)
        y = np.asarray(lat)
        return (x >= self.x0) & (x < self.x1) & (y > self.y0) & (y <= self.y1)


# ---------------------------------------------------------------------------
# points
# ---------------------------------------------------------------------------


def point_keys(desil: np.ndarray, approx: np.ndarray) -> np.ndarray:
    """Drawing priority per household (uint8, 1-22), built once per load.

    Measured points outrank approximate ones; within each, poorer desil
    outranks better-off, and a missing desil ranks lowest.
    """
    d = np.asarray(desil).astype(np.int16)
    rank = np.where((d >= 1) & (d <= 10), 12 - d, 1)  # desil 1 -> 11, desil 10 -> 2, missing -> 1
    return (rank + np.where(np.asarray(approx, dtype=bool), 0, 11)).astype(np.uint8)


def key_desil(keys) -> np.ndarray:
    """Desil (0 = missing) a priority key stands for."""
    k = np.asarray(keys, dtype=np.int16)
    rank = np.where(k > 11, k - 11, k)
    return np.where(rank >= 2, 12 - rank, 0)


def key_colors(desil_colors=DESIL_COLORS) -> np.ndarray:
    """(N_LUT, 4) uint8 RGBA per key of the picture (row 0 transparent)."""
    lut = np.zeros((N_LUT, 4), dtype=np.uint8)
    for k in range(1, N_KEYS):
        color = desil_colors[int(key_desil(k))]
        if k <= 11:
            lut[k] = hex_to_rgba(lighten(color), APPROX_ALPHA)
        else:
            lut[k] = hex_to_rgba(color)
    lut[HALO_KEY] = HALO_COLOR
    lut[SELECTION_RIM_KEY] = hex_to_rgba(SELECTION_RIM)
    lut[SELECTION_KEY] = hex_to_rgba(SELECTION_COLOR)
    return lut


def visible(view: View, x: np.ndarray, y: np.ndarray, mask: np.ndarray | None = None) -> np.ndarray:
    """Boolean mask of points on a pixel of ``view`` (and in ``mask``)."""
    inside = view.contains(x, y)  # NaN compares False: unplaced points drop out
    if mask is not None:
        inside &= mask
    return inside


def _dilate_max(img: np.ndarray, size: int) -> np.ndarray:
    """Maximum over a ``size`` x ``size`` square around each pixel (centred)."""
    if size <= 1:
        return img
    lo = -((size - 1) // 2)
    out = img.copy()
    h, w = img.shape
    for dr in range(lo, lo + size):
        for dc in range(lo, lo + size):
            if dr == 0 and dc == 0:
                continue
            dst_r = slice(max(dr, 0), h + min(dr, 0))
            src_r = slice(max(-dr, 0), h - max(dr, 0))
            dst_c = slice(max(dc, 0), w + min(dc, 0))
            src_c = slice(max(-dc, 0), w - max(dc, 0))
            np.maximum(out[dst_r, dst_c], img[src_r, src_c], out=out[dst_r, dst_c])
    return out


def pixel_index(view: View, x: np.ndarray, y: np.ndarray) -> np.ndarray:
    """Flat pixel index (row * width + col) of points already known to be in ``view``.

    Worked in place on two temporaries: at 15 million households every pass
    over the points counts.
    """
    fx = np.subtract(x, view.x0)
    fx *= 1.0 / view.px_w
    np.clip(fx, 0, view.width - 1, out=fx)
    fy = np.subtract(view.y1, y)
    fy *= 1.0 / view.px_h
    np.clip(fy, 0, view.height - 1, out=fy)
    flat = fy.astype(np.int64)
    flat *= view.width
    flat += fx.astype(np.int64)
    return flat


def key_image(
    view: View,
    x: np.ndarray,
    y: np.ndarray,
    keys: np.ndarray,
    mask: np.ndarray | None = None,
    vis: np.ndarray | None = None,
) -> np.ndarray:
    """(height, width) uint8: the highest priority key of the points on each pixel.

    ``vis``: :func:`visible` of these arguments when the caller has it already.
    """
    if vis is None:
        vis = visible(view, x, y, mask)
    img = np.zeros(view.width * view.height, dtype=np.uint8)
    if vis.any():
        # np.compress, not x[vis]: four times faster for a boolean mask (numpy 2.4)
        at = pixel_index(view, np.compress(vis, x), np.compress(vis, y))
        np.maximum.at(img, at, np.compress(vis, keys))
    return img.reshape(view.height, view.width)


def render_points(
    view: View,
    x: np.ndarray,
    y: np.ndarray,
    keys: np.ndarray,
    mask: np.ndarray | None = None,
    selected: np.ndarray | None = None,
    point_size: int = 2,
    halo: bool = True,
    lut: np.ndarray | None = None,
    vis: np.ndarray | None = None,
) -> np.ndarray:
    """RGBA image (height, width, 4) uint8 of the households in ``view``.

    Parameters
    ----------
    view
        The lon/lat rectangle and its pixel size.
    x, y
        Lon/lat per household (NaN where unplaced: not drawn).
    keys
        :func:`point_keys` per household.
    mask
        Households to draw (the planner's filter); all when None.
    selected
        Selected households (index array or boolean mask; only those in
        ``mask`` are shown): drawn one pixel larger, in
        :data:`SELECTION_COLOR` with a dark rim, on top of everything.
    point_size
        Side of each point's square in pixels (1-4).
    halo
        Ring the points with a light, half-transparent pixel.
    lut
        (N_LUT, 4) colours per key (:func:`key_colors` by default).
    vis
        :func:`visible` of ``view``, ``x``, ``y`` and ``mask``, when the
        caller has counted the points in view already.

    Returns
    -------
    numpy.ndarray
        Row 0 is the northern edge of the view; alpha 0 where nothing is drawn.
    """
    lut = key_colors() if lut is None else lut
    size = int(min(4, max(1, point_size)))
    keyimg = _dilate_max(key_image(view, x, y, keys, mask, vis), size)
    if halo:
        # any point key outranks the halo, so a max keeps points and rings the rest
        ring = _dilate_max(np.minimum(keyimg, 1), 3)
        np.multiply(ring, HALO_KEY, out=ring)
        np.maximum(keyimg, ring, out=keyimg, where=keyimg == 0)
    if selected is not None:
        _mark_selection(view, x, y, keyimg, selected, mask, size)
    return np.take(lut, keyimg, axis=0)


def _mark_selection(view, x, y, keyimg, selected, mask, size) -> None:
    """Write selection rim and core keys into ``keyimg``, working only around the selection."""
    sel = np.asarray(selected)
    sel = np.flatnonzero(sel) if sel.dtype == bool else sel.astype(np.int64, copy=False)
    if mask is not None:
        sel = sel[mask[sel]]
    sel = sel[view.contains(x[sel], y[sel])]
    if not len(sel):
        return
    flat = pixel_index(view, x[sel], y[sel])
    rows, cols = flat // view.width, flat % view.width
    pad = size + 2
    r0, r1 = max(int(rows.min()) - pad, 0), min(int(rows.max()) + pad + 1, view.height)
    c0, c1 = max(int(cols.min()) - pad, 0), min(int(cols.max()) + pad + 1, view.width)
    sub = np.zeros((r1 - r0, c1 - c0), dtype=np.uint8)
    sub[rows - r0, cols - c0] = 1
    core = _dilate_max(sub, size + 1)
    rim = _dilate_max(core, 3)
    block = keyimg[r0:r1, c0:c1]
    block[rim.view(bool)] = SELECTION_RIM_KEY
    block[core.view(bool)] = SELECTION_KEY


def auto_point_size(n_visible: int, view: View) -> tuple[int, bool]:
    """Point size and whether to draw halos, for ``n_visible`` points in ``view``.

    Dense views get single pixels without halos, so the choropleth under
    them stays readable; sparse views get bigger, haloed points, so single
    households do not vanish.
    """
    density = n_visible / float(view.width * view.height)
    if density > 0.02:
        return 1, False
    if density > 0.005:
        return 2, False
    if density > 0.0005:
        return 2, True
    return 3, True
