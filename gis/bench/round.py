"""Benchmark rows for verification rounds and register snapshots.

The issue's figures: worksheets for a round of 50,000 households across
~400 villages and 60 verifiers written in < 20 s, read back in < 10 s;
two registers of a million families matched in < 5 s, the transition
matrix and per-village changes in < 100 ms after matching. The second
snapshot is the first one shuffled, with a tenth of the KK numbers
damaged (matched by NIK then) and 2 % of families gone, so every key is
exercised.
"""

from __future__ import annotations

import dataclasses
import tempfile
from datetime import date
from pathlib import Path

import numpy as np
import pandas as pd

from gis.bench.table import row as _row
from gis.bench.table import timeit as _timeit
from gis.io.worksheets import write_worksheets
from gis.model.households import HouseholdTable
from gis.model.round_results import import_results, worksheet_rows
from gis.model.snapshots import diff_snapshots, match_snapshots
from gis.model.verification import STATUSES, Selection, Verifier, plan_round
from gis.numbers import format_number


def second_snapshot(table: HouseholdTable, seed: int = 3) -> HouseholdTable:
    """``table`` a year later: shuffled, 2 % gone, a tenth of KK numbers damaged."""
    rng = np.random.default_rng(seed)
    n = len(table)
    keep = np.sort(rng.permutation(n)[: n - n // 50])
    order = keep[rng.permutation(len(keep))]
    kk = None
    if table.kk is not None:
        kk = table.kk[order].copy()
        kk[rng.random(len(order)) < 0.1] = "3.20101E+15"
    fields = ("hh_id", "village", "desil", "members", "ppks", "programs", "x", "y", "approx")
    taken = {f: getattr(table, f)[order] for f in fields}
    return dataclasses.replace(
        table,
        **taken,
        row=np.arange(len(order), dtype=np.int64),
        programs_known=table.programs_known[order],
        ppks_known=table.ppks_known[order],
        kk=kk,
        nik=None if table.nik is None else table.nik[order],
        name=None,
        address=None,
    )


def _round_of(table: HouseholdTable, households: int, verifiers: int):
    take = np.flatnonzero(table.village >= 0)[:households]
    mask = np.zeros(len(table), dtype=bool)
    mask[take] = True
    sel = Selection(mask, {"eksklusi": mask})
    names = [Verifier(f"PSM-{i:02d}") for i in range(verifiers)]
    return plan_round(table, sel, names, round_id="BENCH", created=date(2025, 1, 1))


def bench_rows(
    table: HouseholdTable, repeat: int = 3, households: int = 50_000, verifiers: int = 60
) -> list[dict]:
    """Rows (format of :func:`gis.bench.table.row`): worksheets out and back, snapshot matching."""
    rows = []
    rnd = _round_of(table, households, verifiers)
    n_round = len(rnd.households)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        paths: list[Path] = []

        def write():
            paths[:] = write_worksheets(
                folder,
                worksheet_rows(table, rnd),
                round_id=rnd.round_id,
                created=rnd.created,
                statuses=STATUSES,
                overwrite=True,
            )

        once = max(1, min(repeat, 2))
        rows.append(
            _row(
                f"lembar verifikasi {format_number(n_round)} RT, "
                f"{len(rnd.village_verifier)} desa, {verifiers} petugas",
                _timeit(write, once),
                target=20_000,
                note="XLSX per petugas dengan daftar validasi, tanda RAHASIA, kolom terkunci",
            )
        )
        rows.append(
            _row(
                f"impor kembali {len(paths)} lembar verifikasi",
                _timeit(lambda: import_results(paths, table), once),
                target=10_000,
                note="semua lembar kosong diisi tidak ada: baca + cocokkan ID",
            )
        )
    new = second_snapshot(table)
    match = match_snapshots(table, new)
    kk = pd.Series(table.kk if table.kk is not None else table.hh_id, dtype=object)
    kk_new = pd.Series(new.kk if new.kk is not None else new.hh_id, dtype=object)

    def bound():
        pd.DataFrame({"k": kk}).merge(pd.DataFrame({"k": kk_new}), on="k")

    rows.append(
        _row(
            f"cocokkan dua register {format_number(len(table))} keluarga (KK, NIK, ID)",
            _timeit(lambda: match_snapshots(table, new), repeat),
            target=5_000,
            lower_bound=_timeit(bound, repeat),
            note="batas bawah: satu join pandas atas nomor KK",
        )
    )
    rows.append(
        _row(
            "matriks desil + perubahan per desa setelah pencocokan",
            _timeit(lambda: diff_snapshots(table, new, match), repeat),
            target=100,
        )
    )
    return rows


def rows(ctx) -> list[dict]:
    """The verification-round rows of ``sasaran bench`` on the register of ``ctx``."""
    return bench_rows(ctx.table(), repeat=min(ctx.repeat, 3))
