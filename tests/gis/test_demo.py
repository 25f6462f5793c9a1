"""Tests of the synthetic demo province generator (gis.demo.province)."""

from __future__ import annotations

import time

import numpy as np
import pandas as pd
import pyogrio
import pytest
import shapely

from gis.demo.province import (
    BDT_2015_BABEL,
    BOUNDS,
    PROVINCE_NAME,
    SOURCE_LABEL,
    DemoPaths,
    generate_demo,
)
from gis.errors import Cancelled

SMALL = 5_000  # households for the structural tests: the map is the same at any size

PROGRAM_COLUMNS = [
    "penerima_pkh",
    "penerima_sembako",
    "penerima_pip",
    "penerima_pbi",
    "penerima_listrik",
]


def read(path, layer) -> pd.DataFrame:
    """A layer as a GeoDataFrame (geometry None where a household has no point)."""
    return pyogrio.read_dataframe(path, layer=layer, use_arrow=True)


@pytest.fixture(scope="module")
def small(tmp_path_factory) -> DemoPaths:
    return generate_demo(tmp_path_factory.mktemp("small"), households=SMALL)


@pytest.fixture(scope="module")
def default(tmp_path_factory):
    """The default province (65,000 households), with how long it took."""
    start = time.perf_counter()
    paths = generate_demo(tmp_path_factory.mktemp("default"))
    return paths, time.perf_counter() - start


@pytest.fixture(scope="module")
def desa(default) -> pd.DataFrame:
    return read(default[0].villages, "desa")


@pytest.fixture(scope="module")
def kecamatan(default) -> pd.DataFrame:
    return read(default[0].villages, "kecamatan")


@pytest.fixture(scope="module")
def households(default) -> pd.DataFrame:
    return read(default[0].households, "rumah_tangga")


@pytest.fixture(scope="module")
def psks(default) -> pd.DataFrame:
    return read(default[0].psks, "psks")


def assert_same_layers(a: DemoPaths, b: DemoPaths) -> None:
    """Same attribute values and byte-identical geometries in every layer."""
    for path_a, path_b, layers in [
        (a.villages, b.villages, ["desa", "kecamatan", "kabupaten"]),
        (a.households, b.households, ["rumah_tangga"]),
        (a.psks, b.psks, ["psks"]),
    ]:
        for layer in layers:
            left, right = read(path_a, layer), read(path_b, layer)
            pd.testing.assert_frame_equal(
                pd.DataFrame(left.drop(columns="geometry")),
                pd.DataFrame(right.drop(columns="geometry")),
            )
            assert list(left.geometry.to_wkb()) == list(right.geometry.to_wkb()), layer


# --- files, layers, labels -------------------------------------------------------


def test_writes_three_geopackages_with_the_documented_layers(small):
    assert small.villages.name == "wilayah_demo.gpkg"
    assert small.households.name == "rumah_tangga_demo.gpkg"
    assert small.psks.name == "psks_demo.gpkg"
    assert [name for name, _ in pyogrio.list_layers(small.villages)] == [
        "desa",
        "kecamatan",
        "kabupaten",
    ]
    assert pyogrio.list_layers(small.households)[0][0] == "rumah_tangga"
    assert pyogrio.list_layers(small.psks)[0][0] == "psks"
    # No temporary file is left behind.
    assert sorted(p.name for p in small.villages.parent.iterdir()) == sorted(
        ["wilayah_demo.gpkg", "rumah_tangga_demo.gpkg", "psks_demo.gpkg"]
    )


def test_columns_match_the_real_boundary_file_and_the_register_layout(small):
    def fields(path, layer):
        info = pyogrio.read_info(path, layer=layer)
        assert info["crs"] == "EPSG:4326"
        return list(info["fields"])

    assert fields(small.villages, "desa") == [
        "kode_desa",
        "kode_dotted",
        "nama_desa",
        "jenis",
        "kode_kec",
        "kecamatan",
        "kode_kab",
        "kabupaten",
        "lat",
        "lng",
        "sumber",
    ]
    assert fields(small.villages, "kecamatan") == [
        "kode_kec",
        "kecamatan",
        "kode_kab",
        "kabupaten",
        "lat",
        "lng",
        "sumber",
    ]
    assert fields(small.villages, "kabupaten") == ["kode_kab", "kabupaten", "lat", "lng", "sumber"]
    assert fields(small.households, "rumah_tangga") == [
        "id_keluarga",
        "kode_desa",
        "alamat",
        "desil",
        "jumlah_anggota",
        "ppks",
        *PROGRAM_COLUMNS,
        "nama",
        "nik",
        "no_kk",
        "sumber",
        "tanggal_data",
    ]
    assert fields(small.psks, "psks") == [
        "id_psks",
        "jenis",
        "jenis_nama",
        "nama_lembaga",
        "kode_desa",
        "kapasitas",
        "sumber",
    ]
    assert pyogrio.read_info(small.villages, layer="desa")["geometry_type"] == "MultiPolygon"
    assert pyogrio.read_info(small.households, layer="rumah_tangga")["geometry_type"] == "Point"


def test_every_layer_says_it_is_synthetic(small):
    for path, layer in [
        (small.villages, "desa"),
        (small.villages, "kecamatan"),
        (small.villages, "kabupaten"),
        (small.psks, "psks"),
    ]:
        assert set(read(path, layer)["sumber"]) == {SOURCE_LABEL}
        meta = pyogrio.read_info(path, layer=layer)["layer_metadata"]
        assert meta["provinsi"] == PROVINCE_NAME
        assert SOURCE_LABEL in meta["DESCRIPTION"]
    hh = read(small.households, "rumah_tangga")
    assert set(hh["sumber"]) == {"DTSEN (sintetis)"}
    assert set(hh["tanggal_data"]) == {"2025-09-30"}
    meta = pyogrio.read_info(small.households, layer="rumah_tangga")["layer_metadata"]
    assert meta["sumber"] == SOURCE_LABEL


# --- determinism ------------------------------------------------------------------


def test_same_seed_gives_identical_tables_and_geometries(small, tmp_path):
    again = generate_demo(tmp_path, households=SMALL)
    assert_same_layers(small, again)


def test_different_seed_gives_a_different_province(small, desa, tmp_path):
    other = generate_demo(tmp_path, households=SMALL, seed=7)
    other_desa = read(other.villages, "desa")
    assert set(other_desa["nama_desa"]) != set(desa["nama_desa"])
    assert not np.array_equal(other_desa["lat"], desa["lat"])
    hh, other_hh = read(small.households, "rumah_tangga"), read(other.households, "rumah_tangga")
    assert not hh["nik"].equals(other_hh["nik"])


def test_map_does_not_depend_on_the_number_of_households(desa, tmp_path):
    tiny = generate_demo(tmp_path, households=300)
    pd.testing.assert_frame_equal(read(tiny.villages, "desa"), desa)


# --- regions ------------------------------------------------------------------------


def test_default_counts(default, desa, kecamatan):
    kab = read(default[0].villages, "kabupaten")
    assert len(desa) == 390
    assert len(kab) == 7
    assert 42 <= len(kecamatan) <= 52
    assert sorted(kab["kode_kab"]) == [
        f"99.{k}" for k in ("01", "02", "03", "04", "05", "06", "71")
    ]
    assert kab["kabupaten"].str.startswith("Kabupaten ").sum() == 6
    assert kab.loc[kab["kode_kab"] == "99.71", "kabupaten"].str.startswith("Kota ").all()


def test_codes_follow_kemendagri_structure(desa, kecamatan):
    code = desa["kode_desa"]
    assert code.str.fullmatch(r"99\d{8}").all()
    assert code.is_unique
    assert (desa["kode_dotted"].str.replace(".", "", regex=False) == code).all()
    assert desa["kode_dotted"].str.fullmatch(r"99\.\d\d\.\d\d\.[12]\d{3}").all()
    kind = code.str[6]
    assert ((kind == "1") == (desa["jenis"] == "Kelurahan")).all()
    assert ((kind == "2") == (desa["jenis"] == "Desa")).all()
    assert (desa["kode_dotted"].str[:8] == desa["kode_kec"]).all()
    assert (desa["kode_kec"].str[:5] == desa["kode_kab"]).all()
    assert set(desa["kode_kec"]) == set(kecamatan["kode_kec"])
    kota = desa[desa["kode_kab"] == "99.71"]
    assert len(kota) > 0 and (kota["jenis"] == "Kelurahan").all()
    # Every kabupaten seat has kelurahan too.
    kab_with_kelurahan = set(desa.loc[desa["jenis"] == "Kelurahan", "kode_kab"])
    assert kab_with_kelurahan == set(desa["kode_kab"])
    # Numbers run 1001.. and 2001.. without gaps inside each kecamatan.
    for (_, kind_digit), group in desa.groupby(["kode_kec", kind]):
        numbers = sorted(group["kode_desa"].str[7:].astype(int))
        assert numbers == list(range(1, len(numbers) + 1)), kind_digit


def test_names_are_unique_within_each_kecamatan(desa):
    assert not desa.duplicated(["kode_kec", "nama_desa"]).any()
    assert desa["nama_desa"].str.len().min() >= 3


def test_villages_are_valid_and_tile_the_islands_without_overlap(default, desa, kecamatan):
    geoms = np.asarray(desa.geometry)
    assert shapely.is_valid(geoms).all()
    assert (shapely.get_type_id(geoms) == 6).all()  # MultiPolygon, like the real file
    union = shapely.union_all(geoms)
    assert shapely.area(geoms).sum() == pytest.approx(shapely.area(union), rel=1e-9)
    # Kecamatan and kabupaten polygons are the unions of their villages.
    kec_area = dict(zip(kecamatan["kode_kec"], shapely.area(np.asarray(kecamatan.geometry))))
    summed = pd.Series(shapely.area(geoms)).groupby(desa["kode_kec"].to_numpy()).sum()
    for code, area in summed.items():
        assert kec_area[code] == pytest.approx(area, rel=1e-9)
    kab = read(default[0].villages, "kabupaten")
    assert shapely.area(np.asarray(kab.geometry)).sum() == pytest.approx(
        shapely.area(union), rel=1e-9
    )
    # An archipelago in open sea inside the stated frame, with multi-part villages.
    xmin, ymin, xmax, ymax = shapely.bounds(union)
    assert BOUNDS[0] <= xmin and xmax <= BOUNDS[2] and BOUNDS[1] <= ymin and ymax <= BOUNDS[3]
    assert len(shapely.get_parts(union)) >= 8
    assert (shapely.get_num_geometries(geoms) > 1).sum() >= 5


def test_representative_points_lie_in_their_village(desa):
    assert shapely.contains_xy(np.asarray(desa.geometry), desa["lng"], desa["lat"]).mean() > 0.97


def _pieces(geoms: np.ndarray) -> list[set[int]]:
    """Groups of polygons connected by shared boundaries (indices into geoms)."""
    tree = shapely.STRtree(geoms)
    a, b = tree.query(geoms, predicate="intersects")
    neigh: list[list[int]] = [[] for _ in range(len(geoms))]
    for i, j in zip(a.tolist(), b.tolist()):
        neigh[i].append(j)
    seen: set[int] = set()
    out = []
    for start in range(len(geoms)):
        if start in seen:
            continue
        seen.add(start)
        stack, piece = [start], set()
        while stack:
            v = stack.pop()
            piece.add(v)
            for w in neigh[v]:
                if w not in seen:
                    seen.add(w)
                    stack.append(w)
        out.append(piece)
    return out


def test_kecamatan_and_kabupaten_are_contiguous(desa):
    geoms = np.asarray(desa.geometry)
    tree = shapely.STRtree(geoms)
    split = 0
    for level in ("kode_kec", "kode_kab"):
        for code, group in desa.groupby(level):
            idx = group.index.to_numpy()
            pieces = _pieces(geoms[idx])
            if len(pieces) == 1:
                continue
            split += 1
            # Apart from the main piece only whole islands are allowed: pieces
            # whose villages touch no village outside the group.
            a, b = tree.query(geoms[idx], predicate="intersects")
            touching_out = set(a[~np.isin(b, idx)].tolist())
            main = max(pieces, key=len)
            assert touching_out <= main, (level, code)
    assert split > 0  # the small islands do make some groups multi-piece


# --- households ---------------------------------------------------------------------


def test_default_size_is_fast(default):
    assert default[1] < 15


def test_household_columns_and_types(households, desa):
    hh = households
    assert len(hh) == 65_000
    assert hh["id_keluarga"].is_unique
    assert hh["id_keluarga"].iloc[0] == "DEMO-0000001"
    assert hh["kode_desa"].str.fullmatch(r"99\d{8}").all()
    assert set(hh["kode_desa"]) <= set(desa["kode_desa"])
    assert hh["kode_desa"].nunique() == len(desa)
    assert hh["desil"].between(1, 10).all()
    assert (hh["jumlah_anggota"] >= 1).all()
    assert hh["alamat"].str.fullmatch(r"(Dusun|Lingkungan) [A-Z][a-z]+ RT \d{3} RW \d{3}").all()
    for col in PROGRAM_COLUMNS:
        assert set(hh[col]) == {"Ya", "Tidak"}
    assert hh["nama"].str.fullmatch(r"[A-Z][a-z]+( [A-Z][a-z]+)?").all()
    assert hh["ppks"].str.fullmatch(r"(\d{1,2}(;\d{1,2})*)?").all()


def test_desil_shares_follow_bdt_2015(households):
    share = households["desil"].value_counts(normalize=True).sort_index()
    bdt = np.array([BDT_2015_BABEL[d][0] for d in (1, 2, 3, 4)], dtype=float)
    assert share.loc[1:4].sum() == pytest.approx(0.85, abs=0.005)
    np.testing.assert_allclose(
        share.loc[1:4].to_numpy() / share.loc[1:4].sum(), bdt / bdt.sum(), rtol=0.02
    )
    upper = share.loc[5:10].to_numpy()
    assert upper.sum() == pytest.approx(0.15, abs=0.005)
    assert (np.diff(upper) < 0).all()


def test_household_size_follows_bdt_persons_per_household(households):
    mean = households.groupby("desil")["jumlah_anggota"].mean()
    for d in (1, 2, 3, 4):
        households_bdt, persons_bdt = BDT_2015_BABEL[d]
        assert mean[d] == pytest.approx(persons_bdt / households_bdt, rel=0.05)
    assert mean.loc[5:10].mean() == pytest.approx(3.5, rel=0.05)


def test_about_half_of_the_households_have_coordinates(households):
    assert 0.4 <= households.geometry.notna().mean() <= 0.6


def test_household_points_lie_in_their_own_village(households, desa):
    desa = desa.set_index("kode_desa")
    located = households[households.geometry.notna()]
    polygons = np.asarray(desa.geometry.loc[located["kode_desa"]])
    pts = np.asarray(located.geometry)
    assert shapely.contains_xy(polygons, shapely.get_x(pts), shapely.get_y(pts)).all()


def test_exclusion_and_inclusion_errors(households):
    receives = (households[PROGRAM_COLUMNS] == "Ya").any(axis=1)
    poorest = households["desil"] <= 2
    excluded = 1 - receives[poorest].mean()
    assert 0.20 <= excluded <= 0.30
    better_off = households["desil"] >= 7
    assert 0.01 <= receives[better_off].mean() <= 0.10
    pkh = (households["penerima_pkh"] == "Ya").groupby(households["desil"]).mean()
    assert pkh[1] == pytest.approx(0.40, abs=0.05)
    assert (pkh.loc[7:10] < 0.05).all()
    assert pkh[1] > pkh[2] > pkh[3] > pkh[4] > pkh[5]
    pbi = (households["penerima_pbi"] == "Ya")[households["desil"] <= 4].mean()
    assert pbi == pytest.approx(0.60, abs=0.05)


def test_ppks_prevalence(households):
    codes = households["ppks"].str.split(";")
    n = len(households)

    def share(code: str, rows=slice(None)) -> float:
        return codes[rows].apply(lambda c: code in c).mean()

    poor = households["desil"] <= 3
    assert share("24", poor) > 0.6
    assert share("24", households["desil"] >= 7) < 0.05
    for code, target in [("8", 0.04), ("9", 0.04), ("23", 0.03), ("5", 0.01)]:
        assert share(code) == pytest.approx(target, rel=0.25), code
    for code in ("16", "17", "15", "2"):
        assert 0 < share(code) < 0.01, code
    # Disasters and remote communities are concentrated in a few villages.
    for code, most in [("21", 0.5), ("26", 0.9)]:
        has = codes.apply(lambda c, code=code: code in c)
        per_village = has.groupby(households["kode_desa"]).sum().sort_values(ascending=False)
        top = max(1, round(0.05 * len(per_village)))
        assert per_village.iloc[:top].sum() >= most * per_village.sum(), code
    # Poorer households carry more problems.
    count = codes.apply(lambda c: len([x for x in c if x]))
    by_desil = count.groupby(households["desil"]).mean()
    assert by_desil[1] > by_desil[4] > by_desil[8]
    assert n == 65_000


def test_poverty_clusters_by_kecamatan(households):
    poor = (households["desil"] <= 2).groupby(households["kode_desa"].str[:6]).mean()
    assert poor.max() - poor.min() > 0.25


def test_nik_and_kk_are_unique_and_well_formed(households):
    for column in ("nik", "no_kk"):
        values = households[column]
        assert values.is_unique, column
        assert values.str.fullmatch(r"\d{16}").all(), column
        month = values.str[8:10].astype(int)
        assert month.between(1, 12).all(), column
    day = households["nik"].str[6:8].astype(int)
    assert (day.between(1, 31) | day.between(41, 71)).all()
    assert day.between(41, 71).mean() > 0.05  # women head some households
    kk_day = households["no_kk"].str[6:8].astype(int)
    assert kk_day.between(1, 31).all()
    # The family card is issued where the family lives; the NIK where the head
    # was first registered, for most the same kecamatan.
    region = households["kode_desa"].str[:6]
    assert (households["no_kk"].str[:6] == region).all()
    assert (households["nik"].str[:6] == region).mean() > 0.9


# --- PSKS ---------------------------------------------------------------------------


def test_psks_mix(psks, desa):
    assert 1_200 <= len(psks) <= 1_900
    assert psks["id_psks"].is_unique
    assert set(psks["jenis"]) == set(range(1, 15))
    count = psks["jenis"].value_counts()
    # Exactly one TKSK per kecamatan.
    tksk = psks[psks["jenis"] == 10]
    kec_codes = desa["kode_kec"].drop_duplicates().str.replace(".", "", regex=False)
    assert sorted(tksk["kode_desa"].str[:6]) == sorted(kec_codes)
    # About one Karang Taruna per village, never two.
    assert 0.85 * len(desa) <= count[5] <= len(desa)
    assert not psks.loc[psks["jenis"] == 5, "kode_desa"].duplicated().any()
    assert count[2] > count[5]  # PSM are the most numerous
    assert 100 <= count[14] <= 500
    assert count[4] < 50 and count[3] < 100
    # Institutions carry a made-up name, persons none (their names are personal data).
    institution = psks["jenis"].isin([4, 5, 6, 7, 11, 12])
    assert (psks.loc[institution, "nama_lembaga"].str.len() > 0).all()
    assert (psks.loc[~institution, "nama_lembaga"] == "").all()
    assert (psks.loc[psks["jenis"] == 14, "kapasitas"] == 1).all()
    assert (psks["kapasitas"] >= 1).all()
    assert psks["jenis_nama"].notna().all()
    assert set(psks.loc[psks["jenis"] == 13, "jenis_nama"]) == {"Pendamping PKH"}


def test_pkh_facilitators_match_pkh_caseload(psks, households):
    pkh = (households["penerima_pkh"] == "Ya").sum()
    assert (psks["jenis"] == 13).sum() == pytest.approx(pkh / 250, rel=0.05)


def test_psks_points_lie_in_their_village(psks, desa):
    desa = desa.set_index("kode_desa")
    pts = np.asarray(psks.geometry)
    assert not shapely.is_missing(pts).any()
    polygons = np.asarray(desa.geometry.loc[psks["kode_desa"]])
    assert shapely.contains_xy(polygons, shapely.get_x(pts), shapely.get_y(pts)).all()


# --- safety -------------------------------------------------------------------------


def test_refuses_to_overwrite(small, tmp_path):
    before = small.psks.stat().st_mtime_ns
    with pytest.raises(FileExistsError) as info:
        generate_demo(small.villages.parent, households=10)
    assert info.value.filename == str(small.villages)
    assert small.psks.stat().st_mtime_ns == before
    # One existing file is enough to refuse, and it is the one named.
    (tmp_path / "psks_demo.gpkg").write_bytes(b"keep me")
    with pytest.raises(FileExistsError) as info:
        generate_demo(tmp_path, households=10)
    assert info.value.filename == str(tmp_path / "psks_demo.gpkg")
    assert (tmp_path / "psks_demo.gpkg").read_bytes() == b"keep me"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["psks_demo.gpkg"]


def test_overwrite_replaces_the_files(tmp_path):
    first = generate_demo(tmp_path, households=50, villages=60)
    second = generate_demo(tmp_path, households=80, villages=60, overwrite=True)
    assert first == second
    assert len(read(second.households, "rumah_tangga")) == 80


@pytest.mark.parametrize("stop_at", [0.1, 0.6, 0.9])
def test_cancel_stops_and_leaves_no_files(tmp_path, stop_at):
    # 0.1: while drawing the map; 0.6: inside the household stream; 0.9: after
    # all temporary files are written, before they are renamed.
    reached = [0.0]

    def progress(fraction: float, message: str) -> None:
        reached[0] = fraction

    with pytest.raises(Cancelled):
        generate_demo(
            tmp_path,
            households=300_000,
            villages=60,
            progress=progress,
            cancelled=lambda: reached[0] >= stop_at,
        )
    assert list(tmp_path.iterdir()) == []


def test_progress_runs_from_zero_to_one(tmp_path):
    seen: list[tuple[float, str]] = []
    generate_demo(tmp_path, households=200, villages=60, progress=lambda f, m: seen.append((f, m)))
    fractions = [f for f, _ in seen]
    assert fractions[0] == 0.0 and fractions[-1] == 1.0
    assert fractions == sorted(fractions)
    assert all(isinstance(m, str) and m for _, m in seen)


def test_rejects_sizes_it_cannot_build(tmp_path):
    with pytest.raises(ValueError):
        generate_demo(tmp_path, villages=10)
    with pytest.raises(ValueError):
        generate_demo(tmp_path, households=-1)
    assert list(tmp_path.iterdir()) == []


def test_an_empty_register_is_allowed(tmp_path):
    paths = generate_demo(tmp_path, households=0, villages=40)
    assert pyogrio.read_info(paths.households, layer="rumah_tangga")["features"] == 0
    assert pyogrio.read_info(paths.villages, layer="desa")["features"] == 40
    assert (read(paths.psks, "psks")["jenis"] == 13).sum() == 0  # no PKH, no facilitator


def test_scales_with_villages(tmp_path):
    paths = generate_demo(tmp_path, households=2_000, villages=1_200)
    desa = read(paths.villages, "desa")
    assert len(desa) == 1_200
    assert desa["kode_kec"].nunique() > 100
    assert (desa.groupby("kode_kab")["kode_kec"].nunique() <= 99).all()
    psks = read(paths.psks, "psks")
    assert (psks["jenis"] == 10).sum() == desa["kode_kec"].nunique()
    assert len(psks) > 3 * 1_200
