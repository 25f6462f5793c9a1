"""A round's worksheets: rows out for each verifier, results back with every problem named.

Filled worksheets come back several at once, in any order, half done, some
typed over by hand. :func:`import_results` reads them all and sorts every
row into *accepted* (a known household, a valid status, a possible date),
*pending* (nothing filled in yet) or *rejected* with a reason: unknown ID,
invalid status, impossible date, impossible desil or coordinates, a
protected column changed, the same household reported twice in one sheet or
by two verifiers. Nothing is applied until the planner has seen the summary
and calls :func:`apply_results`, which returns a *new* table state and
provenance; the source register is never written.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from datetime import date, datetime

import numpy as np
import pandas as pd

from gis.io.worksheets import GIVEN, SEALED, ReadSheet, WorksheetRows, read_worksheet, seal
from gis.model.households import HouseholdTable, plain_text
from gis.model.verification import STATUSES, Provenance, Round

#: problem codes of :class:`RowProblem`
PROBLEMS = (
    "unknown_id",  # no household of the register has this ID (or KK)
    "bad_status",  # a status not in the list
    "bad_date",  # not a date, before the round was planned, or in the future
    "bad_desil",  # corrected desil not a whole number 1-10
    "bad_coords",  # GPS outside Indonesia, or only one of the two
    "protected_changed",  # ID, KK, name, address or village code typed over
    "duplicate_in_sheet",  # the same household twice in one worksheet
    "duplicate_across",  # the same household in the worksheets of two verifiers
    "other_round",  # the worksheet belongs to another round
    "missing_columns",  # the worksheet lost columns it needs
)

#: (lon_min, lon_max, lat_min, lat_max) of Indonesia, generously
INDONESIA = (94.0, 142.0, -12.0, 7.0)


@dataclass(frozen=True)
class RowProblem:
    """One rejected row (``row`` is the sheet row) or file (``row`` None)."""

    code: str
    file: str
    row: int | None = None
    column: str | None = None
    value: str | None = None


def worksheet_rows(table: HouseholdTable, rnd: Round) -> list[WorksheetRows]:
    """The rows of each verifier's worksheet, in the round's order."""
    idx = rnd.households
    vt = table.villages
    vil = table.village[idx]

    def personal(arr):
        return arr[idx] if arr is not None else np.full(len(idx), None, dtype=object)

    frame = pd.DataFrame(
        {
            "hh_id": plain_text(table.hh_id[idx]),
            "kk": personal(table.kk),
            "name": personal(table.name),
            "address": personal(table.address),
            "village_code": vt.codes[vil].astype(str),
            "village_name": vt.names[vil],
            "kecamatan": vt.kec_names[vt.kec_index[vil]],
            "desil": np.where(table.desil[idx] > 0, table.desil[idx], None),
            "reasons": rnd.reasons,
            "lon": np.where(table.approx[idx], np.nan, np.round(table.x[idx], 6)),
            "lat": np.where(table.approx[idx], np.nan, np.round(table.y[idx], 6)),
        }
    )
    out = []
    for name in dict.fromkeys(rnd.verifier.tolist()):
        out.append(WorksheetRows(str(name), frame[rnd.verifier == name].reset_index(drop=True)))
    return out


@dataclass
class RoundImport:
    """What the returned worksheets say, before anything is applied.

    Attributes
    ----------
    accepted : one row per household result: ``hh`` (table index), status,
        desil_new (0 = not given), gps_lon, gps_lat, date, verifier, note, file, row
    new_families : rows with status "keluarga baru" not in the register
    problems : every rejected row or file, with its reason
    files : the worksheets read, by file name
    round_households : the round's households (table indices), for progress
    """

    accepted: pd.DataFrame
    new_families: pd.DataFrame
    problems: list[RowProblem]
    files: list[str]
    round_households: np.ndarray = field(default_factory=lambda: np.zeros(0, np.int64))

    def problem_counts(self) -> dict[str, int]:
        out: dict[str, int] = {}
        for p in self.problems:
            out[p.code] = out.get(p.code, 0) + 1
        return out

    def status_counts(self, table: HouseholdTable, level: str = "desa") -> pd.DataFrame:
        """Households per status per unit code (accepted results), plus ``belum`` (pending).

        ``level`` is ``"desa"`` (10-digit code), ``"kecamatan"`` (6) or ``"kabupaten"`` (4).
        """
        width = {"desa": 10, "kecamatan": 6, "kabupaten": 4}[level]
        codes = table.villages.codes.astype(str)
        acc = self.accepted
        vil = table.village[acc["hh"].to_numpy(np.int64)] if len(acc) else np.zeros(0, np.int64)
        frame = pd.DataFrame(
            {
                "kode": np.where(vil >= 0, codes[np.maximum(vil, 0)] if len(codes) else "", ""),
                "status": acc["status"].to_numpy(object),
            }
        )
        if len(self.new_families):
            new = pd.DataFrame(
                {
                    "kode": self.new_families["village_code"].fillna("").astype(str),
                    "status": "keluarga baru",
                }
            )
            frame = pd.concat([frame, new], ignore_index=True)
        frame["kode"] = frame["kode"].astype(str).str[:width]
        out = pd.crosstab(frame["kode"], frame["status"]) if len(frame) else pd.DataFrame()
        out = out.reindex(columns=list(STATUSES), fill_value=0)
        pending = self.round_households[
            ~np.isin(self.round_households, acc["hh"].to_numpy(np.int64))
        ]
        pv = table.village[pending]
        belum = pd.Series(codes[pv[pv >= 0]], dtype=str).str[:width].value_counts()
        out = out.join(belum.rename("belum"), how="outer").fillna(0).astype(np.int64)
        out.index.name = "kode_" + level
        return out.sort_index()

    def summary(self, table: HouseholdTable, level: str = "kecamatan") -> pd.DataFrame:
        """The round summary for the meeting: per unit the name, each status, pending
        and progress (% of the round's households with a result; NaN where none planned)."""
        counts = self.status_counts(table, level)
        vt = table.villages
        if level == "desa":
            names = dict(zip(vt.codes.astype(str), vt.names, strict=True))
        elif level == "kecamatan":
            names = dict(zip(vt.kec_codes.astype(str), vt.kec_names, strict=True))
        else:
            names = dict(zip(vt.kab_codes.astype(str), vt.kab_names, strict=True))
        counts.insert(0, "nama", [names.get(c, "") for c in counts.index])
        done = counts[[s for s in STATUSES if s != "keluarga baru"]].sum(axis=1)
        planned = done + counts["belum"]
        counts["kemajuan_%"] = np.where(planned > 0, 100.0 * done / planned.clip(lower=1), np.nan)
        return counts


def write_summary_xlsx(path, summary: pd.DataFrame, *, title: str, overwrite: bool = False):
    """The round summary as a one-sheet XLSX (counts only: no personal data)."""
    from openpyxl import Workbook
    from openpyxl.styles import Font

    from gis.io.atomicfile import atomic_save
    from gis.io.cells import xlsx_cell
    from gis.io.outputguard import check_target

    path = check_target(path, overwrite=overwrite)
    wb = Workbook()
    ws = wb.active
    ws.title = "Ringkasan putaran"
    xlsx_cell(ws, 1, 1, title).font = Font(bold=True)
    header = [summary.index.name or "kode", *summary.columns]
    for c, h in enumerate(header, start=1):
        ws.cell(row=3, column=c, value=str(h)).font = Font(bold=True)
    for r, (code, row) in enumerate(summary.iterrows(), start=4):
        xlsx_cell(ws, r, 1, str(code))
        for c, v in enumerate(row.tolist(), start=2):
            if isinstance(v, float) and np.isnan(v):
                v = "-"
            elif isinstance(v, np.generic):
                v = v.item()
            cell = xlsx_cell(ws, r, c, round(v, 1) if isinstance(v, float) else v)
            cell.number_format = "0.0" if isinstance(v, float) else "General"
    return atomic_save(path, wb.save)


def _as_date(v) -> date | None:
    if isinstance(v, datetime):
        return v.date()
    if isinstance(v, date):
        return v
    if isinstance(v, str):
        for fmt in ("%Y-%m-%d", "%d-%m-%Y", "%d/%m/%Y", "%Y/%m/%d"):
            try:
                return datetime.strptime(v.strip(), fmt).date()
            except ValueError:
                continue
    return None


def _as_float(v) -> float | None:
    if v is None:
        return None
    if isinstance(v, int | float) and not isinstance(v, bool):
        return float(v)
    try:
        return float(str(v).strip().replace(",", "."))
    except ValueError:
        return np.nan


def _as_desil(v) -> int | None:
    """Desil typed in: None if empty, -1 if impossible."""
    if v is None:
        return None
    f = _as_float(v)
    if f is None or np.isnan(f) or f != int(f) or not 1 <= f <= 10:
        return -1
    return int(f)


def _key(v) -> str:
    if v is None:
        return ""
    if isinstance(v, float) and v == int(v):
        v = int(v)
    return str(v).strip()


def import_results(
    paths,
    table: HouseholdTable,
    *,
    round_id: str | None = None,
    created: date | None = None,
    today: date | None = None,
    round_households: np.ndarray | None = None,
) -> RoundImport:
    """Read every filled worksheet of ``paths`` and sort their rows (nothing is applied).

    ``round_id`` (when given) refuses worksheets of another round; ``created``
    is the first possible verification date (by default the day the
    worksheets were made), ``today`` the last. ``round_households`` are the
    households of the round (by default every household written on the
    worksheets read), so that the rest count as pending.
    """
    today = today or date.today()
    sheets: list[ReadSheet] = [read_worksheet(p) for p in paths]
    if created is None:
        made = [s.created for s in sheets if s.created is not None]
        created = min(made) if made else None
    problems: list[RowProblem] = []
    id_index = pd.Series(np.arange(len(table)), index=plain_text(table.hh_id))
    id_index = id_index[~id_index.index.duplicated(keep=False)]
    kk_index = pd.Series(dtype=np.int64)
    if table.kk is not None:
        kk = pd.Series(table.kk, dtype=object).fillna("").astype(str)
        kk_index = pd.Series(np.arange(len(table)), index=kk.to_numpy())
        kk_index = kk_index[(kk_index.index != "") & ~kk_index.index.duplicated(keep=False)]
    status_of = {s.casefold(): s for s in STATUSES}
    candidates = []  # accepted so far, before duplicates are looked for
    new_rows = []
    for sheet in sheets:
        if round_id and sheet.round_id and sheet.round_id != round_id:
            problems.append(RowProblem("other_round", sheet.file, value=sheet.round_id))
            continue
        needed = [k for k in ("hh_id", "status") if k in sheet.missing_columns]
        if needed:
            problems.append(RowProblem("missing_columns", sheet.file, column=",".join(needed)))
            continue
        f = sheet.frame
        for rec in f.to_dict("records"):
            row = int(rec["row"])
            raw_status = rec.get("status")
            if raw_status is None:
                continue  # not visited yet: pending, not a problem
            status = status_of.get(" ".join(str(raw_status).split()).casefold())
            if status is None:
                problems.append(
                    RowProblem("bad_status", sheet.file, row, "status", str(raw_status))
                )
                continue
            check = rec.get("check")
            if check is not None and seal([rec.get(k) for k in SEALED]) != str(check):
                problems.append(
                    RowProblem("protected_changed", sheet.file, row, value=_key(rec.get("hh_id")))
                )
                continue
            when = _as_date(rec.get("date"))
            if when is None or when > today or (created is not None and when < created):
                problems.append(
                    RowProblem("bad_date", sheet.file, row, "date", _key(rec.get("date")))
                )
                continue
            desil_new = _as_desil(rec.get("desil_new"))
            if desil_new == -1:
                problems.append(
                    RowProblem(
                        "bad_desil", sheet.file, row, "desil_new", _key(rec.get("desil_new"))
                    )
                )
                continue
            lon, lat = _as_float(rec.get("gps_lon")), _as_float(rec.get("gps_lat"))
            if (lon is None) != (lat is None) or (
                lon is not None
                and not (
                    INDONESIA[0] <= lon <= INDONESIA[1] and INDONESIA[2] <= lat <= INDONESIA[3]
                )
            ):
                problems.append(
                    RowProblem(
                        "bad_coords",
                        sheet.file,
                        row,
                        "gps",
                        f"{_key(rec.get('gps_lon'))} {_key(rec.get('gps_lat'))}",
                    )
                )
                continue
            hid, kk_value = _key(rec.get("hh_id")), _key(rec.get("kk"))
            hh = id_index.get(hid) if hid else None
            if hh is None and kk_value:
                hh = kk_index.get(kk_value)
            item = {
                "status": status,
                "desil_new": desil_new or 0,
                "gps_lon": np.nan if lon is None else lon,
                "gps_lat": np.nan if lat is None else lat,
                "date": when,
                "verifier": _key(rec.get("verifier")) or sheet.verifier,
                "note": _key(rec.get("note")),
                "file": sheet.file,
                "row": row,
            }
            if hh is None:
                if status == "keluarga baru":
                    item.update(
                        hh_id=hid,
                        kk=kk_value,
                        name=_key(rec.get("name")),
                        address=_key(rec.get("address")),
                        village_code=_key(rec.get("village_code")),
                    )
                    new_rows.append(item)
                else:
                    problems.append(
                        RowProblem("unknown_id", sheet.file, row, "hh_id", hid or kk_value)
                    )
                continue
            item["hh"] = int(hh)
            candidates.append(item)
    acc = pd.DataFrame(
        candidates,
        columns=[
            "hh",
            "status",
            "desil_new",
            "gps_lon",
            "gps_lat",
            "date",
            "verifier",
            "note",
            "file",
            "row",
        ],
    )
    keep = np.ones(len(acc), dtype=bool)
    if len(acc):
        in_sheet = acc.duplicated(["hh", "file"], keep=False).to_numpy()
        files_per_hh = acc.groupby("hh")["file"].transform("nunique").to_numpy()
        across = files_per_hh > 1
        for i in np.flatnonzero(in_sheet | across):
            code = "duplicate_across" if across[i] else "duplicate_in_sheet"
            problems.append(
                RowProblem(
                    code,
                    acc["file"].iat[i],
                    int(acc["row"].iat[i]),
                    "hh_id",
                    str(table.hh_id[acc["hh"].iat[i]]),
                )
            )
        keep = ~(in_sheet | across)
    acc = acc[keep].reset_index(drop=True)
    acc["hh"] = acc["hh"].astype(np.int64)
    acc["desil_new"] = acc["desil_new"].astype(np.int8)
    problems.sort(key=lambda p: (p.file, p.row or 0))
    return RoundImport(
        accepted=acc,
        new_families=pd.DataFrame(new_rows),
        problems=problems,
        files=[s.file for s in sheets],
        round_households=_round_households(round_households, sheets, id_index),
    )


def _round_households(given, sheets: list[ReadSheet], id_index: pd.Series) -> np.ndarray:
    """The round's households: as given, else every sealed row of the worksheets read."""
    if given is not None:
        return np.asarray(given, dtype=np.int64)
    ids = [
        str(h)
        for s in sheets
        for h, c in zip(s.frame["hh_id"], s.frame["check"], strict=True)
        if c is not None and h is not None
    ]
    found = id_index.reindex(pd.Index(ids).unique()).dropna()
    return np.sort(found.to_numpy(np.int64))


def apply_results(
    table: HouseholdTable, provenance: Provenance, result: RoundImport, round_id: str
) -> tuple[HouseholdTable, Provenance]:
    """A new table state and provenance with the accepted results; the inputs are untouched.

    Desil is replaced where the verifier gave a corrected one, coordinates
    where GPS was taken (then measured, not approximate). New families are
    appended with what the worksheet says (receipt of programs and PPKS
    unknown). Every verified household gets date, verifier, status and round.
    """
    acc = result.accepted
    hh = acc["hh"].to_numpy(np.int64)
    desil = table.desil.copy()
    x, y, approx = table.x.copy(), table.y.copy(), table.approx.copy()
    given = acc["desil_new"].to_numpy() > 0
    desil[hh[given]] = acc["desil_new"].to_numpy()[given]
    gps = ~np.isnan(acc["gps_lon"].to_numpy(np.float64))
    x[hh[gps]] = acc["gps_lon"].to_numpy(np.float64)[gps]
    y[hh[gps]] = acc["gps_lat"].to_numpy(np.float64)[gps]
    approx[hh[gps]] = False
    prov = provenance.take(np.arange(len(table)))
    prov.verified_on[hh] = np.array(acc["date"].tolist(), dtype="datetime64[D]")
    prov.verifier[hh] = acc["verifier"].to_numpy(object)
    prov.status[hh] = acc["status"].to_numpy(object)
    prov.round_id[hh] = round_id
    prov.planned[result.round_households] = round_id
    prov.planned[hh] = round_id
    new = dataclasses.replace(table, desil=desil, x=x, y=y, approx=approx, verification=prov)
    nf = result.new_families
    if len(nf):
        new, prov = _append_new(new, prov, nf, round_id)
    return new, prov


def _append_new(table: HouseholdTable, prov: Provenance, nf: pd.DataFrame, round_id: str):
    n = len(nf)
    ids = [
        h or f"BARU-{round_id}-{i + 1:04d}" for i, h in enumerate(nf["hh_id"].astype(str).tolist())
    ]
    vil = table.villages.lookup(nf["village_code"].astype(str).tolist()).astype(np.int32)

    def cat(a, b):
        return None if a is None else np.concatenate([a, np.asarray(b, dtype=a.dtype)])

    lon = nf["gps_lon"].to_numpy(np.float64)
    lat = nf["gps_lat"].to_numpy(np.float64)
    new = dataclasses.replace(
        table,
        hh_id=cat(table.hh_id, ids),
        village=cat(table.village, vil),
        desil=cat(table.desil, nf["desil_new"].to_numpy(np.int8)),
        members=cat(table.members, np.zeros(n)),
        ppks=cat(table.ppks, np.zeros(n)),
        programs=cat(table.programs, np.zeros(n)),
        programs_known=cat(table.programs_known, np.zeros(n)),
        ppks_known=cat(table.ppks_known, np.zeros(n, bool)),
        x=cat(table.x, lon),
        y=cat(table.y, lat),
        approx=cat(table.approx, np.zeros(n, bool)),
        row=cat(table.row, np.zeros(n)),
        name=cat(table.name, nf["name"].tolist()),
        nik=cat(table.nik, [None] * n),
        kk=cat(table.kk, nf["kk"].replace("", None).tolist()),
        address=cat(table.address, nf["address"].tolist()),
    )
    prov = Provenance(
        np.concatenate([prov.verified_on, np.array(nf["date"].tolist(), dtype="datetime64[D]")]),
        np.concatenate([prov.verifier, nf["verifier"].to_numpy(object)]),
        np.concatenate([prov.status, np.full(n, "keluarga baru", dtype=object)]),
        np.concatenate([prov.round_id, np.full(n, round_id, dtype=object)]),
        np.concatenate([prov.planned, np.full(n, round_id, dtype=object)]),
    )
    new.verification = prov
    return new, prov


__all__ = [
    "GIVEN",
    "PROBLEMS",
    "RoundImport",
    "RowProblem",
    "apply_results",
    "import_results",
    "worksheet_rows",
]
