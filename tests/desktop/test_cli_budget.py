"""``sasaran scenario evaluate`` on a scenario file whose budget cap cannot be used."""

import json
from importlib import resources
from pathlib import Path

import pytest

from desktop.cli import main
from gis.demo.data import demo_paths

A = Path(str(resources.files("resources").joinpath("scenarios"))) / "skenario_a.skenario.json"


@pytest.fixture(scope="module")
def data_args() -> list[str]:
    p = demo_paths()
    return ["--households", str(p["households"]), "--villages", str(p["villages"])]


@pytest.mark.parametrize(
    ("literal", "says"),
    [
        ("1e309", "melebihi batas Rp 100 triliun"),
        ("-5000000", "negatif"),
        ("NaN", "bukan angka"),
    ],
)
def test_a_bad_budget_cap_is_worded_in_indonesian(data_args, tmp_path, capsys, literal, says):
    doc = json.loads(A.read_text(encoding="utf-8"))
    doc["scenario"]["budget_cap"] = "@@"
    path = tmp_path / "pagu.skenario.json"
    path.write_text(json.dumps(doc).replace('"@@"', literal), encoding="utf-8")
    assert main(["scenario", "evaluate", str(path), *data_args]) == 2
    out, err = capsys.readouterr()
    assert "pagu.skenario.json" in err and "Pagu anggaran" in err and says in err
    assert str(tmp_path) not in err and "Traceback" not in err and "negative" not in err
