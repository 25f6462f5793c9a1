"""``sasaran check`` and ``sasaran stats`` on a P3KE-like register: unknown is not 0 or "no"."""

from __future__ import annotations

import json

from desktop.cli import main
from tests.gis.p3ke_data import NOT_CARRIED, p3ke_rows, write_p3ke
from tests.gis.scenario_data import write_villages


def test_check_lists_what_the_file_does_not_carry(tmp_path, capsys):
    path = write_p3ke(tmp_path)
    assert main(["check", str(path)]) == 0
    out = capsys.readouterr().out
    line = next(x for x in out.splitlines() if "Program tidak ada di berkas" in x)
    for key in NOT_CARRIED:
        assert key in line
    fields = next(x for x in out.splitlines() if "Kolom tidak ada di berkas" in x)
    assert "jumlah anggota keluarga" in fields and "jenis PPKS" in fields
    assert main(["check", str(path), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert set(data["programs_not_carried"]) == set(NOT_CARRIED)
    assert {"members", "ppks"} <= set(data["fields_not_carried"])


def test_stats_says_unknown_never_zero(tmp_path, capsys):
    rows = p3ke_rows()
    path = write_p3ke(tmp_path, rows)
    villages = write_villages(tmp_path)
    argv = ["stats", "--households", str(path), "--villages", str(villages)]
    assert main([*argv, "--by", "desa"]) == 0
    out = capsys.readouterr().out
    assert "Jiwa: –" in out and "Jiwa: 0" not in out
    assert f"{len(rows)} RT tanpa jumlah anggota" in out
    assert "PPKS: tidak diketahui" in out
    pip = next(x for x in out.splitlines() if "Indonesia Pintar" in x)
    assert "tidak diketahui" in pip
    # "not receiving PIP" is unknown for everybody: nobody is kept
    assert main([*argv, "--lacks", "PIP", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["area"]["households"] == 0
    assert main([*argv, "--lacks", "*", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["area"]["households"] == sum(1 for r in rows if not (r["PKH"] or r["BPNT"]))
    assert data["area"]["programs"]["PIP"] is None
