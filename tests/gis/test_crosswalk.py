"""BDT 2015 rows carry BPS codes: placed only through an explicit crosswalk."""

from gis.io.crosswalk import read_crosswalk
from gis.model.importer import load_households

BDT = (
    "nopesertapbdt,kdprop,kdkab,kdkec,kddesa,jumlah_art,sta_pkh\n"
    "R1,19,1,30,1,4,1\n"
    "R2,19,1,30,2,3,2\n"
    "R3,19,1,30,9,2,2\n"
)


def test_bps_rows_flagged_without_crosswalk(tmp_path, babel_villages):
    (tmp_path / "rts.csv").write_text(BDT, encoding="utf-8")
    table, report = load_households(tmp_path / "rts.csv", babel_villages)
    assert report.layout is None or "BDT" in (report.layout or "")
    assert len(table) == 3 and (table.village == -1).all()
    assert report.warnings()["village_code_bps"] == 3
    assert table.programs[0] & table.program_bit("PKH") and not table.programs[1]


def test_crosswalk_places_rows_and_refuses_ambiguity(tmp_path, babel_villages):
    (tmp_path / "rts.csv").write_text(BDT, encoding="utf-8")
    (tmp_path / "padanan.csv").write_text(
        "kode_bps;kode_kemendagri\n"
        "1901030001;19.01.03.2001\n"
        "1901030002;1901032002\n"
        "1901030009;1901032003\n"
        "1901030009;1901032004\n"  # same BPS code, two targets: refused, not guessed
        "19010300;1901032005\n",  # not a 10-digit BPS code: skipped and reported
        encoding="utf-8",
    )
    cw = read_crosswalk(tmp_path / "padanan.csv")
    assert cw.conflicting == ["1901030009"] and cw.skipped_rows == [6]
    table, report = load_households(tmp_path / "rts.csv", babel_villages, crosswalk=cw)
    v = table.villages
    assert v.codes[table.village[0]] == "1901032001" and v.names[table.village[0]] == "Batu Rusa"
    assert v.codes[table.village[1]] == "1901032002"
    assert table.village[2] == -1 and report.warnings()["village_code_bps"] == 1
