"""From a register file to a household table and an import report.

The pipeline is: read the file as it is (``gis.io.readers``), recognise the
columns (``gis.io.mapping``), parse each column through its distinct values
(``gis.io.parse``), check NIK and KK (``gis.io.nik``), build households from
person rows where the sheet is person-level, then find each household's
village and display position (``gis.model.placement``). A bad value never costs
the good rows: it is recorded in the report with its row number and the
household is kept whenever it can be.
"""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from gis.errors import Cancelled, MappingError
from gis.io.codelists import received_programs, slug
from gis.io.codes import codes_to_int, looks_like_bps
from gis.io.mapping import ColumnMapping, recognise
from gis.io.nik import IdStatus, check_ids
from gis.io.parse import parse_flags, parse_float, parse_int_range, parse_ppks
from gis.io.readers import RawTable, read_table
from gis.io.repeats import text_later_repeats, text_repeat_candidates
from gis.io.report import ImportReport, place_counts
from gis.io.text_arrow import first_seen_codes, is_missing, objects, take, text_arrow
from gis.model.households import HouseholdTable
from gis.model.placement import assign_by_point, place_approximately
from gis.model.release import importing
from gis.model.row_codes import bps_codes, column, match_names, read_row_codes
from gis.model.villages import VillageTable

_HEAD_VALUES = {"kepalakeluarga", "kepalarumahtangga", "krt", "kk", "1", "kepala"}


def _step(progress, lo: float, hi: float):
    """A progress callback for a sub-range of the whole job."""
    if progress is None:
        return None
    return lambda f, msg="": progress(lo + (hi - lo) * f, msg)


def _check_cancel(cancelled) -> None:
    if cancelled is not None and cancelled():
        raise Cancelled()


def load_households(
    path: str | Path,
    villages: VillageTable,
    *,
    layer: str | None = None,
    sheet: str | None = None,
    mapping: ColumnMapping | None = None,
    crosswalk=None,
    progress=None,
    cancelled=None,
    snapshots=None,
) -> tuple[HouseholdTable, ImportReport]:
    """Read a household register and place it on the village table.

    Parameters
    ----------
    path, layer, sheet
        The file, and the layer (GeoPackage) or sheet (XLSX) to read.
    villages
        Village boundaries the households are assigned to.
    mapping
        Column mapping; recognised from the header when None.
    crosswalk
        Optional :class:`gis.io.crosswalk.Crosswalk` placing BPS-coded rows
        (BDT 2015) in Kemendagri villages.
    progress, cancelled
        Optional callables ``progress(fraction, message)`` and
        ``cancelled() -> bool``; a cancel raises :class:`gis.errors.Cancelled`.
    snapshots
        None (default): always read the file. True: use the columnar
        snapshot in the user cache (:mod:`gis.model.snapshot`) when one was
        made from this unchanged file with these arguments, else read the
        file and write one. A folder: the same, with snapshots kept there.

    Returns
    -------
    (HouseholdTable, ImportReport)
    """
    if snapshots is not None and snapshots is not False:
        from gis.model import snapshot

        folder = None if snapshots is True else snapshots
        args = {"layer": layer, "sheet": sheet, "mapping": mapping, "crosswalk": crosswalk}
        found = snapshot.read_snapshot(path, villages, folder, **args)
        if found is not None:
            if progress is not None:
                progress(1.0, "selesai")
            return found
    with importing():  # freed temporaries reused, then all handed back
        raw = read_table(
            path,
            layer,
            sheet=sheet,
            progress=_step(progress, 0, 0.5),
            cancelled=cancelled,
            arrow_text=True,
        )
        table, report = build_households(
            raw,
            villages,
            mapping=mapping,
            crosswalk=crosswalk,
            progress=_step(progress, 0.5, 1.0),
            cancelled=cancelled,
        )
        if snapshots is not None and snapshots is not False:
            snapshot.write_snapshot(table, report, path, villages, folder, **args)
        del raw
    return table, report


def _at(column: pd.Series, rows: np.ndarray) -> np.ndarray:
    """Values of ``column`` at the rows of a boolean mask, converted only when there are any."""
    if not rows.any():
        return np.zeros(0, dtype=object)
    return column[rows].to_numpy(dtype=object)


_INVALID_ID = [IdStatus.BAD_LENGTH, IdStatus.NOT_DIGITS, IdStatus.BAD_REGION, IdStatus.BAD_DATE]


def _check_id_column(frame, mapping, raw, kind: str, flag_duplicates: bool):
    """The check of the NIK or KK column (None without one); no report yet.

    Runs beside the main work of the import (see :func:`build_households`).
    """
    if kind not in mapping.fields:
        return None
    col = mapping.fields[kind]
    chk = check_ids(frame[col], kind=kind, flag_duplicates=flag_duplicates)
    _spreadsheet_numbers_damaged(chk, frame[col], raw)
    return chk


def _checked_ids(frame, mapping, report, rows, kind: str, chk):
    """Report the damaged NIK or KK values of check ``chk``; return the usable values."""
    if chk is None:
        return None
    col = mapping.fields[kind]
    st = chk.status
    for code, bad in (
        (f"{kind}_scientific", st == IdStatus.SCIENTIFIC),
        (f"{kind}_invalid", np.isin(st, _INVALID_ID)),
        (f"{kind}_duplicate", st == IdStatus.DUPLICATE),
    ):
        report.add(rows[bad], col, code, _at(frame[col], bad))
    return chk.arrow_values()


def _spreadsheet_numbers_damaged(chk, column, raw: RawTable):
    """A 16-digit number stored as a spreadsheet number has lost digits.

    Excel keeps 15 significant digits, so a NIK or KK typed into a numeric
    cell comes back with its last digit zeroed even when it reads as a whole
    number. Such cells are marked damaged; text cells are left as checked.
    """
    if raw.format != "xlsx" or column.dtype != object:
        return
    values = column.to_numpy(dtype=object)
    numeric = np.fromiter(
        (isinstance(v, (int, float)) and not isinstance(v, bool) for v in values), bool, len(values)
    )
    if numeric.any():
        chk.mark_damaged(numeric)


def _first_valid(valid: np.ndarray, order, starts, n: int) -> np.ndarray:
    """Per group: index of the first row (in file order) where ``valid`` holds, else -1."""
    pos = np.where(valid, np.arange(len(valid)), n)[order]
    first = np.minimum.reduceat(pos, starts)
    return np.where(first < n, first, -1)


def build_households(
    raw: RawTable,
    villages: VillageTable,
    *,
    mapping: ColumnMapping | None = None,
    crosswalk=None,
    progress=None,
    cancelled=None,
) -> tuple[HouseholdTable, ImportReport]:
    """Turn a raw table into households; see :func:`load_households`."""
    frame = raw.frame
    n = len(frame)
    mapping = mapping or recognise(list(frame.columns))
    report = ImportReport(
        path=Path(raw.path).name,
        layer=raw.layer,
        layout=mapping.layout,
        level=mapping.level,
        rows_read=n,
        mapping=dict(mapping.fields),
        programs={k: list(v) for k, v in mapping.programs.items()},
        unmapped=list(mapping.unmapped),
        notes=list(raw.notes),
    )
    rows = np.asarray(raw.rows, dtype=np.int64)
    say = progress or (lambda f, m="": None)

    # --- identity -------------------------------------------------------
    key_col = mapping.group_key()
    if key_col is None:
        if mapping.level == "individu":
            raise MappingError(
                "person-level sheet without a family id or KK column",
                code="no_family_key",
                path=raw.path,
            )
        ids = text_arrow(np.array([f"baris-{r}" for r in rows], dtype=object))
        report.notes.append("tidak ada kolom ID keluarga: nomor baris dipakai sebagai ID")
    else:
        # Arrow text from the file to the table: no Python string per household
        ids = text_arrow(frame[key_col])
        if mapping.level == "individu" and key_col == mapping.fields.get("kk"):
            # a KK damaged by a spreadsheet cannot group a family
            kk_check = check_ids(ids, kind="kk", flag_duplicates=False)
            damaged = kk_check.status == IdStatus.SCIENTIFIC
            if damaged.any():
                ids = pc.if_else(pa.array(damaged), pa.scalar(None, ids.type), ids)
    # Hashing a million ids and checking a million NIK and KK numbers runs in
    # Arrow and numpy without the GIL: beside the parsing below, on a second
    # core. Results are collected in the same order as ever, so the report
    # does not depend on timing.
    beside = ThreadPoolExecutor(max_workers=2, thread_name_prefix="impor")
    try:
        return _build(
            raw, villages, mapping, crosswalk, report, rows, ids, key_col, beside, say, cancelled
        )
    finally:
        beside.shutdown(wait=True, cancel_futures=True)


def _build(raw, villages, mapping, crosswalk, report, rows, ids, key_col, beside, say, cancelled):
    """The rest of :func:`build_households`, with ``beside`` taking the Arrow-bound work."""
    frame = raw.frame
    n = len(frame)
    keep = np.ones(n, dtype=bool)
    # person rows are grouped by family id (codes); a household-level register
    # needs only the rows that repeat an id, found from fingerprints
    person_level = mapping.level == "individu"
    id_codes = beside.submit(first_seen_codes if person_level else text_repeat_candidates, ids)
    # KK numbers repeat across the members of a family: only NIK duplicates are flagged
    id_checks = {
        kind: beside.submit(_check_id_column, frame, mapping, raw, kind, kind == "nik")
        for kind in ("nik", "kk")
    }
    no_id = is_missing(ids)
    report.add(rows[no_id], key_col or "", "no_id", rejected=True)
    keep &= ~no_id
    say(0.1, "desil")
    _check_cancel(cancelled)

    # --- desil, members, PPKS -------------------------------------------
    parsed = {}
    for fld, hi, reason in (
        ("desil", 10, "desil_out_of_range"),
        ("members", 99, "members_invalid"),
    ):
        values = np.zeros(n, dtype=np.int16)
        col = column(frame, mapping, fld)
        if col is not None:
            values, bad = parse_int_range(col, 1, hi)
            report.add(rows[bad], mapping.fields[fld], reason, _at(col, bad), rejected=True)
            keep &= ~bad
        parsed[fld] = values
    desil, members = parsed["desil"], parsed["members"]
    ppks = np.zeros(n, dtype=np.uint32)
    col = column(frame, mapping, "ppks")
    # without a PPKS column the file says nothing about PPKS: unknown, not "none"
    ppks_known = np.full(n, col is not None)
    if col is not None:
        ppks, bad, unknown = parse_ppks(col)
        report.add(rows[bad], mapping.fields["ppks"], "ppks_unknown", _at(col, bad))
        report.ppks_unknown = unknown
    say(0.25, "program")
    _check_cancel(cancelled)

    # --- programs received ------------------------------------------------
    builtin = [p.key for p in received_programs()]
    extra = [k for k in mapping.programs if k not in builtin]
    program_keys = tuple(builtin + extra)
    if len(program_keys) > 32:
        raise MappingError("more than 32 program columns", code="too_many_programs", path=raw.path)
    programs = np.zeros(n, dtype=np.uint32)
    # a program the file has no column for is unknown for every row (bit clear);
    # an unreadable value leaves it unknown for that row unless another column said yes
    programs_known = np.zeros(n, dtype=np.uint32)
    for key, cols in mapping.programs.items():
        bit = np.uint32(1 << program_keys.index(key))
        for c in cols:
            flags, bad = parse_flags(frame[c])
            np.bitwise_or(programs, bit, out=programs, where=flags)
            np.bitwise_or(programs_known, bit, out=programs_known, where=~bad)
            report.add(rows[bad], c, "flag_unreadable", _at(frame[c], bad))
    program_names = {p.key: p.name for p in received_programs()}
    program_names.update(mapping.program_names)

    # --- location columns -------------------------------------------------
    row_codes = read_row_codes(frame, mapping, n)
    # the raw table's own arrays: placement works on copies of its own, and
    # they are copied here only if coordinate columns are filled in below
    lon = raw.x if raw.x is not None else np.full(n, np.nan)
    lat = raw.y if raw.y is not None else np.full(n, np.nan)
    if "lon" in mapping.fields and "lat" in mapping.fields:
        lon, lat = lon.copy(), lat.copy()  # the raw table stays as read
        fx, bad_x = parse_float(frame[mapping.fields["lon"]])
        fy, bad_y = parse_float(frame[mapping.fields["lat"]])
        use = np.isnan(lon)
        lon[use], lat[use] = fx[use], fy[use]
        bad = (bad_x | bad_y) & use
        report.add(rows[bad], mapping.fields["lon"], "coords_invalid")
    say(0.4, "NIK")
    _check_cancel(cancelled)

    # --- personal data ----------------------------------------------------
    name = text_arrow(frame[mapping.fields["name"]]) if "name" in mapping.fields else None
    head_name = (
        text_arrow(frame[mapping.fields["head_name"]]) if "head_name" in mapping.fields else None
    )
    address = text_arrow(frame[mapping.fields["address"]]) if "address" in mapping.fields else None

    def personal_ids():
        """The NIK and KK columns once checked beside, their problems reported."""
        nik = _checked_ids(frame, mapping, report, rows, "nik", id_checks["nik"].result())
        kk = _checked_ids(frame, mapping, report, rows, "kk", id_checks["kk"].result())
        say(0.55, "keluarga")
        _check_cancel(cancelled)
        return nik, kk

    # --- one record per household ------------------------------------------
    kept = np.flatnonzero(keep)
    if mapping.level == "individu":
        nik, kk = personal_ids()
        g, _uniq = pd.factorize(id_codes.result()[kept])
        order = np.argsort(g, kind="stable")
        gs = g[order]
        starts = np.r_[0, np.flatnonzero(gs[1:] != gs[:-1]) + 1] if len(gs) else np.zeros(0, int)
        first = kept[order[starts]]  # first person row of each family
        n_groups = len(starts)
        sizes = np.diff(np.r_[starts, len(gs)])

        def pick(valid):
            idx = _first_valid(valid[kept], order, starts, len(kept))
            return np.where(idx >= 0, kept[np.maximum(idx, 0)], first)

        is_head = np.zeros(n, dtype=bool)
        if "relation" in mapping.fields:
            rel = frame[mapping.fields["relation"]]
            rc, ru = pd.factorize(rel.astype("string"))
            head_u = np.array([slug(u) in _HEAD_VALUES for u in ru] + [False])
            is_head = head_u[rc]
        head = pick(is_head)
        d_row = pick(desil > 0)
        h_desil = np.where(desil[d_row] > 0, desil[d_row], 0)
        if "members" in mapping.fields:
            m_row = pick(members > 0)
            h_members = np.where(members[m_row] > 0, members[m_row], sizes)
        else:
            h_members = sizes
        h_ppks = np.bitwise_or.reduceat(ppks[kept][order], starts) if n_groups else ppks[:0]
        h_prog = np.bitwise_or.reduceat(programs[kept][order], starts) if n_groups else programs[:0]
        h_known = (
            np.bitwise_or.reduceat(programs_known[kept][order], starts)
            if n_groups
            else programs_known[:0]
        )
        h_ppks_known = (
            np.logical_or.reduceat(ppks_known[kept][order], starts) if n_groups else ppks_known[:0]
        )
        code_row = pick(row_codes.has_code)
        coord_row = pick(~np.isnan(lon))
        src = head
        hh = {
            "ids": take(ids, first),
            "rows": rows[first],
            "desil": h_desil,
            "members": h_members,
            "ppks": h_ppks,
            "programs": h_prog,
            "programs_known": h_known,
            "ppks_known": h_ppks_known,
            "codes": row_codes.take(code_row),
            "lon": lon[coord_row],
            "lat": lat[coord_row],
            "src": src,
        }
        name_src = head_name if head_name is not None else name
        hh_name, hh_nik, hh_kk, hh_addr = (
            None if c is None else take(c, src) for c in (name_src, nik, kk, address)
        )
        report.notes.append(f"{len(kept)} baris orang dikelompokkan menjadi {n_groups} keluarga")
        say(0.7, "desa")
        _check_cancel(cancelled)
        table, villages = _locate(hh, villages, frame, mapping, report, program_keys, crosswalk)
    else:

        def households(rows_kept):
            # every row kept (the usual register): the columns as they are,
            # not a copy of each (placement copies before it changes one)
            every = len(rows_kept) == n
            cols = {
                "rows": rows,
                "desil": desil,
                "members": members,
                "ppks": ppks,
                "programs": programs,
                "programs_known": programs_known,
                "ppks_known": ppks_known,
                "lon": lon,
                "lat": lat,
            }
            out = {k: v if every else v[rows_kept] for k, v in cols.items()}
            out["codes"] = row_codes if every else row_codes.take(rows_kept)
            out["ids"] = take(ids, rows_kept)
            out["src"] = rows_kept
            return out

        # The households are placed while the ids and NIK are still being
        # checked beside: with no repeated id (the usual register) that is
        # the answer, else they are placed again without the repeats. The
        # placement's problems wait in a scratch report, so the report reads
        # in the same order either way.
        scratch = ImportReport(path=report.path)
        located = _locate(
            households(kept), villages, frame, mapping, scratch, program_keys, crosswalk
        )
        nik, kk = personal_ids()
        cand = id_codes.result()
        if cand is None:  # ids too long to fingerprint: hashed as text
            dup = pd.Series(first_seen_codes(ids)[kept]).duplicated().to_numpy()
        else:
            dup = text_later_repeats(ids, kept, cand)
        if dup.any():
            dup_rows = kept[dup]
            report.add(
                rows[dup_rows], key_col or "", "duplicate_id", objects(take(ids, dup_rows)), True
            )
            kept = kept[~dup]
            say(0.7, "desa")
            _check_cancel(cancelled)
            located = _locate(
                households(kept), villages, frame, mapping, report, program_keys, crosswalk
            )
        else:
            _append_report(report, scratch)
        table, villages = located
        name_src = head_name if head_name is not None else name
        hh_name, hh_nik, hh_kk, hh_addr = (
            None if c is None else take(c, kept) for c in (name_src, nik, kk, address)
        )
    table.program_names = program_names
    table.name, table.nik, table.kk, table.address = hh_name, hh_nik, hh_kk, hh_addr
    table.source = _first_text(frame, mapping, "source") or ""
    table.snapshot = _first_text(frame, mapping, "snapshot") or ""
    table.file_name = Path(raw.path).name
    if "verif_tanggal" in raw.frame.columns:  # a register state written after a round
        from gis.model.register_state import provenance_from_frame

        table.verification = provenance_from_frame(raw.frame, raw.rows, table)
    report.households = len(table)
    report.set_places(place_counts(table.x, table.approx))
    report.counts = {
        "desil_missing": int((table.desil == 0).sum()),
        "members_missing": int((table.members == 0).sum()),
        "without_village": int((table.village < 0).sum()),
        "programs_unknown": int(table.programs_unknown().sum()),
    }
    report.programs_not_carried = list(table.missing_programs())
    report.fields_not_carried = _fields_not_carried(mapping, raw, table)
    say(1.0, "selesai")
    return table, report


def _append_report(report: ImportReport, scratch: ImportReport) -> None:
    """Add what :func:`_locate` wrote in ``scratch`` to ``report``, as if written there."""
    report.chunks.extend(scratch.chunks)
    report.notes.extend(scratch.notes)
    if scratch.unknown_village_codes:
        report.unknown_village_codes = scratch.unknown_village_codes
    report.without_coordinates = scratch.without_coordinates


def _fields_not_carried(mapping: ColumnMapping, raw: RawTable, table: HouseholdTable) -> list[str]:
    """Household fields the file has no column for: their values are unknown, never "none".

    Keys of :data:`gis.io.report.NOT_CARRIED_FIELDS`. Household size of a person-level
    sheet counts its person rows, so it is carried even without a size column.
    """
    f = mapping.fields
    out = []
    if "desil" not in f:
        out.append("desil")
    if "members" not in f and mapping.level != "individu":
        out.append("members")
    if "ppks" not in f:
        out.append("ppks")
    has_xy = raw.x is not None or ("lon" in f and "lat" in f)
    if not has_xy:
        out.append("coordinates")
    has_code = any(k in f for k in ("village_code", "bps_desa", "village_name"))
    if not has_code:
        out.append("village")
    return out


def _first_text(frame, mapping, fld) -> str | None:
    col = column(frame, mapping, fld)
    if col is None:
        return None
    vals = col.dropna()
    return str(vals.iloc[0]) if len(vals) else None


def _locate(
    hh: dict,
    villages: VillageTable,
    frame,
    mapping,
    report: ImportReport,
    program_keys,
    crosswalk=None,
):
    """Village assignment, coordinate checks and display positions (see gis.model.placement)."""
    rows = hh["rows"]
    row_codes = hh["codes"]
    codes, code_int, has_code = row_codes.codes, row_codes.code_int, row_codes.has_code
    m = len(codes)
    lon, lat = hh["lon"].astype(np.float64), hh["lat"].astype(np.float64)
    code_col = mapping.fields.get("village_code", "")

    # codes that the boundary file lacks but whose kecamatan it has: villages without polygon
    village = row_codes.villages_in(villages)
    # a 10-digit code whose village part starts with 0 is a BPS code read as Kemendagri
    bps_shaped = (village < 0) & has_code
    shaped = np.asarray(codes[bps_shaped], dtype="U10")
    bps_shaped[bps_shaped] = shaped.view("U1").reshape(-1, 10)[:, 6] == "0"
    if bps_shaped.any() and crosswalk is not None:
        idx = np.flatnonzero(bps_shaped)
        target = crosswalk.translate(codes[idx])
        found = villages.lookup(target)
        village[idx] = found
        # the caller's arrays stay as read
        codes, code_int, has_code = codes.copy(), code_int.copy(), has_code.copy()
        codes[idx[found >= 0]] = target[found >= 0]
        code_int[idx[found >= 0]] = codes_to_int(target[found >= 0])
        bps_shaped[idx[found >= 0]] = False
    if bps_shaped.any():
        report.add(rows[bps_shaped], code_col, "village_code_bps", codes[bps_shaped])
        codes = np.where(bps_shaped, "", codes)
        code_int = np.where(bps_shaped, -1, code_int)
        has_code = has_code & ~bps_shaped
    unknown = (village < 0) & has_code
    if unknown.any():
        at = np.flatnonzero(unknown)
        # every row of an unknown code is unknown: its first row is the first of these
        uniq, first = np.unique(codes[at].astype(str), return_index=True)
        names = []
        vname = mapping.fields.get("village_name")
        for c, hit in zip(uniq, at[first]):
            names.append(str(frame[vname].iloc[hh["src"][hit]]) if vname else c)
        extended = villages.with_extra_villages(list(uniq), names)
        if len(extended) > len(villages):
            added = extended.codes[len(villages) :]
            villages = extended
            village = villages.lookup_int(code_int)
            report.notes.append(
                f"{len(added)} kode desa tanpa poligon tetap dipakai: {', '.join(added[:10])}"
            )
            no_poly = np.zeros(m, dtype=bool)
            no_poly[at] = np.isin(codes[at].astype(str), added)
            report.add(rows[no_poly], code_col, "village_without_polygon", codes[no_poly])
        unknown = (village < 0) & has_code
        vals, counts = np.unique(codes[unknown].astype(str), return_counts=True)
        report.unknown_village_codes = {str(v): int(c) for v, c in zip(vals, counts)}
        report.add(rows[unknown], code_col, "village_code_unknown", codes[unknown])
    # raw values that are not 10-digit codes at all
    invalid = ~has_code & ~bps_shaped
    # only the rows without a code: objects are slow
    invalid[invalid] = pd.notna(row_codes.raw_at(invalid))
    if invalid.any():
        raw = row_codes.raw_at(invalid)
        bps = np.array([looks_like_bps(r) if r is not None else False for r in raw])
        report.add(rows[invalid][bps], code_col, "village_code_bps", raw[bps])
        report.add(rows[invalid][~bps], code_col, "village_code_invalid", raw[~bps])
    bps_parts = bps_codes(frame, mapping, m)
    if bps_parts is not None:
        bps = bps_parts[hh["src"]]
        if crosswalk is not None:
            todo = np.flatnonzero((village < 0) & (bps != ""))
            target = crosswalk.translate(bps[todo])
            found = villages.lookup(target)
            village[todo] = found
            codes, has_code = codes.copy(), has_code.copy()  # the caller's stay as read
            codes[todo[found >= 0]] = target[found >= 0]
            has_code[todo[found >= 0]] = True
            if (found >= 0).any():
                report.notes.append(
                    f"{int((found >= 0).sum())} rumah tangga ditempatkan lewat tabel padanan "
                    f"BPS-Kemendagri {crosswalk.source}"
                )
        flagged = (village < 0) & (bps != "")
        report.add(rows[flagged], mapping.fields["bps_desa"], "village_code_bps", bps[flagged])
        if flagged.any():
            report.notes.append(
                "kode wilayah BPS tidak dapat dicocokkan dengan kode Kemendagri dari angkanya; "
                "sediakan kolom kode Kemendagri atau tabel padanan BPS-Kemendagri"
            )

    # names when there is no code (SIKS-NG exports)
    by_name = np.flatnonzero((village < 0) & ~has_code)
    if len(by_name) and "village_name" in mapping.fields:
        matched = match_names(villages, frame, mapping, hh["src"][by_name])
        village[by_name] = matched
        miss = by_name[matched < 0]
        vname = frame[mapping.fields["village_name"]].to_numpy(dtype=object)[hh["src"][miss]]
        report.add(rows[miss], mapping.fields["village_name"], "village_name_unmatched", vname)

    # coordinates: swapped, outside the province, far from their village
    has = ~(np.isnan(lon) | np.isnan(lat))
    minx, miny, maxx, maxy = villages.province_bounds()
    inside = has & (lon >= minx) & (lon <= maxx) & (lat >= miny) & (lat <= maxy)
    swapped = has & ~inside & (lat >= minx) & (lat <= maxx) & (lon >= miny) & (lon <= maxy)
    if swapped.any():
        lon[swapped], lat[swapped] = lat[swapped].copy(), lon[swapped].copy()
        report.add(rows[swapped], mapping.fields.get("lon", "geometry"), "coords_swapped")
        inside |= swapped
    outside = has & ~inside
    report.add(rows[outside], mapping.fields.get("lon", "geometry"), "coords_outside")
    lon[outside] = np.nan
    lat[outside] = np.nan
    has = inside

    coded = village >= 0
    if (has & coded).any():
        b = villages.bounds
        idx = np.flatnonzero(has & coded & villages.has_polygon[np.maximum(village, 0)])
        vi = village[idx]
        tol = 0.02
        # each village's box widened once, then compared point by point
        lon_i, lat_i = lon[idx], lat[idx]
        far = lon_i < (b[:, 0] - tol)[vi]
        far |= lon_i > (b[:, 2] + tol)[vi]
        far |= lat_i < (b[:, 1] - tol)[vi]
        far |= lat_i > (b[:, 3] + tol)[vi]
        report.add(rows[idx[far]], mapping.fields.get("lon", "geometry"), "coords_far_from_village")

    need_pip = np.flatnonzero(has & ~coded)
    if len(need_pip):
        v_pip, overlap, gap = assign_by_point(villages, lon[need_pip], lat[need_pip])
        village[need_pip] = v_pip
        report.add(rows[need_pip[overlap]], "geometry", "coords_in_overlap")
        report.add(rows[need_pip[gap]], "geometry", "coords_in_gap")
    nowhere = (village < 0) & ~has & ~has_code
    nowhere_rows = rows[nowhere]
    already = set()
    for c in report.chunks:
        if c.code in ("village_code_bps", "village_code_invalid", "village_name_unmatched"):
            already.update(c.rows.tolist())
    report.add([r for r in nowhere_rows if r not in already], code_col or "", "no_location")

    # display positions: the checked coordinates (lon and lat are this
    # function's own copies), and a placed point for the rest
    x, y = lon, lat
    approx = ~has & (village >= 0)
    ax, ay = place_approximately(villages, np.where(approx, village, -1))
    np.copyto(x, ax, where=approx)
    np.copyto(y, ay, where=approx)
    report.without_coordinates = int((~has).sum())
    # columns already of their type are taken as they are, not copied
    table = HouseholdTable(
        villages=villages,
        hh_id=hh["ids"],
        village=village.astype(np.int32, copy=False),
        desil=hh["desil"].astype(np.int8, copy=False),
        members=hh["members"].astype(np.int16, copy=False),
        ppks=hh["ppks"].astype(np.uint32, copy=False),
        programs=hh["programs"].astype(np.uint32, copy=False),
        x=x,
        y=y,
        approx=approx,
        row=rows,
        program_keys=program_keys,
        programs_known=hh["programs_known"].astype(np.uint32, copy=False),
        ppks_known=hh["ppks_known"].astype(bool, copy=False),
    )
    return table, villages
