"""The household register of the demo province: desil, members, PPKS,
program receipt (with exclusion and inclusion errors), NIK, KK, names and
addresses, vectorised over households and written in Arrow batches. Part
of :mod:`gis.demo.province`.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from gis.demo.facts import BDT_2015_BABEL, HOUSEHOLD_SOURCE, SNAPSHOT_DATE, _Reporter
from gis.demo.geography import (
    _clustered_points,
    _Geography,
    _largest_remainder,
    _Settlements,
)
from gis.demo.names import _Names

# ---------------------------------------------------------------------------
# Households
# ---------------------------------------------------------------------------

# Share of households per desil: 85 % in desil 1-4 with the BDT 2015 ratio,
# 15 % in desil 5-10 falling with the desil.
_BDT_HH = np.array([BDT_2015_BABEL[d][0] for d in (1, 2, 3, 4)], dtype=float)
_DESIL_SHARE = np.concatenate(
    [0.85 * _BDT_HH / _BDT_HH.sum(), 0.15 * np.arange(6, 0, -1) / np.arange(6, 0, -1).sum()]
)
# Mean household size per desil: BDT persons per household, 3.5 above desil 4.
_MEAN_SIZE = np.concatenate(
    [[BDT_2015_BABEL[d][1] / BDT_2015_BABEL[d][0] for d in (1, 2, 3, 4)], np.full(6, 3.5)]
)
# Relative vulnerability by desil: poorer households carry more PPKS.
_POVERTY_WEIGHT = np.array([1.8, 1.5, 1.15, 0.85, 0.5, 0.4, 0.3, 0.22, 0.16, 0.12])
_FAKIR_MISKIN = np.array([0.93, 0.88, 0.75, 0.4, 0.12, 0.05, 0.02, 0.01, 0.005, 0.005])

# Programs. A household is first "reached" by the social-assistance system or
# not (not reached in desil 1-2 = exclusion error, reached in desil 7-10 =
# inclusion error); the programs a reached household receives are drawn so that
# their overall share per desil is the one below.
_PROGRAMS = ("pkh", "sembako", "pip", "pbi", "listrik")
_REACHED = np.array([0.76, 0.75, 0.72, 0.65, 0.4, 0.25, 0.06, 0.05, 0.045, 0.04])
_PROGRAM_SHARE = {
    "pkh": np.array([0.40, 0.33, 0.25, 0.15, 0.08, 0.05, 0.02, 0.02, 0.02, 0.02]),
    "sembako": np.array([0.55, 0.46, 0.36, 0.22, 0.10, 0.06, 0.025, 0.025, 0.02, 0.02]),
    "pip": np.array([0.30, 0.26, 0.20, 0.12, 0.06, 0.04, 0.01, 0.01, 0.008, 0.008]),
    "pbi": np.array([0.65, 0.62, 0.58, 0.52, 0.30, 0.18, 0.03, 0.03, 0.025, 0.025]),
    "listrik": np.array([0.55, 0.50, 0.45, 0.30, 0.15, 0.08, 0.02, 0.02, 0.015, 0.015]),
}


@dataclass
class _Households:
    """Numeric columns of the register; strings are built per written batch."""

    village: np.ndarray  # int32 village index (households sorted by village)
    desil: np.ndarray  # int8 1..10
    size: np.ndarray  # int16 >= 1
    ppks: np.ndarray  # uint32 bit mask: bit c-1 set = PPKS code c
    programs: np.ndarray  # uint8 bit mask in _PROGRAMS order
    settlement: np.ndarray  # int32 global settlement index
    rt: np.ndarray  # int16
    first_name: np.ndarray  # int32 index into the given-name pool
    second_name: np.ndarray  # int32 index into the second-name pool, -1 = none
    nik: np.ndarray  # int64
    no_kk: np.ndarray  # int64
    has_xy: np.ndarray  # bool
    xy: np.ndarray  # (has_xy.sum(), 2) float64, in household order
    given_names: np.ndarray  # pool: male names then female names
    second_names: np.ndarray


def _with_serial(prefix: np.ndarray) -> np.ndarray:
    """Append a 4-digit serial that makes every number unique within its prefix.

    ``prefix`` (int64) is consumed: the result is built in its memory.
    """
    n = len(prefix)
    order = np.argsort(prefix, kind="stable")
    sorted_prefix = prefix[order]
    first = np.ones(n, dtype=bool)
    first[1:] = sorted_prefix[1:] != sorted_prefix[:-1]
    del sorted_prefix
    # Position of each row in the sorted order minus the start of its group.
    rank = np.arange(n, dtype=np.int64)
    rank -= np.maximum.accumulate(np.where(first, rank, 0))
    if n and rank.max() >= 9999:  # pragma: no cover - needs 10^4 people born the same day
        raise RuntimeError("serial overflow")
    prefix *= 10_000
    prefix[order] += rank + 1
    return prefix


def _date_digits(rng, year: np.ndarray) -> np.ndarray:
    """A random day (no 29 February) of each ``year`` as int64 ``DDMMYY``."""
    n = len(year)
    month = rng.integers(1, 13, n, dtype=np.int64)
    days = np.array([31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31])[month - 1]
    ddmmyy = (1 + (rng.random(n) * days).astype(np.int64)) * 10_000
    ddmmyy += month * 100
    ddmmyy += year % 100
    return ddmmyy


def _make_households(rng, geo: _Geography, st: _Settlements, names: _Names, n: int, report):
    n_vill = len(geo.code)
    n_kec = len(geo.kec_code)
    kec_effect = rng.normal(0.0, 0.55, n_kec)

    # Where households are: kelurahan are denser, small islands thinner.
    weight = rng.lognormal(0.0, 0.45, n_vill)
    weight *= np.where(geo.kelurahan, 2.2, 1.0) * np.where(geo.small_island, 0.8, 1.0)
    weight *= (geo.area / geo.area.mean()) ** 0.35
    per_village = rng.multinomial(n, weight / weight.sum())
    village = np.repeat(np.arange(n_vill, dtype=np.int32), per_village)

    # Remote villages and isolated communities (KAT), disaster-struck coasts.
    n_kat = max(2, round(n_vill * 0.008))
    remote_desa = np.flatnonzero(~geo.kelurahan & (geo.remote > np.quantile(geo.remote, 0.9)))
    kat = rng.choice(remote_desa, min(n_kat, len(remote_desa)), replace=False)
    coastal = np.flatnonzero(geo.coastal & ~geo.small_island)
    disaster = np.zeros(n_vill, dtype=bool)
    per_cluster = max(1, round(n_vill * 0.025 / 3))
    for c in rng.choice(coastal, 3, replace=False):
        near = coastal[np.argsort(np.hypot(*(geo.rep[coastal] - geo.rep[c]).T))]
        disaster[near[:per_cluster]] = True
    is_kat = np.zeros(n_vill, dtype=bool)
    is_kat[kat] = True

    # Poverty clusters in space: kecamatan and village effects, remoteness,
    # islands; towns are better off. Desil comes from the rank of a latent
    # score, so the province-wide shares are exact.
    poverty = (
        kec_effect[geo.kec]
        + rng.normal(0.0, 0.3, n_vill)
        + 0.8 * geo.remote
        - 0.45 * geo.kelurahan
        + 0.35 * geo.small_island
        + 0.8 * is_kat
    )
    score = poverty[village] + rng.normal(0.0, 1.0, n)
    per_desil = _largest_remainder(n, _DESIL_SHARE)
    desil = np.empty(n, dtype=np.int8)
    desil[np.argsort(-score, kind="stable")] = np.repeat(np.arange(1, 11, dtype=np.int8), per_desil)
    del score
    d = desil.astype(np.intp) - 1
    size = (1 + rng.poisson(_MEAN_SIZE[d] - 1.0)).astype(np.int16)
    report(0.3, "Rumah tangga: desil")

    # PPKS, more often in poorer households.
    w = _POVERTY_WEIGHT[d]
    small_hh = size <= 2
    children = size >= 3

    def draw(share: float, factor: np.ndarray) -> np.ndarray:
        # Scale the relative risk so that the province-wide share is ``share``.
        mean = factor.mean() if n else 0.0
        return rng.random(n) < (factor * (share / mean) if mean > 0 else factor)

    ppks = np.zeros(n, dtype=np.uint32)
    flags = {
        24: rng.random(n) < _FAKIR_MISKIN[d],
        8: draw(0.04, w * np.where(small_hh, 2.2, 0.7)),
        9: draw(0.04, w),
        5: draw(0.01, w * children),
        23: draw(0.03, w * np.where(size <= 3, 1.8, 0.6)),
        21: rng.random(n) < np.where(disaster[village], 0.45, 0.0015) * (0.7 + 0.3 * w),
        26: rng.random(n) < np.where(is_kat[village], 0.75, 0.0),
        16: draw(0.001, w),
        17: draw(0.003, w * np.where(geo.kelurahan[village], 2.0, 1.0)),
        15: draw(0.004, w),
        2: draw(0.005, w * children),
    }
    for code, flag in flags.items():
        ppks |= flag.astype(np.uint32) << np.uint32(code - 1)
    elderly = flags[8]
    disabled = flags[9] | flags[5]
    prse = flags[23]
    del flags
    report(0.34, "Rumah tangga: PPKS")

    # Programs: reached or not (village coverage varies, remote is worse), then
    # each program with the share that gives the target overall rate.
    coverage = np.exp(rng.normal(0.0, 0.12, n_vill) - 0.25 * geo.remote)
    if n:
        coverage /= coverage[village].mean()
    reached = rng.random(n) < np.clip(_REACHED[d] * coverage[village], 0.0, 0.97)
    programs = np.zeros(n, dtype=np.uint8)
    by_desil = np.bincount(d, minlength=10).clip(1)
    for bit, prog in enumerate(_PROGRAMS):
        q = _PROGRAM_SHARE[prog][d] / _REACHED[d]
        if prog == "pkh":
            # PKH pays per component: children, the elderly and the disabled.
            f = 0.55 + 0.15 * (size - 1) + 0.4 * (elderly | disabled)
        elif prog == "pip":
            f = children.astype(float)
        else:
            f = np.ones(n)
        f = f / (np.bincount(d, weights=f, minlength=10) / by_desil)[d].clip(1e-9)
        got = reached & (rng.random(n) < q * f)
        programs |= got.astype(np.uint8) << np.uint8(bit)
    # A reached household receives at least one program (PBI, the broadest).
    programs[reached & (programs == 0)] |= np.uint8(1 << _PROGRAMS.index("pbi"))
    report(0.38, "Rumah tangga: program")

    del d, w, small_hh, disabled
    # Address: a hamlet of the village and an RT in it.
    settlement = (st.offset[village] + (rng.random(n) * st.count[village]).astype(np.int64)).astype(
        np.int32
    )
    rt = (1 + rng.random(n) * st.rt[settlement]).astype(np.int16)

    # Head of household: sex, name, birth date. Women head PRSE households
    # and many elderly ones.
    female = rng.random(n) < np.where(prse, 1.0, np.where(elderly, 0.35, 0.12))
    male_pool = names.person_pool(500, female=False)
    female_pool = names.person_pool(400, female=True)
    second_pool = np.array([names.core() for _ in range(700)], dtype=object)
    first_name = rng.integers(0, len(male_pool), n, dtype=np.int32)
    first_name[female] = len(male_pool) + rng.integers(
        0, len(female_pool), int(female.sum()), dtype=np.int32
    )
    second_name = rng.integers(0, len(second_pool), n, dtype=np.int32)
    second_name[rng.random(n) >= 0.7] = -1  # many Indonesians carry a single name
    age = np.clip(rng.normal(46.0, 12.0, n), 18, 80).astype(np.int64)
    parent = children & ~elderly
    age[parent] = np.clip(age[parent], 20, 62)
    age[elderly] = rng.integers(60, 89, int(elderly.sum()))
    del parent, children, elderly, prse

    # NIK: issuing region (where the person was first registered: a few moved
    # in from another kecamatan), birth date (day + 40 for women), serial.
    # KK: the family's current kecamatan, issue date, serial.
    kec_region = np.array([int(c.replace(".", "")) for c in geo.kec_code], dtype=np.int64)
    moved = np.flatnonzero(rng.random(n) < 0.05)
    nik = kec_region[geo.kec[village]]
    nik[moved] = kec_region[rng.integers(0, n_kec, moved.size)]
    nik *= 1_000_000
    birth = _date_digits(rng, 2025 - age)
    birth += female * 400_000
    nik += birth
    del birth, age, moved
    nik = _with_serial(nik)
    no_kk = kec_region[geo.kec[village]]
    no_kk *= 1_000_000
    no_kk += _date_digits(rng, rng.integers(2008, 2025, n))
    no_kk = _with_serial(no_kk)
    report(0.42, "Rumah tangga: NIK dan KK")

    # Coordinates for about half: verification rounds covered some kecamatan
    # more than others.
    coord_rate = rng.uniform(0.3, 0.7, n_kec)
    has_xy = rng.random(n) < coord_rate[geo.kec[village]]
    located = np.flatnonzero(has_xy)
    xy = _clustered_points(
        geo.geoms,
        village[located],
        st.xy[settlement[located]],
        st.sigma[village[located]],
        rng,
    )
    report(0.5, "Rumah tangga: koordinat")
    return (
        _Households(
            village=village,
            desil=desil,
            size=size,
            ppks=ppks,
            programs=programs,
            settlement=settlement,
            rt=rt,
            first_name=first_name,
            second_name=second_name,
            nik=nik,
            no_kk=no_kk,
            has_xy=has_xy,
            xy=xy,
            given_names=np.array(male_pool + female_pool, dtype=object),
            second_names=second_pool,
        ),
        disaster,
    )


def _ppks_text(masks: np.ndarray) -> pa.Array:
    """``"24;8;9"``: Fakir Miskin first (the defining one), then ascending codes."""
    unique, inverse = np.unique(masks, return_inverse=True)
    texts = []
    for m in unique.tolist():
        codes = [c for c in range(1, 27) if m >> (c - 1) & 1]
        if 24 in codes:
            codes = [24] + [c for c in codes if c != 24]
        texts.append(";".join(str(c) for c in codes))
    return pa.array(texts, pa.string()).take(pa.array(inverse.astype(np.int32)))


def _wkb_points(xy: np.ndarray, valid: np.ndarray) -> pa.Array:
    """Point WKB per row, null where ``valid`` is False, without shapely objects."""
    n = len(valid)
    rec = np.empty(len(xy), dtype=[("order", "u1"), ("kind", "<u4"), ("x", "<f8"), ("y", "<f8")])
    rec["order"] = 1  # little endian
    rec["kind"] = 1  # Point
    rec["x"] = xy[:, 0]
    rec["y"] = xy[:, 1]
    offsets = np.zeros(n + 1, dtype=np.int32)
    np.cumsum(np.where(valid, 21, 0), out=offsets[1:])
    bitmap = pa.py_buffer(np.packbits(valid, bitorder="little"))
    return pa.Array.from_buffers(
        pa.binary(),
        n,
        [bitmap, pa.py_buffer(offsets), pa.py_buffer(rec.tobytes())],
        null_count=int(n - valid.sum()),
    )


_HOUSEHOLD_SCHEMA = pa.schema(
    [
        ("id_keluarga", pa.string()),
        ("kode_desa", pa.string()),
        ("alamat", pa.string()),
        ("desil", pa.int32()),
        ("jumlah_anggota", pa.int32()),
        ("ppks", pa.string()),
        *[(f"penerima_{p}", pa.string()) for p in _PROGRAMS],
        ("nama", pa.string()),
        ("nik", pa.string()),
        ("no_kk", pa.string()),
        ("sumber", pa.string()),
        ("tanggal_data", pa.string()),
        ("geom", pa.binary()),
    ]
)


def _household_batches(
    hh: _Households, geo: _Geography, st: _Settlements, report: _Reporter, batch: int = 65_536
) -> Iterator[pa.RecordBatch]:
    n = len(hh.village)
    width = max(7, len(str(n)))
    codes = pa.array(geo.code, pa.string())
    labels = pa.array(st.label, pa.string())
    rw = pa.array([f" RW {r:03d}" for r in st.rw], pa.string())
    numbers = pa.array([f"{i:03d}" for i in range(1000)], pa.string())
    given = pa.array(hh.given_names.astype(str), pa.string())
    second = pa.array(hh.second_names.astype(str), pa.string())
    xy_start = np.r_[0, np.cumsum(hh.has_xy)]
    for start in range(0, n, batch):
        report.check()
        stop = min(n, start + batch)
        rows = slice(start, stop)
        ids = pc.utf8_lpad(
            pc.cast(pa.array(np.arange(start + 1, stop + 1)), pa.string()), width, "0"
        )
        settlement = pa.array(hh.settlement[rows])
        second_idx = hh.second_name[rows]
        second_names = second.take(pa.array(np.maximum(second_idx, 0), mask=second_idx < 0))
        columns = {
            "id_keluarga": pc.binary_join_element_wise("DEMO-", ids, ""),
            "kode_desa": codes.take(pa.array(hh.village[rows])),
            "alamat": pc.binary_join_element_wise(
                labels.take(settlement),
                numbers.take(pa.array(hh.rt[rows].astype(np.int32))),
                rw.take(settlement),
                "",
            ),
            "desil": pa.array(hh.desil[rows].astype(np.int32)),
            "jumlah_anggota": pa.array(hh.size[rows].astype(np.int32)),
            "ppks": _ppks_text(hh.ppks[rows]),
        }
        for bit, prog in enumerate(_PROGRAMS):
            got = pa.array((hh.programs[rows] >> bit) & 1 == 1)
            columns[f"penerima_{prog}"] = pc.if_else(got, "Ya", "Tidak")
        columns["nama"] = pc.binary_join_element_wise(
            given.take(pa.array(hh.first_name[rows])),
            second_names,
            " ",
            null_handling="skip",
        )
        columns["nik"] = pc.cast(pa.array(hh.nik[rows]), pa.string())
        columns["no_kk"] = pc.cast(pa.array(hh.no_kk[rows]), pa.string())
        columns["sumber"] = pa.repeat(pa.scalar(HOUSEHOLD_SOURCE), stop - start)
        columns["tanggal_data"] = pa.repeat(pa.scalar(SNAPSHOT_DATE), stop - start)
        columns["geom"] = _wkb_points(hh.xy[xy_start[start] : xy_start[stop]], hh.has_xy[rows])
        yield pa.record_batch(columns, schema=_HOUSEHOLD_SCHEMA)
        report(0.5 + 0.35 * stop / max(n, 1), "Menulis rumah tangga")
