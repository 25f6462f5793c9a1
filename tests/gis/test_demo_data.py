"""The shipped demo province is exactly what the generator makes."""

import numpy as np
import pyogrio

from gis.demo.data import DEMO_HOUSEHOLDS, DEMO_SEED, demo_paths, load_demo_dataset
from gis.demo.province import generate_demo


def test_shipped_demo_matches_the_generator(tmp_path):
    fresh = generate_demo(tmp_path, households=DEMO_HOUSEHOLDS, seed=DEMO_SEED)
    shipped = demo_paths()
    for key, path in (
        ("villages", fresh.villages),
        ("households", fresh.households),
        ("psks", fresh.psks),
    ):
        for layer, _ in pyogrio.list_layers(path):
            a = pyogrio.read_dataframe(shipped[key], layer=layer)
            b = pyogrio.read_dataframe(path, layer=layer)
            assert list(a.columns) == list(b.columns)
            for col in a.columns:
                if col == "geometry":
                    assert (
                        a.geometry.geom_equals_exact(b.geometry, 1e-12).all()
                        or (a.geometry.isna() == b.geometry.isna()).all()
                    )
                else:
                    assert a[col].equals(b[col]), (key, layer, col)


def test_demo_dataset_loads_clean_and_is_marked_synthetic():
    ds = load_demo_dataset()
    assert ds.synthetic and "sintetis" in ds.label
    assert len(ds.households) == DEMO_HOUSEHOLDS
    assert ds.household_report.rejected == 0
    assert ds.household_report.warnings() == {}
    assert 300 <= len(ds.villages) <= 420 and len(ds.villages.kab_codes) == 7
    assert not np.isnan(ds.households.x).any()
    assert 1000 <= len(ds.psks) <= 2500
