"""The travel table is read with a worded report: every unused row counted and named."""

from __future__ import annotations

import csv

import numpy as np
import pytest

from gis.model.travel import TravelTableError, read_travel_table
from tests.gis.scenario_data import V1, V2, V3, V4, village_table


def write(path, header, rows):
    with open(path, "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(header.split(","))
        w.writerows(rows)
    return path


@pytest.mark.parametrize(
    "header,unit",
    [
        ("Kode Desa Asal;Kode Desa Tujuan;Waktu Tempuh", "menit"),
        ("dari;ke;km", "km"),
        ("from;to;minutes", "menit"),
    ],
)
def test_every_kind_of_bad_row_is_counted_and_named(tmp_path, header, unit):
    villages = village_table(tmp_path)
    rows = [
        (V1, V2, "12,5"),  # line 2: comma decimal
        (V2, V1, "14"),  # 3
        (V1, "9999999999", "10"),  # 4: unknown code
        (V3, V4, "abc"),  # 5: not a number
        (V3, V1, ""),  # 6: empty
        (V4, V3, "-5"),  # 7: negative
        (V4, V1, "5000"),  # 8: absurd
        (V1, V2, "30"),  # 9: the pair again
        (V3, V3, "0"),  # 10: same village, zero minutes is fine
    ]
    path = write(tmp_path / "waktu.csv", header.replace(";", ","), [list(r) for r in rows])
    table, report = read_travel_table(path, villages)
    assert report.unit == unit and table.unit == unit and report.rows_read == 9
    assert report.pairs == 3
    assert report.problems == {
        "travel_unknown_code": 1,
        "travel_bad_value": 2,
        "travel_negative": 1,
        "travel_absurd": 1,
        "travel_duplicate": 1,
    }
    assert report.examples["travel_unknown_code"] == [f"baris 4 ({V1} -> 9999999999)"]
    assert report.examples["travel_negative"] == ["baris 7 (nilai '-5')"]
    assert report.examples["travel_duplicate"] == [f"baris 9 ({V1} -> {V2})"]
    got = sorted(zip(table.from_village.tolist(), table.to_village.tolist(), table.value.tolist()))
    assert got == [(0, 1, 12.5), (1, 0, 14.0), (2, 2, 0.0)]
    text = "\n".join(report.lines())
    assert "waktu.csv" in text and "nilai negatif" in text and "baris 8" in text
    assert "pasangan desa yang sama diulang (baris pertama dipakai)" in text


def test_fallbacks_are_stated_and_a_table_without_columns_is_refused(tmp_path):
    villages = village_table(tmp_path)
    path = write(tmp_path / "t.csv", "asal,tujuan,menit", [[V1, V2, "20"]])
    table, _ = read_travel_table(path, villages, symmetric=True, same_village=4)
    pairs = table.pairs()
    got = sorted(zip(pairs.src.tolist(), pairs.dst.tolist(), pairs.value.tolist()))
    assert got == [(0, 0, 4.0), (0, 1, 20.0), (1, 0, 20.0), (1, 1, 4.0)]
    assert "arah sebaliknya" in table.describe() and "4 menit" in table.describe()
    plain, _ = read_travel_table(path, villages)
    assert len(plain.pairs()) == 1 and "tidak terjangkau" in plain.describe()
    bad = write(tmp_path / "x.csv", "a,b,c", [[V1, V2, "1"]])
    with pytest.raises(TravelTableError) as err:
        read_travel_table(bad, villages)
    assert err.value.code == "travel_columns" and err.value.data["found"] == ["a", "b", "c"]
    empty = write(tmp_path / "e.csv", "asal,tujuan,menit", [["1", "2", "3"]])
    with pytest.raises(TravelTableError) as err:
        read_travel_table(empty, villages)
    assert err.value.code == "travel_empty"
    assert np.isfinite(plain.value).all()
