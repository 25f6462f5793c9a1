"""Comparing the register with an earlier snapshot: matrix, graduated count, net change map.

The earlier snapshot is built here from the workspace's register with known
entries (families dropped from it), exits (families only in it), moves and
desil changes, so every number shown is known from the construction.
"""

from __future__ import annotations

import dataclasses

import numpy as np
import pytest

from gis.model.households import HouseholdTable
from widgets.map.canvas import MapCanvas
from widgets.map.layers import REGISTRY
from widgets.map.layers.snapshot_change import COLORS, SnapshotChangeLayer, change_classes
from widgets.panels.snapshot_view import LAYER, SnapshotView


def _take(t: HouseholdTable, idx: np.ndarray) -> HouseholdTable:
    n = len(t)
    changes = {
        f.name: getattr(t, f.name)[idx]
        for f in dataclasses.fields(t)
        if isinstance(getattr(t, f.name), np.ndarray) and len(getattr(t, f.name)) == n
    }
    return dataclasses.replace(t, **changes)


def _earlier(t: HouseholdTable, seed: int):
    """An earlier snapshot of ``t`` and the known answer."""
    rng = np.random.default_rng(seed)
    n, nv = len(t), len(t.villages)
    perm = rng.permutation(n)
    entries = np.sort(perm[:200])  # in the register now, not before
    kept = np.sort(perm[200:])
    gone = np.sort(perm[200:380])  # families only in the earlier one (copies, fresh keys)
    old = _take(t, np.concatenate([kept, gone]))
    k, m = len(kept), len(gone)
    old.kk[k:] = np.array([f"99010115038{i:05d}" for i in range(m)], dtype=object)
    old.nik[k:] = np.array([f"99010141029{i:05d}" for i in range(m)], dtype=object)
    old.hh_id[k:] = np.array([f"LAMA-{i}" for i in range(m)], dtype=old.hh_id.dtype)
    pos = rng.permutation(k)
    rerank, moved = pos[:700], pos[700:850]
    old.desil[rerank] = rng.integers(1, 11, len(rerank))
    placed = old.village[moved] >= 0
    moved = moved[placed]
    old.village[moved] = (old.village[moved] + rng.integers(1, nv, len(moved))) % nv
    # the known answer, per village of the register now
    vil_new, vil_old = t.village, old.village
    net = np.zeros(nv, dtype=np.int64)
    np.add.at(net, vil_new[entries][vil_new[entries] >= 0], 1)
    np.add.at(net, vil_old[k:][vil_old[k:] >= 0], -1)
    np.add.at(net, vil_new[kept[moved]], 1)
    np.add.at(net, vil_old[moved], -1)
    d_old, d_new = old.desil[:k].astype(np.int64), t.desil[kept].astype(np.int64)
    transition = np.bincount(d_old * 11 + d_new, minlength=121).reshape(11, 11)
    poor_old = (old.desil >= 1) & (old.desil <= 4)
    graduated = int(np.count_nonzero(poor_old[k:])) + int(
        np.count_nonzero(poor_old[:k] & (d_new >= 5))
    )
    return old, net, transition, graduated


@pytest.fixture
def canvas(qtbot, ws):
    c = MapCanvas(ws)
    qtbot.addWidget(c)
    c.resize(700, 520)
    c.show()
    qtbot.waitExposed(c)
    c.zoom_full()
    c.flush()
    return c


def test_change_layer_is_registered_and_draws_nothing_before_a_comparison(canvas):
    assert SnapshotChangeLayer in REGISTRY
    assert LAYER in [info.name for info in canvas.layers()]
    layer = canvas.layer(LAYER)
    assert not layer.items and layer.legend_entries() == []


@pytest.mark.parametrize("seed", [1, 2])
def test_comparison_equals_the_construction(qtbot, ws, canvas, seed):
    old, net, transition, graduated = _earlier(ws.households, seed)
    view = SnapshotView(ws, canvas)
    qtbot.addWidget(view)
    diff = view.compare_with(old, "dtks_lama.parquet")
    assert np.array_equal(diff.transition, transition)
    assert np.array_equal(view.net, net)
    assert diff.totals()["graduated"] == graduated
    text = view.summary.text().replace(".", "").replace(",", "")
    assert f"{graduated} KK" in text and "dtks_lama" in text
    assert [
        int(view.matrix.item(i, j).text().replace(".", "").replace(",", ""))
        for i in range(11)
        for j in range(11)
    ] == transition.ravel().tolist()
    layer = canvas.layer(LAYER)
    assert np.array_equal(layer.values, net)
    cls, _bound = change_classes(net)
    assert np.array_equal(layer.classes, cls)
    (title, rows), *_ = layer.legend_entries()
    assert [col for _k, col, _l in rows] == list(COLORS)
    assert any(title == t for t, _r in canvas.legend_entries())
    assert not canvas.render_image().isNull()
    # another register: the comparison no longer applies and the map forgets it
    ws.set_data(ws._data)
    assert view.diff is None and layer.values is None and not layer.items


def test_change_classes_are_symmetric_and_zero_is_its_own_class():
    for seed in range(5):
        v = np.random.default_rng(seed).integers(-30, 31, 400)
        cls, big = change_classes(v)
        assert np.array_equal(cls == 2, v == 0)
        assert np.array_equal(cls[v != 0] < 2, v[v != 0] < 0)
        assert np.array_equal(change_classes(-v)[0], 4 - cls)
        assert ((np.abs(v) >= big) == ((cls == 0) | (cls == 4))).all()
    assert (change_classes(np.zeros(7, dtype=np.int64))[0] == 2).all()


def test_an_earlier_register_file_is_read_off_the_interface_thread(
    qtbot, ws, tmp_path, monkeypatch
):
    from gis.model.register_state import write_register_state
    from gis.model.verification import Provenance

    old, net, transition, graduated = _earlier(ws.households, 5)
    path = write_register_state(tmp_path / "dtks_lama.parquet", old, Provenance.empty(len(old)))
    view = SnapshotView(ws)
    qtbot.addWidget(view)
    seen = []
    view.sig_other_changed.connect(lambda table, label: seen.append(label))
    job = view.start_load(path)
    assert not view.load_button.isEnabled()
    assert job.wait(60)
    qtbot.waitUntil(lambda: view.diff is not None, timeout=10_000)
    assert view.load_button.isEnabled() and seen == ["dtks_lama.parquet"]
    assert np.array_equal(view.diff.transition, transition)
    assert np.array_equal(view.net, net)
    assert view.diff.totals()["graduated"] == graduated
    # a file that cannot be read: the planner is told, nothing is compared
    errors = []
    monkeypatch.setattr(
        "widgets.panels.snapshot_view.show_error", lambda _p, title, text: errors.append(text)
    )
    bad = tmp_path / "terhapus.parquet"
    bad.write_bytes(b"PAR1 bukan parquet")
    view.clear()
    job = view.start_load(bad)
    job.wait(60)
    qtbot.waitUntil(lambda: bool(errors), timeout=10_000)
    assert view.diff is None and view.load_button.isEnabled()
    assert str(tmp_path) not in errors[0] and "terhapus.parquet" in errors[0]
