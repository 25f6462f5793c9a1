"""Verification rounds on the demo province: plan, worksheets, filled back, applied.

The test fills the worksheets itself, the way verifiers do (every status,
half-done sheets, a typed-over name, an unknown ID, a bad status, impossible
dates and desil, a household reported by two verifiers, a new family), and
computes what the summary must say with its own pandas bookkeeping of what
it wrote.
"""

from __future__ import annotations

from datetime import date, timedelta

import numpy as np
import pandas as pd
import pytest
from openpyxl import load_workbook

from gis.demo.data import load_dataset
from gis.io.readers import read_table
from gis.io.worksheets import COLUMNS, HEADER_ROW, RAHASIA, SHEET, read_worksheet, write_worksheets
from gis.model.importer import build_households
from gis.model.register_state import provenance_from_frame, write_register_state
from gis.model.round_results import apply_results, import_results, worksheet_rows
from gis.model.verification import (
    CRITERIA,
    STATUSES,
    Provenance,
    RoundError,
    Verifier,
    months_since,
    plan_round,
    select_households,
    verifiers_from_psks,
)

CREATED = date(2025, 10, 1)
TODAY = date(2025, 11, 15)
COL = {key: i for i, (key, _t) in enumerate(COLUMNS, start=1)}


@pytest.fixture(scope="module")
def demo(demo_paths):
    return load_dataset(
        {
            "villages": demo_paths.villages,
            "households": demo_paths.households,
            "psks": demo_paths.psks,
        }
    )


def test_criteria_follow_known_semantics(demo):
    t = demo.households
    sel = select_households(t, CRITERIA, today=TODAY)
    d = t.desil
    # exclusion suspects: poor and *known* to receive nothing; unknown receipt is not a suspect
    expected = (d >= 1) & (d <= 4) & (t.programs == 0) & (t.programs_known != 0)
    assert np.array_equal(sel.reasons["eksklusi"], expected)
    assert not (sel.reasons["eksklusi"] & (t.programs_known == 0)).any()
    assert np.array_equal(sel.reasons["inklusi"], (d >= 7) & (t.programs != 0))
    assert np.array_equal(sel.reasons["tanpa_koordinat"], np.isnan(t.x) | t.approx)
    # never verified: every household is due
    assert sel.reasons["belum_diverifikasi"].all()
    with pytest.raises(RoundError):
        select_households(t, ["bogus"])


def test_not_verified_for_n_months():
    when = np.array(["2025-01-15", "2024-11-16", "NaT", "2025-11-15"], dtype="datetime64[D]")
    ages = months_since(when, date(2025, 11, 15))
    assert ages[0] == 10 and ages[1] == 11 and np.isnan(ages[2]) and ages[3] == 0


def test_damaged_and_duplicate_ids_selected(demo):
    t = demo.households
    import dataclasses

    kk = t.kk.copy()
    kk[0] = "3.20101E+15"
    kk[1] = kk[2]
    nik = t.nik.copy()
    nik[5] = None
    damaged = dataclasses.replace(t, kk=kk, nik=nik)
    sel = select_households(damaged, ["id_rusak"])
    assert sel.reasons["id_rusak"][[0, 1, 2, 5]].all()
    # a register without KK and NIK columns says nothing about them
    bare = dataclasses.replace(t, kk=None, nik=None)
    assert not select_households(bare, ["id_rusak"]).mask.any()


def test_villages_to_verifiers_balanced_and_whole(demo):
    t = demo.households
    sel = select_households(t, ["eksklusi", "inklusi"])
    verifiers = [Verifier(f"PSM {i}") for i in range(6)]
    rnd = plan_round(t, sel, verifiers, round_id="R1", created=CREATED)
    counts = rnd.counts_per_verifier()
    assert sum(counts.values()) == int((sel.mask & (t.village >= 0)).sum())
    # one verifier per village
    per_village = pd.DataFrame({"v": t.village[rnd.households], "who": rnd.verifier})
    assert (per_village.groupby("v")["who"].nunique() == 1).all()
    largest = np.bincount(t.village[rnd.households]).max()
    assert max(counts.values()) - min(counts.values()) <= largest
    # PSKS verifiers: PSM and TKSK only
    from_psks = verifiers_from_psks(demo.psks)
    assert from_psks and all(
        demo.psks.type[list(demo.psks.psks_id).index(v.name)] in (2, 10) for v in from_psks[:20]
    )


def _fill(path, plan, status_cycle, start=0):
    """Fill rows of one worksheet; ``plan`` maps sheet row -> dict of changes."""
    wb = load_workbook(path)
    ws = wb[SHEET]
    for r, change in plan.items():
        for key, value in change.items():
            ws.cell(row=r, column=COL[key], value=value)
    wb.save(path)


def test_round_roundtrip_counts_equal_independent_computation(demo, tmp_path):
    t = demo.households
    sel = select_households(t, ["eksklusi", "inklusi", "tanpa_koordinat"])
    verifiers = [Verifier(n) for n in ("Ani", "Budi", "Citra")]
    rnd = plan_round(t, sel, verifiers, round_id="R1", created=CREATED)
    paths = write_worksheets(
        tmp_path, worksheet_rows(t, rnd), round_id="R1", created=CREATED, statuses=STATUSES
    )
    assert len(paths) == 3
    # every sheet is marked and carries the validation list of statuses
    wb = load_workbook(paths[0])
    ws = wb[SHEET]
    assert ws["A1"].value == RAHASIA and "UU 27/2022" in ws.oddHeader.center.text
    assert any(
        ",".join(STATUSES) in (dv.formula1 or "") for dv in ws.data_validations.dataValidation
    )

    id_of = pd.Series(np.arange(len(t)), index=np.asarray(t.hh_id, dtype=object))
    expected = []  # (hh index or village code, status) the test expects accepted
    defects = {}
    sheets = [read_worksheet(p) for p in paths]
    dup_source = None
    for k, (path, sheet) in enumerate(zip(paths, sheets, strict=True)):
        n = len(sheet.frame)
        rows = sheet.frame["row"].tolist()
        ids = sheet.frame["hh_id"].tolist()
        plan = {}
        done = int(n * 0.7)  # partly filled: the rest stays pending
        for i in range(done):
            status = STATUSES[(i + k) % 5]  # every status but "keluarga baru"
            change = {"status": status, "date": CREATED + timedelta(days=i % 30)}
            if i % 4 == 0:
                change["desil_new"] = (i % 10) + 1
                change["gps_lon"], change["gps_lat"] = 106.5 + i * 1e-4, -2.5
            plan[rows[i]] = change
            expected.append((int(id_of[ids[i]]), status, change))
        # defects on rows the test then does not expect
        bad = rows[done : done + 6]
        if len(bad) == 6:
            plan[bad[0]] = {"status": "ketemu", "date": CREATED}
            plan[bad[1]] = {"status": "ditemukan", "date": TODAY + timedelta(days=30)}
            plan[bad[2]] = {"status": "ditemukan", "date": CREATED - timedelta(days=1)}
            plan[bad[3]] = {"status": "ditemukan", "date": CREATED, "desil_new": 11}
            plan[bad[4]] = {"status": "ditemukan", "date": CREATED, "name": "Nama Diketik Ulang"}
            plan[bad[5]] = {
                "status": "ditemukan",
                "date": CREATED,
                "gps_lon": 10.0,
                "gps_lat": 50.0,
            }
            defects[path.name] = bad
        # an unknown ID and a new family in rows added at the end
        extra = HEADER_ROW + 1 + n
        plan[extra] = {"hh_id": "TIDAK-ADA-999", "status": "ditemukan", "date": CREATED}
        plan[extra + 1] = {
            "status": "keluarga baru",
            "date": CREATED,
            "village_code": sheet.frame["village_code"].iat[0],
            "name": "Keluarga Baru",
        }
        expected.append((sheet.frame["village_code"].iat[0], "keluarga baru", None))
        if k == 0:
            dup_source = (sheet.frame.iloc[0].to_dict(), rows[0])
        if k == 1:  # the first household of verifier 0 also reported by verifier 1
            src = dup_source[0]
            change = {
                key: src[key] for key in ("hh_id", "kk", "name", "address", "village_code", "check")
            }
            change.update(status="pindah", date=CREATED)
            plan[extra + 2] = change
        _fill(path, plan, STATUSES)

    res = import_results(
        paths, t, round_id="R1", created=CREATED, today=TODAY, round_households=rnd.households
    )
    codes = res.problem_counts()
    assert codes["bad_status"] == codes["protected_changed"] == codes["bad_desil"] == 3
    assert codes["bad_date"] == 6 and codes["bad_coords"] == 3 and codes["unknown_id"] == 3
    assert codes["duplicate_across"] == 2
    dup_hh = int(id_of[dup_source[0]["hh_id"]])
    assert dup_hh not in set(res.accepted["hh"])
    expected = [e for e in expected if e[0] != dup_hh]

    # the independent count: the test's own list, grouped with pandas
    vt = t.villages
    exp = pd.DataFrame(
        {
            "kode_desa": [
                e[0] if isinstance(e[0], str) else vt.codes[t.village[e[0]]] for e in expected
            ],
            "status": [e[1] for e in expected],
        }
    )
    want = pd.crosstab(exp["kode_desa"], exp["status"]).reindex(
        columns=list(STATUSES), fill_value=0
    )
    got = res.status_counts(t)
    assert got[list(STATUSES)].loc[want.index].equals(want.astype(np.int64))
    assert got[list(STATUSES)].drop(want.index).sum().sum() == 0
    done = {e[0] for e in expected if not isinstance(e[0], str)}
    pending = [h for h in rnd.households if h not in done]
    want_pending = pd.Series(vt.codes[t.village[pending]]).value_counts()
    assert (
        got["belum"][got["belum"] > 0]
        .sort_index()
        .equals(want_pending.sort_index().rename("belum"))
    )

    # per kecamatan: the villages' counts added up, with progress and names
    kec = res.summary(t, "kecamatan")
    rolled = got.groupby(got.index.str[:6]).sum()
    assert kec[list(rolled.columns)].to_numpy().tolist() == rolled.to_numpy().tolist()
    done_k = rolled[[s for s in STATUSES if s != "keluarga baru"]].sum(axis=1)
    want_pct = 100 * done_k / (done_k + rolled["belum"])
    assert np.allclose(kec["kemajuan_%"].to_numpy(), want_pct.to_numpy())
    assert (kec["nama"] != "").all()

    # nothing applied yet; applying gives a new state, the source table untouched
    before = t.desil.copy()
    new, prov = apply_results(t, Provenance.empty(len(t)), res, "R1")
    assert np.array_equal(t.desil, before)
    for hh, status, change in expected:
        if isinstance(hh, str):
            continue
        assert prov.status[hh] == status and prov.round_id[hh] == "R1"
        assert prov.verified_on[hh] == np.datetime64(change["date"])
        if "desil_new" in change:
            assert new.desil[hh] == change["desil_new"]
            assert new.x[hh] == pytest.approx(change["gps_lon"]) and not new.approx[hh]
    assert len(new) == len(t) + 3  # three new families

    # the state written and read back like any register, with its provenance
    out = tmp_path / "register_baru.parquet"
    write_register_state(out, new, prov)
    raw = read_table(out)
    again, _report = build_households(raw, t.villages)
    prov2 = provenance_from_frame(raw.frame, raw.rows, again)
    assert again.verification is not None  # the importer reads the provenance back itself
    assert np.array_equal(again.verification.status == None, prov2.status == None)  # noqa: E711
    assert np.array_equal(again.desil, new.desil)
    got_status = pd.Series(prov2.status, index=np.asarray(again.hh_id, dtype=object))
    want_status = pd.Series(prov.status, index=np.asarray(new.hh_id, dtype=object))
    assert got_status.loc[want_status.index].equals(want_status)
    # no personal data unless asked for
    assert not {"nama", "nik", "no_kk", "alamat"} & set(raw.frame.columns)
    assert again.name is None


def test_verified_households_leave_the_due_list(demo, tmp_path):
    t = demo.households
    prov = Provenance.empty(len(t))
    prov.verified_on[:10] = np.datetime64("2025-10-01")
    prov.verified_on[10:20] = np.datetime64("2023-01-01")
    sel = select_households(t, ["belum_diverifikasi"], provenance=prov, months=12, today=TODAY)
    assert not sel.mask[:10].any() and sel.mask[10:].all()


def test_verification_indicators_equal_pandas(demo):
    import dataclasses

    from gis.model.indicators import compute

    t = demo.households
    rng = np.random.default_rng(3)
    n = len(t)
    prov = Provenance.empty(n)
    old_round = rng.random(n) < 0.3
    prov.planned[old_round] = "R0"
    prov.round_id[old_round] = "R0"
    prov.status[old_round] = "ditemukan"
    prov.verified_on[old_round] = np.datetime64("2024-03-10")
    planned = rng.random(n) < 0.4
    done = planned & (rng.random(n) < 0.5)
    prov.planned[planned] = "R1"
    prov.round_id[done] = "R1"
    prov.verified_on[done] = np.datetime64("2025-10-20")
    prov.status[done] = np.asarray(STATUSES[:5], dtype=object)[rng.integers(0, 5, done.sum())]
    table = dataclasses.replace(t, verification=prov, snapshot="2025-01-31")
    frame = pd.DataFrame(
        {
            "v": t.village,
            "planned": prov.planned,
            "round": prov.round_id,
            "status": prov.status,
            "when": prov.verified_on,
        }
    )
    frame = frame[frame["v"] >= 0]
    in_r1 = frame[frame["planned"] == "R1"]
    want = 100 * (in_r1["round"] == "R1").groupby(in_r1["v"]).mean()
    got = compute("verif_progress", table).values
    assert np.allclose(got[want.index], want.to_numpy())
    assert np.isnan(np.delete(got, want.index)).all()

    verified = frame[frame["status"].notna()]
    err = (
        100
        * verified["status"].isin(["tidak ditemukan", "tidak layak"]).groupby(verified["v"]).mean()
    )
    got = compute("verif_errors", table).values
    assert np.allclose(got[err.index], err.to_numpy())

    today = date.today()
    when = frame["when"].fillna(pd.Timestamp("2025-01-31"))
    months = (today.year - when.dt.year) * 12 + (today.month - when.dt.month)
    months -= (when.dt.day > today.day).astype(int)
    age = months.groupby(frame["v"]).mean()
    got = compute("data_age", table).values
    assert np.allclose(got[age.index], age.to_numpy())


def test_unverified_register_is_unknown_not_zero(demo):
    import dataclasses

    from gis.model.indicators import compute

    t = dataclasses.replace(demo.households, verification=None, snapshot="")
    for key in ("verif_progress", "verif_errors", "data_age"):
        ind = compute(key, t)
        assert np.isnan(ind.values).all() and ind.note


def test_filter_not_verified_in_n_months(demo):
    import dataclasses

    from gis.model.filter_text import describe_filter, indicator_title
    from gis.model.filters import HouseholdFilter

    t = demo.households
    prov = Provenance.empty(len(t))
    today = date.today()
    prov.verified_on[: len(t) // 3] = np.datetime64(today - timedelta(days=40))
    prov.verified_on[len(t) // 3 : len(t) // 2] = np.datetime64(today - timedelta(days=800))
    table = dataclasses.replace(t, verification=prov)
    flt = HouseholdFilter(desil=(), stale_months=12)
    m = flt.mask(table)
    assert not m[: len(t) // 3].any() and m[len(t) // 3 :].all()
    assert "belum diverifikasi dalam 12 bulan terakhir" in describe_filter(flt, table)
    assert "not verified in the last 12 months" in describe_filter(flt, table, lang="en")
    assert indicator_title("desil_1_4", flt, table) != indicator_title("desil_1_4", None, table)
    assert HouseholdFilter.from_dict(flt.to_dict()) == flt
    assert "stale_months" not in HouseholdFilter().to_dict()
