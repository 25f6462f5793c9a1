"""Headless output subcommands of ``sasaran``: map sheets (PDF/PNG) and the web map.

``sasaran sheet [SKENARIO] --out peta.pdf`` and ``sasaran webmap [SKENARIO]
--out peta.html`` run the same code as the app's preview and web view,
without a window, so an office can script its monthly map set. Without data
options they use the synthetic demo province (generated once into the user
cache). A scenario file supplies its name, zones, filter and cost; a
GeoJSON zone file can be given instead. Existing output files are never
replaced unless ``--overwrite`` is given.
"""

from __future__ import annotations

import sys
from dataclasses import replace
from pathlib import Path

from desktop.cli import _progress_printer
from gis.errors import SasaranError
from widgets.base.messages import describe


def register(sub) -> None:
    """Add ``sheet`` and ``webmap`` to the ``sasaran`` parser."""
    from gis.maps.classify import METHODS
    from gis.maps.sheet_layout import PAPER_MM, SERIES_LEVELS
    from gis.model.indicators import INDICATORS

    s = sub.add_parser(
        "sheet", help="cetak lembar peta rapat (PDF atau PNG 300 dpi), tanpa jendela"
    )
    s.set_defaults(func=cmd_sheet)
    s.add_argument("scenario", nargs="?", type=Path, help="berkas skenario (JSON), opsional")
    s.add_argument("--out", required=True, type=Path, help="berkas tujuan .pdf atau .png")
    s.add_argument("--paper", choices=list(PAPER_MM), default="A4")
    s.add_argument("--orientation", choices=["landscape", "portrait"], default="landscape")
    s.add_argument(
        "--series", choices=list(SERIES_LEVELS), help="satu lembar per kecamatan atau per desa"
    )
    s.add_argument("--indicator", choices=list(INDICATORS), default="desil_1_4")
    s.add_argument("--method", choices=[m for m in METHODS if m != "manual"], default="quantile")
    s.add_argument("--classes", type=int, default=5)
    s.add_argument("--palette", default="YlOrRd")
    s.add_argument("--agency", default="DINAS SOSIAL", help="nama instansi di lembar")
    s.add_argument("--agency-detail", default="", help="baris kedua instansi (mis. alamat)")
    s.add_argument("--logo", type=Path, help="logo instansi (PNG, JPG atau SVG)")
    s.add_argument("--edition", default="Edisi 1")
    s.add_argument("--dpi", type=int, default=300, help="resolusi PNG")
    s.add_argument(
        "--show-households",
        action="store_true",
        help="tampilkan titik rumah tangga (data pribadi; lembar diberi peringatan)",
    )
    _meeting_options(s)
    _data_options(s)

    w = sub.add_parser("webmap", help="ekspor peta web mandiri (satu berkas HTML, bisa luring)")
    w.set_defaults(func=cmd_webmap)
    w.add_argument("scenario", nargs="?", type=Path, help="berkas skenario (JSON), opsional")
    w.add_argument("--out", required=True, type=Path, help="berkas tujuan .html")
    w.add_argument("--indicator", choices=list(INDICATORS), default="desil_1_4")
    w.add_argument("--method", choices=[m for m in METHODS if m != "manual"], default="quantile")
    w.add_argument("--classes", type=int, default=5)
    w.add_argument(
        "--online-basemap",
        action="store_true",
        help="tambahkan peta dasar OpenStreetMap (perlu internet saat dibuka)",
    )
    _data_options(w)


def _meeting_options(p) -> None:
    """The coordination meeting's tables under the map (issue 14): counts only, no names."""
    p.add_argument(
        "--synergy-table",
        action="store_true",
        help="cetak tabel sinergi program (0/1/2/3+ program, kombinasi, desa dan pendamping)",
    )
    p.add_argument(
        "--upset-chart",
        action="store_true",
        help="cetak diagram UpSet kombinasi program yang diterima keluarga",
    )
    p.add_argument(
        "--gap-table",
        action="store_true",
        help="cetak tabel kesenjangan pendamping per desa (perlu --mentors atau PSKS)",
    )
    p.add_argument("--mentors", type=Path, help="daftar pendamping (CSV/XLSX) untuk tabel")
    p.add_argument(
        "--no-psks-mentors",
        action="store_true",
        help="jangan ikutkan orang PSKS (PSM, TKSK, pendamping PKH) sebagai pendamping",
    )
    p.add_argument(
        "--max-km", type=float, default=15.0, help="jangkauan pendamping dari titik desa (km)"
    )
    p.add_argument(
        "--match",
        action="store_true",
        help="cocokkan pendamping dengan keluarga terfilter dan cetak totalnya di tabel",
    )


def _meeting(args, data) -> tuple[str, ...]:
    """Set ``data.meeting`` for the tables asked for; the keys the sheet prints."""
    from gis.model.mentors import load_mentors, mentors_from_psks
    from gis.plan.meeting_tables import MeetingTables

    keys = tuple(
        k
        for k, on in (
            ("sinergi", args.synergy_table),
            ("kombinasi", args.upset_chart),
            ("pendamping", args.gap_table),
        )
        if on
    )
    if not keys and not args.mentors:
        return ()
    if data.households is None:
        raise ValueError(
            "Tabel sinergi, kombinasi dan pendamping memerlukan data rumah tangga (--households)."
        )
    pool, parts = None, []
    if args.mentors:
        pool, report = load_mentors(args.mentors, data.villages)
        parts.append(args.mentors.name)
        if report.rejected:
            print(
                f"Peringatan: {report.rejected} baris daftar pendamping ditolak; "
                f"lihat sasaran mentors check {args.mentors.name}.",
                file=sys.stderr,
            )
    if data.psks is not None and not args.no_psks_mentors:
        extra = mentors_from_psks(data.psks)
        if len(extra):
            pool = extra if pool is None else pool.extend(extra)
            parts.append("PSKS")
    if not args.max_km > 0:
        raise ValueError("--max-km harus lebih dari 0.")
    meeting = MeetingTables(
        data.households, data.mask, data.filter_text(), pool, " + ".join(parts), args.max_km
    )
    if "pendamping" in keys and "pendamping" not in meeting.available():
        raise ValueError(
            "Tabel kesenjangan pendamping memerlukan pendamping: sebutkan --mentors FILE "
            "atau muat PSKS (--psks)."
        )
    if args.match:
        from gis.plan.family_matching import match_families
        from gis.plan.matching import MatchRules

        if pool is None or not len(pool):
            raise ValueError("--match memerlukan pendamping: sebutkan --mentors FILE atau --psks.")
        meeting.matching = match_families(
            data.households, pool, meeting.selected(), MatchRules(max_km=args.max_km)
        )
    data.meeting = meeting
    return keys


def _data_options(p) -> None:
    from desktop.commands_project import add_project_option

    add_project_option(p)
    p.add_argument("--villages", type=Path, help="batas desa (bawaan: provinsi demo)")
    p.add_argument("--households", type=Path, help="register rumah tangga")
    p.add_argument("--psks", type=Path, help="berkas PSKS")
    p.add_argument("--zones", type=Path, help="zona GeoJSON/GeoPackage (jika tanpa skenario)")
    p.add_argument(
        "--desil", default=None, help='filter: desil, mis. "1-2" (bawaan: filter skenario/semua)'
    )
    p.add_argument("--ppks", default=None, help='filter: kode PPKS, mis. "8,9,24"')
    p.add_argument("--receives", default=None, help='filter: menerima salah satu, mis. "PKH"')
    p.add_argument(
        "--lacks",
        default=None,
        help='filter: tidak menerima semua ini; "*" = tidak menerima apa pun',
    )
    p.add_argument("--overwrite", action="store_true", help="timpa berkas tujuan yang sudah ada")


def _said(exc: BaseException) -> str:
    from desktop.commands_project import project_message

    return project_message(exc) or describe(exc)


def _fail(message: str) -> int:
    print(f"Galat: {message}", file=sys.stderr)
    return 2


def _load(args):
    """MapData from the options (or the demo province), with the scenario applied."""
    from desktop.commands_project import load_project, project_scenario
    from gis.demo.data import demo_map_data
    from gis.maps.mapdata import load_map_data
    from gis.model.zonefile import read_zones

    loaded = load_project(args)
    if loaded is not None:
        data = _project_map_data(loaded)
        if args.scenario is None and args.zones is None:
            args.scenario = project_scenario(loaded)
    elif args.villages is None:
        if args.households or args.psks:
            raise ValueError("--households dan --psks memerlukan --villages (batas desa).")
        print("Memakai provinsi demo (data sintetis).", file=sys.stderr)
        data = demo_map_data(progress=_progress_printer(True))
    else:
        data = load_map_data(args.villages, args.households, args.psks, snapshots=True)
    if args.scenario is not None:
        _apply_scenario(data, args.scenario)
    elif args.zones is not None:
        data.zones = read_zones(args.zones)
    flt = _filter_options(args)
    if flt is not None:  # the options replace a scenario's filter
        data.filter = flt
        data.mask = flt.mask(data.households) if data.households is not None else None
    print(f"Filter: {data.filter_text()}")
    return data


def _project_map_data(loaded):
    """MapData of a project's tables, zones and filter."""
    from gis.maps.mapdata import MapData

    d = loaded.data
    entry = loaded.project.file("psks")
    if d.psks is not None and entry is not None:
        d.psks.source = entry.name  # as load_map_data names it, for the sheet's sources
    data = MapData(
        villages=d.villages,
        households=d.households if len(d.households) else None,
        psks=d.psks,
        zones=list(loaded.zones),
    )
    data.filter = loaded.filter
    if data.households is not None:
        data.mask = loaded.filter.mask(data.households)
    return data


def _filter_options(args):
    """The filter given by ``--desil/--ppks/--receives/--lacks``, None when none is given."""
    from desktop.cli import _csv_list, _parse_range
    from gis.model.filters import HouseholdFilter

    if not any(getattr(args, k, None) for k in ("desil", "ppks", "receives", "lacks")):
        return None
    return HouseholdFilter(
        desil=_parse_range(args.desil) if args.desil else (),
        ppks_any=_parse_range(args.ppks) if args.ppks else (),
        receives_any=_csv_list(args.receives),
        lacks_all=_csv_list(args.lacks),
    )


def _apply_scenario(data, path: Path) -> None:
    from gis.plan.scenario import open_scenario

    table = data.households
    scenario = open_scenario(path, table, accept_data_mismatch=True)
    if scenario.stale:
        print(
            "Peringatan: skenario ini dihitung pada data lain; angka biaya mungkin tidak sesuai.",
            file=sys.stderr,
        )
    data.scenario = scenario.name
    data.zones = list(scenario.zones)
    data.filter = scenario.filter
    if table is not None:
        data.mask = scenario.filter.mask(table)
    results = scenario.results or {}
    if results.get("cost") is not None and not scenario.stale:
        data.cost = float(results["cost"])
    if scenario.budget_cap is not None:
        data.budget = float(scenario.budget_cap)


def cmd_sheet(args) -> int:
    from gis.io.outputguard import check_targets
    from gis.maps.sheet_layout import SheetSpec
    from widgets.output.sheet_render import sheet_files

    out: Path = args.out
    if out.suffix.lower() not in (".pdf", ".png"):
        return _fail(f"Berkas tujuan {out.name} harus berakhiran .pdf atau .png.")
    try:
        # folder, permission, existing file: before the slow work (export_sheets then
        # checks every page of a series before it writes the first)
        check_targets(sheet_files(out, args.series, 1), args.overwrite)
        spec = SheetSpec(
            paper=args.paper,
            orientation=args.orientation,
            indicator=args.indicator,
            method=args.method,
            classes=args.classes,
            palette=args.palette,
            agency=args.agency,
            agency_detail=args.agency_detail,
            logo=str(args.logo) if args.logo else None,
            edition=args.edition,
            show_households=args.show_households,
        )
        data = _load(args)
        spec = replace(spec, tables=_meeting(args, data))
        from widgets.output.sheet_render import ensure_app, export_sheets  # noqa: I001

        ensure_app()
        written = export_sheets(
            spec,
            data,
            out,
            series=args.series,
            overwrite=args.overwrite,
            dpi=args.dpi,
            progress=_progress_printer(bool(args.series)),
        )
    except (SasaranError, FileExistsError, OSError) as exc:
        return _fail(_said(exc))
    except ValueError as exc:
        return _fail(str(exc))
    if args.show_households:
        print(
            "Perhatian: lembar memuat lokasi rumah tangga (data pribadi). Jangan disebarluaskan.",
            file=sys.stderr,
        )
    print(f"Lembar peta ditulis: {written}")
    return 0


def cmd_webmap(args) -> int:
    from gis.io.outputguard import check_target
    from gis.maps.webmap import export_webmap

    out: Path = args.out
    try:
        check_target(out, args.overwrite)  # before the slow work
        data = _load(args)
        written = export_webmap(
            data,
            out,
            overwrite=args.overwrite,
            indicator=args.indicator,
            method=args.method,
            k=args.classes,
            online_basemap=args.online_basemap,
        )
    except (SasaranError, FileExistsError, OSError) as exc:
        return _fail(_said(exc))
    except ValueError as exc:
        return _fail(str(exc))
    size = written.stat().st_size / 1e6
    print(f"Peta web ditulis: {written} ({size:.1f} MB, terbuka tanpa internet)")
    return 0
