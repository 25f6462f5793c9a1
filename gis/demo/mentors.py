"""A synthetic mentor pool for the demo province: civil servants across agencies.

The flow "mentors matched to families" must run with no user data, so the
demo has a mentor list shaped like a BKD export (name, NIP, OPD, village
code, optional coordinates, competences, capacity), drawn deterministically
from a seed over the demo villages; the demo's PSKS persons join it through
:func:`gis.model.mentors.mentors_from_psks`. Offices sit mostly in
kelurahan (towns), as in the real provinces. Every name and NIP is made up:
the NIPs have a valid shape (birth date, appointment month, sex, sequence)
but belong to nobody.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

import numpy as np

from gis.demo.province import _Names
from gis.io.atomicfile import atomic_write_text
from gis.io.cells import csv_cell
from gis.io.outputguard import check_target
from gis.model.mentors import competences
from gis.model.villages import VillageTable

#: agencies (OPD) that lend mentors, with their share of the pool and the
#: competences their staff most often bring
AGENCIES = (
    ("Dinas Sosial", 0.14, ("lansia", "disabilitas", "psikososial", "adminduk")),
    ("Dinas Pendidikan", 0.22, ("pendidikan_anak",)),
    ("Dinas Kesehatan", 0.16, ("kesehatan", "lansia")),
    ("Dinas Koperasi dan UKM", 0.08, ("umkm",)),
    ("Dinas Pertanian", 0.10, ("pertanian", "umkm")),
    ("Dinas Kependudukan dan Pencatatan Sipil", 0.06, ("adminduk",)),
    (
        "Dinas Pemberdayaan Perempuan dan Perlindungan Anak",
        0.06,
        ("psikososial", "pendidikan_anak"),
    ),
    ("Sekretariat Daerah", 0.10, ()),
    ("Badan Perencanaan Pembangunan Daerah", 0.08, ("umkm",)),
)
COLUMNS = (
    "id_pendamping",
    "nama",
    "nip",
    "opd",
    "kode_desa",
    "lon",
    "lat",
    "kompetensi",
    "kapasitas",
)
DEMO_MENTOR_SEED = 2025
DEMO_MENTORS = 400


def demo_mentor_columns(
    villages: VillageTable, count: int = DEMO_MENTORS, seed: int = DEMO_MENTOR_SEED
) -> dict[str, list]:
    """The demo mentor list as columns (see :data:`COLUMNS`), the same for the same inputs."""
    rng = np.random.default_rng(np.random.SeedSequence([seed, 14]))
    names = _Names(rng)
    given = names.person_pool(max(8, count // 4), female=False) + names.person_pool(
        max(8, count // 4), female=True
    )
    codes = np.asarray(villages.codes).astype(str)
    town = np.array([c[-4] == "1" for c in codes]) if len(codes) else np.zeros(0, bool)
    weight = np.where(town, 8.0, 1.0)
    village = rng.choice(len(codes), size=count, p=weight / weight.sum())
    shares = np.array([a[1] for a in AGENCIES])
    agency = rng.choice(len(AGENCIES), size=count, p=shares / shares.sum())
    known = {c for c, _ in competences()}
    # the village point stands in for the office; half the list carries coordinates
    from gis.model.placement import place_approximately

    px, py = place_approximately(villages, village)
    with_xy = rng.random(count) < 0.5
    cols: dict[str, list] = {c: [] for c in COLUMNS}
    for i in range(count):
        a_name, _, comp = AGENCIES[agency[i]]
        comp = [c for c in comp if c in known]
        k = int(rng.integers(0, min(2, len(comp)) + 1)) if comp else 0
        picked = sorted(rng.choice(comp, size=k, replace=False).tolist()) if k else []
        year = int(rng.integers(1970, 1998))
        birth = f"{year}{int(rng.integers(1, 13)):02d}{int(rng.integers(1, 29)):02d}"
        start = f"{year + int(rng.integers(22, 28))}{int(rng.integers(1, 13)):02d}"
        sex = int(rng.integers(1, 3))
        cols["id_pendamping"].append(f"DEMO-ASN-{i + 1:05d}")
        first = given[int(rng.integers(len(given)))]
        cols["nama"].append(f"{first} {names.core()}")
        cols["nip"].append(f"{birth}{start}{sex}{i % 1000:03d}")
        cols["opd"].append(a_name)
        cols["kode_desa"].append(str(codes[village[i]]))
        ok = with_xy[i] and not np.isnan(px[i])
        jx, jy = rng.normal(0, 0.004, 2)
        cols["lon"].append(f"{px[i] + jx:.5f}" if ok else "")
        cols["lat"].append(f"{py[i] + jy:.5f}" if ok else "")
        cols["kompetensi"].append("; ".join(picked))
        cols["kapasitas"].append(str(int(rng.choice([1, 1, 2, 3, 5]))))
    return cols


def write_demo_mentors(
    path,
    villages: VillageTable,
    count: int = DEMO_MENTORS,
    seed: int = DEMO_MENTOR_SEED,
    overwrite: bool = False,
) -> Path:
    """Write the demo mentor list as a CSV (checked target, written atomically)."""
    path = check_target(path, overwrite)
    cols = demo_mentor_columns(villages, count, seed)
    buf = io.StringIO()
    w = csv.writer(buf)
    w.writerow(COLUMNS)
    for row in zip(*(cols[c] for c in COLUMNS)):
        w.writerow([csv_cell(v) for v in row])
    return atomic_write_text(path, buf.getvalue(), encoding="utf-8-sig")
