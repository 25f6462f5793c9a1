"""The round table of a map sheet: the latest verification round per kecamatan.

A sheet brought to a verification meeting shows, next to the progress map,
how far each kecamatan got in the register's latest round: households in
the round, verified so far, the share done, and the errors found (not found
or not eligible). It appears only when the register carries verification
columns (a register state written after a round); without them progress
is unknown, and the sheet prints no table rather than zeros. The numbers
follow the ``verif_progress`` indicator (:mod:`gis.model.indicators`): the
households the filter keeps, in the villages of the sheet.
"""

from __future__ import annotations

import numpy as np

from gis.maps.sheet_zones import ZoneTable
from gis.model.verification import ERROR_STATUSES
from gis.numbers import format_number

#: kecamatan listed one by one on a sheet; the total row always covers every one
MAX_ROUND_ROWS = 8


def _n(value: int) -> str:
    return format_number(int(value))


def _pct(done: int, planned: int) -> str:
    return f"{round(100 * done / planned)} %" if planned else "–"


def round_table(data, in_focus=None, compact: bool = False) -> ZoneTable | None:
    """Rows per kecamatan of the latest round (largest first), or None without one.

    ``in_focus`` (bool per village) keeps the villages of one page of a
    series; ``compact`` keeps only the total row, for a crowded panel.
    """
    t = data.households
    prov = getattr(t, "verification", None) if t is not None else None
    if prov is None:
        return None
    rid = prov.latest_round()
    if not rid:
        return None
    keep = t.village >= 0
    if data.mask is not None:
        keep &= np.asarray(data.mask, dtype=bool)
    if in_focus is not None:
        keep &= np.asarray(in_focus, dtype=bool)[np.maximum(t.village, 0)]
    planned = keep & (prov.planned == rid)
    if not planned.any():
        return None
    done = planned & (prov.round_id == rid)
    errors = done & np.isin(prov.status.astype(str), ERROR_STATUSES)
    vt = t.villages
    kec = vt.kec_index[np.maximum(t.village, 0)]
    nk = len(vt.kec_codes)
    p, d, e = (np.bincount(kec[m], minlength=nk) for m in (planned, done, errors))
    rows: list[tuple[str, ...]] = []
    if not compact:
        order = [k for k in np.argsort(-p, kind="stable") if p[k] > 0]
        for k in order[:MAX_ROUND_ROWS]:
            rows.append((str(vt.kec_names[k]), _n(p[k]), _pct(d[k], p[k]), _n(e[k])))
        rest = order[MAX_ROUND_ROWS:]
        if rest:
            rows.append(
                (
                    f"… dan {len(rest)} kecamatan lain",
                    _n(p[rest].sum()),
                    _pct(d[rest].sum(), p[rest].sum()),
                    _n(e[rest].sum()),
                )
            )
    rows.append(("Jumlah", _n(p.sum()), _pct(d.sum(), p.sum()), _n(e.sum())))
    title = f"PUTARAN VERIFIKASI {rid}" + (" (setelah filter)" if data.mask is not None else "")
    return ZoneTable(
        title=title,
        header=("Kecamatan", "RT", "selesai", "temuan"),
        rows=tuple(rows),
        bold_rows=(len(rows) - 1,),
    )
