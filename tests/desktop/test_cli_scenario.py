"""``sasaran scenario evaluate`` and ``sasaran compare`` on the shipped demo and examples."""

import json
import shutil
from importlib import resources
from pathlib import Path

import openpyxl
import pytest

from desktop.cli import main
from gis.demo.data import demo_paths

EXAMPLES = Path(str(resources.files("resources").joinpath("scenarios")))
A = EXAMPLES / "skenario_a.skenario.json"
B = EXAMPLES / "skenario_b.skenario.json"


@pytest.fixture(scope="module")
def data_args() -> list[str]:
    p = demo_paths()
    return ["--households", str(p["households"]), "--villages", str(p["villages"])]


def test_evaluate_prints_the_budget_in_bahasa_indonesia(data_args, capsys):
    assert main(["scenario", "evaluate", str(A), *data_args]) == 0
    out, err = capsys.readouterr()
    assert "Skenario: Skenario A" in out
    assert "Pagu anggaran per tahun : Rp 12.000.000.000" in out
    assert "RT terpotong pagu" in out and "Per zona:" in out
    assert "Program Keluarga Harapan (PKH)" in out
    assert err == ""


def test_evaluate_json_matches_the_stored_results(data_args, capsys):
    assert main(["scenario", "evaluate", str(A), *data_args, "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    stored = json.loads(A.read_text(encoding="utf-8"))["scenario"]["results"]
    assert data["results"] == stored
    assert data["data_mismatch"] is False and data["scenario"] == "Skenario A"
    assert data["meter"]["cap"] == 12_000_000_000
    assert data["meter"]["cost"] == stored["cost"] <= data["meter"]["cap"]


def test_compare_json_xlsx_and_csv(data_args, tmp_path, capsys):
    p = demo_paths()
    xlsx, out_csv = tmp_path / "banding.xlsx", tmp_path / "banding.csv"
    argv = ["compare", str(A), str(B), *data_args, "--psks", str(p["psks"])]
    argv += ["--xlsx", str(xlsx), "--csv", str(out_csv), "--json"]
    assert main(argv) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["scenarios"] == ["Skenario A", "Skenario B"]
    assert data["written"] == [
        "banding.xlsx",
        "banding.csv",
        "banding-anggaran.csv",
        "banding-zona.csv",
        "banding-selisih_desa.csv",
    ]
    m = data["metrics"]
    assert all(x["psks_in_zones"] is not None for x in m)
    assert m[0]["cost"] <= 12_000_000_000 and m[1]["cost"] <= 12_000_000_000
    assert data["villages"]["rows"]  # the two scenarios work in different villages
    wb = openpyxl.load_workbook(xlsx)
    assert wb["Ringkasan"]["B1"].value == "Skenario A"
    assert wb["Ringkasan"]["B2"].value == m[0]["households"]
    # asked again without --overwrite: refused, files kept
    before = xlsx.read_bytes()
    assert main(argv) == 2
    assert "sudah ada" in capsys.readouterr().err
    assert xlsx.read_bytes() == before


def test_compare_text(data_args, capsys):
    assert main(["compare", str(A), str(B), *data_args]) == 0
    out = capsys.readouterr().out
    assert "Perbandingan skenario" in out and "Biaya per RT desil 1-2 terjangkau" in out
    assert "Desa yang berubah dibanding Skenario A" in out


def test_scenario_count_and_bad_files(data_args, tmp_path, capsys):
    assert main(["compare", str(A), *data_args]) == 2
    assert "2 sampai 5" in capsys.readouterr().err
    broken = tmp_path / "rusak.skenario.json"
    broken.write_bytes(A.read_bytes()[:500])
    assert main(["scenario", "evaluate", str(broken), *data_args]) == 2
    err = capsys.readouterr().err
    assert "rusak" in err and "rusak.skenario.json" in err
    newer = tmp_path / "baru.skenario.json"
    doc = json.loads(A.read_text(encoding="utf-8"))
    doc["version"] = 99
    newer.write_text(json.dumps(doc), encoding="utf-8")
    assert main(["compare", str(A), str(newer), *data_args]) == 2
    assert "lebih baru" in capsys.readouterr().err
    assert main(["scenario", "evaluate", str(tmp_path / "tidak_ada.json"), *data_args]) == 2
    assert "tidak ditemukan" in capsys.readouterr().err


def test_other_data_is_a_warning_and_the_scenario_is_re_evaluated(data_args, tmp_path, capsys):
    other = tmp_path / "lain.skenario.json"
    shutil.copy(A, other)
    doc = json.loads(other.read_text(encoding="utf-8"))
    doc["scenario"]["data"]["fingerprint"] = "0000000000000000"
    other.write_text(json.dumps(doc), encoding="utf-8")
    assert main(["scenario", "evaluate", str(other), *data_args, "--json"]) == 0
    out, err = capsys.readouterr()
    assert "Peringatan" in err and "data lain" in err
    data = json.loads(out)
    assert data["data_mismatch"] is True
    assert data["results"] == doc["scenario"]["results"]
