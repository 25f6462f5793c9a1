"""``sasaran mentors check|match`` and ``sasaran referrals``: mentors and referrals without a window.

Families and mentors are named by ID only; names and NIP never leave the
program here (the import report masks NIP values).
"""

from __future__ import annotations

import csv
import io
import json
import sys
from pathlib import Path

from desktop.cli import _parse_range
from gis.errors import SasaranError
from gis.numbers import format_number

#: matching errors in the planner's words
_MATCH_ERRORS = {
    "bad_competence": "Mode kompetensi harus hard, soft atau none.",
    "bad_area": "Batas wilayah harus kecamatan atau kabupaten.",
    "bad_priority": "Prioritas harus desil atau none.",
    "bad_max_km": "Jarak maksimum harus lebih dari 0 km.",
    "bad_max_minutes": "Waktu tempuh maksimum harus lebih dari 0 menit.",
    "travel_columns": "Tabel perjalanan {file} harus punya kolom kode desa asal (desa keluarga), "
    "kode desa tujuan (desa pendamping) dan menit atau km; kolom yang ada: {found}.",
    "travel_empty": "Tabel perjalanan {file} tidak memuat satu pun pasangan desa yang dapat "
    "dipakai; periksa kode desa (10 angka Kemendagri) dan nilainya.",
    "travel_bad_fallback": "Nilai untuk desa yang sama harus antara 0 dan batas wajar tabel.",
    "bad_k": "Jumlah kandidat dan penalti tidak boleh negatif.",
    "cost_range": "Jumlah keluarga dan kelas prioritas terlalu besar untuk satu perhitungan; "
    "persempit pilihan keluarga (mis. --desil 1) atau pakai --priority none.",
    "solver_failed": "Pemecah OR-Tools tidak menemukan penyelesaian (status {status}).",
}

_STATUS_WORDS = {
    "OPTIMAL": "optimal",
    "FEASIBLE": "layak, belum terbukti optimal",
}


def register(sub) -> None:
    """Add ``mentors check``, ``mentors match`` and ``referrals`` to the parser."""
    m = sub.add_parser("mentors", help="daftar pendamping keluarga dan pencocokan")
    msub = m.add_subparsers(dest="mentors_command", required=True)

    c = msub.add_parser("check", help="periksa daftar pendamping dan cetak laporan impor")
    c.set_defaults(func=cmd_mentors_check)
    c.add_argument("file", type=Path)
    c.add_argument("--sheet")
    c.add_argument("--layer")
    c.add_argument("--villages", type=Path, help="berkas batas desa untuk memeriksa kode desa")
    c.add_argument("--rejected", type=Path, help="tulis baris bermasalah ke CSV (NIP disamarkan)")
    c.add_argument("--overwrite", action="store_true", help="timpa berkas --rejected yang ada")
    c.add_argument("--json", action="store_true")

    x = msub.add_parser("match", help="cocokkan keluarga dengan pendamping (optimal)")
    x.set_defaults(func=cmd_mentors_match)
    _data_args(x)
    x.add_argument("--mentors", required=True, type=Path, help="daftar pendamping (CSV/XLSX)")
    x.add_argument("--psks", type=Path, help="berkas PSKS: PSM, TKSK, pendamping PKH ikut")
    x.add_argument("--max-km", type=float, default=15.0, help="jarak maksimum (km); 0 = tanpa")
    x.add_argument("--same-area", choices=["kecamatan", "kabupaten"])
    x.add_argument("--competence", choices=["hard", "soft", "none"], default="soft")
    x.add_argument("--penalty-km", type=float, default=5.0, help="penalti kompetensi (soft), km")
    x.add_argument("--priority", choices=["desil", "none"], default="desil")
    x.add_argument(
        "--travel",
        type=Path,
        help="tabel waktu tempuh (menit) atau jarak (km) antar kode desa: desa keluarga -> "
        "desa pendamping; dipakai sebagai ganti jarak garis lurus",
    )
    x.add_argument(
        "--max-minutes", type=float, default=60.0, help="waktu tempuh maksimum (menit; --travel)"
    )
    x.add_argument(
        "--penalty-minutes", type=float, default=10.0, help="penalti kompetensi (soft), menit"
    )
    x.add_argument(
        "--travel-symmetric",
        action="store_true",
        help="pasangan yang tidak ada di tabel memakai nilai arah sebaliknya",
    )
    x.add_argument(
        "--travel-same-village",
        type=float,
        help="nilai untuk keluarga dan pendamping di desa yang sama bila tidak ada di tabel",
    )
    x.add_argument("--out", type=Path, help="tulis penugasan (hanya ID) ke CSV")
    x.add_argument("--overwrite", action="store_true", help="timpa berkas --out yang ada")
    x.add_argument("--json", action="store_true")

    r = sub.add_parser("referrals", help="keluarga yang perlu dirujuk per program, dan sinergi")
    r.set_defaults(func=cmd_referrals)
    _data_args(r)
    r.add_argument("--scenario", type=Path, help="skenario: aturan kelayakan per program")
    r.add_argument("--mentors", type=Path, help="daftar pendamping (untuk sinergi per desa)")
    r.add_argument("--psks", type=Path, help="berkas PSKS (pendamping PSKS untuk sinergi)")
    r.add_argument("--by", choices=["desa", "kecamatan", "kabupaten"])
    r.add_argument(
        "--zones", type=Path, help="zona GeoJSON/GeoPackage: rujukan dan sinergi per zona"
    )
    r.add_argument("--max-km", type=float, default=15.0, help="jangkauan pendamping per desa (km)")
    r.add_argument("--xlsx", type=Path, help="tulis lembar sinergi untuk rapat koordinasi")
    r.add_argument(
        "--lists", type=Path, help="tulis daftar rujukan per desa (XLSX; data pribadi disamarkan)"
    )
    r.add_argument(
        "--with-names",
        action="store_true",
        help="daftar --lists memuat NIK, nama dan alamat (RAHASIA; dicatat di log ekspor)",
    )
    r.add_argument(
        "--village", action="append", default=[], help="kode desa daftar --lists (boleh berulang)"
    )
    r.add_argument("--overwrite", action="store_true", help="timpa berkas --xlsx/--lists yang ada")
    r.add_argument("--json", action="store_true")

    d = msub.add_parser("demo", help="tulis daftar pendamping sintetis untuk provinsi demo")
    d.set_defaults(func=cmd_mentors_demo)
    d.add_argument("--villages", required=True, type=Path, help="batas desa provinsi demo")
    d.add_argument("--out", required=True, type=Path, help="berkas CSV tujuan")
    d.add_argument("--count", type=int, default=400)
    d.add_argument("--seed", type=int, default=2025)
    d.add_argument("--overwrite", action="store_true")


def _data_args(p) -> None:
    p.add_argument("--households", required=True, type=Path)
    p.add_argument("--villages", required=True, type=Path)
    p.add_argument("--layer", help="layer rumah tangga")
    p.add_argument("--desil", default=None, help='mis. "1-2" (bawaan: semua desil)')


def _fail(exc: BaseException) -> int:
    from widgets.base.messages import describe

    code = getattr(exc, "code", None)
    data = dict(getattr(exc, "data", {}))
    if getattr(exc, "path", None) is not None:
        data.setdefault("file", exc.path.name)
    if "found" in data:
        data["found"] = ", ".join(data["found"])
    if code == "unknown_village_code":
        text = "kode desa tidak ada di batas wilayah: " + ", ".join(exc.data["codes"])
        text += ". Periksa kode desa 10 angka (Kemendagri)."
    elif code in _MATCH_ERRORS:
        text = _MATCH_ERRORS[code].format(**data)
    else:
        text = describe(exc)
    print(f"Galat: {text}", file=sys.stderr)
    return 2


def _mask(table, desil):
    import numpy as np

    if not desil:
        return np.ones(len(table), dtype=bool)
    return np.isin(table.desil, _parse_range(desil))


def cmd_mentors_check(args) -> int:
    from gis.io.outputguard import check_targets
    from gis.model.mentors import load_mentors
    from gis.model.villages import VillageTable, read_villages
    from widgets.base.messages import describe_note, problem_label

    try:
        check_targets([p for p in (args.rejected,) if p is not None], args.overwrite)
        villages = read_villages(args.villages) if args.villages else VillageTable.empty()
        table, report = load_mentors(args.file, villages, layer=args.layer, sheet=args.sheet)
        if args.rejected:
            report.write_problems(args.rejected, overwrite=args.overwrite)
    except (SasaranError, FileExistsError) as exc:
        return _fail(exc)
    data = report.to_dict()
    data["notes"] = [describe_note(n) for n in report.notes]
    if not args.villages:
        data["notes"].append("tanpa --villages: kode desa tidak dicocokkan dengan batas wilayah")
    if args.json:
        print(json.dumps(data, ensure_ascii=False, indent=2))
        return 0
    print(f"Laporan impor pendamping: {data['path']}")
    print(f"  Baris dibaca        : {format_number(data['rows_read'])}")
    print(f"  Pendamping dipakai  : {format_number(data['households'])}")
    print(f"  Kapasitas (keluarga): {format_number(data['counts'].get('capacity_total', 0))}")
    print(f"  Instansi/OPD        : {format_number(data['counts'].get('agencies', 0))}")
    print(f"  Baris ditolak       : {format_number(data['rejected'])}")
    for code, n in sorted(data["reasons"].items(), key=lambda kv: -kv[1]):
        print(f"    {format_number(n):>9}  {problem_label(code)}")
    if data["warnings"]:
        print("  Peringatan (data tetap dipakai):")
        for code, n in sorted(data["warnings"].items(), key=lambda kv: -kv[1]):
            print(f"    {format_number(n):>9}  {problem_label(code)}")
    print("  Letak di peta:")
    for label, n in report.places.rows():
        print(f"    {format_number(n):>9}  {label}")
    print("  Pemetaan kolom:")
    for fld, col in data["mapping"].items():
        print(f"    {fld:16s} <- {col}")
    for line in report.not_carried_text():
        print(f"  {line}")
    for note in data["notes"]:
        print(f"  Catatan: {note}")
    return 0


def _load(args):
    from gis.model.importer import load_households
    from gis.model.villages import read_villages

    villages = read_villages(args.villages)
    table, _ = load_households(args.households, villages, layer=args.layer)
    return table


def _pool(args, table):
    from gis.model.mentors import load_mentors, mentors_from_psks
    from gis.model.psks import load_psks

    pool, report = (None, None)
    if args.mentors:
        pool, report = load_mentors(args.mentors, table.villages)
    if args.psks:
        extra = mentors_from_psks(load_psks(args.psks, table.villages)[0])
        pool = extra if pool is None else pool.extend(extra)
    return pool, report


def cmd_mentors_match(args) -> int:
    from gis.io.atomicfile import atomic_write_text
    from gis.io.cells import csv_cell
    from gis.io.outputguard import check_targets
    from gis.plan.family_matching import (
        assignment_header,
        assignment_rows,
        match_families,
        mentor_load,
    )
    from gis.plan.matching import UNASSIGNED_REASONS, MatchRules

    try:
        check_targets([p for p in (args.out,) if p is not None], args.overwrite)
        rules = MatchRules(
            max_km=args.max_km or None,
            same_area=args.same_area,
            competence=args.competence,
            penalty_km=args.penalty_km,
            priority=args.priority,
            max_minutes=args.max_minutes or None,
            penalty_minutes=args.penalty_minutes,
        )
        table = _load(args)
        travel, travel_report = _travel(args, table.villages)
        pool, report = _pool(args, table)
        matching = match_families(table, pool, _mask(table, args.desil), rules, travel=travel)
        rows = assignment_rows(matching, table, pool)
        header = assignment_header(matching.result.unit)
        if args.out:
            buf = io.StringIO()
            w = csv.writer(buf)
            w.writerow(header)
            for row in rows:
                w.writerow([csv_cell(v) for v in row])
            atomic_write_text(args.out, buf.getvalue(), encoding="utf-8-sig")
    except (SasaranError, FileExistsError) as exc:
        return _fail(exc)
    out = matching.summary()
    out["households_file"] = Path(args.households).name
    out["mentors_file"] = Path(args.mentors).name
    out["mentors"] = {
        "pool": len(pool),
        "capacity": int(pool.capacity.sum()),
        "from_psks": int(pool.from_psks.sum()),
        "rejected_rows": report.rejected if report else 0,
    }
    out["load_by_agency"] = mentor_load(matching, pool)
    if travel_report is not None:
        out["travel_table"] = travel_report.to_dict()
    if args.json:
        out["assignments"] = [dict(zip(header, r)) for r in rows]
        print(json.dumps(out, ensure_ascii=False, indent=2))
        return 0
    s, o, n = out["solver"], out["optimised"], out["naive"]
    fmt = format_number
    print(f"Pencocokan pendamping: {fmt(out['families'])} keluarga, {fmt(len(pool))} pendamping")
    print(f"  Jarak: {out['distance']}")
    if travel_report is not None:
        for line in travel_report.lines():
            print(f"  {line}")
    proof = (
        "semua pasangan yang diizinkan ikut dihitung"
        if s["candidates_complete"]
        else f"{s['k']} kandidat terdekat per keluarga, optimal dibuktikan dengan biaya tereduksi"
    )
    status = _STATUS_WORDS.get(s["status"], s["status"])
    print(f"  Pemecah: {s['name']}, status {status}; {proof}")
    print(f"  {'':22s}{'optimal':>14s}{'terdekat-berkapasitas':>24s}")
    print(f"  {'keluarga terdampingi':22s}{fmt(o['assigned']):>14s}{fmt(n['assigned']):>24s}")
    total, label = ("total_minutes", "total waktu (menit)")
    if out["unit"] != "menit":
        total, label = ("total_km", "total jarak (km)")
    print(f"  {label:22s}{fmt(o[total], 1):>14s}{fmt(n[total], 1):>24s}")
    for label, count in o["by_priority"].items():
        print(f"    {label:20s}{fmt(count):>14s}{fmt(n['by_priority'][label]):>24s}")
    if o.get("competence_misfits"):
        print(f"  Dengan pendamping tanpa kompetensi sesuai: {fmt(o['competence_misfits'])}")
    approx = out["approximate_places"]
    if approx["families"]:
        print(
            f"  Keluarga di titik desanya (letak perkiraan): {fmt(approx['families'])}"
            f" ({fmt(approx['assigned'])} terdampingi)"
        )
    print("  Tanpa pendamping, menurut alasan:")
    for code, count in out["unassigned"].items():
        if count:
            print(f"    {fmt(count):>9}  {UNASSIGNED_REASONS[code]}")
    print("  Beban per instansi (keluarga / kapasitas):")
    for row in out["load_by_agency"]:
        print(f"    {row['agency'][:50]:50s} {fmt(row['families']):>7s} / {fmt(row['capacity'])}")
    if args.out:
        print(f"  Penugasan (hanya ID) ditulis: {args.out.name}")
    return 0


def _travel(args, villages):
    """The --travel table and its report (None, None without one)."""
    if args.travel is None:
        return None, None
    from gis.model.travel import read_travel_table

    return read_travel_table(
        args.travel,
        villages,
        symmetric=args.travel_symmetric,
        same_village=args.travel_same_village,
    )


def cmd_mentors_demo(args) -> int:
    from gis.demo.mentors import write_demo_mentors
    from gis.model.villages import read_villages

    try:
        path = write_demo_mentors(
            args.out, read_villages(args.villages), args.count, args.seed, overwrite=args.overwrite
        )
    except (SasaranError, FileExistsError) as exc:
        return _fail(exc)
    print(f"Daftar pendamping demo (data sintetis) ditulis: {path.name}")
    return 0


def _zone_tally(args, table, mask, rules):
    """Referral and receipt counts per zone of ``--zones`` (None without one)."""
    if not args.zones:
        return None
    from gis.model.zonefile import read_zones
    from gis.model.zones import ZoneMasks
    from gis.plan.referral_tally import zone_tally

    masks = ZoneMasks(table)
    zones = [(z.name, masks.mask(z)) for z in read_zones(args.zones)]
    return zone_tally(table, mask, zones, rules)


def cmd_referrals(args) -> int:
    from gis.io.outputguard import check_targets
    from gis.model.indicators import mentor_indicators
    from gis.plan.referrals import STATUS_WORDS, referrals, synergy
    from gis.plan.scenario import open_scenario
    from gis.plan.synergy_export import write_synergy_xlsx

    if (args.with_names or args.village) and not args.lists:
        print("Galat: --with-names dan --village hanya berlaku bersama --lists.", file=sys.stderr)
        return 2
    try:
        check_targets([p for p in (args.xlsx, args.lists) if p is not None], args.overwrite)
        table = _load(args)
        chosen = _villages(table, args.village)
        rules = None
        if args.scenario:
            rules = open_scenario(args.scenario).rules
        pool, _ = _pool(args, table)
        mask = _mask(table, args.desil)
        ref = referrals(table, mask, rules)
        syn = synergy(table, mask, pool.village if pool is not None else None)
        ind = None
        if pool is not None:
            ind = mentor_indicators(table, mask, pool.x, pool.y, pool.capacity, args.max_km)
        per_zone = _zone_tally(args, table, mask, rules)
        if args.xlsx:
            write_synergy_xlsx(
                args.xlsx,
                table,
                ref,
                syn,
                ind,
                overwrite=args.overwrite,
                rules_text="skenario " + args.scenario.name if args.scenario else "",
                zones=per_zone,
            )
        lists = _write_lists(args, table, ref, chosen)
    except (SasaranError, FileExistsError) as exc:
        return _fail(exc)
    out = {
        "households_file": Path(args.households).name,
        "families": len(ref.families),
        "rules": "skenario" if args.scenario else "bawaan: desil 1-4",
        "programs": ref.counts(),
        "synergy": syn,
    }
    if args.by:
        out["by"] = {"level": args.by, "units": ref.by_unit(table, args.by)}
    if per_zone is not None:
        out["zones"] = {"rows": per_zone.rows(), "note": per_zone.note()}
    if lists is not None:
        out["lists"] = {k: v for k, v in lists.items() if k not in ("file", "entry")}
        out["lists"]["file"] = args.lists.name
        out["lists"]["logged"] = lists["entry"] is not None
    if ind is not None:
        out["mentor_gap"] = {
            "max_km": args.max_km,
            "families_needing": int(ind["mentor_need"].numerator.sum()),
            "villages_with_gap": int((ind["mentor_gap"].numerator > 0).sum()),
            "families_in_gap": int(ind["mentor_gap"].numerator.sum()),
        }
    if args.json:
        print(json.dumps(out, ensure_ascii=False, indent=2))
        return 0
    fmt = format_number
    print(f"Rujukan program: {fmt(out['families'])} keluarga (aturan {out['rules']})")
    print(f"  {'program':10s}{'dirujuk':>10s}{'sudah':>10s}{'tdk diketahui':>15s}")
    for key, c in out["programs"].items():
        print(f"  {key:10s}{fmt(c['refer']):>10s}{fmt(c['receives']):>10s}{fmt(c['unknown']):>15s}")
    print(f"  ({STATUS_WORDS['unknown']})")
    p = syn["programs_received"]
    print("Sinergi: keluarga menurut jumlah program diketahui yang diterima")
    for label in ("0", "1", "2", "3+"):
        print(f"    {label:>3s} program: {fmt(p[label])}")
    print(f"    tidak diketahui: {fmt(p['unknown'])}")
    print("  Kombinasi program terbanyak:")
    for combo in syn["combinations"]:
        label = combo["label"] if combo["programs"] else "tanpa program"
        print(f"    {fmt(combo['families']):>9}  {label}")
    if "villages" in syn:
        v = syn["villages"]
        print("  Desa: program dan pendamping")
        print(f"    program dan pendamping : {fmt(v['programs_and_mentors'])}")
        print(f"    program tanpa pendamping: {fmt(v['programs_no_mentor'])}")
        print(f"    pendamping tanpa program: {fmt(v['mentors_no_program'])}")
        print(f"    program tidak diketahui : {fmt(v['programs_unknown'])}")
    if ind is not None:
        g = out["mentor_gap"]
        print(
            f"  Desa dengan kekurangan pendamping (jangkauan {g['max_km']:g} km): "
            f"{fmt(g['villages_with_gap'])} desa, {fmt(g['families_in_gap'])} keluarga"
        )
    if per_zone is not None:
        print("Per zona (keluarga dalam filter; dirujuk per program; program diketahui 0/1/2/3+)")
        for r in out["zones"]["rows"]:
            refer = ", ".join(f"{k} {fmt(v)}" for k, v in r["refer"].items())
            got = "/".join(fmt(r["received"][b]) for b in ("0", "1", "2", "3+"))
            print(f"  {r['zone']}: {fmt(r['families'])} keluarga; dirujuk: {refer}; {got}")
        print(f"  {out['zones']['note']}")
    if args.xlsx:
        print(f"  Lembar sinergi ditulis: {args.xlsx.name}")
    if lists is not None:
        print(_lists_text(args.lists.name, lists))
    if args.by:
        print(f"  Dirujuk per {args.by}:")
        for unit in out["by"]["units"]:
            parts = ", ".join(f"{k} {fmt(n)}" for k, n in unit["refer"].items() if n)
            print(f"    {unit['code']:10s} {unit['name'][:28]:28s} {parts}")
    return 0


class _UnknownVillage(SasaranError):
    """A village code given with --village is not in the boundaries."""


def _villages(table, codes):
    """Village indices of the --village codes (None = every village)."""
    import numpy as np

    if not codes:
        return None
    idx = table.villages.lookup(codes)
    bad = [c for c, i in zip(codes, idx.tolist()) if i < 0]
    if bad:
        raise _UnknownVillage("village", code="unknown_village_code", codes=bad)
    return np.asarray(idx, dtype=np.int64)


def _write_lists(args, table, ref, chosen):
    """The referral lists of --lists: masked, or with names when --with-names (logged)."""
    if not args.lists:
        return None
    from gis.io.exportlog import default_log_path
    from gis.plan.referral_lists import write_referral_lists

    return write_referral_lists(
        args.lists,
        table,
        ref,
        villages=chosen,
        with_names=args.with_names,
        log_path=default_log_path() if args.with_names else None,
        overwrite=args.overwrite,
    )


def _lists_text(name: str, lists: dict) -> str:
    fmt = format_number
    rows = lists["rows"]
    text = (
        f"  Daftar rujukan per desa ditulis: {name} ({fmt(rows['refer'])} rujukan, "
        f"{fmt(rows['unknown'])} penerimaan tidak diketahui, {fmt(lists['families'])} keluarga, "
        f"{fmt(len(lists['villages']))} desa)"
    )
    if lists["entry"] is not None:
        return text + "; memuat nama dan alamat (RAHASIA), dicatat di log ekspor data pribadi"
    return text + "; NIK dan nama disamarkan, tanpa alamat"
