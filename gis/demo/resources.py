"""The social-welfare resources of the demo province: PSKS, PKH facilitators
and civil-servant mentors, with the households each can serve. Part of
:mod:`gis.demo.province`.
"""

from __future__ import annotations

import numpy as np

from gis.demo.facts import RESOURCE_TYPES, SOURCE_LABEL
from gis.demo.geography import _clustered_points, _Geography, _Settlements
from gis.demo.names import _Names

# ---------------------------------------------------------------------------
# Social-welfare resources (PSKS, PKH facilitators, civil-servant mentors)
# ---------------------------------------------------------------------------

# Households one resource can serve (low, high). A civil servant mentors one family.
_CAPACITY = {
    1: (40, 80),
    2: (20, 50),
    3: (50, 150),
    4: (20, 120),
    5: (30, 80),
    6: (100, 250),
    7: (5, 15),
    8: (20, 40),
    9: (100, 300),
    10: (300, 800),
    11: (30, 80),
    12: (50, 500),
    13: (200, 300),
    14: (1, 1),
}
# Count in the default province (390 villages) for kinds placed by weight; where
# they tend to be: "town" (kelurahan), "coast", or "any".
_PLACED = {
    14: (260, "town"),
    3: (40, "coast"),
    4: (25, "town"),
    1: (15, "town"),
    8: (30, "any"),
    9: (10, "town"),
    7: (20, "any"),
    11: (40, "any"),
    12: (15, "town"),
}
_INSTITUTION_WORDS = ("Bina", "Tunas", "Harapan", "Cahaya", "Karya", "Mitra", "Sinar", "Pelita")
_INSTITUTION_NOUNS = ("Muda", "Bangsa", "Sejahtera", "Mandiri", "Bersama", "Kasih", "Peduli")


def _institution_name(kind: int, village: str, kab: str, names: _Names, rng) -> str:
    """Made-up institution names; persons (kinds 1-3, 8-10, 13, 14) get none."""
    word = _INSTITUTION_WORDS[int(rng.integers(len(_INSTITUTION_WORDS)))]
    noun = _INSTITUTION_NOUNS[int(rng.integers(len(_INSTITUTION_NOUNS)))]
    if kind == 4:
        form = ("Yayasan", "Panti Sosial", "LKS")[int(rng.integers(3))]
        return f"{form} {word} {noun} {village}"
    if kind == 5:
        return f"Karang Taruna {word} {noun} {village}"
    if kind == 6:
        return f"LK3 {kab}"
    if kind == 7:
        return f"Keluarga Pioner {village}"
    if kind == 11:
        return f"WKSBM {village}"
    if kind == 12:
        return f"PT {names.core()} {noun}"
    return ""


def _make_psks(rng, geo: _Geography, st: _Settlements, names: _Names, pkh_per_village, disaster):
    """Resource table: kind, village, capacity, institution name and location."""
    n_vill = len(geo.code)
    scale = n_vill / 390
    kinds, villages = [], []

    def add(kind: int, where: np.ndarray) -> None:
        kinds.append(np.full(len(where), kind))
        villages.append(np.asarray(where, dtype=np.int64))

    add(10, geo.kec_centre)  # one TKSK per kecamatan, at its centre
    add(6, geo.kab_seat)  # one LK3 per kabupaten/kota, at the seat
    add(5, np.flatnonzero(rng.random(n_vill) < 0.95))  # Karang Taruna
    add(2, np.repeat(np.arange(n_vill), rng.poisson(1.5, n_vill)))  # PSM
    n_pkh = round(pkh_per_village.sum() / 250)
    if n_pkh:
        # One facilitator per ~250 PKH families, where those families live.
        p = pkh_per_village / pkh_per_village.sum()
        add(13, np.repeat(np.arange(n_vill), rng.multinomial(n_pkh, p)))
    weights = {
        "town": np.where(geo.kelurahan, 8.0, 1.0),
        "coast": np.where(disaster, 10.0, np.where(geo.coastal, 3.0, 1.0)),
        "any": np.ones(n_vill),
    }
    for kind, (count, where) in _PLACED.items():
        w = weights[where]
        add(kind, np.repeat(np.arange(n_vill), rng.multinomial(round(count * scale), w / w.sum())))
    kind = np.concatenate(kinds)
    village = np.concatenate(villages)
    order = np.lexsort((kind, village))
    kind, village = kind[order], village[order]

    low = np.array([_CAPACITY[k][0] for k in kind])
    high = np.array([_CAPACITY[k][1] for k in kind])
    capacity = rng.integers(low, high + 1)
    kab_of = geo.kec_kab[geo.kec]
    lembaga = [
        _institution_name(k, geo.name[v], geo.kab_name[kab_of[v]], names, rng)
        for k, v in zip(kind.tolist(), village.tolist())
    ]
    # Offices and homes sit in the settlements like everyone else.
    pick = st.offset[village] + (rng.random(len(village)) * st.count[village]).astype(np.int64)
    xy = _clustered_points(geo.geoms, village, st.xy[pick], st.sigma[village], rng)
    width = max(5, len(str(len(kind))))
    return {
        "id_psks": [f"DEMO-PSKS-{i:0{width}d}" for i in range(1, len(kind) + 1)],
        "jenis": kind.astype(np.int32),
        "jenis_nama": [RESOURCE_TYPES[k] for k in kind.tolist()],
        "nama_lembaga": lembaga,
        "kode_desa": geo.code[village],
        "kapasitas": capacity.astype(np.int32),
        "sumber": [SOURCE_LABEL] * len(kind),
    }, xy
