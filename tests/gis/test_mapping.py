"""Every real register layout in shared/data/layouts maps without hand work."""

import csv

import pytest

from gis.errors import MappingError
from gis.io.mapping import ColumnMapping, recognise

EXPECTED = {
    "p3ke_keluarga_kemenko_pmk_header.csv": (
        "P3KE keluarga",
        "keluarga",
        {
            "hh_id": "ID Keluarga P3KE",
            "village_code": "Kode Kemdagri",
            "desil": "Desil Kesejahteraan",
            "nik": "NIK",
        },
        {"PKH": ["Penerima PKH"], "SEMBAKO": ["Penerima BPNT", "Penerima SEMBAKO"]},
    ),
    "p3ke_individu_header.csv": (
        "P3KE individu",
        "individu",
        {
            "hh_id": "ID Keluarga P3KE",
            "member_id": "ID Individu",
            "village_code": "Kode Kemendagri",
        },
        {"PKH": ["Penerima PKH"]},
    ),
    "dtks_siksng_export_slugged_header.csv": (
        "DTKS SIKS-NG",
        "individu",
        {
            "kk": "NOMOR KK",
            "nik": "NOMOR NIK",
            "village_name": "DESA/KELUARAHAN",
            "kecamatan_name": "KECAMATAN",
        },
        {},
    ),
    "bdt2015_rumah_tangga_rts_header.csv": (
        "BDT 2015 rumah tangga",
        "keluarga",
        {
            "hh_id": "nopesertapbdt",
            "bps_prop": "kdprop",
            "bps_desa": "kddesa",
            "members": "jumlah_art",
        },
        {"PKH": ["sta_pkh", "adapkh"], "PBI": ["sta_kis", "adapbi"]},
    ),
    "bdt2015_anggota_rumah_tangga_art_header.csv": (
        "BDT 2015 anggota rumah tangga",
        "individu",
        {"hh_id": "IDBDT", "member_id": "IDARTBDT", "nik": "NIK", "kk": "NoKK"},
        {"PKH": ["Ada_pkh"], "SEMBAKO": ["Ada_BPNT"]},
    ),
    "dtsen_style_keluarga_anggota_header.csv": (
        "DTSEN keluarga-anggota",
        "individu",
        {
            "village_code": "kode_kelurahan_desa",
            "desil": "desil_nasional_keluarga",
            "kk": "no_kk",
            "members": "jumlah_anggota_keluarga",
            "head_name": "nama_kepala_keluarga",
        },
        {"PBI": ["pbi"], "PKH_PLUS": ["pkh_plus"]},
    ),
    "bansos_data_ganda_header.csv": (
        "Daftar data ganda bansos",
        "individu",
        {"kk": "NOKK_DTKS", "nik": "NIK_KTP", "village_name": "NMKEL"},
        {},
    ),
}


def _columns(path):
    with open(path, newline="", encoding="utf-8") as fh:
        return next(csv.reader(fh))


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_real_layouts_are_recognised(layouts_dir, name):
    layout, level, fields, programs = EXPECTED[name]
    cols = _columns(layouts_dir / name)
    m = recognise(cols)
    assert m.layout == layout
    assert m.level == level
    for fld, col in fields.items():
        assert m.fields.get(fld) == col, fld
    for key, cols_ in programs.items():
        assert m.programs.get(key) == cols_, key
    assert m.group_key() is not None, "a household key must be found"
    # nothing is lost: every column is mapped or listed as unmapped
    assert set(m.used_columns()) | set(m.unmapped) == set(cols)


def test_every_shared_layout_has_an_expectation(layouts_dir):
    assert {p.name for p in layouts_dir.glob("*.csv")} == set(EXPECTED)


def test_penerima_columns_become_user_programs(layouts_dir):
    m = recognise(_columns(layouts_dir / "p3ke_keluarga_kemenko_pmk_header.csv"))
    assert m.programs["PRAKERJA"] == ["Penerima Prakerja"]
    assert m.program_names["PRAKERJA"] == "Prakerja"


def test_custom_mapping_saves_and_loads(tmp_path):
    cols = ["kode", "no_rt", "tingkat"]
    m = ColumnMapping(fields={"village_code": "kode", "hh_id": "no_rt", "desil": "tingkat"})
    m.save(tmp_path / "map.json")
    back = ColumnMapping.load(tmp_path / "map.json", cols)
    assert back.fields == m.fields and back.unmapped == []
    with pytest.raises(MappingError) as err:
        ColumnMapping.load(tmp_path / "map.json", ["kode"])
    assert err.value.code == "missing_columns"
