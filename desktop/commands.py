"""Headless subcommands of ``sasaran``: each parses nothing, prints, returns an exit code."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from desktop.cli import _csv_list, _parse_range, _progress_printer
from desktop.commands_project import (
    DataOptionsError,
    add_project_option,
    load_project,
    project_message,
    require_data,
)
from gis.errors import SasaranError
from gis.numbers import format_number
from widgets.base.messages import describe, describe_boundaries, describe_note, problem_label


def register(sub) -> None:
    """Add demo, check and stats to the ``sasaran`` parser (``bench``: desktop.bench)."""
    d = sub.add_parser("demo", help="tulis provinsi demo sintetis (GeoPackage)")
    d.set_defaults(func=cmd_demo)
    d.add_argument("--out", required=True, type=Path, help="folder tujuan")
    d.add_argument("--households", type=int, default=65_000)
    d.add_argument("--villages", type=int, default=390)
    d.add_argument("--seed", type=int, default=2025)
    d.add_argument("--overwrite", action="store_true", help="timpa berkas yang sudah ada")

    c = sub.add_parser(
        "check", help="periksa berkas rumah tangga atau PSKS dan cetak laporan impor"
    )
    c.set_defaults(func=cmd_check)
    c.add_argument("file", type=Path)
    c.add_argument("--layer")
    c.add_argument("--sheet")
    c.add_argument("--villages", type=Path, help="berkas batas desa untuk memeriksa kode desa")
    c.add_argument("--mapping", type=Path, help="pemetaan kolom tersimpan (JSON)")
    c.add_argument(
        "--crosswalk", type=Path, help="tabel padanan kode desa BPS-Kemendagri (CSV/XLSX)"
    )
    c.add_argument("--save-mapping", type=Path, help="simpan pemetaan kolom yang dipakai (JSON)")
    c.add_argument("--rejected", type=Path, help="tulis baris bermasalah ke CSV")
    c.add_argument(
        "--overwrite", action="store_true", help="timpa berkas --rejected/--save-mapping yang ada"
    )
    c.add_argument("--json", action="store_true")

    s = sub.add_parser("stats", help="hitung rumah tangga per desil, PPKS, program, wilayah")
    s.set_defaults(func=cmd_stats)
    s.add_argument("--households", type=Path, help="berkas rumah tangga (atau --project)")
    s.add_argument("--villages", type=Path, help="berkas batas desa (atau --project)")
    s.add_argument("--psks", type=Path, help="berkas PSKS")
    s.add_argument("--layer", help="layer rumah tangga")
    s.add_argument(
        "--crosswalk", type=Path, help="tabel padanan kode desa BPS-Kemendagri (CSV/XLSX)"
    )
    s.add_argument("--desil", default=None, help='mis. "1-4" (bawaan: semua desil)')
    s.add_argument("--ppks", default=None, help='kode PPKS, mis. "8,9,24"')
    s.add_argument(
        "--receives", default=None, help='menerima salah satu program, mis. "PKH,SEMBAKO"'
    )
    s.add_argument(
        "--lacks",
        default=None,
        help='tidak menerima semua program ini; "*" = tidak menerima apa pun',
    )
    s.add_argument("--zone", type=Path, help="zona GeoJSON (satu atau beberapa poligon)")
    s.add_argument("--by", choices=["desa", "kecamatan", "kabupaten"])
    s.add_argument("--json", action="store_true")
    add_project_option(s)


def _fail(exc: BaseException) -> int:
    print(f"Galat: {project_message(exc) or describe(exc)}", file=sys.stderr)
    return 2


def cmd_demo(args) -> int:
    from gis.demo.province import generate_demo

    try:
        paths = generate_demo(
            args.out,
            households=args.households,
            seed=args.seed,
            villages=args.villages,
            overwrite=args.overwrite,
            progress=_progress_printer(True),
        )
    except (SasaranError, FileExistsError) as exc:
        return _fail(exc)
    print("Provinsi demo (data sintetis) ditulis:")
    for label, path in (
        ("batas wilayah", paths.villages),
        ("rumah tangga", paths.households),
        ("PSKS", paths.psks),
    ):
        print(f"  {label:14s} {path}")
    return 0


def _is_psks(columns) -> bool:
    from gis.io.mapping import recognise

    fields = recognise(list(columns)).fields
    return "psks_type" in fields and "desil" not in fields


def cmd_check(args) -> int:
    from gis.io.crosswalk import read_crosswalk
    from gis.io.mapping import ColumnMapping
    from gis.io.outputguard import check_targets
    from gis.io.readers import read_table
    from gis.model.importer import build_households
    from gis.model.psks import build_psks
    from gis.model.villages import VillageTable, read_villages

    try:
        # every output is checked before the (slow) reading, and before any is written
        outputs = [p for p in (args.save_mapping, args.rejected) if p is not None]
        check_targets(outputs, args.overwrite)
        villages = read_villages(args.villages) if args.villages else VillageTable.empty()
        raw = read_table(args.file, args.layer, sheet=args.sheet)
        if _is_psks(raw.frame.columns) and args.mapping is None:
            _, report = build_psks(raw, villages)
        else:
            mapping = (
                ColumnMapping.load(args.mapping, list(raw.frame.columns)) if args.mapping else None
            )
            crosswalk = read_crosswalk(args.crosswalk) if args.crosswalk else None
            _, report = build_households(raw, villages, mapping=mapping, crosswalk=crosswalk)
            if args.save_mapping:
                from gis.io.mapping import recognise

                mapping = mapping or recognise(list(raw.frame.columns))
                mapping.save(args.save_mapping, overwrite=args.overwrite)
        if args.rejected:
            report.write_problems(args.rejected, overwrite=args.overwrite)
    except (SasaranError, FileExistsError) as exc:
        return _fail(exc)
    if not args.villages:
        report.notes.append("tanpa --villages: kode desa tidak dicocokkan dengan batas wilayah")
    data = report.to_dict()
    data["notes"] = [describe_note(n) for n in report.notes]
    if args.villages:
        # every boundary feature left out or repaired is counted, by reason
        data["boundaries"] = {
            "path": villages.source,
            "villages": len(villages),
            "problems": dict(villages.problems),
        }
    if args.json:
        print(json.dumps(data, ensure_ascii=False, indent=2))
        return 0
    where = "lembar" if raw.format == "xlsx" else "layer"
    print(
        f"Laporan impor: {data['path']}" + (f" ({where} {data['layer']})" if data["layer"] else "")
    )
    if data["layout"] == "PSKS":
        print("  Jenis berkas        : PSKS dan sumber daya kesejahteraan sosial")
    elif data["layout"]:
        print(f"  Tata letak dikenali : {data['layout']} ({data['level']})")
    print(f"  Baris dibaca        : {format_number(data['rows_read'])}")
    print(f"  Rumah tangga/unit   : {format_number(data['households'])}")
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
    if data["unknown_village_codes"]:
        codes = ", ".join(f"{c} ({n})" for c, n in list(data["unknown_village_codes"].items())[:10])
        print(f"  Kode desa tak dikenal: {codes}")
    print("  Pemetaan kolom:")
    for fld, col in data["mapping"].items():
        print(f"    {fld:16s} <- {col}")
    for key, cols in data["programs"].items():
        print(f"    program {key:8s} <- {', '.join(cols)}")
    if data["unmapped"]:
        print(f"  Kolom tidak dipetakan ({len(data['unmapped'])}): {', '.join(data['unmapped'])}")
    # what the file does not carry is unknown for every household, never "no" or 0
    for line in getattr(report, "not_carried_text", lambda: [])():
        print(f"  {line}")
    for note in data["notes"]:
        print(f"  Catatan: {note}")
    if args.villages:
        for line in describe_boundaries(villages):
            print(f"  {line}")
    return 0


def cmd_stats(args) -> int:
    from gis.io.codelists import ppks_types, psks_types
    from gis.io.crosswalk import read_crosswalk
    from gis.model.aggregate import by_unit, tally
    from gis.model.filter_text import describe_filter, filter_line
    from gis.model.filters import HouseholdFilter
    from gis.model.importer import load_households
    from gis.model.psks import load_psks
    from gis.model.villages import read_villages
    from gis.model.zone_tally import count_zones, total_line, zone_line
    from gis.model.zonefile import read_zones
    from gis.model.zones import ZoneMasks, psks_zone_mask

    try:
        require_data(args)
        loaded = load_project(args)
        if loaded is not None:
            table, report, psks = (
                loaded.data.households,
                loaded.data.household_report,
                loaded.data.psks,
            )
            if report is None:  # a project of boundaries alone
                raise DataOptionsError(
                    f"Proyek {args.project.name} tidak memuat data rumah tangga; "
                    "sebutkan --households."
                )
        else:
            villages = read_villages(args.villages)
            crosswalk = read_crosswalk(args.crosswalk) if args.crosswalk else None
            table, report = load_households(
                args.households, villages, layer=args.layer, crosswalk=crosswalk, snapshots=True
            )
            psks = load_psks(args.psks, table.villages)[0] if args.psks else None
        zones = read_zones(args.zone) if args.zone else list(loaded.zones if loaded else [])
    except (SasaranError, FileExistsError, DataOptionsError) as exc:
        return _fail(exc)
    options = (args.desil, args.ppks, args.receives, args.lacks)
    if loaded is not None and not any(options):  # the project's filter, unless options say
        flt = loaded.filter
    else:
        flt = HouseholdFilter(
            desil=_parse_range(args.desil) if args.desil else (),
            ppks_any=_parse_range(args.ppks) if args.ppks else (),
            receives_any=_csv_list(args.receives),
            lacks_all=_csv_list(args.lacks),
        )
    mask = flt.mask(table)
    out: dict = {
        "households_file": Path(args.households).name if args.households else table.file_name,
        "filter": flt.to_dict(),
        "filter_text": describe_filter(flt, table),
        "rejected_rows": report.rejected,
        "area": tally(table, mask, psks).to_dict(),
    }
    masks = ZoneMasks(table)
    counts = count_zones(table, zones, masks, mask) if zones else None
    if zones:
        out["zones"] = []
        for z, c in zip(zones, counts.zones):
            zm = masks.mask(z) & mask
            pm = psks_zone_mask(z, psks) if psks is not None else None
            entry = {"zone_id": z.zone_id, "name": z.name, **tally(table, zm, psks, pm).to_dict()}
            entry["count"] = c.to_dict()
            out["zones"].append(entry)
        out["zones_total"] = counts.to_dict()["total"]
    if args.by:
        sel = mask
        if zones:
            sel = mask & np_any([masks.mask(z) for z in zones])
        units = by_unit(table, args.by, sel, psks)
        out["by"] = {
            "level": args.by,
            "units": units.rows(),
            "without_village": int(units.unassigned_by_desil.sum()),
        }
    if args.json:
        print(json.dumps(out, ensure_ascii=False, indent=2))
        return 0
    ppks_names = {p.code: p.name for p in ppks_types()}
    psks_names = {p.code: p.name for p in psks_types()}
    import numpy as np

    from gis.model.unknowns import UNKNOWN, persons_parts, persons_text

    def assumed_size_note(n: int) -> str:
        # stats computes no costs: only the count of households without size
        return persons_parts(0, n + 1, n)[1] + " (jiwa tidak dihitung)" if n else ""

    unknown_by_desil = np.bincount(table.desil[mask & (table.members <= 0)], minlength=11)

    def show(title: str, t: dict, lead: str = "") -> None:
        print(title)
        if lead:
            print(f"  {lead}")
        persons = persons_text(t["persons"], t["households"], t["unknown_size"])
        print(f"  Rumah tangga: {format_number(t['households'])}   Jiwa: {persons}")
        size = assumed_size_note(t["unknown_size"])
        print("  Desil   RT        Jiwa")
        for d in range(1, 11):
            hh = t["by_desil"][str(d)]
            pp = persons_parts(t["persons_by_desil"][str(d)], hh, int(unknown_by_desil[d]))[0]
            print(f"  {d:>5}   {format_number(hh):>8}  {pp:>9}")
        if size:
            print(f"  {size}")
        if t["by_desil"]["0"]:
            print(f"  tanpa desil {format_number(t['by_desil']['0']):>6}")
        ppks = [(int(k), v) for k, v in t["by_ppks"].items() if v]
        if not t["ppks_carried"]:
            print(f"  PPKS: {UNKNOWN} (tidak ada di berkas)")
        elif ppks:
            print("  PPKS:")
            for k, v in sorted(ppks, key=lambda kv: -kv[1]):
                print(f"    {format_number(v):>8}  {k:>2} {ppks_names[k]}")
        print("  Cakupan program:")
        for k, v in t["programs"].items():
            if v is None:
                print(f"    {UNKNOWN:>8}  {table.program_names.get(k, k)} (tidak ada di berkas)")
            elif v:
                print(f"    {format_number(v):>8}  {table.program_names.get(k, k)}")
        nothing = t["receives_nothing"]
        print(
            f"    {UNKNOWN if nothing is None else format_number(nothing):>8}  "
            "tidak menerima satu pun program yang tercatat"
        )
        if t["programs_unknown"] and nothing is not None:
            print(
                f"    {format_number(t['programs_unknown']):>8}  tanpa program tercatat ({UNKNOWN})"
            )
        if t["psks"]:
            print("  PSKS dan sumber daya:")
            for k, v in t["psks"].items():
                if v:
                    print(f"    {format_number(v):>8}  {psks_names[int(k)]}")
            print(f"  PSKS per 1.000 RT desil 1-4: {t['psks_per_1000_desil_1_4']}")

    print(filter_line(flt, table))
    show("Seluruh wilayah (setelah filter)", out["area"])
    for z, c in zip(out.get("zones", []), counts.zones if counts else ()):
        show(f"Zona {z['name']}", z, zone_line(c))
    if counts is not None:
        print(total_line(counts))
    if "by" in out:
        print(f"Per {args.by}:")
        print(f"  {'kode':12s} {'nama':28s} {'RT':>8s} {'jiwa':>9s} {'desil1-4':>9s}")
        for r in out["by"]["units"]:
            pp = persons_parts(r["persons"], r["households"], r["unknown_size"])[0]
            print(
                f"  {r['code']:12s} {r['name'][:28]:28s} {format_number(r['households']):>8} {pp:>9} {format_number(r['desil_1_4']):>9}"
            )
        if out["by"]["without_village"]:
            print(f"  {'(tanpa desa)':41s} {format_number(out['by']['without_village']):>8}")
    return 0


def np_any(masks):
    import numpy as np

    return np.logical_or.reduce(masks) if masks else None
