"""The PSKS layer: social workers, institutions and other resources.

Planners ask "who is there to deliver?" next to "who needs it?": PSKS per
1,000 desil 1-4 households is a standard indicator. Program facilitators
(13) and civil-servant mentors (14) are resources but not PSKS types; the
code table in resources/codes/psks.csv marks which is which.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import numpy as np

from gis.io.codelists import psks_types, slug
from gis.io.codes import normalize_village_codes
from gis.io.mapping import recognise
from gis.io.parse import parse_float, parse_int_range, text_column
from gis.io.readers import RawTable, read_table
from gis.io.report import ImportReport, place_counts
from gis.model.placement import assign_by_point, place_approximately
from gis.model.villages import VillageTable


@dataclass
class PsksTable:
    """PSKS and other resources as parallel arrays (see HouseholdTable)."""

    villages: VillageTable
    psks_id: np.ndarray
    type: np.ndarray  # int8 code 1-14
    village: np.ndarray  # int32, -1 unknown
    capacity: np.ndarray  # int32, 0 unknown
    x: np.ndarray
    y: np.ndarray
    approx: np.ndarray
    name: np.ndarray | None = None  # institution names (not persons')
    row: np.ndarray | None = None

    def __len__(self) -> int:
        return len(self.psks_id)

    @property
    def is_psks(self) -> np.ndarray:
        """True for the 12 PSKS types, False for facilitators and mentors."""
        psks_codes = [t.code for t in psks_types() if t.is_psks]
        return np.isin(self.type, psks_codes)


def _type_codes(values) -> tuple[np.ndarray, np.ndarray]:
    """PSKS type by code ("2") or by name ("Karang Taruna", "PSM", "TKSK")."""
    nums, bad = parse_int_range(values, 1, len(psks_types()))
    if not bad.any():
        return nums, bad
    by_name = {}
    for t in psks_types():
        by_name[slug(t.name)] = t.code
        short = t.name[t.name.find("(") + 1 : t.name.find(")")] if "(" in t.name else None
        if short:
            by_name[slug(short)] = t.code
            by_name[slug(t.name[: t.name.find("(")])] = t.code
    text = text_column(values)
    for i in np.flatnonzero(bad):
        code = by_name.get(slug(text[i] or ""))
        if code is not None:
            nums[i], bad[i] = code, False
    return nums, bad


def build_psks(raw: RawTable, villages: VillageTable) -> tuple[PsksTable, ImportReport]:
    """PSKS table from a raw table; rows with an unknown type are rejected."""
    frame = raw.frame
    mapping = recognise(list(frame.columns))
    rows = np.asarray(raw.rows, dtype=np.int64)
    report = ImportReport(
        path=Path(raw.path).name,
        layer=raw.layer,
        layout="PSKS",
        rows_read=len(frame),
        mapping=dict(mapping.fields),
        unmapped=list(mapping.unmapped),
        notes=list(raw.notes),
    )
    f = mapping.fields
    n = len(frame)
    ids = (
        text_column(frame[f["psks_id"]])
        if "psks_id" in f
        else np.array([f"psks-{r}" for r in rows], dtype=object)
    )
    if "psks_type" not in f:
        types = np.zeros(n, dtype=np.int16)
        bad = np.ones(n, dtype=bool)
    else:
        types, bad = _type_codes(frame[f["psks_type"]])
    report.add(
        rows[bad],
        f.get("psks_type", "jenis"),
        "psks_type_invalid",
        frame[f["psks_type"]].to_numpy(dtype=object)[bad] if "psks_type" in f else None,
        True,
    )
    keep = ~bad
    capacity = np.zeros(n, dtype=np.int32)
    if "capacity" in f:
        cap, cbad = parse_int_range(frame[f["capacity"]], 0, 32000)
        capacity = cap.astype(np.int32)
    codes = (
        normalize_village_codes(text_column(frame[f["village_code"]]))
        if "village_code" in f
        else np.full(n, "", "U10")
    )
    village = villages.lookup(codes)
    x = raw.x.copy() if raw.x is not None else np.full(n, np.nan)
    y = raw.y.copy() if raw.y is not None else np.full(n, np.nan)
    if np.isnan(x).all() and "lon" in f and "lat" in f:
        x, _ = parse_float(frame[f["lon"]])
        y, _ = parse_float(frame[f["lat"]])
    has = ~np.isnan(x)
    need = np.flatnonzero(has & (village < 0))
    if len(need):
        v, _, _ = assign_by_point(villages, x[need], y[need])
        village[need] = v
    unknown = (village < 0) & keep
    report.add(rows[unknown], f.get("village_code", "kode_desa"), "no_location")
    approx = ~has & (village >= 0)
    ax, ay = place_approximately(villages, np.where(approx, village, -1))
    x[approx], y[approx] = ax[approx], ay[approx]
    names = text_column(frame[f["psks_name"]]) if "psks_name" in f else None
    table = PsksTable(
        villages=villages,
        psks_id=ids[keep],
        type=types[keep].astype(np.int8),
        village=village[keep].astype(np.int32),
        capacity=capacity[keep],
        x=x[keep],
        y=y[keep],
        approx=approx[keep],
        name=names[keep] if names is not None else None,
        row=rows[keep],
    )
    report.households = len(table)
    report.without_coordinates = int((~has[keep]).sum())
    report.set_places(place_counts(table.x, table.approx))
    return table, report


def load_psks(
    path, villages: VillageTable, *, layer=None, sheet=None, progress=None, cancelled=None
):
    """Read a PSKS file (any format the readers know) onto the village table."""
    raw = read_table(path, layer, sheet=sheet, progress=progress, cancelled=cancelled)
    return build_psks(raw, villages)
