"""``sasaran scenario evaluate`` and ``sasaran compare``: scenarios without a window.

An analyst re-evaluates a saved scenario on this quarter's register, or
hands the finance office a comparison workbook, from a script. The commands
call the same gis functions as the scenario and comparison panels.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from gis.errors import SasaranError
from gis.model.unknowns import RECEIPT_UNKNOWN, assumed_size_text, persons_parts, persons_text
from gis.numbers import format_number
from widgets.base.messages import describe

#: wording of the scenario-file codes (widgets.base.messages covers the general ones)
_MESSAGES = {
    "newer_version": "Berkas skenario {path} dibuat oleh Sasaran yang lebih baru (format versi "
    "{found}; versi ini membaca sampai {supported}). Perbarui Sasaran untuk membukanya; "
    "berkas tidak diubah.",
    "not_a_scenario": "Berkas {path} bukan berkas skenario Sasaran.",
    "corrupt": "Berkas skenario {path} rusak atau terpotong ({detail}). Berkas tidak diubah; "
    "buka salinan pemulihan atau cadangan bila ada.",
    "data_mismatch": "Peringatan: skenario {path} dihitung pada data lain ({expected}); "
    "hasil dihitung ulang pada data sekarang.",
    "scenario_count": "Perbandingan memerlukan 2 sampai 5 skenario (diberikan {count}).",
    "unknown_program": "Program {key} dipakai zona tetapi tidak ada di tabel biaya program skenario.",
}


def register(sub) -> None:
    """Add ``scenario evaluate`` and ``compare`` to the ``sasaran`` parser."""
    sc = sub.add_parser("scenario", help="olah berkas skenario")
    sc_sub = sc.add_subparsers(dest="scenario_command", required=True)
    ev = sc_sub.add_parser("evaluate", help="hitung ulang skenario pada data rumah tangga")
    ev.set_defaults(func=cmd_evaluate)
    ev.add_argument(
        "file",
        type=Path,
        nargs="?",
        help="berkas skenario (.skenario.json); bawaan dengan --project: skenario proyek",
    )
    _data_args(ev)
    ev.add_argument("--json", action="store_true")

    cp = sub.add_parser("compare", help="bandingkan 2-5 skenario berdampingan")
    cp.set_defaults(func=cmd_compare)
    cp.add_argument("files", type=Path, nargs="+", help="berkas skenario (2 sampai 5)")
    _data_args(cp)
    cp.add_argument("--xlsx", type=Path, help="tulis perbandingan ke XLSX berformat")
    cp.add_argument("--csv", type=Path, help="tulis perbandingan ke CSV (tabel lain di samping)")
    cp.add_argument("--overwrite", action="store_true", help="timpa berkas keluaran yang ada")
    cp.add_argument("--json", action="store_true")


def _data_args(p) -> None:
    from desktop.commands_project import add_project_option

    p.add_argument("--households", type=Path, help="berkas rumah tangga (atau --project)")
    p.add_argument("--villages", type=Path, help="berkas batas desa (atau --project)")
    p.add_argument("--layer", help="layer rumah tangga")
    p.add_argument("--psks", type=Path, help="berkas PSKS (untuk PSKS per RT terjangkau)")
    add_project_option(p)


def message(exc: BaseException) -> str:
    """One sentence for the user, in Bahasa Indonesia."""
    from desktop.commands_project import project_message

    said = project_message(exc)
    if said is not None:
        return said
    if isinstance(exc, SasaranError) and exc.code in _MESSAGES:
        values = dict(exc.data)
        values["path"] = exc.path.name if exc.path else ""
        values.setdefault("detail", str(exc))
        exp = exc.data.get("expected")
        if exp is not None and hasattr(exp, "households_file"):
            values["expected"] = (
                f"{exp.households_file or 'berkas tak bernama'}, {format_number(exp.households)} RT"
            )
        try:
            return _MESSAGES[exc.code].format(**values)
        except (KeyError, IndexError):
            pass
    return describe(exc)


def _fail(exc: BaseException) -> int:
    print(f"Galat: {message(exc)}", file=sys.stderr)
    return 2


def rupiah(value) -> str:
    """``Rp 1.234.567`` (Indonesian thousands separator); ``-`` for None."""
    if value is None:
        return "-"
    return "Rp " + format_number(round(value))


def _pct(value) -> str:
    return "-" if value is None else format_number(value * 100, 1) + " %"


def _load_data(args):
    from desktop.commands_project import load_project, require_data
    from gis.model.importer import load_households
    from gis.model.psks import load_psks
    from gis.model.villages import read_villages

    require_data(args)
    loaded = load_project(args)
    if loaded is not None:
        return loaded.data.households, loaded.data.psks
    villages = read_villages(args.villages)
    table, _ = load_households(args.households, villages, layer=args.layer, snapshots=True)
    psks = load_psks(args.psks, table.villages)[0] if args.psks else None
    return table, psks


def project_scenario_file(project) -> Path:
    """The project's current scenario file (a project without one cannot be evaluated)."""
    from desktop.commands_project import DataOptionsError

    path = project.scenario_path()
    if path is None:
        raise DataOptionsError(
            f"Proyek {project.path.name} tidak menyimpan skenario; sebutkan berkas skenarionya."
        )
    return path


def _read(path: Path):
    """Open a scenario file before any data is loaded, so a bad file fails fast."""
    from gis.plan.scenario import open_scenario

    return open_scenario(path)


def _check_data(path: Path, scenario, fingerprint: str) -> bool:
    """Warn (stderr) when the scenario was computed on other data; True if so."""
    from gis.plan.scenario import ScenarioDataMismatch

    if scenario.data is None or scenario.data.fingerprint == fingerprint:
        return False
    scenario.stale = True
    warning = ScenarioDataMismatch(
        "scenario computed on other data",
        code="data_mismatch",
        path=path,
        scenario=scenario,
        expected=scenario.data,
        found=fingerprint,
    )
    print(message(warning), file=sys.stderr)
    return True


def cmd_evaluate(args) -> int:
    from desktop.commands_project import DataOptionsError
    from gis.model.filter_text import filter_line
    from gis.model.zone_tally import ZoneCounts, total_line, zone_line
    from gis.model.zones import ZoneMasks

    try:
        if args.file is None:
            if args.project is None:
                raise DataOptionsError("Sebutkan berkas skenario, atau --project P.sasaran.")
            from gis.io.project import open_project

            args.file = project_scenario_file(open_project(args.project))
        scenario = _read(args.file)
        table, _ = _load_data(args)
        fp = table.fingerprint()
        mismatch = _check_data(args.file, scenario, fp)
        alloc = scenario.evaluate(table, masks=ZoneMasks(table))
    except (SasaranError, FileExistsError, DataOptionsError) as exc:
        return _fail(exc)
    s = alloc.summary
    if args.json:
        out = {
            "file": args.file.name,
            "scenario": scenario.name,
            "data_mismatch": mismatch,
            "fingerprint": fp,
            "programs": list(alloc.keys),
            "meter": alloc.meter(),
            "results": s,
        }
        print(json.dumps(out, ensure_ascii=False, indent=2))
        return 0
    names = {p.key: p.name for p in scenario.programs}
    print(f"Skenario: {scenario.name}  ({args.file.name})")
    if scenario.author:
        print(f"  Penyusun: {scenario.author}")
    print(f"  {filter_line(scenario.filter, table)}")
    t = scenario.programs
    print(f"  Tabel biaya program: {t.title or '-'}, tahun {t.year or '-'}")
    print(
        f"  Pagu anggaran per tahun : {rupiah(s['budget_cap']) if s['budget_cap'] is not None else 'tanpa pagu'}"
    )
    print(f"  Biaya per tahun         : {rupiah(s['cost'])}")
    if s["budget_cap"] is not None:
        print(f"  Sisa pagu               : {rupiah(s['remaining'])}")
    if s["commitment"] != s["cost"]:
        print(f"  Komitmen total          : {rupiah(s['commitment'])} (program multi-tahun)")
    print(f"  RT layak                : {format_number(s['households_eligible'])}")
    persons = persons_text(
        s["persons_reached"], s["households_reached"], s.get("reached_unknown_size", 0)
    )
    print(f"  RT terjangkau           : {format_number(s['households_reached'])}   jiwa: {persons}")
    size = assumed_size_text(s.get("reached_unknown_size", 0), t.unknown_members)
    if size:
        print(f"  {size}")
    print(f"  RT terpotong pagu       : {format_number(s['households_cut'])}")
    print("  Per program:")
    for k, p in s["by_program"].items():
        print(
            f"    {names.get(k, k)[:44]:44s} {format_number(p['households']):>9} RT  {rupiah(p['cost']):>22}"
        )
    for k, p in s["by_program"].items():
        if p.get("receipt_unknown"):
            n = format_number(p["receipt_unknown"])
            print(f"  {RECEIPT_UNKNOWN.format(n=n, name=names.get(k, k))}")
    print("  Per desil (terjangkau / terpotong):")
    for d in range(1, 11):
        b = s["by_desil"][str(d)]
        if b["eligible"]:
            print(
                f"    desil {d:>2}  {format_number(b['reached']):>9}  {format_number(b['cut']):>9}"
            )
    if s["by_desil"]["0"]["eligible"]:
        b = s["by_desil"]["0"]
        print(f"    tanpa desil {format_number(b['reached']):>6}  {format_number(b['cut']):>9}")
    print("  Per zona:")
    counts = ZoneCounts.from_summary(s)
    for z, c in zip(s["by_zone"], counts.zones):
        print(
            f"    {z['name'][:36]:36s} {format_number(z['reached']):>9} RT  {rupiah(z['cost']):>22}"
        )
        print(f"      di zona: {zone_line(c)}")
    if counts.zones:
        print(f"    {total_line(counts)}")
    if s["cap_binds"]:
        print(f"  Urutan prioritas saat pagu terlampaui: {', '.join(s['priority'])}")
    return 0


def cmd_compare(args) -> int:
    from desktop.commands_project import DataOptionsError
    from gis.io.outputguard import check_targets
    from gis.model.zones import ZoneMasks
    from gis.plan.budget_export import export_comparison
    from gis.plan.compare import MAX_SCENARIOS, MIN_SCENARIOS, CompareError, compare
    from gis.plan.scenario import DataRef

    n = len(args.files)
    if not MIN_SCENARIOS <= n <= MAX_SCENARIOS:
        return _fail(CompareError("count", code="scenario_count", count=n))
    try:
        # fail before the (slow) data load; export_comparison checks every file again
        check_targets([t for t in (args.xlsx, args.csv) if t is not None], args.overwrite)
        scenarios = [_read(f) for f in args.files]
        table, psks = _load_data(args)
        fp = table.fingerprint()
        mismatched = [f.name for f, sc in zip(args.files, scenarios) if _check_data(f, sc, fp)]
        cmp = compare(table, scenarios, psks=psks, masks=ZoneMasks(table))
        written = export_comparison(
            cmp,
            xlsx=args.xlsx,
            csv_path=args.csv,
            data=DataRef.of(table),
            overwrite=args.overwrite,
        )
    except (SasaranError, FileExistsError, DataOptionsError) as exc:
        return _fail(exc)
    if args.json:
        out = cmp.to_dict()
        out["files"] = [f.name for f in args.files]
        out["data_mismatch"] = mismatched
        out["written"] = [p.name for p in written]
        print(json.dumps(out, ensure_ascii=False, indent=2))
        return 0
    names = cmp.names
    w = max(16, *(len(x) for x in names))
    print("Perbandingan skenario")
    print(f"  {'':44s}" + "".join(f"{x[:w]:>{w + 2}}" for x in names))

    def line(label, values):
        print(f"  {label:44s}" + "".join(f"{v:>{w + 2}}" for v in values))

    ms = cmp.metrics
    line("RT terjangkau", [format_number(m.households) for m in ms])
    for d in range(1, 11):
        if any(m.households_by_desil[d] for m in ms):
            line(f"  desil {d}", [format_number(m.households_by_desil[d]) for m in ms])
    line(
        "Jiwa terjangkau",
        [persons_parts(m.persons, m.households, m.unknown_size)[0] for m in ms],
    )
    if any(m.unknown_size for m in ms):
        line("  RT tanpa jumlah anggota", [format_number(m.unknown_size) for m in ms])
    line("Biaya per tahun", [rupiah(m.cost) for m in ms])
    line(
        "Pagu per tahun",
        [rupiah(m.budget_cap) if m.budget_cap is not None else "tanpa pagu" for m in ms],
    )
    line("Biaya per RT desil 1-2 terjangkau", [rupiah(m.cost_per_d12) for m in ms])
    line("Cakupan desil 1-2 belum menerima bantuan", [_pct(m.d12_nothing_coverage) for m in ms])
    line("RT desil 7-10 terjangkau (inklusi)", [format_number(m.inclusion_d710) for m in ms])
    if psks is not None:
        line(
            "PSKS per 1.000 RT terjangkau",
            [
                "-"
                if m.psks_per_household is None
                else format_number(m.psks_per_household * 1000, 1)
                for m in ms
            ],
        )
    line("Zona", [str(m.zones) for m in ms])
    line("Desa terjangkau", [format_number(m.villages_covered) for m in ms])
    for name, m in zip(names, ms):
        print(f"  Filter {name}: {m.filter_text}")
    changed = len(cmp.villages.changed)
    print(f"  Desa yang berubah dibanding {names[0]}: {format_number(changed)}")
    for p in written:
        print(f"  Ditulis: {p}")
    return 0
