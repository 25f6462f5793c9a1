"""Build the example scenarios shipped for the demo province.

Run from the repository root after the demo data changes:

    python -m resources.scenarios.make_examples

Zones are sets of whole villages chosen from the demo data by stated,
deterministic rules (counts, then village code), so the files keep working
if the demo generator's geometry changes; only the data fingerprint and the
stored results would then be stale (opening says so and re-evaluates).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import numpy as np

from gis.plan.allocation import EligibilityRule
from gis.io.atomicfile import atomic_write_text
from gis.demo.data import demo_paths
from gis.model.importer import load_households
from gis.plan.programs import default_programs
from gis.plan.scenario import Scenario, scenario_document
from gis.plan.suggest import DEFAULT_TARGET, suggest
from gis.model.villages import read_villages
from gis.model.zones import Zone

HERE = Path(__file__).resolve().parent
CREATED = "2025-10-01T00:00:00Z"
AUTHOR = "Contoh Sasaran (data sintetis)"
CORE_PROGRAMS = ("PKH", "SEMBAKO", "PBI")
BUDGET_AB = 12_000_000_000


def _kecamatan_by_need(table, top: int) -> list[int]:
    """Kecamatan with the most desil 1-2 households receiving nothing (ties: code)."""
    v = table.villages
    need = DEFAULT_TARGET.mask(table) & (table.village >= 0)
    per_kec = np.bincount(v.kec_index[table.village[need]], minlength=len(v.kec_codes))
    order = np.lexsort((v.kec_codes, -per_kec))
    return order[:top].tolist()


def _villages_of_kec(table, k: int) -> tuple[str, ...]:
    v = table.villages
    return tuple(sorted(v.codes[v.kec_index == k].tolist()))


def scenario_a(table) -> Scenario:
    s = Scenario(
        name="Skenario A",
        notes=(
            "Tiga kecamatan dengan rumah tangga desil 1-2 belum menerima bantuan terbanyak. "
            "PKH untuk desil 1-2, Sembako desil 1-3, PBI-JK desil 1-4; pagu Rp 12 miliar per tahun."
        ),
        author=AUTHOR,
        programs=default_programs(),
        budget_cap=BUDGET_AB,
        scenario_id="contoh-skenario-a",
        created=CREATED,
    )
    v = table.villages
    for n, k in enumerate(_kecamatan_by_need(table, 3), start=1):
        s.add_zone(
            Zone(f"kec-{n}", f"Kec. {v.kec_names[k]}", villages=_villages_of_kec(table, k)),
            CORE_PROGRAMS,
        )
    s.set_rule("PKH", EligibilityRule(desil=(1, 2)))
    s.set_rule("SEMBAKO", EligibilityRule(desil=(1, 2, 3)))
    return s


def scenario_b(table) -> Scenario:
    s = Scenario(
        name="Skenario B",
        notes=(
            "Desa usulan otomatis: desa dengan rumah tangga desil 1-2 belum menerima bantuan "
            "terbanyak per rupiah (greedy) untuk program dan pagu yang sama dengan Skenario A."
        ),
        author=AUTHOR,
        programs=default_programs(),
        budget_cap=BUDGET_AB,
        scenario_id="contoh-skenario-b",
        created=CREATED,
    )
    rules = {"PKH": EligibilityRule(desil=(1, 2)), "SEMBAKO": EligibilityRule(desil=(1, 2, 3))}
    pick = suggest(table, BUDGET_AB, CORE_PROGRAMS, s.programs, rules=rules)
    s.add_zone(Zone("usulan", "Desa usulan", villages=tuple(sorted(pick.codes))), CORE_PROGRAMS)
    for k, r in rules.items():
        s.set_rule(k, r)
    return s


def scenario_c(table) -> Scenario:
    s = Scenario(
        name="Skenario C",
        notes=(
            "Program daerah: penempatan kerja di kota, dukungan UMKM dengan pendampingan 2 tahun "
            "di kota dan di kecamatan termiskin (zona bertumpang tindih: dibayar sekali)."
        ),
        author=AUTHOR,
        programs=default_programs(),
        budget_cap=8_000_000_000,
        scenario_id="contoh-skenario-c",
        created=CREATED,
    )
    v = table.villages
    kota = tuple(sorted(v.codes[np.char.startswith(v.codes.astype(str), "9971")].tolist()))
    s.add_zone(Zone("kota", "Kota (seluruh kelurahan)", villages=kota), ("KERJA", "UMKM"))
    k = _kecamatan_by_need(table, 1)[0]
    # the poorest kecamatan plus the kota's first kelurahan: a deliberate overlap
    s.add_zone(
        Zone(
            "umkm", f"UMKM Kec. {v.kec_names[k]}", villages=(*_villages_of_kec(table, k), kota[0])
        ),
        ("UMKM",),
    )
    s.set_rule("KERJA", EligibilityRule(desil=(1, 2, 3)))
    s.set_rule("UMKM", EligibilityRule(desil=(2, 3, 4)))
    return s


def main() -> int:
    paths = demo_paths()
    villages = read_villages(paths["villages"])
    table, _ = load_households(paths["households"], villages)
    for make, name in (
        (scenario_a, "skenario_a"),
        (scenario_b, "skenario_b"),
        (scenario_c, "skenario_c"),
    ):
        s = make(table)
        s.evaluate(table)
        doc = scenario_document(s)
        doc["saved_at"] = CREATED  # fixed, so regenerating changes nothing
        out = HERE / f"{name}.skenario.json"
        atomic_write_text(out, json.dumps(doc, ensure_ascii=False, indent=1) + "\n")
        r = s.results
        print(
            f"{out.name}: {len(s.zones)} zona, {r['households_reached']:,} RT terjangkau, "
            f"biaya Rp {r['cost']:,}, terpotong {r['households_cut']:,}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
