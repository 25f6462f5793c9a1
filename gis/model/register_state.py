"""A register state after a round: the household table plus provenance, as a new file.

Applying a round never overwrites the source register: the result is written
as a new GeoPackage or Parquet file in the register's own column names
(``id_keluarga``, ``kode_desa``, ``desil``, ``penerima_pkh``...), so the
importer reads it back like any register, plus four provenance columns
(:data:`PROVENANCE_COLUMNS`) that the next round reads to know which
households were verified when, by whom, with which status.

Personal columns (name, NIK, KK, address) are written only when the caller
asks for them (the CLI's ``--with-personal-data``, logged as a personal-data
export); by default the new state carries none.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd

from gis.io.atomicfile import atomic_save
from gis.io.outputguard import check_target
from gis.model.households import HouseholdTable, plain_text
from gis.model.verification import Provenance

#: provenance field -> column name in the written register
PROVENANCE_COLUMNS = {
    "verified_on": "verif_tanggal",
    "verifier": "verif_petugas",
    "status": "verif_status",
    "round_id": "verif_putaran",
    "planned": "verif_rencana",
}
PERSONAL_COLUMNS = {"name": "nama", "nik": "nik", "kk": "no_kk", "address": "alamat"}


def _ppks_text(mask: np.ndarray, known: np.ndarray) -> np.ndarray:
    out = np.full(len(mask), None, dtype=object)
    unique, inverse = np.unique(mask, return_inverse=True)
    texts = [";".join(str(c) for c in range(1, 33) if int(m) >> (c - 1) & 1) for m in unique]
    out[:] = np.asarray(texts + [""], dtype=object)[inverse] if len(mask) else out
    out[~known] = None
    return out


def register_frame(
    table: HouseholdTable, provenance: Provenance, *, personal: bool = False
) -> pd.DataFrame:
    """The table as a register frame with provenance columns (lon/lat as ``bujur``/``lintang``)."""
    vt = table.villages
    vil = table.village
    cols: dict[str, object] = {
        "id_keluarga": plain_text(table.hh_id),
        "kode_desa": np.where(vil >= 0, vt.codes[np.maximum(vil, 0)], None)
        if len(vt)
        else np.full(len(table), None, dtype=object),
        "desil": pd.array(np.where(table.desil > 0, table.desil, 0), dtype="Int8"),
        "jumlah_anggota": pd.array(table.members, dtype="Int16"),
        "ppks": _ppks_text(table.ppks, table.ppks_known),
    }
    cols["desil"][table.desil <= 0] = pd.NA
    cols["jumlah_anggota"][table.members <= 0] = pd.NA
    for i, key in enumerate(table.program_keys):
        bit = np.uint32(1 << i)
        known = (table.programs_known & bit) != 0
        got = (table.programs & bit) != 0
        cols[f"penerima_{key.lower()}"] = np.where(known, np.where(got, "Ya", "Tidak"), None)
    own = ~table.approx & ~np.isnan(table.x)
    cols["bujur"] = np.where(own, table.x, np.nan)
    cols["lintang"] = np.where(own, table.y, np.nan)
    if personal:
        for attr, col in PERSONAL_COLUMNS.items():
            arr = getattr(table, attr)
            if arr is not None:
                cols[col] = arr
    cols["verif_tanggal"] = provenance.verified_on.astype("datetime64[ns]")
    cols["verif_petugas"] = provenance.verifier
    cols["verif_status"] = provenance.status
    cols["verif_putaran"] = provenance.round_id
    cols["verif_rencana"] = provenance.planned
    return pd.DataFrame(cols)


def write_register_state(
    path: str | Path,
    table: HouseholdTable,
    provenance: Provenance,
    *,
    personal: bool = False,
    overwrite: bool = False,
) -> Path:
    """Write the new state to ``path`` (``.parquet`` or ``.gpkg``), atomically, never over a file
    unless ``overwrite``."""
    path = check_target(path, overwrite=overwrite)
    frame = register_frame(table, provenance, personal=personal)
    suffix = path.suffix.lower()
    if suffix == ".parquet":
        return atomic_save(path, lambda tmp: frame.to_parquet(tmp, index=False))
    if suffix == ".gpkg":
        import geopandas as gpd

        x, y = frame.pop("bujur").to_numpy(), frame.pop("lintang").to_numpy()
        geom = gpd.points_from_xy(x, y)
        geom[np.isnan(x)] = None
        frame["verif_tanggal"] = frame["verif_tanggal"].dt.strftime("%Y-%m-%d")
        gdf = gpd.GeoDataFrame(frame, geometry=geom, crs="EPSG:4326")

        def save(tmp):
            Path(tmp).unlink(missing_ok=True)  # the GPKG driver will not write over a file
            gdf.to_file(tmp, layer="rumah_tangga", driver="GPKG")

        return atomic_save(path, save)
    raise ValueError(f"unsupported suffix {suffix}")


def provenance_from_frame(
    frame: pd.DataFrame, rows: np.ndarray, table: HouseholdTable
) -> Provenance:
    """Provenance of ``table`` read from a register frame with :data:`PROVENANCE_COLUMNS`.

    ``rows`` are the frame's user-facing row numbers (``RawTable.rows``);
    each household takes the values of its source row (``table.row``).
    A register without these columns was never verified: all unknown.
    """
    prov = Provenance.empty(len(table))
    if "verif_tanggal" not in frame.columns:
        return prov
    rows = np.asarray(rows, dtype=np.int64)
    order = np.argsort(rows, kind="stable")
    pos = np.searchsorted(rows[order], table.row)
    pos = np.clip(pos, 0, max(len(rows) - 1, 0))
    hit = (rows[order][pos] == table.row) if len(rows) else np.zeros(len(table), bool)
    src = order[pos]
    dates = pd.to_datetime(frame["verif_tanggal"], errors="coerce").to_numpy("datetime64[D]")
    prov.verified_on[hit] = dates[src[hit]]
    for attr, col in PROVENANCE_COLUMNS.items():
        if attr == "verified_on" or col not in frame.columns:
            continue
        vals = frame[col].astype(object).where(frame[col].notna(), None).to_numpy(object)
        getattr(prov, attr)[hit] = vals[src[hit]]
    return prov
