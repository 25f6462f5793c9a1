"""What the synthetic demo province is: its code, names, sources and files,
the reference figures it imitates (Bangka Belitung), the plan of its islands
and kabupaten, and how a generation reports progress. Part of
:mod:`gis.demo.province`, which generates it.
"""

from __future__ import annotations

from collections.abc import Callable

from gis.errors import Cancelled, SasaranError

#: the smallest demo province: six kabupaten and a kota need this many villages
MIN_VILLAGES = 40


class DemoSizeError(SasaranError, ValueError):
    """The demo province asked for is too small (code ``demo_size``)."""


PROVINCE_CODE = "99"
PROVINCE_NAME = "Provinsi Kepulauan Sasaran (sintetis)"
SOURCE_LABEL = "Data sintetis Sasaran (demo)"
HOUSEHOLD_SOURCE = "DTSEN (sintetis)"
SNAPSHOT_DATE = "2025-09-30"

VILLAGE_FILE = "wilayah_demo.gpkg"
HOUSEHOLD_FILE = "rumah_tangga_demo.gpkg"
PSKS_FILE = "psks_demo.gpkg"

#: Where the province lies (lon/lat, EPSG:4326): open sea, no real land inside.
BOUNDS = (111.0, -5.3, 114.5, -3.3)

#: BDT 2015, Kepulauan Bangka Belitung: desil -> (households, persons). The demo
#: register reproduces the household ratio of desil 1-4 and the household size.
BDT_2015_BABEL = {
    1: (14_798, 68_974),
    2: (24_216, 81_049),
    3: (21_611, 62_431),
    4: (4_965, 12_823),
}

#: Resource kinds of the PSKS layer: the 12 PSKS of Permensos 8/2012 plus two
#: kinds the product models beside them (program staff and civil-servant mentors).
RESOURCE_TYPES = {
    1: "Pekerja Sosial Profesional",
    2: "Pekerja Sosial Masyarakat",
    3: "Taruna Siaga Bencana",
    4: "Lembaga Kesejahteraan Sosial",
    5: "Karang Taruna",
    6: "Lembaga Konsultasi Kesejahteraan Keluarga",
    7: "Keluarga Pioner",
    8: "Wanita Pemimpin Kesejahteraan Sosial",
    9: "Penyuluh Sosial",
    10: "Tenaga Kesejahteraan Sosial Kecamatan",
    11: "Wahana Kesejahteraan Sosial Berbasis Masyarakat",
    12: "Dunia Usaha",
    13: "Pendamping PKH",
    14: "ASN Pendamping",
}

Progress = Callable[[float, str], None]

# Sizes of the real province the defaults imitate (Bangka Belitung, 2025 codes).
_REF_VILLAGES = 391


# ---------------------------------------------------------------------------
# The plan of the province
# ---------------------------------------------------------------------------

# Big islands: centre (lon, lat), semi-axes (deg), rotation (deg, counter-clockwise).
# Island 0 is long and runs north-west to south-east like Bangka, island 1 is
# rounder like Belitung; the strait between them is about 40 km wide.
_BIG_ISLANDS = (
    ((112.17, -4.13), (1.0, 0.36), -33.0),
    ((113.80, -4.62), (0.39, 0.33), 15.0),
)
# Small islands: centre, semi-axes, rotation. They get a handful of villages each
# and are grouped into "Kepulauan ..." kecamatan of the nearest kabupaten; two
# lie far out (the remote places of the province).
_SMALL_ISLANDS = (
    ((113.02, -5.02), (0.085, 0.055), 20.0),
    ((112.50, -5.12), (0.055, 0.04), -10.0),
    ((113.27, -4.30), (0.045, 0.035), 40.0),
    ((114.33, -5.05), (0.05, 0.035), 0.0),
    ((111.30, -4.95), (0.055, 0.04), 30.0),
    ((114.25, -3.62), (0.045, 0.035), -20.0),
)
_ISLETS = 30  # tiny islands without a village of their own: they make multi-part villages

# Kabupaten/kota: code, island, seat in the island's unit frame (x along the long
# axis, y across it; the y > 0 side faces north-east), direction suffix of the
# name (None for the kota), and the real village and kecamatan counts whose
# proportions the demo keeps.
_KAB_PLAN = (
    ("01", 0, (-0.45, 0.80), "", 81, 8),
    ("02", 0, (-0.93, 0.05), "Barat", 49, 6),
    ("03", 0, (0.92, -0.15), "Selatan", 53, 8),
    ("04", 0, (0.28, 0.78), "Tengah", 63, 6),
    ("05", 1, (-0.82, 0.10), "", 64, 5),
    ("06", 1, (0.78, 0.20), "Timur", 39, 7),
    ("71", 0, (-0.02, 0.84), None, 42, 7),
)
_KOTA = "71"
# Kelurahan in the six kabupaten seats together (real: 82 kelurahan, 42 in the kota).
_REF_SEAT_KELURAHAN = 40


# ---------------------------------------------------------------------------
# Progress and cancellation
# ---------------------------------------------------------------------------


class _Reporter:
    """Forward progress and turn a cancel request into :class:`Cancelled`."""

    def __init__(self, progress: Progress | None, cancelled: Callable[[], bool] | None):
        self._progress = progress
        self._cancelled = cancelled

    def check(self) -> None:
        if self._cancelled is not None and self._cancelled():
            raise Cancelled()

    def __call__(self, fraction: float, message: str) -> None:
        self.check()
        if self._progress is not None:
            self._progress(float(min(max(fraction, 0.0), 1.0)), message)

    def done(self, message: str) -> None:
        """Report completion; a cancel arriving now is too late to matter."""
        if self._progress is not None:
            self._progress(1.0, message)
