"""What an output map shows: the loaded tables, zones and where the data came from.

Map sheets and the web map draw the same things (villages, register,
PSKS, zones of a scenario) and must print the same source lines, so they
take one bundle, :class:`MapData`, instead of five loose arguments. It also
caches the projected geometries that every page of a sheet series reuses,
and knows how to get the synthetic demo province when no data are given.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

import numpy as np
import shapely

from gis.io.codelists import province_names
from gis.model.filters import HouseholdFilter
from gis.model.households import HouseholdTable
from gis.model.villages import VillageTable
from gis.model.zones import Zone

MONTHS = (
    "Januari",
    "Februari",
    "Maret",
    "April",
    "Mei",
    "Juni",
    "Juli",
    "Agustus",
    "September",
    "Oktober",
    "November",
    "Desember",
)


def tanggal(value: date | str | None) -> str:
    """Date as Indonesians write it: ``30 September 2025`` ("" if unknown)."""
    if not value:
        return ""
    if isinstance(value, str):
        try:
            value = date.fromisoformat(value[:10])
        except ValueError:
            return value
    return f"{value.day} {MONTHS[value.month - 1]} {value.year}"


def area_name(villages: VillageTable) -> str:
    """ "Provinsi X" when the villages lie in one province, else "Wilayah kajian"."""
    if len(villages) == 0:
        return "Wilayah kajian"
    prov = np.unique(villages.codes.astype("U2"))
    if len(prov) == 1 and prov[0] in province_names():
        return f"Provinsi {province_names()[prov[0]]}"
    if len(villages.kab_codes) == 1 and villages.kab_names[0]:
        return str(villages.kab_names[0])
    return "Wilayah kajian"


@dataclass(frozen=True)
class DataSource:
    """One line of the "Sumber data" block: what, from where, as of when."""

    what: str
    origin: str
    snapshot: str = ""

    def text(self) -> str:
        when = f", keadaan {tanggal(self.snapshot)}" if self.snapshot else ""
        return f"{self.what}: {self.origin}{when}"


@dataclass
class MapData:
    """Everything an output map draws.

    Attributes
    ----------
    villages
        The village table (polygons in EPSG:4326).
    households
        The register, or None (then only boundaries, zones and PSKS show).
    psks
        :class:`gis.model.psks.PsksTable` or None.
    zones
        Intervention zones (of a scenario or a zone file).
    mask
        Households selected by the planner's filter; all when None (the
        filter's mask when only ``filter`` is given).
    filter
        The planner's filter behind ``mask``: every output words it (see
        :mod:`gis.model.filter_text`) and titles its indicator by it. None: no filter.
    scenario
        Scenario name for subtitles ("" when there is none).
    area
        Area name for titles; guessed from the village codes when "".
    sources
        Source lines for the sheet and the web map.
    cost, budget
        Yearly cost of the scenario and its budget ceiling (Rupiah), if known.
    meeting
        The coordination meeting's tables a sheet may print (program synergy,
        mentor gaps): a :class:`gis.plan.meeting_tables.MeetingTables`, built
        by the caller; None when no one asked for them.
    """

    villages: VillageTable
    households: HouseholdTable | None = None
    psks: object | None = None
    zones: list[Zone] = field(default_factory=list)
    mask: np.ndarray | None = None
    filter: HouseholdFilter | None = None
    scenario: str = ""
    area: str = ""
    sources: list[DataSource] = field(default_factory=list)
    cost: float | None = None
    budget: float | None = None
    meeting: object | None = None
    _cache: dict = field(default_factory=dict, repr=False)

    def __post_init__(self):
        if not self.area:
            self.area = area_name(self.villages)
        if not self.sources:
            self.sources = default_sources(self.villages, self.households, self.psks)
        if self.mask is None and self.filter is not None and self.households is not None:
            from gis.model.filter_text import is_everything

            if not is_everything(self.filter):
                self.mask = self.filter.mask(self.households)

    @property
    def selection(self) -> np.ndarray | None:
        """Households the maps count (the filter mask), None for all."""
        return self.mask

    def filter_text(self, short: bool = False) -> str:
        """The filter in force in the planner's words ("Semua rumah tangga" without one)."""
        from gis.model.filter_text import FILTERED_UNKNOWN, describe_filter

        if self.filter is None and self.mask is not None:
            return FILTERED_UNKNOWN
        table = self.households if self.households is not None else self.villages
        return describe_filter(self.filter, table, short=short)

    def snapshot_year(self) -> int:
        """Year of the register's snapshot, else this year."""
        snap = self.households.snapshot if self.households is not None else ""
        try:
            return int(str(snap)[:4])
        except ValueError:
            return date.today().year

    def cached(self, key, make: Callable[[], object]):
        """Memoise derived arrays (projections, outlines) on this bundle."""
        if key not in self._cache:
            self._cache[key] = make()
        return self._cache[key]

    def province_outline(self):
        """Union of all village polygons, simplified (for locator maps)."""

        def make():
            v = self.villages
            kab = v.kab_geoms
            parts = (
                [g for g in kab if g is not None]
                if kab is not None and any(g is not None for g in kab)
                else list(v.geoms[v.has_polygon])
            )
            if not parts:
                return None
            return shapely.union_all(shapely.simplify(np.array(parts, dtype=object), 0.002))

        return self.cached("province_outline", make)


def default_sources(villages: VillageTable, households=None, psks=None) -> list[DataSource]:
    """Source lines from what the tables know about their files."""
    out = []
    if households is not None:
        origin = households.source or households.file_name or "register rumah tangga"
        if households.file_name and households.file_name not in origin:
            origin = f"{origin} ({households.file_name})"
        out.append(DataSource("Rumah tangga", origin, households.snapshot))
    if psks is not None:
        out.append(DataSource("PSKS", getattr(psks, "source", "") or "berkas PSKS"))
    out.append(DataSource("Batas desa", villages.source or "berkas batas wilayah"))
    return out


def load_map_data(
    villages,
    households=None,
    psks=None,
    zones: list[Zone] | None = None,
    scenario: str = "",
    progress=None,
    cancelled=None,
    snapshots=None,
) -> MapData:
    """Read boundary, register and PSKS files into a :class:`MapData`.

    Parameters
    ----------
    villages
        Boundary file (see :func:`gis.model.villages.read_villages`).
    households, psks
        Register and PSKS files, optional.
    zones
        Zones to draw.
    scenario
        Scenario name for subtitles.
    snapshots
        Passed to :func:`gis.model.importer.load_households`: True reopens the
        register from its columnar snapshot when the file is unchanged.
    """
    from gis.model.importer import load_households
    from gis.model.psks import load_psks
    from gis.model.villages import read_villages

    vt = read_villages(villages)
    table = None
    if households is not None:
        table, _ = load_households(
            households, vt, progress=progress, cancelled=cancelled, snapshots=snapshots
        )
        vt = table.villages
    ps = None
    if psks is not None:
        ps, _ = load_psks(psks, vt)
        ps.source = Path(psks).name
    return MapData(
        villages=vt, households=table, psks=ps, zones=list(zones or []), scenario=scenario
    )
